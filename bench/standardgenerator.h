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
};

} // namespace kasibi
