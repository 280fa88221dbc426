#include "core/model/schema.h"
#include "core/registry/registry.h"
#include "core/store/documentstore.h"
#include "postgrescluster.h"
#include "testsupport.h"
#include "ui/registry/registrycontroller.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferences.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace kasibi;
using test::PostgresCluster;

namespace {

// A reviewer's copy pulled from the registry, with a remark on the first card and the
// Appendix 3 conclusion's date filled in.
QString reviewedCopy(Registry& registry, const QString& standardId, const QString& path) {
    Result<PulledStandard> pulled = registry.pull(standardId);
    REQUIRE(pulled.ok());
    DocumentTree tree = pulled.value().tree;
    Node comment{DocumentTree::newId(), Kind::Comment, tree.rootId, Role::Comments};
    comment.values.insert(Field::TargetId,
                          tree.children(standardId, Role::ProfessionCards).first());
    comment.values.insert(Field::Author, QStringLiteral("Айгерим"));
    comment.values.insert(Field::Created, QStringLiteral("2026-11-20T10:30:00Z"));
    comment.values.insert(Field::Text, QStringLiteral("Уточнить уровень ОРК"));
    tree.insertSubtree(tree.rootId, Role::Comments, 1000, {comment});
    tree.setValue(tree.rootId, Field::ExaminationDate, QStringLiteral("2026-11-21"));
    REQUIRE(DocumentStore::create(path, tree, false, pulled.value().link).ok());
    return path;
}

qint64 count(const QString& connection, const QString& sql) {
    auto session = PostgresCluster::instance().connect(connection);
    QSqlQuery query(session->database());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("The editor sends a reviewer's comments and conclusion to the published version, "
          "once, and a reader is refused in words",
          "[registry][editor][review]") {
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString connection = cluster.newRegistry();
    cluster.createLogin(QStringLiteral("reviewer_ui"), QStringLiteral("kasibi_reviewer"));
    cluster.createLogin(QStringLiteral("reader_ui"), QStringLiteral("kasibi_reader"));
    auto owner = Registry::open(connection);
    REQUIRE(owner.ok());
    const DocumentTree sample = test::sampleTree();
    REQUIRE(owner.value()->publish(sample, std::nullopt).ok());
    QTemporaryDir dir;
    const QString copy =
        reviewedCopy(*owner.value(), sample.standardId(), dir.filePath(QStringLiteral("r.kasibi")));

    MainWindow window;
    window.setDialogsEnabled(false);
    window.show();
    QStringList failures;
    QObject::connect(&window, &MainWindow::failureShown,
                     [&](const QString&, const QString& message) { failures << message; });
    REQUIRE(window.documents()->openDocument(copy));
    QAction* send = window.findChild<QAction*>(QStringLiteral("sendReviewToRegistry"));
    REQUIRE(send);
    REQUIRE(send->isEnabled());
    // The call runs in the registry's thread: the test waits for its end.
    auto* controller = window.findChild<RegistryController*>();
    const auto sendAndWait = [&] {
        send->trigger();
        REQUIRE(QTest::qWaitFor([&] { return !controller->isBusy(); }, 30000));
    };

    // A reader may not: the database refuses, the user reads why, nothing is added.
    Preferences::setRegistryAddress(
        PostgresCluster::asUser(connection, QStringLiteral("reader_ui")));
    sendAndWait();
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().contains(
        QStringLiteral("your account (reader_ui) may not comment on published standards")));
    CHECK(count(connection, QStringLiteral("SELECT count(*) FROM kasibi.review_comment")) == 0);

    // The reviewer: the remark on the card and the conclusion go to version 1.
    Preferences::setRegistryAddress(
        PostgresCluster::asUser(connection, QStringLiteral("reviewer_ui")));
    sendAndWait();
    REQUIRE(failures.size() == 1);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("1 new comment")));
    const QString card = sample.children(sample.standardId(), Role::ProfessionCards).first();
    CHECK(count(connection, QStringLiteral("SELECT count(*) FROM kasibi.review_comment WHERE "
                                           "version = 1 AND author = 'reviewer_ui' AND element = "
                                           "'%1' AND body = 'Уточнить уровень ОРК'")
                                .arg(card)) == 1);
    CHECK(count(connection, QStringLiteral("SELECT count(*) FROM kasibi.review_conclusion WHERE "
                                           "version = 1 AND author = 'reviewer_ui' AND "
                                           "conclusion ->> 'examinationDate' = '2026-11-21'")) ==
          1);
    // Sent again: nothing twice.
    sendAndWait();
    REQUIRE(failures.size() == 1);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("1 already there")));
    CHECK(count(connection, QStringLiteral("SELECT count(*) FROM kasibi.review_comment")) == 1);
    CHECK(count(connection, QStringLiteral("SELECT count(*) FROM kasibi.review_conclusion")) == 1);

    // A document not taken from this registry has no published version to review.
    const QString own = dir.filePath(QStringLiteral("own.kasibi"));
    REQUIRE(DocumentStore::create(own, sample, false).ok());
    REQUIRE(window.documents()->openDocument(own));
    sendAndWait();
    REQUIRE(failures.size() == 2);
    CHECK(failures.last().contains(QStringLiteral("was not taken from this registry")));
    Preferences::setRegistryAddress({});
}
