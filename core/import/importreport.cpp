#include "core/import/importreport.h"

#include <QJsonObject>

namespace kasibi {

QString ImportNote::kindName(Kind kind) {
    switch (kind) {
    case Kind::Mapped:
        return QStringLiteral("mapped");
    case Kind::Unplaced:
        return QStringLiteral("unplaced");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Mismatch:
        return QStringLiteral("mismatch");
    }
    return {};
}

void ImportReport::add(ImportNote::Kind kind, QString path, QString elementId, QString source,
                       QString message) {
    notes.push_back(ImportNote{kind, std::move(path), std::move(elementId), std::move(source),
                               std::move(message)});
}

int ImportReport::count(ImportNote::Kind kind) const {
    return int(std::count_if(notes.begin(), notes.end(),
                             [kind](const ImportNote& note) { return note.kind == kind; }));
}

QJsonArray ImportReport::toJson() const {
    QJsonArray list;
    for (const ImportNote& note : notes)
        list.append(QJsonObject{{QStringLiteral("kind"), ImportNote::kindName(note.kind)},
                                {QStringLiteral("path"), note.path},
                                {QStringLiteral("source"), note.source},
                                {QStringLiteral("message"), note.message}});
    return list;
}

QString ImportReport::toText() const {
    QString text;
    for (const ImportNote& note : notes) {
        text += ImportNote::kindName(note.kind) + QStringLiteral(" ");
        if (!note.path.isEmpty()) text += note.path + QStringLiteral(" ");
        text += QStringLiteral("(") + note.source + QStringLiteral("): ") + note.message +
                QLatin1Char('\n');
    }
    return text;
}

} // namespace kasibi
