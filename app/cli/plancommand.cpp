#include "app/cli/plancommand.h"

#include "app/cli/console.h"

#include "core/format/anydocumentreader.h"
#include "core/format/layoutwriters.h"
#include "core/layout/planlayout.h"

using namespace kasibi;
using namespace console;

int planYear(const QString& year, const QString& output, const QString& language) {
    bool yearOk = false;
    const int planYear = year.toInt(&yearOk);
    if (output.isEmpty() || !yearOk || planYear < 1990 || planYear > 2100) {
        err() << "kasibi-cli: the plan takes --year YYYY and -o "
              << LayoutWriters::fileNames(QStringLiteral("OUT"), QStringLiteral("|")) << "\n";
        return 0;
    }
    if (language != QLatin1String("kk") && language != QLatin1String("ru")) {
        err() << "kasibi-cli: --lang takes kk or ru\n";
        return 0;
    }
    if (!LayoutWriters::forPath(output)) {
        err() << "kasibi-cli: " << output << ": the plan is written as "
              << LayoutWriters::fileNames({}, QStringLiteral(" or ")) << "\n";
        return 0;
    }
    return planYear;
}

int writePlan(const QVector<DocumentTree>& standards, int year, const QString& output,
              const QString& language) {
    const StandardLayout layout = PlanLayout::build(standards, year, language);
    const Status written = LayoutWriters::forPath(output)->write(layout, output);
    if (!written) {
        err() << "kasibi-cli: " << written.error().toString() << "\n";
        return Failure;
    }
    return Success;
}

int runPlanCommand(const QStringList& documents, const QString& year, const QString& output,
                   const QString& language) {
    if (documents.isEmpty()) {
        err() << "kasibi-cli: plan takes one or more documents, --year YYYY and -o "
              << LayoutWriters::fileNames(QStringLiteral("OUT"), QStringLiteral("|")) << "\n";
        return Failure;
    }
    const int planned = planYear(year, output, language);
    if (planned == 0) return Failure;
    QVector<DocumentTree> standards;
    for (const QString& document : documents) {
        Result<DocumentTree> tree = AnyDocumentReader().read(document);
        if (!tree) {
            err() << "kasibi-cli: " << tree.error().toString() << "\n";
            return Failure;
        }
        standards << tree.value();
    }
    return writePlan(standards, planned, output, language);
}
