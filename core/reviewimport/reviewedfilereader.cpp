#include "core/reviewimport/reviewedfilereader.h"

#include "core/ooxml/ooxmlpackage.h"
#include "core/ooxml/worddocumentreader.h"
#include "core/ooxml/xmlpartreader.h"
#include "core/reviewimport/reviewmark.h"

#include <limits>
#include <QSet>

namespace kasibi {

namespace {

using Change = ReviewedSegment::Change;

bool isWordNamespace(QStringView uri) {
    return uri == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main") ||
           uri == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

// An attribute by its local name, whatever its prefix (w:, w14:, w15:).
QString attribute(const QXmlStreamReader& xml, const char* localName) {
    for (const QXmlStreamAttribute& each : xml.attributes())
        if (each.name() == QLatin1String(localName)) return each.value().toString();
    return {};
}

QString purpose() {
    return ReviewedFileReader::tr("a reviewed standard");
}

// A part nested deeper than any document is refused rather than followed down.
bool refusedAsTooDeep(QXmlStreamReader& xml, int depth) {
    if (depth <= WordDocumentReader::MaximumNesting) return false;
    xml.raiseError(
        ReviewedFileReader::tr("elements are nested more than %1 deep, which no document is")
            .arg(WordDocumentReader::MaximumNesting));
    return true;
}

// Walks document.xml once, keeping the state a position needs: the paragraph, the change
// being read, the marks open.
class BodyWalker {
public:
    BodyWalker(XmlPartReader& reader, ReviewedFile& file) : m_reader(reader), m_file(file) {
        for (int i = 0; i < file.comments.size(); ++i)
            m_commentIndex.insert(file.comments[i].id, i);
    }

    void walk() {
        QXmlStreamReader& xml = m_reader.xml();
        int depth = 0;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_reader.next();
            if (token == QXmlStreamReader::Invalid) return;
            if (token == QXmlStreamReader::EndElement) {
                --depth;
                end(xml.name());
                continue;
            }
            if (token != QXmlStreamReader::StartElement) continue;
            if (refusedAsTooDeep(xml, ++depth)) return;
            if (!isWordNamespace(xml.namespaceUri())) {
                // mc:Fallback repeats the mc:Choice before it.
                if (xml.name() == QLatin1String("Fallback")) {
                    xml.skipCurrentElement();
                    --depth;
                }
                continue;
            }
            if (start(xml.name())) --depth; // the element was read or skipped whole
        }
    }

private:
    // True when the element was consumed to its end.
    bool start(QStringView name) {
        QXmlStreamReader& xml = m_reader.xml();
        if (name == QLatin1String("p")) {
            m_paragraphs.push_back(int(m_file.paragraphs.size()));
            m_file.paragraphs.push_back({});
            m_collapsed.clear();
            return false;
        }
        if (name == QLatin1String("t") || name == QLatin1String("delText")) {
            append(xml.readElementText(QXmlStreamReader::SkipChildElements));
            return true;
        }
        if (name == QLatin1String("tab") || name == QLatin1String("ptab")) {
            append(QStringLiteral("\t"));
        } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
            append(QStringLiteral("\n"));
        } else if (name == QLatin1String("noBreakHyphen")) {
            append(QStringLiteral("-"));
        } else if (name == QLatin1String("ins") || name == QLatin1String("moveTo") ||
                   name == QLatin1String("del") || name == QLatin1String("moveFrom")) {
            const bool inserted = name == QLatin1String("ins") || name == QLatin1String("moveTo");
            m_changes.push_back({{},
                                 inserted ? Change::Inserted : Change::Deleted,
                                 attribute(xml, "author"),
                                 attribute(xml, "date"),
                                 {}});
            return false;
        } else if (name == QLatin1String("bookmarkStart")) {
            const QString markName = attribute(xml, "name");
            if (ReviewMark::isMarkName(markName)) {
                m_markOfBookmark.insert(attribute(xml, "id"), markName);
                m_marks << markName;
                m_markLength.insert(markName, 0);
                if (!m_paragraphs.empty()) {
                    const int at = int(m_file.paragraphs[m_paragraphs.back()].before().size());
                    m_file.paragraphs[m_paragraphs.back()].markRanges.insert(
                        markName, {at, std::numeric_limits<int>::max()});
                }
                for (int index : std::as_const(m_pending)) {
                    ReviewedComment& comment = m_file.comments[index];
                    if (comment.firstMarkInside.isEmpty() &&
                        comment.start.paragraph == currentParagraph())
                        comment.firstMarkInside = markName;
                }
            }
        } else if (name == QLatin1String("bookmarkEnd")) {
            const QString markName = m_markOfBookmark.take(attribute(xml, "id"));
            m_marks.removeOne(markName);
            if (!markName.isEmpty() && m_markLength.take(markName) == 0) m_collapsed << markName;
            if (!m_paragraphs.empty()) {
                ReviewedParagraph& paragraph = m_file.paragraphs[m_paragraphs.back()];
                if (auto it = paragraph.markRanges.find(markName); it != paragraph.markRanges.end())
                    it->second = int(paragraph.before().size());
            }
        } else if (name == QLatin1String("commentRangeStart")) {
            if (ReviewedComment* comment = commentOf(attribute(xml, "id"))) {
                comment->start = position();
                m_pending.insert(int(comment - m_file.comments.data()));
            }
        } else if (name == QLatin1String("commentRangeEnd")) {
            if (ReviewedComment* comment = commentOf(attribute(xml, "id"))) {
                comment->end = position();
                m_pending.remove(int(comment - m_file.comments.data()));
            }
        } else if (name == QLatin1String("commentReference")) {
            // A comment without a range stands where its reference is.
            if (ReviewedComment* comment = commentOf(attribute(xml, "id"));
                comment && comment->start.paragraph < 0)
                comment->start = comment->end = position();
        } else if (skipped(name)) {
            xml.skipCurrentElement();
            return true;
        } else {
            return false;
        }
        xml.skipCurrentElement();
        return true;
    }

    void end(QStringView name) {
        if (!isWordNamespace(m_reader.xml().namespaceUri())) return;
        if (name == QLatin1String("p") && !m_paragraphs.empty()) {
            m_paragraphs.pop_back();
            m_collapsed.clear();
        } else if ((name == QLatin1String("ins") || name == QLatin1String("moveTo") ||
                    name == QLatin1String("del") || name == QLatin1String("moveFrom")) &&
                   !m_changes.empty())
            m_changes.pop_back();
    }

    // Properties (which hold the paragraph mark's own w:ins and w:del), field codes, the
    // references of notes.
    static bool skipped(QStringView name) {
        for (const char* skippedName :
             {"pPr", "rPr", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "sdtPr", "sdtEndPr",
              "instrText", "delInstrText", "footnoteReference", "endnoteReference", "tblPrEx",
              "customXmlPr", "rPrChange", "pPrChange"})
            if (name == QLatin1String(skippedName)) return true;
        return false;
    }

    int currentParagraph() const {
        return m_paragraphs.empty() ? int(m_file.paragraphs.size()) : m_paragraphs.back();
    }

    ReviewedPosition position() const {
        ReviewedPosition at;
        at.paragraph = currentParagraph();
        if (!m_paragraphs.empty()) at.offset = int(m_file.paragraphs[at.paragraph].before().size());
        at.marks = m_marks + m_collapsed;
        return at;
    }

    ReviewedComment* commentOf(const QString& id) {
        const auto it = m_commentIndex.constFind(id);
        return it == m_commentIndex.constEnd() ? nullptr : &m_file.comments[*it];
    }

    void append(const QString& text) {
        if (m_paragraphs.empty() || text.isEmpty()) return;
        ReviewedSegment segment = m_changes.empty() ? ReviewedSegment{} : m_changes.back();
        segment.text = text;
        segment.marks = m_marks;
        for (const QString& mark : std::as_const(m_marks))
            m_markLength[mark] += int(text.size());
        // A text replaced whole leaves its mark empty in front of the change (LibreOffice puts
        // the mark's end inside the deletion): the change is that mark's.
        if (segment.change == Change::None)
            m_collapsed.clear();
        else
            segment.marks << m_collapsed;
        QVector<ReviewedSegment>& segments = m_file.paragraphs[m_paragraphs.back()].segments;
        if (!segments.isEmpty()) {
            ReviewedSegment& last = segments.last();
            if (last.change == segment.change && last.author == segment.author &&
                last.date == segment.date && last.marks == segment.marks) {
                last.text += text;
                return;
            }
        }
        segments << segment;
    }

    XmlPartReader& m_reader;
    ReviewedFile& m_file;
    QHash<QString, int> m_commentIndex;
    std::vector<int> m_paragraphs; // open paragraphs (a text box's inside another's)
    std::vector<ReviewedSegment> m_changes;
    QStringList m_marks;
    QHash<QString, int> m_markLength; // characters inside each open mark so far
    QStringList m_collapsed; // marks closed empty just before, with nothing unchanged since
    QHash<QString, QString> m_markOfBookmark;
    QSet<int> m_pending; // comments whose range has started and not ended
};

// comments.xml: each comment's author, date and paragraphs.
Status readComments(OoxmlPackage& package, const QString& part, ReviewedFile& file) {
    Result<QByteArray> bytes = package.read(part);
    if (!bytes) return bytes.error();
    XmlPartReader reader(bytes.value(), part, ReviewedFileReader::tr("document"));
    QXmlStreamReader& xml = reader.xml();
    ReviewedComment* comment = nullptr;
    QStringList paragraphs;
    int depth = 0;
    bool deleted = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.next();
        if (token == QXmlStreamReader::Invalid) break;
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (name == QLatin1String("comment") && comment) {
                comment->text = paragraphs.join(QLatin1Char('\n')).trimmed();
                comment = nullptr;
            } else if (name == QLatin1String("del")) {
                deleted = false;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement) continue;
        if (refusedAsTooDeep(xml, ++depth)) break;
        if (name == QLatin1String("comment")) {
            file.comments.push_back({});
            comment = &file.comments.last();
            comment->id = attribute(xml, "id");
            comment->author = attribute(xml, "author");
            comment->initials = attribute(xml, "initials");
            comment->date = attribute(xml, "date");
            paragraphs.clear();
        } else if (!comment) {
            continue;
        } else if (name == QLatin1String("p")) {
            paragraphs << QString();
            // The comment's id for commentsExtended is its last paragraph's.
            if (const QString id = attribute(xml, "paraId"); !id.isEmpty()) comment->paraId = id;
        } else if (name == QLatin1String("del")) {
            deleted = true;
        } else if (name == QLatin1String("t") && !deleted && !paragraphs.isEmpty()) {
            paragraphs.last() += xml.readElementText(QXmlStreamReader::SkipChildElements);
            --depth;
        } else if (name == QLatin1String("tab") && !paragraphs.isEmpty()) {
            paragraphs.last() += QLatin1Char('\t');
        } else if (name == QLatin1String("br") && !paragraphs.isEmpty()) {
            paragraphs.last() += QLatin1Char('\n');
        } else if (name == QLatin1String("rPr") || name == QLatin1String("pPr") ||
                   name == QLatin1String("instrText")) {
            xml.skipCurrentElement();
            --depth;
        }
    }
    return reader.status(package.path());
}

// commentsExtended.xml (Word 2013+): which comment answers which, and which are done.
Status readCommentsExtended(OoxmlPackage& package, const QString& part, ReviewedFile& file) {
    Result<QByteArray> bytes = package.read(part);
    if (!bytes) return bytes.error();
    QHash<QString, ReviewedComment*> byParaId;
    for (ReviewedComment& comment : file.comments)
        if (!comment.paraId.isEmpty()) byParaId.insert(comment.paraId, &comment);
    XmlPartReader reader(bytes.value(), part, ReviewedFileReader::tr("document"));
    while (reader.nextStart()) {
        const QXmlStreamReader& xml = reader.xml();
        if (xml.name() != QLatin1String("commentEx")) continue;
        ReviewedComment* comment = byParaId.value(attribute(xml, "paraId"));
        if (!comment) continue;
        comment->parentParaId = attribute(xml, "paraIdParent");
        const QString done = attribute(xml, "done");
        comment->done = done == QLatin1String("1") || done == QLatin1String("true");
    }
    return reader.status(package.path());
}

// docProps/custom.xml: name -> text of each property.
Result<QHash<QString, QString>> readCustomProperties(OoxmlPackage& package) {
    QHash<QString, QString> properties;
    QString part = QStringLiteral("docProps/custom.xml");
    Result<QHash<QString, OoxmlPackage::Relationship>> root = package.relationships(QString());
    if (!root) return root.error();
    for (const OoxmlPackage::Relationship& relationship : root.value())
        if (relationship.type.endsWith(QLatin1String("/custom-properties")))
            part = relationship.target;
    if (!package.has(part)) return properties;
    Result<QByteArray> bytes = package.read(part);
    if (!bytes) return bytes.error();
    XmlPartReader reader(bytes.value(), part, ReviewedFileReader::tr("document"));
    QString name;
    while (reader.nextStart()) {
        QXmlStreamReader& xml = reader.xml();
        if (xml.name() == QLatin1String("property"))
            name = attribute(xml, "name");
        else if (!name.isEmpty()) // its one value (vt:lpwstr, vt:i4, ...)
            properties.insert(std::exchange(name, QString()),
                              xml.readElementText(QXmlStreamReader::SkipChildElements));
    }
    if (Status ok = reader.status(package.path()); !ok) return ok.error();
    return properties;
}

// The text of the first element of that name in a small part (docProps/core.xml, app.xml).
Result<QString> readElement(OoxmlPackage& package, const QString& part, const char* name) {
    if (!package.has(part)) return QString();
    Result<QByteArray> bytes = package.read(part);
    if (!bytes) return bytes.error();
    XmlPartReader reader(bytes.value(), part, ReviewedFileReader::tr("document"));
    QString text;
    while (text.isEmpty() && reader.nextStart())
        if (reader.xml().name() == QLatin1String(name))
            text = reader.xml().readElementText(QXmlStreamReader::SkipChildElements);
    if (Status ok = reader.status(package.path()); !ok) return ok.error();
    return text;
}

} // namespace

QString ReviewedParagraph::before() const {
    QString text;
    for (const ReviewedSegment& segment : segments)
        if (segment.change != ReviewedSegment::Change::Inserted) text += segment.text;
    return text;
}

QString ReviewedParagraph::after() const {
    QString text;
    for (const ReviewedSegment& segment : segments)
        if (segment.change != ReviewedSegment::Change::Deleted) text += segment.text;
    return text;
}

Result<QHash<QString, QString>> ReviewedFileReader::customProperties(const QString& path) {
    Result<std::unique_ptr<OoxmlPackage>> opened = WordDocumentReader::openPackage(path, purpose());
    if (!opened) return opened.error();
    return readCustomProperties(*opened.value());
}

Result<ReviewedFile> ReviewedFileReader::read(const QString& path) {
    Result<std::unique_ptr<OoxmlPackage>> opened = WordDocumentReader::openPackage(path, purpose());
    if (!opened) return opened.error();
    OoxmlPackage& package = *opened.value();
    Result<QString> main = WordDocumentReader::documentPart(package);
    if (!main) return main.error();
    ReviewedFile file;
    Result<QHash<QString, OoxmlPackage::Relationship>> related =
        package.relationships(main.value());
    if (!related) return related.error();
    QString commentsPart;
    QString extendedPart;
    for (const OoxmlPackage::Relationship& relationship : related.value()) {
        if (relationship.type.endsWith(QLatin1String("/comments")))
            commentsPart = relationship.target;
        else if (relationship.type.endsWith(QLatin1String("/commentsExtended")))
            extendedPart = relationship.target;
    }
    if (!commentsPart.isEmpty() && package.has(commentsPart))
        if (Status read = readComments(package, commentsPart, file); !read) return read.error();
    if (!extendedPart.isEmpty() && package.has(extendedPart))
        if (Status read = readCommentsExtended(package, extendedPart, file); !read)
            return read.error();

    Result<QByteArray> body = package.read(main.value());
    if (!body) return body.error();
    XmlPartReader reader(body.value(), main.value(), tr("document"));
    BodyWalker(reader, file).walk();
    if (Status ok = reader.status(path); !ok) return ok.error();

    Result<QHash<QString, QString>> properties = readCustomProperties(package);
    if (!properties) return properties.error();
    file.customProperties = properties.value();
    Result<QString> language =
        readElement(package, QStringLiteral("docProps/core.xml"), "language");
    if (!language) return language.error();
    file.language = language.value();
    Result<QString> application =
        readElement(package, QStringLiteral("docProps/app.xml"), "Application");
    if (!application) return application.error();
    file.application = application.value();
    return file;
}

} // namespace kasibi
