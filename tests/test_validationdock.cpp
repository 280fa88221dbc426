#include "core/model/labels.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/model/standardtemplate.h"
#include "ui/commands/editsession.h"
#include "ui/fields/fieldhighlight.h"
#include "ui/fields/localizedtexteditor.h"
#include "ui/fields/nodeform.h"
#include "ui/shell/mainwindow.h"
#include "ui/validation/validationdock.h"
#include "windowfixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kasibi;

namespace {

const QString kCard = QStringLiteral("Электрогазосварщик");

// A draft from the template with a named card and nothing else: findings in every chapter.
std::unique_ptr<EditSession> draft(const QString& path) {
    auto document = StandardDocument::create(
        path, StandardTemplate::tree({QStringLiteral("kk"), QStringLiteral("ru")}));
    REQUIRE(document.ok());
    auto session = std::make_unique<EditSession>(std::move(document.value()));
    const DocumentTree& tree = session->tree();
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).first();
    REQUIRE(session->setValue(card, QStringLiteral("name"), QStringLiteral("ru"), kCard));
    return session;
}

void waitFor(ValidationDock& dock) {
    REQUIRE(
        QTest::qWaitFor([&] { return !dock.isPending() && !dock.findings().isEmpty(); }, 10000));
}

// The row of the first finding that matches.
QTreeWidgetItem* rowOf(ValidationDock& dock, const std::function<bool(const Finding&)>& wanted) {
    for (QTreeWidgetItemIterator it(dock.view()); *it; ++it) {
        const QVariant index = (*it)->data(0, Qt::UserRole + 1);
        if (index.isValid() && wanted(dock.findings().at(index.toInt()))) return *it;
    }
    return nullptr;
}

} // namespace

TEST_CASE("ValidationDock: a row says what to do first, the card is its group, the selected "
          "finding is shown in full under the list") {
    QTemporaryDir folder;
    auto session = draft(folder.filePath(QStringLiteral("draft.kasibi")));
    ValidationDock dock;
    dock.setMessageLanguage(QStringLiteral("ru"));
    dock.resize(360, 600);
    dock.QWidget::show();
    dock.setSession(session.get());
    waitFor(dock);

    // A skill's finding: inside the card, under a function.
    QTreeWidgetItem* row = rowOf(dock, [](const Finding& finding) {
        return finding.placeIn(QStringLiteral("ru")).size() == 3;
    });
    REQUIRE(row);
    const Finding finding = dock.findings().at(row->data(0, Qt::UserRole + 1).toInt());
    const QString text = row->text(0);
    CHECK(text.startsWith(Labels::sentence(finding.instructionIn(QStringLiteral("ru")))));
    CHECK_FALSE(text.startsWith(QStringLiteral("[")));
    // The card is the group, not repeated in the row; the function and the skill end the row.
    CHECK_FALSE(text.contains(kCard));
    REQUIRE(row->parent());
    CHECK(row->parent()->text(0).contains(kCard));
    CHECK(text.endsWith(QStringLiteral("Трудовая функция 1, навык 1")));
    CHECK(
        finding.message.in(QStringLiteral("ru")).startsWith(QStringLiteral("Карточка «") + kCard));

    // Nothing selected, nothing shown; then the whole message and its criterion.
    CHECK(dock.detail()->isHidden());
    dock.view()->setCurrentItem(row);
    CHECK(dock.detail()->isVisible());
    const QString detail = dock.detail()->text();
    CHECK(detail.contains(finding.message.in(QStringLiteral("ru")).toHtmlEscaped()));
    CHECK(detail.contains(finding.criterion));

    // A change refreshes the list: the selection and its full text stay.
    const DocumentTree& tree = session->tree();
    REQUIRE(session->setValue(tree.standardId(), QStringLiteral("passport/name"),
                              QStringLiteral("ru"), QStringLiteral("Сварочное производство")));
    REQUIRE(QTest::qWaitFor([&] { return dock.isPending(); }, 2000));
    REQUIRE(QTest::qWaitFor([&] { return !dock.isPending(); }, 10000));
    REQUIRE(dock.view()->currentItem());
    CHECK(dock.detail()->text() == detail);
}

TEST_CASE("ValidationDock: a finding takes the user to its field, on its language's side, and "
          "highlights it") {
    test::WindowFixture fixture;
    MainWindow& window = fixture.window;
    EditSession* session = window.session();
    const QString& card = fixture.card;
    // Russian written, Kazakh missing: the finding is about the Kazakh side.
    REQUIRE(session->setValue(card, QStringLiteral("mainPurpose"), QStringLiteral("ru"),
                              QStringLiteral("Сварка металлоконструкций.")));
    ValidationDock* dock = window.validationDock();
    dock->schedule();
    REQUIRE(QTest::qWaitFor([&] { return !dock->isPending(); }, 10000));
    dock->view()->expandAll();
    QTreeWidgetItem* row = rowOf(*dock, [&](const Finding& finding) {
        return finding.elementId == card && finding.field == QLatin1String("mainPurpose") &&
               finding.language == QLatin1String("kk");
    });
    REQUIRE(row);

    REQUIRE(window.showPage(PageRef::ofChapter(PageRef::GeneralProvisions)));
    dock->view()->scrollToItem(row);
    QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {},
                      dock->view()->visualItemRect(row).center());
    REQUIRE(window.currentForm());
    CHECK(window.currentForm()->page() == PageRef::ofNode(card));
    auto* editor = qobject_cast<LocalizedTextEditor*>(
        window.currentForm()->fieldEditor(card, QStringLiteral("mainPurpose")));
    REQUIRE(editor);
    CHECK(QApplication::focusWidget() == editor->editorFor(QStringLiteral("kk")));
    // The field is framed for a moment, then the frame goes.
    auto* highlight = window.currentForm()->findChild<FieldHighlight*>();
    REQUIRE(highlight);
    CHECK(highlight->isVisible());
    CHECK(highlight->target() == editor->editorFor(QStringLiteral("kk")));
    const QRect framed(highlight->mapTo(window.currentForm(), QPoint(0, 0)), highlight->size());
    const QRect field(
        editor->editorFor(QStringLiteral("kk"))->mapTo(window.currentForm(), QPoint(0, 0)),
        editor->editorFor(QStringLiteral("kk"))->size());
    CHECK(framed.contains(field));
    REQUIRE(QTest::qWaitFor(
        [&] { return window.currentForm()->findChild<FieldHighlight*>() == nullptr; },
        FieldHighlight::Milliseconds + 2000));
}
