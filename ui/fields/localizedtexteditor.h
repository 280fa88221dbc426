#pragma once

#include "ui/fields/fieldeditor.h"

class QLabel;

namespace kasibi {

// A text in Kazakh and Russian, the two wordings side by side. A wording the standard needs
// that is still missing while the other is written is outlined and named under its side.
class LocalizedTextEditor : public FieldEditor {
    Q_OBJECT
public:
    LocalizedTextEditor(EditSession* session, const QString& nodeId, const QString& field,
                        bool paragraph, QWidget* parent = nullptr);

    void focusLanguage(const QString& language) override;
    QWidget* editorFor(const QString& language) const;
    QString text(const QString& language) const;
    bool isMarkedMissing(const QString& language) const;

protected:
    void refresh(const QString& language) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Side {
        QString language;
        QWidget* editor = nullptr;
        QLabel* mark = nullptr;
        bool missing = false;
    };

    void setEditorText(Side& side, const QString& text);
    void updateMarks();

    QVector<Side> m_sides;
};

} // namespace kasibi
