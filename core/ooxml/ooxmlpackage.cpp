#include "core/ooxml/ooxmlpackage.h"

#include "core/ooxml/xmlpartreader.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QDir>
#include <QFileInfo>

namespace kasibi {

namespace {

QString relationshipsOf(const QString& part) {
    const QFileInfo info(part);
    const QString folder = info.path() == QLatin1String(".") ? QString() : info.path() + '/';
    return folder + QStringLiteral("_rels/") + info.fileName() + QStringLiteral(".rels");
}

} // namespace

OoxmlPackage::OoxmlPackage(const QString& path, Expectation expectation)
    : m_path(path), m_zip(std::make_unique<QuaZip>(path)), m_expectation(std::move(expectation)) {}

OoxmlPackage::~OoxmlPackage() = default;

Status OoxmlPackage::open() {
    if (!m_zip->open(QuaZip::mdUnzip))
        return Status::failure(tr("is not a readable %1: the zip archive is damaged or incomplete")
                                   .arg(m_expectation.fileKind),
                               path());
    if (m_zip->getEntriesCount() > m_expectation.maximumEntries)
        return Status::failure(tr("the archive holds %1 files; %2")
                                   .arg(m_zip->getEntriesCount())
                                   .arg(m_expectation.typicalSize),
                               path());
    return Status::success();
}

bool OoxmlPackage::has(const QString& part) {
    return m_zip->setCurrentFile(part);
}

Result<QByteArray> OoxmlPackage::read(const QString& part) {
    using R = Result<QByteArray>;
    if (!m_zip->setCurrentFile(part))
        return R::failure(tr("the %1 has no part %2").arg(m_expectation.container, part), path());
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("the part %1 cannot be unpacked (is the %2 encrypted or damaged?)")
                              .arg(part, m_expectation.container),
                          path());
    // The sizes in the archive's directory are the sender's claim: count what comes out.
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            return R::failure(tr("the part %1 is damaged: %2").arg(part, file.errorString()),
                              path());
        if (n == 0) break;
        if (bytes.size() + n > m_expectation.maximumPartSize)
            return R::failure(tr("the part %1 unpacks to more than %2 MB; this is not %3")
                                  .arg(part)
                                  .arg(m_expectation.maximumPartSize / (1024 * 1024))
                                  .arg(m_expectation.purpose),
                              path());
        // Grown by doubling, a part just under the limit would hold twice the limit's memory
        // (a bomb refused at 256 MB took 540 MB): never reserve past the limit.
        if (bytes.size() + n > bytes.capacity())
            bytes.reserve(
                qMin(qMax(2 * bytes.capacity(), bytes.size() + n), m_expectation.maximumPartSize));
        bytes.append(buffer, n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return R::failure(tr("the part %1 is damaged (its checksum does not match)").arg(part),
                          path());
    return bytes;
}

QString OoxmlPackage::resolve(const QString& from, const QString& target) {
    if (target.startsWith(QLatin1Char('/'))) return QDir::cleanPath(target.mid(1));
    const QString folder = QFileInfo(from).path();
    return QDir::cleanPath(folder == QLatin1String(".") || folder.isEmpty()
                               ? target
                               : folder + QLatin1Char('/') + target);
}

Result<QHash<QString, OoxmlPackage::Relationship>>
OoxmlPackage::relationships(const QString& part) {
    using R = Result<QHash<QString, Relationship>>;
    QHash<QString, Relationship> byId;
    const QString relsPart = relationshipsOf(part);
    if (!has(relsPart)) return byId;
    Result<QByteArray> bytes = read(relsPart);
    if (!bytes) return bytes.error();
    XmlPartReader reader(bytes.value(), relsPart, m_expectation.container);
    while (reader.nextStart()) {
        const QXmlStreamAttributes attributes = reader.xml().attributes();
        if (reader.xml().name() == QLatin1String("Relationship") &&
            attributes.value(QLatin1String("TargetMode")) != QLatin1String("External"))
            byId.insert(attributes.value(QLatin1String("Id")).toString(),
                        {attributes.value(QLatin1String("Type")).toString(),
                         resolve(part, attributes.value(QLatin1String("Target")).toString())});
    }
    if (Status ok = reader.status(path()); !ok) return R(ok.error());
    return byId;
}

Result<QString> OoxmlPackage::mainPart() {
    Result<QHash<QString, Relationship>> root = relationships(QString());
    if (!root) return root.error();
    for (const Relationship& relationship : root.value())
        if (relationship.type.endsWith(QLatin1String("/officeDocument")))
            return relationship.target;
    return QString();
}

} // namespace kasibi
