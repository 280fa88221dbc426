#pragma once

#include <memory>
#include <QFileInfo>
#include <QStringList>

namespace kasibi {

// The formats of one kind of writing (Registry::all(), in the order they are offered), and the
// one a path asks for by its extension: the one place where a file's suffix decides how it is
// written. A new format is a writer of its own and one line in its registry's all().
template <class Writer, class Registry> class WriterRegistry {
public:
    // nullptr when no format has the path's extension.
    static std::shared_ptr<Writer> forPath(const QString& path) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        for (const std::shared_ptr<Writer>& writer : Registry::all())
            if (writer->extension() == suffix) return writer;
        return nullptr;
    }

    static QStringList extensions() {
        QStringList extensions;
        for (const std::shared_ptr<Writer>& writer : Registry::all())
            extensions << writer->extension();
        return extensions;
    }

    // Every format's filter, for a file dialog: "Word document (*.docx);;PDF (*.pdf)".
    static QString fileFilter() {
        QStringList filters;
        for (const std::shared_ptr<Writer>& writer : Registry::all())
            filters << writer->fileFilter();
        return filters.join(QStringLiteral(";;"));
    }

    // The names a file may have, for a message or a usage line: fileNames("OUT", "|") is
    // "OUT.docx|OUT.pdf", fileNames({}, " or ") ".docx or .pdf".
    static QString fileNames(const QString& stem, const QString& separator) {
        QStringList names;
        for (const QString& extension : extensions())
            names << stem + QLatin1Char('.') + extension;
        return names.join(separator);
    }
};

} // namespace kasibi
