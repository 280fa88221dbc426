#include "core/classifier/classifiercsvreader.h"

#include "core/classifier/classifiertable.h"

#include <algorithm>
#include <QFile>
#include <QStringDecoder>

namespace kasibi {

namespace {

struct Record {
    int line = 0; // where the record starts, 1-based
    QStringList fields;
    bool comment = false;
    bool blank = false;
};

Result<QString> decode(const QByteArray& bytes, const QString& where) {
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Result<QString>::failure(
            ClassifierCsvReader::tr("the file is in UTF-16; save it as UTF-8 or Windows-1251"),
            where);
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        QStringDecoder cp1251("windows-1251");
        if (!cp1251.isValid())
            return Result<QString>::failure(
                ClassifierCsvReader::tr("the file is not UTF-8, and this system cannot read "
                                        "Windows-1251"),
                where);
        text = cp1251.decode(bytes);
        // ICU maps 0x98, which Windows-1251 leaves undefined, to a C1 control: such text and
        // binary files are not what they claim.
        const auto notText = [](QChar c) {
            return c.unicode() == 0 || (c.unicode() >= 0x80 && c.unicode() <= 0x9F);
        };
        if (cp1251.hasError() || std::any_of(text.cbegin(), text.cend(), notText))
            return Result<QString>::failure(
                ClassifierCsvReader::tr("the file is neither UTF-8 nor Windows-1251 text"), where);
    }
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    return text;
}

// The separator is the one the header line uses.
QChar separatorOf(const QString& headerLine) {
    return headerLine.count(QLatin1Char(';')) >= headerLine.count(QLatin1Char(','))
               ? QLatin1Char(';')
               : QLatin1Char(',');
}

class Tokenizer {
public:
    explicit Tokenizer(const QString& text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    int line() const { return m_line; }

    // The rest of the current physical line, unparsed (to find comments and the separator).
    QString peekLine() const {
        const int end = m_text.indexOf(QLatin1Char('\n'), m_pos);
        QString line = m_text.mid(m_pos, end < 0 ? -1 : end - m_pos);
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        return line;
    }

    void skipLine() {
        const int end = m_text.indexOf(QLatin1Char('\n'), m_pos);
        m_pos = end < 0 ? m_text.size() : end + 1;
        ++m_line;
    }

    // One record; a quoted field may span lines. Returns false on a quote left open.
    bool next(QChar separator, Record& record) {
        record = Record{m_line, {}, false, false};
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                        field += c;
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == QLatin1Char('\n')) ++m_line;
                    field += c;
                }
            } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
                field.clear();
            } else if (c == separator) {
                record.fields << field;
                field.clear();
                wasQuoted = false;
            } else if (c == QLatin1Char('\n')) {
                ++m_line;
                break;
            } else if (c != QLatin1Char('\r')) {
                field += c;
            }
        }
        if (quoted) return false;
        record.fields << field;
        record.blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        return true;
    }

private:
    const QString& m_text;
    int m_pos = 0;
    int m_line = 1;
};

} // namespace

Result<QVector<ClassifierEntry>> ClassifierCsvReader::read(const QString& path,
                                                           Classifier classifier) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QVector<ClassifierEntry>>::failure(
            tr("cannot be read: %1").arg(file.errorString()), path);
    if (file.size() > MaximumFileSize)
        return Result<QVector<ClassifierEntry>>::failure(
            tr("the file is larger than %1 MB; this is not a classifier edition")
                .arg(MaximumFileSize / (1024 * 1024)),
            path);
    return parse(file.readAll(), classifier, path);
}

Result<QVector<ClassifierEntry>> ClassifierCsvReader::parse(const QByteArray& bytes,
                                                            Classifier classifier,
                                                            const QString& where) const {
    using R = Result<QVector<ClassifierEntry>>;
    Result<QString> text = decode(bytes, where);
    if (!text) return text.error();
    const auto atLine = [&](int line, const QString& reason) {
        return R::failure(tr("line %1: %2").arg(line).arg(reason), where);
    };

    Tokenizer tokenizer(text.value());
    // Comments and blank lines before the header.
    while (!tokenizer.atEnd()) {
        const QString line = tokenizer.peekLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) break;
        tokenizer.skipLine();
    }
    if (tokenizer.atEnd())
        return R::failure(tr("the file has no header line (code, name_kk, name_ru)"), where);
    const QChar separator = separatorOf(tokenizer.peekLine());

    Record header;
    if (!tokenizer.next(separator, header))
        return atLine(header.line, tr("a quoted field is not closed"));
    ClassifierTable table(classifier, where, [](int line) { return tr("line %1").arg(line); });
    if (Status named = table.setHeader(header.line, header.fields); !named) return named.error();

    Record record;
    while (!tokenizer.atEnd()) {
        if (!tokenizer.next(separator, record))
            return atLine(record.line, tr("a quoted field is not closed"));
        if (record.blank) continue;
        if (record.fields.size() != header.fields.size())
            return atLine(record.line, tr("%1 fields where the header has %2 (is a name with "
                                          "\"%3\" in it not quoted?)")
                                           .arg(record.fields.size())
                                           .arg(header.fields.size())
                                           .arg(separator));
        if (Status added = table.addRow(record.line, record.fields); !added) return added.error();
    }
    return table.entries();
}

} // namespace kasibi
