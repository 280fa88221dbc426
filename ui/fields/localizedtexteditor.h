#pragma once

#include "ui/fields/fieldeditor.h"

class QBoxLayout;
class QLabel;

namespace kasibi {

// A text in Kazakh and Russian, the two wordings side by side, or one above the other, each
// named, where the form is narrow. A wording the standard needs that is still missing while the
// other is written is tinted and says so in its empty box: nothing appears or goes below the
// boxes as the user types, so the form does not move.
class LocalizedTextEditor : public FieldEditor {
    Q_OBJECT
public:
    LocalizedTextEditor(EditSession* session, const QString& nodeId, const QString& field,
                        bool paragraph, QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;
    QWidget* editorFor(const QString& language) const;
    QString text(const QString& language) const;
    bool isMarkedMissing(const QString& language) const;
    void setSideBySide(bool sideBySide);
    bool isSideBySide() const;

protected:
    void refresh(const QString& language) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Side {
        QString language;
        QWidget* editor = nullptr;
        QLabel* caption = nullptr; // the language's name, when the sides are stacked
        bool missing = false;
    };

    void setEditorText(Side& side, const QString& text);
    void updateMarks();

    QVector<Side> m_sides;
    QBoxLayout* m_layout;
};

} // namespace kasibi
