#pragma once

#include <QString>

namespace kasibi {

// What the user asked to export: the standard or its Appendix 3 conclusion, to which file (the
// format follows from its extension), in which language, with or without review comments.
struct ExportRequest {
    enum class What { Standard, Conclusion };

    What what = What::Standard;
    QString path;
    QString language = QStringLiteral("ru"); // kk or ru; the interchange format holds both
    bool withComments = false;
    bool withMarks = true; // Word: the invisible marks a reviewed copy comes back by
};

} // namespace kasibi
