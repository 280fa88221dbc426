#pragma once

#include "core/model/documenttree.h"

namespace kasibi {

// Makes complete, bilingual standards of any size, for benchmarks and tests.
class StandardGenerator {
public:
    struct Size {
        int cards = 8;
        int functions = 5;
        int skills = 3;
        int abilities = 5;
        int knowledge = 5;
    };
    static Size typical() { return {8, 5, 3, 5, 5}; }
    static Size large() { return {40, 8, 4, 6, 6}; }

    static DocumentTree generate(const Size& size);

    // Makes a generated standard the number-th of a registry of many: its own OKED division (one
    // of ten) and code, its own NKZ occupations and card names, and related professions that
    // lead to the next standard's cards, as a registry of real standards has them.
    static void distinguish(DocumentTree& tree, int number);
    static QString nkzOccupation(int number, int card);
};

} // namespace kasibi
