#include "testsupport.h"

#include "core/format/jsonstandardreader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace kasibi::test {

QString sourcePath(const QString& relative) {
    return QStringLiteral(KASIBI_SOURCE_DIR "/") + relative;
}

QString sharedPath(const QString& relative) {
    return qEnvironmentVariable("KASIBI_SHARED_DIR",
                                QStringLiteral(KASIBI_SOURCE_DIR "/../shared")) +
           QLatin1Char('/') + relative;
}

QString samplePath() {
    return sourcePath(QStringLiteral("resources/sample/mining-b07102012.json"));
}

DocumentTree sampleTree() {
    Result<DocumentTree> tree = JsonStandardReader().read(samplePath());
    INFO((tree ? QString() : tree.error().toString()).toStdString());
    REQUIRE(tree.ok());
    return tree.value();
}

QByteArray readBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString cliPath() {
    return QStringLiteral(KASIBI_CLI_PATH);
}

int runCli(const QStringList& arguments, QString* standardOutput, QString* standardError) {
    QProcess process;
    // The user's data folder (the editor's classifier store, which kasibi-cli checks against
    // when it is there) is one of the test's own, so that what the machine holds changes nothing.
    static QTemporaryDir userData;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), userData.path());
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    REQUIRE(process.waitForFinished(60000));
    if (standardOutput) *standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    if (standardError) *standardError = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace kasibi::test
