#pragma once

#include <QString>

namespace kasibi {

// What differs between the systems Kasibi runs on, in one place (platform.cpp): a port to
// another system changes that file and nothing else.
class Platform {
public:
    // The Hunspell dictionary of a language ("ru", "kk") without its .aff/.dic extension: the
    // system's dictionaries on Linux, those shipped beside the program on Windows. Empty for a
    // language without one.
    static QString spellingDictionary(const QString& language);

    struct Memory {
        double residentMegabytes = 0;
        double peakMegabytes = 0;
    };
    // This process's memory as the system counts it (for the benchmarks); zeros where it
    // cannot tell.
    static Memory memory();
    // The number of processes running or waiting for a processor, averaged over the last
    // minute (for the benchmarks: above the processor count, a wall time says little); -1 where
    // the system does not tell.
    static double loadAverage();
};

} // namespace kasibi
