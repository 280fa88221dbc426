#pragma once

#include "core/classifier/classifier.h"
#include "core/classifier/classifierentry.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace kasibi {

class EditSession;

// A search line over a classifier edition: by code or by words in Kazakh or Russian, it lists
// "code — kk name | ru name". Choosing an OKED subclass fills the passport's OKED levels;
// choosing an NKZ occupation fills the codes and name of a card or a related profession; either
// is one undo step.
class ClassifierLookup : public QWidget {
    Q_OBJECT
public:
    ClassifierLookup(EditSession* session, const QString& elementId, Classifier classifier,
                     QWidget* parent = nullptr);

    QLineEdit* searchLine() const { return m_line; }
    QCompleter* completer() const { return m_completer; }
    // Lists what the query finds (as typing does); returns how many entries are offered.
    int search(const QString& query);
    // Fills the element from the entry with this code, as choosing it in the list does.
    bool choose(const QString& code);

    static constexpr int CodeRole = Qt::UserRole + 1;

private:
    int deepestLevel() const;

    EditSession* m_session;
    QString m_elementId;
    Classifier m_classifier;
    QLineEdit* m_line;
    QLabel* m_message;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
};

} // namespace kasibi
