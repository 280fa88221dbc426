#include "core/format/jsonstandardreader.h"

#include "core/import/textlanguage.h"
#include "core/model/localizedtext.h"
#include "core/model/schema.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace kasibi {

namespace {

// Byte offset of the first invalid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        int length = 0;
        uint32_t codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size) return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80) return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        const bool overlong = (length == 2 && codePoint < 0x80) ||
                              (length == 3 && codePoint < 0x800) ||
                              (length == 4 && codePoint < 0x10000);
        if (overlong || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString lineAndColumn(const QByteArray& bytes, qsizetype offset) {
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return JsonStandardReader::tr("line %1, column %2").arg(line).arg(column);
}

class TreeBuilder {
    Q_DECLARE_TR_FUNCTIONS(JsonStandardReader)
public:
    explicit TreeBuilder(QString fileName) : m_fileName(std::move(fileName)) {}

    Result<DocumentTree> build(const QJsonObject& top) {
        const QJsonValue format = top.value(QStringLiteral("format"));
        if (format.isUndefined())
            return failure(QString(), tr("missing required key \"format\": this is not a Kasibi "
                                         "standard"));
        if (format.toString() != QLatin1String("kasibi-standard"))
            return failure(QStringLiteral("/format"),
                           tr("expected \"kasibi-standard\": this is not a Kasibi standard"));
        const QJsonValue version = top.value(QStringLiteral("formatVersion"));
        if (!version.isDouble())
            return failure(QStringLiteral("/formatVersion"), tr("expected the number 1"));
        if (version.toDouble() > 1)
            return failure(QStringLiteral("/formatVersion"),
                           tr("the file is in format version %1, newer than this Kasibi reads (1); "
                              "open it with a newer Kasibi")
                               .arg(version.toDouble()));
        if (version.toDouble() != 1)
            return failure(QStringLiteral("/formatVersion"), tr("expected the number 1"));

        QString rootId;
        if (!readElement(*Schema::kind(Kind::Document), top, QString(), QString(), QString(),
                         &rootId))
            return *m_error;
        m_tree.rootId = rootId;
        if (!checkCommentTargets()) return *m_error;
        return std::move(m_tree);
    }

private:
    Error failure(const QString& pointer, const QString& message) {
        return Error{message,
                     pointer.isEmpty() ? m_fileName : tr("%1 at %2").arg(m_fileName, pointer)};
    }

    bool fail(const QString& pointer, const QString& message) {
        m_error = failure(pointer.isEmpty() ? QStringLiteral("/") : pointer, message);
        return false;
    }

    static QString typeName(const QJsonValue& value) {
        switch (value.type()) {
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Bool:
            return tr("a boolean");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("a string");
        case QJsonValue::Array:
            return tr("an array");
        case QJsonValue::Object:
            return tr("an object");
        default:
            return tr("nothing");
        }
    }

    bool wrongType(const QString& pointer, const QString& expected, const QJsonValue& found) {
        return fail(pointer, tr("expected %1, found %2").arg(expected, typeName(found)));
    }

    // A key this Kasibi does not keep would be lost on the way to the document file and back:
    // "lossless both ways" forbids reading the rest without it.
    bool unknownKey(const QString& pointer) {
        return fail(pointer, tr("\"%1\" is not known to this version of Kasibi, which would lose "
                                "it; the file may come from a newer Kasibi")
                                 .arg(pointer.section(QLatin1Char('/'), -1)));
    }

    static QString jsonKey(const QString& key) {
        // JSON Pointer escapes (RFC 6901): "~" as "~0", "/" as "~1".
        QString escaped = key;
        return escaped.replace(QLatin1Char('~'), QStringLiteral("~0"))
            .replace(QLatin1Char('/'), QStringLiteral("~1"));
    }

    // A LocalizedText (and a list item) holds its wordings and nothing else.
    bool checkWordingKeys(const QJsonObject& object, const QString& pointer,
                          const QStringList& allowed) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (!allowed.contains(it.key()))
                return unknownKey(pointer + QLatin1Char('/') + jsonKey(it.key()));
        return true;
    }

    // Every key of an element's object, and of the objects inside it that are not elements of
    // their own (passport, passport/oked/section, contact ...), must be one the schema gives it.
    bool checkKeys(const KindSpec& spec, const QJsonObject& object, const QString& pointer,
                   const QStringList& extraKeys) {
        QHash<QString, const FieldSpec*> leaves;
        QSet<QString> elements;
        QSet<QString> containers;
        const auto addContainers = [&](const QString& path) {
            for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash >= 0;
                 slash = path.indexOf(QLatin1Char('/'), slash + 1))
                containers.insert(path.left(slash));
        };
        for (const FieldSpec& field : spec.fields) {
            leaves.insert(field.name, &field);
            addContainers(field.name);
            if (!field.interchangeString.isEmpty()) {
                leaves.insert(field.interchangeString, &field);
                addContainers(field.interchangeString);
            }
        }
        for (const ChildSpec& child : spec.children) {
            if (child.internalOnly) continue;
            elements.insert(child.role);
            addContainers(child.role);
        }
        for (const QString& required : spec.requiredObjects)
            containers.insert(required);
        QStringList known = extraKeys;
        if (spec.hasJsonId) known << QStringLiteral("id");

        struct Pending {
            QJsonObject object;
            QString path;    // below the element, "" for the element itself
            QString pointer; // JSON Pointer of the object
        };
        QVector<Pending> pending{{object, QString(), pointer}};
        while (!pending.isEmpty()) {
            const Pending current = pending.takeLast();
            for (auto it = current.object.constBegin(); it != current.object.constEnd(); ++it) {
                const QString path =
                    current.path.isEmpty() ? it.key() : current.path + QLatin1Char('/') + it.key();
                const QString keyPointer = current.pointer + QLatin1Char('/') + jsonKey(it.key());
                if (current.path.isEmpty() && known.contains(it.key())) continue;
                if (elements.contains(path)) continue; // checked as an element of its own
                if (const FieldSpec* field = leaves.value(path)) {
                    if (field->type == FieldType::LocalizedText && path == field->name &&
                        it.value().isObject() &&
                        !checkWordingKeys(it.value().toObject(), keyPointer, Schema::languages()))
                        return false;
                    continue;
                }
                if (!containers.contains(path)) return unknownKey(keyPointer);
                if (it.value().isObject())
                    pending.append({it.value().toObject(), path, keyPointer});
            }
        }
        return true;
    }

    // A comment is on an element of this standard, and a reply answers a comment of it: one
    // pointing elsewhere would be printed on the wrong place (the title) or on none.
    bool checkCommentTargets() {
        const Node* root = m_tree.node(m_tree.rootId);
        if (!root) return true;
        const QStringList comments = root->children.value(QStringLiteral("review/comments"));
        for (int i = 0; i < comments.size(); ++i) {
            const Node& comment = m_tree.nodes[comments[i]];
            const QString pointer = QStringLiteral("/review/comments/%1/").arg(i);
            const QString target = comment.values.value(QStringLiteral("targetId"));
            const Node* element = m_tree.node(target);
            if (!element || element->kind == Kind::Comment || element->kind == Kind::Document)
                return fail(pointer + QStringLiteral("targetId"),
                            tr("the comment is on \"%1\", which is no element of this standard")
                                .arg(target));
            const auto replyTo = comment.values.constFind(QStringLiteral("replyTo"));
            if (replyTo == comment.values.constEnd()) continue;
            const Node* answered = m_tree.node(replyTo.value());
            if (!answered || answered->kind != Kind::Comment || answered->id == comment.id)
                return fail(pointer + QStringLiteral("replyTo"),
                            tr("the reply answers \"%1\", which is no other comment of this "
                               "standard")
                                .arg(replyTo.value()));
        }
        return true;
    }

    // Finds the value at a path like "passport/oked/section/code" below an object.
    // Returns false on a type error on the way; *found tells whether the value exists and
    // *holderExists whether the object directly holding it exists.
    bool lookUp(const QJsonObject& object, const QString& pointer, const QString& path,
                QJsonValue* value, bool* holderExists) {
        const QStringList parts = path.split(QLatin1Char('/'));
        QJsonObject current = object;
        QString currentPointer = pointer;
        for (int i = 0; i < parts.size() - 1; ++i) {
            const QJsonValue next = current.value(parts[i]);
            currentPointer += QLatin1Char('/') + parts[i];
            if (next.isUndefined()) {
                *value = QJsonValue(QJsonValue::Undefined);
                *holderExists = false;
                return true;
            }
            if (!next.isObject()) return wrongType(currentPointer, tr("an object"), next);
            current = next.toObject();
        }
        *holderExists = true;
        *value = current.value(parts.last());
        return true;
    }

    // An element's id: a non-empty string used nowhere else in the file.
    bool takeId(const QJsonValue& idValue, const QString& pointer, QString* id) {
        const QString idPointer = pointer + QStringLiteral("/id");
        if (!idValue.isString() || idValue.toString().isEmpty())
            return wrongType(idPointer, tr("a non-empty string"), idValue);
        *id = idValue.toString();
        if (m_idPointers.contains(*id))
            return fail(
                idPointer,
                tr("the id \"%1\" is already used at %2").arg(*id, m_idPointers.value(*id)));
        m_idPointers.insert(*id, pointer.isEmpty() ? QStringLiteral("/") : pointer);
        return true;
    }

    bool readLocalizedText(const QJsonValue& value, const QString& pointer, Node& node,
                           const QString& field) {
        if (!value.isObject())
            return wrongType(pointer, tr("an object with \"kk\" and \"ru\""), value);
        const QJsonObject object = value.toObject();
        for (const QString& language : Schema::languages()) {
            const QJsonValue wording = object.value(language);
            if (wording.isUndefined()) continue;
            if (!wording.isString())
                return wrongType(pointer + QLatin1Char('/') + language, tr("a string"), wording);
            node.values.insert(Node::valueKey(field, language), wording.toString());
        }
        return true;
    }

    bool readField(const FieldSpec& spec, const QJsonValue& value, const QString& pointer,
                   Node& node) {
        switch (spec.type) {
        case FieldType::LocalizedText:
            return readLocalizedText(value, pointer, node, spec.name);
        case FieldType::String:
        case FieldType::QualificationLevel:
            if (!value.isString()) return wrongType(pointer, tr("a string"), value);
            if (!spec.pattern.isEmpty() && !value.toString().isEmpty() &&
                !QRegularExpression(spec.pattern).match(value.toString()).hasMatch())
                return fail(
                    pointer,
                    tr("\"%1\" does not have the form %2").arg(value.toString(), spec.pattern));
            break;
        case FieldType::Date: {
            if (!value.isString()) return wrongType(pointer, tr("a date as YYYY-MM-DD"), value);
            static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
            if (!form.match(value.toString()).hasMatch() ||
                !QDate::fromString(value.toString(), Qt::ISODate).isValid())
                return fail(pointer,
                            tr("\"%1\" is not a date as YYYY-MM-DD").arg(value.toString()));
            break;
        }
        case FieldType::Integer: {
            const double number = value.toDouble();
            if (!value.isDouble() || number != double(qint64(number)) || number < spec.minimum ||
                number > spec.maximum)
                return fail(pointer,
                            tr("expected a whole number from %1 to %2, found %3")
                                .arg(spec.minimum)
                                .arg(spec.maximum)
                                .arg(value.isDouble() ? QString::number(number) : typeName(value)));
            node.values.insert(spec.name, QString::number(qint64(number)));
            return true;
        }
        case FieldType::Boolean:
            if (!value.isBool()) return wrongType(pointer, tr("true or false"), value);
            node.values.insert(spec.name,
                               value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            return true;
        case FieldType::Enum:
            if (!value.isString() || !spec.enumValues.contains(value.toString()))
                return fail(pointer,
                            tr("expected one of %1, found %2")
                                .arg(spec.enumValues.join(QStringLiteral(", ")),
                                     value.isString()
                                         ? QLatin1Char('"') + value.toString() + QLatin1Char('"')
                                         : typeName(value)));
            break;
        case FieldType::LanguageList: {
            if (!value.isArray())
                return wrongType(pointer, tr("an array of \"kk\", \"ru\""), value);
            QStringList languages;
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i) {
                const QString language = array.at(i).toString();
                if (!Schema::languages().contains(language) || languages.contains(language))
                    return fail(pointer + QLatin1Char('/') + QString::number(i),
                                tr("expected \"kk\" or \"ru\", each once"));
                languages << language;
            }
            if (languages.isEmpty()) return fail(pointer, tr("expected at least one language"));
            node.values.insert(spec.name, languages.join(QLatin1Char(',')));
            return true;
        }
        }
        node.values.insert(spec.name, value.toString());
        return true;
    }

    // The format's own string for a text kept in both languages under the Kasibi extension. A
    // file without the extension gives the string to the language its letters tell; a string
    // that is not the one the extension makes was edited by a program that knows only the
    // format, and its edit is kept in its language.
    bool readInterchangeString(const FieldSpec& field, const QJsonObject& object,
                               const QString& pointer, Node& node) {
        QJsonValue value;
        bool holderExists = false;
        if (!lookUp(object, pointer, field.interchangeString, &value, &holderExists)) return false;
        if (value.isUndefined()) return true;
        const QString stringPointer = pointer + QLatin1Char('/') + field.interchangeString;
        if (!value.isString()) return wrongType(stringPointer, tr("a string"), value);
        const QString one = value.toString();
        const LocalizedText extension{
            node.values.value(Node::valueKey(field.name, QStringLiteral("kk"))),
            node.values.value(Node::valueKey(field.name, QStringLiteral("ru")))};
        if (one.trimmed().isEmpty() || one == extension.asOneString()) return true;
        node.values.insert(Node::valueKey(field.name, TextLanguage::of(one)), one);
        return true;
    }

    bool readElement(const KindSpec& spec, const QJsonValue& value, const QString& pointer,
                     const QString& parentId, const QString& role, QString* id) {
        Node node;
        node.kind = spec.name;
        node.parentId = parentId;
        node.role = role;
        if (spec.isTextItem) {
            // A list item holds its wordings and, optionally, its stable id.
            if (value.isObject() &&
                !checkWordingKeys(value.toObject(), pointer,
                                  Schema::languages() + QStringList{QStringLiteral("id")}))
                return false;
            if (!readLocalizedText(value, pointer, node, Schema::TextItemField)) return false;
            const QJsonValue idValue = value.toObject().value(QStringLiteral("id"));
            if (idValue.isUndefined()) {
                node.id = DocumentTree::newId();
            } else {
                if (!takeId(idValue, pointer, &node.id)) return false;
            }
            *id = node.id;
            m_tree.nodes.insert(node.id, node);
            return true;
        }
        if (!value.isObject()) return wrongType(pointer, tr("an object"), value);
        const QJsonObject object = value.toObject();
        // The top level also says what the file is.
        static const QStringList kTopKeys{QStringLiteral("format"),
                                          QStringLiteral("formatVersion")};
        if (!checkKeys(spec, object, pointer,
                       spec.name == Kind::Document ? kTopKeys : QStringList()))
            return false;

        if (spec.hasJsonId) {
            const QJsonValue idValue = object.value(QStringLiteral("id"));
            if (idValue.isUndefined()) return fail(pointer, tr("missing required key \"id\""));
            if (!takeId(idValue, pointer, &node.id)) return false;
        } else {
            node.id = DocumentTree::newId();
        }

        for (const QString& required : spec.requiredObjects) {
            const QJsonValue holder = object.value(required);
            if (holder.isUndefined())
                return fail(pointer, tr("missing required key \"%1\"").arg(required));
            if (!holder.isObject())
                return wrongType(pointer + QLatin1Char('/') + required, tr("an object"), holder);
        }

        for (const FieldSpec& field : spec.fields) {
            QJsonValue fieldValue;
            bool holderExists = false;
            if (!lookUp(object, pointer, field.name, &fieldValue, &holderExists)) return false;
            const QString fieldPointer = pointer + QLatin1Char('/') + field.name;
            if (fieldValue.isUndefined()) {
                if (field.required || (field.requiredInItsObject && holderExists))
                    return fail(fieldPointer.section(QLatin1Char('/'), 0, -2),
                                tr("missing required key \"%1\"")
                                    .arg(field.name.section(QLatin1Char('/'), -1)));
                continue;
            }
            if (!readField(field, fieldValue, fieldPointer, node)) return false;
        }
        for (const FieldSpec& field : spec.fields)
            if (!field.interchangeString.isEmpty() &&
                !readInterchangeString(field, object, pointer, node))
                return false;

        // The node goes in before its children so that the tree lists parents first.
        m_tree.nodes.insert(node.id, node);
        for (const ChildSpec& child : spec.children) {
            if (child.internalOnly) continue;
            QJsonValue childValue;
            bool holderExists = false;
            if (!lookUp(object, pointer, child.role, &childValue, &holderExists)) return false;
            const QString childPointer = pointer + QLatin1Char('/') + child.role;
            if (childValue.isUndefined()) {
                if (child.required)
                    return fail(childPointer.section(QLatin1Char('/'), 0, -2),
                                tr("missing required key \"%1\"")
                                    .arg(child.role.section(QLatin1Char('/'), -1)));
                continue;
            }
            const KindSpec* childSpec = Schema::kind(child.kind);
            QStringList ids;
            if (child.isList) {
                if (!childValue.isArray())
                    return wrongType(childPointer, tr("an array"), childValue);
                const QJsonArray array = childValue.toArray();
                for (int i = 0; i < array.size(); ++i) {
                    QString childId;
                    if (!readElement(*childSpec, array.at(i),
                                     childPointer + QLatin1Char('/') + QString::number(i), node.id,
                                     child.role, &childId))
                        return false;
                    ids << childId;
                }
            } else {
                QString childId;
                if (!readElement(*childSpec, childValue, childPointer, node.id, child.role,
                                 &childId))
                    return false;
                ids << childId;
            }
            m_tree.nodes[node.id].children.insert(child.role, ids);
        }
        *id = node.id;
        return true;
    }

    QString m_fileName;
    DocumentTree m_tree;
    QHash<QString, QString> m_idPointers;
    std::optional<Error> m_error;
};

} // namespace

Result<DocumentTree> JsonStandardReader::read(const QString& path) const {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile()) return Result<DocumentTree>::failure(tr("no such file"), path);
    if (file.size() > MaximumFileSize)
        return Result<DocumentTree>::failure(
            tr("the file is %1 MB, larger than a standard can be (%2 MB)")
                .arg(file.size() / (1024 * 1024))
                .arg(MaximumFileSize / (1024 * 1024)),
            path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<DocumentTree>::failure(tr("cannot be read: %1").arg(file.errorString()),
                                             path);
    return parse(file.readAll(), path);
}

Result<DocumentTree> JsonStandardReader::parse(const QByteArray& bytes,
                                               const QString& fileName) const {
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0)
        return Result<DocumentTree>::failure(tr("the text is not valid UTF-8 at %1 (byte %2)")
                                                 .arg(lineAndColumn(bytes, invalid))
                                                 .arg(invalid),
                                             fileName);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<DocumentTree>::failure(
            tr("not valid JSON at %1: %2")
                .arg(lineAndColumn(bytes, parseError.offset), parseError.errorString()),
            fileName);
    if (!json.isObject())
        return Result<DocumentTree>::failure(tr("expected a JSON object at the top level"),
                                             fileName);
    return TreeBuilder(fileName).build(json.object());
}

} // namespace kasibi
