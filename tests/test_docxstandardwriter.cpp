#include "core/format/documentwriters.h"
#include "core/format/docxstandardwriter.h"
#include "core/format/jsonstandardwriter.h"
#include "core/model/programversion.h"
#include "core/model/schema.h"
#include "exportchecks.h"
#include "testsupport.h"
#include "unwritable.h"

#include <catch2/catch.hpp>

#include "standardgenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <unistd.h>

using namespace kasibi;
using namespace kasibi::test;

namespace {

QString writeDocx(const DocumentTree& tree, const QString& path, const QString& language,
                  bool withComments = false) {
    return writeChecked(DocxStandardWriter(), tree, path, language, withComments);
}

struct WordComment {
    QString id;
    QString author;
    QString date;
    QString text;
};

QList<WordComment> wordComments(const QString& docx) {
    QList<WordComment> comments;
    QXmlStreamReader xml(zipEntry(docx, QStringLiteral("word/comments.xml")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("comment")) {
            WordComment comment;
            comment.id = xml.attributes().value(QStringLiteral("w:id")).toString();
            comment.author = xml.attributes().value(QStringLiteral("w:author")).toString();
            comment.date = xml.attributes().value(QStringLiteral("w:date")).toString();
            comments << comment;
        } else if (xml.isCharacters() && !comments.isEmpty()) {
            comments.last().text += xml.text();
        }
    }
    REQUIRE(!xml.hasError());
    return comments;
}

// The text between w:commentRangeStart and w:commentRangeEnd of one comment.
QString commentedText(const QString& docx, const QString& id) {
    QXmlStreamReader xml(zipEntry(docx, QStringLiteral("word/document.xml")));
    bool inside = false;
    bool inText = false;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const bool ofThis = xml.attributes().value(QStringLiteral("w:id")) == id;
            if (xml.name() == QLatin1String("commentRangeStart") && ofThis) inside = true;
            if (xml.name() == QLatin1String("commentRangeEnd") && ofThis) return text;
            inText = xml.name() == QLatin1String("t");
        } else if (xml.isEndElement()) {
            inText = false;
        } else if (xml.isCharacters() && inside && inText) {
            text += xml.text();
        }
    }
    return {};
}

} // namespace

TEST_CASE("DOCX of the sample holds every text in order, in styles Word sees, on A4") {
    QTemporaryDir dir;
    const DocumentTree tree = sampleTree();
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
        SECTION(language.toStdString()) {
            const QString path =
                writeDocx(tree, dir.filePath(language + QStringLiteral(".docx")), language);
            const DocxContent docx = readDocx(path);
            requireInOrder(docx.paragraphs.join(QLatin1Char('\n')), standardTexts(tree, language));

            // The four chapters and the appendix are headings of level 1, each card of level 2:
            // what Word's navigation pane and table of contents list.
            const QString chapter = language == QLatin1String("kk") ? QStringLiteral("-тарау. ")
                                                                    : QStringLiteral("Глава ");
            QStringList headings;
            int cardHeadings = 0;
            for (int i = 0; i < docx.paragraphs.size(); ++i) {
                if (docx.styles[i] == QLatin1String("Heading 1")) headings << docx.paragraphs[i];
                if (docx.styles[i] == QLatin1String("Heading 2")) ++cardHeadings;
            }
            REQUIRE(headings.size() >= 4);
            for (int i = 0; i < 4; ++i)
                REQUIRE(headings[i].contains(chapter));
            REQUIRE(cardHeadings ==
                    tree.children(tree.standardId(), QStringLiteral("professionCards")).size());
            REQUIRE(docx.styles.first() == QLatin1String("Title"));

            // A4 and the margins of official documents, in millimetres.
            REQUIRE(docx.pageMillimetres.size() == 6);
            const QList<double> expected{210, 297, 30, 15, 20, 20};
            for (int i = 0; i < 6; ++i)
                REQUIRE(docx.pageMillimetres[i] == Approx(expected[i]).margin(0.2));
            REQUIRE(docx.footerXml.contains(QStringLiteral("PAGE")));

            const QString styles =
                QString::fromUtf8(zipEntry(path, QStringLiteral("word/styles.xml")));
            REQUIRE(styles.contains(QStringLiteral("w:ascii=\"Times New Roman\"")));
            REQUIRE(styles.contains(QStringLiteral("<w:sz w:val=\"28\"/>")));
            REQUIRE(zipEntry(path, QStringLiteral("word/comments.xml")).isEmpty());
        }
    }
}

TEST_CASE("DOCX passport lists the cards with their NKZ codes, names and ORK levels") {
    DocumentTree tree = sampleTree();
    const QString standard = tree.standardId();
    const QStringList cards = tree.children(standard, QStringLiteral("professionCards"));
    REQUIRE(cards.size() >= 3);
    tree.setValue(cards[1], Node::valueKey(QStringLiteral("name"), QStringLiteral("ru")),
                  QStringLiteral("Горный мастер участка"));
    tree.setValue(cards[1], Node::valueKey(QStringLiteral("name"), QStringLiteral("kk")),
                  QStringLiteral("Учаскенің тау-кен шебері"));
    tree.setValue(cards[1], QStringLiteral("orkLevel"), QStringLiteral("5.2"));
    tree.setValue(cards[1], Field::NkzOccupationCode, QStringLiteral("3121-1-004"));
    // A card without its code yet is listed by its name.
    tree.setValue(cards[2], Field::NkzOccupationCode, QString());
    const QString third = tree.value(cards[2], QStringLiteral("name"), QStringLiteral("ru"));
    const QString thirdLevel = tree.value(cards[2], QStringLiteral("orkLevel"));
    QTemporaryDir dir;
    const DocxContent ru =
        readDocx(writeDocx(tree, dir.filePath(QStringLiteral("list.docx")), QStringLiteral("ru")));
    REQUIRE(ru.paragraphs.contains(
        QStringLiteral("2) 3121-1-004 Горный мастер участка – 5.2 уровень ОРК")));
    REQUIRE(ru.paragraphs.contains(QStringLiteral("3) ") + third + QStringLiteral(" – ") +
                                   thirdLevel + QStringLiteral(" уровень ОРК")));
    const QStringList cardHeadings = ru.paragraphs.filter(QStringLiteral("Карточка профессии «"));
    REQUIRE(cardHeadings.size() == cards.size());
    REQUIRE(
        cardHeadings[1].endsWith(QStringLiteral(". Карточка профессии «Горный мастер участка»")));
    const DocxContent kk = readDocx(
        writeDocx(tree, dir.filePath(QStringLiteral("list-kk.docx")), QStringLiteral("kk")));
    REQUIRE(kk.paragraphs.contains(
        QStringLiteral("2) 3121-1-004 Учаскенің тау-кен шебері – СБШ бойынша 5.2-деңгей")));
}

TEST_CASE("DOCX prints the approving order top right before the title, only when there is one") {
    QTemporaryDir dir;
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
        SECTION(language.toStdString()) {
            const QString path = writeDocx(
                sampleWithApproval(), dir.filePath(language + QStringLiteral(".docx")), language);
            const DocxContent docx = readDocx(path);
            const int title = int(docx.styles.indexOf(QStringLiteral("Title")));
            REQUIRE(title >= 1);
            QStringList header;
            for (int i = 0; i < title; ++i) {
                REQUIRE(docx.styles[i] == QStringLiteral("Right Aligned"));
                header << docx.paragraphs[i].split(QLatin1Char('\n'));
            }
            REQUIRE(header == approvalHeader(language));
            // The style sets the header in the right half of the text width.
            const QString styles =
                QString::fromUtf8(zipEntry(path, QStringLiteral("word/styles.xml")));
            const QRegularExpression rightHalf(
                QStringLiteral("w:styleId=\"RightAligned\".*?<w:ind w:left=\"(\\d+)\""),
                QRegularExpression::DotMatchesEverythingOption);
            const QRegularExpressionMatch indent = rightHalf.match(styles);
            REQUIRE(indent.hasMatch());
            // A4 less 30 and 15 mm of margins: 165 mm, 9354 twentieths of a point.
            REQUIRE(indent.captured(1).toInt() == Approx(9354 / 2).margin(10));

            const DocxContent unapproved = readDocx(writeDocx(
                sampleTree(), dir.filePath(language + QStringLiteral("-draft.docx")), language));
            REQUIRE(unapproved.styles.first() == QStringLiteral("Title"));
        }
    }
}

TEST_CASE("DOCX chapter 1 item 1 carries its label, and headings are kept with what follows") {
    DocumentTree tree = sampleTree();
    const QString standard = tree.standardId();
    QTemporaryDir dir;
    const std::pair<const char*, const char*> labels[] = {
        {"ru", "1. Область применения профессионального стандарта: "},
        {"kk", "1. Кәсіптік стандарттың қолдану аясы: "}};
    for (const auto& [language, label] : labels) {
        const QString lang = QString::fromLatin1(language);
        const QString path = writeDocx(tree, dir.filePath(lang + QStringLiteral(".docx")), lang);
        const DocxContent docx = readDocx(path);
        REQUIRE(docx.paragraphs.contains(QString::fromUtf8(label) +
                                         tree.value(standard, Field::Scope, lang).trimmed()));
        // Every heading, as Word resolves its style, keeps with the next paragraph.
        const QString keepNext =
            runTool(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral(R"(
import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    if p.style.name.lower().startswith('heading') or p.style.name == 'Title':
        s, keep = p.style, p.paragraph_format.keep_with_next
        while keep is None and s is not None:
            keep, s = s.paragraph_format.keep_with_next, s.base_style
        print(p.style.name.lower(), keep)
)"),
                                                         path});
        const QStringList lines = keepNext.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.filter(QStringLiteral("heading 1")).size() >= 4);
        REQUIRE(lines.filter(QStringLiteral("heading 2")).size() ==
                tree.children(standard, QStringLiteral("professionCards")).size());
        for (const QString& line : lines) {
            INFO(line.toStdString());
            REQUIRE(line.endsWith(QStringLiteral(" True")));
        }
    }
    // Without a scope yet, item 1 is still there, labelled, for the author to fill.
    tree.setValue(standard, Node::valueKey(Field::Scope, QStringLiteral("ru")), QString());
    const DocxContent empty =
        readDocx(writeDocx(tree, dir.filePath(QStringLiteral("empty.docx")), QStringLiteral("ru")));
    REQUIRE(empty.paragraphs.filter(QStringLiteral("Область применения")).size() == 1);
    REQUIRE(empty.paragraphs.filter(QStringLiteral("Область применения"))
                .first()
                .startsWith(QStringLiteral("1. Область применения профессионального стандарта:")));
}

TEST_CASE("DOCX comments are Word comments on the text they point at, only when asked") {
    QTemporaryDir dir;
    const DocumentTree tree = sampleWithComments();
    const QString plain =
        writeDocx(tree, dir.filePath(QStringLiteral("plain.docx")), QStringLiteral("ru"), false);
    REQUIRE(zipEntry(plain, QStringLiteral("word/comments.xml")).isEmpty());
    REQUIRE(!zipEntry(plain, QStringLiteral("word/document.xml")).contains("commentReference"));

    const QString path =
        writeDocx(tree, dir.filePath(QStringLiteral("commented.docx")), QStringLiteral("ru"), true);
    const QList<WordComment> comments = wordComments(path);
    REQUIRE(comments.size() == 4);
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).first();
    const QString function = tree.children(card, QStringLiteral("laborFunctions")).first();
    const QString skill = tree.children(function, QStringLiteral("skills")).first();
    const QString skillName = tree.value(skill, QStringLiteral("name"), QStringLiteral("ru"));
    const QString mainPurpose =
        tree.value(card, QStringLiteral("mainPurpose"), QStringLiteral("ru"));

    // In order of the text: the standard (title), the card's purpose, then the skill's thread.
    REQUIRE(comments[0].text.contains(QStringLiteral("Код секции ОКЭД проверен")));
    REQUIRE(comments[1].text.contains(QStringLiteral("Цель сформулирована верно")));
    REQUIRE(comments[2].author == QStringLiteral("Айгерим Жаксылыкова"));
    // Stored as 10:30 UTC; Word shows the clock time of w:date: local time, with its offset.
    REQUIRE(comments[2].date == QStringLiteral("2025-05-01T15:30:00+05:00"));
    REQUIRE(comments[2].text.contains(
        QStringLiteral("Уточнить формулировку навыка <смена> & \"сдача\"")));
    REQUIRE(comments[3].author == QStringLiteral("Нурлан Сейткали"));
    REQUIRE(comments[3].text.contains(QStringLiteral("Келісемін, түзетеміз.")));

    REQUIRE(commentedText(path, comments[1].id).contains(mainPurpose));
    REQUIRE(commentedText(path, comments[2].id).contains(skillName));
    // The reply covers the same text, and Word threads it under the first comment.
    REQUIRE(commentedText(path, comments[3].id).contains(skillName));
    const QString extended =
        QString::fromUtf8(zipEntry(path, QStringLiteral("word/commentsExtended.xml")));
    REQUIRE(extended.contains(QStringLiteral("w15:paraIdParent")));
    REQUIRE(extended.contains(QStringLiteral("w15:done=\"1\"")));

    // A real reader opens it, and the text is all there.
    requireInOrder(readDocx(path).paragraphs.join(QLatin1Char('\n')),
                   standardTexts(tree, QStringLiteral("ru")));
}

TEST_CASE("DOCX keeps XML special characters and long texts, and drops control characters") {
    DocumentTree tree = sampleTree();
    const QString card =
        tree.children(tree.standardId(), QStringLiteral("professionCards")).first();
    const QString special = QStringLiteral("Цель <b>&amp; \"кавычки\" 'апостроф' > & < ]]>");
    QString pasted = QStringLiteral("Из Word:\x01\x02\x0b\x0c вставлено") + QChar(0xFFFE) +
                     QChar(0xFFFF) + QChar(0xD800) + QStringLiteral(" конец\tтаб\r\nстрока");
    const QString longText = QStringLiteral("Очень длинный текст әғқңөұүһі. ").repeated(8000);
    tree.setValue(card, Node::valueKey(QStringLiteral("mainPurpose"), QStringLiteral("ru")),
                  special);
    tree.setValue(card, Node::valueKey(QStringLiteral("nonFormalEducation"), QStringLiteral("ru")),
                  pasted);
    tree.setValue(card, Node::valueKey(QStringLiteral("workExperience"), QStringLiteral("ru")),
                  longText);
    QTemporaryDir dir;
    const QString path =
        writeDocx(tree, dir.filePath(QStringLiteral("special.docx")), QStringLiteral("ru"));
    const DocxContent docx = readDocx(path);
    REQUIRE(docx.paragraphs.contains(special));
    REQUIRE(docx.paragraphs.contains(QStringLiteral("Из Word: вставлено конец\tтаб\nстрока")));
    REQUIRE(docx.paragraphs.contains(longText.trimmed()));
}

TEST_CASE("DOCX written where it cannot be fails with the file's name and leaves nothing") {
    QTemporaryDir dir;
    // A folder nobody may write in: root ignores permission bits, so it is made immutable.
    const QString folder = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    const Unwritable locked(folder);
    const QStringList before = QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    const QString path = folder + QStringLiteral("/kasibi-export-test.docx");
    ExportOptions options;
    const Status written = DocxStandardWriter().write(sampleTree(), path, options);
    REQUIRE(!written.ok());
    REQUIRE(written.error().toString().contains(path));
    REQUIRE(!QFileInfo::exists(path));
    REQUIRE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) == before);
}

TEST_CASE("DOCX opens in LibreOffice and converts to PDF") {
    QTemporaryDir dir;
    const DocumentTree tree = sampleWithComments();
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
        const QString path =
            writeDocx(tree, dir.filePath(language + QStringLiteral(".docx")), language, true);
        const QString pdf = convertWithLibreOffice(path, dir.path());
        const QString text = pdfText(pdf);
        requireInOrder(
            text,
            {tree.value(tree.standardId(), QStringLiteral("passport/name"), language),
             tree.value(tree.standardId(), QStringLiteral("generalProvisions/scope"), language)});
    }
}

TEST_CASE("kasibi-cli exports DOCX in either language, with comments when asked") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cli.docx"));
    QString error;
    REQUIRE(runCli({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), out,
                    QStringLiteral("--lang"), QStringLiteral("kk")},
                   nullptr, &error) == 0);
    requireInOrder(readDocx(out).paragraphs.join(QLatin1Char('\n')),
                   standardTexts(sampleTree(), QStringLiteral("kk")));

    REQUIRE(runCli({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), out,
                    QStringLiteral("--lang"), QStringLiteral("en")},
                   nullptr, &error) == 2);
    REQUIRE(error.contains(QStringLiteral("--lang")));
    REQUIRE(runCli({QStringLiteral("export"), samplePath(), QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("x.odt"))},
                   nullptr, &error) == 2);
    REQUIRE(error.contains(QStringLiteral("docx")));

    const QString commented = dir.filePath(QStringLiteral("commented.json"));
    REQUIRE(JsonStandardWriter().write(sampleWithComments(), commented, ExportOptions()).ok());
    REQUIRE(runCli({QStringLiteral("export"), commented, QStringLiteral("-o"), out,
                    QStringLiteral("--comments")}) == 0);
    REQUIRE(wordComments(out).size() == 4);
    REQUIRE(runCli({QStringLiteral("export"), commented, QStringLiteral("-o"), out}) == 0);
    REQUIRE(zipEntry(out, QStringLiteral("word/comments.xml")).isEmpty());
}

TEST_CASE("DOCX names the Kasibi that made it in the document's properties") {
    QTemporaryDir dir;
    const QString out =
        writeDocx(sampleTree(), dir.filePath(QStringLiteral("app.docx")), QStringLiteral("ru"));
    QXmlStreamReader xml(zipEntry(out, QStringLiteral("docProps/app.xml")));
    QString application;
    QString appVersion;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("Application")) application = xml.readElementText();
        if (xml.name() == QLatin1String("AppVersion")) appVersion = xml.readElementText();
    }
    REQUIRE(!xml.hasError());
    REQUIRE(application == QStringLiteral("Kasibi ") + ProgramVersion::number());
    const QStringList parts = ProgramVersion::number().split(QLatin1Char('.'));
    REQUIRE(parts.size() == 3);
    REQUIRE(appVersion == QStringLiteral("%1.%2%3")
                              .arg(parts[0].toInt(), 2, 10, QLatin1Char('0'))
                              .arg(parts[1].toInt(), 2, 10, QLatin1Char('0'))
                              .arg(parts[2].toInt(), 2, 10, QLatin1Char('0')));
    // Word finds the part only through the package's relationships and content types.
    REQUIRE(zipEntry(out, QStringLiteral("_rels/.rels")).contains("docProps/app.xml"));
    REQUIRE(zipEntry(out, QStringLiteral("[Content_Types].xml"))
                .contains("/docProps/app.xml\" ContentType=\"application/"
                          "vnd.openxmlformats-officedocument.extended-properties+xml"));
}

TEST_CASE("Writers are chosen by extension") {
    REQUIRE(DocumentWriters::extensions().contains(QStringLiteral("docx")));
    REQUIRE(DocumentWriters::extensions().contains(QStringLiteral("pdf")));
    REQUIRE(dynamic_cast<DocxStandardWriter*>(
        DocumentWriters::forPath(QStringLiteral("a/b.DOCX")).get()));
    REQUIRE(DocumentWriters::forPath(QStringLiteral("b.doc")) == nullptr);
}

TEST_CASE("DOCX exported over a file on a full disk leaves that file as it was") {
    requireExportOverFullDisk(DocxStandardWriter(), sampleTree(), QStringLiteral("standard.docx"),
                              "PK");
}

TEST_CASE("Each DOCX comment covers the printed text of the very field or item it is about") {
    QTemporaryDir dir;
    QVector<PlacedComment> expected;
    const DocumentTree tree = sampleWithCommentOnEveryPlace(&expected);
    const QString path = writeDocx(tree, dir.filePath(QStringLiteral("every-place.docx")),
                                   QStringLiteral("ru"), true);
    const QList<WordComment> comments = wordComments(path);
    REQUIRE(comments.size() == expected.size());
    for (const PlacedComment& placed : expected) {
        const auto it = std::find_if(comments.cbegin(), comments.cend(),
                                     [&](const WordComment& c) { return c.text == placed.text; });
        REQUIRE(it != comments.cend());
        INFO(placed.text.toStdString());
        REQUIRE(commentedText(path, it->id).toStdString() == placed.covered.toStdString());
    }
}
