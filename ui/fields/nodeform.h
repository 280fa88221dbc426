#pragma once

#include "core/model/pageref.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace kasibi {

class EditSession;
class ElidedLabel;
class FieldEditor;
struct FormEntry;

// The form of one page: a chapter of the standard, a profession card (items 1-15 in the order
// of the Rules), a labour function, a skill, an extra chapter. Built for the selected page
// only, so even a large standard opens at once.
class NodeForm : public QWidget {
    Q_OBJECT
public:
    NodeForm(EditSession* session, const PageRef& page, QWidget* parent = nullptr);

    const PageRef& page() const { return m_page; }
    // Focuses the editor of a field of an element shown on this page (the language side of a
    // text, when given); an element or a list without a field gets its row or its Add button.
    bool focusField(const QString& elementId, const QString& field, const QString& language);
    // As focusField, and shows the user where: the field is highlighted for a moment.
    bool showField(const QString& elementId, const QString& field, const QString& language);
    FieldEditor* fieldEditor(const QString& elementId, const QString& field) const;

    // Below this width the two wordings of a text stand one above the other, each named, so
    // that neither is squeezed to a few words a line (or pushed behind a scroll bar).
    static constexpr int SideBySideWidth = 700;
    bool languagesSideBySide() const { return width() >= SideBySideWidth; }

signals:
    void openRequested(const QString& nodeId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void addEntry(QVBoxLayout* layout, const FormEntry& entry);
    QWidget* heading(const QString& number, const QString& text, const QString& hint);
    void refreshTitle();
    void refreshDerived();
    void ensureVisible(QWidget* widget);

    EditSession* m_session;
    PageRef m_page;
    QString m_elementId;
    ElidedLabel* m_title = nullptr;
    QWidget* m_columns = nullptr; // the names of the two columns, when side by side
    QLabel* m_code = nullptr;
    QLabel* m_cards = nullptr;
};

} // namespace kasibi
