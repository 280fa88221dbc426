#include "windowfixture.h"

#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "testsupport.h"
#include "ui/commands/editsession.h"
#include "ui/review/commenteditdialog.h"
#include "ui/shell/documentcontroller.h"
#include "ui/versions/lifecyclecontroller.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

namespace kasibi::test {

WindowFixture::WindowFixture(const QSize& size) {
    window.setDialogsEnabled(false);
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(
        window.documents()->newDocument(folder.filePath(QStringLiteral("standard.kasibi")), true));
    const DocumentTree& tree = window.session()->tree();
    standard = tree.standardId();
    card = tree.children(standard, QStringLiteral("professionCards")).value(0);
    REQUIRE_FALSE(card.isEmpty());
}

SampleWindowFixture::SampleWindowFixture() : path(folder.filePath(QStringLiteral("s.kasibi"))) {
    REQUIRE(StandardDocument::create(path, sampleTree()).ok());
    window.setDialogsEnabled(false);
    REQUIRE(window.documents()->openDocument(path));
    lifecycle = window.findChild<LifecycleController*>();
    REQUIRE(lifecycle);
}

QString addComment(EditSession* session, const QHash<QString, QString>& values) {
    const DocumentTree& tree = session->tree();
    Node comment{DocumentTree::newId(), Kind::Comment, tree.rootId, Role::Comments};
    comment.values = values;
    const QString id = session->insertSubtree(tree.rootId, Role::Comments, -1, {comment}, {});
    REQUIRE(!id.isEmpty());
    return id;
}

std::shared_ptr<bool> answerCommentDialog(const QString& text) {
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(0, [text, answered] {
        auto* dialog = qobject_cast<CommentEditDialog*>(QApplication::activeModalWidget());
        auto* edit =
            dialog ? dialog->findChild<QPlainTextEdit*>(QStringLiteral("commentText")) : nullptr;
        if (!edit) return;
        edit->setPlainText(text);
        *answered = true;
        dialog->accept();
    });
    return answered;
}

} // namespace kasibi::test
