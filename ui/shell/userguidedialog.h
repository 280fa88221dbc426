#pragma once

#include <QDialog>

class QTextBrowser;

namespace kasibi {

// Help > User Guide: the main tasks with screenshots, in the interface language (the guides are
// shipped in resources/guide/), and the keyboard shortcuts, read from the window's actions so
// that the list is always the one the menus give.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* window, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The guide's text for a language ("kk", "ru", "en"; English for any other).
    static QString guide(const QString& language);
    // A table of the shortcuts of the window's actions and of the keys of the form's lists.
    static QString shortcuts(const QWidget* window);

private:
    QTextBrowser* m_browser;
};

} // namespace kasibi
