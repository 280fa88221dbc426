#include "core/validation/validator.h"

#include "core/classifier/classifiercodes.h"
#include "core/model/schema.h"

#include <QRegularExpression>
#include <QSet>

namespace kasibi {

namespace {

// One phrase in the three languages of the interface.
struct Words {
    QString ru;
    QString kk;
    QString en;
};

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

bool isBlank(const QString& text) {
    for (const QChar c : text)
        if (!c.isSpace()) return false;
    return true;
}

// Whether a node has no wording under this key. Looks the value up in place: validation reads
// every text of the standard, and memory, not arithmetic, is what that costs.
bool missing(const Node& n, const QString& key) {
    const auto it = n.values.constFind(key);
    return it == n.values.cend() || isBlank(it.value());
}

const QStringList& childIds(const Node& n, const QString& role) {
    static const QStringList none;
    const auto it = n.children.constFind(role);
    return it == n.children.cend() ? none : it.value();
}

QString upperFirst(QString text) {
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

// Lower-cases the first letter of a message that follows a context, unless it opens with an
// abbreviation ("ЭҚЖЖ", "НКЗ") or a quotation.
QString lowerFirst(QString text) {
    if (text.size() > 1 && text[0].isUpper() && text[1].isLower()) text[0] = text[0].toLower();
    return text;
}

QString quoted(const QString& text) {
    return QStringLiteral("«") + text + QStringLiteral("»");
}
QString enQuoted(const QString& text) {
    return QLatin1Char('"') + text + QLatin1Char('"');
}

const QString kKk = QStringLiteral("kk");
const QString kRu = QStringLiteral("ru");

// The OKED levels, from the widest to the narrowest, and the form each code takes.
struct OkedLevel {
    QString key;
    Words codeOf; // "код секции ОКЭД" (accusative after "Укажите")
    Words nameOf; // "наименование секции ОКЭД"
    Words into;   // "в секцию «%1»" — where a narrower code must lie
    Words form;   // what the code must look like
};

const QVector<OkedLevel>& okedLevels() {
    static const QVector<OkedLevel> levels{
        {QStringLiteral("section"),
         {QStringLiteral("код секции ОКЭД"), QStringLiteral("ЭҚЖЖ секциясының кодын"),
          QStringLiteral("the OKED section code")},
         {QStringLiteral("наименование секции ОКЭД"), QStringLiteral("ЭҚЖЖ секциясының атауын"),
          QStringLiteral("the OKED section name")},
         {QStringLiteral("в секцию %1"), QStringLiteral("%1 секциясына"),
          QStringLiteral("in section %1")},
         {QStringLiteral("одна латинская буква от A до U, например B"),
          QStringLiteral("A-дан U-ға дейінгі бір латын әрпі, мысалы B"),
          QStringLiteral("one Latin letter from A to U, e.g. B")}},
        {QStringLiteral("division"),
         {QStringLiteral("код раздела ОКЭД"), QStringLiteral("ЭҚЖЖ бөлімінің кодын"),
          QStringLiteral("the OKED division code")},
         {QStringLiteral("наименование раздела ОКЭД"), QStringLiteral("ЭҚЖЖ бөлімінің атауын"),
          QStringLiteral("the OKED division name")},
         {QStringLiteral("в раздел %1"), QStringLiteral("%1 бөліміне"),
          QStringLiteral("in division %1")},
         {QStringLiteral("две цифры, например 07"), QStringLiteral("екі цифр, мысалы 07"),
          QStringLiteral("two digits, e.g. 07")}},
        {QStringLiteral("group"),
         {QStringLiteral("код группы ОКЭД"), QStringLiteral("ЭҚЖЖ тобының кодын"),
          QStringLiteral("the OKED group code")},
         {QStringLiteral("наименование группы ОКЭД"), QStringLiteral("ЭҚЖЖ тобының атауын"),
          QStringLiteral("the OKED group name")},
         {QStringLiteral("в группу %1"), QStringLiteral("%1 тобына"),
          QStringLiteral("in group %1")},
         {QStringLiteral("NN.N, например 07.1"), QStringLiteral("NN.N, мысалы 07.1"),
          QStringLiteral("NN.N, e.g. 07.1")}},
        {QStringLiteral("class"),
         {QStringLiteral("код класса ОКЭД"), QStringLiteral("ЭҚЖЖ сыныбының кодын"),
          QStringLiteral("the OKED class code")},
         {QStringLiteral("наименование класса ОКЭД"), QStringLiteral("ЭҚЖЖ сыныбының атауын"),
          QStringLiteral("the OKED class name")},
         {QStringLiteral("в класс %1"), QStringLiteral("%1 сыныбына"),
          QStringLiteral("in class %1")},
         {QStringLiteral("NN.NN, например 07.10"), QStringLiteral("NN.NN, мысалы 07.10"),
          QStringLiteral("NN.NN, e.g. 07.10")}},
        {QStringLiteral("subclass"),
         {QStringLiteral("код подкласса ОКЭД"), QStringLiteral("ЭҚЖЖ ішкі сыныбының кодын"),
          QStringLiteral("the OKED subclass code")},
         {QStringLiteral("наименование подкласса ОКЭД"),
          QStringLiteral("ЭҚЖЖ ішкі сыныбының атауын"), QStringLiteral("the OKED subclass name")},
         {QStringLiteral("в подкласс %1"), QStringLiteral("%1 ішкі сыныбына"),
          QStringLiteral("in subclass %1")},
         {QStringLiteral("NN.NN.N, например 07.10.2"), QStringLiteral("NN.NN.N, мысалы 07.10.2"),
          QStringLiteral("NN.NN.N, e.g. 07.10.2")}},
    };
    return levels;
}

// The forms of the ORK level and the serial number are the schema's; the forms of classifier
// codes are ClassifierCodes'.
const QRegularExpression& levelPattern() {
    static const QRegularExpression pattern(
        Schema::kind(Kind::ProfessionCard)->field(Field::OrkLevel)->pattern);
    return pattern;
}

const QRegularExpression& serialNumberPattern() {
    static const QRegularExpression pattern(
        Schema::kind(Kind::Standard)->field(Field::SerialNumber)->pattern);
    return pattern;
}

const QRegularExpression& emailPattern() {
    // One @, a non-empty local part, a domain with a dot and a top-level name of two letters or
    // more; no spaces. Deliberately loose: it catches typing slips, not exotic addresses.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.0-9]{2,}$"));
    return pattern;
}

bool plausiblePhone(const QString& phone) {
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

class Run {
public:
    Run(const DocumentTree& tree, const QDate& today) : m_tree(tree), m_today(today) {}

    Findings validate();

private:
    // ---- adding findings ------------------------------------------------------------------

    void add(const QString& criterion, Severity severity, const QString& id, const QString& field,
             const QString& language, const Words& message) {
        Finding finding;
        finding.criterion = criterion;
        finding.severity = severity;
        finding.path = m_tree.jsonPointer(id, field);
        finding.elementId = id;
        finding.field = field;
        finding.language = language;
        finding.messageRu = withPlace(message.ru, QStringLiteral("ru"));
        finding.messageKk = withPlace(message.kk, QStringLiteral("kk"));
        finding.messageEn = withPlace(message.en, QStringLiteral("en"));
        if (!m_places.isEmpty()) {
            finding.instructionRu = message.ru;
            finding.instructionKk = message.kk;
            finding.instructionEn = message.en;
            finding.placeRu = placeNames(QStringLiteral("ru"));
            finding.placeKk = placeNames(QStringLiteral("kk"));
            finding.placeEn = placeNames(QStringLiteral("en"));
        }
        m_findings << finding;
    }

    QString placeName(const Place& place, const QString& language) const {
        const QString n = QString::number(place.index + 1);
        switch (place.kind) {
        case Place::Card: {
            const LocalizedText name = m_tree.text(place.nodeId, Field::Name);
            QString wording = language == kKk ? name.kk : name.ru;
            if (isBlank(wording)) wording = language == kKk ? name.ru : name.kk;
            if (isBlank(wording)) {
                if (language == kKk) return n + QStringLiteral("-карточка");
                if (language == kRu) return QStringLiteral("Карточка ") + n;
                return QStringLiteral("Card ") + n;
            }
            wording = wording.trimmed();
            if (language == kKk) return quoted(wording) + QStringLiteral(" карточкасы");
            if (language == kRu) return QStringLiteral("Карточка ") + quoted(wording);
            return QStringLiteral("Card ") + enQuoted(wording);
        }
        case Place::Function:
            return language == kKk   ? n + QStringLiteral("-еңбек функциясы")
                   : language == kRu ? QStringLiteral("трудовая функция ") + n
                                     : QStringLiteral("labour function ") + n;
        case Place::Skill:
            return language == kKk   ? n + QStringLiteral("-дағды")
                   : language == kRu ? QStringLiteral("навык ") + n
                                     : QStringLiteral("skill ") + n;
        case Place::Term:
            return language == kKk   ? n + QStringLiteral("-термин")
                   : language == kRu ? QStringLiteral("термин ") + n
                                     : QStringLiteral("term ") + n;
        case Place::Abbreviation:
            return language == kKk   ? n + QStringLiteral("-қысқарту")
                   : language == kRu ? QStringLiteral("сокращение ") + n
                                     : QStringLiteral("abbreviation ") + n;
        case Place::Education:
            return language == kKk ? QString(QStringLiteral("білімге қойылатын ") + n +
                                             QStringLiteral("-талап"))
                   : language == kRu ? QString(QStringLiteral("требование к образованию ") + n)
                                     : QString(QStringLiteral("education requirement ") + n);
        case Place::Related:
            return language == kKk   ? n + QStringLiteral("-байланысты кәсіп")
                   : language == kRu ? QStringLiteral("связанная профессия ") + n
                                     : QStringLiteral("related profession ") + n;
        case Place::Developer:
            return language == kKk ? n + QStringLiteral("-әзірлеуші ұйым")
                   : language == kRu ? QStringLiteral("организация-разработчик ") + n
                                     : QStringLiteral("developer ") + n;
        case Place::Section:
            return language == kKk ? n + QStringLiteral("-қосымша бөлім")
                   : language == kRu ? QStringLiteral("дополнительный раздел ") + n
                                     : QStringLiteral("extra section ") + n;
        }
        return {};
    }

    QStringList placeNames(const QString& language) const {
        QStringList parts;
        for (const Place& place : m_places)
            parts << placeName(place, language);
        return parts;
    }

    QString withPlace(const QString& message, const QString& language) const {
        if (m_places.isEmpty()) return message;
        return upperFirst(placeNames(language).join(QStringLiteral(", "))) + QStringLiteral(": ") +
               lowerFirst(message);
    }

    struct PlaceGuard {
        PlaceGuard(QVector<Place>& places, Place place) : m_places(places) { m_places << place; }
        ~PlaceGuard() { m_places.removeLast(); }
        QVector<Place>& m_places;
    };

    // ---- messages -------------------------------------------------------------------------

    static Words enter(const Words& what) {
        return {QStringLiteral("Укажите ") + what.ru, what.kk + QStringLiteral(" көрсетіңіз"),
                QStringLiteral("Enter ") + what.en};
    }

    static Words enterIn(const Words& what, const QString& language) {
        const bool kk = language == kKk;
        return {
            QStringLiteral("Укажите ") + what.ru +
                (kk ? QStringLiteral(" на казахском языке") : QStringLiteral(" на русском языке")),
            what.kk + (kk ? QStringLiteral(" қазақ тілінде") : QStringLiteral(" орыс тілінде")) +
                QStringLiteral(" көрсетіңіз"),
            QStringLiteral("Enter ") + what.en +
                (kk ? QStringLiteral(" in Kazakh") : QStringLiteral(" in Russian"))};
    }

    static Words correct(const Words& what, const QString& value, const Words& form) {
        return {QStringLiteral("Исправьте ") + what.ru + QLatin1Char(' ') + quoted(value) +
                    QStringLiteral(" (формат: ") + form.ru + QLatin1Char(')'),
                what.kk + QStringLiteral(" (") + quoted(value) +
                    QStringLiteral(") түзетіңіз (пішімі: ") + form.kk + QLatin1Char(')'),
                QStringLiteral("Correct ") + what.en + QLatin1Char(' ') + enQuoted(value) +
                    QStringLiteral(" (format: ") + form.en + QLatin1Char(')')};
    }

    // ---- generic checks -------------------------------------------------------------------

    // A text the standard must have in every required language.
    void requireText(const QString& criterion, const QString& id, const TextField& field,
                     const Words& what, Severity severity = Severity::Error) {
        checkText(criterion, id, field, what, true, severity);
    }

    // A text the standard may leave out, but not write in one required language only.
    void completeText(const QString& criterion, const QString& id, const TextField& field,
                      const Words& what) {
        checkText(criterion, id, field, what, false, Severity::Error);
    }

    void checkText(const QString& criterion, const QString& id, const TextField& field,
                   const Words& what, bool required, Severity severity) {
        if (const Node* n = m_tree.node(id))
            checkText(criterion, *n, field, what, required, severity);
    }

    void checkText(const QString& criterion, const Node& n, const TextField& field,
                   const Words& what, bool required, Severity severity) {
        const bool kkMissing = missing(n, field.kk);
        const bool ruMissing = missing(n, field.ru);
        if (kkMissing && ruMissing) {
            if (required) add(criterion, severity, n.id, field.name, {}, enter(what));
            return;
        }
        if (m_needKk && kkMissing)
            add(criterion, Severity::Error, n.id, field.name, kKk, enterIn(what, kKk));
        if (m_needRu && ruMissing)
            add(criterion, Severity::Error, n.id, field.name, kRu, enterIn(what, kRu));
    }

    // The text items of a list (abilities, knowledge, other names, ...): each one written, in
    // every required language.
    void checkItems(const QString& criterion, const QString& parentId, const QString& role,
                    const QStringList& ids, const Words& listName) {
        if (m_listsWithGaps.isEmpty() || !m_listsWithGaps.contains(listKey(parentId, role))) return;
        const TextField& field = Fields::get().text;
        for (int i = 0; i < ids.size(); ++i) {
            const Node* n = m_tree.node(ids[i]);
            if (!n) continue;
            const bool kkMissing = missing(*n, field.kk);
            const bool ruMissing = missing(*n, field.ru);
            if (!kkMissing && !ruMissing) continue;
            const QString line = QString::number(i + 1);
            if (kkMissing && ruMissing) {
                add(criterion, Severity::Error, ids[i], field.name, {},
                    {QStringLiteral("Заполните строку ") + line + QStringLiteral(" списка ") +
                         quoted(listName.ru) + QStringLiteral(" или удалите её"),
                     quoted(listName.kk) + QStringLiteral(" тізіміндегі ") + line +
                         QStringLiteral("-жолды толтырыңыз немесе жойыңыз"),
                     QStringLiteral("Fill in line ") + line + QStringLiteral(" of ") +
                         enQuoted(listName.en) + QStringLiteral(" or remove it")});
                continue;
            }
            for (const QString& language : {kKk, kRu}) {
                const bool missing = language == kKk ? kkMissing : ruMissing;
                const bool needed = language == kKk ? m_needKk : m_needRu;
                if (!missing || !needed) continue;
                const bool kk = language == kKk;
                add(criterion, Severity::Error, ids[i], field.name, language,
                    {QStringLiteral("Заполните строку ") + line + QStringLiteral(" списка ") +
                         quoted(listName.ru) +
                         (kk ? QStringLiteral(" на казахском языке")
                             : QStringLiteral(" на русском языке")),
                     quoted(listName.kk) + QStringLiteral(" тізіміндегі ") + line +
                         QStringLiteral("-жолды ") +
                         (kk ? QStringLiteral("қазақ тілінде") : QStringLiteral("орыс тілінде")) +
                         QStringLiteral(" толтырыңыз"),
                     QStringLiteral("Fill in line ") + line + QStringLiteral(" of ") +
                         enQuoted(listName.en) +
                         (kk ? QStringLiteral(" in Kazakh") : QStringLiteral(" in Russian"))});
            }
        }
    }

    static QString listKey(const QString& parentId, const QString& role) {
        return parentId + QLatin1Char('\n') + role;
    }

    // Text items are most of a standard (abilities and knowledge above all), and reading them is
    // what validation spends its time on: memory, not arithmetic. One linear pass over the nodes
    // finds the lists where an item may not be written, without looking each item up by id; the
    // walk of the structure then checks those lists precisely. A text item holds no keys but
    // "text@kk" and "text@ru" (Schema; the readers and StandardDocument enforce it), so two
    // written values mean both languages are there, without comparing keys.
    void findListsWithGaps() {
        for (const Node& n : m_tree.nodes) {
            if (n.kind != Kind::TextItem) continue;
            bool complete = n.values.size() == 2;
            if (complete) {
                for (auto it = n.values.cbegin(); it != n.values.cend(); ++it) {
                    if (isBlank(it.value())) {
                        complete = false;
                        break;
                    }
                }
            }
            // A list in one language (languages: ["ru"]) has items with one value: checked
            // precisely below.
            if (!complete) m_listsWithGaps.insert(listKey(n.parentId, n.role));
        }
    }

    // A date field: well formed, and not after today when it records something already done.
    // Returns the date (invalid when absent or malformed).
    QDate checkDate(const QString& criterion, const QString& id, const QString& field,
                    const Words& noun, bool past) {
        const QString value = m_tree.value(id, field).trimmed();
        if (value.isEmpty()) return {};
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid()) {
            add(criterion, Severity::Error, id, field, {},
                {noun.ru + QLatin1Char(' ') + quoted(value) +
                     QStringLiteral(" не является датой: укажите дату в виде ГГГГ-ММ-ДД"),
                 noun.kk + QLatin1Char(' ') + quoted(value) +
                     QStringLiteral(" күн емес: күнді ЖЖЖЖ-АА-КК түрінде көрсетіңіз"),
                 noun.en + QLatin1Char(' ') + enQuoted(value) +
                     QStringLiteral(" is not a date: enter it as YYYY-MM-DD")});
            return {};
        }
        if (past && m_today.isValid() && date > m_today) {
            add(criterion, Severity::Error, id, field, {},
                {noun.ru + QLatin1Char(' ') + value +
                     QStringLiteral(" ещё не наступила: исправьте дату"),
                 noun.kk + QStringLiteral(" (") + value +
                     QStringLiteral(") әлі келген жоқ: күнді түзетіңіз"),
                 noun.en + QStringLiteral(" (") + value +
                     QStringLiteral(") is in the future: correct the date")});
        }
        return date;
    }

    void checkOrganization(const QString& criterion, const QString& id, const Words& nameWhat) {
        const Fields& f = Fields::get();
        requireText(criterion, id, f.name, nameWhat);
        const QString fullName = m_tree.value(id, Field::ContactFullName);
        if (isBlank(fullName))
            add(criterion, Severity::Error, id, Field::ContactFullName, {},
                enter({QStringLiteral("фамилию, имя и отчество исполнителя"),
                       QStringLiteral("орындаушының тегін, атын және әкесінің атын"),
                       QStringLiteral("the executor's full name")}));
        completeText(criterion, id, f.position,
                     {QStringLiteral("должность исполнителя"),
                      QStringLiteral("орындаушының лауазымын"),
                      QStringLiteral("the executor's position")});
        const QString email = m_tree.value(id, Field::ContactEmail).trimmed();
        if (email.isEmpty())
            add(criterion, Severity::Error, id, Field::ContactEmail, {},
                enter({QStringLiteral("электронную почту исполнителя"),
                       QStringLiteral("орындаушының электрондық поштасын"),
                       QStringLiteral("the executor's e-mail")}));
        else if (!emailPattern().match(email).hasMatch())
            add(criterion, Severity::Error, id, Field::ContactEmail, {},
                {QStringLiteral("Исправьте адрес электронной почты ") + quoted(email) +
                     QStringLiteral(" (пример: name@example.kz)"),
                 quoted(email) + QStringLiteral(" электрондық пошта мекенжайын түзетіңіз (үлгі: "
                                                "name@example.kz)"),
                 QStringLiteral("Correct the e-mail address ") + enQuoted(email) +
                     QStringLiteral(" (example: name@example.kz)")});
        const QString phone = m_tree.value(id, Field::ContactPhone).trimmed();
        if (phone.isEmpty())
            add(criterion, Severity::Error, id, Field::ContactPhone, {},
                enter({QStringLiteral("телефон исполнителя"),
                       QStringLiteral("орындаушының телефонын"),
                       QStringLiteral("the executor's phone")}));
        else if (!plausiblePhone(phone))
            add(criterion, Severity::Error, id, Field::ContactPhone, {},
                {QStringLiteral("Исправьте номер телефона ") + quoted(phone) +
                     QStringLiteral(
                         " (нужны знак + и от 10 до 15 цифр, например +7 7172 12-34-56)"),
                 quoted(phone) + QStringLiteral(" телефон нөмірін түзетіңіз (+ белгісі және 10-нан "
                                                "15-ке дейін цифр қажет, мысалы +7 7172 "
                                                "12-34-56)"),
                 QStringLiteral("Correct the phone number ") + enQuoted(phone) +
                     QStringLiteral(" (it needs a + and 10 to 15 digits, e.g. +7 7172 12-34-56)")});
    }

    // An ORK or NRK level: "4" or "4.2". Returns the whole level (0 when absent or malformed).
    int checkLevel(const QString& criterion, const QString& id, const QString& field,
                   const Words& what, bool required, Severity missingSeverity) {
        const QString value = m_tree.value(id, field).trimmed();
        if (value.isEmpty()) {
            if (required) add(criterion, missingSeverity, id, field, {}, enter(what));
            return 0;
        }
        if (!levelPattern().match(value).hasMatch()) {
            add(criterion, Severity::Error, id, field, {},
                correct(
                    what, value,
                    {QStringLiteral("уровень от 1 до 8, при необходимости с подуровнем, например 4 "
                                    "или 4.2"),
                     QStringLiteral("1-ден 8-ге дейінгі деңгей, қажет болса ішкі деңгейімен, "
                                    "мысалы 4 немесе 4.2"),
                     QStringLiteral("a level from 1 to 8, with a sublevel where needed, e.g. 4 "
                                    "or 4.2")}));
            return 0;
        }
        return value.left(1).toInt();
    }

    // ---- the standard, part by part -------------------------------------------------------

    void checkMainPart();
    void checkOked();
    void checkCards();
    void checkCard(const QString& cardId);
    void checkFunctions(const QString& cardId);
    void checkTechnicalData();
    void checkExtraSections();
    void checkConclusion();

    const DocumentTree& m_tree;
    const QDate m_today;
    QString m_standard;
    bool m_needKk = true;
    bool m_needRu = true;
    QVector<Place> m_places;
    QSet<QString> m_listsWithGaps;
    Findings m_findings;
};

Findings Run::validate() {
    m_standard = m_tree.standardId();
    if (!m_tree.node(m_standard)) {
        add(QStringLiteral("1.1"), Severity::Error, m_tree.rootId, Role::Standard, {},
            {QStringLiteral("Документ не содержит профессионального стандарта: создайте его"),
             QStringLiteral("Құжатта кәсіптік стандарт жоқ: оны жасаңыз"),
             QStringLiteral("The document holds no professional standard: create one")});
        return m_findings;
    }
    const QString languages = m_tree.value(m_standard, Field::Languages);
    if (!languages.trimmed().isEmpty()) {
        const QStringList list = languages.split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_needKk = list.contains(kKk);
        m_needRu = list.contains(kRu);
        if (!m_needKk && !m_needRu) m_needKk = m_needRu = true;
    }
    findListsWithGaps();
    checkMainPart();
    checkCards();
    checkTechnicalData();
    checkExtraSections();
    checkConclusion();
    return m_findings;
}

void Run::checkMainPart() {
    const Fields& f = Fields::get();
    requireText(QStringLiteral("1.1"), m_standard, f.standardName,
                {QStringLiteral("наименование профессионального стандарта"),
                 QStringLiteral("кәсіптік стандарттың атауын"),
                 QStringLiteral("the name of the standard")});
    requireText(QStringLiteral("1.2"), m_standard, f.scope,
                {QStringLiteral("область применения профессионального стандарта"),
                 QStringLiteral("кәсіптік стандартты қолдану саласын"),
                 QStringLiteral("the scope of the standard")});

    const QString glossary = QStringLiteral("1.2a");
    const QStringList terms = m_tree.children(m_standard, Role::Terms);
    if (terms.isEmpty())
        add(glossary, Severity::Error, m_standard, Role::Terms, {},
            {QStringLiteral("Добавьте в глоссарий термины и определения, используемые в стандарте"),
             QStringLiteral(
                 "Стандартта қолданылатын терминдер мен анықтамаларды глоссарийге қосыңыз"),
             QStringLiteral("Add the terms and definitions the standard uses to the glossary")});
    for (int i = 0; i < terms.size(); ++i) {
        PlaceGuard place(m_places, {Place::Term, i, terms[i]});
        requireText(
            glossary, terms[i], f.term,
            {QStringLiteral("термин"), QStringLiteral("терминді"), QStringLiteral("the term")});
        requireText(glossary, terms[i], f.definition,
                    {QStringLiteral("определение термина"), QStringLiteral("терминнің анықтамасын"),
                     QStringLiteral("the definition of the term")});
    }
    const QStringList abbreviations = m_tree.children(m_standard, Role::Abbreviations);
    for (int i = 0; i < abbreviations.size(); ++i) {
        PlaceGuard place(m_places, {Place::Abbreviation, i, abbreviations[i]});
        requireText(glossary, abbreviations[i], f.abbreviation,
                    {QStringLiteral("сокращение"), QStringLiteral("қысқартуды"),
                     QStringLiteral("the abbreviation")});
        requireText(glossary, abbreviations[i], f.expansion,
                    {QStringLiteral("расшифровку сокращения"),
                     QStringLiteral("қысқартудың толық жазылуын"),
                     QStringLiteral("the expansion of the abbreviation")});
    }

    checkOked();

    requireText(QStringLiteral("1.4"), m_standard, f.description,
                {QStringLiteral("краткое описание профессионального стандарта"),
                 QStringLiteral("кәсіптік стандарттың қысқаша сипаттамасын"),
                 QStringLiteral("the short description of the standard")});
}

void Run::checkOked() {
    const QString criterion = QStringLiteral("1.3");
    const QVector<OkedLevel>& levels = okedLevels();
    QString codes[5];
    bool wellFormed[5] = {};
    for (int i = 0; i < levels.size(); ++i) {
        const OkedLevel& level = levels[i];
        const QString prefix = QStringLiteral("passport/oked/") + level.key;
        const QString codeField = prefix + QStringLiteral("/code");
        codes[i] = m_tree.value(m_standard, codeField).trimmed();
        if (codes[i].isEmpty()) {
            add(criterion, Severity::Error, m_standard, codeField, {}, enter(level.codeOf));
        } else if (!ClassifierCodes::hasForm(Classifier::Oked, i + 1, codes[i])) {
            add(criterion, Severity::Error, m_standard, codeField, {},
                correct(level.codeOf, codes[i], level.form));
        } else {
            wellFormed[i] = true;
        }
        requireText(criterion, m_standard, TextField(prefix + QStringLiteral("/name")),
                    level.nameOf);
    }
    // Each narrower code lies in the wider one: division 07 in section B, group 07.1 in
    // division 07, class 07.10 in group 07.1, subclass 07.10.2 in class 07.10.
    for (int i = 1; i < levels.size(); ++i) {
        if (!wellFormed[i] || !wellFormed[i - 1]) continue;
        // The forms checked above make a plain prefix test exact ("07.10" lies in "07.1").
        const bool nested =
            i == 1 ? ClassifierCodes::okedSectionOfDivision(codes[1].toInt()) == codes[0]
                   : codes[i].startsWith(codes[i - 1]);
        if (nested) continue;
        const OkedLevel& level = levels[i];
        const OkedLevel& wider = levels[i - 1];
        const QString codeField =
            QStringLiteral("passport/oked/") + level.key + QStringLiteral("/code");
        add(criterion, Severity::Error, m_standard, codeField, {},
            {upperFirst(level.codeOf.ru) + QLatin1Char(' ') + quoted(codes[i]) +
                 QStringLiteral(" не входит ") + wider.into.ru.arg(quoted(codes[i - 1])) +
                 QStringLiteral(": исправьте один из кодов"),
             level.codeOf.kk.chopped(1) + QLatin1Char(' ') + quoted(codes[i]) + QLatin1Char(' ') +
                 wider.into.kk.arg(quoted(codes[i - 1])) +
                 QStringLiteral(" кірмейді: кодтардың бірін түзетіңіз"),
             upperFirst(level.codeOf.en) + QLatin1Char(' ') + enQuoted(codes[i]) +
                 QStringLiteral(" does not lie ") + wider.into.en.arg(enQuoted(codes[i - 1])) +
                 QStringLiteral(": correct one of the codes")});
    }

    const QString serialField = Field::SerialNumber;
    const QString serial = m_tree.value(m_standard, serialField).trimmed();
    const Words serialWhat{QStringLiteral("порядковый номер стандарта в секции ОКЭД"),
                           QStringLiteral("стандарттың ЭҚЖЖ секциясындағы реттік нөмірін"),
                           QStringLiteral("the standard's serial number within its OKED section")};
    // The official template: the code «is formed when the standard is placed on the digital
    // platform of the National Qualifications System». Nothing for the author to do.
    if (serial.isEmpty())
        add(criterion, Severity::Info, m_standard, serialField, {},
            {QStringLiteral("Порядковый номер стандарта, а с ним и код, присваивается при "
                            "размещении стандарта на цифровой платформе Национальной системы "
                            "квалификаций; до этого его можно не указывать"),
             QStringLiteral("Стандарттың реттік нөмірі, демек коды да, стандарт Ұлттық біліктілік "
                            "жүйесінің цифрлық платформасында орналастырылған кезде беріледі; оған "
                            "дейін оны көрсетпеуге болады"),
             QStringLiteral("The standard's serial number, and with it the code, is assigned when "
                            "the standard is placed on the digital platform of the National "
                            "Qualifications System; until then it may be left empty")});
    else if (!serialNumberPattern().match(serial).hasMatch())
        add(criterion, Severity::Error, m_standard, serialField, {},
            correct(serialWhat, serial,
                    {QStringLiteral("три цифры, например 012"),
                     QStringLiteral("үш цифр, мысалы 012"),
                     QStringLiteral("three digits, e.g. 012")}));
}

void Run::checkCards() {
    const QStringList cards = m_tree.children(m_standard, Role::ProfessionCards);
    if (cards.isEmpty()) {
        add(QStringLiteral("1.5"), Severity::Error, m_standard, Role::ProfessionCards, {},
            {QStringLiteral("Добавьте хотя бы одну карточку профессии"),
             QStringLiteral("Кем дегенде бір кәсіп карточкасын қосыңыз"),
             QStringLiteral("Add at least one profession card")});
        return;
    }

    // The list of cards in the passport is made of each card's NKZ name and ORK level: two
    // cards giving the same line make the list name one profession twice (1.6).
    QHash<QString, int> listLines;
    // The same NKZ occupation in two cards is one profession described twice (2.1).
    QHash<QString, int> occupations;
    const Fields& f = Fields::get();
    for (int c = 0; c < cards.size(); ++c) {
        const QString& card = cards[c];
        PlaceGuard place(m_places, {Place::Card, c, card});
        checkCard(card);

        const Node* n = m_tree.node(card);
        if (!n) continue;
        const QString level = n->values.value(Field::OrkLevel).trimmed();
        QStringList duplicatedIn;
        int firstCard = -1;
        for (const QString& language : {kKk, kRu}) {
            if (!(language == kKk ? m_needKk : m_needRu)) continue;
            const QString name =
                n->values.value(language == kKk ? f.name.kk : f.name.ru).simplified().toLower();
            if (name.isEmpty()) continue;
            const QString line = language + QLatin1Char('|') + level + QLatin1Char('|') + name;
            const auto it = listLines.constFind(line);
            if (it == listLines.constEnd()) {
                listLines.insert(line, c);
            } else {
                duplicatedIn << language;
                firstCard = it.value();
            }
        }
        if (!duplicatedIn.isEmpty()) {
            const QString other = QString::number(firstCard + 1);
            const QString levelRu =
                level.isEmpty() ? QString() : QStringLiteral(" с уровнем ОРК ") + level;
            const QString levelKk = level.isEmpty() ? QString()
                                                    : QStringLiteral(" СБШ-ның ") + level +
                                                          QStringLiteral("-деңгейімен");
            const QString levelEn =
                level.isEmpty() ? QString() : QStringLiteral(" at ORK level ") + level;
            add(QStringLiteral("1.6"), Severity::Error, card, f.name.name,
                duplicatedIn.size() == 1 ? duplicatedIn.first() : QString(),
                {QStringLiteral("профессия") + levelRu +
                     QStringLiteral(
                         " с этим наименованием уже есть в перечне карточек (карточка ") +
                     other +
                     QStringLiteral("); объедините карточки или исправьте наименование "
                                    "или уровень"),
                 QStringLiteral("осы атаумен") + levelKk +
                     QStringLiteral(" кәсіп карточкалар тізбесінде бұрыннан бар (") + other +
                     QStringLiteral("-карточка); карточкаларды біріктіріңіз немесе атауын не "
                                    "деңгейін түзетіңіз"),
                 QStringLiteral("a profession with this name") + levelEn +
                     QStringLiteral(" is already in the list of cards (card ") + other +
                     QStringLiteral("); merge the cards or correct the name or the level")});
        }

        const QString occupation = n->values.value(Field::NkzOccupationCode).trimmed();
        if (occupation.isEmpty()) continue;
        const auto it = occupations.constFind(occupation);
        if (it == occupations.constEnd()) {
            occupations.insert(occupation, c);
            continue;
        }
        const QString otherCard = cards[it.value()];
        const QString other = QString::number(it.value() + 1);
        const bool sameLevel = m_tree.value(otherCard, Field::OrkLevel).trimmed() == level;
        if (sameLevel)
            add(QStringLiteral("2.1"), Severity::Error, card, Field::NkzOccupationCode, {},
                {QStringLiteral("код профессии по НКЗ ") + quoted(occupation) +
                     QStringLiteral(" с тем же уровнем ОРК уже есть в карточке ") + other +
                     QStringLiteral("; у профессии одна карточка, исправьте код или объедините "
                                    "карточки"),
                 QStringLiteral("ҰКЖ бойынша ") + quoted(occupation) +
                     QStringLiteral(" кәсіп коды СБШ-ның сол деңгейімен ") + other +
                     QStringLiteral("-карточкада бұрыннан бар; бір кәсіпке бір карточка, кодты "
                                    "түзетіңіз немесе карточкаларды біріктіріңіз"),
                 QStringLiteral("the NKZ occupation code ") + enQuoted(occupation) +
                     QStringLiteral(" at the same ORK level is already in card ") + other +
                     QStringLiteral("; a profession has one card: correct the code or merge the "
                                    "cards")});
        else
            add(QStringLiteral("2.1"), Severity::Warning, card, Field::NkzOccupationCode, {},
                {QStringLiteral("код профессии по НКЗ ") + quoted(occupation) +
                     QStringLiteral(" указан и в карточке ") + other +
                     QStringLiteral("; проверьте, что карточки описывают разные квалификации"),
                 QStringLiteral("ҰКЖ бойынша ") + quoted(occupation) +
                     QStringLiteral(" кәсіп коды ") + other +
                     QStringLiteral("-карточкада да көрсетілген; карточкалар әртүрлі біліктілікті "
                                    "сипаттайтынын тексеріңіз"),
                 QStringLiteral("the NKZ occupation code ") + enQuoted(occupation) +
                     QStringLiteral(" is also in card ") + other +
                     QStringLiteral("; check that the cards describe different qualifications")});
    }
}

void Run::checkCard(const QString& card) {
    const Fields& f = Fields::get();

    // 2.1, 2.2: the NKZ codes. The occupation code begins with its group's code.
    const QString occupationField = Field::NkzOccupationCode;
    const QString groupField = Field::NkzGroupCode;
    const QString occupation = m_tree.value(card, occupationField).trimmed();
    const QString group = m_tree.value(card, groupField).trimmed();
    const Words occupationWhat{QStringLiteral("код профессии по НКЗ"),
                               QStringLiteral("ҰКЖ бойынша кәсіп кодын"),
                               QStringLiteral("the NKZ occupation code")};
    const Words groupWhat{QStringLiteral("код группы занятий по НКЗ"),
                          QStringLiteral("ҰКЖ бойынша кәсіптер тобының кодын"),
                          QStringLiteral("the NKZ occupation group code")};
    bool occupationWellFormed = false;
    if (occupation.isEmpty()) {
        add(QStringLiteral("2.1"), Severity::Error, card, occupationField, {},
            enter(occupationWhat));
    } else if (!ClassifierCodes::hasForm(Classifier::Nkz, 5, occupation)) {
        add(QStringLiteral("2.1"), Severity::Error, card, occupationField, {},
            correct(occupationWhat, occupation,
                    {QStringLiteral("ХХХХ-Х-ХХХ, например 8342-1-003"),
                     QStringLiteral("ХХХХ-Х-ХХХ, мысалы 8342-1-003"),
                     QStringLiteral("NNNN-N-NNN, e.g. 8342-1-003")}));
    } else {
        occupationWellFormed = true;
    }
    if (group.isEmpty()) {
        add(QStringLiteral("2.2"), Severity::Error, card, groupField, {}, enter(groupWhat));
    } else if (!ClassifierCodes::hasForm(Classifier::Nkz, 4, group)) {
        add(QStringLiteral("2.2"), Severity::Error, card, groupField, {},
            correct(groupWhat, group,
                    {QStringLiteral("четыре цифры, например 8342"),
                     QStringLiteral("төрт цифр, мысалы 8342"),
                     QStringLiteral("four digits, e.g. 8342")}));
    } else if (occupationWellFormed && !occupation.startsWith(group)) {
        add(QStringLiteral("2.2"), Severity::Error, card, groupField, {},
            {QStringLiteral("Код профессии ") + quoted(occupation) +
                 QStringLiteral(" не начинается с кода группы занятий ") + quoted(group) +
                 QStringLiteral("; исправьте один из кодов"),
             quoted(occupation) + QStringLiteral(" кәсіп коды ") + quoted(group) +
                 QStringLiteral(" кәсіптер тобының кодынан басталмайды; кодтардың бірін түзетіңіз"),
             QStringLiteral("The occupation code ") + enQuoted(occupation) +
                 QStringLiteral(" does not begin with the group code ") + enQuoted(group) +
                 QStringLiteral("; correct one of the codes")});
    }

    requireText(QStringLiteral("2.3"), card, f.name,
                {QStringLiteral("наименование профессии по НКЗ"),
                 QStringLiteral("ҰКЖ бойынша кәсіптің атауын"),
                 QStringLiteral("the name of the profession as in NKZ")});

    // 2.8: the ORK level is defined; 2.4: the ORK/NRK level pair (NRK where given).
    const int ork = checkLevel(QStringLiteral("2.8"), card, Field::OrkLevel,
                               {QStringLiteral("уровень квалификации по ОРК"),
                                QStringLiteral("СБШ бойынша біліктілік деңгейін"),
                                QStringLiteral("the qualification level by ORK")},
                               true, Severity::Error);
    const int nrk = checkLevel(QStringLiteral("2.4"), card, Field::NrkLevel,
                               {QStringLiteral("уровень квалификации по НРК"),
                                QStringLiteral("ҰБШ бойынша біліктілік деңгейін"),
                                QStringLiteral("the qualification level by NRK")},
                               true, Severity::Warning);
    // A sectoral level refines a national one (4.2 lies in 4): other pairs are worth a look.
    if (ork > 0 && nrk > 0 && ork != nrk)
        add(QStringLiteral("2.4"), Severity::Warning, card, Field::NrkLevel, {},
            {QStringLiteral("Уровень НРК ") + QString::number(nrk) +
                 QStringLiteral(" не соответствует уровню ОРК ") + QString::number(ork) +
                 QStringLiteral("; проверьте уровни"),
             QStringLiteral("ҰБШ ") + QString::number(nrk) + QStringLiteral("-деңгейі СБШ ") +
                 QString::number(ork) +
                 QStringLiteral("-деңгейіне сәйкес келмейді; деңгейлерді тексеріңіз"),
             QStringLiteral("The NRK level ") + QString::number(nrk) +
                 QStringLiteral(" does not match the ORK level ") + QString::number(ork) +
                 QStringLiteral("; check the levels")});
    completeText(QStringLiteral("2.4"), card, f.tariffQualification,
                 {QStringLiteral("уровень квалификации по ЕТКС, КС или ТКХ"),
                  QStringLiteral("БТБА, БА немесе ҮБС бойынша біліктілік деңгейін"),
                  QStringLiteral("the qualification level by ETKS, KS or TKH")});

    // 2.5: education.
    const QStringList education = m_tree.children(card, Role::Education);
    if (education.isEmpty())
        add(QStringLiteral("2.5"), Severity::Error, card, Role::Education, {},
            {QStringLiteral("Добавьте требуемый уровень профессионального образования"),
             QStringLiteral("Талап етілетін кәсіптік білім деңгейін қосыңыз"),
             QStringLiteral("Add the required level of professional education")});
    for (int i = 0; i < education.size(); ++i) {
        PlaceGuard place(m_places, {Place::Education, i, education[i]});
        requireText(QStringLiteral("2.5"), education[i], f.level,
                    {QStringLiteral("уровень образования"), QStringLiteral("білім деңгейін"),
                     QStringLiteral("the level of education")});
        completeText(QStringLiteral("2.5"), education[i], f.specialty,
                     {QStringLiteral("специальность"), QStringLiteral("мамандықты"),
                      QStringLiteral("the specialty")});
        completeText(QStringLiteral("2.5"), education[i], f.qualification,
                     {QStringLiteral("квалификацию"), QStringLiteral("біліктілікті"),
                      QStringLiteral("the qualification")});
    }
    completeText(QStringLiteral("2.5"), card, f.workExperience,
                 {QStringLiteral("требования к опыту работы"),
                  QStringLiteral("жұмыс тәжірибесіне қойылатын талаптарды"),
                  QStringLiteral("the work experience requirements")});

    requireText(QStringLiteral("2.6"), card, f.nonFormalEducation,
                {QStringLiteral("связь с неформальным и информальным образованием"),
                 QStringLiteral("бейресми және информалдық біліммен байланысын"),
                 QStringLiteral("the link with non-formal and informal education")});

    // 2.7: other names; a profession may have none, so their absence is only worth a look.
    const QStringList otherNames = m_tree.children(card, Role::OtherNames);
    if (otherNames.isEmpty())
        add(QStringLiteral("2.7"), Severity::Warning, card, Role::OtherNames, {},
            {QStringLiteral("Укажите другие возможные наименования профессии, если они есть"),
             QStringLiteral("Кәсіптің басқа да ықтимал атаулары болса, оларды көрсетіңіз"),
             QStringLiteral("Enter other possible names of the profession, if there are any")});
    checkItems(QStringLiteral("2.7"), card, Role::OtherNames, otherNames,
               {QStringLiteral("Другие наименования"), QStringLiteral("Басқа атаулары"),
                QStringLiteral("Other names")});

    requireText(QStringLiteral("2.9"), card, f.mainPurpose,
                {QStringLiteral("основную цель деятельности"),
                 QStringLiteral("қызметтің негізгі мақсатын"),
                 QStringLiteral("the main purpose of the activity")});

    checkFunctions(card);
    // Items 13 and 14 of a card describe what the functions demand; the form has no line of
    // their own, so they are judged with the functions.
    checkItems(QStringLiteral("2.10"), card, Role::PersonalCompetencies,
               m_tree.children(card, Role::PersonalCompetencies),
               {QStringLiteral("Личностные компетенции"), QStringLiteral("Тұлғалық құзыреттер"),
                QStringLiteral("Personal competencies")});
    checkItems(QStringLiteral("2.10"), card, Role::Regulations,
               m_tree.children(card, Role::Regulations),
               {QStringLiteral("Технические регламенты и национальные стандарты"),
                QStringLiteral("Техникалық регламенттер мен ұлттық стандарттар"),
                QStringLiteral("Technical regulations and national standards")});

    requireText(
        QStringLiteral("2.11"), card, f.wholeTaskAssessment,
        {QStringLiteral("комментарий об оценке задачи целиком как отдельного навыка"),
         QStringLiteral("міндетті тұтастай жеке дағды ретінде бағалау туралы түсініктемені"),
         QStringLiteral("the comment on assessing the whole task as a separate skill")});

    // 2.12: links with other professions (the qualification map).
    const QStringList related = m_tree.children(card, Role::RelatedProfessions);
    if (related.isEmpty())
        add(QStringLiteral("2.12"), Severity::Error, card, Role::RelatedProfessions, {},
            {QStringLiteral("Добавьте связи с другими профессиями в рамках ОРК (карту "
                            "профессиональной квалификации)"),
             QStringLiteral("СБШ шеңберінде басқа кәсіптермен байланыстарды (кәсіптік біліктілік "
                            "картасын) қосыңыз"),
             QStringLiteral("Add the links with other professions within the ORK (the professional "
                            "qualification map)")});
    for (int i = 0; i < related.size(); ++i) {
        PlaceGuard place(m_places, {Place::Related, i, related[i]});
        requireText(QStringLiteral("2.12"), related[i], f.name,
                    {QStringLiteral("наименование профессии"), QStringLiteral("кәсіптің атауын"),
                     QStringLiteral("the name of the profession")});
        checkLevel(QStringLiteral("2.12"), related[i], Field::OrkLevel,
                   {QStringLiteral("уровень квалификации по ОРК"),
                    QStringLiteral("СБШ бойынша біліктілік деңгейін"),
                    QStringLiteral("the qualification level by ORK")},
                   true, Severity::Error);
        checkLevel(QStringLiteral("2.12"), related[i], Field::NrkLevel,
                   {QStringLiteral("уровень квалификации по НРК"),
                    QStringLiteral("ҰБШ бойынша біліктілік деңгейін"),
                    QStringLiteral("the qualification level by NRK")},
                   false, Severity::Error);
        const QString code = m_tree.value(related[i], occupationField).trimmed();
        if (!code.isEmpty() && !ClassifierCodes::hasForm(Classifier::Nkz, 5, code))
            add(QStringLiteral("2.12"), Severity::Error, related[i], occupationField, {},
                correct(occupationWhat, code,
                        {QStringLiteral("ХХХХ-Х-ХХХ, например 8342-1-003"),
                         QStringLiteral("ХХХХ-Х-ХХХ, мысалы 8342-1-003"),
                         QStringLiteral("NNNN-N-NNN, e.g. 8342-1-003")}));
    }
}

void Run::checkFunctions(const QString& card) {
    const Fields& f = Fields::get();
    const QString criterion = QStringLiteral("2.10");
    const QStringList functions = m_tree.children(card, Role::LaborFunctions);
    if (functions.isEmpty()) {
        add(criterion, Severity::Error, card, Role::LaborFunctions, {},
            {QStringLiteral("Добавьте трудовые функции профессии"),
             QStringLiteral("Кәсіптің еңбек функцияларын қосыңыз"),
             QStringLiteral("Add the labour functions of the profession")});
        return;
    }
    static const QString kindField = Field::Kind;
    static const QString mandatory = QStringLiteral("mandatory");
    static const QString additional = QStringLiteral("additional");
    static const QString skillsRole = Role::Skills;
    static const QString abilitiesRole = Role::Abilities;
    static const QString knowledgeRole = Role::Knowledge;
    const Words abilitiesList{QStringLiteral("Умения"), QStringLiteral("Машықтар"),
                              QStringLiteral("Abilities")};
    const Words knowledgeList{QStringLiteral("Знания"), QStringLiteral("Білімдер"),
                              QStringLiteral("Knowledge")};
    bool anyMandatory = false;
    for (int i = 0; i < functions.size(); ++i) {
        const Node* function = m_tree.node(functions[i]);
        if (!function) continue;
        PlaceGuard functionPlace(m_places, {Place::Function, i, function->id});
        const QString kind = function->values.value(kindField);
        if (kind == mandatory) {
            anyMandatory = true;
        } else if (kind != additional) {
            add(criterion, Severity::Error, function->id, kindField, {},
                {QStringLiteral("Укажите вид трудовой функции (обязательная или дополнительная)"),
                 QStringLiteral("Еңбек функциясының түрін көрсетіңіз (міндетті немесе қосымша)"),
                 QStringLiteral(
                     "Choose the kind of the labour function (mandatory or additional)")});
        }
        checkText(criterion, *function, f.name,
                  {QStringLiteral("наименование трудовой функции"),
                   QStringLiteral("еңбек функциясының атауын"),
                   QStringLiteral("the name of the labour function")},
                  true, Severity::Error);
        const QStringList& skills = childIds(*function, skillsRole);
        if (skills.isEmpty())
            add(criterion, Severity::Error, function->id, skillsRole, {},
                {QStringLiteral("Добавьте навыки трудовой функции (рекомендуется не менее двух)"),
                 QStringLiteral("Еңбек функциясының дағдыларын қосыңыз (кемінде екеуі ұсынылады)"),
                 QStringLiteral("Add the skills of the labour function (at least two are "
                                "recommended)")});
        else if (skills.size() == 1)
            add(criterion, Severity::Warning, function->id, skillsRole, {},
                {QStringLiteral("Добавьте второй навык (для каждой трудовой функции рекомендуется "
                                "не менее двух навыков)"),
                 QStringLiteral("Екінші дағдыны қосыңыз (әр еңбек функциясы үшін кемінде екі "
                                "дағды ұсынылады)"),
                 QStringLiteral("Add a second skill (at least two skills are recommended for each "
                                "labour function)")});
        for (int s = 0; s < skills.size(); ++s) {
            const Node* skill = m_tree.node(skills[s]);
            if (!skill) continue;
            PlaceGuard skillPlace(m_places, {Place::Skill, s, skill->id});
            checkText(criterion, *skill, f.name,
                      {QStringLiteral("наименование навыка"), QStringLiteral("дағдының атауын"),
                       QStringLiteral("the name of the skill")},
                      true, Severity::Error);
            const QStringList& abilities = childIds(*skill, abilitiesRole);
            if (abilities.isEmpty())
                add(criterion, Severity::Error, skill->id, abilitiesRole, {},
                    {QStringLiteral("Добавьте умения навыка"),
                     QStringLiteral("Дағдының машықтарын қосыңыз"),
                     QStringLiteral("Add the abilities of the skill")});
            checkItems(criterion, skill->id, abilitiesRole, abilities, abilitiesList);
            const QStringList& knowledge = childIds(*skill, knowledgeRole);
            if (knowledge.isEmpty())
                add(criterion, Severity::Error, skill->id, knowledgeRole, {},
                    {QStringLiteral("Добавьте знания навыка"),
                     QStringLiteral("Дағдының білімдерін қосыңыз"),
                     QStringLiteral("Add the knowledge of the skill")});
            checkItems(criterion, skill->id, knowledgeRole, knowledge, knowledgeList);
        }
    }
    if (!anyMandatory)
        add(criterion, Severity::Error, card, Role::LaborFunctions, {},
            {QStringLiteral("Добавьте хотя бы одну обязательную трудовую функцию (её подтверждают "
                            "при признании квалификации)"),
             QStringLiteral("Кем дегенде бір міндетті еңбек функциясын қосыңыз (ол біліктілікті "
                            "тану кезінде расталады)"),
             QStringLiteral("Add at least one mandatory labour function (it is confirmed when a "
                            "qualification is recognised)")});
}

void Run::checkTechnicalData() {
    const Fields& f = Fields::get();

    // 3.1: the state body and its executor.
    const QString stateBodyRole = Role::StateBody;
    const QString stateBody = m_tree.children(m_standard, stateBodyRole).value(0);
    if (!m_tree.node(stateBody))
        add(QStringLiteral("3.1"), Severity::Error, m_standard, stateBodyRole, {},
            {QStringLiteral("Добавьте сведения о государственном органе: наименование, фамилию, "
                            "имя и отчество исполнителя, электронную почту и телефон"),
             QStringLiteral("Мемлекеттік орган туралы мәліметтерді қосыңыз: атауын, орындаушының "
                            "тегін, атын, әкесінің атын, электрондық поштасын және телефонын"),
             QStringLiteral("Add the state body: its name and its executor's full name, e-mail and "
                            "phone")});
    else
        checkOrganization(QStringLiteral("3.1"), stateBody,
                          {QStringLiteral("наименование государственного органа"),
                           QStringLiteral("мемлекеттік органның атауын"),
                           QStringLiteral("the name of the state body")});

    // 3.2: the developers, where there are any; each with complete contacts.
    const QStringList developers = m_tree.children(m_standard, Role::Developers);
    for (int i = 0; i < developers.size(); ++i) {
        PlaceGuard place(m_places, {Place::Developer, i, developers[i]});
        checkOrganization(QStringLiteral("3.2"), developers[i],
                          {QStringLiteral("наименование организации"),
                           QStringLiteral("ұйымның атауын"),
                           QStringLiteral("the name of the organisation")});
    }

    // 3.3: the sectoral council agrees the draft after the National body's conclusion (rules
    // 9-12), so its protocol is only due once the conclusion has a date.
    const QString c33 = QStringLiteral("3.3");
    const QDate conclusion =
        checkDate(c33, m_standard, Field::NationalBodyConclusionDate,
                  {QStringLiteral("Дата заключения Национального органа"),
                   QStringLiteral("Ұлттық орган қорытындысының күні"),
                   QStringLiteral("The date of the National body's conclusion")},
                  true);
    const bool conclusionGiven =
        !m_tree.value(m_standard, Field::NationalBodyConclusionDate).trimmed().isEmpty();
    const Severity councilSeverity = conclusionGiven ? Severity::Error : Severity::Warning;
    requireText(c33, m_standard, f.councilName,
                {QStringLiteral("наименование отраслевого совета"),
                 QStringLiteral("салалық кеңестің атауын"),
                 QStringLiteral("the name of the sectoral council")},
                councilSeverity);
    const QString protocolField = Field::CouncilProtocolDate;
    const Words protocolNoun{QStringLiteral("Дата протокола отраслевого совета"),
                             QStringLiteral("Салалық кеңес хаттамасының күні"),
                             QStringLiteral("The date of the sectoral council's protocol")};
    if (m_tree.value(m_standard, protocolField).trimmed().isEmpty())
        add(c33, councilSeverity, m_standard, protocolField, {},
            enter({QStringLiteral("дату протокола отраслевого совета"),
                   QStringLiteral("салалық кеңес хаттамасының күнін"),
                   QStringLiteral("the date of the sectoral council's protocol")}));
    const QDate protocol = checkDate(c33, m_standard, protocolField, protocolNoun, true);
    if (protocol.isValid() && conclusion.isValid() && protocol < conclusion)
        add(c33, Severity::Warning, m_standard, protocolField, {},
            {QStringLiteral("Дата протокола отраслевого совета ") + protocol.toString(Qt::ISODate) +
                 QStringLiteral(" раньше даты заключения Национального органа ") +
                 conclusion.toString(Qt::ISODate) +
                 QStringLiteral(": отраслевой совет согласует проект после заключения, проверьте "
                                "даты"),
             QStringLiteral("Салалық кеңес хаттамасының күні (") + protocol.toString(Qt::ISODate) +
                 QStringLiteral(") Ұлттық орган қорытындысының күнінен (") +
                 conclusion.toString(Qt::ISODate) +
                 QStringLiteral(") ерте: салалық кеңес жобаны қорытындыдан кейін келіседі, "
                                "күндерді тексеріңіз"),
             QStringLiteral("The date of the sectoral council's protocol (") +
                 protocol.toString(Qt::ISODate) +
                 QStringLiteral(") is before the National body's conclusion (") +
                 conclusion.toString(Qt::ISODate) +
                 QStringLiteral("): the council agrees the draft after the conclusion; check the "
                                "dates")});
    // Atameken's recommendations belong to the same approval procedure.
    checkDate(c33, m_standard, Field::AtamekenRecommendationDate,
              {QStringLiteral("Дата рекомендаций НПП «Атамекен»"),
               QStringLiteral("«Атамекен» ҰКП ұсынымдарының күні"),
               QStringLiteral("The date of Atameken's recommendations")},
              true);

    // 3.4: version and year of release.
    const QString c34 = QStringLiteral("3.4");
    if (isBlank(m_tree.value(m_standard, Field::Version)))
        add(c34, Severity::Error, m_standard, Field::Version, {},
            enter({QStringLiteral("номер версии стандарта"),
                   QStringLiteral("стандарттың нұсқа нөмірін"),
                   QStringLiteral("the version number of the standard")}));
    const QString yearField = Field::ReleaseYear;
    const QString yearText = m_tree.value(m_standard, yearField).trimmed();
    bool yearOk = false;
    const int releaseYear = yearText.toInt(&yearOk);
    const Words yearWhat{QStringLiteral("год выпуска стандарта"),
                         QStringLiteral("стандарттың шығарылған жылын"),
                         QStringLiteral("the year of release of the standard")};
    if (yearText.isEmpty())
        add(c34, Severity::Error, m_standard, yearField, {}, enter(yearWhat));
    else if (!yearOk || releaseYear < 1990 || releaseYear > 2100)
        add(c34, Severity::Error, m_standard, yearField, {},
            correct(yearWhat, yearText,
                    {QStringLiteral("год от 1990 до 2100"),
                     QStringLiteral("1990 жылдан 2100 жылға дейінгі жыл"),
                     QStringLiteral("a year from 1990 to 2100")}));
    const bool haveYear =
        !yearText.isEmpty() && yearOk && releaseYear >= 1990 && releaseYear <= 2100;

    // 3.5: planned update, at least once in three years (rule 16).
    const QString c35 = QStringLiteral("3.5");
    const QString plannedField = Field::PlannedUpdateDate;
    if (m_tree.value(m_standard, plannedField).trimmed().isEmpty())
        add(c35, Severity::Error, m_standard, plannedField, {},
            enter({QStringLiteral("дату ориентировочной актуализации стандарта"),
                   QStringLiteral("стандартты өзектендірудің болжамды күнін"),
                   QStringLiteral("the approximate date of the standard's next update")}));
    const QDate planned = checkDate(c35, m_standard, plannedField,
                                    {QStringLiteral("Дата ориентировочной актуализации"),
                                     QStringLiteral("Өзектендірудің болжамды күні"),
                                     QStringLiteral("The planned update date")},
                                    false);
    if (planned.isValid() && haveYear) {
        const QString date = planned.toString(Qt::ISODate);
        const QString latest = QString::number(releaseYear + 3);
        if (planned.year() > releaseYear + 3)
            add(c35, Severity::Error, m_standard, plannedField, {},
                {QStringLiteral("Дата ориентировочной актуализации ") + date +
                     QStringLiteral(" позже ") + latest +
                     QStringLiteral(
                         " года: стандарт актуализируется не реже одного раза в три года "
                         "(пункт 16 Правил), укажите более раннюю дату"),
                 QStringLiteral("Өзектендірудің болжамды күні (") + date + QStringLiteral(") ") +
                     latest +
                     QStringLiteral(" жылдан кейін: стандарт үш жылда кемінде бір рет "
                                    "өзектендіріледі (Қағидалардың 16-тармағы), ертерек күнді "
                                    "көрсетіңіз"),
                 QStringLiteral("The planned update date (") + date +
                     QStringLiteral(") is after ") + latest +
                     QStringLiteral(": a standard is updated at least once in three years (rule "
                                    "16); enter an earlier date")});
        else if (planned.year() < releaseYear)
            add(c35, Severity::Error, m_standard, plannedField, {},
                {QStringLiteral("Дата ориентировочной актуализации ") + date +
                     QStringLiteral(" раньше года выпуска ") + yearText +
                     QStringLiteral(": исправьте дату"),
                 QStringLiteral("Өзектендірудің болжамды күні (") + date +
                     QStringLiteral(") шығарылған жылдан (") + yearText +
                     QStringLiteral(") ерте: күнді түзетіңіз"),
                 QStringLiteral("The planned update date (") + date +
                     QStringLiteral(") is before the year of release (") + yearText +
                     QStringLiteral("): correct the date")});
    }
}

void Run::checkExtraSections() {
    // Further chapters and appendices are part of the standard's text; the form has no line of
    // their own, so they are judged with the description of the standard (1.4).
    const Fields& f = Fields::get();
    const QString criterion = QStringLiteral("1.4");
    const QStringList sections = m_tree.children(m_standard, Role::ExtraSections);
    for (int i = 0; i < sections.size(); ++i) {
        PlaceGuard place(m_places, {Place::Section, i, sections[i]});
        requireText(criterion, sections[i], f.title,
                    {QStringLiteral("наименование главы или приложения"),
                     QStringLiteral("тараудың немесе қосымшаның атауын"),
                     QStringLiteral("the title of the chapter or appendix")});
        checkItems(criterion, sections[i], Role::Paragraphs,
                   m_tree.children(sections[i], Role::Paragraphs),
                   {QStringLiteral("Текст"), QStringLiteral("Мәтін"), QStringLiteral("Text")});
    }
}

void Run::checkConclusion() {
    // The examination behind a conclusion on file has taken place.
    checkDate(QStringLiteral("3.3"), m_tree.rootId, Field::ExaminationDate,
              {QStringLiteral("Дата экспертизы"), QStringLiteral("Сараптама күні"),
               QStringLiteral("The examination date")},
              true);
}

} // namespace

Findings Validator::validate(const DocumentTree& tree, const QDate& today) const {
    return Run(tree, today).validate();
}

int Validator::errorCount(const Findings& findings) {
    int count = 0;
    for (const Finding& finding : findings)
        if (finding.severity == Severity::Error) ++count;
    return count;
}

int Validator::warningCount(const Findings& findings) {
    int count = 0;
    for (const Finding& finding : findings)
        if (finding.severity == Severity::Warning) ++count;
    return count;
}

} // namespace kasibi
