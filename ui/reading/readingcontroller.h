#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace kasibi {

class MainWindow;
class ReadingView;

// View > Read the Card / Read the Whole Standard, and Read the Card in the navigator's context
// menu: a card (the one selected, or the one the selected page belongs to) or the standard as
// it will print, in the interface's language of the standard, with comments asked for on any
// part of it through the comments' own path.
class ReadingController : public QObject {
    Q_OBJECT
public:
    explicit ReadingController(MainWindow* window);

    QAction* readCardAction() const { return m_readCard; }
    QAction* readStandardAction() const { return m_readStandard; }
    // Opens a read view of the card (empty: of the whole standard); null without a document.
    ReadingView* read(const QString& cardId);
    // The card the navigator's current item is, or is in; empty outside the cards.
    QString selectedCard() const;

private:
    void updateActions();

    MainWindow* m_window;
    QAction* m_readCard;
    QAction* m_readStandard;
};

} // namespace kasibi
