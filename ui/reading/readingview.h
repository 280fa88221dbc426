#pragma once

#include "core/layout/standardlayout.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;
class QTimer;

namespace kasibi {

class EditSession;

// A profession card, or the whole standard, as it will print (StandardLayout, in Kazakh or
// Russian), to be read as a whole. Every printed text knows the element and field it comes
// from, as comments are anchored on it: a right click offers "Add Comment…" on that place, a
// double click asks for one at once. Follows the document as it changes.
class ReadingView : public QWidget {
    Q_OBJECT
public:
    // The place a printed text comes from: an element and its field (empty: the element as a
    // whole, as a list item is commented on).
    struct Place {
        QString elementId;
        QString field;
        bool isValid() const { return !elementId.isEmpty(); }
        bool operator==(const Place&) const = default;
    };

    // `cardId` empty: the whole standard.
    ReadingView(EditSession* session, const QString& cardId, const QString& language,
                QWidget* parent = nullptr);

    QTextBrowser* textView() const { return m_text; }
    const QString& cardId() const { return m_cardId; }
    QString language() const;
    void setLanguage(const QString& language);
    // The place of the text at a character of the shown document; invalid between texts.
    Place placeAt(int position) const;
    // Where the printed text of a place begins in the shown document, or -1.
    int positionOf(const Place& place) const;

signals:
    void commentRequested(const QString& elementId, const QString& field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void showContextMenu(const QPoint& pos);

    QPointer<EditSession> m_session;
    QString m_cardId;
    QComboBox* m_language;
    QLabel* m_place;
    QTextBrowser* m_text;
    QTimer* m_refresh;
    QVector<Place> m_places; // by the index each text carries in its format
};

} // namespace kasibi
