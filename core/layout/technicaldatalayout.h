#pragma once

#include "core/layout/layoutbuilder.h"

namespace kasibi {

// Chapter 4 of a printed standard, its technical data: the state body and the developers with
// their contacts, the sectoral council's protocol, the dates of the conclusion and of the
// recommendations, the version and the planned update.
class TechnicalDataLayout {
public:
    explicit TechnicalDataLayout(LayoutBuilder& out) : m_out(out) {}

    void technicalData(const QString& standard);

private:
    void organization(const QString& organization);
    void sectoralCouncil(const QString& standard);
    void version(const QString& standard);

    LayoutBuilder& m_out;
};

} // namespace kasibi
