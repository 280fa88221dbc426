#include "core/validation/validationcontext.h"

#include "core/model/schema.h"
#include "core/validation/validationphrases.h"

namespace kasibi::validation {

bool ValidationContext::begin() {
    standard = tree.standardId();
    if (!tree.node(standard)) {
        add(QStringLiteral("1.1"), Severity::Error, tree.rootId, Role::Standard, {},
            Phrases::DocumentHoldsNoProfessionalStandard);
        return false;
    }
    const QString languages = tree.value(standard, Field::Languages);
    if (!languages.trimmed().isEmpty()) {
        const QStringList list = languages.split(QLatin1Char(','), Qt::SkipEmptyParts);
        needKk = list.contains(kKk);
        needRu = list.contains(kRu);
        if (!needKk && !needRu) needKk = needRu = true;
    }
    findListsWithGaps();
    return true;
}

void ValidationContext::add(const QString& criterion, Severity severity, const QString& id,
                            const QString& field, const QString& language, const Words& message) {
    Finding finding;
    finding.criterion = criterion;
    finding.severity = severity;
    finding.path = tree.jsonPointer(id, field);
    finding.elementId = id;
    finding.field = field;
    finding.language = language;
    finding.messageRu = withPlace(message.ru, QStringLiteral("ru"));
    finding.messageKk = withPlace(message.kk, QStringLiteral("kk"));
    finding.messageEn = withPlace(message.en, QStringLiteral("en"));
    if (!places.isEmpty()) {
        finding.instructionRu = message.ru;
        finding.instructionKk = message.kk;
        finding.instructionEn = message.en;
        finding.placeRu = placeNames(QStringLiteral("ru"));
        finding.placeKk = placeNames(QStringLiteral("kk"));
        finding.placeEn = placeNames(QStringLiteral("en"));
    }
    findings << finding;
}

QString ValidationContext::placeName(const Place& place, const QString& language) const {
    const QString n = QString::number(place.index + 1);
    switch (place.kind) {
    case Place::Card: {
        const LocalizedText name = tree.text(place.nodeId, Field::Name);
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
        return language == kKk
                   ? QString(QStringLiteral("білімге қойылатын ") + n + QStringLiteral("-талап"))
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
        return language == kKk   ? n + QStringLiteral("-қосымша бөлім")
               : language == kRu ? QStringLiteral("дополнительный раздел ") + n
                                 : QStringLiteral("extra section ") + n;
    }
    return {};
}

QStringList ValidationContext::placeNames(const QString& language) const {
    QStringList parts;
    for (const Place& place : places)
        parts << placeName(place, language);
    return parts;
}

QString ValidationContext::withPlace(const QString& message, const QString& language) const {
    if (places.isEmpty()) return message;
    return upperFirst(placeNames(language).join(QStringLiteral(", "))) + QStringLiteral(": ") +
           lowerFirst(message);
}

Words ValidationContext::enter(const Words& what) {
    return {QStringLiteral("Укажите ") + what.ru, what.kk + QStringLiteral(" көрсетіңіз"),
            QStringLiteral("Enter ") + what.en};
}

Words ValidationContext::enterIn(const Words& what, const QString& language) {
    const bool kk = language == kKk;
    return {QStringLiteral("Укажите ") + what.ru +
                (kk ? QStringLiteral(" на казахском языке") : QStringLiteral(" на русском языке")),
            what.kk + (kk ? QStringLiteral(" қазақ тілінде") : QStringLiteral(" орыс тілінде")) +
                QStringLiteral(" көрсетіңіз"),
            QStringLiteral("Enter ") + what.en +
                (kk ? QStringLiteral(" in Kazakh") : QStringLiteral(" in Russian"))};
}

Words ValidationContext::correct(const Words& what, const QString& value, const Words& form) {
    return {QStringLiteral("Исправьте ") + what.ru + QLatin1Char(' ') + quoted(value) +
                QStringLiteral(" (формат: ") + form.ru + QLatin1Char(')'),
            what.kk + QStringLiteral(" (") + quoted(value) +
                QStringLiteral(") түзетіңіз (пішімі: ") + form.kk + QLatin1Char(')'),
            QStringLiteral("Correct ") + what.en + QLatin1Char(' ') + enQuoted(value) +
                QStringLiteral(" (format: ") + form.en + QLatin1Char(')')};
}

void ValidationContext::requireText(const QString& criterion, const QString& id,
                                    const TextField& field, const Words& what, Severity severity) {
    checkText(criterion, id, field, what, true, severity);
}

void ValidationContext::completeText(const QString& criterion, const QString& id,
                                     const TextField& field, const Words& what) {
    checkText(criterion, id, field, what, false, Severity::Error);
}

void ValidationContext::checkText(const QString& criterion, const QString& id,
                                  const TextField& field, const Words& what, bool required,
                                  Severity severity) {
    if (const Node* n = tree.node(id)) checkText(criterion, *n, field, what, required, severity);
}

void ValidationContext::checkText(const QString& criterion, const Node& n, const TextField& field,
                                  const Words& what, bool required, Severity severity) {
    const bool kkMissing = missing(n, field.kk);
    const bool ruMissing = missing(n, field.ru);
    if (kkMissing && ruMissing) {
        if (required) add(criterion, severity, n.id, field.name, {}, enter(what));
        return;
    }
    if (needKk && kkMissing)
        add(criterion, Severity::Error, n.id, field.name, kKk, enterIn(what, kKk));
    if (needRu && ruMissing)
        add(criterion, Severity::Error, n.id, field.name, kRu, enterIn(what, kRu));
}

void ValidationContext::checkItems(const QString& criterion, const QString& parentId,
                                   const QString& role, const QStringList& ids,
                                   const Words& listName) {
    if (m_listsWithGaps.isEmpty() || !m_listsWithGaps.contains(listKey(parentId, role))) return;
    const TextField& field = Fields::get().text;
    for (int i = 0; i < ids.size(); ++i) {
        const Node* n = tree.node(ids[i]);
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
            const bool needed = language == kKk ? needKk : needRu;
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

QString ValidationContext::listKey(const QString& parentId, const QString& role) {
    return parentId + QLatin1Char('\n') + role;
}

void ValidationContext::findListsWithGaps() {
    for (const Node& n : tree.nodes) {
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

QDate ValidationContext::checkDate(const QString& criterion, const QString& id,
                                   const QString& field, const Words& noun, bool past) {
    const QString value = tree.value(id, field).trimmed();
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
    if (past && today.isValid() && date > today) {
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

void ValidationContext::checkOrganization(const QString& criterion, const QString& id,
                                          const Words& nameWhat) {
    const Fields& f = Fields::get();
    requireText(criterion, id, f.name, nameWhat);
    const QString fullName = tree.value(id, Field::ContactFullName);
    if (isBlank(fullName))
        add(criterion, Severity::Error, id, Field::ContactFullName, {},
            enter(Phrases::ExecutorFullName));
    completeText(criterion, id, f.position, Phrases::ExecutorPosition);
    const QString email = tree.value(id, Field::ContactEmail).trimmed();
    if (email.isEmpty())
        add(criterion, Severity::Error, id, Field::ContactEmail, {}, enter(Phrases::ExecutorMail));
    else if (!emailPattern().match(email).hasMatch())
        add(criterion, Severity::Error, id, Field::ContactEmail, {},
            {QStringLiteral("Исправьте адрес электронной почты ") + quoted(email) +
                 QStringLiteral(" (пример: name@example.kz)"),
             quoted(email) + QStringLiteral(" электрондық пошта мекенжайын түзетіңіз (үлгі: "
                                            "name@example.kz)"),
             QStringLiteral("Correct the e-mail address ") + enQuoted(email) +
                 QStringLiteral(" (example: name@example.kz)")});
    const QString phone = tree.value(id, Field::ContactPhone).trimmed();
    if (phone.isEmpty())
        add(criterion, Severity::Error, id, Field::ContactPhone, {}, enter(Phrases::ExecutorPhone));
    else if (!plausiblePhone(phone))
        add(criterion, Severity::Error, id, Field::ContactPhone, {},
            {QStringLiteral("Исправьте номер телефона ") + quoted(phone) +
                 QStringLiteral(" (нужны знак + и от 10 до 15 цифр, например +7 7172 12-34-56)"),
             quoted(phone) + QStringLiteral(" телефон нөмірін түзетіңіз (+ белгісі және 10-нан "
                                            "15-ке дейін цифр қажет, мысалы +7 7172 "
                                            "12-34-56)"),
             QStringLiteral("Correct the phone number ") + enQuoted(phone) +
                 QStringLiteral(" (it needs a + and 10 to 15 digits, e.g. +7 7172 12-34-56)")});
}

int ValidationContext::checkLevel(const QString& criterion, const QString& id, const QString& field,
                                  const Words& what, bool required, Severity missingSeverity) {
    const QString value = tree.value(id, field).trimmed();
    if (value.isEmpty()) {
        if (required) add(criterion, missingSeverity, id, field, {}, enter(what));
        return 0;
    }
    if (!levelPattern().match(value).hasMatch()) {
        add(criterion, Severity::Error, id, field, {},
            correct(what, value, Phrases::LevelFromSublevelWhereNeeded));
        return 0;
    }
    return value.left(1).toInt();
}

} // namespace kasibi::validation
