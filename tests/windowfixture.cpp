#include "windowfixture.h"

#include "core/model/schema.h"
#include "ui/commands/editsession.h"
#include "ui/shell/documentcontroller.h"

#include <catch2/catch.hpp>

#include <QTest>

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

QString addComment(EditSession* session, const QHash<QString, QString>& values) {
    const DocumentTree& tree = session->tree();
    Node comment{DocumentTree::newId(), Kind::Comment, tree.rootId, Role::Comments};
    comment.values = values;
    const QString id = session->insertSubtree(tree.rootId, Role::Comments, -1, {comment}, {});
    REQUIRE(!id.isEmpty());
    return id;
}

} // namespace kasibi::test
