#include "measurement.h"

#include <algorithm>
#include <QStorageInfo>

namespace {

QString verdict(double value, double target, bool* allMet) {
    if (target <= 0) return QStringLiteral("for the record");
    const bool met = value < target;
    if (!met && allMet) *allMet = false;
    return QStringLiteral("target < %1: %2")
        .arg(target)
        .arg(met ? QStringLiteral("met") : QStringLiteral("NOT MET"));
}

} // namespace

Measurement Measurement::ofSamples(QVector<double> samples) {
    std::sort(samples.begin(), samples.end());
    Measurement measurement;
    measurement.m_samples = samples;
    return measurement;
}

double Measurement::median() const {
    QVector<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty()) return 0;
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

double Measurement::minimum() const {
    return m_samples.isEmpty() ? 0 : *std::min_element(m_samples.begin(), m_samples.end());
}

double Measurement::maximum() const {
    return m_samples.isEmpty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end());
}

void Measurement::print(QTextStream& out, const QString& what, double target, const QString& unit,
                        bool* allMet) const {
    out << QStringLiteral("  %1 %2 %3  (%4-%5, %6 runs after a warm-up)   %7\n")
               .arg(what, -36)
               .arg(median(), 9, 'f', 2)
               .arg(unit, -2)
               .arg(minimum(), 0, 'f', 2)
               .arg(maximum(), 0, 'f', 2)
               .arg(runs())
               .arg(verdict(median(), target, allMet));
}

void printFigure(QTextStream& out, const QString& what, double value, double target,
                 const QString& unit, bool* allMet) {
    out << QStringLiteral("  %1 %2 %3   %4\n")
               .arg(what, -36)
               .arg(value, 9, 'f', 2)
               .arg(unit, -2)
               .arg(verdict(value, target, allMet));
}

bool isOnRamDisk(const QString& folder, QString* type) {
    const QString system = QString::fromLatin1(QStorageInfo(folder).fileSystemType());
    if (type) *type = system;
    return system == QLatin1String("tmpfs") || system == QLatin1String("ramfs");
}
