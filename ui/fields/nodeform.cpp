#include "ui/fields/nodeform.h"

#include "core/model/formplan.h"
#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/classifier/classifierlookup.h"
#include "ui/commands/editsession.h"
#include "ui/fields/elementlisteditor.h"
#include "ui/fields/elidedlabel.h"
#include "ui/fields/fieldeditor.h"
#include "ui/fields/fieldeditors.h"
#include "ui/fields/fieldhighlight.h"
#include "ui/fields/localizedtexteditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace kasibi {

NodeForm::NodeForm(EditSession* session, const PageRef& page, QWidget* parent)
    : QWidget(parent), m_session(session), m_page(page),
      m_elementId(FormPlan::elementOf(session->tree(), page)) {
    setObjectName(QStringLiteral("form"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(6);
    // One line: a title that follows the name being typed must not push the form down.
    m_title = new ElidedLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    // The two columns of every text, named once at the top.
    m_columns = new QWidget(this);
    auto* columns = new QHBoxLayout(m_columns);
    columns->setContentsMargins(0, 0, 0, 0);
    for (const QString& language : Schema::languages()) {
        auto* label = new QLabel(Labels::language(language), m_columns);
        label->setStyleSheet(QStringLiteral("color: palette(mid); font-weight: bold;"));
        columns->addWidget(label, 1);
    }
    layout->addWidget(m_columns);

    for (const FormEntry& entry : FormPlan::entries(session->tree(), page))
        addEntry(layout, entry);
    layout->addStretch(1);

    connect(session->document(), &StandardDocument::valueChanged, this,
            [this](const QString& id, const QString& field) {
                if (id != m_session->tree().standardId() && id != m_elementId &&
                    !m_session->tree()
                         .children(m_session->tree().standardId(), Role::ProfessionCards)
                         .contains(id))
                    return;
                if (id == m_elementId) refreshTitle();
                Q_UNUSED(field);
                refreshDerived();
            });
    connect(session->document(), &StandardDocument::childrenChanged, this,
            [this] { refreshDerived(); });
    refreshTitle();
    refreshDerived();
}

QWidget* NodeForm::heading(const QString& number, const QString& text, const QString& hint) {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(1);
    auto* label = new QLabel(number.isEmpty() ? text : number + QLatin1Char(' ') + text, box);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    if (!hint.isEmpty()) {
        auto* hintLabel = new QLabel(hint, box);
        hintLabel->setWordWrap(true);
        hintLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(hintLabel);
    }
    return box;
}

void NodeForm::addEntry(QVBoxLayout* layout, const FormEntry& entry) {
    const Node* node = m_session->tree().node(m_elementId);
    if (!node) return;
    const KindSpec* spec = Schema::kind(node->kind);
    switch (entry.type) {
    case FormEntry::Type::Fields: {
        if (entry.names.size() == 1) {
            const FieldSpec* field = spec->field(entry.names.first());
            if (!field) return;
            if (!FieldEditors::labelsItself(*field))
                layout->addWidget(heading(entry.number, Labels::field(node->kind, field->name),
                                          Labels::hint(node->kind, field->name)));
            layout->addWidget(
                FieldEditors::create(m_session, m_elementId, node->kind, *field, this));
            return;
        }
        // Short values that belong together, side by side, each with its own label.
        if (!entry.number.isEmpty() || !entry.text.isEmpty())
            layout->addWidget(heading(entry.number, entry.text, {}));
        auto* grid = new QGridLayout;
        grid->setHorizontalSpacing(16);
        int column = 0;
        for (const QString& name : entry.names) {
            const FieldSpec* field = spec->field(name);
            if (!field) continue;
            grid->addWidget(new QLabel(Labels::field(node->kind, name), this), 0, column);
            grid->addWidget(FieldEditors::create(m_session, m_elementId, node->kind, *field, this),
                            1, column);
            grid->setColumnStretch(column, 1);
            ++column;
        }
        layout->addLayout(grid);
        if (entry.names.contains(Field::NkzOccupationCode))
            layout->addWidget(new ClassifierLookup(m_session, m_elementId, Classifier::Nkz, this));
        return;
    }
    case FormEntry::Type::Classified: {
        const QString prefix = entry.names.first();
        const FieldSpec* code = spec->field(prefix + QStringLiteral("/code"));
        const FieldSpec* name = spec->field(prefix + QStringLiteral("/name"));
        if (!code || !name) return;
        layout->addWidget(heading(entry.number, Labels::field(node->kind, code->name), {}));
        auto* row = new QHBoxLayout;
        FieldEditor* codeEditor =
            FieldEditors::create(m_session, m_elementId, node->kind, *code, this);
        codeEditor->setFixedWidth(110);
        row->addWidget(codeEditor, 0, Qt::AlignTop);
        row->addWidget(FieldEditors::create(m_session, m_elementId, node->kind, *name, this), 1);
        layout->addLayout(row);
        // The subclass sets every level above it: looked up once, filled in all.
        if (prefix == QLatin1String("passport/oked/subclass"))
            layout->addWidget(new ClassifierLookup(m_session, m_elementId, Classifier::Oked, this));
        return;
    }
    case FormEntry::Type::List:
    case FormEntry::Type::LinkedList: {
        const QString role = entry.names.first();
        layout->addWidget(heading(entry.number, Labels::list(node->kind, role), {}));
        auto* list =
            new ElementListEditor(m_session, m_elementId, role,
                                  entry.type == FormEntry::Type::List ? ElementRow::Mode::Inline
                                                                      : ElementRow::Mode::Linked,
                                  this);
        connect(list, &ElementListEditor::openRequested, this, &NodeForm::openRequested);
        layout->addWidget(list);
        return;
    }
    case FormEntry::Type::StandardCode:
        layout->addWidget(heading(entry.number, tr("Code of the professional standard"),
                                  tr("Made of the OKED section letter, the digits of the OKED "
                                     "subclass and the serial number; set by the fields below.")));
        m_code = new QLabel(this);
        m_code->setObjectName(QStringLiteral("standardCode"));
        m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_code);
        return;
    case FormEntry::Type::CardSummary:
        layout->addWidget(heading(entry.number, tr("List of profession cards"),
                                  tr("Names per NKZ and ORK levels, from chapter 3.")));
        m_cards = new QLabel(this);
        m_cards->setWordWrap(true);
        m_cards->setTextFormat(Qt::RichText);
        layout->addWidget(m_cards);
        return;
    case FormEntry::Type::Note:
        layout->addWidget(heading(entry.number, entry.text, {}));
        return;
    }
}

void NodeForm::refreshTitle() {
    if (m_page.chapter != PageRef::None) {
        m_title->setFullText(Labels::chapter(m_page.chapter));
        return;
    }
    const Node* node = m_session->tree().node(m_elementId);
    if (!node) return;
    const QString kind = Labels::pageTitle(node->kind);
    const QString name = m_session->displayName(m_elementId);
    m_title->setFullText(name.isEmpty() ? kind : kind + QStringLiteral(": ") + name);
}

void NodeForm::refreshDerived() {
    const DocumentTree& tree = m_session->tree();
    if (m_code) {
        const QString code = tree.standardCode();
        if (code.isEmpty())
            m_code->setText(tr("<i>not yet known: fill in the OKED section and subclass</i>"));
        else if (code.endsWith(DocumentTree::PendingSerialNumber))
            m_code->setText(QStringLiteral("<b>%1</b> ").arg(code) +
                            tr("<i>(the serial number is assigned on the NQS digital "
                               "platform)</i>"));
        else
            m_code->setText(QStringLiteral("<b>%1</b>").arg(code));
    }
    if (m_cards) {
        QStringList items;
        for (const QString& id : tree.children(tree.standardId(), Role::ProfessionCards)) {
            const QString name = m_session->displayName(id);
            const QString level = tree.value(id, Field::OrkLevel);
            items << QStringLiteral("<li>%1%2</li>")
                         .arg(name.isEmpty() ? tr("<i>no name yet</i>") : name.toHtmlEscaped(),
                              level.isEmpty() ? QString() : tr(" — ORK level %1").arg(level));
        }
        m_cards->setText(items.isEmpty() ? tr("<i>No profession cards yet.</i>")
                                         : QStringLiteral("<ol>") + items.join(QString()) +
                                               QStringLiteral("</ol>"));
    }
}

FieldEditor* NodeForm::fieldEditor(const QString& elementId, const QString& field) const {
    for (FieldEditor* editor : findChildren<FieldEditor*>())
        if (editor->nodeId() == elementId && editor->field() == field) return editor;
    return nullptr;
}

bool NodeForm::focusField(const QString& elementId, const QString& field, const QString& language) {
    QWidget* target = nullptr;
    if (FieldEditor* editor = fieldEditor(elementId, field)) {
        editor->focusLanguage(language);
        target = editor;
    } else {
        const auto lists = findChildren<ElementListEditor*>();
        for (ElementListEditor* list : lists) {
            if (list->parentId() == elementId && list->role() == field) {
                list->addButton()->setFocus(Qt::OtherFocusReason);
                target = list;
                break;
            }
            if (ElementRow* row = list->row(elementId)) {
                row->focusField(field, language);
                target = row;
                break;
            }
        }
        if (!target && elementId == m_elementId) {
            // The element as a whole: its first editor.
            const auto editors = findChildren<FieldEditor*>();
            if (!editors.isEmpty()) {
                editors.first()->focusLanguage(language);
                target = editors.first();
            }
        }
        // An element below a row (none in the current forms) is found through its ancestors.
        if (!target) {
            const Node* node = m_session->tree().node(elementId);
            if (node && !node->parentId.isEmpty() && node->parentId != m_elementId)
                return focusField(node->parentId, {}, language);
        }
    }
    if (!target) return false;
    ensureVisible(QWidget::focusWidget() && isAncestorOf(QWidget::focusWidget())
                      ? QWidget::focusWidget()
                      : target);
    return true;
}

bool NodeForm::showField(const QString& elementId, const QString& field, const QString& language) {
    if (!focusField(elementId, field, language)) return false;
    QWidget* focused = QWidget::focusWidget();
    QWidget* target = focused && isAncestorOf(focused) ? focused : nullptr;
    if (FieldEditor* editor = fieldEditor(elementId, field); editor && !target) target = editor;
    if (target) FieldHighlight::flash(target);
    return true;
}

void NodeForm::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (event->size().width() == event->oldSize().width()) return;
    const bool sideBySide = languagesSideBySide();
    m_columns->setVisible(sideBySide);
    for (LocalizedTextEditor* editor : findChildren<LocalizedTextEditor*>())
        editor->setSideBySide(sideBySide);
}

void NodeForm::ensureVisible(QWidget* widget) {
    for (QWidget* up = parentWidget(); up; up = up->parentWidget())
        if (auto* area = qobject_cast<QScrollArea*>(up)) {
            // After the layout has settled, or the position is not known yet.
            QTimer::singleShot(0, area, [area, widget = QPointer<QWidget>(widget)] {
                if (widget) area->ensureWidgetVisible(widget, 40, 80);
            });
            return;
        }
}

} // namespace kasibi
