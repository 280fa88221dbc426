#include "ui/review/conclusiondialog.h"

#include "core/classifier/classifiercheck.h"
#include "core/model/labels.h"
#include "core/model/schema.h"
#include "core/validation/conclusiondraft.h"
#include "core/validation/criterion.h"
#include "ui/classifier/classifiercontroller.h"
#include "ui/commands/editsession.h"
#include "ui/fields/fieldeditor.h"
#include "ui/fields/fieldeditors.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/shell/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kasibi {

namespace {

enum Column { NumberColumn, TitleColumn, VerdictColumn, RemarkColumn };

QStringList verdicts() {
    return Schema::kind(Kind::Assessment)->field(Field::Verdict)->enumValues;
}

} // namespace

ConclusionDialog::ConclusionDialog(EditSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(this)),
      m_fill(new QPushButton(tr("Fill from &Validation"), this)) {
    setObjectName(QStringLiteral("conclusionDialog"));
    setWindowTitle(tr("Conclusion of the National body"));
    resize(1100, 760);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The conclusion on the expert examination of the draft (Appendix 3 to the Rules). "
           "Each criterion is assessed by the expert; the verdicts can be drafted from "
           "validation and then changed."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QString root = session->tree().rootId;
    const KindSpec* document = Schema::kind(Kind::Document);
    auto* form = new QFormLayout;
    form->addRow(Labels::field(Kind::Document, Field::ConclusionStateBody),
                 FieldEditors::create(session, root, Kind::Document,
                                      *document->field(Field::ConclusionStateBody), this));
    form->addRow(Labels::field(Kind::Document, Field::ExaminationDate),
                 FieldEditors::create(session, root, Kind::Document,
                                      *document->field(Field::ExaminationDate), this));
    layout->addLayout(form);

    m_table->setObjectName(QStringLiteral("assessments"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Criterion"), tr("Verdict"), tr("Remark of the expert")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(VerdictColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RemarkColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_fill->setObjectName(QStringLiteral("fillFromValidation"));
    m_fill->setToolTip(tr("Draft every verdict from the findings of validation: \"does not "
                          "meet\" where an error stands against the criterion"));
    buttons->addButton(m_fill, QDialogButtonBox::ActionRole);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportConclusion"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fill, &QPushButton::clicked, this, &ConclusionDialog::askFillFromValidation);
    connect(exportButton, &QPushButton::clicked, this, &ConclusionDialog::exportRequested);

    build();
    StandardDocument* doc = session->document();
    connect(doc, &StandardDocument::childrenChanged, this,
            [this](const QString& parentId, const QString& role) {
                if (role == ConclusionDraft::AssessmentsRole &&
                    parentId == m_session->tree().rootId)
                    refresh();
            });
    connect(doc, &StandardDocument::valueChanged, this, [this](const QString& id) {
        const Node* node = m_session->tree().node(id);
        if (node && node->kind == Kind::Assessment)
            refreshRow(node->values.value(Field::Criterion));
    });
    connect(doc, &StandardDocument::contentReset, this, &ConclusionDialog::refresh);
    // The document going away takes the dialog with it.
    connect(session, &QObject::destroyed, this, &QObject::deleteLater);
}

void ConclusionDialog::build() {
    const QVector<Criterion>& criteria = Criterion::all();
    const QString language = Preferences::effectiveUiLanguage();
    int group = 0;
    int row = 0;
    const bool editable = !m_session->isReadOnly();
    for (const Criterion& criterion : criteria) {
        if (criterion.group != group) {
            group = criterion.group;
            m_table->insertRow(row);
            auto* heading = new QTableWidgetItem(
                QStringLiteral("%1. %2").arg(group).arg(Criterion::groupTitle(group, language)));
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            m_table->setItem(row, 0, heading);
            m_table->setSpan(row, 0, 1, 4);
            ++row;
        }
        m_table->insertRow(row);
        m_table->setItem(row, NumberColumn, new QTableWidgetItem(criterion.number));
        auto* title = new QTableWidgetItem(criterion.title.in(language));
        title->setToolTip(criterion.title.in(language));
        m_table->setItem(row, TitleColumn, title);

        auto* verdict = new QComboBox(m_table);
        verdict->setObjectName(QStringLiteral("verdict-") + criterion.number);
        verdict->addItem(tr("— not assessed —"), QString());
        for (const QString& value : verdicts())
            verdict->addItem(Labels::enumValue(Field::Verdict, value), value);
        verdict->setEnabled(editable);
        const QString number = criterion.number;
        connect(verdict, &QComboBox::activated, this,
                [this, verdict, number] { setVerdict(number, verdict->currentData().toString()); });
        m_table->setCellWidget(row, VerdictColumn, verdict);
        m_verdicts.insert(number, verdict);

        auto* remark = new QWidget(m_table);
        remark->setObjectName(QStringLiteral("remark-") + criterion.number);
        auto* remarkLayout = new QVBoxLayout(remark);
        remarkLayout->setContentsMargins(0, 0, 0, 0);
        m_table->setCellWidget(row, RemarkColumn, remark);
        m_remarks.insert(number, remark);
        ++row;
    }
    refresh();
}

QComboBox* ConclusionDialog::verdictEditor(const QString& criterion) const {
    return m_verdicts.value(criterion);
}

LocalizedTextEditor* ConclusionDialog::remarkEditor(const QString& criterion) const {
    QWidget* cell = m_remarks.value(criterion);
    return cell ? cell->findChild<LocalizedTextEditor*>() : nullptr;
}

QString ConclusionDialog::assessmentOf(const QString& criterion) const {
    const DocumentTree& tree = m_session->tree();
    for (const QString& id : tree.children(tree.rootId, ConclusionDraft::AssessmentsRole))
        if (tree.value(id, Field::Criterion) == criterion) return id;
    return {};
}

void ConclusionDialog::refresh() {
    for (const Criterion& criterion : Criterion::all())
        refreshRow(criterion.number);
    m_fill->setEnabled(!m_session->isReadOnly());
}

void ConclusionDialog::refreshRow(const QString& criterion) {
    QComboBox* verdict = m_verdicts.value(criterion);
    QWidget* remark = m_remarks.value(criterion);
    if (!verdict || !remark) return;
    const QString id = assessmentOf(criterion);
    const DocumentTree& tree = m_session->tree();
    {
        const QSignalBlocker blocker(verdict);
        verdict->setCurrentIndex(qMax(0, verdict->findData(tree.value(id, Field::Verdict))));
    }
    // Only an assessed criterion takes a remark: the verdict comes first. The editor follows
    // its assessment, which "Fill from validation" and undo replace.
    LocalizedTextEditor* editor = remarkEditor(criterion);
    auto* waiting = remark->findChild<QLabel*>();
    if (editor && editor->nodeId() == id) return;
    delete editor;
    if (id.isEmpty()) {
        if (!waiting) {
            waiting = new QLabel(tr("Choose a verdict first"), remark);
            waiting->setStyleSheet(QStringLiteral("color: palette(mid);"));
            remark->layout()->addWidget(waiting);
        }
    } else {
        delete waiting;
        editor = new LocalizedTextEditor(m_session, id, Field::Remark, true, remark);
        editor->setObjectName(QStringLiteral("remarkEditor-") + criterion);
        remark->layout()->addWidget(editor);
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->cellWidget(row, RemarkColumn) == remark) m_table->resizeRowToContents(row);
}

void ConclusionDialog::setVerdict(const QString& criterion, const QString& verdict) {
    if (!m_session) return;
    const QString id = assessmentOf(criterion);
    if (!id.isEmpty()) {
        m_session->setValue(id, Field::Verdict, {},
                            verdict.isEmpty() ? std::nullopt : std::optional<QString>(verdict));
        refreshRow(criterion);
        return;
    }
    if (verdict.isEmpty()) return;
    // The assessments stay in the order of the form.
    const DocumentTree& tree = m_session->tree();
    int index = 0;
    for (const Criterion& c : Criterion::all()) {
        if (c.number == criterion) break;
        if (!assessmentOf(c.number).isEmpty()) ++index;
    }
    Node node{DocumentTree::newId(), Kind::Assessment, tree.rootId,
              ConclusionDraft::AssessmentsRole};
    node.values.insert(Field::Criterion, criterion);
    node.values.insert(Field::Verdict, verdict);
    m_session->insertSubtree(tree.rootId, ConclusionDraft::AssessmentsRole, index, {node},
                             tr("Assess criterion %1").arg(criterion));
    refreshRow(criterion);
}

void ConclusionDialog::setRemark(const QString& criterion, const QString& language,
                                 const QString& remark) {
    const QString id = m_session ? assessmentOf(criterion) : QString();
    if (id.isEmpty()) return;
    m_session->setValue(id, Field::Remark, language,
                        remark.isEmpty() ? std::nullopt : std::optional<QString>(remark));
}

void ConclusionDialog::askFillFromValidation() {
    const DocumentTree& tree = m_session->tree();
    if (!tree.children(tree.rootId, ConclusionDraft::AssessmentsRole).isEmpty() &&
        QMessageBox::question(this, tr("Fill from validation"),
                              tr("Replace the verdicts and remarks with a draft from validation? "
                                 "Undo brings the present ones back.")) != QMessageBox::Yes)
        return;
    fillFromValidation();
}

void ConclusionDialog::fillFromValidation() {
    if (!m_session) return;
    const DocumentTree tree = m_session->tree();
    // Codes and names against the classifier editions in use count too (1.3, 2.1-2.3, 2.12).
    const ClassifierController* classifiers = ClassifierController::of(this);
    const Findings findings =
        ClassifierCheck::withValidation(tree, classifiers ? classifiers->store() : nullptr);
    const QVector<QVector<Node>> drafted = ConclusionDraft::assessments(tree, findings);
    {
        const EditSession::Step step(m_session, tr("Fill the conclusion from validation"));
        for (const QString& id : tree.children(tree.rootId, ConclusionDraft::AssessmentsRole))
            m_session->removeElement(id);
        for (int i = 0; i < drafted.size(); ++i)
            m_session->insertSubtree(
                tree.rootId, ConclusionDraft::AssessmentsRole, i, drafted[i],
                tr("Assess criterion %1").arg(drafted[i].first().values.value(Field::Criterion)));
    }
}

} // namespace kasibi
