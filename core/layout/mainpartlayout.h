#pragma once

#include "core/layout/layoutbuilder.h"

namespace kasibi {

// The printed main part of a standard: the header of the order that approved it, chapters 1
// and 2 (general provisions, passport) and the extra chapters and appendices after chapter 4.
class MainPartLayout {
public:
    explicit MainPartLayout(LayoutBuilder& out) : m_out(out) {}

    void approvalHeader(const QString& standard);
    void generalProvisions(const QString& standard);
    void passport(const QString& standard);
    void extraSections(const QString& standard);

private:
    void terms(const QString& standard);
    void abbreviations(const QString& standard);
    void oked(const QString& standard);

    LayoutBuilder& m_out;
};

} // namespace kasibi
