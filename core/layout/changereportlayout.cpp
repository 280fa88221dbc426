#include "core/layout/changereportlayout.h"

#include "core/model/fieldterm.h"
#include "core/model/phrase.h"

#include "core/lifecycle/changesignificance.h"
#include "core/model/schema.h"

#include <algorithm>

namespace kasibi {

namespace {

const Phrase kTitle{"Кәсіптік стандарттағы өзгерістер туралы есеп",
                    "Отчет об изменениях профессионального стандарта"};
const Phrase kStandard{"«%1» кәсіптік стандарты", "Профессиональный стандарт «%1»"};
const Phrase kStates{"Салыстырылатын редакциялар", "Сравниваемые редакции"};
const Phrase kOlder{"Бұрынғы редакция", "Прежняя редакция"};
const Phrase kNewer{"Жаңа редакция", "Новая редакция"};
const Phrase kSignificance{"Өзгерістердің маңыздылығы", "Значимость изменений"};
const Phrase kSignificant{"Өзгеріс маңызды (Қағидалардың 17-тармағы).",
                          "Изменение значимое (пункт 17 Правил)."};
const Phrase kInsignificant{"Өзгеріс маңызды емес (Қағидалардың 18-тармағы).",
                            "Изменение незначимое (пункт 18 Правил)."};
const Phrase kReasonSignificant{
    "Кәсіптер карточкаларының мазмұны өзгертілді (%1: %2). Кәсіптік стандарт Қағидалардың "
    "2-тарауында белгіленген келісу және бекіту рәсімінен толық көлемде өтеді.",
    "Изменено содержание карточек профессий (%1: %2). Профессиональный стандарт проходит "
    "процедуру согласования и утверждения, установленную главой 2 Правил, в полном объеме."};
const Phrase kReasonTypos{
    "Кәсіптер карточкаларында тек жазу қателері түзетілді (%1), карточкалардың мазмұны "
    "өзгерген жоқ.",
    "Исправлены только опечатки в карточках профессий (%1), содержание карточек не изменилось."};
const Phrase kReasonOutside{"Кәсіптер карточкаларының мазмұны өзгерген жоқ.",
                            "Содержание карточек профессий не изменилось."};
const Phrase kNoChanges{"Өзгерістер жоқ.", "Изменений нет."};
const Phrase kChanges{"Өзгерістер (%1)", "Изменения (%1)"};
const Phrase kColumns[] = {{"№", "№"},
                           {"Стандарттағы орны", "Место в стандарте"},
                           {"Өзгеріс", "Изменение"},
                           {"Бұрын", "Было"},
                           {"Енді", "Стало"}};
const Phrase kAdded{"Қосылды", "Добавлено"};
const Phrase kRemoved{"Алынып тасталды", "Удалено"};
const Phrase kChanged{"Өзгертілді", "Изменено"};
const Phrase kMoved{"Орны ауыстырылды", "Перемещено"};
const Phrase kTypoFix{"Жазу қатесі түзетілді", "Исправлена опечатка"};
const Phrase kPosition{"%1-орын", "позиция %1"};
const Phrase kInKazakh{"қазақ тілінде", "на казахском языке"};
const Phrase kInRussian{"орыс тілінде", "на русском языке"};
const Phrase kCurrent{"ағымдағы мазмұны", "текущее содержание"};

const Phrase kChapters[] = {
    {"1-тарау. Жалпы ережелер", "Глава 1. Общие положения"},
    {"2-тарау. Кәсіптік стандарттың паспорты", "Глава 2. Паспорт профессионального стандарта"},
    {"3-тарау. Кәсіптердің карточкалары", "Глава 3. Карточки профессий"},
    {"4-тарау. Кәсіптік стандарттың техникалық деректері",
     "Глава 4. Технические данные профессионального стандарта"},
    {"Қосымша тараулар мен қосымшалар", "Дополнительные главы и приложения"},
};
const Phrase kCard{"«%1» кәсібінің карточкасы", "Карточка профессии «%1»"};

struct Named {
    const char* key;
    Phrase words;
};

// Elements by kind, or by role where one kind serves several lists.
const Named kElements[] = {
    {"Term", {"Термин", "Термин"}},
    {"Abbreviation", {"Қысқарту", "Сокращение"}},
    {"ProfessionCard", {"Кәсіп карточкасы", "Карточка профессии"}},
    {"Education", {"Кәсіптік білім деңгейі", "Уровень профессионального образования"}},
    {"LaborFunction", {"Еңбек функциясы", "Трудовая функция"}},
    {"Skill", {"Дағды", "Навык"}},
    {"RelatedProfession", {"Басқа кәсіппен байланыс", "Связь с другой профессией"}},
    {"ExtraSection", {"Бөлім", "Раздел"}},
    {"technicalData/stateBody", {"Мемлекеттік орган", "Государственный орган"}},
    {"technicalData/developers", {"Әзірлеуші ұйым", "Организация-разработчик"}},
    {"abilities", {"Машық", "Умение"}},
    {"knowledge", {"Білім", "Знание"}},
    {"otherNames", {"Кәсіптің басқа атауы", "Другое наименование профессии"}},
    {"personalCompetencies", {"Жеке құзыреттілік", "Личностная компетенция"}},
    {"regulations",
     {"Техникалық регламент, ұлттық стандарт", "Технический регламент, национальный стандарт"}},
    {"paragraphs", {"Абзац", "Абзац"}},
};

const Named kFields[] = {
    {"name", {"атауы", "наименование"}},
    {"kind", {"түрі", "вид"}},
    {"separatelyRecognizable", {"жеке танылуы", "признание отдельно"}},
    {"term", {"термин", "термин"}},
    {"definition", {"анықтамасы", "определение"}},
    {"abbreviation", {"қысқартуы", "сокращение"}},
    {"expansion", {"толық жазылуы", "расшифровка"}},
    {"title", {"тақырыбы", "заголовок"}},
    {"languages", {"стандарттың тілдері", "языки стандарта"}},
    {"passport/serialNumber", {"реттік нөмірі", "порядковый номер"}},
    {"passport/oked/section/code", {"ЭҚЖЖ секциясы, коды", "секция ОКЭД, код"}},
    {"passport/oked/section/name", {"ЭҚЖЖ секциясы, атауы", "секция ОКЭД, наименование"}},
    {"passport/oked/division/code", {"ЭҚЖЖ бөлімі, коды", "раздел ОКЭД, код"}},
    {"passport/oked/division/name", {"ЭҚЖЖ бөлімі, атауы", "раздел ОКЭД, наименование"}},
    {"passport/oked/group/code", {"ЭҚЖЖ тобы, коды", "группа ОКЭД, код"}},
    {"passport/oked/group/name", {"ЭҚЖЖ тобы, атауы", "группа ОКЭД, наименование"}},
    {"passport/oked/class/code", {"ЭҚЖЖ сыныбы, коды", "класс ОКЭД, код"}},
    {"passport/oked/class/name", {"ЭҚЖЖ сыныбы, атауы", "класс ОКЭД, наименование"}},
    {"passport/oked/subclass/code", {"ЭҚЖЖ кіші сыныбы, коды", "подкласс ОКЭД, код"}},
    {"passport/oked/subclass/name", {"ЭҚЖЖ кіші сыныбы, атауы", "подкласс ОКЭД, наименование"}},
    {"technicalData/sectoralCouncil/name", {"салалық кеңес", "отраслевой совет"}},
    {"technicalData/sectoralCouncil/protocolNumber",
     {"салалық кеңес хаттамасының нөмірі", "номер протокола отраслевого совета"}},
    {"technicalData/sectoralCouncil/protocolDate",
     {"салалық кеңес хаттамасының күні", "дата протокола отраслевого совета"}},
    {"technicalData/nationalBodyConclusionDate",
     {"Ұлттық орган қорытындысының күні", "дата заключения Национального органа"}},
    {"technicalData/atamekenRecommendationDate",
     {"«Атамекен» ҰКП ұсынымының күні", "дата рекомендации НПП «Атамекен»"}},
    {"technicalData/version", {"нұсқасы", "версия"}},
    {"technicalData/releaseYear", {"шығарылған жылы", "год выпуска"}},
    {"technicalData/plannedUpdateDate",
     {"жоспарланған өзектілендіру күні", "планируемая дата актуализации"}},
    {"contact/fullName", {"орындаушы", "исполнитель"}},
    {"contact/position", {"орындаушының лауазымы", "должность исполнителя"}},
    {"contact/email", {"e-mail", "e-mail"}},
    {"contact/phone", {"телефон", "телефон"}},
};

const Named kEnumValues[] = {
    {"mandatory", {"міндетті", "обязательная"}},
    {"additional", {"қосымша", "дополнительная"}},
    {"chapter", {"тарау", "глава"}},
    {"appendix", {"қосымша", "приложение"}},
    {"true", {"иә", "да"}},
    {"false", {"жоқ", "нет"}},
};

QString say(const Phrase& wording, const QString& language) {
    return wording.in(language);
}

QString lookUp(const Named* table, size_t size, const QString& key, const QString& language) {
    for (size_t i = 0; i < size; ++i)
        if (key == QLatin1String(table[i].key)) return say(table[i].words, language);
    return {};
}

QString otherLanguage(const QString& language) {
    return language == QLatin1String("kk") ? QStringLiteral("ru") : QStringLiteral("kk");
}

// A text in the report's language, or in the other one when that is all there is.
QString textIn(const DocumentTree& tree, const QString& id, const QString& field,
               const QString& language) {
    const LocalizedText text = tree.text(id, field);
    const QString wanted = text.in(language).trimmed();
    return wanted.isEmpty() ? text.in(otherLanguage(language)).trimmed() : wanted;
}

QString nameField(const QString& kind) {
    if (kind == Kind::ExtraSection) return Field::Title;
    if (kind == Kind::TextItem) return Schema::TextItemField;
    if (kind == Kind::Term) return Field::Term;
    if (kind == Kind::Abbreviation) return Field::Abbreviation;
    return Field::Name;
}

// What an added or removed element says: its name, or its text for a list item.
QString wordingOf(const DocumentTree& tree, const QString& id, const QString& language) {
    const Node* node = tree.node(id);
    if (!node) return {};
    if (node->kind == Kind::RelatedProfession) {
        const QString level = tree.value(id, Field::OrkLevel);
        const QString name = textIn(tree, id, Field::Name, language);
        return level.isEmpty() ? name : name + QStringLiteral(" (") + level + QLatin1Char(')');
    }
    return textIn(tree, id, nameField(node->kind), language);
}

QString elementWord(const Node& node, const QString& language) {
    const QString byRole = lookUp(kElements, std::size(kElements), node.role, language);
    if (!byRole.isEmpty()) return byRole;
    return lookUp(kElements, std::size(kElements), node.kind, language);
}

QString valueWording(const Change& change, const QString& value, const QString& language) {
    const QString enumWord = lookUp(kEnumValues, std::size(kEnumValues), value, language);
    if (!enumWord.isEmpty() &&
        (change.field == Field::Kind || change.field == Field::SeparatelyRecognizable))
        return enumWord;
    return value;
}

const DocumentTree& treeOf(const Change& change, const DocumentTree& older,
                           const DocumentTree& newer) {
    return change.kind == ChangeKind::Removed ? older : newer;
}

// 0-4: chapters 1-4 and the extra ones, from the change's JSON Pointer.
int chapterIndex(const QString& path) {
    const QString top = path.section(QLatin1Char('/'), 2, 2);
    if (top == QLatin1String("generalProvisions")) return 0;
    if (top == QLatin1String("passport") || top == Field::Languages) return 1;
    if (top == Role::ProfessionCards) return 2;
    if (top == QLatin1String("technicalData")) return 3;
    return 4;
}

// Paths compared part by part, list positions as numbers, so that item 10 follows item 9.
bool pathBefore(const QString& a, const QString& b) {
    const QStringList left = a.split(QLatin1Char('/'));
    const QStringList right = b.split(QLatin1Char('/'));
    for (int i = 0; i < std::min(left.size(), right.size()); ++i) {
        if (left[i] == right[i]) continue;
        bool leftIsNumber = false, rightIsNumber = false;
        const int l = left[i].toInt(&leftIsNumber);
        const int r = right[i].toInt(&rightIsNumber);
        if (leftIsNumber && rightIsNumber) return l < r;
        return left[i] < right[i];
    }
    return left.size() < right.size();
}

QString cardAncestor(const DocumentTree& tree, QString id) {
    while (const Node* node = tree.node(id)) {
        if (node->kind == Kind::ProfessionCard) return node->id;
        id = node->parentId;
    }
    return {};
}

QString stateInWords(const ChangeReportLayout::State& state, const QString& language) {
    QString words = state.name.isEmpty() ? say(kCurrent, language) : state.name;
    if (state.created.isValid())
        words += QStringLiteral(", ") + state.created.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    return words;
}

LayoutCell cell(const QString& text, LayoutParagraph::Style style) {
    LayoutCell cell;
    LayoutParagraph paragraph;
    paragraph.text = StandardLayout::cleanText(text);
    paragraph.style = style;
    cell.paragraphs << paragraph;
    return cell;
}

LayoutBlock paragraphBlock(const QString& text, LayoutParagraph::Style style) {
    LayoutBlock block;
    block.paragraph.text = StandardLayout::cleanText(text);
    block.paragraph.style = style;
    return block;
}

} // namespace

QString ChangeReportLayout::placeInWords(const DocumentTree& tree, const QString& elementId,
                                         const QString& field, const QString& language) {
    QStringList parts;
    for (const Node* node = tree.node(elementId);
         node && node->kind != Kind::Standard && node->kind != Kind::Document;
         node = tree.node(node->parentId)) {
        QString part = elementWord(*node, language);
        if (node->kind != Kind::TextItem) {
            const QString name = wordingOf(tree, node->id, language);
            if (!name.isEmpty()) part += QStringLiteral(" «") + name + QStringLiteral("»");
        }
        parts.prepend(part);
    }
    const Node* node = tree.node(elementId);
    if (!field.isEmpty() && node && node->kind != Kind::TextItem) {
        const FieldTerm* term = FieldTerm::ofField(field);
        QString fieldWord =
            term ? term->name.in(language) : lookUp(kFields, std::size(kFields), field, language);
        if (fieldWord.isEmpty()) fieldWord = field;
        parts << fieldWord;
    }
    return parts.join(QStringLiteral(" › "));
}

QString ChangeReportLayout::verdictInWords(const DocumentTree& older, const DocumentTree& newer,
                                           const QVector<Change>& changes,
                                           const QString& language) {
    const ChangeSignificance verdict = ChangeSignificance::judge(changes, true);
    if (changes.isEmpty()) return say(kNoChanges, language);
    if (!verdict.significant)
        return (verdict.typoFixes > 0 ? say(kReasonTypos, language).arg(verdict.typoFixes)
                                      : say(kReasonOutside, language)) +
               QLatin1Char(' ') + say(kInsignificant, language);
    // The first change that makes it significant, by the rule ChangeSignificance applies.
    for (const Change& change : inDocumentOrder(changes)) {
        if (!change.inCard || (change.kind == ChangeKind::Moved && change.withinParent) ||
            (change.kind == ChangeKind::Changed && change.typoFix))
            continue;
        const Phrase& kind = change.kind == ChangeKind::Added     ? kAdded
                             : change.kind == ChangeKind::Removed ? kRemoved
                             : change.kind == ChangeKind::Moved   ? kMoved
                                                                  : kChanged;
        return say(kReasonSignificant, language)
                   .arg(say(kind, language).toLower(),
                        placeInWords(treeOf(change, older, newer), change.elementId, change.field,
                                     language)) +
               QLatin1Char(' ') + say(kSignificant, language);
    }
    return say(kSignificant, language);
}

QVector<Change> ChangeReportLayout::inDocumentOrder(QVector<Change> changes) {
    std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
        const int left = chapterIndex(a.path), right = chapterIndex(b.path);
        if (left != right) return left < right;
        return pathBefore(a.path, b.path);
    });
    return changes;
}

ChangeReportLayout::Row ChangeReportLayout::rowOf(const Change& change, const DocumentTree& older,
                                                  const DocumentTree& newer,
                                                  const QString& language) {
    Row row;
    row.place =
        placeInWords(treeOf(change, older, newer), change.elementId, change.field, language);
    switch (change.kind) {
    case ChangeKind::Added:
        row.kind = say(kAdded, language);
        row.after = wordingOf(newer, change.elementId, language);
        break;
    case ChangeKind::Removed:
        row.kind = say(kRemoved, language);
        row.before = wordingOf(older, change.elementId, language);
        break;
    case ChangeKind::Changed:
        row.kind = say(change.typoFix ? kTypoFix : kChanged, language);
        row.before = valueWording(change, change.before, language);
        row.after = valueWording(change, change.after, language);
        // A change in the other language is shown in that language, and says so.
        if (!change.language.isEmpty() && change.language != language)
            row.kind +=
                QStringLiteral(" (") +
                say(change.language == QLatin1String("kk") ? kInKazakh : kInRussian, language) +
                QLatin1Char(')');
        break;
    case ChangeKind::Moved: {
        row.kind = say(kMoved, language);
        const auto position = [&](const DocumentTree& in, const QString& id) {
            return say(kPosition, language).arg(in.indexInParent(id) + 1);
        };
        // The older state knows the element under its own id (always so within one file).
        const bool known = older.node(change.elementId) != nullptr;
        if (change.withinParent) {
            if (known) row.before = position(older, change.elementId);
            row.after = position(newer, change.elementId);
        } else {
            if (known) row.before = placeInWords(older, change.elementId, {}, language);
            row.after = placeInWords(newer, change.elementId, {}, language);
        }
        break;
    }
    }
    return row;
}

QString ChangeReportLayout::elementWording(const DocumentTree& tree, const QString& elementId,
                                           const QString& language) {
    return wordingOf(tree, elementId, language);
}

int ChangeReportLayout::chapterOf(const Change& change) {
    return chapterIndex(change.path) + 1;
}

QString ChangeReportLayout::cardOf(const Change& change, const DocumentTree& older,
                                   const DocumentTree& newer) {
    return chapterIndex(change.path) == 2
               ? cardAncestor(treeOf(change, older, newer), change.elementId)
               : QString();
}

StandardLayout ChangeReportLayout::build(const DocumentTree& older, const State& olderState,
                                         const DocumentTree& newer, const State& newerState,
                                         const QVector<Change>& changes, const QString& language) {
    using Style = LayoutParagraph::Style;
    StandardLayout layout;
    layout.language = language;
    layout.title = say(kTitle, language);
    layout.landscape = true; // four columns of wording side by side
    layout.blocks << paragraphBlock(layout.title, Style::Title);
    QString name = textIn(newer, newer.standardId(), Field::StandardName, language);
    if (const QString code = newer.standardCode(); !code.isEmpty())
        name += QStringLiteral(" (") + code + QLatin1Char(')');
    layout.blocks << paragraphBlock(say(kStandard, language).arg(name), Style::Body);

    layout.blocks << paragraphBlock(say(kStates, language), Style::Heading1);
    LayoutBlock states;
    states.type = LayoutBlock::Type::Table;
    states.table.columnPercents = {30, 70};
    for (const auto& [label, state] :
         {std::pair{kOlder, olderState}, std::pair{kNewer, newerState}}) {
        LayoutRow row;
        row.cells << cell(say(label, language), Style::CellLabel)
                  << cell(stateInWords(state, language), Style::CellText);
        states.table.rows << row;
    }
    layout.blocks << states;

    const ChangeSignificance verdict = ChangeSignificance::judge(changes, true);
    layout.blocks << paragraphBlock(say(kSignificance, language), Style::Heading1);
    if (!changes.isEmpty())
        layout.blocks << paragraphBlock(
            say(verdict.significant ? kSignificant : kInsignificant, language), Style::Heading3);
    layout.blocks << paragraphBlock(verdictInWords(older, newer, changes, language), Style::Body);

    layout.blocks << paragraphBlock(say(kChanges, language).arg(changes.size()), Style::Heading1);
    const auto newTable = [&] {
        LayoutBlock block;
        block.type = LayoutBlock::Type::Table;
        block.table.columnPercents = {5, 29, 14, 26, 26};
        LayoutRow header;
        header.header = true;
        for (const Phrase& column : kColumns)
            header.cells << cell(say(column, language), Style::CellLabel);
        block.table.rows << header;
        return block;
    };
    QString group;
    LayoutBlock table;
    int number = 0;
    for (const Change& change : inDocumentOrder(changes)) {
        const int chapter = chapterIndex(change.path);
        const QString card = cardOf(change, older, newer);
        const QString key = QString::number(chapter) + QLatin1Char('/') + card;
        if (key != group) {
            if (!group.isEmpty()) layout.blocks << table;
            group = key;
            const QString heading =
                card.isEmpty() ? say(kChapters[chapter], language)
                               : say(kCard, language)
                                     .arg(wordingOf(treeOf(change, older, newer), card, language));
            layout.blocks << paragraphBlock(heading, Style::Heading2);
            table = newTable();
        }
        const Row words = rowOf(change, older, newer, language);
        LayoutRow row;
        row.cells << cell(QString::number(++number) + QLatin1Char('.'), Style::CellText)
                  << cell(words.place, Style::CellText) << cell(words.kind, Style::CellText)
                  << cell(words.before, Style::CellText) << cell(words.after, Style::CellText);
        table.table.rows << row;
    }
    if (!group.isEmpty()) layout.blocks << table;
    return layout;
}

} // namespace kasibi
