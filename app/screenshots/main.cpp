// kasibi-screenshots DIR FILE [WIDTHxHEIGHT|reading]: the screenshots of the README
// (docs/screenshot-*.png), taken of the editor's window on the standard FILE (.kasibi or .json)
// and saved in DIR. With a size: the card, the skill and the validation only, in a window of that
// size, named screenshot-NAME-WIDTHxHEIGHT-LANGUAGE.png (the interface language of the
// preferences or the system), and the comments for the user guide. With "reading": a card's read
// view, screenshot-card-read-view-LANGUAGE.png. scripts/take-screenshots.sh
// takes them all under Xvfb.

#include "core/format/docxstandardwriter.h"
#include "core/format/filekind.h"
#include "core/model/schema.h"
#include "core/model/standarddocument.h"
#include "core/reviewimport/reviewmark.h"
#include "core/validation/criterion.h"
#include "ui/classifier/classifiereditiondialog.h"
#include "ui/commands/editsession.h"
#include "ui/fields/fieldeditor.h"
#include "ui/fields/nodeform.h"
#include "ui/import/importreportdock.h"
#include "ui/reading/readingcontroller.h"
#include "ui/reading/readingview.h"
#include "ui/review/commentscontroller.h"
#include "ui/review/commentsdock.h"
#include "ui/review/conclusioncontroller.h"
#include "ui/review/conclusiondialog.h"
#include "ui/review/reviewcontroller.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/editorapplication.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/navigatormodel.h"
#include "ui/shell/preferences.h"
#include "ui/validation/validationdock.h"
#include "ui/versions/comparedialog.h"
#include "ui/versions/lifecyclecontroller.h"
#include "ui/versions/timelinedock.h"
#include "ui/versions/versionsdialog.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScrollArea>
#include <QScrollBar>
#include <QSize>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QWidget>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace kasibi;

namespace {

void waitUntil(const std::function<bool()>& done, int milliseconds) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void settle(int milliseconds = 300) {
    waitUntil([] { return false; }, milliseconds);
}

// Ends every file name when the screens are taken at a given size: "-1024x700-kk".
QString g_suffix;

// Saves what a window or dialog shows as screenshot-NAME.png in the folder.
bool save(QWidget& widget, const QString& folder, const QString& name) {
    settle();
    const QString path =
        QDir(folder).filePath(QStringLiteral("screenshot-%1%2.png").arg(name, g_suffix));
    const bool saved = widget.grab().save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

// Opens a copy of the standard, named `name`, in the scratch folder: its comments, or null.
CommentsController* openCopy(MainWindow& window, const QString& scratch, const QString& name,
                             const DocumentTree& standard) {
    const QString path = QDir(scratch).filePath(name);
    if (!StandardDocument::create(path, standard)) return nullptr;
    if (!window.documents()->openDocument(path)) return nullptr;
    auto* review = window.findChild<ReviewController*>();
    return review ? review->comments() : nullptr;
}

// Issue 19: a reviewer's comment on a card's ORK level picker, in review mode, with the comments
// dock listing the comments and their places.
bool takeLevelCommentScreenshot(MainWindow& window, const QString& folder, const QString& scratch,
                                const DocumentTree& standard) {
    CommentsController* comments =
        openCopy(window, scratch, QStringLiteral("level-comment.kasibi"), standard);
    if (!comments) return false;
    const DocumentTree& tree = window.session()->tree();
    auto* review = window.findChild<ReviewController*>();
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).value(0);
    const QString userName = Preferences::authorName();
    Preferences::setAuthorName(QStringLiteral("Ахметова А. С."));
    review->setReviewMode(true);
    comments->addComment(card, QStringLiteral("orkLevel"),
                         QStringLiteral("Уровень ОРК 4 не согласуется с требованиями к опыту."));
    comments->addComment(tree.standardId(), {},
                         QStringLiteral("Стандарт в целом готов к согласованию."));
    window.showPage(PageRef::ofNode(card));
    settle();
    NodeForm* form = window.currentForm();
    if (QWidget* editor = form ? form->fieldEditor(card, QStringLiteral("orkLevel")) : nullptr) {
        if (auto* area = window.findChild<QScrollArea*>())
            area->ensureWidgetVisible(editor, 0, 120);
        editor->setFocus();
    }
    comments->dock()->show();
    comments->dock()->raise();
    comments->dock()->setShow(CommentsDock::Show::All);
    save(window, folder, QStringLiteral("review-level-comment"));
    review->setReviewMode(false);
    Preferences::setAuthorName(userName);
    window.documents()->closeDocument();
    return true;
}

// What a reviewer does to Kasibi's DOCX in Word: a comment on the skill's name, and with Track
// Changes on, a word of the card's main purpose replaced. The parts are rewritten in place.
bool reviewInWord(const QString& docx, const DocumentTree& tree, const QString& skill,
                  const QString& card) {
    QMap<QString, QByteArray> parts;
    {
        QuaZip zip(docx);
        if (!zip.open(QuaZip::mdUnzip)) return false;
        QuaZipFile file(&zip);
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            if (!file.open(QIODevice::ReadOnly)) return false;
            parts.insert(zip.getCurrentFileName(), file.readAll());
            file.close();
        }
    }
    QString document = QString::fromUtf8(parts.value(QStringLiteral("word/document.xml")));
    const auto markAt = [&](const QString& element, const QString& field) {
        return document.indexOf(
            QStringLiteral("w:name=\"%1\"").arg(ReviewMark::name(element, field)));
    };
    const QString by = QStringLiteral(
        "w:author=\"Жумабаева Г. Т. (министерство)\" w:date=\"2026-11-27T15:40:00Z\"");
    // The change: the purpose's first long word, replaced.
    const int purpose = markAt(card, Field::MainPurpose);
    const QString purposeText = tree.value(card, Field::MainPurpose, QStringLiteral("ru"));
    QString word;
    for (const QString& each : purposeText.split(QLatin1Char(' ')))
        if (each.size() > 6 && each.at(0).isLetter() && each.back().isLetter()) {
            word = each;
            break;
        }
    const int wordAt = purpose < 0 || word.isEmpty() ? -1 : document.indexOf(word, purpose);
    if (wordAt < 0) return false;
    document.replace(
        wordAt, word.size(),
        QStringLiteral("</w:t></w:r><w:del w:id=\"9001\" %1><w:r><w:delText>%2</w:delText></w:r>"
                       "</w:del><w:ins w:id=\"9002\" %1><w:r><w:t>%3</w:t></w:r></w:ins><w:r><w:t "
                       "xml:space=\"preserve\">")
            .arg(by, word, QStringLiteral("основная")));
    // The comment: over the whole of the skill's name, its mark.
    const int name = markAt(skill, Field::Name);
    if (name < 0) return false;
    const int startEnd = document.indexOf(QStringLiteral("/>"), name) + 2;
    const int idAt = document.lastIndexOf(QStringLiteral("w:id=\""), name) + 6;
    const QString markId = document.mid(idAt, document.indexOf(QLatin1Char('"'), idAt) - idAt);
    document.insert(startEnd, QStringLiteral("<w:commentRangeStart w:id=\"0\"/>"));
    const int end =
        document.indexOf(QStringLiteral("<w:bookmarkEnd w:id=\"%1\"/>").arg(markId), startEnd);
    if (end < 0) return false;
    document.insert(end, QStringLiteral("<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference "
                                        "w:id=\"0\"/></w:r>"));
    parts.insert(QStringLiteral("word/document.xml"), document.toUtf8());
    parts.insert(
        QStringLiteral("word/comments.xml"),
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments "
                       "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:comment w:id=\"0\" %1 w:initials=\"ЖГ\"><w:p><w:r><w:t>Навык "
                       "сформулировать через действие, как в ОРК.</w:t></w:r></w:p></w:comment>"
                       "</w:comments>")
            .arg(by)
            .toUtf8());
    const QString rels = QStringLiteral("word/_rels/document.xml.rels");
    parts[rels].replace(
        "</Relationships>",
        R"(<Relationship Id="rIdReview" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>)");
    parts[QStringLiteral("[Content_Types].xml")].replace(
        "</Types>",
        R"(<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>)");
    QuaZip zip(docx);
    if (!zip.open(QuaZip::mdCreate)) return false;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())) ||
            file.write(it.value()) != it.value().size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// Issue 16: a review made in Word brought back, the reviewer's tracked change selected in the
// comments dock with its word diff and Apply.
bool takeReviewFromWordScreenshot(MainWindow& window, const QString& folder, const QString& scratch,
                                  const DocumentTree& standard) {
    CommentsController* comments =
        openCopy(window, scratch, QStringLiteral("word-review.kasibi"), standard);
    if (!comments) return false;
    const DocumentTree& tree = window.session()->tree();
    const QString card = tree.children(tree.standardId(), Role::ProfessionCards).value(0);
    const QString function = tree.children(card, Role::LaborFunctions).value(0);
    const QString skill = tree.children(function, Role::Skills).value(0);
    const QString docx = QDir(scratch).filePath(QStringLiteral("reviewed.docx"));
    ExportOptions options;
    options.language = QStringLiteral("ru");
    if (!DocxStandardWriter().write(tree, docx, options) ||
        !reviewInWord(docx, tree, skill, card)) {
        qWarning("could not make the reviewed DOCX");
        return false;
    }
    const bool dialogs = window.dialogsEnabled();
    window.setDialogsEnabled(false);
    const int added = comments->importReviewFromWord(docx);
    window.setDialogsEnabled(dialogs);
    if (added < 2) {
        qWarning("the review from Word brought %d comments", added);
        return false;
    }
    QString suggestion;
    for (const QString& id : tree.children(tree.rootId, Role::Comments))
        if (!tree.value(id, Field::SuggestionAfter).isEmpty()) suggestion = id;
    window.navigator()->expand(window.navigatorModel()->indexOf(PageRef::ofNode(card)));
    window.showPage(PageRef::ofNode(card));
    if (auto* timeline = window.findChild<TimelineDock*>()) timeline->hide();
    comments->dock()->setShow(CommentsDock::Show::All);
    comments->dock()->selectComment(suggestion);
    // Named by its language: the script's full run gives -ru, one under LANG=kk_KZ.UTF-8 -kk.
    save(window, folder, QStringLiteral("review-from-word-") + Preferences::effectiveUiLanguage());
    window.documents()->closeDocument();
    return true;
}

// Review and lifecycle on a copy of the standard: comments and their marks, review mode, the
// conclusion, versions, the comparison with a saved version, the approval timeline.
// commentsOnly: the comments dock only (the screens of the user guide at a given size).
bool takeReviewScreenshots(MainWindow& window, const QString& folder, const QString& scratch,
                           const DocumentTree& standard, bool commentsOnly) {
    const QString path = QDir(scratch).filePath(QStringLiteral("review.kasibi"));
    if (!StandardDocument::create(path, standard)) return false;
    if (!window.documents()->openDocument(path)) return false;
    auto* review = window.findChild<ReviewController*>();
    auto* lifecycle = window.findChild<LifecycleController*>();
    if (!review || !lifecycle) return false;
    CommentsController* comments = review->comments();
    EditSession* session = window.session();
    const DocumentTree& tree = session->tree();
    const QString standardId = tree.standardId();
    const QString card = tree.children(standardId, Role::ProfessionCards).value(0);
    const QString function = tree.children(card, Role::LaborFunctions).value(0);
    const QString skill = tree.children(function, Role::Skills).value(0);
    const QString knowledge = tree.children(skill, Role::Knowledge).value(0);

    // Comments are signed with the author's name from the preferences: theirs is put back.
    const QString userName = Preferences::authorName();
    const auto as = [](const QString& name) { Preferences::setAuthorName(name); };
    as(QStringLiteral("Ахметова А. С. (Национальный орган)"));
    const QString onName = comments->addComment(
        skill, Field::Name,
        QStringLiteral("Наименование навыка сформулировать через действие, без союза «и»."));
    comments->addComment(
        skill, Role::Knowledge,
        QStringLiteral("Дополнить знаниями требований промышленной безопасности."));
    const QString onPurpose =
        comments->addComment(card, Field::MainPurpose,
                             QStringLiteral("Основная цель вида деятельности повторяет "
                                            "наименование карточки."));
    as(QStringLiteral("Сериков Б. К. (разработчик)"));
    comments->reply(onName, QStringLiteral("Принято, формулировка будет уточнена."));
    comments->reply(onPurpose, QStringLiteral("Исправлено в редакции от 12.05."));
    as(QStringLiteral("Ахметова А. С. (Национальный орган)"));
    comments->setResolved(onPurpose, true);
    comments->addComment(standardId, Field::StandardName,
                         QStringLiteral("Проверить соответствие наименования ОКЭД."));

    window.navigator()->expand(window.navigatorModel()->indexOf(PageRef::ofNode(card)));
    window.navigator()->expand(window.navigatorModel()->indexOf(PageRef::ofNode(function)));
    window.showPage(PageRef::ofNode(skill));
    comments->dock()->show();
    comments->dock()->raise();
    comments->dock()->setShow(CommentsDock::Show::All);
    comments->dock()->selectComment(onName);
    save(window, folder, QStringLiteral("comments"));
    if (commentsOnly) {
        as(userName);
        window.documents()->closeDocument();
        return true;
    }

    review->setReviewMode(true);
    comments->dock()->setShow(CommentsDock::Show::Open);
    save(window, folder, QStringLiteral("review-mode"));

    if (ConclusionDialog* conclusion = review->conclusion()->showConclusion()) {
        conclusion->fillFromValidation();
        const QVector<Criterion>& criteria = Criterion::all();
        if (criteria.size() > 2) {
            conclusion->setVerdict(criteria[1].number, QStringLiteral("does-not-meet"));
            conclusion->setRemark(criteria[1].number, QStringLiteral("ru"),
                                  QStringLiteral("Наименование навыка 1.1.1 требует уточнения."));
            conclusion->setRemark(criteria[1].number, QStringLiteral("kk"),
                                  QStringLiteral("1.1.1-дағдының атауын нақтылау қажет."));
        }
        save(*conclusion, folder, QStringLiteral("conclusion"));
        conclusion->close();
    }
    review->setReviewMode(false);
    as(userName);

    // A version sent to the state body, then a skill added and a knowledge text changed.
    const Result<QString> sent =
        lifecycle->saveVersion(QStringLiteral("Направлен в государственный орган"));
    if (!sent) return false;
    const QString added = session->addElement(function, Role::Skills);
    session->setValue(added, Field::Name, QStringLiteral("ru"),
                      QStringLiteral("Ведение журнала приёма-сдачи смены"));
    session->setValue(added, Field::Name, QStringLiteral("kk"),
                      QStringLiteral("Ауысымды қабылдау-тапсыру журналын жүргізу"));
    session->setValue(knowledge, Schema::TextItemField, QStringLiteral("ru"),
                      tree.value(knowledge, Schema::TextItemField, QStringLiteral("ru")) +
                          QStringLiteral(", включая системы диспетчеризации"));
    if (!lifecycle->saveVersion(QStringLiteral("После доработки по замечаниям"))) return false;
    if (VersionsDialog* versions = lifecycle->showVersions()) {
        versions->selectVersion(sent.value());
        save(*versions, folder, QStringLiteral("versions"));
        versions->close();
    }
    if (CompareDialog* compare = lifecycle->showCompare(sent.value())) {
        save(*compare, folder, QStringLiteral("compare"));
        compare->close();
    }

    // Two approval steps: the state body's review done in time, the rework overdue.
    TimelineDock* timeline = lifecycle->timelineDock();
    const QDate today = QDate::currentDate();
    const QString first = timeline->addEntry();
    session->setValue(first, Field::Started, {}, today.addDays(-30).toString(Qt::ISODate));
    session->setValue(first, Field::Completed, {}, today.addDays(-25).toString(Qt::ISODate));
    session->setValue(first, Field::Note, {}, QStringLiteral("Письмо МТСЗН № 12-3/456"));
    const QString second = timeline->addEntry();
    session->setValue(second, Field::Started, {}, today.addDays(-20).toString(Qt::ISODate));
    timeline->show();
    timeline->raise();
    window.resizeDocks({timeline}, {240}, Qt::Vertical);
    timeline->table()->clearSelection();
    window.showPage(PageRef::ofChapter(PageRef::TechnicalData));
    save(window, folder, QStringLiteral("timeline"));
    window.documents()->closeDocument();
    return true;
}

// The main screens on the given standard, then the validation dock on a draft with gaps.
// compact: the screens whose layout depends on the window's size only.
// Issue 19: a card read whole as it prints, in the standard's language the interface speaks,
// named screenshot-card-read-view-LANGUAGE.png.
int takeReadingScreenshot(MainWindow& window, const QString& folder, const QString& file) {
    QDir().mkpath(folder);
    window.setDialogsEnabled(false);
    window.resize(1600, 1000);
    window.show();
    QTemporaryDir scratch;
    if (!window.documents()->importJson(file, scratch.filePath(QStringLiteral("reading.kasibi"))))
        return 2;
    const DocumentTree& tree = window.session()->tree();
    auto* reading = window.findChild<ReadingController*>();
    if (!reading) return 2;
    const QString card = tree.children(tree.standardId(), Role::ProfessionCards).value(0);
    const QString function = tree.children(card, Role::LaborFunctions).value(0);
    window.showPage(PageRef::ofNode(tree.children(function, Role::Skills).value(0)));
    ReadingView* view = reading->read(reading->selectedCard());
    if (!view) return 2;
    view->resize(1000, 900);
    settle();
    // Down to the first function's skills, abilities and knowledge, below the card's passport.
    QTextBrowser* text = view->textView();
    QTextCursor at(text->document());
    at.setPosition(qMax(0, view->positionOf({function, Field::Name})));
    text->verticalScrollBar()->setValue(text->verticalScrollBar()->value() +
                                        text->cursorRect(at).top() - 24);
    save(*view, folder, QStringLiteral("card-read-view"));
    view->close();
    window.documents()->closeDocument();
    return 0;
}

int takeScreenshots(MainWindow& window, const QString& folder, const QString& file,
                    const QSize& size, bool compact) {
    QDir().mkpath(folder);
    window.setDialogsEnabled(false);
    window.resize(size);
    window.show();
    QTemporaryDir scratch;
    const QString document = FileKind::of(file) == FileKind::Json
                                 ? scratch.filePath(QStringLiteral("standard.kasibi"))
                                 : file;
    if (document != file ? !window.documents()->importJson(file, document)
                         : !window.documents()->openDocument(file))
        return 2;
    EditSession* session = window.session();
    const DocumentTree& tree = session->tree();
    waitUntil([&] { return !window.validationDock()->isPending(); }, 5000);
    window.showPage(PageRef::ofChapter(PageRef::Passport));
    if (!compact) save(window, folder, QStringLiteral("passport"));
    const QString card = tree.children(tree.standardId(), Role::ProfessionCards).value(0);
    window.showPage(PageRef::ofNode(card));
    save(window, folder, QStringLiteral("card"));
    // Item 15 at the foot of the card: the related professions, each with its NKZ look-up.
    const QString related = tree.children(card, Role::RelatedProfessions).value(0);
    if (auto* area = window.findChild<QScrollArea*>(); area && !compact)
        if (QWidget* row =
                window.currentForm()->findChild<QWidget*>(QStringLiteral("row-") + related)) {
            settle();
            area->ensureWidgetVisible(row, 0, 200);
            save(window, folder, QStringLiteral("related-professions"));
        }
    if (!compact) {
        ClassifierEditionDialog dialog(&window);
        dialog.show();
        save(dialog, folder, QStringLiteral("classifier-edition"));
    }
    const QString function = tree.children(card, Role::LaborFunctions).value(0);
    const QString skill = tree.children(function, Role::Skills).value(0);
    window.navigator()->expand(window.navigatorModel()->indexOf(PageRef::ofNode(card)));
    window.navigator()->expand(window.navigatorModel()->indexOf(PageRef::ofNode(function)));
    window.showPage(PageRef::ofNode(skill));
    save(window, folder, QStringLiteral("skill"));
    // A copy: each of these opens a document of its own, and the tree here is the open one's.
    const DocumentTree shown = tree;
    if (!compact && !takeLevelCommentScreenshot(window, folder, scratch.path(), shown)) return 2;
    if (!takeReviewScreenshots(window, folder, scratch.path(), shown, compact)) return 2;
    if (!compact && !takeReviewFromWordScreenshot(window, folder, scratch.path(), shown)) return 2;

    // A draft in progress: the findings, and the field one of them leads to.
    const QString draft = scratch.filePath(QStringLiteral("draft.kasibi"));
    if (!window.documents()->newDocument(draft, true)) return 2;
    session = window.session();
    const QString standard = session->tree().standardId();
    session->setValue(standard, Field::StandardName, QStringLiteral("ru"),
                      QStringLiteral("Добыча руды открытым способом"));
    const QString draftCard = session->tree().children(standard, Role::ProfessionCards).value(0);
    session->setValue(draftCard, Field::Name, QStringLiteral("ru"),
                      QStringLiteral("Машинист экскаватора"));
    session->setValue(draftCard, Field::MainPurpose, QStringLiteral("kk"),
                      QStringLiteral("Кен массасын экскаватормен қазу және тиеу."));
    waitUntil([&] { return !window.validationDock()->isPending(); }, 5000);
    // The validation dock in front (the review's screens left the comments there), the
    // timeline put away, the finding selected with its full text under the list.
    if (auto* timeline = window.findChild<TimelineDock*>()) timeline->hide();
    window.validationDock()->QWidget::show();
    window.validationDock()->raise();
    QTreeWidget* view = window.validationDock()->view();
    view->expandAll();
    const Findings findings = window.validationDock()->findings();
    for (QTreeWidgetItemIterator it(view); *it; ++it) {
        const QVariant index = (*it)->data(0, Qt::UserRole + 1);
        if (!index.isValid()) continue;
        const Finding& finding = findings.at(index.toInt());
        if (finding.elementId == draftCard && finding.field == Field::MainPurpose) {
            view->setCurrentItem(*it);
            view->scrollToItem(*it);
            window.goToFinding(finding);
            break;
        }
    }
    save(window, folder, QStringLiteral("validation"));

    // Two real standards imported from Word (../shared/real-standards, or KASIBI_SHARED_DIR),
    // each with its report beside the validation; a note taken to its element.
    const QString shared = qEnvironmentVariable("KASIBI_SHARED_DIR",
                                                QDir::currentPath() + QStringLiteral("/../shared"));
    for (const char* name : {"kind2-13", "default-1"}) {
        const QString docx = shared + QStringLiteral("/real-standards/") + QLatin1String(name) +
                             QStringLiteral(".docx");
        if (!QFileInfo::exists(docx)) {
            qWarning("%s is not there: no screenshot of the import report", qPrintable(docx));
            break;
        }
        if (!window.documents()->importWord(
                {docx}, scratch.filePath(QLatin1String(name) + QStringLiteral(".kasibi"))))
            return 2;
        waitUntil([&] { return !window.validationDock()->isPending(); }, 5000);
        QTreeWidget* notes = window.importReportDock()->list();
        for (int i = 0; i < notes->topLevelItemCount(); ++i)
            if (!notes->topLevelItem(i)->data(0, Qt::UserRole).toString().isEmpty() &&
                notes->topLevelItem(i)->text(0) != QLatin1String("Mapped")) {
                notes->setCurrentItem(notes->topLevelItem(i));
                emit notes->itemActivated(notes->topLevelItem(i), 0);
                break;
            }
        save(window, folder, QStringLiteral("import-report-") + QLatin1String(name));
    }
    window.documents()->closeDocument();
    if (!compact) save(window, folder, QStringLiteral("welcome"));
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    EditorApplication::setUp(app);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() == 4 && arguments[3] == QLatin1String("reading")) {
        g_suffix = QLatin1Char('-') + Preferences::effectiveUiLanguage();
        MainWindow window;
        return takeReadingScreenshot(window, arguments[1], arguments[2]);
    }
    const QStringList size = arguments.value(3).split(QLatin1Char('x'));
    if (arguments.size() < 3 || arguments.size() > 4 ||
        (arguments.size() == 4 &&
         (size.size() != 2 || size[0].toInt() < 640 || size[1].toInt() < 480))) {
        qWarning("usage: kasibi-screenshots DIR FILE [WIDTHxHEIGHT|reading]");
        return 2;
    }
    const bool compact = arguments.size() == 4;
    if (compact)
        g_suffix = QStringLiteral("-%1-%2").arg(arguments[3], Preferences::effectiveUiLanguage());
    MainWindow window;
    return takeScreenshots(window, arguments[1], arguments[2],
                           compact ? QSize(size[0].toInt(), size[1].toInt()) : QSize(1600, 1000),
                           compact);
}
