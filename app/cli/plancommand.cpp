#include "plancommand.h"

#include "console.h"

#include "core/format/anydocumentreader.h"
#include "core/format/docxstandardwriter.h"
#include "core/format/pdfstandardwriter.h"
#include "core/layout/planlayout.h"

#include <QFileInfo>

using namespace kasibi;
using namespace console;

int runPlanCommand(const QStringList& documents, const QString& year, const QString& output,
                   const QString& language) {
    bool yearOk = false;
    const int planYear = year.toInt(&yearOk);
    if (documents.isEmpty() || output.isEmpty() || !yearOk || planYear < 1990 || planYear > 2100) {
        err() << "kasibi-cli: plan takes one or more documents, --year YYYY and -o "
                 "OUT.docx|OUT.pdf\n";
        return Failure;
    }
    if (language != QLatin1String("kk") && language != QLatin1String("ru")) {
        err() << "kasibi-cli: --lang takes kk or ru\n";
        return Failure;
    }
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("docx") && suffix != QLatin1String("pdf")) {
        err() << "kasibi-cli: " << output << ": the plan is written as .docx or .pdf\n";
        return Failure;
    }
    QVector<DocumentTree> standards;
    for (const QString& document : documents) {
        Result<DocumentTree> tree = AnyDocumentReader().read(document);
        if (!tree) {
            err() << "kasibi-cli: " << tree.error().toString() << "\n";
            return Failure;
        }
        standards << tree.value();
    }
    const StandardLayout layout = PlanLayout::build(standards, planYear, language);
    const Status written = suffix == QLatin1String("docx")
                               ? DocxStandardWriter::writeLayout(layout, output, {})
                               : PdfStandardWriter::writeLayout(layout, output, {});
    if (!written) {
        err() << "kasibi-cli: " << written.error().toString() << "\n";
        return Failure;
    }
    return Success;
}
