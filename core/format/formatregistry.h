#pragma once

#include "core/format/fileformat.h"

#include <memory>
#include <QFileInfo>
#include <QStringList>
#include <type_traits>

namespace kasibi {

// The formats of one kind of reading or writing (Registry::all(), in the order they are offered),
// and the one a path asks for by its extension: the one place where a file's suffix decides how
// it is read or written. A new format is a class of its own and one line in its registry's all().
template <class Format, class Registry> class FormatRegistry {
    static_assert(std::is_base_of_v<FileFormat, Format>);

public:
    // nullptr when no format has the path's extension.
    static std::shared_ptr<Format> forPath(const QString& path) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        for (const std::shared_ptr<Format>& format : Registry::all())
            if (format->extension() == suffix) return format;
        return nullptr;
    }

    static QStringList extensions() {
        QStringList extensions;
        for (const std::shared_ptr<Format>& format : Registry::all())
            extensions << format->extension();
        return extensions;
    }

    // Every format's filter, for a file dialog: "Word document (*.docx);;PDF (*.pdf)".
    static QString fileFilter() {
        QStringList filters;
        for (const std::shared_ptr<Format>& format : Registry::all())
            filters << format->fileFilter();
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
