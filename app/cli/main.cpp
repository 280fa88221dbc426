// kasibi-cli: the editor's headless jobs. Exit status: 0 success, 1 the document has validation
// errors, 2 a usage or input error. Every error names the file and the reason, on stderr.
#include "app/cli/classifiercommand.h"
#include "app/cli/console.h"
#include "app/cli/diffcommand.h"
#include "app/cli/findingoutput.h"
#include "app/cli/plancommand.h"
#include "app/cli/registrycommand.h"
#include "app/cli/reviewcommand.h"
#include "app/cli/wordimportcommand.h"
#include "core/classifier/classifiercheck.h"
#include "core/classifier/classifierstore.h"
#include "core/format/anydocumentreader.h"
#include "core/format/documentreaders.h"
#include "core/format/documentwriters.h"
#include "core/format/docxstandardreader.h"
#include "core/format/jsonstandardreader.h"
#include "core/format/layoutwriters.h"
#include "core/layout/standardlayout.h"
#include "core/model/programversion.h"
#include "core/registry/mapimagewriters.h"
#include "core/store/documentstore.h"
#include "core/validation/conclusiondraft.h"
#include "core/validation/validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace kasibi;

namespace {

using namespace console;

// The names a printed file may have in a usage line: "OUT.docx|OUT.pdf".
QString printed(const QString& stem) {
    return LayoutWriters::fileNames(stem, QStringLiteral("|"));
}

int usage(const QString& problem = {}) {
    if (!problem.isEmpty()) err() << "kasibi-cli: " << problem << "\n";
    err()
        << "Usage:\n"
           "  kasibi-cli import IN.json -o OUT.kasibi [--force]\n"
           "  kasibi-cli import STANDARD.docx [SECOND.docx] -o OUT.kasibi [--report REPORT.json] "
           "[--force]\n"
           "  kasibi-cli export DOC -o "
        << DocumentWriters::fileNames(QStringLiteral("OUT"), QStringLiteral("|"))
        << " [--lang kk|ru] [--comments]\n"
           "                                      [--no-marks]\n"
           "  kasibi-cli conclusion DOC -o "
        << printed(QStringLiteral("OUT"))
        << " [--lang kk|ru] [--classifiers] [--store PATH]\n"
           "  kasibi-cli review import DOC.kasibi REVIEWED.docx [--json] [--force]\n"
           "  kasibi-cli validate DOC [--json] [--lang ru|kk|en] [--classifiers] [--store PATH]\n"
           "  kasibi-cli diff A B [--json] [-o "
        << printed(QStringLiteral("REPORT"))
        << "] [--lang kk|ru]\n"
           "                                      (A, B: FILE or FILE@VERSION)\n"
           "  kasibi-cli plan DOC... --year YYYY -o "
        << printed(QStringLiteral("OUT"))
        << " [--lang kk|ru]\n"
           "  kasibi-cli classifier load oked|nkz FILE --edition NAME [--replace] [--store PATH]\n"
           "  kasibi-cli classifier find oked|nkz QUERY [--store PATH]\n"
           "  kasibi-cli classifier info [--store PATH]\n"
           "  kasibi-cli registry init|upgrade|publish|pull|list|search|check|map|plan ... "
           "--db URI\n"
           "                                      (kasibi-cli registry --help for more)\n"
           "  kasibi-cli --version | --help\n"
           "DOC is a .kasibi document or a .json standard.\n";
    return Failure;
}

struct Arguments {
    QStringList positional;
    QString output;
    QString language = QStringLiteral("ru");
    bool force = false;
    bool json = false;
    bool comments = false;
    bool noMarks = false;
    QString year;
    QString store;
    QString report;
    bool classifiers = false;
    QString problem;
};

Arguments parse(const QStringList& raw) {
    Arguments arguments;
    for (int i = 0; i < raw.size(); ++i) {
        const QString& word = raw[i];
        if (word == QLatin1String("-o") || word == QLatin1String("--output")) {
            if (++i >= raw.size())
                arguments.problem = QStringLiteral("-o needs a file name");
            else
                arguments.output = raw[i];
        } else if (word == QLatin1String("--lang")) {
            if (++i >= raw.size())
                arguments.problem = QStringLiteral("--lang needs kk, ru or en");
            else
                arguments.language = raw[i];
        } else if (word == QLatin1String("--year")) {
            if (++i >= raw.size())
                arguments.problem = QStringLiteral("--year needs a year");
            else
                arguments.year = raw[i];
        } else if (word == QLatin1String("--store")) {
            if (++i >= raw.size())
                arguments.problem = QStringLiteral("--store needs a file name");
            else
                arguments.store = raw[i];
            arguments.classifiers = true;
        } else if (word == QLatin1String("--report")) {
            if (++i >= raw.size())
                arguments.problem = QStringLiteral("--report needs a file name");
            else
                arguments.report = raw[i];
        } else if (word == QLatin1String("--classifiers")) {
            arguments.classifiers = true;
        } else if (word == QLatin1String("--force")) {
            arguments.force = true;
        } else if (word == QLatin1String("--json")) {
            arguments.json = true;
        } else if (word == QLatin1String("--comments")) {
            arguments.comments = true;
        } else if (word == QLatin1String("--no-marks")) {
            arguments.noMarks = true;
        } else if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            arguments.problem = QStringLiteral("unknown option %1").arg(word);
        } else {
            arguments.positional << word;
        }
    }
    return arguments;
}

int importCommand(const Arguments& arguments) {
    if (arguments.positional.isEmpty() || arguments.output.isEmpty())
        return usage(QStringLiteral("import takes a JSON file or one or two Word files, and "
                                    "-o OUT.kasibi"));
    const QString input = arguments.positional.first();
    // Word (and what people send instead of it: PDF, old .doc) is told by content.
    const std::shared_ptr<DocumentReader> byName = DocumentReaders::forPath(input);
    if (DocxStandardReader::looksLikeWordOrPdf(input) || (byName && !byName->opensWhole()))
        return runWordImportCommand(arguments.positional, arguments.output, arguments.report,
                                    arguments.force);
    if (arguments.positional.size() != 1)
        return usage(QStringLiteral("import takes one JSON file (two files are the Kazakh and "
                                    "Russian Word files of one standard)"));
    if (DocumentStore::looksLikeDocumentFile(input))
        return report(Error{QStringLiteral("this is already a Kasibi document, not JSON"), input});
    if (QFileInfo::exists(arguments.output) && !arguments.force)
        return report(Error{QStringLiteral("the file already exists; add --force to replace it"),
                            arguments.output});
    Result<DocumentTree> tree = JsonStandardReader().read(input);
    if (!tree) return report(tree.error());
    if (Status created = DocumentStore::create(arguments.output, tree.value(), arguments.force);
        !created)
        return report(created.error());
    return Success;
}

// JSON holds both languages; a printed document is in one.
bool isPrintLanguage(const QString& language) {
    return language == QLatin1String("kk") || language == QLatin1String("ru");
}

// A format that lays text out with real fonts (PDF) and the qualification map take a
// QGuiApplication; headless, on the offscreen platform, so the CLI runs without a display.
bool needsFonts(int argc, char* argv[]) {
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word != "-o" && word != "--output") continue;
        const QString output = QString::fromLocal8Bit(argv[i + 1]);
        const std::shared_ptr<DocumentWriter> writer = DocumentWriters::forPath(output);
        if ((writer && writer->needsFonts()) || MapImageWriters::forPath(output)) return true;
    }
    return false;
}

int exportCommand(const Arguments& arguments) {
    if (arguments.positional.size() != 1 || arguments.output.isEmpty())
        return usage(QStringLiteral("export takes one document and -o OUT"));
    const std::shared_ptr<DocumentWriter> writer = DocumentWriters::forPath(arguments.output);
    if (!writer)
        return usage(
            QStringLiteral("%1: cannot export to this kind of file; use %2")
                .arg(arguments.output, DocumentWriters::extensions().join(QStringLiteral(", "))));
    if (writer->printed() && !isPrintLanguage(arguments.language))
        return usage(QStringLiteral("--lang takes kk or ru: a standard is printed in one of them"));
    Result<DocumentTree> tree = AnyDocumentReader().read(arguments.positional.first());
    if (!tree) return report(tree.error());
    ExportOptions options;
    options.language = arguments.language;
    options.withComments = arguments.comments;
    options.withMarks = !arguments.noMarks;
    if (Status written = writer->write(tree.value(), arguments.output, options); !written)
        return report(written.error());
    return Success;
}

// The validation's findings, with the classifier check's against the OKED and NKZ editions in
// use, as the editor shows them: the editor checks against its store whenever it has one, so
// kasibi-cli checks against the same store whenever it is there (--store names another), and
// --classifiers makes a store that cannot be opened an error rather than no check.
Result<Findings> findingsOf(const DocumentTree& tree, const Arguments& arguments) {
    const QString path =
        arguments.store.isEmpty() ? ClassifierStore::defaultPath() : arguments.store;
    if (!arguments.classifiers && !QFileInfo::exists(path))
        return ClassifierCheck::withValidation(tree, nullptr);
    auto store = ClassifierStore::open(path);
    if (!store) {
        if (arguments.classifiers) return store.error();
        return ClassifierCheck::withValidation(tree, nullptr);
    }
    return ClassifierCheck::withValidation(tree, store.value().get());
}

int conclusionCommand(const Arguments& arguments) {
    if (arguments.positional.size() != 1 || arguments.output.isEmpty())
        return usage(
            QStringLiteral("conclusion takes one document and -o %1")
                .arg(LayoutWriters::fileNames(QStringLiteral("OUT"), QStringLiteral(" or "))));
    const std::shared_ptr<LayoutWriter> writer = LayoutWriters::forPath(arguments.output);
    if (!writer)
        return usage(
            QStringLiteral("%1: cannot write the conclusion to this kind of file; use %2")
                .arg(arguments.output, LayoutWriters::extensions().join(QStringLiteral(", "))));
    if (!isPrintLanguage(arguments.language)) return usage(QStringLiteral("--lang takes kk or ru"));
    Result<DocumentTree> tree = AnyDocumentReader().read(arguments.positional.first());
    if (!tree) return report(tree.error());
    DocumentTree document = tree.value();
    // No assessments yet: the form is filled with the draft the validation gives.
    if (document.children(document.rootId, ConclusionDraft::AssessmentsRole).isEmpty()) {
        Result<Findings> findings = findingsOf(document, arguments);
        if (!findings) return report(findings.error());
        document = ConclusionDraft::applied(document, findings.value());
    }
    if (Status written = writer->write(StandardLayout::ofConclusion(document, arguments.language),
                                       arguments.output);
        !written)
        return report(written.error());
    return Success;
}

int validateCommand(const Arguments& arguments) {
    if (arguments.positional.size() != 1)
        return usage(QStringLiteral("validate takes one document"));
    if (!QStringList{QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")}.contains(
            arguments.language))
        return usage(QStringLiteral("--lang takes ru, kk or en"));
    const QString path = arguments.positional.first();
    Result<DocumentTree> tree = AnyDocumentReader().read(path);
    if (!tree) return report(tree.error());
    Result<Findings> checked = findingsOf(tree.value(), arguments);
    if (!checked) return report(checked.error());
    const Findings& findings = checked.value();
    const int errors = Validator::errorCount(findings);
    const int warnings = Validator::warningCount(findings);
    if (arguments.json) {
        QJsonArray list;
        for (const Finding& finding : findings)
            list.append(findingoutput::toJson(finding, arguments.language));
        const QJsonObject result{{QStringLiteral("findings"), list},
                                 {QStringLiteral("errors"), errors},
                                 {QStringLiteral("warnings"), warnings}};
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        for (const Finding& finding : findings)
            out() << findingoutput::toLine(finding, arguments.language) << "\n";
        out() << QFileInfo(path).fileName() << ": " << errors << " error(s), " << warnings
              << " warning(s)\n";
    }
    out().flush();
    return errors > 0 ? ValidationErrors : Success;
}

} // namespace

int main(int argc, char* argv[]) {
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("kasibi-cli"));
    QCoreApplication::setApplicationVersion(ProgramVersion::number());
    QStringList raw = app.arguments().mid(1);
    if (raw.isEmpty() || raw.first() == QLatin1String("--help") ||
        raw.first() == QLatin1String("-h"))
        return usage();
    if (raw.first() == QLatin1String("--version")) {
        out() << "kasibi-cli " << ProgramVersion::number() << "\n";
        return Success;
    }
    const QString command = raw.takeFirst();
    // Its own options (--edition, --store, ...): parsed by the classifier command itself.
    if (command == QLatin1String("classifier")) return runClassifierCommand(raw);
    if (command == QLatin1String("registry")) return RegistryCommand::run(raw);
    const Arguments arguments = parse(raw);
    if (!arguments.problem.isEmpty()) return usage(arguments.problem);
    if (command == QLatin1String("import")) return importCommand(arguments);
    if (command == QLatin1String("export")) return exportCommand(arguments);
    if (command == QLatin1String("conclusion")) return conclusionCommand(arguments);
    if (command == QLatin1String("validate")) return validateCommand(arguments);
    if (command == QLatin1String("diff"))
        return runDiffCommand(arguments.positional, arguments.json, arguments.output,
                              arguments.language);
    if (command == QLatin1String("review"))
        return runReviewCommand(arguments.positional, arguments.json, arguments.force);
    if (command == QLatin1String("plan"))
        return runPlanCommand(arguments.positional, arguments.year, arguments.output,
                              arguments.language);
    return usage(QStringLiteral("unknown command %1").arg(command));
}
