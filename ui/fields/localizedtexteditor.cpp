#include "ui/fields/localizedtexteditor.h"

#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/fields/growingtextedit.h"
#include "ui/shell/undoshortcutfilter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kasibi {

namespace {

const char* kMissingStyle = "border: 1px solid #c0392b; border-radius: 2px;";

QString editorText(QWidget* editor) {
    return static_cast<QTextEdit*>(editor)->toPlainText();
}

} // namespace

LocalizedTextEditor::LocalizedTextEditor(EditSession* session, const QString& nodeId,
                                         const QString& field, bool paragraph, QWidget* parent)
    : FieldEditor(session, nodeId, field, parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
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
        side.mark = new QLabel(tr("missing in %1").arg(Labels::language(language)), this);
        side.mark->setStyleSheet(QStringLiteral("color: #c0392b; font-size: small;"));
        side.mark->setVisible(false);
        column->addWidget(side.editor);
        column->addWidget(side.mark);
        column->addStretch(1); // the two sides start at the same height, however tall each is
        layout->addLayout(column, 1);
        m_sides << side;
    }
    connect(session->document(), &StandardDocument::valueChanged, this,
            [this](const QString&, const QString& changedField) {
                if (changedField == QLatin1String("languages")) updateMarks();
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
        side.editor->setStyleSheet(missing ? QString::fromLatin1(kMissingStyle) : QString());
        side.mark->setVisible(missing);
    }
}

} // namespace kasibi
