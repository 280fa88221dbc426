#include "testsupport.h"

#include "core/format/jsonstandardreader.h"
#include "core/layout/standardlayout.h"
#include "core/model/schema.h"
#include "smalldisk.h"

#include <catch2/catch.hpp>

#include <functional>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <unistd.h>

namespace kasibi::test {

bool isRoot() {
    return ::geteuid() == 0;
}

void markSkipped(const QString& why) {
    WARN(KASIBI_SKIPPED_MARK ": " << why.toStdString());
}

namespace {

// `write` writes the file at the path it is given.
void requireWriteOverFullDisk(const std::function<Status(const QString& path)>& write,
                              const QString& fileName, const QByteArray& magic) {
    QTemporaryDir dir;
    SmallDisk disk(dir.filePath(QStringLiteral("disk")), 1024);
    if (!disk.isMounted()) return markSkipped(QStringLiteral("mounting a small disk takes root"));
    const QString path = disk.path() + QLatin1Char('/') + fileName;
    const QByteArray old = "the file exported yesterday, which the user still has\n";
    writeBytes(path, old);
    disk.fill();
    const Status written = write(path);
    REQUIRE_FALSE(written.ok());
    INFO(written.error().toString().toStdString());
    CHECK(written.error().where == path);
    CHECK(written.error().message.contains(QStringLiteral("No space left on device")));
    CHECK((readBytes(path) == old));
    QStringList expected{fileName, QStringLiteral("filler")};
    expected.sort();
    CHECK(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name) == expected);

    REQUIRE(QFile::remove(disk.path() + QStringLiteral("/filler")));
    const Status replaced = write(path);
    INFO((replaced ? QString() : replaced.error().toString()).toStdString());
    REQUIRE(replaced.ok());
    CHECK(readBytes(path).startsWith(magic));
    CHECK(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{fileName});
}

} // namespace

void requireExportOverFullDisk(const DocumentWriter& writer, const DocumentTree& tree,
                               const QString& fileName, const QByteArray& magic) {
    ExportOptions options;
    options.language = QStringLiteral("ru");
    requireWriteOverFullDisk([&](const QString& path) { return writer.write(tree, path, options); },
                             fileName, magic);
}

void requireExportOverFullDisk(const LayoutWriter& writer, const StandardLayout& layout,
                               const QString& fileName, const QByteArray& magic) {
    requireWriteOverFullDisk([&](const QString& path) { return writer.write(layout, path); },
                             fileName, magic);
}

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

namespace {

const char* const kIssuerRu = "исполняющего обязанности Председателя Правления Национальной "
                              "палаты предпринимателей Республики Казахстан «Атамекен»";
const char* const kIssuerKk = "«Атамекен» Қазақстан Республикасы Ұлттық кәсіпкерлер палатасы "
                              "Басқарма Төрағасының міндетін атқарушының";

} // namespace

DocumentTree sampleWithApproval() {
    DocumentTree tree = sampleTree();
    const QString standard = tree.standardId();
    tree.setValue(standard, Node::valueKey(Field::ApprovalIssuer, QStringLiteral("ru")),
                  QString::fromUtf8(kIssuerRu));
    tree.setValue(standard, Node::valueKey(Field::ApprovalIssuer, QStringLiteral("kk")),
                  QString::fromUtf8(kIssuerKk));
    tree.setValue(standard, Field::ApprovalOrderNumber, QStringLiteral("222"));
    tree.setValue(standard, Field::ApprovalOrderDate, QStringLiteral("2022-12-05"));
    tree.setValue(standard, Field::ApprovalAppendixNumber, QStringLiteral("20"));
    return tree;
}

QStringList approvalHeader(const QString& language) {
    if (language == QLatin1String("kk"))
        return {QString::fromUtf8(kIssuerKk), QStringLiteral("2022 жылғы 5 желтоқсандағы"),
                QStringLiteral("№ 222 бұйрығына"), QStringLiteral("№ 20 қосымша")};
    return {QStringLiteral("Приложение № 20"),
            QStringLiteral("к приказу ") + QString::fromUtf8(kIssuerRu),
            QStringLiteral("от 5 декабря 2022 года № 222")};
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
