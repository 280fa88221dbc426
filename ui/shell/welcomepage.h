#pragma once

#include <QWidget>

class QListWidget;

namespace kasibi {

// What the window shows when no standard is open: how to start, and the recent files.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void refresh();
    QListWidget* recentList() const { return m_recent; }
    // Shown until an interface language is chosen, when the system's is neither Kazakh nor
    // Russian (an English or C locale): Kasibi would otherwise stay in English.
    QWidget* languageOffer() const { return m_languageOffer; }

signals:
    void newRequested();
    void newFromTemplateRequested();
    void openRequested();
    void openForReviewRequested();
    void openSampleRequested();
    void recentRequested(const QString& path);
    // From the offer of a language on a system in none of ours: "kk", "ru" or "en".
    void languageChosen(const QString& language);

private:
    QListWidget* m_recent;
    QWidget* m_languageOffer;
};

} // namespace kasibi
