#pragma once

#include "ui/shell/mainwindow.h"

#include <QHash>
#include <QSize>
#include <QTemporaryDir>

#include <memory>

namespace kasibi {
class EditSession;
class LifecycleController;
} // namespace kasibi

namespace kasibi::test {

// The editor's window shown at a size, on a new standard from the template (a card, two
// functions, two skills each) in a folder of its own; failures are emitted, not shown.
struct WindowFixture {
    QTemporaryDir folder;
    MainWindow window;
    QString standard;
    QString card; // the template's card

    explicit WindowFixture(const QSize& size = {1366, 768});
};

// The sample standard in a document file of its own, open in the editor's window (not shown;
// failures are emitted, not shown), and the window's lifecycle controller (versions, timeline).
struct SampleWindowFixture {
    QTemporaryDir folder;
    QString path;
    MainWindow window;
    LifecycleController* lifecycle = nullptr;

    SampleWindowFixture();
};

// A comment as a reviewer's file brings it (its place, author, date, text, a suggestion), added
// to the document through the session; its id.
QString addComment(EditSession* session, const QHash<QString, QString>& values);

// Answers the comment dialog the next action opens, as a user typing the text and pressing Add
// would. Tells afterwards whether it did: a REQUIRE in the timer would throw through Qt's event
// loop.
std::shared_ptr<bool> answerCommentDialog(const QString& text);

} // namespace kasibi::test
