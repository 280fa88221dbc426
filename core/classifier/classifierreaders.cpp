#include "core/classifier/classifierreaders.h"

#include "core/classifier/classifiercsvreader.h"
#include "core/classifier/classifierxlsxreader.h"

#include <QFile>

namespace kasibi {

Result<QVector<ClassifierEntry>> ClassifierReaders::read(const QString& path,
                                                         Classifier classifier) {
    using R = Result<QVector<ClassifierEntry>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("cannot be read: %1").arg(file.errorString()), path);
    const QByteArray magic = file.read(8);
    file.close();
    if (magic.startsWith("PK\x03\x04")) return ClassifierXlsxReader().read(path, classifier);
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return R::failure(tr("this is an Excel 97-2003 workbook (.xls), which Kasibi does not "
                             "read; save it as .xlsx or as CSV"),
                          path);
    return ClassifierCsvReader().read(path, classifier);
}

} // namespace kasibi
