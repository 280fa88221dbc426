#include "ui/fields/localizedtexteditor.h"

#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/fields/growingtextedit.h"
#include "ui/fields/nodeform.h"
#include "ui/shell/undoshortcutfilter.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kasibi {

namespace {

// A tint, not a border: a border of another width would change the box's height.
const QColor kMissingBase(0xfd, 0xec, 0xea);
const QColor kMissingText(0xc0, 0x39, 0x2b);

QString editorText(QWidget* editor) {
    return static_cast<QTextEdit*>(editor)->toPlainText();
}

} // namespace

LocalizedTextEditor::LocalizedTextEditor(EditSession* session, const QString& nodeId,
                                         const QString& field, bool paragraph, QWidget* parent)
    : FieldEditor(session, nodeId, field, parent),
      m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    for (const QString& language : Schema::languages()) {
        Side side;
        side.language = language;
        auto* column = new QVBoxLayout;
        column->setSpacing(1);
        // Names are spell-checked like paragraphs: the same editor, kept to one paragraph.
        auto* edit = new GrowingTextEdit(1, this);
        edit->setSingleParagraph(!paragraph);
        edit->setPlaceholderText(Labels::language(language));
        edit->setPlainText(value(language));
        edit->setSpellLanguage(language);
        connect(edit, &QTextEdit::textChanged, this,
                [this, edit, language] { commit(edit->toPlainText(), language); });
        side.editor = edit;
        side.editor->setObjectName(field + QLatin1Char('@') + language);
        side.editor->setAccessibleName(Labels::language(language));
        side.editor->installEventFilter(this);
        UndoShortcutFilter::install(side.editor);
        if (!isEditable()) edit->setReadOnly(true);
        side.caption = new QLabel(Labels::language(language), this);
        side.caption->setStyleSheet(QStringLiteral("color: palette(mid); font-size: small;"));
        side.caption->setVisible(false);
        column->addWidget(side.caption);
        column->addWidget(side.editor);
        column->addStretch(1); // the two sides start at the same height, however tall each is
        m_layout->addLayout(column, 1);
        m_sides << side;
    }
    connect(session->document(), &StandardDocument::valueChanged, this,
            [this](const QString&, const QString& changedField) {
                if (changedField == Field::Languages) updateMarks();
            });
    updateMarks();
}

QWidget* LocalizedTextEditor::editorFor(const QString& language) const {
    for (const Side& side : m_sides)
        if (side.language == language) return side.editor;
    return m_sides.value(0).editor;
}

QString LocalizedTextEditor::text(const QString& language) const {
    return editorText(editorFor(language));
}

bool LocalizedTextEditor::isMarkedMissing(const QString& language) const {
    for (const Side& side : m_sides)
        if (side.language == language) return side.missing;
    return false;
}

void LocalizedTextEditor::focusLanguage(const QString& language) {
    QWidget* editor = editorFor(language.isEmpty() ? session()->contentLanguage() : language);
    editor->setFocus(Qt::OtherFocusReason);
}

bool LocalizedTextEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn) beginBurst();
    return FieldEditor::eventFilter(watched, event);
}

void LocalizedTextEditor::setEditorText(Side& side, const QString& text) {
    if (editorText(side.editor) == text) return;
    // Undo and redo change the text under the cursor: keep the cursor where it was.
    const QSignalBlocker blocker(side.editor);
    auto* edit = static_cast<QTextEdit*>(side.editor);
    const int position = edit->textCursor().position();
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    edit->setTextCursor(cursor);
}

void LocalizedTextEditor::refresh(const QString& language) {
    for (Side& side : m_sides)
        if (language.isEmpty() || side.language == language)
            setEditorText(side, value(side.language));
    updateMarks();
}

void LocalizedTextEditor::updateMarks() {
    const QStringList required = session()->requiredLanguages();
    bool anyWritten = false;
    for (const Side& side : m_sides)
        if (required.contains(side.language) && !editorText(side.editor).trimmed().isEmpty())
            anyWritten = true;
    for (Side& side : m_sides) {
        const bool missing = anyWritten && required.contains(side.language) &&
                             editorText(side.editor).trimmed().isEmpty();
        if (missing == side.missing) continue;
        side.missing = missing;
        auto* edit = static_cast<QTextEdit*>(side.editor);
        QPalette colors = palette();
        if (missing) {
            colors.setColor(QPalette::Base, kMissingBase);
            colors.setColor(QPalette::PlaceholderText, kMissingText);
        }
        edit->setPalette(colors);
        edit->setPlaceholderText(missing ? tr("missing in %1").arg(Labels::language(side.language))
                                         : Labels::language(side.language));
    }
}

void LocalizedTextEditor::setSideBySide(bool sideBySide) {
    const auto direction = sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() == direction) return;
    m_layout->setDirection(direction);
    m_layout->setSpacing(sideBySide ? 8 : 2);
    for (Side& side : m_sides)
        side.caption->setVisible(!sideBySide);
}

bool LocalizedTextEditor::isSideBySide() const {
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

void LocalizedTextEditor::resizeEvent(QResizeEvent* event) {
    FieldEditor::resizeEvent(event);
    // The form decides for all its texts, so its columns line up.
    for (QWidget* up = parentWidget(); up; up = up->parentWidget())
        if (auto* form = qobject_cast<NodeForm*>(up)) {
            setSideBySide(form->languagesSideBySide());
            return;
        }
}

} // namespace kasibi
