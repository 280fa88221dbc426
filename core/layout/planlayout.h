#pragma once

#include "core/layout/standardlayout.h"
#include "core/model/documenttree.h"

namespace kasibi {

// Appendix 2 of the Rules: the yearly plan of standards to develop or update, one row per
// standard (developer, sector, standard, its cards, approval deadline, responsible person),
// as a layout the DOCX and PDF writers print.
class PlanLayout {
public:
    static StandardLayout build(const QVector<DocumentTree>& standards, int year,
                                const QString& language);
};

} // namespace kasibi
