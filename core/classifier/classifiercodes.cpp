#include "core/classifier/classifiercodes.h"

#include <array>
#include <QRegularExpression>

namespace kasibi {

namespace {

struct SectionRange {
    char section;
    int first;
    int last;
};

// GK RK 03-2019, as NACE Rev. 2: the divisions each section holds.
constexpr std::array<SectionRange, 21> kSections = {{
    {'A', 1, 3},   {'B', 5, 9},   {'C', 10, 33}, {'D', 35, 35}, {'E', 36, 39}, {'F', 41, 43},
    {'G', 45, 47}, {'H', 49, 53}, {'I', 55, 56}, {'J', 58, 63}, {'K', 64, 66}, {'L', 68, 68},
    {'M', 69, 75}, {'N', 77, 82}, {'O', 84, 84}, {'P', 85, 85}, {'Q', 86, 88}, {'R', 90, 93},
    {'S', 94, 96}, {'T', 97, 98}, {'U', 99, 99},
}};

// Each level's form, top level first. Digits are written \d (ASCII digits, as no pattern here
// uses UseUnicodePropertiesOption), not [0-9], so that a hyphen in a form is only ever the
// separator of an NKZ occupation code's parts, which Word text may print with spaces around.
constexpr std::array<const char*, ClassifierCodes::DeepestLevel> kOkedForms = {
    "[A-U]", "\\d{2}", "\\d{2}\\.\\d", "\\d{2}\\.\\d{2}", "\\d{2}\\.\\d{2}\\.\\d"};
constexpr std::array<const char*, ClassifierCodes::DeepestLevel> kNkzForms = {
    "\\d", "\\d{2}", "\\d{3}", "\\d{4}", "\\d{4}-\\d-\\d{3}"};

std::array<QRegularExpression, ClassifierCodes::DeepestLevel> whole(Classifier classifier) {
    std::array<QRegularExpression, ClassifierCodes::DeepestLevel> patterns;
    for (int level = 1; level <= ClassifierCodes::DeepestLevel; ++level)
        patterns[level - 1] =
            QRegularExpression(QStringLiteral("^(?:") + ClassifierCodes::form(classifier, level) +
                               QStringLiteral(")$"));
    return patterns;
}

const QRegularExpression& pattern(Classifier classifier, int level) {
    static const auto oked = whole(Classifier::Oked);
    static const auto nkz = whole(Classifier::Nkz);
    return classifier == Classifier::Oked ? oked[level - 1] : nkz[level - 1];
}

} // namespace

QString ClassifierCodes::form(Classifier classifier, int level) {
    if (level < 1 || level > DeepestLevel) return {};
    return QLatin1String(classifier == Classifier::Oked ? kOkedForms[level - 1]
                                                        : kNkzForms[level - 1]);
}

bool ClassifierCodes::hasForm(Classifier classifier, int level, const QString& code) {
    return level >= 1 && level <= DeepestLevel && pattern(classifier, level).match(code).hasMatch();
}

int ClassifierCodes::level(Classifier classifier, const QString& code) {
    for (int level = 1; level <= DeepestLevel; ++level)
        if (hasForm(classifier, level, code)) {
            if (classifier == Classifier::Oked && level == 2 &&
                okedSectionOfDivision(code.toInt()).isEmpty())
                return 0;
            return level;
        }
    return 0;
}

QString ClassifierCodes::parent(Classifier classifier, const QString& code) {
    const int level = ClassifierCodes::level(classifier, code);
    if (level <= 1) return {};
    if (classifier == Classifier::Oked) {
        switch (level) {
        case 2:
            return okedSectionOfDivision(code.toInt());
        case 3:
            return code.left(2);
        case 4:
            return code.left(4);
        default:
            return code.left(5);
        }
    }
    return code.left(level == 5 ? 4 : level - 1);
}

QString ClassifierCodes::okedSectionOfDivision(int division) {
    for (const SectionRange& range : kSections)
        if (division >= range.first && division <= range.last)
            return QString(QLatin1Char(range.section));
    return {};
}

QString ClassifierCodes::levelName(Classifier classifier, int level) {
    static const char* const oked[] = {"section", "division", "group", "class", "subclass"};
    static const char* const nkz[] = {"major group", "sub-major group", "minor group", "unit group",
                                      "occupation"};
    if (level < 1 || level > DeepestLevel) return {};
    return QLatin1String(classifier == Classifier::Oked ? oked[level - 1] : nkz[level - 1]);
}

} // namespace kasibi
