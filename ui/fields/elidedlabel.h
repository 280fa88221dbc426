#pragma once

#include <QLabel>

namespace kasibi {

// One line of text, cut short with "…" when it does not fit, the whole text in the tooltip. A
// heading that follows what is being typed (a card's name in the form's title) keeps its height,
// so the form below it does not move under the pointer.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    const QString& fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace kasibi
