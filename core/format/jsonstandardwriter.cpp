#include "core/format/jsonstandardwriter.h"

#include "core/format/wholefile.h"

#include "core/model/localizedtext.h"
#include "core/model/schema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kasibi {

namespace {

void insertAt(QJsonObject& object, const QStringList& path, int depth, const QJsonValue& value) {
    if (depth == path.size() - 1) {
        object.insert(path[depth], value);
        return;
    }
    QJsonObject inner = object.value(path[depth]).toObject();
    insertAt(inner, path, depth + 1, value);
    object.insert(path[depth], inner);
}

void insertAt(QJsonObject& object, const QString& path, const QJsonValue& value) {
    insertAt(object, path.split(QLatin1Char('/')), 0, value);
}

QJsonObject localized(const Node& node, const QString& field) {
    QJsonObject text;
    for (const QString& language : Schema::languages()) {
        auto it = node.values.constFind(Node::valueKey(field, language));
        if (it != node.values.constEnd()) text.insert(language, it.value());
    }
    return text;
}

QJsonValue element(const DocumentTree& tree, const Node& node) {
    const KindSpec* spec = Schema::kind(node.kind);
    if (spec->isTextItem) {
        // A ListItem: its id, so that comments and comparisons find the item itself.
        QJsonObject item = localized(node, Schema::TextItemField);
        item.insert(QStringLiteral("id"), node.id);
        return item;
    }

    QJsonObject object;
    if (spec->hasJsonId) object.insert(QStringLiteral("id"), node.id);
    for (const QString& required : spec->requiredObjects)
        object.insert(required, QJsonObject());
    for (const FieldSpec& field : spec->fields) {
        if (field.type == FieldType::LocalizedText) {
            const QJsonObject text = localized(node, field.name);
            if (!text.isEmpty()) insertAt(object, field.name, text);
            const QString one = LocalizedText{text.value(QStringLiteral("kk")).toString(),
                                              text.value(QStringLiteral("ru")).toString()}
                                    .asOneString();
            if (!field.interchangeString.isEmpty() && !one.isEmpty())
                insertAt(object, field.interchangeString, one);
            continue;
        }
        auto it = node.values.constFind(field.name);
        if (it == node.values.constEnd()) continue;
        QJsonValue value;
        switch (field.type) {
        case FieldType::Integer:
            value = it.value().toLongLong();
            break;
        case FieldType::Boolean:
            value = it.value() == QLatin1String("true");
            break;
        case FieldType::LanguageList:
            value =
                QJsonArray::fromStringList(it.value().split(QLatin1Char(','), Qt::SkipEmptyParts));
            break;
        default:
            value = it.value();
            break;
        }
        insertAt(object, field.name, value);
    }
    for (const ChildSpec& child : spec->children) {
        if (child.internalOnly) continue;
        const QStringList ids = node.children.value(child.role);
        if (!child.isList) {
            if (const Node* single = tree.node(ids.value(0)))
                insertAt(object, child.role, element(tree, *single));
            continue;
        }
        if (ids.isEmpty() && !child.required) continue;
        QJsonArray array;
        for (const QString& id : ids)
            if (const Node* item = tree.node(id)) array.append(element(tree, *item));
        insertAt(object, child.role, array);
    }
    return object;
}

} // namespace

QJsonObject JsonStandardWriter::toJson(const DocumentTree& tree) const {
    const Node* root = tree.node(tree.rootId);
    QJsonObject top = root ? element(tree, *root).toObject() : QJsonObject();
    top.insert(QStringLiteral("format"), QStringLiteral("kasibi-standard"));
    top.insert(QStringLiteral("formatVersion"), 1);
    return top;
}

Status JsonStandardWriter::write(const DocumentTree& tree, const QString& path,
                                 const ExportOptions& options) const {
    if (options.progress) options.progress(0);
    const QByteArray bytes = QJsonDocument(toJson(tree)).toJson(QJsonDocument::Indented);
    if (Status written = WholeFile::write(path, bytes); !written)
        return Status::failure(tr("cannot be written: %1").arg(written.error().message), path);
    if (options.progress) options.progress(100);
    return {};
}

} // namespace kasibi
