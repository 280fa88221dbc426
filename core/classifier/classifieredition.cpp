#include "core/classifier/classifieredition.h"

namespace kasibi {

QString ClassifierEdition::title(const QString& language) const {
    if (!builtIn) return name;
    const bool oked = classifier == Classifier::Oked;
    if (language == QLatin1String("ru"))
        return oked ? QStringLiteral("встроенная в Kasibi (секции и разделы)")
                    : QStringLiteral("встроенная в Kasibi (основные группы и подгруппы)");
    if (language == QLatin1String("kk"))
        return oked ? QStringLiteral("Kasibi-ге кірістірілген (секциялар мен бөлімдер)")
                    : QStringLiteral("Kasibi-ге кірістірілген (негізгі топтар мен топшалар)");
    return name;
}

} // namespace kasibi
