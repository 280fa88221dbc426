#include "core/format/wholefile.h"

#include <cerrno>
#include <cstring>
#include <QSaveFile>
#include <unistd.h>

namespace kasibi {

Status WholeFile::write(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return Status::failure(file.errorString(), path);
    // Qt 6.4's commit() neither notices that the last flush failed (a small file on a full
    // disk) nor that fsync failed (space allocated late, as ext4 does): it would rename the
    // cut-short temporary over the user's file. Both are checked here first; an uncommitted
    // QSaveFile removes its temporary.
    if (file.write(bytes) != bytes.size() || !file.flush())
        return Status::failure(file.errorString(), path);
    if (::fsync(file.handle()) != 0)
        return Status::failure(QString::fromLocal8Bit(std::strerror(errno)), path);
    if (!file.commit()) return Status::failure(file.errorString(), path);
    return {};
}

} // namespace kasibi
