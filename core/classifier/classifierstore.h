#pragma once

#include "core/classifier/classifier.h"
#include "core/classifier/classifieredition.h"
#include "core/classifier/classifierentry.h"
#include "core/model/result.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QVector>

namespace kasibi {

// The editions of OKED and NKZ this computer knows, in one SQLite file of the user's data
// folder (never inside a standard): authors work offline, and classifiers get new editions.
// On first use the store holds the top levels Kasibi ships (resources/classifiers); editions
// loaded from the official files come on top. Look-ups go to the edition in use: the one
// loaded last, or the built-in one when none was loaded.
class ClassifierStore {
    Q_DECLARE_TR_FUNCTIONS(ClassifierStore)
public:
    static constexpr quint32 ApplicationId = 0x4B534243; // "KSBC"
    static constexpr int FormatVersion = 2;              // 2: substring index, the edition chosen

    enum class IfLoaded { Refuse, Replace }; // when an edition of that name is already there

    // <user data folder>/kasibi/classifiers.sqlite, the same for the editor and kasibi-cli
    // whatever their application names.
    static QString defaultPath();
    static QString builtInEditionName(Classifier classifier);

    // Creates the file (and its folder) when missing, and brings the built-in editions up to
    // date with what this version of Kasibi ships.
    static Result<std::unique_ptr<ClassifierStore>> open(const QString& path);
    ~ClassifierStore();
    ClassifierStore(const ClassifierStore&) = delete;
    ClassifierStore& operator=(const ClassifierStore&) = delete;

    const QString& path() const { return m_path; }

    // All or nothing: on failure the store is as it was. edition.name must not be empty;
    // loadedAt, entryCount and deepestLevel are filled in by the store.
    Result<ClassifierEdition> load(const ClassifierEdition& edition,
                                   const QVector<ClassifierEntry>& entries, IfLoaded ifLoaded);
    // Reads the file (CSV or XLSX, ClassifierReaders) and loads it; the source is the file's name.
    Result<ClassifierEdition> loadFile(Classifier classifier, const QString& path,
                                       const QString& editionName, IfLoaded ifLoaded,
                                       const QString& date = {});

    Result<QVector<ClassifierEdition>> editions() const;
    // The edition look-ups use: the one chosen with use(), else the one loaded last, else the
    // built-in one.
    Result<ClassifierEdition> editionInUse(Classifier classifier) const;
    Status use(Classifier classifier, const QString& editionName);
    // A loaded edition, all of it; the built-in one stays.
    Status remove(Classifier classifier, const QString& editionName);

    // By code (exact first, then codes beginning with the query) and by words in Kazakh or
    // Russian, case and ё/е ignored: names holding every word whole first, then names with words
    // beginning so, then names holding the letters anywhere (words of three letters or more).
    Result<QVector<ClassifierEntry>> find(Classifier classifier, const QString& query,
                                          int limit = 20) const;
    Result<std::optional<ClassifierEntry>> entry(Classifier classifier, const QString& code) const;
    // Every name of the edition in use in "kk" or "ru" (the spell checker takes them as right).
    Result<QStringList> names(Classifier classifier, const QString& language) const;
    // The entry and its ancestors, narrowest first: 07.10.2, 07.10, 07.1, 07, B. Empty when the
    // edition does not know the code; a level the edition lacks is left out.
    Result<QVector<ClassifierEntry>> chain(Classifier classifier, const QString& code) const;

    // Case folding for word search (kept here so that the index and queries agree).
    static QString foldWords(const QString& text);

private:
    ClassifierStore() = default;

    Status create();
    Status upgradeFromFormat1();
    Status seedBuiltIn(Classifier classifier);
    Result<qint64> editionId(Classifier classifier, const QString& name) const;
    Result<qint64> editionInUseId(Classifier classifier) const;
    Status fail(const QString& what) const;

    QString m_path;
    QString m_connectionName;
};

} // namespace kasibi
