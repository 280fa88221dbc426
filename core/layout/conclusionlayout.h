#pragma once

#include "core/layout/layoutbuilder.h"

namespace kasibi {

// The Appendix 3 form: the National body's conclusion on the draft standard, each criterion of
// the checklist with its verdict and remark.
class ConclusionLayout {
public:
    explicit ConclusionLayout(LayoutBuilder& out) : m_out(out) {}

    void conclusion();

private:
    void heading(const QString& standard, const QString& root);
    void criteria(const QString& root);

    LayoutBuilder& m_out;
};

} // namespace kasibi
