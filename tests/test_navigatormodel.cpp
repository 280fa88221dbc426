#include "ui/shell/navigatormodel.h"

#include "core/model/standarddocument.h"
#include "testsupport.h"
#include "ui/commands/editsession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QStringList>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace kasibi;

namespace {

// Collects what QAbstractItemModelTester reports: in Warning mode it logs each broken rule of
// the model contract (qt.modeltest) instead of aborting the test run.
QStringList modelTestFailures;

void collectModelTestFailures(QtMsgType type, const QMessageLogContext& context,
                              const QString& message) {
    if (type == QtWarningMsg && context.category &&
        QLatin1String(context.category) == QLatin1String("qt.modeltest"))
        modelTestFailures << message;
}

class ModelTestLog {
public:
    ModelTestLog() {
        modelTestFailures.clear();
        m_previous = qInstallMessageHandler(collectModelTestFailures);
    }
    ~ModelTestLog() { qInstallMessageHandler(m_previous); }

private:
    QtMessageHandler m_previous = nullptr;
};

QStringList rowIds(const NavigatorModel& model, const QModelIndex& parent) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids << model.index(row, 0, parent).data(NavigatorModel::NodeIdRole).toString();
    return ids;
}

std::unique_ptr<QMimeData> dragOf(const NavigatorModel& model, const QModelIndex& index) {
    return std::unique_ptr<QMimeData>(model.mimeData({index}));
}

} // namespace

TEST_CASE("NavigatorModel keeps Qt's model contract through edits, undo, drops and a reset") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("n.kasibi"));
    REQUIRE(StandardDocument::create(path, test::sampleTree()).ok());
    auto document = StandardDocument::open(path, AccessMode::ReadWrite);
    REQUIRE(document.ok());
    EditSession session(std::move(document.value()));

    ModelTestLog log;
    NavigatorModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    // The window turns a drop into an undoable move in the same way.
    QObject::connect(&model, &NavigatorModel::moveRequested,
                     [&session](const QString& id, int index) { session.moveElement(id, index); });
    model.setSession(&session);

    const DocumentTree& tree = session.tree();
    const QString standard = tree.standardId();
    const QModelIndex cardsChapter = model.indexOf(PageRef::ofChapter(PageRef::ProfessionCards));
    REQUIRE(cardsChapter.isValid());
    const QStringList cards = tree.children(standard, QStringLiteral("professionCards"));
    REQUIRE(cards.size() >= 3);
    CHECK(rowIds(model, cardsChapter) == cards);

    // Rows inserted, renamed, moved and removed by the document's change signals.
    const QString added = session.addElement(standard, QStringLiteral("professionCards"), 1);
    REQUIRE_FALSE(added.isEmpty());
    REQUIRE(session.setValue(added, QStringLiteral("name"), QStringLiteral("ru"),
                             QStringLiteral("Машинист буровой установки")));
    const QString function = session.addElement(added, QStringLiteral("laborFunctions"));
    REQUIRE_FALSE(function.isEmpty());
    REQUIRE_FALSE(session.addElement(function, QStringLiteral("skills")).isEmpty());
    REQUIRE(session.moveElement(added, 0));
    REQUIRE_FALSE(session.duplicateElement(added).isEmpty());
    REQUIRE(session.removeElement(added));
    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    CHECK(rowIds(model, cardsChapter) == cards);
    while (session.undoStack()->canRedo())
        session.undoStack()->redo();
    CHECK(rowIds(model, cardsChapter) ==
          tree.children(standard, QStringLiteral("professionCards")));
    while (session.undoStack()->canUndo())
        session.undoStack()->undo();

    SECTION("a card dropped at the end of its list moves there") {
        const auto drag = dragOf(model, model.index(0, 0, cardsChapter));
        REQUIRE(drag);
        REQUIRE(model.canDropMimeData(drag.get(), Qt::MoveAction, model.rowCount(cardsChapter), 0,
                                      cardsChapter));
        model.dropMimeData(drag.get(), Qt::MoveAction, model.rowCount(cardsChapter), 0,
                           cardsChapter);
        QStringList expected = cards;
        expected.move(0, expected.size() - 1);
        CHECK(tree.children(standard, QStringLiteral("professionCards")) == expected);
        CHECK(rowIds(model, cardsChapter) == expected);
    }
    SECTION("a card dropped onto another card takes its place") {
        const auto drag = dragOf(model, model.index(2, 0, cardsChapter));
        REQUIRE(drag);
        const QModelIndex first = model.index(0, 0, cardsChapter);
        REQUIRE(model.canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, first));
        model.dropMimeData(drag.get(), Qt::MoveAction, -1, -1, first);
        QStringList expected = cards;
        expected.move(2, 0);
        CHECK(rowIds(model, cardsChapter) == expected);
    }
    SECTION("a skill is not dropped into another labour function") {
        const QModelIndex card = model.index(0, 0, cardsChapter);
        REQUIRE(model.rowCount(card) >= 2);
        const QModelIndex skill = model.index(0, 0, model.index(0, 0, card));
        const QModelIndex otherFunction = model.index(1, 0, card);
        const auto drag = dragOf(model, skill);
        REQUIRE(drag);
        CHECK_FALSE(model.canDropMimeData(drag.get(), Qt::MoveAction, 0, 0, otherFunction));
        model.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, otherFunction);
        CHECK_FALSE(session.undoStack()->canUndo());
    }

    model.setSession(nullptr);
    CHECK(model.rowCount() == 0);
    INFO(modelTestFailures.join(QLatin1Char('\n')).toStdString());
    CHECK(modelTestFailures.isEmpty());
}
