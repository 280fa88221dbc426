#pragma once

#include <functional>
#include <QString>

namespace kasibi {

// What a writer is asked for beyond the document itself.
struct ExportOptions {
    QString language = QStringLiteral("ru"); // the one language a printed standard is in
    bool withComments = false;               // review comments as Word comments / numbered notes
    // Word: each text in an invisible mark of its place (ReviewMark), so that a reviewer's
    // comments and tracked changes come back; off for a clean published copy.
    bool withMarks = true;
    std::function<void(int percent)> progress; // called from the exporting thread
};

} // namespace kasibi
