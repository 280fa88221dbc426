#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kasibi {

// The kinds of element a standard is made of, as named in ../shared/format/standard-v1.schema.json.
namespace Kind {
inline const QString Document = QStringLiteral("Document");
inline const QString Standard = QStringLiteral("Standard");
inline const QString Term = QStringLiteral("Term");
inline const QString Abbreviation = QStringLiteral("Abbreviation");
inline const QString ProfessionCard = QStringLiteral("ProfessionCard");
inline const QString Education = QStringLiteral("Education");
inline const QString LaborFunction = QStringLiteral("LaborFunction");
inline const QString Skill = QStringLiteral("Skill");
inline const QString RelatedProfession = QStringLiteral("RelatedProfession");
inline const QString Organization = QStringLiteral("Organization");
inline const QString ExtraSection = QStringLiteral("ExtraSection");
inline const QString TextItem = QStringLiteral("TextItem");
inline const QString Comment = QStringLiteral("Comment");
inline const QString Assessment = QStringLiteral("Assessment");
inline const QString TimelineEntry = QStringLiteral("TimelineEntry");
} // namespace Kind

enum class FieldType { LocalizedText, String, Integer, Boolean, Date, Enum, LanguageList };

struct FieldSpec {
    // Path of the value inside the element's JSON object, e.g. "passport/oked/section/code".
    QString name;
    FieldType type = FieldType::String;
    bool required = false;
    // Required as soon as the JSON object holding it exists (the code of a Classified entry).
    bool requiredInItsObject = false;
    QStringList enumValues;
    QString pattern;
    int minimum = 0;
    int maximum = 0;
};

struct ChildSpec {
    // Path of the array (or object, for a single child) inside the element's JSON object.
    QString role;
    QString kind;
    bool isList = true;
    bool required = false;
    // Kept in the document file only, not in the interchange format (the approval timeline).
    bool internalOnly = false;
};

struct KindSpec {
    QString name;
    // False for elements the interchange format stores without an id (assessments): they get an
    // id inside the document file, and a new one on every import.
    bool hasJsonId = true;
    // A text item is a ListItem in JSON: its LocalizedText (its one field is TextItemField) and
    // an optional id. An item read without one gets a new id, kept from then on.
    bool isTextItem = false;
    QVector<FieldSpec> fields;
    QVector<ChildSpec> children;
    // Objects written even when empty, because the schema requires their keys.
    QStringList requiredObjects;

    // Every key a value of this kind may be stored under: "field", or "field@kk" and "field@ru".
    QSet<QString> valueKeys;

    const FieldSpec* field(const QString& fieldName) const;
    const ChildSpec* child(const QString& role) const;
};

class Schema {
public:
    static const KindSpec* kind(const QString& name);
    static const QVector<KindSpec>& kinds();

    static inline const QString TextItemField = QStringLiteral("text");
    static const QStringList& languages(); // kk, ru: the state-used languages every text has
};

} // namespace kasibi
