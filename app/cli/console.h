#pragma once

#include <QTextStream>

// What every kasibi-cli command prints through (one stream each, so that their buffers never
// interleave), and the exit status it ends with.
namespace console {

enum ExitCode { Success = 0, ValidationErrors = 1, Failure = 2 };

inline QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

} // namespace console
