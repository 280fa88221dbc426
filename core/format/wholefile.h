#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

namespace kasibi {

// Writes a file whole or not at all: to a temporary beside it, renamed over it only once every
// byte is on the disk, so that a failure (a full disk, an I/O error) leaves the old file as it was.
class WholeFile {
public:
    // On failure the message is the reason alone (the system's words), `where` the path: callers
    // say what could not be written.
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace kasibi
