#include "core/layout/planlayout.h"

#include "core/model/phrase.h"
#include "core/model/schema.h"

#include <QDate>

namespace kasibi {

namespace {

const Phrase kForm{"Нысан", "Форма"};
const Phrase kTitle{
    "%1 жылға арналған кәсіптік стандарттарды әзірлеу және (немесе) өзектілендіру "
    "жоспары",
    "План по разработке и (или) актуализации профессиональных стандартов на %1 год"};
const Phrase kColumns[] = {
    {"Р/с №", "№ п/п"},
    {"Әзірлеушінің атауы", "Наименование разработчика"},
    {"Кәсіптік стандарт саласының (аясының) атауы",
     "Наименование отрасли (сферы) профессионального стандарта"},
    {"Кәсіптік стандарттың атауы", "Наименование профессионального стандарта"},
    {"Кәсіптер карточкаларының (карточкасының) атаулары",
     "Наименования карточек (карточки) профессий"},
    {"Кәсіптік стандартты бекіту мерзімі", "Срок утверждения профессионального стандарта"},
    {"Жауапты тұлғаның тегі, аты және әкесінің аты (бар болса)",
     "Фамилия, имя и отчество (при его наличии) ответственного лица"},
};

class PlanBuilder {
public:
    explicit PlanBuilder(const QString& language) : m_language(language) {}

    QString say(const Phrase& wording) const { return wording.in(m_language); }

    static LayoutCell cell(const QStringList& lines, LayoutParagraph::Style style) {
        LayoutCell cell;
        for (const QString& line : lines) {
            LayoutParagraph paragraph;
            paragraph.text = StandardLayout::cleanText(line.trimmed());
            paragraph.style = style;
            cell.paragraphs << paragraph;
        }
        if (cell.paragraphs.isEmpty()) cell.paragraphs << LayoutParagraph{QString(), style};
        return cell;
    }

    // A text in the plan's language, or in the other one when that is all there is.
    QString text(const DocumentTree& tree, const QString& id, const QString& field) const {
        const LocalizedText both = tree.text(id, field);
        const QString wanted = both.in(m_language).trimmed();
        return wanted.isEmpty() ? both.in(m_language == QLatin1String("kk") ? QStringLiteral("ru")
                                                                            : QStringLiteral("kk"))
                                      .trimmed()
                                : wanted;
    }

    LayoutRow row(const DocumentTree& tree, int number) const {
        const QString standard = tree.standardId();
        QStringList developers;
        for (const QString& id : tree.children(standard, Role::Developers))
            developers << text(tree, id, Field::Name);
        const QStringList stateBody = tree.children(standard, Role::StateBody);
        if (developers.isEmpty() && !stateBody.isEmpty())
            developers << text(tree, stateBody.first(), Field::Name);
        QString sector = text(tree, standard, QStringLiteral("passport/oked/section/name"));
        if (const QString section =
                tree.value(standard, QStringLiteral("passport/oked/section/code"));
            !section.isEmpty() && !sector.isEmpty())
            sector = section + QStringLiteral(" – ") + sector;
        QStringList cards;
        for (const QString& card : tree.children(standard, Role::ProfessionCards))
            cards << text(tree, card, Field::Name);
        const QDate deadline =
            QDate::fromString(tree.value(standard, Field::PlannedUpdateDate), Qt::ISODate);
        const QString responsible =
            stateBody.isEmpty() ? QString() : tree.value(stateBody.first(), Field::ContactFullName);
        QString name = text(tree, standard, Field::StandardName);
        if (const QString code = tree.standardCode(); !code.isEmpty())
            name += QStringLiteral(" (") + code + QLatin1Char(')');

        LayoutRow row;
        using Style = LayoutParagraph::Style;
        row.cells << cell({QString::number(number) + QLatin1Char('.')}, Style::CellText)
                  << cell(developers, Style::CellText) << cell({sector}, Style::CellText)
                  << cell({name}, Style::CellText) << cell(cards, Style::CellText)
                  << cell({deadline.isValid() ? deadline.toString(QStringLiteral("dd.MM.yyyy"))
                                              : QString()},
                          Style::CellText)
                  << cell({responsible}, Style::CellText);
        return row;
    }

    const QString& m_language;
};

} // namespace

StandardLayout PlanLayout::build(const QVector<DocumentTree>& standards, int year,
                                 const QString& language) {
    PlanBuilder builder(language);
    StandardLayout layout;
    layout.language = language;
    layout.title = builder.say(kTitle).arg(year);
    layout.landscape = true;

    LayoutBlock form;
    form.paragraph = {builder.say(kForm), LayoutParagraph::Style::Right};
    LayoutBlock title;
    title.paragraph = {layout.title, LayoutParagraph::Style::Title};
    layout.blocks << form << title;

    LayoutBlock table;
    table.type = LayoutBlock::Type::Table;
    table.table.columnPercents = {5, 18, 16, 18, 18, 12, 13};
    LayoutRow header;
    header.header = true;
    for (const Phrase& column : kColumns)
        header.cells << PlanBuilder::cell({builder.say(column)}, LayoutParagraph::Style::CellLabel);
    table.table.rows << header;
    for (int i = 0; i < standards.size(); ++i)
        table.table.rows << builder.row(standards[i], i + 1);
    layout.blocks << table;
    return layout;
}

} // namespace kasibi
