#pragma once

#include <functional>
#include <QString>

namespace kasibi {

// What a writer is asked for beyond the document itself.
struct ExportOptions {
    QString language = QStringLiteral("ru");   // the one language a printed standard is in
    bool withComments = false;                 // review comments as Word comments / numbered notes
    std::function<void(int percent)> progress; // called from the exporting thread
};

} // namespace kasibi
