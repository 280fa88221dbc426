#pragma once

#include "core/model/result.h"

#include <QStringList>
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

// An error as every command reports it: the file or place, the reason; exit status 2.
inline int report(const kasibi::Error& error) {
    err() << "kasibi-cli: " << error.toString() << "\n";
    err().flush();
    return Failure;
}

// The value after an option (raw[i] is the option; i moves on to its value), or "" with the
// problem told when there is none.
inline QString optionValue(const QStringList& raw, int& i, QString& problem) {
    if (++i < raw.size()) return raw[i];
    problem = QStringLiteral("%1 needs a value").arg(raw[i - 1]);
    return {};
}

} // namespace console
