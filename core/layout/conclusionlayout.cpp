#include "core/layout/conclusionlayout.h"

#include "core/layout/printedlabels.h"
#include "core/model/schema.h"
#include "core/validation/criterion.h"

namespace kasibi {

using Style = LayoutParagraph::Style;

void ConclusionLayout::conclusion() {
    const QString standard = m_out.tree().standardId();
    const QString root = m_out.tree().rootId;
    m_out.layout().title = m_out.l(label::conclusionTitle);
    m_out.paragraph(m_out.layout().title, Style::Title);
    heading(standard, root);
    criteria(root);
}

void ConclusionLayout::heading(const QString& standard, const QString& root) {
    QString standardLine = quoted(m_out.text(standard, Field::StandardName));
    if (const QString code = StandardLayout::cleanText(m_out.tree().standardCode());
        !code.isEmpty())
        standardLine += QStringLiteral(" (") + code + QLatin1Char(')');
    m_out.paragraph(m_out.l(label::conclusionStandard).arg(standardLine), Style::Item);
    // The form names the state body as the National body wrote it; a draft conclusion may not
    // have it yet, and then the standard's own chapter 4 says who it is.
    QString stateBody = m_out.text(root, Field::ConclusionStateBody);
    if (stateBody.isEmpty())
        for (const QString& body : m_out.children(standard, Role::StateBody))
            stateBody = m_out.text(body, Field::Name);
    m_out.paragraph(m_out.l(label::conclusionStateBody).arg(stateBody), Style::Item);
    m_out.paragraph(m_out.l(label::conclusionDate)
                        .arg(LayoutBuilder::formatDate(m_out.plain(root, Field::ExaminationDate))),
                    Style::Item);
}

void ConclusionLayout::criteria(const QString& root) {
    QHash<QString, QString> assessmentOf;
    for (const QString& assessment : m_out.children(root, Role::Assessments))
        assessmentOf.insert(m_out.tree().value(assessment, Field::Criterion), assessment);

    m_out.startTable({10, 45, 45});
    m_out.row(true);
    m_out.cell();
    m_out.cellParagraph(m_out.l(label::criterionNumber), Style::CellLabel);
    m_out.cell();
    m_out.cellParagraph(m_out.l(label::criterion), Style::CellLabel);
    m_out.cell();
    m_out.cellParagraph(m_out.l(label::assessment), Style::CellLabel);
    int group = 0;
    for (const Criterion& criterion : Criterion::all()) {
        if (criterion.group != group) {
            group = criterion.group;
            m_out.row();
            m_out.cell();
            m_out.cellParagraph(QString::number(group) + QLatin1Char('.'), Style::CellLabel);
            m_out.cell(2);
            m_out.cellParagraph(Criterion::groupTitle(group, m_out.language()), Style::CellLabel);
        }
        m_out.row();
        m_out.cell();
        // The form prints 1.2 twice; "1.2a" is our name for the second one only.
        QString number = criterion.number;
        if (number.endsWith(QLatin1Char('a'))) number.chop(1);
        m_out.cellParagraph(number + QLatin1Char('.'), Style::CellText);
        m_out.cell();
        m_out.cellParagraph(criterion.title.in(m_out.language()), Style::CellText);
        m_out.cell();
        const QString assessment = assessmentOf.value(criterion.number);
        const QString verdict = m_out.tree().value(assessment, Field::Verdict);
        const QString verdictText =
            verdict == QLatin1String("meets")            ? m_out.l(label::meets)
            : verdict == QLatin1String("does-not-meet")  ? m_out.l(label::doesNotMeet)
            : verdict == QLatin1String("not-applicable") ? m_out.l(label::notApplicable)
                                                         : QString();
        m_out.cellParagraph(verdictText, Style::CellLabel, assessment, Field::Verdict);
        if (const QString remark = m_out.text(assessment, Field::Remark); !remark.isEmpty())
            m_out.cellParagraph(remark, Style::CellText, assessment, Field::Remark);
    }
}

} // namespace kasibi
