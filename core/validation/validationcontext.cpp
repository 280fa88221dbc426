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
    const Words number = Words::same(QString::number(place.index + 1));
    switch (place.kind) {
    case Place::Card: {
        const LocalizedText name = tree.text(place.nodeId, Field::Name);
        QString wording = language == kKk ? name.kk : name.ru;
        if (isBlank(wording)) wording = language == kKk ? name.ru : name.kk;
        if (isBlank(wording)) return fill(Phrases::CardNumber, {number}).in(language);
        return fill(Phrases::CardNamed, {Words::inQuotes(wording.trimmed())}).in(language);
    }
    case Place::Function:
        return fill(Phrases::FunctionNumber, {number}).in(language);
    case Place::Skill:
        return fill(Phrases::SkillNumber, {number}).in(language);
    case Place::Term:
        return fill(Phrases::TermNumber, {number}).in(language);
    case Place::Abbreviation:
        return fill(Phrases::AbbreviationNumber, {number}).in(language);
    case Place::Education:
        return fill(Phrases::EducationNumber, {number}).in(language);
    case Place::Related:
        return fill(Phrases::RelatedNumber, {number}).in(language);
    case Place::Developer:
        return fill(Phrases::DeveloperNumber, {number}).in(language);
    case Place::Section:
        return fill(Phrases::SectionNumber, {number}).in(language);
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
    return fill(Phrases::Enter, {what});
}

Words ValidationContext::enterIn(const Words& what, const QString& language) {
    return fill(language == kKk ? Phrases::EnterInKazakh : Phrases::EnterInRussian, {what});
}

Words ValidationContext::correct(const Words& what, const QString& value, const Words& form) {
    return fill(Phrases::Correct, {what, Words::inQuotes(value), form});
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
        const Words line = Words::same(QString::number(i + 1));
        const Words list = Words::inQuotes(listName);
        if (kkMissing && ruMissing) {
            add(criterion, Severity::Error, ids[i], field.name, {},
                fill(Phrases::FillInLine, {line, list}));
            continue;
        }
        if (needKk && kkMissing)
            add(criterion, Severity::Error, ids[i], field.name, kKk,
                fill(Phrases::FillInLineInKazakh, {line, list}));
        if (needRu && ruMissing)
            add(criterion, Severity::Error, ids[i], field.name, kRu,
                fill(Phrases::FillInLineInRussian, {line, list}));
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
            fill(Phrases::NotADate, {noun, Words::inQuotes(value)}));
        return {};
    }
    if (past && today.isValid() && date > today) {
        add(criterion, Severity::Error, id, field, {},
            fill(Phrases::DateInFuture, {noun, Words::same(value)}));
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
            fill(Phrases::CorrectEmail, {Words::inQuotes(email)}));
    const QString phone = tree.value(id, Field::ContactPhone).trimmed();
    if (phone.isEmpty())
        add(criterion, Severity::Error, id, Field::ContactPhone, {}, enter(Phrases::ExecutorPhone));
    else if (!plausiblePhone(phone))
        add(criterion, Severity::Error, id, Field::ContactPhone, {},
            fill(Phrases::CorrectPhone, {Words::inQuotes(phone)}));
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
