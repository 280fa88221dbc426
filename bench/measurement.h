#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <QVector>

// One figure of a benchmark: one run to warm up (caches, fonts, SQLite's page cache) that is not
// counted, then several that are; printed as their median with the spread, the target and whether
// the median meets it.
class Measurement {
public:
    template <typename Work> static Measurement of(int runs, Work work) {
        work(); // warm-up
        Measurement measurement;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            measurement.m_samples << timer.nsecsElapsed() / 1e6;
        }
        return measurement;
    }
    static Measurement ofSamples(QVector<double> samples);

    double median() const;
    double minimum() const;
    double maximum() const;
    int runs() const { return int(m_samples.size()); }

    // "  what   median (min-max, N runs)   target < T: met". A target of 0 means none (a figure
    // for the record). Clears *allMet when the target is missed.
    void print(QTextStream& out, const QString& what, double target, const QString& unit,
               bool* allMet) const;

private:
    QVector<double> m_samples; // sorted
};

// Whether the folder is on a file system in memory (tmpfs, ramfs), where fsync costs nothing: an
// edit's time measured there says nothing of a disk. Names the file system in *type.
bool isOnRamDisk(const QString& folder, QString* type = nullptr);

// Prints a figure that is measured once by nature (memory), with its target.
void printFigure(QTextStream& out, const QString& what, double value, double target,
                 const QString& unit, bool* allMet);
