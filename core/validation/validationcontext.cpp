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
                            const QString& field, const QString& language, const Phrase& message) {
    Finding finding;
    finding.criterion = criterion;
    finding.severity = severity;
    finding.path = tree.jsonPointer(id, field);
    finding.elementId = id;
    finding.field = field;
    finding.language = language;
    if (places.isEmpty()) {
        finding.message = message;
    } else {
        for (const Place& place : places)
            finding.place << placeName(place);
        finding.message = {withPlace(finding, message.kk, QStringLiteral("kk")),
                           withPlace(finding, message.ru, QStringLiteral("ru")),
                           withPlace(finding, message.en, QStringLiteral("en"))};
        finding.instruction = message;
    }
    findings << finding;
}

Phrase ValidationContext::placeName(const Place& place) const {
    const Phrase number = Phrase::same(QString::number(place.index + 1));
    switch (place.kind) {
    case Place::Card: {
        // The card's name in each language, or in the other one where it is not written.
        const LocalizedText name = tree.text(place.nodeId, Field::Name);
        const QString kk = (isBlank(name.kk) ? name.ru : name.kk).trimmed();
        const QString ru = (isBlank(name.ru) ? name.kk : name.ru).trimmed();
        if (isBlank(kk)) return fill(Phrases::CardNumber, {number});
        return fill(Phrases::CardNamed, {Phrase::inQuotes(Phrase{kk, ru, ru})});
    }
    case Place::Function:
        return fill(Phrases::FunctionNumber, {number});
    case Place::Skill:
        return fill(Phrases::SkillNumber, {number});
    case Place::Term:
        return fill(Phrases::TermNumber, {number});
    case Place::Abbreviation:
        return fill(Phrases::AbbreviationNumber, {number});
    case Place::Education:
        return fill(Phrases::EducationNumber, {number});
    case Place::Related:
        return fill(Phrases::RelatedNumber, {number});
    case Place::Developer:
        return fill(Phrases::DeveloperNumber, {number});
    case Place::Section:
        return fill(Phrases::SectionNumber, {number});
    }
    return {};
}

QString ValidationContext::withPlace(const Finding& finding, const QString& message,
                                     const QString& language) {
    return upperFirst(finding.placeIn(language).join(QStringLiteral(", "))) + QStringLiteral(": ") +
           lowerFirst(message);
}

Phrase ValidationContext::enter(const Phrase& what) {
    return fill(Phrases::Enter, {what});
}

Phrase ValidationContext::enterIn(const Phrase& what, const QString& language) {
    return fill(language == kKk ? Phrases::EnterInKazakh : Phrases::EnterInRussian, {what});
}

Phrase ValidationContext::correct(const Phrase& what, const QString& value, const Phrase& form) {
    return fill(Phrases::Correct, {what, Phrase::inQuotes(value), form});
}

void ValidationContext::requireText(const QString& criterion, const QString& id,
                                    const TextField& field, const Phrase& what, Severity severity) {
    checkText(criterion, id, field, what, true, severity);
}

void ValidationContext::completeText(const QString& criterion, const QString& id,
                                     const TextField& field, const Phrase& what) {
    checkText(criterion, id, field, what, false, Severity::Error);
}

void ValidationContext::checkText(const QString& criterion, const QString& id,
                                  const TextField& field, const Phrase& what, bool required,
                                  Severity severity) {
    if (const Node* n = tree.node(id)) checkText(criterion, *n, field, what, required, severity);
}

void ValidationContext::checkText(const QString& criterion, const Node& n, const TextField& field,
                                  const Phrase& what, bool required, Severity severity) {
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
                                   const Phrase& listName) {
    if (m_listsWithGaps.isEmpty() || !m_listsWithGaps.contains(listKey(parentId, role))) return;
    const TextField& field = Fields::get().text;
    for (int i = 0; i < ids.size(); ++i) {
        const Node* n = tree.node(ids[i]);
        if (!n) continue;
        const bool kkMissing = missing(*n, field.kk);
        const bool ruMissing = missing(*n, field.ru);
        if (!kkMissing && !ruMissing) continue;
        const Phrase line = Phrase::same(QString::number(i + 1));
        const Phrase list = Phrase::inQuotes(listName);
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
                                   const QString& field, const Phrase& noun, bool past) {
    const QString value = tree.value(id, field).trimmed();
    if (value.isEmpty()) return {};
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid()) {
        add(criterion, Severity::Error, id, field, {},
            fill(Phrases::NotADate, {noun, Phrase::inQuotes(value)}));
        return {};
    }
    if (past && today.isValid() && date > today) {
        add(criterion, Severity::Error, id, field, {},
            fill(Phrases::DateInFuture, {noun, Phrase::same(value)}));
    }
    return date;
}

void ValidationContext::checkOrganization(const QString& criterion, const QString& id,
                                          const Phrase& nameWhat) {
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
            fill(Phrases::CorrectEmail, {Phrase::inQuotes(email)}));
    const QString phone = tree.value(id, Field::ContactPhone).trimmed();
    if (phone.isEmpty())
        add(criterion, Severity::Error, id, Field::ContactPhone, {}, enter(Phrases::ExecutorPhone));
    else if (!plausiblePhone(phone))
        add(criterion, Severity::Error, id, Field::ContactPhone, {},
            fill(Phrases::CorrectPhone, {Phrase::inQuotes(phone)}));
}

int ValidationContext::checkLevel(const QString& criterion, const QString& id, const QString& field,
                                  const Phrase& what, bool required, Severity missingSeverity) {
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
