#pragma once

#include "core/layout/layoutbuilder.h"

namespace kasibi {

// One printed profession card of chapter 3: its heading and the table of Appendix 1 (codes and
// levels, education, the labour functions with their skills, related professions).
class ProfessionCardLayout {
public:
    explicit ProfessionCardLayout(LayoutBuilder& out) : m_out(out) {}

    void card(const QString& card);

private:
    void education(const QString& card);
    void functions(const QString& card);
    // The rows of a function's skills, each with its abilities and knowledge.
    void skills(const QStringList& skills);
    void relatedProfessions(const QString& card);

    LayoutBuilder& m_out;
};

} // namespace kasibi
