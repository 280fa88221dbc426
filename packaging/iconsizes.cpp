// kasibi-icon-sizes SOURCE.png FOLDER SIZE...: the application icon in the sizes desktops
// look for (FOLDER/NxN/apps/kasibi.png), scaled from the one drawn at 256 px, at build time.
#include <QDir>
#include <QImage>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QTextStream err(stderr);
    if (argc < 4) {
        err << "usage: kasibi-icon-sizes SOURCE.png FOLDER SIZE...\n";
        return 2;
    }
    const QImage source(QString::fromLocal8Bit(argv[1]));
    if (source.isNull()) {
        err << argv[1] << ": not a readable image\n";
        return 2;
    }
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        const QString folder =
            QStringLiteral("%1/%2x%2/apps").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        const QString path = folder + QStringLiteral("/kasibi.png");
        if (size <= 0 || !QDir().mkpath(folder) ||
            !source.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(path)) {
            err << path << ": cannot be written\n";
            return 2;
        }
    }
    return 0;
}
