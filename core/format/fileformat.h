#pragma once

#include <QString>

namespace kasibi {

// What every reader and writer of a file format says of itself, so that a registry
// (FormatRegistry) offers and picks it without anyone else naming its extension.
class FileFormat {
public:
    virtual ~FileFormat() = default;
    // Lower case, without the dot: "docx".
    virtual QString extension() const = 0;
    // What a file dialog offers for it: "Word document (*.docx)".
    virtual QString fileFilter() const = 0;
    // What a list of formats calls it: "Word document (DOCX)".
    virtual QString title() const = 0;
};

} // namespace kasibi
