#include "app/cli/registrycommand.h"

#include "app/cli/console.h"
#include "app/cli/findingoutput.h"
#include "app/cli/plancommand.h"

#include "core/format/anydocumentreader.h"
#include "core/format/layoutwriters.h"
#include "core/registry/mapimagewriters.h"
#include "core/registry/qualificationmap.h"
#include "core/registry/qualificationmappainter.h"
#include "core/registry/registry.h"
#include "core/registry/registrycheck.h"
#include "core/registry/registrysearch.h"
#include "core/store/documentstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kasibi;
using namespace console;

namespace {

struct Options {
    QString subcommand;
    QStringList positional;
    QString database;
    QString output;
    QString year;
    QString language = QStringLiteral("ru");
    int version = 0;
    bool json = false;
    bool force = false;
    QString problem;
};

int usage(const QString& problem) {
    if (!problem.isEmpty()) err() << "kasibi-cli: " << problem << "\n";
    err() << "Usage:\n"
             "  kasibi-cli registry init|upgrade --db URI\n"
             "  kasibi-cli registry publish DOC --db URI\n"
             "  kasibi-cli registry pull STANDARD_ID [--version N] -o OUT.kasibi [--force] "
             "--db URI\n"
             "  kasibi-cli registry list [--json] --db URI\n"
             "  kasibi-cli registry search QUERY [--json] --db URI\n"
             "  kasibi-cli registry check [--json] [--lang ru|kk|en] --db URI\n"
             "  kasibi-cli registry map OKED_SECTION|OKED_DIVISION -o "
          << MapImageWriters::fileNames(QStringLiteral("OUT"), QStringLiteral("|"))
          << " [--lang kk|ru] --db URI\n"
             "  kasibi-cli registry plan --year YYYY -o "
          << LayoutWriters::fileNames(QStringLiteral("OUT"), QStringLiteral("|"))
          << " [--lang kk|ru] --db URI\n"
             "URI is a PostgreSQL connection string (\"host=... dbname=...\") or URI "
             "(postgresql://host/db);\n"
             "KASIBI_REGISTRY is the default. Passwords come from ~/.pgpass, PGPASSWORD or a "
             "service file.\n";
    err().flush();
    return Failure;
}

Options parse(const QStringList& raw) {
    Options options;
    for (int i = 0; i < raw.size(); ++i) {
        const QString& word = raw[i];
        if (word == QLatin1String("--db"))
            options.database = optionValue(raw, i, options.problem);
        else if (word == QLatin1String("-o") || word == QLatin1String("--output"))
            options.output = optionValue(raw, i, options.problem);
        else if (word == QLatin1String("--year"))
            options.year = optionValue(raw, i, options.problem);
        else if (word == QLatin1String("--lang"))
            options.language = optionValue(raw, i, options.problem);
        else if (word == QLatin1String("--version")) {
            bool ok = false;
            options.version = optionValue(raw, i, options.problem).toInt(&ok);
            if (options.problem.isEmpty() && (!ok || options.version < 1))
                options.problem = QStringLiteral("--version needs a version number (1, 2, ...)");
        } else if (word == QLatin1String("--json"))
            options.json = true;
        else if (word == QLatin1String("--force"))
            options.force = true;
        else if (word.startsWith(QLatin1Char('-')) && word.size() > 1)
            options.problem = QStringLiteral("unknown option %1").arg(word);
        else if (options.subcommand.isEmpty())
            options.subcommand = word;
        else
            options.positional << word;
    }
    return options;
}

void printJson(const QJsonObject& object) {
    out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out().flush();
}

int initialize(const Options& options) {
    Result<int> reached = Registry::initialize(options.database);
    if (!reached) return report(reached.error());
    out() << "registry made (schema " << reached.value() << ")\n";
    return Success;
}

int upgrade(const Options& options) {
    Result<int> reached = Registry::upgrade(options.database);
    if (!reached) return report(reached.error());
    out() << "registry at schema " << reached.value() << "\n";
    return Success;
}

int publish(const Options& options) {
    if (options.positional.size() != 1) return usage(QStringLiteral("publish takes one document"));
    const QString path = options.positional.first();
    // A .kasibi file records the registry version it now matches; a JSON file cannot.
    std::unique_ptr<DocumentStore> store;
    DocumentTree tree;
    if (DocumentStore::looksLikeDocumentFile(path)) {
        auto opened = DocumentStore::open(path, AccessMode::ReadWrite);
        if (!opened) return report(opened.error());
        store = std::move(opened.value());
        if (store->isReadOnly())
            return report({QStringLiteral("cannot record which registry version it matches: %1; "
                                          "close it there first")
                               .arg(store->readOnlyExplanation()),
                           path});
        tree = store->takeContent();
    } else {
        Result<DocumentTree> read = AnyDocumentReader().read(path);
        if (!read) return report(read.error());
        tree = std::move(read.value());
    }
    auto registry = Registry::open(options.database);
    if (!registry) return report(registry.error());
    const std::optional<RegistryLink> base = store ? store->registryLink() : std::nullopt;
    Result<std::optional<PublishedVersion>> newer = registry.value()->newerThan(tree, base);
    if (!newer) return report(newer.error());
    if (newer.value()) {
        const PublishedVersion& version = *newer.value();
        const int baseVersion =
            base && base->registryId == registry.value()->id() ? base->version : 0;
        err() << "kasibi-cli: " << path << ": " << Registry::staleMessage(version, baseVersion)
              << ":\n  kasibi-cli registry pull " << version.standardId << " --version "
              << version.version << " -o theirs.kasibi\n  kasibi-cli diff " << path
              << " theirs.kasibi\n";
        err().flush();
        return Failure;
    }
    Result<PublishedVersion> published = registry.value()->publish(tree, base);
    if (!published) return report(published.error());
    const PublishedVersion& version = published.value();
    if (store) {
        if (Status recorded = store->setRegistryLink(
                {registry.value()->id(), version.standardId, version.version});
            !recorded)
            return report({QStringLiteral("published as version %1, but the file could not record "
                                          "it: %2")
                               .arg(version.version)
                               .arg(recorded.error().message),
                           path});
    }
    if (version.isNew)
        out() << "published " << tree.standardCode() << " (" << version.standardId
              << ") as version " << version.version << "\n";
    else
        out() << tree.standardCode() << " (" << version.standardId
              << ") is unchanged since version " << version.version << "\n";
    return Success;
}

int pull(const Options& options) {
    if (options.positional.size() != 1 || options.output.isEmpty())
        return usage(QStringLiteral("pull takes a standard's id and -o OUT.kasibi"));
    if (QFileInfo::exists(options.output) && !options.force)
        return report(
            {QStringLiteral("the file already exists; add --force to replace it"), options.output});
    auto registry = Registry::open(options.database);
    if (!registry) return report(registry.error());
    Result<PulledStandard> pulled =
        registry.value()->pull(options.positional.first(), options.version);
    if (!pulled) return report(pulled.error());
    if (Status created = DocumentStore::create(options.output, pulled.value().tree, options.force,
                                               pulled.value().link);
        !created)
        return report(created.error());
    out() << "pulled version " << pulled.value().published.version << " of "
          << pulled.value().tree.standardCode() << " into " << options.output << "\n";
    return Success;
}

QJsonObject bothLanguages(const LocalizedText& text) {
    return {{QStringLiteral("kk"), text.kk}, {QStringLiteral("ru"), text.ru}};
}

int list(const Options& options) {
    auto registry = Registry::open(options.database);
    if (!registry) return report(registry.error());
    Result<QVector<RegisteredStandard>> standards = registry.value()->list();
    if (!standards) return report(standards.error());
    if (options.json) {
        QJsonArray rows;
        for (const RegisteredStandard& standard : standards.value())
            rows.append(QJsonObject{
                {QStringLiteral("id"), standard.id},
                {QStringLiteral("code"), standard.code},
                {QStringLiteral("name"), bothLanguages({standard.nameKk, standard.nameRu})},
                {QStringLiteral("organisation"), standard.organisation},
                {QStringLiteral("version"), standard.latest.version},
                {QStringLiteral("publishedBy"), standard.latest.publishedBy},
                {QStringLiteral("publishedAt"),
                 standard.latest.publishedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("releaseYear"), standard.releaseYear},
                {QStringLiteral("plannedUpdate"), standard.plannedUpdate.toString(Qt::ISODate)},
                {QStringLiteral("status"), standard.status}});
        printJson({{QStringLiteral("standards"), rows}});
        return Success;
    }
    for (const RegisteredStandard& standard : standards.value())
        out() << standard.code << "  " << standard.id << "  v" << standard.latest.version << "  "
              << standard.status << "  " << standard.nameRu << "  (" << standard.organisation
              << ")\n";
    out() << standards.value().size() << " standard(s)\n";
    out().flush();
    return Success;
}

int search(const Options& options) {
    if (options.positional.isEmpty()) return usage(QStringLiteral("search takes words or a code"));
    auto registry = Registry::open(options.database);
    if (!registry) return report(registry.error());
    const QString query = options.positional.join(QLatin1Char(' '));
    Result<QVector<RegistryHit>> hits = RegistrySearch::find(registry.value()->database(), query);
    if (!hits) return report({hits.error().message, registry.value()->where()});
    if (options.json) {
        QJsonArray rows;
        for (const RegistryHit& hit : hits.value())
            rows.append(
                QJsonObject{{QStringLiteral("standardId"), hit.standardId},
                            {QStringLiteral("standardCode"), hit.standardCode},
                            {QStringLiteral("standardName"), bothLanguages(hit.standardName)},
                            {QStringLiteral("version"), hit.version},
                            {QStringLiteral("status"), hit.status},
                            {QStringLiteral("cardId"), hit.cardId},
                            {QStringLiteral("cardName"), bothLanguages(hit.cardName)},
                            {QStringLiteral("field"), hit.field},
                            {QStringLiteral("language"), hit.language},
                            {QStringLiteral("text"), hit.text}});
        printJson({{QStringLiteral("query"), query},
                   {QStringLiteral("code"), RegistrySearch::isCode(query)},
                   {QStringLiteral("results"), rows}});
        return Success;
    }
    for (const RegistryHit& hit : hits.value()) {
        out() << hit.standardCode << " [" << hit.status << "] " << hit.standardName.ru;
        if (!hit.cardId.isEmpty()) out() << " / " << hit.cardName.ru;
        out() << "  " << hit.field << ": " << hit.text.simplified().left(120) << "\n";
    }
    out() << hits.value().size() << " result(s)\n";
    out().flush();
    return Success;
}

int check(const Options& options) {
    if (!QStringList{QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")}.contains(
            options.language))
        return usage(QStringLiteral("--lang takes ru, kk or en"));
    auto registry = Registry::open(options.database);
    if (!registry) return report(registry.error());
    Result<RegistryFindings> checked = RegistryCheck::run(registry.value()->database());
    if (!checked) return report({checked.error().message, registry.value()->where()});
    int errors = 0;
    int warnings = 0;
    for (const RegistryFinding& found : checked.value())
        ++(found.finding.severity == Severity::Error ? errors : warnings);
    if (options.json) {
        QJsonArray list;
        for (const RegistryFinding& found : checked.value()) {
            QJsonObject entry = findingoutput::toJson(found.finding, options.language);
            entry.insert(QStringLiteral("standardId"), found.standardId);
            entry.insert(QStringLiteral("standardCode"), found.standardCode);
            if (!found.linkedStandardId.isEmpty()) {
                entry.insert(QStringLiteral("linkedStandardId"), found.linkedStandardId);
                entry.insert(QStringLiteral("linkedStandardCode"), found.linkedStandardCode);
                if (!found.linkedCardId.isEmpty())
                    entry.insert(QStringLiteral("linkedCardId"), found.linkedCardId);
            }
            list.append(entry);
        }
        printJson({{QStringLiteral("findings"), list},
                   {QStringLiteral("errors"), errors},
                   {QStringLiteral("warnings"), warnings}});
    } else {
        for (const RegistryFinding& found : checked.value())
            out() << found.standardCode << " "
                  << findingoutput::toLine(found.finding, options.language) << "\n";
        out() << "registry: " << errors << " error(s), " << warnings << " warning(s)\n";
        out().flush();
    }
    return errors > 0 ? ValidationErrors : Success;
}

int map(const Options& options) {
    if (options.positional.size() != 1 || options.output.isEmpty())
        return usage(
            QStringLiteral("map takes an OKED section or division and -o %1")
                .arg(MapImageWriters::fileNames(QStringLiteral("OUT"), QStringLiteral("|"))));
    if (!MapImageWriters::forPath(options.output))
        return usage(
            QStringLiteral("%1: the map is written as %2")
                .arg(options.output, MapImageWriters::fileNames({}, QStringLiteral(" or "))));
    if (options.language != QLatin1String("kk") && options.language != QLatin1String("ru"))
        return usage(QStringLiteral("--lang takes kk or ru"));
    auto registry = Registry::open(options.database);
    if (!registry) return report(registry.error());
    Result<QualificationMap> made =
        QualificationMap::ofRegistry(registry.value()->database(), options.positional.first());
    if (!made) return report({made.error().message, registry.value()->where()});
    const QualificationMapPainter painter(made.value(), options.language);
    if (Status written = painter.write(options.output); !written) return report(written.error());
    out() << made.value().professions.size() << " profession(s), " << made.value().links.size()
          << " link(s) in " << options.output << "\n";
    return Success;
}

int plan(const Options& options) {
    if (!options.positional.isEmpty()) return usage(QStringLiteral("plan takes no documents"));
    const int year = planYear(options.year, options.output, options.language);
    if (year == 0) return Failure;
    auto registry = Registry::open(options.database);
    if (!registry) return report(registry.error());
    Result<QVector<DocumentTree>> due = registry.value()->dueIn(year);
    if (!due) return report(due.error());
    return writePlan(due.value(), year, options.output, options.language);
}

} // namespace

int RegistryCommand::run(const QStringList& arguments) {
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h"))
        return usage({});
    const Options options = parse(arguments);
    if (!options.problem.isEmpty()) return usage(options.problem);
    const QString& command = options.subcommand;
    if (command == QLatin1String("init") || command == QLatin1String("upgrade")) {
        if (!options.positional.isEmpty())
            return usage(QStringLiteral("%1 takes only --db").arg(command));
        return command == QLatin1String("init") ? initialize(options) : upgrade(options);
    }
    if (command == QLatin1String("publish")) return publish(options);
    if (command == QLatin1String("pull")) return pull(options);
    if (command == QLatin1String("list")) return list(options);
    if (command == QLatin1String("search")) return search(options);
    if (command == QLatin1String("check")) return check(options);
    if (command == QLatin1String("map")) return map(options);
    if (command == QLatin1String("plan")) return plan(options);
    return usage(command.isEmpty() ? QStringLiteral("registry needs a command")
                                   : QStringLiteral("unknown registry command %1").arg(command));
}
