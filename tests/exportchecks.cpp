#include "exportchecks.h"

#include <algorithm>

#include "core/model/schema.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <quazip.h>
#include <quazipfile.h>

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace kasibi::test {

namespace {

class Texts {
public:
    Texts(const DocumentTree& tree, const QString& language) : m_tree(tree), m_language(language) {}

    void add(const QString& id, const QString& field) {
        const QString value = m_tree.value(id, field, m_language).trimmed();
        if (!value.isEmpty()) m_texts << value;
    }
    void addPlain(const QString& id, const QString& field) {
        const QString value = m_tree.value(id, field).trimmed();
        if (!value.isEmpty()) m_texts << value;
    }
    void addItems(const QString& id, const QString& role) {
        for (const QString& item : m_tree.children(id, role))
            add(item, Schema::TextItemField);
    }
    void addOrganization(const QString& id) {
        add(id, QStringLiteral("name"));
        addPlain(id, QStringLiteral("contact/fullName"));
        add(id, QStringLiteral("contact/position"));
        addPlain(id, QStringLiteral("contact/email"));
        addPlain(id, QStringLiteral("contact/phone"));
    }
    QStringList children(const QString& id, const char* role) const {
        return m_tree.children(id, QLatin1String(role));
    }
    QStringList result() const { return m_texts; }

private:
    const DocumentTree& m_tree;
    QString m_language;
    QStringList m_texts;
};

QString squeezed(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace()) out += c;
    return out;
}

} // namespace

QStringList standardTexts(const DocumentTree& tree, const QString& language) {
    Texts t(tree, language);
    const QString standard = tree.standardId();
    t.add(standard, "passport/name");
    t.add(standard, "generalProvisions/scope");
    for (const QString& term : t.children(standard, "generalProvisions/terms")) {
        t.add(term, "term");
        t.add(term, "definition");
    }
    for (const QString& abbreviation : t.children(standard, "generalProvisions/abbreviations")) {
        t.add(abbreviation, "abbreviation");
        t.add(abbreviation, "expansion");
    }
    t.add(standard, "passport/name");
    for (const char* level : {"section", "division", "group", "class", "subclass"}) {
        t.addPlain(standard, QStringLiteral("passport/oked/%1/code").arg(QLatin1String(level)));
        t.add(standard, QStringLiteral("passport/oked/%1/name").arg(QLatin1String(level)));
    }
    t.add(standard, "passport/description");
    const QStringList cards = t.children(standard, "professionCards");
    for (const QString& card : cards)
        t.add(card, "name");
    for (const QString& card : cards) {
        t.add(card, "name");
        t.addPlain(card, "nkzGroupCode");
        t.addPlain(card, "nkzOccupationCode");
        t.add(card, "name");
        t.add(card, "tariffQualification");
        for (const QString& education : t.children(card, "education")) {
            t.add(education, "level");
            t.add(education, "specialty");
            t.add(education, "qualification");
        }
        t.add(card, "workExperience");
        t.add(card, "nonFormalEducation");
        t.addItems(card, "otherNames");
        t.add(card, "mainPurpose");
        // The Rules list mandatory functions, then additional ones; the descriptions follow.
        QStringList functions;
        QStringList additional;
        for (const QString& function : t.children(card, "laborFunctions"))
            (tree.value(function, "kind") == QLatin1String("additional") ? additional : functions)
                << function;
        functions << additional;
        for (const QString& function : functions)
            t.add(function, "name");
        for (const QString& function : functions) {
            t.add(function, "name");
            for (const QString& skill : t.children(function, "skills")) {
                t.add(skill, "name");
                t.addItems(skill, "abilities");
                t.addItems(skill, "knowledge");
            }
        }
        t.add(card, "wholeTaskAssessment");
        t.addItems(card, "personalCompetencies");
        t.addItems(card, "regulations");
        for (const QString& related : t.children(card, "relatedProfessions")) {
            t.add(related, "name");
            t.addPlain(related, "nkzOccupationCode");
        }
    }
    for (const QString& body : t.children(standard, "technicalData/stateBody"))
        t.addOrganization(body);
    for (const QString& developer : t.children(standard, "technicalData/developers"))
        t.addOrganization(developer);
    t.add(standard, "technicalData/sectoralCouncil/name");
    t.addPlain(standard, "technicalData/sectoralCouncil/protocolNumber");
    t.addPlain(standard, "technicalData/version");
    t.addPlain(standard, "technicalData/releaseYear");
    for (const QString& section : t.children(standard, "extraSections")) {
        t.add(section, "title");
        t.addItems(section, "paragraphs");
    }
    return t.result();
}

void requireInOrder(const QString& haystack, const QStringList& texts) {
    // Nothing to look for would pass whatever the file holds.
    REQUIRE(!texts.isEmpty());
    const QString all = squeezed(haystack);
    qsizetype from = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const QString needle = squeezed(texts[i]);
        if (needle.isEmpty()) FAIL("text " << i + 1 << " to look for is empty");
        qsizetype at = all.indexOf(needle, from);
        qsizetype next = at < 0 ? -1 : at + needle.size();
        // A text in a table cell may run over a page break; in PDF the rest of the cell then
        // follows the other cells of that page. Accept one such break, when it comes before
        // any unbroken copy of the text.
        const qsizetype minimum = 6;
        for (qsizetype head = needle.size() > minimum ? all.indexOf(needle.left(minimum), from)
                                                      : -1;
             head >= 0 && (at < 0 || head < at);
             head = all.indexOf(needle.left(minimum), head + 1)) {
            qsizetype common = 0;
            while (common < needle.size() && head + common < all.size() &&
                   all[head + common] == needle[common])
                ++common;
            if (common < needle.size() && all.indexOf(needle.mid(common), head + common) >= 0) {
                at = head;
                next = head + common;
                break;
            }
        }
        INFO("text " << i + 1 << " of " << texts.size() << ": "
                     << texts[i].left(200).toStdString());
        INFO("found anywhere: " << (all.contains(needle) ? "yes, but out of order" : "no"));
        REQUIRE(at >= 0);
        from = next;
    }
}

bool haveTool(const QString& program) {
    return !QStandardPaths::findExecutable(program).isEmpty() || QFileInfo(program).isExecutable();
}

QString runTool(const QString& program, const QStringList& arguments, int timeoutMs) {
    QProcess process;
    process.start(program, arguments);
    INFO(program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(timeoutMs));
    INFO("stderr: " << QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

DocxContent readDocx(const QString& path) {
    // Paragraphs in body order, cells included, as python-docx reads them.
    static const char* script = R"(
import json, sys
import docx
from docx.text.paragraph import Paragraph
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
paragraphs = []
for p in d.element.body.iter(qn('w:p')):
    para = Paragraph(p, d)
    paragraphs.append({'text': para.text, 'style': para.style.name if para.style is not None else ''})
s = d.sections[0]
page = [v / 36000.0 for v in (s.page_width, s.page_height, s.left_margin, s.right_margin,
                              s.top_margin, s.bottom_margin)]
footer = s.footer._element.xml
json.dump({'paragraphs': paragraphs, 'page': page, 'footer': footer}, sys.stdout, ensure_ascii=False)
)";
    REQUIRE(haveTool(QStringLiteral("/usr/bin/python3")));
    const QString output = runTool(QStringLiteral("/usr/bin/python3"),
                                   {QStringLiteral("-c"), QString::fromUtf8(script), path});
    const QJsonObject result = QJsonDocument::fromJson(output.toUtf8()).object();
    REQUIRE(!result.isEmpty());
    DocxContent content;
    for (const QJsonValue& paragraph : result.value(QStringLiteral("paragraphs")).toArray()) {
        content.paragraphs << paragraph.toObject().value(QStringLiteral("text")).toString();
        content.styles << paragraph.toObject().value(QStringLiteral("style")).toString();
    }
    for (const QJsonValue& value : result.value(QStringLiteral("page")).toArray())
        content.pageMillimetres << value.toDouble();
    content.footerXml = result.value(QStringLiteral("footer")).toString();
    return content;
}

QByteArray zipEntry(const QString& path, const QString& name) {
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    if (!zip.setCurrentFile(name)) return {};
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString pdfText(const QString& path, int firstPage, int lastPage, bool textAreaOnly) {
    QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (textAreaOnly) {
        // A4 at 72 dpi less 20 mm at the top and the bottom.
        const int margin = qRound(20 / 25.4 * 72);
        arguments << QStringLiteral("-r") << QStringLiteral("72") << QStringLiteral("-x")
                  << QStringLiteral("0") << QStringLiteral("-y") << QString::number(margin)
                  << QStringLiteral("-W") << QStringLiteral("595") << QStringLiteral("-H")
                  << QString::number(842 - 2 * margin);
    }
    if (firstPage > 0) arguments << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0) arguments << QStringLiteral("-l") << QString::number(lastPage);
    arguments << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

void requireFontsEmbedded(const QString& pdf) {
    const QStringList lines =
        runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    const int embedded = int(lines[0].indexOf(QStringLiteral("emb")));
    REQUIRE(embedded > 0);
    for (int i = 2; i < lines.size(); ++i) {
        INFO(lines[i].toStdString());
        REQUIRE(lines[i].contains(QStringLiteral("LiberationSerif")));
        REQUIRE(lines[i].mid(embedded, 3) == QStringLiteral("yes"));
    }
}

QString convertWithLibreOffice(const QString& docxPath, const QString& outputDirectory,
                               qint64* milliseconds) {
    INFO("soffice is part of the test set-up (libreoffice-writer-nogui, "
         "scripts/install-dependencies.sh)");
    REQUIRE(haveTool(QStringLiteral("soffice")));
    // A profile of its own, so a running LibreOffice or another test does not get in the way.
    const QString profile =
        QUrl::fromLocalFile(outputDirectory + QStringLiteral("/profile")).toString();
    QElapsedTimer timer;
    timer.start();
    runTool(QStringLiteral("soffice"),
            {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
             QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
             outputDirectory, docxPath},
            300000);
    if (milliseconds) *milliseconds = timer.elapsed();
    const QString pdf = outputDirectory + QLatin1Char('/') +
                        QFileInfo(docxPath).completeBaseName() + QStringLiteral(".pdf");
    INFO("LibreOffice made no " << pdf.toStdString());
    REQUIRE(QFileInfo(pdf).size() > 0);
    return pdf;
}

QString writeChecked(const DocumentWriter& writer, const DocumentTree& tree, const QString& path,
                     const QString& language, bool withComments) {
    ExportOptions options;
    options.language = language;
    options.withComments = withComments;
    QList<int> progress;
    options.progress = [&](int percent) { progress << percent; };
    const Status written = writer.write(tree, path, options);
    INFO((written ? QString() : written.error().toString()).toStdString());
    REQUIRE(written.ok());
    REQUIRE(!progress.isEmpty());
    REQUIRE(progress.last() == 100);
    REQUIRE(std::is_sorted(progress.begin(), progress.end()));
    return path;
}

DocumentTree sampleWithComments() {
    DocumentTree tree = sampleTree();
    const QString standard = tree.standardId();
    const QString card = tree.children(standard, QStringLiteral("professionCards")).value(0);
    const QString function = tree.children(card, QStringLiteral("laborFunctions")).value(0);
    const QString skill = tree.children(function, QStringLiteral("skills")).value(0);
    REQUIRE(!skill.isEmpty());

    int count = 0;
    auto addComment = [&](const QString& target, const QString& field, const QString& replyTo,
                          const QString& author, const QString& text, bool resolved) {
        Node comment{DocumentTree::newId(), Kind::Comment, tree.rootId,
                     QStringLiteral("review/comments")};
        comment.values.insert(QStringLiteral("targetId"), target);
        if (!field.isEmpty()) comment.values.insert(QStringLiteral("field"), field);
        if (!replyTo.isEmpty()) comment.values.insert(QStringLiteral("replyTo"), replyTo);
        comment.values.insert(QStringLiteral("author"), author);
        comment.values.insert(QStringLiteral("created"),
                              QStringLiteral("2025-05-0%1T10:30:00Z").arg(++count));
        comment.values.insert(QStringLiteral("text"), text);
        comment.values.insert(QStringLiteral("resolved"),
                              resolved ? QStringLiteral("true") : QStringLiteral("false"));
        tree.insertSubtree(tree.rootId, QStringLiteral("review/comments"), 1000, {comment});
        return comment.id;
    };
    const QString first =
        addComment(skill, QStringLiteral("name"), {}, QStringLiteral("Айгерим Жаксылыкова"),
                   QStringLiteral("Уточнить формулировку навыка <смена> & \"сдача\""), false);
    addComment(skill, QStringLiteral("name"), first, QStringLiteral("Нурлан Сейткали"),
               QStringLiteral("Согласен, исправим. Келісемін, түзетеміз."), false);
    addComment(card, QStringLiteral("mainPurpose"), {}, QStringLiteral("Эксперт НОПК"),
               QStringLiteral("Цель сформулирована верно"), true);
    addComment(standard, QStringLiteral("passport/oked/section/code"), {},
               QStringLiteral("Эксперт НОПК"), QStringLiteral("Код секции ОКЭД проверен"), false);
    return tree;
}

} // namespace kasibi::test

namespace kasibi::test {

DocumentTree sampleWithCommentOnEveryPlace(QVector<PlacedComment>* expected) {
    DocumentTree tree = sampleTree();
    const QString ru = QStringLiteral("ru");
    const QString standard = tree.standardId();
    const QString card = tree.children(standard, QStringLiteral("professionCards")).value(0);
    const QString education = tree.children(card, QStringLiteral("education")).value(0);
    const QString function = tree.children(card, QStringLiteral("laborFunctions")).value(0);
    const QString skill = tree.children(function, QStringLiteral("skills")).value(0);
    const QString ability = tree.children(skill, QStringLiteral("abilities")).value(1);
    const QString knowledge = tree.children(skill, QStringLiteral("knowledge")).value(0);
    const QString competency = tree.children(card, QStringLiteral("personalCompetencies")).value(0);
    const QString related = tree.children(card, QStringLiteral("relatedProfessions")).value(1);
    const QString stateBody =
        tree.children(standard, QStringLiteral("technicalData/stateBody")).value(0);
    REQUIRE(!ability.isEmpty());
    REQUIRE(!knowledge.isEmpty());
    REQUIRE(!competency.isEmpty());
    REQUIRE(!related.isEmpty());
    REQUIRE(!stateBody.isEmpty());
    REQUIRE(!education.isEmpty());

    int count = 0;
    const auto comment = [&](const QString& target, const QString& field, const QString& covered) {
        const QString text = QStringLiteral("Замечание %1 о «%2»").arg(++count).arg(covered);
        Node node{DocumentTree::newId(), Kind::Comment, tree.rootId,
                  QStringLiteral("review/comments")};
        node.values.insert(QStringLiteral("targetId"), target);
        if (!field.isEmpty()) node.values.insert(QStringLiteral("field"), field);
        node.values.insert(QStringLiteral("author"), QStringLiteral("Эксперт"));
        node.values.insert(QStringLiteral("created"), QStringLiteral("2025-06-01T10:00:00Z"));
        node.values.insert(QStringLiteral("text"), text);
        tree.insertSubtree(tree.rootId, QStringLiteral("review/comments"), 1000, {node});
        expected->append(PlacedComment{text, covered});
    };
    const auto value = [&](const QString& id, const QString& field) {
        const QString text = tree.value(id, field, ru);
        return text.isEmpty() ? tree.value(id, field) : text;
    };
    const QString name = value(standard, QStringLiteral("passport/name"));
    comment(standard, {}, QStringLiteral("Профессиональный стандарт «%1»").arg(name));
    comment(standard, QStringLiteral("generalProvisions"),
            QStringLiteral("Глава 1. Общие положения"));
    comment(standard, QStringLiteral("generalProvisions/scope"),
            value(standard, QStringLiteral("generalProvisions/scope")));
    comment(standard, QStringLiteral("passport/name"), name);
    comment(standard, QStringLiteral("passport/serialNumber"), tree.standardCode());
    comment(standard, QStringLiteral("passport/oked/section/code"), QStringLiteral("Секция B"));
    comment(standard, QStringLiteral("passport/oked/subclass/code"),
            QStringLiteral("Подкласс 07.10.2"));
    comment(standard, QStringLiteral("passport/oked/subclass/name"),
            value(standard, QStringLiteral("passport/oked/subclass/name")));
    comment(standard, QStringLiteral("passport/description"),
            value(standard, QStringLiteral("passport/description")));

    comment(card, {},
            QStringLiteral("Карточка профессии «%1»").arg(value(card, QStringLiteral("name"))));
    for (const char* field : {"nkzGroupCode", "nkzOccupationCode", "name", "orkLevel", "nrkLevel",
                              "tariffQualification", "workExperience", "nonFormalEducation",
                              "mainPurpose", "wholeTaskAssessment"})
        comment(card, QLatin1String(field), value(card, QLatin1String(field)));
    comment(card, QStringLiteral("otherNames"),
            QStringLiteral("Другие возможные наименования профессии:"));
    comment(education, QStringLiteral("specialty"), value(education, QStringLiteral("specialty")));
    comment(function, {}, QStringLiteral("Трудовая функция 1:"));
    comment(function, QStringLiteral("kind"), QStringLiteral("Трудовая функция 1:"));
    comment(function, QStringLiteral("name"), value(function, QStringLiteral("name")));
    comment(skill, {}, QStringLiteral("Навык 1:"));
    comment(skill, QStringLiteral("name"), value(skill, QStringLiteral("name")));
    comment(skill, QStringLiteral("knowledge"), QStringLiteral("Знания:"));
    comment(ability, {}, value(ability, Schema::TextItemField));
    comment(knowledge, QStringLiteral("text@ru"), value(knowledge, Schema::TextItemField));
    comment(competency, {}, value(competency, Schema::TextItemField));
    comment(related, QStringLiteral("orkLevel"), value(related, QStringLiteral("orkLevel")));
    comment(related, QStringLiteral("name"), value(related, QStringLiteral("name")));
    comment(related, QStringLiteral("nkzOccupationCode"),
            value(related, QStringLiteral("nkzOccupationCode")));

    comment(stateBody, QStringLiteral("name"), value(stateBody, QStringLiteral("name")));
    comment(stateBody, QStringLiteral("contact/position"),
            value(stateBody, QStringLiteral("contact/position")));
    comment(stateBody, QStringLiteral("contact/email"),
            value(stateBody, QStringLiteral("contact/email")));
    comment(standard, QStringLiteral("technicalData/version"),
            value(standard, QStringLiteral("technicalData/version")));
    comment(standard, QStringLiteral("technicalData/releaseYear"),
            value(standard, QStringLiteral("technicalData/releaseYear")));
    comment(standard, QStringLiteral("technicalData/sectoralCouncil/protocolNumber"),
            value(standard, QStringLiteral("technicalData/sectoralCouncil/protocolNumber")));
    const QDate plannedUpdate = QDate::fromString(
        value(standard, QStringLiteral("technicalData/plannedUpdateDate")), Qt::ISODate);
    comment(standard, QStringLiteral("technicalData/plannedUpdateDate"),
            plannedUpdate.toString(QStringLiteral("dd.MM.yyyy")));
    for (const PlacedComment& placed : *expected)
        REQUIRE(!placed.covered.trimmed().isEmpty());
    return tree;
}

} // namespace kasibi::test
