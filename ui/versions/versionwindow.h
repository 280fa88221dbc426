#pragma once

#include "core/model/documenttree.h"
#include "core/model/result.h"
#include "core/store/versioninfo.h"

#include <memory>
#include <QMainWindow>
#include <QPointer>
#include <QTemporaryDir>

class QScrollArea;
class QTreeView;

namespace kasibi {

class EditSession;
class NavigatorModel;
class NodeForm;

// A saved version shown as the editor shows the standard, outline and forms, read-only. The
// version is copied to a file of its own, opened read-only, so nothing can reach the original.
class VersionWindow : public QMainWindow {
    Q_OBJECT
public:
    static Result<VersionWindow*> open(const DocumentTree& content, const VersionInfo& version,
                                       QWidget* parent = nullptr);
    ~VersionWindow() override;

    EditSession* session() const { return m_session.get(); }
    QTreeView* navigator() const { return m_navigator; }
    NodeForm* currentForm() const;

private:
    explicit VersionWindow(QWidget* parent);
    void showCurrentPage();

    QTemporaryDir m_folder;
    std::unique_ptr<EditSession> m_session;
    NavigatorModel* m_model;
    QTreeView* m_navigator;
    QScrollArea* m_formArea;
    QPointer<NodeForm> m_form;
};

} // namespace kasibi
