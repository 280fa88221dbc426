#include "core/classifier/classifiercheck.h"

#include "core/classifier/classifiercodes.h"
#include "core/classifier/classifierstore.h"
#include "core/model/phrase.h"
#include "core/model/schema.h"
#include "core/validation/validator.h"

#include <array>

namespace kasibi {

namespace {

const std::array<const char*, 5> kOkedKeys = {"section", "division", "group", "class", "subclass"};

// The level's name, in the nominative, as the Rules and the classifiers call it.
Phrase levelWords(Classifier classifier, int level) {
    static const Phrase oked[] = {
        {QStringLiteral("секция"), QStringLiteral("секция"), QStringLiteral("section")},
        {QStringLiteral("бөлім"), QStringLiteral("раздел"), QStringLiteral("division")},
        {QStringLiteral("топ"), QStringLiteral("группа"), QStringLiteral("group")},
        {QStringLiteral("сынып"), QStringLiteral("класс"), QStringLiteral("class")},
        {QStringLiteral("сыныпша"), QStringLiteral("подкласс"), QStringLiteral("subclass")}};
    static const Phrase nkz[] = {
        {QStringLiteral("негізгі топ"), QStringLiteral("основная группа"),
         QStringLiteral("major group")},
        {QStringLiteral("топша"), QStringLiteral("подгруппа"), QStringLiteral("sub-major group")},
        {QStringLiteral("шағын топ"), QStringLiteral("малая группа"),
         QStringLiteral("minor group")},
        {QStringLiteral("кәсіптер тобы"), QStringLiteral("группа занятий"),
         QStringLiteral("unit group")},
        {QStringLiteral("кәсіп"), QStringLiteral("занятие"), QStringLiteral("occupation")}};
    return classifier == Classifier::Oked ? oked[level - 1] : nkz[level - 1];
}

Phrase classifierWords(Classifier classifier) {
    return classifier == Classifier::Oked
               ? Phrase{QStringLiteral("ЭҚЖЖ"), QStringLiteral("ОКЭД"), QStringLiteral("OKED")}
               : Phrase{QStringLiteral("ҰКЖ"), QStringLiteral("НКЗ"), QStringLiteral("NKZ")};
}

class Run {
public:
    Run(const ClassifierStore& store, const DocumentTree& tree) : m_store(store), m_tree(tree) {}

    QVector<ClassifierCheck::Outcome> run() {
        m_standard = m_tree.standardId();
        if (m_standard.isEmpty()) return {};
        checkOked();
        checkNkz();
        return m_outcomes;
    }

private:
    struct Reference {
        QString criterion; // of the code
        QString elementId;
        QString codeField;
        QString nameField; // "" when the document keeps no name beside this code
        int level = 0;
        QString nameCriterion; // of the name; the code's when empty
    };

    void checkOked() {
        for (int level = 1; level <= 5; ++level) {
            const QString prefix =
                QStringLiteral("passport/oked/") + QLatin1String(kOkedKeys[level - 1]);
            check(Classifier::Oked,
                  {QStringLiteral("1.3"), m_standard, prefix + QStringLiteral("/code"),
                   prefix + QStringLiteral("/name"), level});
        }
    }

    void checkNkz() {
        for (const QString& card : m_tree.children(m_standard, Role::ProfessionCards)) {
            check(Classifier::Nkz, {QStringLiteral("2.2"), card, Field::NkzGroupCode, {}, 4});
            check(Classifier::Nkz, {QStringLiteral("2.1"), card, Field::NkzOccupationCode,
                                    Field::Name, 5, QStringLiteral("2.3")});
            // Item 15: the professions a worker moves on to are NKZ occupations too.
            for (const QString& related : m_tree.children(card, Role::RelatedProfessions))
                check(Classifier::Nkz,
                      {QStringLiteral("2.12"), related, Field::NkzOccupationCode, Field::Name, 5});
        }
    }

    const ClassifierEdition* edition(Classifier classifier) {
        auto& slot = m_editions[int(classifier)];
        if (!slot) {
            Result<ClassifierEdition> inUse = m_store.editionInUse(classifier);
            slot = inUse ? std::optional<ClassifierEdition>(inUse.value())
                         : std::optional<ClassifierEdition>(ClassifierEdition{});
        }
        return slot->name.isEmpty() ? nullptr : &*slot;
    }

    void check(Classifier classifier, const Reference& reference) {
        const QString code = m_tree.value(reference.elementId, reference.codeField).trimmed();
        // An empty or malformed code is reported by Validator; there is nothing to look up.
        if (code.isEmpty() || ClassifierCodes::level(classifier, code) != reference.level) return;
        const Phrase what = classifierWords(classifier);
        const Phrase level = levelWords(classifier, reference.level);
        const ClassifierEdition* inUse = edition(classifier);
        if (!inUse || inUse->deepestLevel < reference.level) {
            // Said once per classifier: every deeper code is unchecked for the same reason.
            if (m_unreachableSaid[int(classifier)]) return;
            m_unreachableSaid[int(classifier)] = true;
            const auto name = [inUse](const char* language) {
                return inUse ? inUse->title(QLatin1String(language)) : QString();
            };
            add(reference, reference.codeField, {}, Severity::Warning,
                {what.kk + QLatin1Char(' ') + quoted(name("kk")) + QStringLiteral(" редакциясы ") +
                     quoted(level.kk) + QStringLiteral(" деңгейіне жетпейді: ") + quoted(code) +
                     QStringLiteral(" коды және одан төменгі кодтар сыныптауыш бойынша "
                                    "тексерілмеді; ") +
                     what.kk + QStringLiteral(" толық редакциясын жүктеңіз"),
                 QStringLiteral("Редакция ") + what.ru + QLatin1Char(' ') + quoted(name("ru")) +
                     QStringLiteral(" не доходит до уровня ") + quoted(level.ru) +
                     QStringLiteral(": код ") + quoted(code) +
                     QStringLiteral(" и коды ниже не проверены по классификатору; загрузите "
                                    "полную редакцию ") +
                     what.ru,
                 QStringLiteral("The ") + what.en + QStringLiteral(" edition ") +
                     enQuoted(name("en")) + QStringLiteral(" does not reach the ") + level.en +
                     QStringLiteral(" level: the code ") + enQuoted(code) +
                     QStringLiteral(" and the codes below it are not checked against the "
                                    "classifier; load a full ") +
                     what.en + QStringLiteral(" edition")},
                std::nullopt);
            m_outcomes.last().finding.aboutTheCheck = true;
            return;
        }
        Result<std::optional<ClassifierEntry>> found = m_store.entry(classifier, code);
        if (!found) return; // the store failed to answer: claim nothing about the standard
        if (!found.value()) {
            add(reference, reference.codeField, {}, Severity::Error,
                {quoted(code) + QStringLiteral(" коды (") + level.kk + QStringLiteral(") ") +
                     what.kk + QStringLiteral(" ") + quoted(inUse->title(QStringLiteral("kk"))) +
                     QStringLiteral(" редакциясында табылмады: кодты тексеріңіз"),
                 QStringLiteral("Код ") + quoted(code) + QStringLiteral(" (") + level.ru +
                     QStringLiteral(") не найден в ") + what.ru + QStringLiteral(", редакция ") +
                     quoted(inUse->title(QStringLiteral("ru"))) + QStringLiteral(": проверьте код"),
                 QStringLiteral("The code ") + enQuoted(code) + QStringLiteral(" (") + level.en +
                     QStringLiteral(") is not in ") + what.en + QStringLiteral(", edition ") +
                     enQuoted(inUse->title(QStringLiteral("en"))) +
                     QStringLiteral(": check the code")},
                std::nullopt);
            // The remark on the standard names the classifier, not the edition it was checked in.
            remark({quoted(code) + QStringLiteral(" коды (") + level.kk + QStringLiteral(") ") +
                        what.kk + QStringLiteral(" бойынша табылмады: кодты тексеріңіз"),
                    QStringLiteral("Код ") + quoted(code) + QStringLiteral(" (") + level.ru +
                        QStringLiteral(") не найден в ") + what.ru +
                        QStringLiteral(": проверьте код")});
            return;
        }
        // The built-in editions' names are not all the official wording (see
        // resources/classifiers/README.md): names are compared with loaded editions only.
        if (reference.nameField.isEmpty() || inUse->builtIn) return;
        const ClassifierEntry& entry = *found.value();
        const QString criterion =
            reference.nameCriterion.isEmpty() ? reference.criterion : reference.nameCriterion;
        for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            const QString official = entry.name(language);
            const QString written =
                m_tree.value(reference.elementId, reference.nameField, language).simplified();
            // An empty name is Validator's finding; an edition without this language has
            // nothing to say.
            if (official.isEmpty() || written.isEmpty() || written == official) continue;
            Reference named = reference;
            named.criterion = criterion;
            add(named, reference.nameField, language, Severity::Warning,
                {QStringLiteral("Атауы ") + quoted(code) + QStringLiteral(" коды бойынша ") +
                     what.kk + QStringLiteral(" (") + quoted(inUse->title(QStringLiteral("kk"))) +
                     QStringLiteral(" редакциясы) атауынан өзгеше: онда ") + quoted(official),
                 QStringLiteral("Наименование отличается от ") + what.ru +
                     QStringLiteral(" (редакция ") + quoted(inUse->title(QStringLiteral("ru"))) +
                     QStringLiteral(") для кода ") + quoted(code) + QStringLiteral(": там ") +
                     quoted(official),
                 QStringLiteral("The name differs from ") + what.en + QStringLiteral(" (edition ") +
                     enQuoted(inUse->title(QStringLiteral("en"))) +
                     QStringLiteral(") for the code ") + enQuoted(code) +
                     QStringLiteral(": it reads ") + enQuoted(official)},
                ClassifierFix{reference.elementId, reference.nameField, language, official});
            remark({QStringLiteral("Атауы ") + quoted(code) + QStringLiteral(" коды бойынша ") +
                        what.kk + QStringLiteral(" атауынан өзгеше: онда ") + quoted(official),
                    QStringLiteral("Наименование отличается от ") + what.ru +
                        QStringLiteral(" для кода ") + quoted(code) + QStringLiteral(": там ") +
                        quoted(official)});
        }
    }

    void add(const Reference& reference, const QString& field, const QString& language,
             Severity severity, const Phrase& message, std::optional<ClassifierFix> fix) {
        Finding finding;
        finding.criterion = reference.criterion;
        finding.severity = severity;
        finding.path = m_tree.jsonPointer(reference.elementId, field);
        finding.elementId = reference.elementId;
        finding.field = field;
        finding.language = language;
        finding.message = message;
        m_outcomes << ClassifierCheck::Outcome{finding, std::move(fix)};
    }

    // The last finding's wording as a remark of the conclusion (Kazakh and Russian).
    void remark(const Phrase& words) { m_outcomes.last().finding.remark = words; }

    const ClassifierStore& m_store;
    const DocumentTree& m_tree;
    QString m_standard;
    std::optional<ClassifierEdition> m_editions[2];
    bool m_unreachableSaid[2] = {false, false};
    QVector<ClassifierCheck::Outcome> m_outcomes;
};

} // namespace

QVector<ClassifierCheck::Outcome> ClassifierCheck::check(const DocumentTree& tree) const {
    return Run(m_store, tree).run();
}

Findings ClassifierCheck::findingsOf(const QVector<Outcome>& outcomes) {
    Findings findings;
    findings.reserve(outcomes.size());
    for (const Outcome& outcome : outcomes)
        findings << outcome.finding;
    return findings;
}

Findings ClassifierCheck::withValidation(const DocumentTree& tree, const ClassifierStore* store) {
    Findings findings = Validator().validate(tree);
    if (store) findings += findingsOf(ClassifierCheck(*store).check(tree));
    return findings;
}

} // namespace kasibi
