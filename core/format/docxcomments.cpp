#include "core/format/docxcomments.h"

#include "core/format/docxxml.h"

#include <QDateTime>

namespace kasibi {

namespace {

// A comment's paragraph id ties a reply to its thread in commentsExtended.xml (Word 2013+).
QString paraId(int index) {
    return QStringLiteral("%1").arg(0x10000000 + index, 8, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QByteArray DocxComments::comments(const StandardLayout& layout) {
    DocxXml xml(QStringLiteral("w:comments"),
                {{QStringLiteral("xmlns:w"), DocxXml::WordNamespace},
                 {QStringLiteral("xmlns:w14"), DocxXml::Word2010Namespace},
                 {QStringLiteral("xmlns:mc"), DocxXml::MarkupCompatibilityNamespace},
                 {QStringLiteral("mc:Ignorable"), QStringLiteral("w14")}});
    for (int i = 0; i < layout.comments.size(); ++i) {
        const LayoutComment& comment = layout.comments[i];
        xml.start(QStringLiteral("w:comment"));
        xml.attribute(QStringLiteral("w:id"), QString::number(i));
        xml.attribute(QStringLiteral("w:author"), comment.author);
        const QDateTime created = QDateTime::fromString(comment.created, Qt::ISODate);
        // Word shows the clock time of w:date as it is: the local time the comments dock shows,
        // with its offset so that nothing is lost.
        if (created.isValid()) {
            const QDateTime local = created.toLocalTime();
            xml.attribute(QStringLiteral("w:date"),
                          local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate));
        }
        QString initials;
        for (const QString& word : comment.author.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            initials += word.front();
        xml.attribute(QStringLiteral("w:initials"), initials);
        const QStringList lines = comment.text.split(QLatin1Char('\n'));
        for (int line = 0; line < lines.size(); ++line) {
            xml.start(QStringLiteral("w:p"));
            // The id belongs on the comment's last paragraph.
            if (line + 1 == lines.size()) xml.attribute(QStringLiteral("w14:paraId"), paraId(i));
            xml.start(QStringLiteral("w:pPr"));
            xml.value(QStringLiteral("w:pStyle"), QStringLiteral("CommentText"));
            xml.end();
            if (line == 0) {
                xml.start(QStringLiteral("w:r"));
                xml.start(QStringLiteral("w:rPr"));
                xml.value(QStringLiteral("w:rStyle"), QStringLiteral("CommentReference"));
                xml.end();
                xml.empty(QStringLiteral("w:annotationRef"));
                xml.end();
            }
            xml.runs(lines[line]);
            xml.end();
        }
        xml.end();
    }
    return xml.finish();
}

QByteArray DocxComments::commentsExtended(const StandardLayout& layout) {
    DocxXml xml(QStringLiteral("w15:commentsEx"),
                {{QStringLiteral("xmlns:w15"), DocxXml::Word2012Namespace},
                 {QStringLiteral("xmlns:mc"), DocxXml::MarkupCompatibilityNamespace},
                 {QStringLiteral("mc:Ignorable"), QStringLiteral("w15")}});
    for (int i = 0; i < layout.comments.size(); ++i) {
        const LayoutComment& comment = layout.comments[i];
        xml.empty(QStringLiteral("w15:commentEx"));
        xml.attribute(QStringLiteral("w15:paraId"), paraId(i));
        if (comment.replyTo > 0)
            xml.attribute(QStringLiteral("w15:paraIdParent"), paraId(comment.replyTo - 1));
        xml.attribute(QStringLiteral("w15:done"),
                      comment.resolved ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return xml.finish();
}

} // namespace kasibi
