#include "ui/review/commenteditdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kasibi {

CommentEditDialog::CommentEditDialog(const QString& place, const QString& quoted, QWidget* parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("commentEditDialog"));
    setWindowTitle(quoted.isEmpty() ? tr("Add a comment") : tr("Reply"));
    auto* layout = new QVBoxLayout(this);
    auto* where = new QLabel(tr("<b>On:</b> %1").arg(place.toHtmlEscaped()), this);
    where->setWordWrap(true);
    layout->addWidget(where);
    if (!quoted.isEmpty()) {
        auto* quote = new QLabel(quoted, this);
        quote->setWordWrap(true);
        quote->setTextFormat(Qt::PlainText);
        quote->setStyleSheet(QStringLiteral(
            "color: palette(dark); border-left: 3px solid palette(mid); padding-left: 6px;"));
        layout->addWidget(quote);
    }
    m_edit->setObjectName(QStringLiteral("commentText"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumSize(420, 120);
    layout->addWidget(m_edit, 1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(quoted.isEmpty() ? tr("Add") : tr("Reply"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
    };
    connect(m_edit, &QPlainTextEdit::textChanged, this, update);
    update();
    m_edit->setFocus();
}

void CommentEditDialog::setText(const QString& text) {
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

QString CommentEditDialog::text() const {
    return m_edit->toPlainText().trimmed();
}

} // namespace kasibi
