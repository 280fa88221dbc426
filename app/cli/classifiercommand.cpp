#include "app/cli/classifiercommand.h"

#include "app/cli/console.h"

#include "core/classifier/classifiercodes.h"
#include "core/classifier/classifierstore.h"

#include <QFileInfo>
#include <QTextStream>

using namespace kasibi;

namespace {

using namespace console;

int usage(const QString& problem) {
    err() << "kasibi-cli: " << problem << "\n"
          << "Usage:\n"
             "  kasibi-cli classifier load oked|nkz FILE --edition NAME [--date DATE] "
             "[--replace] [--store PATH]\n"
             "  kasibi-cli classifier find oked|nkz QUERY [--limit N] [--store PATH]\n"
             "  kasibi-cli classifier info [--store PATH]\n"
             "FILE is an Excel workbook (.xlsx) or CSV (UTF-8 or Windows-1251, ';' or ',' "
             "separated)\n"
             "with the columns code, name_kk, name_ru.\nThe store is "
          << ClassifierStore::defaultPath() << " unless --store is given.\n";
    err().flush();
    return Failure;
}

struct Options {
    QStringList positional;
    QString edition;
    QString date;
    QString store = ClassifierStore::defaultPath();
    int limit = 20;
    bool replace = false;
    QString problem;
};

Options parse(const QStringList& raw) {
    Options options;
    for (int i = 0; i < raw.size(); ++i) {
        const QString& word = raw[i];
        if (word == QLatin1String("--edition"))
            options.edition = optionValue(raw, i, options.problem);
        else if (word == QLatin1String("--date"))
            options.date = optionValue(raw, i, options.problem);
        else if (word == QLatin1String("--store"))
            options.store = optionValue(raw, i, options.problem);
        else if (word == QLatin1String("--replace"))
            options.replace = true;
        else if (word == QLatin1String("--limit")) {
            bool ok = false;
            options.limit = optionValue(raw, i, options.problem).toInt(&ok);
            if (options.problem.isEmpty() && (!ok || options.limit < 1))
                options.problem = QStringLiteral("--limit needs a positive number");
        } else if (word.startsWith(QLatin1String("--")))
            options.problem = QStringLiteral("unknown option %1").arg(word);
        else
            options.positional << word;
    }
    return options;
}

QString levelReached(const ClassifierEdition& edition) {
    return ClassifierCodes::levelName(edition.classifier, edition.deepestLevel);
}

QString names(const ClassifierEntry& entry) {
    const QString kk = entry.nameKk.isEmpty() ? QStringLiteral("—") : entry.nameKk;
    const QString ru = entry.nameRu.isEmpty() ? QStringLiteral("—") : entry.nameRu;
    return kk + QStringLiteral(" | ") + ru;
}

int load(ClassifierStore& store, Classifier classifier, const Options& options) {
    if (options.positional.size() != 2)
        return usage(QStringLiteral("classifier load takes oked|nkz and one FILE"));
    if (options.edition.trimmed().isEmpty())
        return usage(QStringLiteral("classifier load needs --edition NAME (e.g. the year of "
                                    "the edition)"));
    const QString file = options.positional[1];
    Result<ClassifierEdition> loaded = store.loadFile(
        classifier, file, options.edition,
        options.replace ? ClassifierStore::IfLoaded::Replace : ClassifierStore::IfLoaded::Refuse,
        options.date);
    if (!loaded) return report(loaded.error());
    const ClassifierEdition& edition = loaded.value();
    out() << "Loaded the " << classifierTitle(classifier) << " edition \"" << edition.name
          << "\" from " << QFileInfo(file).fileName() << ": " << edition.entryCount
          << " entries, down to the " << levelReached(edition) << " level. It is now in use.\n";
    return Success;
}

int find(ClassifierStore& store, Classifier classifier, const Options& options) {
    if (options.positional.size() < 2)
        return usage(QStringLiteral("classifier find takes oked|nkz and a QUERY"));
    const QString query = options.positional.mid(1).join(QLatin1Char(' '));
    Result<QVector<ClassifierEntry>> found = store.find(classifier, query, options.limit);
    if (!found) return report(found.error());
    if (found.value().isEmpty()) {
        Result<ClassifierEdition> edition = store.editionInUse(classifier);
        err() << "kasibi-cli: nothing in " << classifierTitle(classifier) << " matches \"" << query
              << "\""
              << (edition ? QStringLiteral(" (edition \"%1\")").arg(edition.value().name)
                          : QString())
              << "\n";
        err().flush();
        return Success;
    }
    for (const ClassifierEntry& entry : found.value())
        out() << entry.code << "\t" << names(entry) << "\n";
    return Success;
}

int info(ClassifierStore& store) {
    Result<QVector<ClassifierEdition>> editions = store.editions();
    if (!editions) return report(editions.error());
    out() << "Classifier store: " << QFileInfo(store.path()).absoluteFilePath() << "\n";
    for (Classifier classifier : {Classifier::Oked, Classifier::Nkz}) {
        bool first = true; // editions() lists the edition in use first
        for (const ClassifierEdition& edition : editions.value()) {
            if (edition.classifier != classifier) continue;
            out() << classifierTitle(classifier) << (first ? "  in use  " : "          ") << "\""
                  << edition.name << "\": " << edition.entryCount << " entries, down to the "
                  << levelReached(edition) << " level";
            if (!edition.date.isEmpty()) out() << "; dated " << edition.date;
            out() << "; from " << edition.source << "; loaded "
                  << edition.loadedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  << "\n";
            first = false;
        }
    }
    return Success;
}

} // namespace

int runClassifierCommand(const QStringList& arguments) {
    if (arguments.isEmpty()) return usage(QStringLiteral("classifier needs load, find or info"));
    const QString action = arguments.first();
    const Options options = parse(arguments.mid(1));
    if (!options.problem.isEmpty()) return usage(options.problem);
    std::optional<Classifier> classifier;
    if (action == QLatin1String("load") || action == QLatin1String("find")) {
        classifier = options.positional.isEmpty() ? std::nullopt
                                                  : classifierFromName(options.positional.first());
        if (!classifier)
            return usage(QStringLiteral("classifier %1 needs oked or nkz").arg(action));
    } else if (action != QLatin1String("info")) {
        return usage(QStringLiteral("unknown classifier action %1").arg(action));
    } else if (!options.positional.isEmpty()) {
        return usage(QStringLiteral("classifier info takes no arguments"));
    }
    Result<std::unique_ptr<ClassifierStore>> store = ClassifierStore::open(options.store);
    if (!store) return report(store.error());
    int status = Success;
    if (action == QLatin1String("load"))
        status = load(*store.value(), *classifier, options);
    else if (action == QLatin1String("find"))
        status = find(*store.value(), *classifier, options);
    else
        status = info(*store.value());
    out().flush();
    return status;
}
