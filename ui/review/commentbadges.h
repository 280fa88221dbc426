#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>

class QToolButton;

namespace kasibi {

class EditSession;

// The mark on commented fields of a form: a small balloon with the number of open comments at
// the corner of each field editor that has them. Lives as long as the form it marks.
class CommentBadges : public QObject {
    Q_OBJECT
public:
    CommentBadges(EditSession* session, QWidget* form);

    void refresh();
    // The badge on the editor of the field, or nullptr when it has no open comment.
    QToolButton* badge(const QString& elementId, const QString& field) const;
    static QIcon icon();

signals:
    void clicked(const QString& elementId, const QString& field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Target {
        QWidget* widget;
        QString elementId;
        QString field;
    };
    QVector<Target> targets() const;
    void place(QWidget* editor);

    QPointer<EditSession> m_session;
    QWidget* m_form;
};

} // namespace kasibi
