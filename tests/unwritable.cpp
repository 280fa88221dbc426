#include "unwritable.h"

#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

namespace kasibi::test {

Unwritable::Unwritable(const QString& path) : m_path(path) {
    if (isRoot()) {
        QProcess chattr;
        chattr.setProcessChannelMode(QProcess::MergedChannels);
        chattr.start(QStringLiteral("chattr"), {QStringLiteral("+i"), path});
        const bool done = chattr.waitForFinished(30000) &&
                          chattr.exitStatus() == QProcess::NormalExit && chattr.exitCode() == 0;
        INFO("chattr +i " << path.toStdString() << ": " << chattr.readAll().toStdString()
                          << chattr.errorString().toStdString());
        REQUIRE(done);
        m_immutable = true;
        return;
    }
    m_permissions = int(QFile::permissions(path));
    REQUIRE(QFile::setPermissions(
        path, QFile::permissions(path) &
                  ~(QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup | QFile::WriteOther)));
}

Unwritable::~Unwritable() {
    if (m_immutable)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
    else if (m_permissions)
        QFile::setPermissions(m_path, QFile::Permissions(m_permissions));
}

} // namespace kasibi::test
