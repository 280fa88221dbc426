#pragma once

#include "core/model/documenttree.h"
#include "core/model/phrase.h"
#include "core/model/schema.h"
#include "core/validation/finding.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QVector>

namespace kasibi::validation {

// A localized field with its value keys made once: validation looks them up for every element.
struct TextField {
    explicit TextField(const QString& fieldName)
        : name(fieldName), kk(Node::valueKey(fieldName, QStringLiteral("kk"))),
          ru(Node::valueKey(fieldName, QStringLiteral("ru"))) {}
    QString name;
    QString kk;
    QString ru;
};

// Everything the checks name, built once.
struct Fields {
    TextField scope{Field::Scope};
    TextField standardName{Field::StandardName};
    TextField description{Field::Description};
    TextField term{Field::Term};
    TextField definition{Field::Definition};
    TextField abbreviation{Field::Abbreviation};
    TextField expansion{Field::Expansion};
    TextField name{Field::Name};
    TextField title{Field::Title};
    TextField tariffQualification{Field::TariffQualification};
    TextField workExperience{Field::WorkExperience};
    TextField nonFormalEducation{Field::NonFormalEducation};
    TextField mainPurpose{Field::MainPurpose};
    TextField wholeTaskAssessment{Field::WholeTaskAssessment};
    TextField level{Field::Level};
    TextField specialty{Field::Specialty};
    TextField qualification{Field::Qualification};
    TextField position{Field::ContactPosition};
    TextField councilName{Field::CouncilName};
    TextField text{Schema::TextItemField};

    static const Fields& get() {
        static const Fields fields;
        return fields;
    }
};

inline bool isBlank(const QString& text) {
    for (const QChar c : text)
        if (!c.isSpace()) return false;
    return true;
}

// Whether a node has no wording under this key. Looks the value up in place: validation reads
// every text of the standard, and memory, not arithmetic, is what that costs.
inline bool missing(const Node& n, const QString& key) {
    const auto it = n.values.constFind(key);
    return it == n.values.cend() || isBlank(it.value());
}

inline const QStringList& childIds(const Node& n, const QString& role) {
    static const QStringList none;
    const auto it = n.children.constFind(role);
    return it == n.children.cend() ? none : it.value();
}

inline QString upperFirst(QString text) {
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

// Lower-cases the first letter of a message that follows a context, unless it opens with an
// abbreviation ("ЭҚЖЖ", "НКЗ") or a quotation.
inline QString lowerFirst(QString text) {
    if (text.size() > 1 && text[0].isUpper() && text[1].isLower()) text[0] = text[0].toLower();
    return text;
}

inline const QString kKk = QStringLiteral("kk");
inline const QString kRu = QStringLiteral("ru");

inline const QRegularExpression& levelPattern() {
    static const QRegularExpression pattern(
        Schema::kind(Kind::ProfessionCard)->field(Field::OrkLevel)->pattern);
    return pattern;
}

inline const QRegularExpression& emailPattern() {
    // One @, a non-empty local part, a domain with a dot and a top-level name of two letters or
    // more; no spaces. Deliberately loose: it catches typing slips, not exotic addresses.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.0-9]{2,}$"));
    return pattern;
}

inline bool plausiblePhone(const QString& phone) {
    int digits = 0;
    bool plus = false;
    for (int i = 0; i < phone.size(); ++i) {
        const QChar c = phone[i];
        if (c == QLatin1Char('+') && !plus && digits == 0) {
            plus = true;
        } else if (c.isDigit() && c.unicode() < 128) {
            ++digits;
        } else if (!(c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(') ||
                     c == QLatin1Char(')'))) {
            return false;
        }
    }
    return plus && digits >= 10 && digits <= 15;
}

// A place in the standard, told to the user in front of the message ("Карточка «Взрывник»,
// трудовая функция 2: ..."): the JSON Pointer alone is not for people.
struct Place {
    enum Kind { Card, Function, Skill, Term, Abbreviation, Education, Related, Developer, Section };
    Kind kind;
    int index; // 0-based
    QString nodeId;
};

// Puts a place in front of every message added while it lives.
struct PlaceGuard {
    PlaceGuard(QVector<Place>& places, Place place) : m_places(places) { m_places << place; }
    ~PlaceGuard() { m_places.removeLast(); }
    QVector<Place>& m_places;
};

// What the checks of each chapter share while one standard is validated: the tree, the languages
// it is written in, where in the standard the checks are (named in front of each message) and
// the findings so far; and the checks every chapter makes (a text in each required language, the
// items of a list, a date, a level, an organisation's contacts).
class ValidationContext {
public:
    ValidationContext(const DocumentTree& tree, const QDate& today) : tree(tree), today(today) {}

    // Reads the standard's languages and the lists with gaps; false when there is no standard.
    bool begin();

    // ---- adding findings ------------------------------------------------------------------

    void add(const QString& criterion, Severity severity, const QString& id, const QString& field,
             const QString& language, const Phrase& message);

    // ---- messages -------------------------------------------------------------------------

    static Phrase enter(const Phrase& what);

    static Phrase enterIn(const Phrase& what, const QString& language);

    static Phrase correct(const Phrase& what, const QString& value, const Phrase& form);

    // ---- generic checks -------------------------------------------------------------------

    // A text the standard must have in every required language.
    void requireText(const QString& criterion, const QString& id, const TextField& field,
                     const Phrase& what, Severity severity = Severity::Error);

    // A text the standard may leave out, but not write in one required language only.
    void completeText(const QString& criterion, const QString& id, const TextField& field,
                      const Phrase& what);

    void checkText(const QString& criterion, const QString& id, const TextField& field,
                   const Phrase& what, bool required, Severity severity);

    void checkText(const QString& criterion, const Node& n, const TextField& field,
                   const Phrase& what, bool required, Severity severity);

    // The text items of a list (abilities, knowledge, other names, ...): each one written, in
    // every required language.
    void checkItems(const QString& criterion, const QString& parentId, const QString& role,
                    const QStringList& ids, const Phrase& listName);

    // Text items are most of a standard (abilities and knowledge above all), and reading them is
    // what validation spends its time on: memory, not arithmetic. One linear pass over the nodes
    // finds the lists where an item may not be written, without looking each item up by id; the
    // walk of the structure then checks those lists precisely. A text item holds no keys but
    // "text@kk" and "text@ru" (Schema; the readers and StandardDocument enforce it), so two
    // written values mean both languages are there, without comparing keys.
    void findListsWithGaps();

    // A date field: well formed, and not after today when it records something already done.
    // Returns the date (invalid when absent or malformed).
    QDate checkDate(const QString& criterion, const QString& id, const QString& field,
                    const Phrase& noun, bool past);

    void checkOrganization(const QString& criterion, const QString& id, const Phrase& nameWhat);

    // An ORK or NRK level: "4" or "4.2". Returns the whole level (0 when absent or malformed).
    int checkLevel(const QString& criterion, const QString& id, const QString& field,
                   const Phrase& what, bool required, Severity missingSeverity);

    const DocumentTree& tree;
    const QDate today;
    QString standard;
    bool needKk = true;
    bool needRu = true;
    QVector<Place> places;
    Findings findings;

private:
    Phrase placeName(const Place& place) const;
    // The message with the finding's place in front of it.
    static QString withPlace(const Finding& finding, const QString& message,
                             const QString& language);
    static QString listKey(const QString& parentId, const QString& role);

    QSet<QString> m_listsWithGaps;
};

} // namespace kasibi::validation
