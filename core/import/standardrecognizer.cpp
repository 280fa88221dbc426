#include "core/import/standardrecognizer.h"

#include "core/classifier/classifiercodes.h"
#include "core/import/approvalheader.h"
#include "core/import/labelvariants.h"
#include "core/import/listitemsplitter.h"
#include "core/import/textlanguage.h"
#include "core/layout/printedlabels.h"
#include "core/model/printedwording.h"
#include "core/model/schema.h"

#include <QRegularExpression>
#include <QSet>

namespace kasibi {

namespace {

// The extra sections an import adds, titled in the language of the source.
constexpr PrintedWording kUnplacedTitle{"Неразмещённый текст", "Орналастырылмаған мәтін"};
constexpr PrintedWording kLegacyTitle{"Из прежнего шаблона (полей нет в структуре 2023 года)",
                                      "Бұрынғы үлгіден (2023 жылғы құрылымда жоқ өрістер)"};

// One paragraph of the source, in reading order, with where it stands.
struct Piece {
    QString text;       // as read: tabs and line breaks kept
    QString normalized; // one line, spaces simplified
    QString where;
    int cell = -1;            // running number of the cell; -1 outside tables
    int row = -1;             // running number of the row; -1 outside tables
    bool firstInCell = false; // the first paragraph of its cell with text
    int column = 0;
    bool rowHasSeveralCells = false;
};

void flatten(const std::vector<WordBlock>& blocks, const QString& prefix, QVector<Piece>& out,
             int& cellCounter, int& paragraphCounter, int& rowCounter) {
    int tableCounter = 0;
    for (const WordBlock& block : blocks) {
        if (!block.isTable()) {
            ++paragraphCounter;
            Piece piece;
            piece.text = block.paragraph.text;
            piece.normalized = ListItemSplitter::normalized(piece.text);
            if (piece.normalized.isEmpty()) continue;
            piece.where = prefix + StandardRecognizer::tr("paragraph %1").arg(paragraphCounter);
            out << piece;
            continue;
        }
        ++tableCounter;
        const WordTable& table = *block.table;
        for (int r = 0; r < int(table.rows.size()); ++r) {
            const WordRow& row = table.rows[r];
            const int rowId = ++rowCounter;
            for (int c = 0; c < int(row.cells.size()); ++c) {
                const WordCell& cell = row.cells[c];
                const int cellId = ++cellCounter;
                const QString place = prefix + StandardRecognizer::tr("table %1, row %2, cell %3")
                                                   .arg(tableCounter)
                                                   .arg(r + 1)
                                                   .arg(c + 1);
                QVector<Piece> inside;
                int paragraphs = 0;
                flatten(cell.blocks, place + QStringLiteral(", "), inside, cellCounter, paragraphs,
                        rowCounter);
                bool first = true;
                for (Piece& piece : inside) {
                    if (piece.cell < 0) {
                        piece.cell = cellId;
                        piece.row = rowId;
                        piece.firstInCell = first;
                        piece.column = cell.column;
                        piece.rowHasSeveralCells = row.cells.size() > 1;
                        first = false;
                    }
                    out << piece;
                }
            }
        }
    }
}

QString stripQuotes(QString text) {
    text = text.trimmed();
    static const QRegularExpression quoted(QStringLiteral("^[«\"“„]\\s*(.*?)\\s*[»\"”]?[.:]?$"));
    if (const QRegularExpressionMatch m = quoted.match(text);
        m.hasMatch() && !m.captured(1).contains(QStringLiteral("«")))
        return m.captured(1);
    return text;
}

// The lines of a text, each simplified, joined by '\n'.
QString cleanLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString clean = ListItemSplitter::normalized(line);
        if (!clean.isEmpty()) lines << clean;
    }
    return lines.join(QLatin1Char('\n'));
}

bool isDash(const QString& text) {
    const QString t = text.trimmed();
    return t == QLatin1String("-") || t == QStringLiteral("–") || t == QStringLiteral("—");
}

bool hasLetters(const QString& text) {
    for (const QChar c : text)
        if (c.isLetter()) return true;
    return false;
}

QString comparable(QString text) {
    text = stripQuotes(text).toLower();
    text.remove(QRegularExpression(QStringLiteral("[^\\w]+"),
                                   QRegularExpression::UseUnicodePropertiesOption));
    return text;
}

bool needsCard(StandardLabel label) {
    switch (label) {
    case StandardLabel::NkzOccupationCode:
    case StandardLabel::NkzGroupCode:
    case StandardLabel::ProfessionName:
    case StandardLabel::OtherNames:
    case StandardLabel::OrkLevel:
    case StandardLabel::NrkLevel:
    case StandardLabel::TariffQualification:
    case StandardLabel::Education:
    case StandardLabel::EducationLevel:
    case StandardLabel::Specialty:
    case StandardLabel::Qualification:
    case StandardLabel::WorkExperience:
    case StandardLabel::NonFormalEducation:
    case StandardLabel::MainPurpose:
    case StandardLabel::LaborFunctions:
    case StandardLabel::MandatoryFunctions:
    case StandardLabel::AdditionalFunctions:
    case StandardLabel::LaborFunction:
    case StandardLabel::Skill:
    case StandardLabel::Abilities:
    case StandardLabel::AbilitiesAndSkills:
    case StandardLabel::Knowledge:
    case StandardLabel::WholeTaskAssessment:
    case StandardLabel::PersonalCompetencies:
    case StandardLabel::Regulations:
    case StandardLabel::RelatedProfessions:
        return true;
    default:
        return false;
    }
}

class Recognition {
public:
    Recognition(QString source, QString language)
        : m_source(std::move(source)), m_language(std::move(language)) {
        tree = DocumentTree::newStandard();
        m_standard = tree.standardId();
    }

    DocumentTree tree;
    ImportReport report;
    int labelsFound = 0;

    void run(const QVector<Piece>& pieces) {
        for (int i = 0; i < pieces.size(); ++i) {
            const Piece& piece = pieces[i];
            m_where = piece.where;
            std::optional<LabelVariants::Match> label = labelOf(piece, piece.normalized);
            // A label cell wrapped over two paragraphs: «Трудовая» / «функция 1:».
            if (!label && piece.firstInCell && piece.normalized.size() < 40 &&
                i + 1 < pieces.size() && pieces[i + 1].cell == piece.cell) {
                const QString joined =
                    piece.normalized + QLatin1Char(' ') + pieces[i + 1].normalized;
                if ((label = labelOf(piece, joined))) ++i;
            }
            // A label cell scattered over the row by a conversion from PDF.
            if (!label && piece.firstInCell && piece.column == 0 && piece.rowHasSeveralCells) {
                QString words = piece.normalized;
                for (int j = i + 1;
                     j < pieces.size() && j <= i + 5 && pieces[j].row == piece.row &&
                     pieces[j].firstInCell &&
                     (j + 1 >= pieces.size() || pieces[j + 1].cell != pieces[j].cell);
                     ++j) {
                    words += QLatin1Char(' ') + pieces[j].normalized;
                    if (std::optional<LabelVariants::Match> scattered =
                            LabelVariants::matchWords(words);
                        scattered && !(needsCard(scattered->label) && m_card.isEmpty())) {
                        label = scattered;
                        i = j;
                        break;
                    }
                }
            }
            if (label) {
                ++labelsFound;
                m_labelsMet[label->variant] += 1;
                m_restTaken = false;
                begin(*label, piece);
                if (!label->rest.isEmpty() && !m_restTaken) fill(label->rest, piece);
                continue;
            }
            // A row whose label cell this reader does not know: its text is not the field
            // above's.
            if (piece.firstInCell && piece.column == 0 && piece.rowHasSeveralCells && m_target &&
                isRowScoped(*m_target)) {
                finishLists();
                m_target.reset();
            }
            fill(piece.text, piece);
        }
        finish();
    }

    QMap<QString, int> labelsMet() const { return m_labelsMet; }

private:
    static bool isRowScoped(StandardLabel target) {
        switch (target) {
        case StandardLabel::StandardName:
        case StandardLabel::StandardCode:
        case StandardLabel::Oked:
        case StandardLabel::Description:
        case StandardLabel::NkzOccupationCode:
        case StandardLabel::NkzGroupCode:
        case StandardLabel::ProfessionName:
        case StandardLabel::OrkLevel:
        case StandardLabel::NrkLevel:
        case StandardLabel::TariffQualification:
        case StandardLabel::MainPurpose:
        case StandardLabel::WorkExperience:
        case StandardLabel::NonFormalEducation:
        case StandardLabel::Version:
        case StandardLabel::PlannedUpdate:
        case StandardLabel::Developers:
        case StandardLabel::StateBody:
        case StandardLabel::LegacyPurpose:
        case StandardLabel::PersonalCompetencies:
        case StandardLabel::OtherNames:
            return true;
        default:
            return false;
        }
    }

    std::optional<LabelVariants::Match> labelOf(const Piece& piece, const QString& text) {
        std::optional<LabelVariants::Match> match = LabelVariants::match(text);
        if (!match) return std::nullopt;
        const bool alone = match->rest.isEmpty();
        // Inside a cell, below its first paragraph, only the labels of lists stand alone
        // («Умения и навыки:» … «Знания:» in one cell); anything else there is a value, even
        // a name that reads like a label («Трудовая функция 1»).
        if (piece.cell >= 0 && !piece.firstInCell) {
            using L = StandardLabel;
            static const QSet<StandardLabel> lists{
                L::Abilities,     L::AbilitiesAndSkills, L::Knowledge,          L::Terms,
                L::Abbreviations, L::MandatoryFunctions, L::AdditionalFunctions};
            // The Kazakh header's last line closes it, below the lines that name the order.
            if ((!alone || !lists.contains(match->label)) && match->label != L::Approval)
                return std::nullopt;
        }
        if (needsCard(match->label) && m_card.isEmpty()) return std::nullopt;
        // «1. Трудовая функция 1» is an entry of a list that names a function so; the label
        // of a function's or a skill's block never carries an item number.
        static const QRegularExpression itemNumber(QStringLiteral("^\\d{1,3}\\.\\s"));
        if ((match->label == StandardLabel::LaborFunction ||
             match->label == StandardLabel::Skill) &&
            itemNumber.match(text).hasMatch())
            return std::nullopt;
        if (match->label == StandardLabel::Title && m_seenChapter) return std::nullopt;
        // «Приложение № 1» alone on its line, the order named on the next ones.
        static const QRegularExpression appendixLine(
            QStringLiteral("^Приложение\\s*(?:№\\s*)?[\\w-]*$"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        // The Kazakh header closes with its label («№ 20 қосымша»): the order is named on the
        // lines before it.
        if (match->label == StandardLabel::Approval &&
            (m_seenChapter || !(ApprovalHeader::looksLikeHeader(leadingText() + text) ||
                                appendixLine.match(text).hasMatch())))
            return std::nullopt;
        return match;
    }

    // --- building the tree ---

    QString add(const QString& parent, const QString& role, const QString& kind) {
        Node node{DocumentTree::newId(), kind, parent, role};
        tree.insertSubtree(parent, role, int(tree.children(parent, role).size()), {node});
        return node.id;
    }

    static bool isMark(const QString& text, const PrintedWording& mark) {
        const QString t = text.trimmed();
        return !t.isEmpty() &&
               (t == mark.in(QStringLiteral("ru")) || t == mark.in(QStringLiteral("kk")));
    }

    // «1. text»: the number is the layout's running item number, not the text's.
    static QString withoutItemNumber(const QString& text) {
        static const QRegularExpression number(QStringLiteral("^\\d{1,3}\\.\\s+"));
        return QString(text).remove(number);
    }

    // «Исполнитель: name, position», «e-mail: …», «телефон: …» under an organisation.
    void contact(StandardLabel label, const QString& value) {
        if (m_organization.isEmpty() || value.isEmpty()) {
            unplaced(m_labelText);
            return;
        }
        m_organizationHasContact = true;
        if (label == StandardLabel::ContactEmail) {
            setValue(m_organization, Field::ContactEmail, value);
        } else if (label == StandardLabel::ContactPhone) {
            setValue(m_organization, Field::ContactPhone, value);
        } else {
            const int comma = value.indexOf(QStringLiteral(", "));
            setValue(m_organization, Field::ContactFullName, comma < 0 ? value : value.left(comma));
            if (comma >= 0)
                appendText(m_organization, Field::ContactPosition, value.mid(comma + 2), {});
        }
    }

    // A field as printed: its label and the value read from it.
    QString printed(const QString& value) const {
        if (m_labelText.isEmpty() || m_labelText.contains(value))
            return m_labelText.isEmpty() ? value : m_labelText;
        return m_labelText + QLatin1Char(' ') + value;
    }

    void appendText(const QString& id, const QString& field, const QString& text,
                    const QString& separator) {
        if (text.trimmed().isEmpty() || id.isEmpty()) return;
        const QString key = Node::valueKey(field, m_language);
        const QString old = tree.value(id, field, m_language);
        tree.setValue(id, key, old.isEmpty() ? text : old + separator + text);
    }

    void setValue(const QString& id, const QString& field, const QString& value) {
        if (!id.isEmpty() && !value.isEmpty()) tree.setValue(id, field, value);
    }

    void note(ImportNote::Kind kind, const QString& id, const QString& field,
              const QString& message) {
        report.add(kind, id.isEmpty() ? QString() : tree.jsonPointer(id, field), id,
                   m_source + QStringLiteral(", ") + m_where, message);
    }

    QString section(QString& id, const PrintedWording& title) {
        if (id.isEmpty()) {
            id = add(m_standard, Role::ExtraSections, Kind::ExtraSection);
            tree.setValue(id, Field::Kind, QStringLiteral("appendix"));
            for (const QString& language : Schema::languages())
                tree.setValue(id, Node::valueKey(Field::Title, language), title.in(language));
        }
        return id;
    }

    QString addItem(const QString& parent, const QString& role, const QString& text) {
        const QString id = add(parent, role, Kind::TextItem);
        tree.setValue(id, Node::valueKey(Schema::TextItemField, m_language), text);
        return id;
    }

    void unplaced(const QString& text) {
        const QString clean = cleanLines(text);
        if (clean.isEmpty()) return;
        const QString id = addItem(section(m_unplaced, kUnplacedTitle), Role::Paragraphs, clean);
        note(ImportNote::Kind::Unplaced, id, {},
             StandardRecognizer::tr("no label claims this text; it is kept in \"Unplaced "
                                    "text\" for the author to move: %1")
                 .arg(clean.left(80)));
    }

    void legacy(const QString& text, const QString& why) {
        const QString clean = cleanLines(text);
        if (clean.isEmpty()) return;
        const QString id = addItem(section(m_legacy, kLegacyTitle), Role::Paragraphs, clean);
        note(ImportNote::Kind::Mapped, id, {}, why);
    }

    // --- labels ---

    void begin(const LabelVariants::Match& match, const Piece& piece) {
        finishLists();
        m_labelText = piece.normalized;
        using L = StandardLabel;
        const L label = match.label;
        if (label != L::Approval && label != L::Title) m_seenChapter = true;
        if (label == L::Approval && !m_leading.isEmpty()) {
            m_approvalText += leadingText();
            m_approvalWhere = m_leading.first().where;
            m_leading.clear();
        }
        placeLeading();
        switch (label) {
        case L::Approval:
            // The formula is parsed whole, «Приложение № 20» with the order's name and date.
            m_target = StandardLabel::Approval;
            m_restTaken = true;
            m_approvalText += QLatin1Char(' ') + piece.normalized;
            if (m_approvalWhere.isEmpty()) m_approvalWhere = m_where;
            break;
        case L::Title:
            m_target = StandardLabel::Title;
            break;
        case L::GeneralProvisions:
        case L::Scope:
            m_target = StandardLabel::Scope;
            break;
        case L::Terms:
            m_target = StandardLabel::Terms;
            break;
        case L::Abbreviations:
            m_target = StandardLabel::Abbreviations;
            break;
        case L::Passport:
        case L::CardsChapter:
            m_target.reset();
            break;
        case L::StandardName:
            m_target = StandardLabel::StandardName;
            break;
        case L::StandardCode:
            m_target = StandardLabel::StandardCode;
            break;
        case L::Oked:
            m_target = StandardLabel::Oked;
            break;
        case L::Description:
            m_target = StandardLabel::Description;
            break;
        case L::CardList:
            m_target = StandardLabel::CardList;
            break;
        case L::Card:
            finishCard();
            m_card = add(m_standard, Role::ProfessionCards, Kind::ProfessionCard);
            m_cardWhere = m_where;
            m_target = StandardLabel::Card;
            break;
        case L::NkzOccupationCode:
            m_target = StandardLabel::NkzOccupationCode;
            break;
        case L::NkzGroupCode:
            m_target = StandardLabel::NkzGroupCode;
            break;
        case L::ProfessionName:
            m_target = StandardLabel::ProfessionName;
            break;
        case L::OtherNames:
            m_target = StandardLabel::OtherNames;
            break;
        case L::OrkLevel:
            m_target = StandardLabel::OrkLevel;
            break;
        case L::NrkLevel:
            m_target = StandardLabel::NrkLevel;
            break;
        case L::TariffQualification:
            m_target = StandardLabel::TariffQualification;
            break;
        case L::Education:
            m_education = add(m_card, Role::Education, Kind::Education);
            m_target = StandardLabel::EducationLevel;
            break;
        case L::EducationLevel:
        case L::Specialty:
        case L::Qualification:
            // Each education printed has its level first: a second level is a second one.
            if (label == L::EducationLevel && !m_education.isEmpty() &&
                !tree.value(m_education, Field::Level, m_language).isEmpty())
                m_education.clear();
            if (m_education.isEmpty()) m_education = add(m_card, Role::Education, Kind::Education);
            m_target = label == L::EducationLevel ? StandardLabel::EducationLevel
                       : label == L::Specialty    ? StandardLabel::Specialty
                                                  : StandardLabel::Qualification;
            break;
        case L::WorkExperience:
            m_target = StandardLabel::WorkExperience;
            break;
        case L::NonFormalEducation:
            m_target = StandardLabel::NonFormalEducation;
            break;
        case L::MainPurpose:
            m_target = StandardLabel::MainPurpose;
            break;
        case L::LaborFunctions:
            m_listKind.clear();
            m_target = StandardLabel::LaborFunctions;
            break;
        case L::MandatoryFunctions:
            m_listKind = QStringLiteral("mandatory");
            m_target = StandardLabel::LaborFunctions;
            break;
        case L::AdditionalFunctions:
            m_listKind = QStringLiteral("additional");
            m_target = StandardLabel::LaborFunctions;
            break;
        case L::LaborFunction:
            m_function = add(m_card, Role::LaborFunctions, Kind::LaborFunction);
            m_functionWhere << m_where;
            m_skill.clear();
            m_target = StandardLabel::LaborFunction;
            // Kasibi's layout marks an additional function after its number.
            if (isMark(match.rest, label::additionalMark)) {
                m_additional.insert(m_function);
                m_restTaken = true;
            }
            break;
        case L::Skill:
            if (m_function.isEmpty()) startFunction();
            m_skill = add(m_function, Role::Skills, Kind::Skill);
            m_target = StandardLabel::Skill;
            // Kasibi's layout prints «(может быть признан отдельно)» for the skills that can:
            // under its label, no mark means no.
            if (QString(match.variant).replace(QLatin1Char('#'), QLatin1String("%1")) + ':' ==
                label::skill.in(match.language))
                tree.setValue(m_skill, Field::SeparatelyRecognizable, QStringLiteral("false"));
            if (match.variant.startsWith(QStringLiteral("Задача")) && !m_taskNoted) {
                m_taskNoted = true;
                note(ImportNote::Kind::Mapped, m_skill, Field::Name,
                     StandardRecognizer::tr("a «Задача» (task) of the older template is taken "
                                            "as a skill of its labour function"));
            }
            break;
        case L::Abilities:
        case L::AbilitiesAndSkills:
        case L::Knowledge:
            ensureSkill();
            if (label == L::AbilitiesAndSkills && !m_abilitiesAndSkillsNoted) {
                m_abilitiesAndSkillsNoted = true;
                note(ImportNote::Kind::Mapped, m_skill, Role::Abilities,
                     StandardRecognizer::tr("«Умения и навыки» (abilities and skills) of the "
                                            "older template are taken as abilities"));
            }
            m_target = label == L::Knowledge ? StandardLabel::Knowledge : StandardLabel::Abilities;
            break;
        case L::WholeTaskAssessment:
            m_target = StandardLabel::WholeTaskAssessment;
            break;
        case L::PersonalCompetencies:
            m_target = StandardLabel::PersonalCompetencies;
            break;
        case L::Regulations:
            m_target = StandardLabel::Regulations;
            break;
        case L::RelatedProfessions:
            m_target = StandardLabel::RelatedProfessions;
            m_pendingLevel = {};
            m_pendingCode.clear();
            break;
        case L::TechnicalData:
            finishCard();
            m_target.reset();
            break;
        case L::RelatedColumns: // the column titles of the related professions' table
            m_target = L::RelatedProfessions;
            break;
        case L::ContactPerson:
        case L::ContactEmail:
        case L::ContactPhone:
            contact(label, match.rest);
            m_restTaken = true;
            break;
        case L::ExtraChapter:
        case L::ExtraAppendix:
            finishCard();
            m_extra = add(m_standard, Role::ExtraSections, Kind::ExtraSection);
            tree.setValue(m_extra, Field::Kind,
                          label == L::ExtraChapter ? QStringLiteral("chapter")
                                                   : QStringLiteral("appendix"));
            // A chapter's title follows its number; an appendix's is the next paragraph (the
            // standard's name after «Приложение N» is the one in the passport).
            if (label == L::ExtraChapter) appendText(m_extra, Field::Title, match.rest, {});
            m_extraTitlePending = label == L::ExtraAppendix;
            m_restTaken = true;
            m_target = label;
            break;
        case L::StateBody:
            finishCard();
            m_organization = add(m_standard, Role::StateBody, Kind::Organization);
            m_target = StandardLabel::StateBody;
            break;
        case L::Developers:
            finishCard();
            m_organization.clear();
            m_developersCell = piece.cell;
            m_target = StandardLabel::Developers;
            break;
        case L::SectoralCouncil:
            finishCard();
            m_target = StandardLabel::SectoralCouncil;
            break;
        case L::NationalBody:
            finishCard();
            m_target = StandardLabel::NationalBody;
            break;
        case L::Atameken:
            finishCard();
            m_target = StandardLabel::Atameken;
            break;
        case L::Version:
            finishCard();
            m_target = StandardLabel::Version;
            break;
        case L::PlannedUpdate:
            finishCard();
            m_target = StandardLabel::PlannedUpdate;
            break;
        case L::LegacyPurpose:
        case L::LegacyUpdatedBy:
        case L::LegacyExpertise:
        case L::LegacyApprovedBy:
            m_target = StandardLabel::LegacyPurpose;
            m_restTaken = true;
            // The label with its value: the field is kept as printed.
            legacy(piece.normalized,
                   StandardRecognizer::tr("«%1» has no place in the 2023 structure; kept in an "
                                          "extra section")
                       .arg(match.variant));
            break;
        }
    }

    void startFunction() {
        m_function = add(m_card, Role::LaborFunctions, Kind::LaborFunction);
        m_functionWhere << m_where;
        note(ImportNote::Kind::Mapped, m_function, {},
             StandardRecognizer::tr("skills printed without a labour function above them: a "
                                    "labour function without a name holds them"));
    }

    void ensureSkill() {
        if (m_function.isEmpty()) startFunction();
        if (!m_skill.isEmpty()) return;
        m_skill = add(m_function, Role::Skills, Kind::Skill);
        if (!m_implicitSkillNoted) {
            m_implicitSkillNoted = true;
            note(ImportNote::Kind::Mapped, m_skill, Field::Name,
                 StandardRecognizer::tr("the older template prints no skills: the abilities "
                                        "and knowledge of each labour function are put into "
                                        "one skill without a name, for the author to name and "
                                        "split"));
        }
    }

    // --- values ---

    void fill(const QString& text, const Piece& piece) {
        const QString clean = cleanLines(text);
        if (clean.isEmpty()) return;
        const QString line = QString(clean).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!m_target) {
            // Before the first label: the lines of a header that closes with its label, or
            // text no label claims, which the first label tells apart.
            if (labelsFound == 0)
                m_leading << Printed{clean, m_where};
            else
                unplaced(clean);
            return;
        }
        switch (*m_target) {
        case StandardLabel::Approval:
            m_approvalText += QLatin1Char(' ') + line;
            if (m_approvalWhere.isEmpty()) m_approvalWhere = m_where;
            break;
        case StandardLabel::Title:
            m_title += (m_title.isEmpty() ? QString() : QStringLiteral(" ")) + line;
            break;
        case StandardLabel::Scope:
            appendText(m_standard, Field::Scope, withoutItemNumber(clean), QStringLiteral("\n"));
            break;
        case StandardLabel::Terms:
        case StandardLabel::Abbreviations:
            pairs(clean);
            break;
        case StandardLabel::StandardName:
            appendText(m_standard, Field::StandardName, stripQuotes(line), QStringLiteral(" "));
            break;
        case StandardLabel::StandardCode:
            standardCode(line);
            break;
        case StandardLabel::Oked:
            oked(clean);
            break;
        case StandardLabel::Description:
            appendText(m_standard, Field::Description, clean, QStringLiteral("\n"));
            break;
        case StandardLabel::CardList:
            m_cardList << Printed{clean, m_where};
            break;
        case StandardLabel::Card:
            m_cardHeading += (m_cardHeading.isEmpty() ? QString() : QStringLiteral(" ")) + line;
            break;
        case StandardLabel::NkzOccupationCode:
            occupationCode(line);
            break;
        case StandardLabel::NkzGroupCode:
            groupCode(line);
            break;
        case StandardLabel::ProfessionName:
            appendText(m_card, Field::Name, stripQuotes(line), QStringLiteral(" "));
            break;
        case StandardLabel::OrkLevel:
            level(line, Field::OrkLevel);
            break;
        case StandardLabel::NrkLevel:
            level(line, Field::NrkLevel);
            break;
        case StandardLabel::TariffQualification:
            if (!isDash(line))
                appendText(m_card, Field::TariffQualification, clean, QStringLiteral("\n"));
            break;
        case StandardLabel::EducationLevel:
            appendText(m_education, Field::Level, clean, QStringLiteral("\n"));
            break;
        case StandardLabel::Specialty:
            appendText(m_education, Field::Specialty, clean, QStringLiteral("\n"));
            break;
        case StandardLabel::Qualification:
            appendText(m_education, Field::Qualification, clean, QStringLiteral("\n"));
            break;
        case StandardLabel::WorkExperience:
            appendText(m_card, Field::WorkExperience, clean, QStringLiteral("\n"));
            break;
        case StandardLabel::NonFormalEducation:
            appendText(m_card, Field::NonFormalEducation, clean, QStringLiteral("\n"));
            break;
        case StandardLabel::MainPurpose:
            appendText(m_card, Field::MainPurpose, clean, QStringLiteral("\n"));
            break;
        case StandardLabel::WholeTaskAssessment:
            appendText(m_card, Field::WholeTaskAssessment, clean, QStringLiteral("\n"));
            break;
        case StandardLabel::LaborFunction:
            appendText(m_function, Field::Name, ListItemSplitter::withoutMarker(line),
                       QStringLiteral(" "));
            break;
        case StandardLabel::Skill:
            if (isMark(line, label::separately))
                tree.setValue(m_skill, Field::SeparatelyRecognizable, QStringLiteral("true"));
            else
                appendText(m_skill, Field::Name, ListItemSplitter::withoutMarker(line),
                           QStringLiteral(" "));
            break;
        case StandardLabel::ExtraChapter:
        case StandardLabel::ExtraAppendix:
            if (m_extraTitlePending) {
                m_extraTitlePending = false;
                appendText(m_extra, Field::Title, line, {});
            } else {
                addItem(m_extra, Role::Paragraphs,
                        *m_target == StandardLabel::ExtraChapter ? withoutItemNumber(clean)
                                                                 : clean);
            }
            break;
        case StandardLabel::LaborFunctions:
        case StandardLabel::OtherNames:
        case StandardLabel::Abilities:
        case StandardLabel::Knowledge:
        case StandardLabel::PersonalCompetencies:
        case StandardLabel::Regulations:
            m_items.add(text);
            break;
        case StandardLabel::RelatedProfessions:
            related(line);
            break;
        case StandardLabel::StateBody:
            appendText(m_organization, Field::Name, line, QStringLiteral(" "));
            break;
        case StandardLabel::Developers:
            developer(line, piece);
            break;
        case StandardLabel::SectoralCouncil:
            sectoralCouncil(line);
            break;
        case StandardLabel::NationalBody:
            dateField(line, Field::NationalBodyConclusionDate);
            break;
        case StandardLabel::Atameken:
            dateField(line, Field::AtamekenRecommendationDate);
            break;
        case StandardLabel::Version:
            version(line);
            break;
        case StandardLabel::PlannedUpdate:
            plannedUpdate(line);
            break;
        default: // a label that only opens a part (a chapter heading) holds no text
            unplaced(clean);
            break;
        case StandardLabel::LegacyPurpose:
            legacy(clean, StandardRecognizer::tr("a field of the older template without a place "
                                                 "in the 2023 structure"));
            break;
        }
    }

    // «Term – definition» lines of the glossary or of the abbreviations.
    void pairs(const QString& clean) {
        static const QRegularExpression separator(QStringLiteral("\\s*[–—]\\s*|\\s+-\\s+|:\\s"));
        const bool terms = m_target == StandardLabel::Terms;
        for (const QString& rawLine : clean.split(QLatin1Char('\n'))) {
            const QString line = ListItemSplitter::withoutMarker(rawLine).trimmed();
            const QRegularExpressionMatch found = separator.match(line);
            if (!found.hasMatch() || found.capturedStart() == 0) {
                unplaced(rawLine);
                continue;
            }
            const QString id = add(m_standard, terms ? Role::Terms : Role::Abbreviations,
                                   terms ? Kind::Term : Kind::Abbreviation);
            appendText(id, terms ? Field::Term : Field::Abbreviation,
                       line.left(found.capturedStart()).trimmed(), {});
            // The list's punctuation («;» between items, «.» at the end) is the layout's.
            QString definition = line.mid(found.capturedEnd()).trimmed();
            if (definition.endsWith(QLatin1Char(';')) || definition.endsWith(QLatin1Char('.')))
                definition.chop(1);
            appendText(id, terms ? Field::Definition : Field::Expansion, definition, {});
        }
    }

    void standardCode(const QString& line) {
        if (isDash(line)) return;
        static const QRegularExpression serial(QStringLiteral("^\\d{3}$"));
        static const QRegularExpression code(QStringLiteral("^([A-Z])\\s*(\\d{5})\\s*(\\d{3})$"));
        if (serial.match(line).hasMatch()) {
            setValue(m_standard, Field::SerialNumber, line);
        } else if (const QRegularExpressionMatch m = code.match(line); m.hasMatch()) {
            setValue(m_standard, Field::SerialNumber, m.captured(3));
            if (tree.value(m_standard, Field::OkedSectionCode).isEmpty())
                setValue(m_standard, Field::OkedSectionCode, m.captured(1));
        } else {
            legacy(printed(line),
                   StandardRecognizer::tr("the standard's number «%1» is not the serial number "
                                          "of the 2023 code (three digits); kept as printed")
                       .arg(line));
        }
    }

    void oked(const QString& clean) {
        static const struct {
            const char* level;
            QRegularExpression pattern;
        } levels[] = {
            {"subclass",
             QRegularExpression(QStringLiteral("^(\\d{2}\\.\\d{2}\\.\\d)\\s*[-–—]?\\s*(.*)$"))},
            {"class", QRegularExpression(QStringLiteral("^(\\d{2}\\.\\d{2})\\s*[-–—]?\\s*(.*)$"))},
            {"group", QRegularExpression(QStringLiteral("^(\\d{2}\\.\\d)\\s*[-–—]?\\s*(.*)$"))},
            {"division", QRegularExpression(QStringLiteral("^(\\d{2})\\s*[-–—]?\\s+(.*)$"))},
            {"section", QRegularExpression(QStringLiteral("^([A-U])\\s*[-–—]?\\s+(.*)$"))},
        };
        static const QRegularExpression wordPrefix(
            QStringLiteral("^(?:Секция|Раздел|Группа|Класс|Подкласс|Бөлім|Топ|Сынып|Кіші сынып)"
                           "\\s*:?\\s*"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString& rawLine : clean.split(QLatin1Char('\n'))) {
            QString line = rawLine.trimmed();
            line.remove(wordPrefix);
            bool placed = false;
            for (const auto& level : levels) {
                const QRegularExpressionMatch m = level.pattern.match(line);
                if (!m.hasMatch()) continue;
                const QString prefix = Field::Oked + QLatin1Char('/') + QLatin1String(level.level);
                const QString known = tree.value(m_standard, prefix + QStringLiteral("/code"));
                if (!known.isEmpty() && known != m.captured(1)) break;
                setValue(m_standard, prefix + QStringLiteral("/code"), m.captured(1));
                appendText(m_standard, prefix + QStringLiteral("/name"), m.captured(2).trimmed(),
                           {});
                placed = true;
                break;
            }
            if (!placed)
                legacy(rawLine, StandardRecognizer::tr("an OKED entry printed without its code; "
                                                       "the 2023 structure needs the codes of "
                                                       "section, division, group, class and "
                                                       "subclass"));
        }
    }

    // «2523-0-001», «2139 «IT-специалисты…»», «-».
    void occupationCode(const QString& line) {
        if (isDash(line)) return;
        static const QRegularExpression full(
            QStringLiteral("(\\d{4})\\s*-\\s*(\\d)\\s*-\\s*(\\d{3})"));
        static const QRegularExpression group(QStringLiteral("^(\\d{4})(?!\\d)"));
        QString residue = line;
        if (const QRegularExpressionMatch m = full.match(line); m.hasMatch()) {
            setValue(m_card, Field::NkzOccupationCode,
                     m.captured(1) + QLatin1Char('-') + m.captured(2) + QLatin1Char('-') +
                         m.captured(3));
            residue.remove(m.capturedStart(), m.capturedLength());
        } else if (const QRegularExpressionMatch g = group.match(line); g.hasMatch()) {
            if (tree.value(m_card, Field::NkzGroupCode).isEmpty())
                setValue(m_card, Field::NkzGroupCode, g.captured(1));
            residue.remove(g.capturedStart(), g.capturedLength());
            note(ImportNote::Kind::Mapped, m_card, Field::NkzGroupCode,
                 StandardRecognizer::tr("the code printed for the profession, %1, is an NKZ "
                                        "group code; the occupation code is left for the "
                                        "author")
                     .arg(g.captured(1)));
        }
        if (hasLetters(residue) || residue == line)
            legacy(printed(line),
                   StandardRecognizer::tr("the profession's code is printed with more than a code; "
                                          "kept as printed"));
    }

    // «2523», «2523 -0», «3122-0»: the four digits are the NKZ unit group.
    void groupCode(const QString& line) {
        if (isDash(line)) return;
        static const QRegularExpression group(QStringLiteral("^(\\d{4})"));
        const QRegularExpressionMatch m = group.match(line);
        if (!m.hasMatch()) {
            legacy(printed(line), StandardRecognizer::tr("the group code is not four digits; kept "
                                                         "as printed"));
            return;
        }
        setValue(m_card, Field::NkzGroupCode, m.captured(1));
        if (line != m.captured(1))
            note(ImportNote::Kind::Mapped, m_card, Field::NkzGroupCode,
                 StandardRecognizer::tr("the group code printed as «%1» is taken as %2")
                     .arg(line, m.captured(1)));
    }

    // «4», «4.», «5 - 6», «4.2», «4. Техническое и профессиональное образование…».
    void level(const QString& line, const QString& field) {
        if (isDash(line)) return;
        static const QRegularExpression pattern(
            QStringLiteral("^([1-8])(?:[.,]([1-9]))?(?:\\s*[-–—]\\s*([1-8]))?\\s*[.]?\\s*"
                           "(?:-?й\\s*)?(?:уров\\w*\\s*(?:ОРК|НРК)?)?\\s*[.,;]?\\s*"));
        const QRegularExpressionMatch m = pattern.match(line);
        if (!m.hasMatch() || !tree.value(m_card, field).isEmpty()) {
            // The text after the level (a second paragraph of the cell): what education it
            // takes, in the older template.
            educationFromLevel(line);
            return;
        }
        setValue(m_card, field,
                 m.captured(2).isEmpty() ? m.captured(1) : m.captured(1) + '.' + m.captured(2));
        if (!m.captured(3).isEmpty()) {
            note(ImportNote::Kind::Mapped, m_card, field,
                 StandardRecognizer::tr("the level is printed as the range %1-%2; the lower "
                                        "level %1 is taken")
                     .arg(m.captured(1), m.captured(3)));
            legacy(printed(line), StandardRecognizer::tr("a range of levels, kept as printed"));
        }
        const QString rest = line.mid(m.capturedLength()).trimmed();
        if (!rest.isEmpty()) educationFromLevel(rest);
    }

    void educationFromLevel(const QString& text) {
        if (m_education.isEmpty()) {
            m_education = add(m_card, Role::Education, Kind::Education);
            note(ImportNote::Kind::Mapped, m_education, Field::Level,
                 StandardRecognizer::tr("the education and experience printed with the ORK "
                                        "level are taken as the required education"));
        }
        appendText(m_education, Field::Level, text, QStringLiteral("\n"));
    }

    // Cells of the «Связь с другими профессиями» rows: a level or range, a code, a name.
    void related(const QString& rawLine) {
        if (isDash(rawLine)) return;
        // Kasibi's layout: «4 (5)» is ORK (NRK); «Name (8342-1-003)» the name and NKZ code.
        static const QRegularExpression withNrk(
            QStringLiteral("^([1-8](?:\\.[1-9])?)\\s*\\(([1-8](?:\\.[1-9])?)\\)$"));
        static const QRegularExpression withCode(
            QStringLiteral("^(.*\\S)\\s*\\((\\d{4}(?:-\\d-\\d{3})?)\\)$"));
        QString line = rawLine;
        if (const QRegularExpressionMatch m = withNrk.match(line); m.hasMatch()) {
            m_pendingNrk = m.captured(2);
            line = m.captured(1);
        } else if (const QRegularExpressionMatch c = withCode.match(line); c.hasMatch()) {
            m_pendingCode = c.captured(2);
            line = c.captured(1);
        }
        static const QRegularExpression levelPattern(
            QStringLiteral("^([1-8])(?:[.,]([1-9]))?(?:\\s*[-–—]\\s*([1-8]))?(?:\\s*-?\\s*й)?"
                           "(?:\\s*уров\\w*)?(?:\\s*(?:ОРК|НРК))?$"));
        static const QRegularExpression codePattern(
            QStringLiteral("^(\\d{3,4}(?:\\s*-\\s*\\d\\s*-\\s*\\d{3})?)$"));
        if (const QRegularExpressionMatch m = levelPattern.match(line); m.hasMatch()) {
            m_pendingLevel = m;
            return;
        }
        if (const QRegularExpressionMatch m = codePattern.match(line); m.hasMatch()) {
            m_pendingCode = m.captured(1).remove(QLatin1Char(' '));
            return;
        }
        const QString id = add(m_card, Role::RelatedProfessions, Kind::RelatedProfession);
        appendText(id, Field::Name, stripQuotes(line), {});
        if (!m_pendingCode.isEmpty()) setValue(id, Field::NkzOccupationCode, m_pendingCode);
        setValue(id, Field::NrkLevel, m_pendingNrk);
        m_pendingNrk.clear();
        if (m_pendingLevel.hasMatch()) {
            const QRegularExpressionMatch& m = m_pendingLevel;
            setValue(id, Field::OrkLevel,
                     m.captured(2).isEmpty() ? m.captured(1) : m.captured(1) + '.' + m.captured(2));
            if (!m.captured(3).isEmpty()) {
                note(ImportNote::Kind::Mapped, id, Field::OrkLevel,
                     StandardRecognizer::tr("the related profession's ORK level is printed as "
                                            "the range %1; the lower level %2 is taken and the "
                                            "range kept in an extra section")
                         .arg(m.captured(0), m.captured(1)));
                legacy(m.captured(0) + QStringLiteral(" — ") + line,
                       StandardRecognizer::tr("a related profession with a range of levels, "
                                              "kept as printed"));
            }
        }
        m_pendingCode.clear();
        m_pendingLevel = {};
    }

    void developer(const QString& line, const Piece& piece) {
        if (line.startsWith(QStringLiteral("Утвержден"), Qt::CaseInsensitive)) {
            legacy(line, StandardRecognizer::tr("the approving order named among the "
                                                "developers is kept in an extra section"));
            return;
        }
        if (m_organization.isEmpty() || piece.cell != m_developersCell ||
            m_organizationHasContact) {
            m_organizationHasContact = false;
            m_organization = add(m_standard, Role::Developers, Kind::Organization);
            m_developersCell = piece.cell;
        }
        appendText(m_organization, Field::Name, line, QStringLiteral(" "));
    }

    void sectoralCouncil(const QString& line) {
        static const QRegularExpression protocol(
            QStringLiteral(
                "протокол\\s*№\\s*(\\S+)\\s*от\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|"
                "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*(?:жылғы)?\\s*№\\s*(\\S+)\\s*хаттама"),
            QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = protocol.match(line); m.hasMatch()) {
            const bool ru = !m.captured(1).isEmpty();
            setValue(m_standard, Field::CouncilProtocolNumber, ru ? m.captured(1) : m.captured(8));
            const QDate date =
                ru ? QDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(2).toInt())
                   : QDate(m.captured(7).toInt(), m.captured(6).toInt(), m.captured(5).toInt());
            if (date.isValid())
                setValue(m_standard, Field::CouncilProtocolDate, date.toString(Qt::ISODate));
            return;
        }
        appendText(m_standard, Field::CouncilName, line, QStringLiteral(" "));
    }

    void dateField(const QString& line, const QString& field) {
        static const QRegularExpression digits(
            QStringLiteral("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"));
        if (const QRegularExpressionMatch m = digits.match(line); m.hasMatch()) {
            const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
            if (date.isValid()) {
                setValue(m_standard, field, date.toString(Qt::ISODate));
                return;
            }
        }
        legacy(line, StandardRecognizer::tr("a date that could not be read; kept as printed"));
    }

    // «Версия 2, 2022 год», «2, 2024»: the last one printed is the version imported.
    void version(const QString& line) {
        static const QRegularExpression pattern(
            QStringLiteral("^(?:Версия|Нұсқа)?\\s*№?\\s*([\\d.]+)\\s*[,;]?\\s*(\\d{4})?\\s*"
                           "(?:год|г\\.?|жыл)?\\.?$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = pattern.match(line);
        if (!m.hasMatch()) {
            legacy(printed(line), StandardRecognizer::tr("a version that could not be read; kept "
                                                         "as printed"));
            return;
        }
        if (!tree.value(m_standard, Field::Version).isEmpty())
            note(ImportNote::Kind::Mapped, m_standard, Field::Version,
                 StandardRecognizer::tr("several versions are printed; the last one, %1, is "
                                        "taken and the history kept in an extra section")
                     .arg(line));
        setValue(m_standard, Field::Version, m.captured(1));
        if (!m.captured(2).isEmpty()) setValue(m_standard, Field::ReleaseYear, m.captured(2));
        if (hasLetters(line))
            legacy(printed(line), StandardRecognizer::tr("the version as printed"));
    }

    void plannedUpdate(const QString& line) {
        static const QRegularExpression digits(
            QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"));
        if (const QRegularExpressionMatch m = digits.match(line); m.hasMatch()) {
            const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
            if (date.isValid()) {
                setValue(m_standard, Field::PlannedUpdateDate, date.toString(Qt::ISODate));
                return;
            }
        }
        legacy(printed(line), StandardRecognizer::tr("the planned update is printed as «%1», not "
                                                     "as a date; the author sets the date")
                                  .arg(line));
    }

    // --- ends ---

    void finishLists() {
        if (m_items.isEmpty()) {
            m_items = ListItemSplitter();
            return;
        }
        const QStringList items = m_items.items();
        m_items = ListItemSplitter();
        if (!m_target) return;
        switch (*m_target) {
        case StandardLabel::LaborFunctions:
            for (const QString& item : items)
                m_functionList << ListEntry{item, m_listKind, m_where};
            break;
        case StandardLabel::OtherNames:
            for (const QString& item : items)
                addItem(m_card, Role::OtherNames, item);
            break;
        case StandardLabel::Abilities:
            for (const QString& item : items)
                addItem(m_skill, Role::Abilities, item);
            break;
        case StandardLabel::Knowledge:
            for (const QString& item : items)
                addItem(m_skill, Role::Knowledge, item);
            break;
        case StandardLabel::PersonalCompetencies:
            for (const QString& item : items)
                addItem(m_card, Role::PersonalCompetencies, item);
            break;
        case StandardLabel::Regulations:
            for (const QString& item : items)
                addItem(m_card, Role::Regulations, item);
            break;
        default:
            break;
        }
    }

    struct ListEntry {
        QString name;
        QString kind;
        QString where;
    };

    void finishCard() {
        finishLists();
        if (m_card.isEmpty()) return;
        if (m_pendingLevel.hasMatch() || !m_pendingCode.isEmpty())
            unplaced(m_pendingLevel.captured(0) + QLatin1Char(' ') + m_pendingCode);
        m_pendingLevel = {};
        m_pendingCode.clear();
        // The card's name: the profession as printed, or the heading's.
        const QString heading = stripQuotes(m_cardHeading);
        const QString name = tree.value(m_card, Field::Name, m_language);
        if (name.isEmpty() && !heading.isEmpty()) {
            appendText(m_card, Field::Name, heading, {});
            note(ImportNote::Kind::Mapped, m_card, Field::Name,
                 StandardRecognizer::tr("the card's heading gives the profession's name"));
        } else if (!heading.isEmpty() && comparable(heading) != comparable(name)) {
            legacy(m_cardHeading, StandardRecognizer::tr("the card's heading names it differently "
                                                         "from its profession; kept as printed"));
        }
        // Labour functions: the kinds from the list printed above their blocks, by position.
        const QStringList functions = tree.children(m_card, Role::LaborFunctions);
        bool kindGuessed = false;
        for (int i = 0; i < functions.size(); ++i) {
            const QString& id = functions[i];
            const ListEntry entry = i < m_functionList.size() ? m_functionList[i] : ListEntry{};
            // Kasibi's layout marks the additional ones; the older templates list them.
            QString kind = m_additional.contains(id) ? QStringLiteral("additional") : entry.kind;
            if (kind.isEmpty() && !m_additional.isEmpty()) kind = QStringLiteral("mandatory");
            if (kind.isEmpty()) {
                kind = QStringLiteral("mandatory");
                kindGuessed = true;
            }
            tree.setValue(id, Field::Kind, kind);
            const QString blockName = tree.value(id, Field::Name, m_language);
            if (blockName.isEmpty() && !entry.name.isEmpty()) {
                appendText(id, Field::Name, entry.name, {});
            } else if (!entry.name.isEmpty() && comparable(entry.name) != comparable(blockName)) {
                m_where = entry.where;
                legacy(entry.name, StandardRecognizer::tr("the labour function is named "
                                                          "differently in the card's list; the "
                                                          "name above its skills is taken"));
            }
        }
        if (kindGuessed)
            note(ImportNote::Kind::Mapped, m_card, Role::LaborFunctions,
                 StandardRecognizer::tr("the older template does not say which labour functions "
                                        "are mandatory and which additional: all are taken as "
                                        "mandatory"));
        // Functions listed but printed without a block of skills.
        for (int i = int(functions.size()); i < m_functionList.size(); ++i) {
            const ListEntry& entry = m_functionList[i];
            const QString id = add(m_card, Role::LaborFunctions, Kind::LaborFunction);
            tree.setValue(id, Field::Kind,
                          entry.kind.isEmpty() ? QStringLiteral("mandatory") : entry.kind);
            appendText(id, Field::Name, entry.name, {});
            m_where = entry.where;
            note(ImportNote::Kind::Missing, id, Role::Skills,
                 StandardRecognizer::tr("the labour function is listed but printed without "
                                        "skills"));
        }
        // What the 2023 card has and the source does not: the author's to-do list.
        QStringList missing;
        const auto lacks = [&](const QString& field, const QString& what) {
            const FieldSpec* spec = Schema::kind(Kind::ProfessionCard)->field(field);
            const bool empty = spec && spec->type == FieldType::LocalizedText
                                   ? tree.value(m_card, field, m_language).isEmpty()
                                   : tree.value(m_card, field).isEmpty();
            if (empty) missing << what;
        };
        lacks(Field::NkzOccupationCode, StandardRecognizer::tr("NKZ occupation code"));
        lacks(Field::NrkLevel, StandardRecognizer::tr("NRK level"));
        lacks(Field::WorkExperience, StandardRecognizer::tr("work experience"));
        lacks(Field::NonFormalEducation,
              StandardRecognizer::tr("non-formal and informal education"));
        lacks(Field::WholeTaskAssessment, StandardRecognizer::tr("the whole-task assessment"));
        if (!missing.isEmpty()) {
            m_where = m_cardWhere;
            note(ImportNote::Kind::Missing, m_card, {},
                 StandardRecognizer::tr("not in the source, for the author to supply: %1")
                     .arg(missing.join(QStringLiteral(", "))));
        }
        m_card.clear();
        m_function.clear();
        m_skill.clear();
        m_education.clear();
        m_cardHeading.clear();
        m_functionList.clear();
        m_functionWhere.clear();
        m_additional.clear();
    }

    // The printed list of cards is made from the cards in the 2023 structure: kept only when
    // it names something the cards do not.
    void cardList() {
        if (m_cardList.isEmpty()) return;
        QSet<QString> names;
        for (const QString& card : tree.children(m_standard, Role::ProfessionCards))
            names.insert(comparable(tree.value(card, Field::Name, m_language)));
        static const QRegularExpression entry(
            QStringLiteral("^(?:\\d{1,3}\\)\\s*)?(.*?)\\s+[–—-]\\s+.*$"));
        // An entry may give the card's NKZ occupation code before its name, as Kasibi prints it.
        const auto named = [&](const QString& entryName) {
            if (names.contains(comparable(entryName))) return true;
            const QString code = entryName.section(QLatin1Char(' '), 0, 0);
            return ClassifierCodes::hasForm(Classifier::Nkz, ClassifierCodes::DeepestLevel, code) &&
                   names.contains(comparable(entryName.section(QLatin1Char(' '), 1)));
        };
        bool matches = true;
        for (const Printed& printed : m_cardList)
            for (const QString& line : printed.text.split(QLatin1Char('\n'))) {
                const QRegularExpressionMatch m = entry.match(line);
                matches = matches && m.hasMatch() && named(m.captured(1));
            }
        if (matches) return;
        for (const Printed& printed : m_cardList) {
            m_where = printed.where;
            legacy(printed.text, StandardRecognizer::tr("the list of cards is made from the cards "
                                                        "in the 2023 structure; the printed list "
                                                        "is kept as it was"));
        }
    }

    QString leadingText() const {
        QString text;
        for (const Printed& line : m_leading)
            text +=
                QString(line.text).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char(' ');
        return text;
    }

    // The text before the first label, when it is not the approving order's header.
    void placeLeading() {
        const QString where = m_where;
        for (const Printed& line : std::as_const(m_leading)) {
            m_where = line.where;
            unplaced(line.text);
        }
        m_leading.clear();
        m_where = where;
    }

    void finish() {
        placeLeading();
        finishCard();
        cardList();
        if (!m_approvalText.isEmpty()) {
            const ApprovalHeader header = ApprovalHeader::parse(m_approvalText, m_language);
            appendText(m_standard, Field::ApprovalIssuer, header.issuer, {});
            setValue(m_standard, Field::ApprovalOrderNumber, header.orderNumber);
            setValue(m_standard, Field::ApprovalOrderDate, header.orderDate);
            setValue(m_standard, Field::ApprovalAppendixNumber, header.appendixNumber);
            m_where = m_approvalWhere;
            if (header.orderDate.isEmpty() || header.orderNumber.isEmpty())
                legacy(m_approvalText, StandardRecognizer::tr("the approving order's number or "
                                                              "date could not be read; the "
                                                              "header is kept as printed"));
        }
        const QString name = tree.value(m_standard, Field::StandardName, m_language);
        const QString title = stripQuotes(m_title);
        if (name.isEmpty() && !title.isEmpty())
            appendText(m_standard, Field::StandardName, title, {});
        else if (!title.isEmpty() && comparable(title) != comparable(name))
            legacy(m_title, StandardRecognizer::tr("the title differs from the standard's name; "
                                                   "kept as printed"));
        if (tree.children(m_standard, Role::StateBody).isEmpty()) {
            m_where.clear();
            report.add(ImportNote::Kind::Missing,
                       tree.jsonPointer(m_standard) + QStringLiteral("/technicalData/stateBody"),
                       m_standard, m_source,
                       StandardRecognizer::tr("the state body is not in the source, for the "
                                              "author to supply"));
        }
    }

    struct Printed {
        QString text;
        QString where;
    };

    QString m_source;
    QString m_language;
    bool m_restTaken = false;
    QString m_extra;
    bool m_extraTitlePending = false;
    QSet<QString> m_additional;
    QVector<Printed> m_cardList;
    QVector<Printed> m_leading; // before the first label, in document order
    QString m_pendingNrk;
    bool m_organizationHasContact = false;
    QString m_standard;
    QString m_where;
    QString m_labelText;
    // What the text that follows fills; none before the first label.
    std::optional<StandardLabel> m_target;
    bool m_seenChapter = false;
    QMap<QString, int> m_labelsMet;

    QString m_approvalText, m_approvalWhere, m_title;
    QString m_unplaced, m_legacy;

    QString m_card, m_cardWhere, m_cardHeading, m_function, m_skill, m_education;
    QStringList m_functionWhere;
    QVector<ListEntry> m_functionList;
    QString m_listKind;
    ListItemSplitter m_items;
    QRegularExpressionMatch m_pendingLevel;
    QString m_pendingCode;
    QString m_organization;
    int m_developersCell = -1;

    bool m_taskNoted = false, m_implicitSkillNoted = false, m_abilitiesAndSkillsNoted = false;
};

} // namespace

Result<RecognizedStandard> StandardRecognizer::recognize(const WordDocument& document,
                                                         const QString& sourceName) {
    QVector<Piece> pieces;
    int cells = 0, rows = 0, headerParagraphs = 0, bodyParagraphs = 0;
    flatten(document.headers, tr("page header, "), pieces, cells, headerParagraphs, rows);
    // A header that is only a number is the page number Word fills in, not the standard's text.
    static const QRegularExpression pageNumber(QStringLiteral("^\\d{1,4}$"));
    pieces.erase(std::remove_if(pieces.begin(), pieces.end(),
                                [](const Piece& piece) {
                                    return pageNumber.match(piece.normalized).hasMatch();
                                }),
                 pieces.end());
    flatten(document.body, QString(), pieces, cells, bodyParagraphs, rows);
    QString all;
    for (const Piece& piece : pieces)
        all += piece.normalized + QLatin1Char(' ');
    RecognizedStandard result;
    result.language = TextLanguage::of(all);
    Recognition recognition(sourceName, result.language);
    recognition.run(pieces);
    const DocumentTree& tree = recognition.tree;
    const QString standard = tree.standardId();
    if (tree.children(standard, Role::ProfessionCards).isEmpty() && recognition.labelsFound < 3)
        return Result<RecognizedStandard>::failure(
            tr("has no professional standard in it: none of the labels a standard is printed "
               "with (a profession card, labour functions, skills) was found"),
            sourceName);
    result.tree = tree;
    result.report = recognition.report;
    result.labelsMet = recognition.labelsMet();
    return result;
}

} // namespace kasibi
