#include "core/validation/validator.h"
#include "testsupport.h"
#include "ui/classifier/classifiercontroller.h"
#include "ui/classifier/classifiereditiondialog.h"
#include "ui/classifier/classifiereditionsdialog.h"
#include "ui/classifier/classifierlookup.h"
#include "ui/commands/editsession.h"
#include "ui/fields/nodeform.h"
#include "ui/review/conclusioncontroller.h"
#include "ui/review/conclusiondialog.h"
#include "ui/review/reviewcontroller.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/validation/validationdock.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kasibi;

namespace {

const QString kCards = QStringLiteral("professionCards");

QString testData(const QString& name) {
    return QStringLiteral(KASIBI_TEST_DATA_DIR "/") + name;
}

// The sample open in the editor, with a store of its own holding the test editions.
struct Editor {
    QTemporaryDir folder;
    MainWindow window;
    ClassifierController* classifiers = nullptr;

    Editor() {
        window.setDialogsEnabled(false);
        classifiers = window.findChild<ClassifierController*>();
        REQUIRE(classifiers);
        REQUIRE(classifiers->openStore(folder.filePath(QStringLiteral("classifiers.sqlite"))));
        REQUIRE(classifiers->loadEdition(Classifier::Oked,
                                         testData(QStringLiteral("oked-sample-utf8.csv")),
                                         QStringLiteral("OKED test"), false));
        REQUIRE(classifiers->loadEdition(Classifier::Nkz,
                                         testData(QStringLiteral("nkz-sample-utf8.csv")),
                                         QStringLiteral("NKZ test"), false));
        REQUIRE(window.documents()->openSample(folder.filePath(QStringLiteral("sample.kasibi"))));
    }
    EditSession* session() const { return window.session(); }
    const DocumentTree& tree() const { return window.session()->tree(); }
    QString standard() const { return tree().standardId(); }
    ClassifierLookup* lookup(const QString& name) const {
        REQUIRE(window.currentForm());
        auto* found = window.currentForm()->findChild<ClassifierLookup*>(name);
        REQUIRE(found);
        return found;
    }
    void waitForValidation() {
        REQUIRE(QTest::qWaitFor([&] { return !window.validationDock()->isPending(); }, 20000));
    }
};

const QStringList kOkedLevels = {QStringLiteral("section"), QStringLiteral("division"),
                                 QStringLiteral("group"), QStringLiteral("class"),
                                 QStringLiteral("subclass")};

} // namespace

TEST_CASE("ClassifierLookup: choosing OKED subclass 07.10.2 fills the chain, undone in one step") {
    Editor editor;
    const QString standard = editor.standard();
    // From nothing: every OKED value of the passport cleared first, as one step.
    QUndoStack* undo = editor.session()->undoStack();
    undo->beginMacro(QStringLiteral("clear"));
    for (const QString& level : kOkedLevels) {
        const QString prefix = QStringLiteral("passport/oked/") + level;
        editor.session()->setValue(standard, prefix + QStringLiteral("/code"), {}, std::nullopt);
        for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")})
            editor.session()->setValue(standard, prefix + QStringLiteral("/name"), language,
                                       std::nullopt);
    }
    undo->endMacro();
    const int steps = undo->count();

    ClassifierLookup* lookup = editor.lookup(QStringLiteral("okedLookup"));
    // By words in Russian and by code, only subclasses are offered.
    QLineEdit* line = lookup->searchLine();
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("07.10"));
    QAbstractItemView* popup = lookup->completer()->popup();
    REQUIRE(QTest::qWaitFor([&] { return popup->isVisible(); }));
    REQUIRE(popup->model()->rowCount() == 2);
    CHECK(popup->model()->index(0, 0).data().toString().startsWith(QStringLiteral("07.10.")));
    CHECK(lookup->search(QStringLiteral("железной открытым")) == 1);
    CHECK(lookup->search(QStringLiteral("темір ашық")) == 1);

    const QString shots = qEnvironmentVariable("KASIBI_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        editor.window.resize(1400, 880);
        editor.window.show();
        line->setText(QStringLiteral("руд"));
        lookup->search(line->text());
        lookup->completer()->complete();
        REQUIRE(QTest::qWaitFor([&] { return popup->isVisible(); }));
        QTest::qWait(300);
        QPixmap shot = editor.window.grab();
        QPainter painter(&shot);
        painter.drawPixmap(popup->mapToGlobal(QPoint(0, 0)) -
                               editor.window.mapToGlobal(QPoint(0, 0)),
                           popup->grab());
        painter.end();
        shot.save(shots + QStringLiteral("/screenshot-classifier-lookup.png"));
        popup->hide();
    }

    // Choosing from the popup, as the user does.
    lookup->search(QStringLiteral("07.10.2"));
    lookup->completer()->complete();
    REQUIRE(QTest::qWaitFor([&] { return popup->isVisible(); }));
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    const auto value = [&](const QString& level, const QString& what,
                           const QString& language = {}) {
        return editor.tree().value(standard, QStringLiteral("passport/oked/") + level + what,
                                   language);
    };
    REQUIRE(QTest::qWaitFor([&] {
        return value(QStringLiteral("subclass"), QStringLiteral("/code")) ==
               QStringLiteral("07.10.2");
    }));
    CHECK(value(QStringLiteral("section"), QStringLiteral("/code")) == QStringLiteral("B"));
    CHECK(value(QStringLiteral("division"), QStringLiteral("/code")) == QStringLiteral("07"));
    CHECK(value(QStringLiteral("group"), QStringLiteral("/code")) == QStringLiteral("07.1"));
    CHECK(value(QStringLiteral("class"), QStringLiteral("/code")) == QStringLiteral("07.10"));
    CHECK(value(QStringLiteral("subclass"), QStringLiteral("/name"), QStringLiteral("ru")) ==
          QStringLiteral("Добыча железной руды открытым способом"));
    CHECK(value(QStringLiteral("subclass"), QStringLiteral("/name"), QStringLiteral("kk")) ==
          QStringLiteral("Темір кенін ашық тәсілмен өндіру"));
    CHECK(value(QStringLiteral("section"), QStringLiteral("/name"), QStringLiteral("kk")) ==
          QStringLiteral("Тау-кен өндіру өнеркәсібі және карьерлерді қазу"));
    CHECK(editor.tree().standardCode().startsWith(QStringLiteral("B07102")));
    CHECK(undo->count() == steps + 1);

    undo->undo();
    for (const QString& level : kOkedLevels) {
        CHECK(value(level, QStringLiteral("/code")).isEmpty());
        CHECK(value(level, QStringLiteral("/name"), QStringLiteral("kk")).isEmpty());
        CHECK(value(level, QStringLiteral("/name"), QStringLiteral("ru")).isEmpty());
    }
}

TEST_CASE("ClassifierLookup: choosing an NKZ occupation fills the card in one step") {
    Editor editor;
    const QString card = editor.tree().children(editor.standard(), kCards).first();
    REQUIRE(editor.window.showPage(PageRef::ofNode(card)));
    ClassifierLookup* lookup = editor.lookup(QStringLiteral("nkzLookup"));
    CHECK(lookup->search(QStringLiteral("взрывник")) == 1);
    CHECK(lookup->search(QStringLiteral("жарушы")) == 1);
    const int steps = editor.session()->undoStack()->count();
    REQUIRE(lookup->choose(QStringLiteral("7542-1-002")));
    CHECK(editor.tree().value(card, QStringLiteral("nkzGroupCode")) == QStringLiteral("7542"));
    CHECK(editor.tree().value(card, QStringLiteral("nkzOccupationCode")) ==
          QStringLiteral("7542-1-002"));
    CHECK(editor.tree().value(card, QStringLiteral("name"), QStringLiteral("ru")) ==
          QStringLiteral("Взрывник"));
    CHECK(editor.tree().value(card, QStringLiteral("name"), QStringLiteral("kk")) ==
          QStringLiteral("Жарушы"));
    CHECK(editor.session()->undoStack()->count() == steps + 1);
    editor.session()->undoStack()->undo();
    CHECK(editor.tree().value(card, QStringLiteral("nkzOccupationCode")) ==
          QStringLiteral("8342-1-003"));
    CHECK(editor.tree().value(card, QStringLiteral("name"), QStringLiteral("ru")) ==
          QStringLiteral("Машинист экскаватора"));
}

TEST_CASE("ClassifierLookup: a wrong NKZ name is a finding whose fix gives the edition's wording") {
    Editor editor;
    const QString card = editor.tree().children(editor.standard(), kCards).first();
    editor.waitForValidation();
    ValidationDock* dock = editor.window.validationDock();
    const auto nameFinding = [&] {
        for (int i = 0; i < dock->findings().size(); ++i)
            if (dock->findings()[i].elementId == card &&
                dock->findings()[i].field == QLatin1String("name") && dock->fixOf(i))
                return i;
        return -1;
    };
    CHECK(nameFinding() == -1);

    REQUIRE(editor.session()->setValue(card, QStringLiteral("name"), QStringLiteral("ru"),
                                       QStringLiteral("Машинист экскаваторов")));
    editor.waitForValidation();
    const int index = nameFinding();
    REQUIRE(index >= 0);
    CHECK(dock->findings()[index].language == QStringLiteral("ru"));
    CHECK(dock->fixOf(index)->value == QStringLiteral("Машинист экскаватора"));
    REQUIRE(dock->applyFix(index));
    CHECK(editor.tree().value(card, QStringLiteral("name"), QStringLiteral("ru")) ==
          QStringLiteral("Машинист экскаватора"));
    editor.waitForValidation();
    CHECK(nameFinding() == -1);
    // The fix is an edit like any other.
    editor.session()->undoStack()->undo();
    CHECK(editor.tree().value(card, QStringLiteral("name"), QStringLiteral("ru")) ==
          QStringLiteral("Машинист экскаваторов"));
}

TEST_CASE("ClassifierController: a broken edition file is refused naming the file and line") {
    Editor editor;
    const QString bad = editor.folder.filePath(QStringLiteral("broken.csv"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("code;name_kk;name_ru\n07;Металл;Металлы\n07.1.x.9;\"unclosed;x\n");
    file.close();
    Result<ClassifierEdition> loaded =
        editor.classifiers->loadEdition(Classifier::Oked, bad, QStringLiteral("Broken"), false);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().toString().contains(QStringLiteral("broken.csv: line 3: ")));
    // The edition in use is still the one loaded before, and About says so.
    CHECK(editor.classifiers->editionsSummary().contains(QStringLiteral("OKED test")));
    CHECK(editor.classifiers->editionsSummary().contains(QStringLiteral("NKZ test")));
}

TEST_CASE("ClassifierLookup: a related profession is looked up in NKZ and filled in one step") {
    Editor editor;
    const QString card = editor.tree().children(editor.standard(), kCards).first();
    const QString related =
        editor.tree().children(card, QStringLiteral("relatedProfessions")).first();
    REQUIRE(editor.window.showPage(PageRef::ofNode(card)));
    QWidget* row =
        editor.window.currentForm()->findChild<QWidget*>(QStringLiteral("row-") + related);
    REQUIRE(row);
    auto* lookup = row->findChild<ClassifierLookup*>(QStringLiteral("nkzLookup"));
    REQUIRE(lookup);
    CHECK(lookup->search(QStringLiteral("горнорабочий")) == 1);
    const int steps = editor.session()->undoStack()->count();
    REQUIRE(lookup->choose(QStringLiteral("9311-1-001")));
    CHECK(editor.tree().value(related, QStringLiteral("nkzOccupationCode")) ==
          QStringLiteral("9311-1-001"));
    CHECK(editor.tree().value(related, QStringLiteral("name"), QStringLiteral("ru")) ==
          QStringLiteral("Горнорабочий"));
    CHECK(editor.tree().value(related, QStringLiteral("name"), QStringLiteral("kk")) ==
          QStringLiteral("Тау-кен жұмысшысы"));
    // The card's own codes are not touched.
    CHECK(editor.tree().value(card, QStringLiteral("nkzOccupationCode")) ==
          QStringLiteral("8342-1-003"));
    CHECK(editor.session()->undoStack()->count() == steps + 1);
    editor.session()->undoStack()->undo();
    CHECK(editor.tree().value(related, QStringLiteral("nkzOccupationCode")) ==
          QStringLiteral("8342-1-004"));
}

TEST_CASE("ConclusionDialog: the draft from validation counts the classifier check too") {
    Editor editor;
    const QString card = editor.tree().children(editor.standard(), kCards).first();
    REQUIRE(editor.session()->setValue(card, QStringLiteral("nkzOccupationCode"), {},
                                       QStringLiteral("8342-1-999")));
    auto* review = editor.window.findChild<ReviewController*>();
    REQUIRE(review);
    ConclusionDialog* conclusion = review->conclusion()->showConclusion();
    REQUIRE(conclusion);
    conclusion->fillFromValidation();
    const QString assessment = conclusion->assessmentOf(QStringLiteral("2.1"));
    REQUIRE(!assessment.isEmpty());
    CHECK(editor.tree().value(assessment, QStringLiteral("verdict")) ==
          QStringLiteral("does-not-meet"));
    for (const QString& language : {QStringLiteral("kk"), QStringLiteral("ru")})
        CHECK(editor.tree()
                  .value(assessment, QStringLiteral("kasibi/remark"), language)
                  .contains(QStringLiteral("8342-1-999")));
    // What the editions have nothing against stays met.
    CHECK(editor.tree().value(conclusion->assessmentOf(QStringLiteral("1.3")),
                              QStringLiteral("verdict")) == QStringLiteral("meets"));
}

TEST_CASE("ClassifierLookup: on a fresh install the message names the official classifier, "
          "where it is published, and opens the load dialog on it") {
    QTemporaryDir folder;
    MainWindow window;
    window.setDialogsEnabled(false);
    auto* classifiers = window.findChild<ClassifierController*>();
    REQUIRE(classifiers);
    // The built-in top levels only, as after installing.
    REQUIRE(classifiers->openStore(folder.filePath(QStringLiteral("fresh.sqlite"))));
    REQUIRE(window.documents()->openSample(folder.filePath(QStringLiteral("sample.kasibi"))));
    auto* lookup = window.currentForm()->findChild<ClassifierLookup*>(QStringLiteral("okedLookup"));
    REQUIRE(lookup);
    CHECK(lookup->search(QStringLiteral("руды")) == 0);
    auto* message = lookup->findChild<QLabel*>(QStringLiteral("classifierMessage"));
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("GK RK 03-2019")));
    CHECK(message->text().contains(QStringLiteral("statinfo.kz")));

    // The link opens the load dialog on OKED; the NKZ look-up's on NKZ.
    for (const auto& [name, classifier] :
         {std::pair{QStringLiteral("okedLookup"), Classifier::Oked}}) {
        Classifier shown = Classifier::Nkz;
        QString source;
        QTimer::singleShot(0, [&] {
            auto* dialog =
                qobject_cast<ClassifierEditionDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            shown = dialog->classifier();
            source = dialog->findChild<QLabel*>(QStringLiteral("classifierSource"))->text();
            dialog->reject();
        });
        emit message->linkActivated(QStringLiteral("load"));
        CHECK(shown == classifier);
        CHECK(source.contains(QStringLiteral("statinfo.kz")));
    }
    Classifier shown = Classifier::Oked;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ClassifierEditionDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        shown = dialog->classifier();
        dialog->reject();
    });
    classifiers->askLoadEdition(Classifier::Nkz);
    CHECK(shown == Classifier::Nkz);
}

TEST_CASE("ClassifierEditionsDialog: the loaded editions, the one in use switched and one removed",
          "[english]") {
    Editor editor;
    ClassifierEditionsDialog dialog(editor.classifiers, &editor.window);
    QTreeWidget* list = dialog.list();
    const auto row = [&](const QString& name) -> QTreeWidgetItem* {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0).trimmed() == name) return list->topLevelItem(i);
        return nullptr;
    };
    REQUIRE(row(QStringLiteral("OKED test")));
    CHECK(row(QStringLiteral("OKED test"))->text(3) == QStringLiteral("in use"));
    CHECK(row(QStringLiteral("OKED test"))->text(1) == QStringLiteral("26"));
    CHECK_FALSE(row(QStringLiteral("OKED test"))->text(2).isEmpty());
    REQUIRE(row(QStringLiteral("Kasibi built-in (sections and divisions)")));

    // Back to the built-in edition, then the loaded one removed.
    list->setCurrentItem(row(QStringLiteral("Kasibi built-in (sections and divisions)")));
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("removeEdition"))->isEnabled());
    REQUIRE(dialog.useSelected());
    CHECK(editor.classifiers->store()->editionInUse(Classifier::Oked).value().builtIn);
    CHECK(row(QStringLiteral("Kasibi built-in (sections and divisions)"))->text(3) ==
          QStringLiteral("in use"));
    list->setCurrentItem(row(QStringLiteral("OKED test")));
    REQUIRE(dialog.removeSelected());
    CHECK_FALSE(row(QStringLiteral("OKED test")));
    CHECK(editor.classifiers->store()
              ->find(Classifier::Oked, QStringLiteral("07.10.2"))
              .value()
              .isEmpty());
}

TEST_CASE("Classifier checks: the editor and kasibi-cli validate decide alike") {
    for (const bool loaded : {false, true}) {
        QTemporaryDir folder;
        const QString store = folder.filePath(QStringLiteral("classifiers.sqlite"));
        MainWindow window;
        window.setDialogsEnabled(false);
        auto* classifiers = window.findChild<ClassifierController*>();
        REQUIRE(classifiers->openStore(store));
        // A partial edition: the sample's subclass is not in it, so the check finds errors.
        if (loaded) {
            const QString partial = folder.filePath(QStringLiteral("partial.csv"));
            QFile file(partial);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("code;name_kk;name_ru\nB;Тау-кен;Горнодобывающая\n07;Металл;Металлы\n"
                       "07.2;Түсті;Цветные\n07.21;Уран;Уран\n07.21.0;Уран кені;Урановые руды\n");
            file.close();
            REQUIRE(classifiers->loadEdition(Classifier::Oked, partial, QStringLiteral("partial"),
                                             false));
        }
        const QString document = folder.filePath(QStringLiteral("sample.kasibi"));
        REQUIRE(window.documents()->openSample(document));
        REQUIRE(QTest::qWaitFor([&] { return !window.validationDock()->isPending(); }, 20000));
        const int editorErrors = Validator::errorCount(window.validationDock()->findings());
        const int editorWarnings = Validator::warningCount(window.validationDock()->findings());
        window.documents()->closeDocument();

        QString output;
        test::runCli({QStringLiteral("validate"), document, QStringLiteral("--json"),
                      QStringLiteral("--store"), store},
                     &output);
        const QJsonObject result = QJsonDocument::fromJson(output.toUtf8()).object();
        const int cliWarnings = result.value(QStringLiteral("warnings")).toInt(-1);
        const int cliErrors = QJsonDocument::fromJson(output.toUtf8())
                                  .object()
                                  .value(QStringLiteral("errors"))
                                  .toInt(-1);
        INFO("loaded edition: " << loaded);
        CHECK(cliErrors == editorErrors);
        CHECK(cliWarnings == editorWarnings);
        CHECK((editorErrors > 0) == loaded);
    }
}
