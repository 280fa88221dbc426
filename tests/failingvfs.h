#pragma once

#include <QString>

namespace kasibi::test {

// Makes SQLite's writes fail on demand, as a full disk or a failing disk would: a VFS that
// wraps the platform's own and becomes the default while it lives, so that Kasibi's
// connections (Qt's QSQLITE driver uses the same libsqlite3) go through it. Only files whose
// path contains the watched text are counted and failed; the rest of the process is untouched.
class FailingVfs {
public:
    enum class Failure {
        DiskFull, // SQLITE_FULL, what ENOSPC gives
        IoError,  // SQLITE_IOERR_WRITE, what EIO gives
    };

    FailingVfs();
    ~FailingVfs();
    FailingVfs(const FailingVfs&) = delete;
    FailingVfs& operator=(const FailingVfs&) = delete;

    // The next `allowed` writes (xWrite, xTruncate, xSync) to a watched file succeed, and every
    // one after them fails until disarm().
    void failAfter(int allowed, Failure failure, const QString& watchedPath);
    void disarm();
    // How many writes to watched files were made, and how many of them failed, since the last
    // failAfter().
    int writes() const;
    int failedWrites() const;
};

} // namespace kasibi::test
