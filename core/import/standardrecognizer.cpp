#include "core/import/standardrecognizer.h"

#include "core/import/approvalheader.h"
#include "core/import/cardrecognizer.h"
#include "core/import/generalprovisionsrecognizer.h"
#include "core/import/labelvariants.h"
#include "core/import/passportrecognizer.h"
#include "core/import/printedtext.h"
#include "core/import/recognitioncontext.h"
#include "core/import/technicaldatarecognizer.h"
#include "core/import/textlanguage.h"
#include "core/import/textpiece.h"
#include "core/model/schema.h"

#include <QRegularExpression>
#include <QSet>

namespace kasibi {

namespace {

// The labels of a card's fields: outside a card, a paragraph that reads like one is a value.
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

// The labels after which no card's text follows: chapter 4's, and the extra chapters' and
// appendices'.
bool endsCards(StandardLabel label) {
    switch (label) {
    case StandardLabel::TechnicalData:
    case StandardLabel::StateBody:
    case StandardLabel::Developers:
    case StandardLabel::SectoralCouncil:
    case StandardLabel::NationalBody:
    case StandardLabel::Atameken:
    case StandardLabel::Version:
    case StandardLabel::PlannedUpdate:
    case StandardLabel::ExtraChapter:
    case StandardLabel::ExtraAppendix:
        return true;
    default:
        return false;
    }
}

// Reads a document's paragraphs in order: finds the labels, hands each to the reader of its
// chapter, and the text after it to the reader of the field it announces. The approving order's
// header, the title, extra chapters and appendices, and fields of older templates are read here.
class Recognition {
public:
    Recognition(QString source, QString language)
        : m_context(std::move(source), std::move(language)), m_generalProvisions(m_context),
          m_passport(m_context), m_cards(m_context), m_technicalData(m_context) {}

    int labelsFound = 0;

    const DocumentTree& tree() const { return m_context.tree; }
    const ImportReport& report() const { return m_context.report; }
    QMap<QString, int> labelsMet() const { return m_labelsMet; }

    void run(const QVector<TextPiece>& pieces) {
        for (int i = 0; i < pieces.size(); ++i) {
            const TextPiece& piece = pieces[i];
            m_context.where = piece.where;
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
                        scattered && !(needsCard(scattered->label) && !m_cards.hasCard())) {
                        label = scattered;
                        i = j;
                        break;
                    }
                }
            }
            if (label) {
                ++labelsFound;
                m_labelsMet[label->variant] += 1;
                m_context.restTaken = false;
                begin(*label, piece);
                if (!label->rest.isEmpty() && !m_context.restTaken) fill(label->rest, piece);
                continue;
            }
            // A row whose label cell this reader does not know: its text is not the field
            // above's.
            if (piece.firstInCell && piece.column == 0 && piece.rowHasSeveralCells &&
                m_context.target && isRowScoped(*m_context.target)) {
                m_cards.finishLists();
                m_context.target.reset();
            }
            fill(piece.text, piece);
        }
        finish();
    }

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

    std::optional<LabelVariants::Match> labelOf(const TextPiece& piece, const QString& text) {
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
        if (needsCard(match->label) && !m_cards.hasCard()) return std::nullopt;
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

    void begin(const LabelVariants::Match& match, const TextPiece& piece) {
        m_cards.finishLists();
        m_context.labelText = piece.normalized;
        using L = StandardLabel;
        const L label = match.label;
        if (label != L::Approval && label != L::Title) m_seenChapter = true;
        if (label == L::Approval && !m_leading.isEmpty()) {
            m_approvalText += leadingText();
            m_approvalWhere = m_leading.first().where;
            m_leading.clear();
        }
        placeLeading();
        if (endsCards(label)) m_cards.finish();
        if (m_generalProvisions.begin(match) || m_passport.begin(match) || m_cards.begin(match) ||
            m_technicalData.begin(match, piece))
            return;
        switch (label) {
        case L::Approval:
            // The formula is parsed whole, «Приложение № 20» with the order's name and date.
            m_context.target = L::Approval;
            m_context.restTaken = true;
            m_approvalText += QLatin1Char(' ') + piece.normalized;
            if (m_approvalWhere.isEmpty()) m_approvalWhere = m_context.where;
            break;
        case L::Title:
            m_context.target = L::Title;
            break;
        case L::ExtraChapter:
        case L::ExtraAppendix:
            m_extra = m_context.add(m_context.standard, Role::ExtraSections, Kind::ExtraSection);
            m_context.tree.setValue(m_extra, Field::Kind,
                                    label == L::ExtraChapter ? QStringLiteral("chapter")
                                                             : QStringLiteral("appendix"));
            // A chapter's title follows its number; an appendix's is the next paragraph (the
            // standard's name after «Приложение N» is the one in the passport).
            if (label == L::ExtraChapter)
                m_context.appendText(m_extra, Field::Title, match.rest, {});
            m_extraTitlePending = label == L::ExtraAppendix;
            m_context.restTaken = true;
            m_context.target = label;
            break;
        case L::LegacyPurpose:
        case L::LegacyUpdatedBy:
        case L::LegacyExpertise:
        case L::LegacyApprovedBy:
            m_context.target = L::LegacyPurpose;
            m_context.restTaken = true;
            // The label with its value: the field is kept as printed.
            m_context.legacy(piece.normalized,
                             StandardRecognizer::tr("«%1» has no place in the 2023 structure; "
                                                    "kept in an extra section")
                                 .arg(match.variant));
            break;
        default: // each chapter's reader took its labels
            break;
        }
    }

    void fill(const QString& text, const TextPiece& piece) {
        const QString clean = PrintedText::cleanLines(text);
        if (clean.isEmpty()) return;
        const QString line = QString(clean).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!m_context.target) {
            // Before the first label: the lines of a header that closes with its label, or
            // text no label claims, which the first label tells apart.
            if (labelsFound == 0)
                m_leading << RecognitionContext::Printed{clean, m_context.where};
            else
                m_context.unplaced(clean);
            return;
        }
        if (m_generalProvisions.fill(clean) || m_passport.fill(clean, line) ||
            m_cards.fill(text, clean, line) || m_technicalData.fill(line, piece))
            return;
        switch (*m_context.target) {
        case StandardLabel::Approval:
            m_approvalText += QLatin1Char(' ') + line;
            if (m_approvalWhere.isEmpty()) m_approvalWhere = m_context.where;
            break;
        case StandardLabel::Title:
            m_title += (m_title.isEmpty() ? QString() : QStringLiteral(" ")) + line;
            break;
        case StandardLabel::ExtraChapter:
        case StandardLabel::ExtraAppendix:
            if (m_extraTitlePending) {
                m_extraTitlePending = false;
                m_context.appendText(m_extra, Field::Title, line, {});
            } else {
                m_context.addItem(m_extra, Role::Paragraphs,
                                  *m_context.target == StandardLabel::ExtraChapter
                                      ? PrintedText::withoutItemNumber(clean)
                                      : clean);
            }
            break;
        case StandardLabel::LegacyPurpose:
            m_context.legacy(clean, StandardRecognizer::tr("a field of the older template without "
                                                           "a place in the 2023 structure"));
            break;
        default: // a label that only opens a part (a chapter heading) holds no text
            m_context.unplaced(clean);
            break;
        }
    }

    QString leadingText() const {
        QString text;
        for (const RecognitionContext::Printed& line : m_leading)
            text +=
                QString(line.text).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char(' ');
        return text;
    }

    // The text before the first label, when it is not the approving order's header.
    void placeLeading() {
        const QString where = m_context.where;
        for (const RecognitionContext::Printed& line : std::as_const(m_leading)) {
            m_context.where = line.where;
            m_context.unplaced(line.text);
        }
        m_leading.clear();
        m_context.where = where;
    }

    void finish() {
        placeLeading();
        m_cards.finish();
        m_passport.finish();
        const QString& standard = m_context.standard;
        if (!m_approvalText.isEmpty()) {
            const ApprovalHeader header = ApprovalHeader::parse(m_approvalText, m_context.language);
            m_context.appendText(standard, Field::ApprovalIssuer, header.issuer, {});
            m_context.setValue(standard, Field::ApprovalOrderNumber, header.orderNumber);
            m_context.setValue(standard, Field::ApprovalOrderDate, header.orderDate);
            m_context.setValue(standard, Field::ApprovalAppendixNumber, header.appendixNumber);
            m_context.where = m_approvalWhere;
            if (header.orderDate.isEmpty() || header.orderNumber.isEmpty())
                m_context.legacy(m_approvalText,
                                 StandardRecognizer::tr("the approving order's number or date "
                                                        "could not be read; the header is kept as "
                                                        "printed"));
        }
        const QString name =
            m_context.tree.value(standard, Field::StandardName, m_context.language);
        const QString title = PrintedText::stripQuotes(m_title);
        if (name.isEmpty() && !title.isEmpty())
            m_context.appendText(standard, Field::StandardName, title, {});
        else if (!title.isEmpty() &&
                 PrintedText::comparable(title) != PrintedText::comparable(name))
            m_context.legacy(m_title, StandardRecognizer::tr("the title differs from the "
                                                             "standard's name; kept as printed"));
        m_technicalData.finish();
    }

    RecognitionContext m_context;
    GeneralProvisionsRecognizer m_generalProvisions;
    PassportRecognizer m_passport;
    CardRecognizer m_cards;
    TechnicalDataRecognizer m_technicalData;
    bool m_seenChapter = false;
    QMap<QString, int> m_labelsMet;
    QVector<RecognitionContext::Printed> m_leading; // before the first label, in document order
    QString m_approvalText, m_approvalWhere, m_title;
    QString m_extra; // the extra chapter or appendix being read
    bool m_extraTitlePending = false;
};

} // namespace

Result<RecognizedStandard> StandardRecognizer::recognize(const WordDocument& document,
                                                         const QString& sourceName) {
    const QVector<TextPiece> pieces = TextPiece::readAll(document);
    QString all;
    for (const TextPiece& piece : pieces)
        all += piece.normalized + QLatin1Char(' ');
    RecognizedStandard result;
    result.language = TextLanguage::of(all);
    Recognition recognition(sourceName, result.language);
    recognition.run(pieces);
    const DocumentTree& tree = recognition.tree();
    const QString standard = tree.standardId();
    if (tree.children(standard, Role::ProfessionCards).isEmpty() && recognition.labelsFound < 3)
        return Result<RecognizedStandard>::failure(
            tr("has no professional standard in it: none of the labels a standard is printed "
               "with (a profession card, labour functions, skills) was found"),
            sourceName);
    result.tree = tree;
    result.report = recognition.report();
    result.labelsMet = recognition.labelsMet();
    return result;
}

} // namespace kasibi
