#include "core/lifecycle/approvalstep.h"
#include "core/model/schema.h"
#include "failingvfs.h"
#include "ui/commands/editsession.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kasibi;

namespace {

std::unique_ptr<EditSession> sessionOn(const QString& path,
                                       AccessMode mode = AccessMode::ReadWrite) {
    auto document = StandardDocument::open(path, mode);
    REQUIRE(document.ok());
    return std::make_unique<EditSession>(std::move(document.value()));
}

} // namespace

TEST_CASE("EditSession: typing in one field within a burst is one undo step") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a.kasibi"));
    REQUIRE(StandardDocument::create(path, DocumentTree::newStandard()).ok());
    auto session = sessionOn(path);
    const QString standard = session->tree().standardId();
    const QString field = QStringLiteral("passport/name");
    const int burst = session->newBurst();
    for (const QString& text : {QStringLiteral("Д"), QStringLiteral("До"), QStringLiteral("Доб")})
        REQUIRE(session->setValue(standard, field, QStringLiteral("ru"), text, burst));
    CHECK(session->undoStack()->count() == 1);
    CHECK(session->undoStack()->undoText() ==
          QStringLiteral("Edit name of the professional standard"));
    // Another burst in the same field is another step.
    REQUIRE(session->setValue(standard, field, QStringLiteral("ru"), QStringLiteral("Добыча"),
                              session->newBurst()));
    CHECK(session->undoStack()->count() == 2);
    session->undoStack()->undo();
    CHECK(session->tree().value(standard, field, QStringLiteral("ru")) == QStringLiteral("Доб"));
    session->undoStack()->undo();
    CHECK(session->tree().value(standard, field, QStringLiteral("ru")).isEmpty());
    // What was undone is undone in the file too.
    CHECK(sessionOn(path, AccessMode::ReadOnly)
              ->tree()
              .value(standard, field, QStringLiteral("ru"))
              .isEmpty());
}

TEST_CASE("EditSession: a removed element comes back where it was, with everything in it") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("b.kasibi"));
    REQUIRE(StandardDocument::create(path, DocumentTree::newStandard()).ok());
    auto session = sessionOn(path);
    const QString standard = session->tree().standardId();
    const QString role = QStringLiteral("professionCards");
    const QString first = session->addElement(standard, role);
    const QString second = session->addElement(standard, role);
    const QString third = session->addElement(standard, role);
    const QString function = session->addElement(second, QStringLiteral("laborFunctions"));
    REQUIRE(session->setValue(function, QStringLiteral("name"), QStringLiteral("kk"),
                              QStringLiteral("Қазу")));
    CHECK(session->undoStack()->undoText() == QStringLiteral("Edit name of the labour function"));

    REQUIRE(session->removeElement(second));
    CHECK(session->undoStack()->undoText() == QStringLiteral("Remove profession card"));
    CHECK(session->tree().children(standard, role) == QStringList{first, third});
    session->undoStack()->undo();
    CHECK(session->tree().children(standard, role) == QStringList{first, second, third});
    CHECK(session->tree().text(function, QStringLiteral("name")).kk == QStringLiteral("Қазу"));

    REQUIRE(session->moveElement(third, 0));
    CHECK(session->undoStack()->undoText() == QStringLiteral("Move profession card"));
    session->undoStack()->undo();
    CHECK(session->tree().children(standard, role) == QStringList{first, second, third});

    const QString copy = session->duplicateElement(second);
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(session->tree().children(standard, role) == QStringList{first, second, copy, third});
    const QString copiedFunction =
        session->tree().children(copy, QStringLiteral("laborFunctions")).value(0);
    CHECK(copiedFunction != function);
    CHECK(session->tree().text(copiedFunction, QStringLiteral("name")).kk ==
          QStringLiteral("Қазу"));
}

TEST_CASE("EditSession: a change the file refuses is reported and leaves no step to undo") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("c.kasibi"));
    REQUIRE(StandardDocument::create(path, DocumentTree::newStandard()).ok());
    auto session = sessionOn(path, AccessMode::ReadOnly);
    QSignalSpy failures(session.get(), &EditSession::failed);
    const QString standard = session->tree().standardId();
    CHECK_FALSE(session->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                                  QStringLiteral("Добыча")));
    CHECK(session->addElement(standard, QStringLiteral("professionCards")).isEmpty());
    CHECK(failures.size() == 2);
    CHECK(failures.first().first().value<Error>().where == path);
    CHECK(session->undoStack()->count() == 0);
    CHECK(session->tree()
              .value(standard, QStringLiteral("passport/name"), QStringLiteral("ru"))
              .isEmpty());
}

TEST_CASE("EditSession: an edit the disk does not take is reported by file and reason, the "
          "editing goes on") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("d.kasibi"));
    REQUIRE(StandardDocument::create(path, DocumentTree::newStandard()).ok());
    test::FailingVfs disk;
    auto session = sessionOn(path);
    QSignalSpy failures(session.get(), &EditSession::failed);
    const QString standard = session->tree().standardId();
    const QString field = QStringLiteral("passport/name");
    REQUIRE(session->setValue(standard, field, QStringLiteral("ru"), QStringLiteral("Добыча")));
    const int steps = session->undoStack()->count();

    disk.failAfter(0, test::FailingVfs::Failure::DiskFull, path);
    CHECK_FALSE(
        session->setValue(standard, field, QStringLiteral("ru"), QStringLiteral("Добыча руды")));
    CHECK(session->addElement(standard, QStringLiteral("professionCards")).isEmpty());
    disk.disarm();
    REQUIRE(failures.size() == 2);
    const Error error = failures.first().first().value<Error>();
    CHECK(error.where == path);
    CHECK(error.message.contains(QStringLiteral("disk is full")));
    CHECK(session->tree().value(standard, field, QStringLiteral("ru")) == QStringLiteral("Добыча"));
    CHECK(session->tree().children(standard, QStringLiteral("professionCards")).isEmpty());
    CHECK(session->undoStack()->count() == steps);

    // With room on the disk again, the next edit is made, and undo still works.
    REQUIRE(
        session->setValue(standard, field, QStringLiteral("ru"), QStringLiteral("Добыча угля")));
    CHECK(session->undoStack()->count() == steps + 1);
    session->undoStack()->undo();
    CHECK(session->tree().value(standard, field, QStringLiteral("ru")) == QStringLiteral("Добыча"));
    session.reset();
    CHECK(sessionOn(path, AccessMode::ReadOnly)
              ->tree()
              .value(standard, field, QStringLiteral("ru")) == QStringLiteral("Добыча"));
}

namespace {

// What a user does to attach the open standard to an e-mail: copies the .kasibi alone.
QString nameInPlainCopy(const QString& path, const QString& standard) {
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("attached.kasibi"));
    REQUIRE(QFile::copy(path, copy));
    auto opened = StandardDocument::open(copy);
    INFO((opened ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    return opened.value()->tree().value(standard, QStringLiteral("passport/name"),
                                        QStringLiteral("ru"));
}

} // namespace

TEST_CASE("EditSession: a plain copy of the open file has an edit a second after typing stops") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("open.kasibi"));
    REQUIRE(StandardDocument::create(path, DocumentTree::newStandard()).ok());
    auto session = sessionOn(path);
    const QString standard = session->tree().standardId();
    const int burst = session->newBurst();
    for (const QString& text : {QStringLiteral("Св"), QStringLiteral("Сварка")})
        REQUIRE(session->setValue(standard, QStringLiteral("passport/name"), QStringLiteral("ru"),
                                  text, burst));
    QElapsedTimer sinceEdit;
    sinceEdit.start();
    // At once the edit is committed, in the log beside the file.
    CHECK(nameInPlainCopy(path, standard).isEmpty());
    CHECK(session->isCheckpointPending());
    REQUIRE(QTest::qWaitFor(
        [&] { return nameInPlainCopy(path, standard) == QStringLiteral("Сварка"); }, 3000));
    CHECK(sinceEdit.elapsed() < EditSession::CheckpointDelay + 1000);
    CHECK_FALSE(session->isCheckpointPending());
}

TEST_CASE("EditSession: leaving the application or saving a version brings the file up to date") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("open.kasibi"));
    REQUIRE(StandardDocument::create(path, DocumentTree::newStandard()).ok());
    auto session = sessionOn(path);
    const QString standard = session->tree().standardId();
    const QString field = QStringLiteral("passport/name");
    REQUIRE(session->setValue(standard, field, QStringLiteral("ru"), QStringLiteral("Первое")));
    // The user switches to the mail program: no waiting for the timer.
    REQUIRE(QMetaObject::invokeMethod(qApp, "applicationStateChanged",
                                      Q_ARG(Qt::ApplicationState, Qt::ApplicationInactive)));
    CHECK(nameInPlainCopy(path, standard) == QStringLiteral("Первое"));

    REQUIRE(session->setValue(standard, field, QStringLiteral("ru"), QStringLiteral("Второе")));
    REQUIRE(session->document()->saveVersion(QStringLiteral("sent")).ok());
    CHECK(nameInPlainCopy(path, standard) == QStringLiteral("Второе"));

    REQUIRE(session->setValue(standard, field, QStringLiteral("ru"), QStringLiteral("Третье")));
    REQUIRE(session->checkpointNow().ok()); // File > Save, an export, Save As
    CHECK(nameInPlainCopy(path, standard) == QStringLiteral("Третье"));
}

TEST_CASE("EditSession: a list replaced as a whole is one step, and undo brings the old one back") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("r.kasibi"));
    REQUIRE(StandardDocument::create(path, DocumentTree::newStandard()).ok());
    auto session = sessionOn(path);
    const QString root = session->tree().rootId;
    const auto assessment = [&](const QString& criterion) {
        Node node{DocumentTree::newId(), Kind::Assessment, root, Role::Assessments};
        node.values.insert(Field::Criterion, criterion);
        node.values.insert(Field::Verdict, QStringLiteral("meets"));
        return QVector<Node>{node};
    };
    const QString first =
        session->insertSubtree(root, Role::Assessments, 0, assessment(QStringLiteral("1.1")),
                               QStringLiteral("Assess criterion 1.1"));
    REQUIRE(!first.isEmpty());
    CHECK(session->undoStack()->undoText() == QStringLiteral("Assess criterion 1.1"));
    const QStringList before = session->tree().children(root, Role::Assessments);
    REQUIRE(before == QStringList{first});

    const QVector<QVector<Node>> drafted{assessment(QStringLiteral("1.2")),
                                         assessment(QStringLiteral("2.1"))};
    REQUIRE(session->replaceChildren(root, Role::Assessments, drafted,
                                     QStringLiteral("Fill the conclusion from validation")));
    const QStringList after = session->tree().children(root, Role::Assessments);
    CHECK(after == QStringList{drafted[0].first().id, drafted[1].first().id});
    CHECK(session->undoStack()->count() == 2);
    CHECK(session->undoStack()->undoText() ==
          QStringLiteral("Fill the conclusion from validation"));
    CHECK(sessionOn(path, AccessMode::ReadOnly)->tree().children(root, Role::Assessments) == after);

    session->undoStack()->undo();
    CHECK(session->tree().children(root, Role::Assessments) == before);
    CHECK(session->tree().value(first, Field::Criterion) == QStringLiteral("1.1"));
    CHECK(sessionOn(path, AccessMode::ReadOnly)->tree().children(root, Role::Assessments) ==
          before);
}

TEST_CASE("EditSession: the edits of a named step are undone together") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("s.kasibi"));
    REQUIRE(StandardDocument::create(path, DocumentTree::newStandard()).ok());
    auto session = sessionOn(path);
    const QString root = session->tree().rootId;
    QString id;
    {
        const EditSession::Step step(session.get(), QStringLiteral("Add approval step"));
        id = session->addElement(root, Role::Timeline);
        REQUIRE(!id.isEmpty());
        REQUIRE(session->setValue(id, Field::Step, {}, ApprovalStep::all().first().key));
    }
    CHECK(session->undoStack()->count() == 1);
    CHECK(session->undoStack()->undoText() == QStringLiteral("Add approval step"));
    CHECK(session->tree().value(id, Field::Step) == ApprovalStep::all().first().key);
    session->undoStack()->undo();
    CHECK(session->tree().children(root, Role::Timeline).isEmpty());
}
