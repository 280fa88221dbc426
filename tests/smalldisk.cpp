#include "smalldisk.h"

#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>

namespace kasibi::test {

SmallDisk::SmallDisk(const QString& mountPoint, int kilobytes) : m_path(mountPoint) {
    REQUIRE(QDir().mkpath(mountPoint));
    if (!isRoot()) return;
    QProcess mount;
    mount.setProcessChannelMode(QProcess::MergedChannels);
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("kasibi-test"),
                 mountPoint});
    const bool done = mount.waitForFinished(30000) && mount.exitStatus() == QProcess::NormalExit &&
                      mount.exitCode() == 0;
    INFO("mount a tmpfs at " << mountPoint.toStdString() << ": " << mount.readAll().toStdString());
    REQUIRE(done);
    m_mounted = true;
}

SmallDisk::~SmallDisk() {
    if (m_mounted) QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
}

void SmallDisk::fill() {
    QFile filler(m_path + QStringLiteral("/filler"));
    REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    // The last bytes a block could not take.
    while (filler.write("x", 1) == 1 && filler.flush()) {
    }
}

} // namespace kasibi::test
