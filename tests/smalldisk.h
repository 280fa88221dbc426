#pragma once

#include <QString>

namespace kasibi::test {

// A folder on a file system of its own, `kilobytes` large (a tmpfs), to fill up: a disk
// that is really full, as the user's would be. Mounting takes root; when the test does not run
// as root, isMounted() is false and the test must call markSkipped(). As root a mount that
// fails fails the test. Unmounted when it goes, whether the test passed or not.
class SmallDisk {
public:
    SmallDisk(const QString& mountPoint, int kilobytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool isMounted() const { return m_mounted; }
    const QString& path() const { return m_path; }
    // Writes a filler file until the disk has no room left.
    void fill();

private:
    QString m_path;
    bool m_mounted = false;
};

} // namespace kasibi::test
