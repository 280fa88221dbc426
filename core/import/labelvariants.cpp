#include "core/import/labelvariants.h"

#include "core/layout/printedlabels.h"

#include <QSet>

#include <algorithm>

namespace kasibi {

namespace {

using L = StandardLabel;
constexpr auto Colon = LabelVariants::Ending::Colon;
constexpr auto Free = LabelVariants::Ending::Free;
constexpr auto Before = LabelVariants::Ending::Before;

struct RawVariant {
    StandardLabel label;
    const char* text;
    const char* language;
    LabelVariants::Ending ending;
};

// The wordings of older templates and of the official 2023 template where it differs from
// Kasibi's export (whose labels, label::*, are added by variants() below): Russian, then Kazakh.
const RawVariant kVariants[] = {
    {L::Approval, "Приложение", "ru", Free},
    {L::Approval, "Утвержден приказом", "ru", Free},
    // The Kazakh header names the issuer and the order first and closes with the appendix.
    {L::Approval, "қосымша", "kk", Before},
    {L::Approval, "бұйрығымен бекітілген", "kk", Before},
    {L::Title, "Профессиональный стандарт", "ru", Free},
    {L::Title, "кәсіптік стандарты", "kk", Before},
    {L::Title, "Кәсіптік стандарт", "kk", Free},

    {L::GeneralProvisions, "Общие положения", "ru", Colon},
    {L::GeneralProvisions, "Жалпы ережелер", "kk", Colon},
    {L::Terms, "Глоссарий", "ru", Colon},
    {L::Terms, "Термины и определения", "ru", Colon},
    {L::Terms,
     "В настоящем профессиональном стандарте применяются следующие термины и "
     "определения",
     "ru", Colon},
    {L::Terms, "Осы кәсіптік стандартта мынадай терминдер мен анықтамалар қолданылады", "kk",
     Colon},
    {L::Terms, "Терминдер мен анықтамалар", "kk", Colon},
    {L::Abbreviations,
     "В настоящем профессиональном стандарте применяются следующие "
     "сокращения",
     "ru", Colon},
    {L::Abbreviations,
     "В настоящем профессиональном стандарте используются следующие "
     "сокращения",
     "ru", Colon},
    {L::Terms,
     "В настоящем профессиональном стандарте используются следующие термины и "
     "определения",
     "ru", Colon},
    {L::Abbreviations, "Сокращения", "ru", Colon},
    {L::Abbreviations, "Осы кәсіптік стандартта мынадай қысқартулар қолданылады", "kk", Colon},
    {L::Abbreviations, "Қысқартулар", "kk", Colon},

    {L::Passport, "Паспорт профессионального стандарта", "ru", Colon},
    {L::Passport, "Кәсіптік стандарттың паспорты", "kk", Colon},
    {L::StandardName, "Наименование профессионального стандарта", "ru", Colon},
    {L::StandardName, "Название профессионального стандарта", "ru", Colon},
    {L::StandardName, "Наименование ПС", "ru", Colon},
    {L::StandardName, "Название ПС", "ru", Colon},
    {L::StandardName, "Кәсіптік стандарттың атауы", "kk", Colon},
    {L::StandardCode, "Код профессионального стандарта", "ru", Colon},
    {L::StandardCode, "Номер профессионального стандарта", "ru", Colon},
    {L::StandardCode, "Номер ПС", "ru", Colon},
    {L::StandardCode, "Кәсіптік стандарттың коды", "kk", Colon},
    {L::StandardCode, "Кәсіптік стандарттың нөмірі", "kk", Colon},
    {L::Oked, "Указание секции, раздела, группы, класса и подкласса согласно ОКЭД", "ru", Colon},
    {L::Oked, "Названия секции, раздела, группы, класса, и подкласса согласно ОКЭД", "ru", Colon},
    {L::Oked, "Названия секции, раздела, группы, класса и подкласса согласно ОКЭД", "ru", Colon},
    {L::Oked, "Названия группы", "ru", Colon},
    {L::Oked, "ЭҚЖЖ-не сәйкес секция, бөлімді, топты, сыныпты және ішкі сыныпты көрсету", "kk",
     Colon},
    {L::Oked, "ЭҚЖЖ бойынша секцияның, бөлімнің, топтың, сыныптың және кіші сыныптың атауы", "kk",
     Colon},
    {L::Oked, "ЭҚЖЖ бойынша секцияның, бөлімнің, топтың, сыныптың және кіші сыныптың атаулары",
     "kk", Colon},
    {L::Description, "Краткое описание профессионального стандарта", "ru", Colon},
    {L::Description, "Краткое описание ПС", "ru", Colon},
    {L::Description, "Кәсіптік стандарттың қысқаша сипаттамасы", "kk", Colon},
    {L::LegacyPurpose, "Цель разработки ПС", "ru", Colon},
    {L::LegacyPurpose, "Цель разработки профессионального стандарта", "ru", Colon},

    {L::CardsChapter, "Карточки профессий", "ru", Colon},
    {L::CardsChapter, "Кәсіптердің карточкалары", "kk", Colon},
    {L::CardsChapter, "Кәсіп карточкалары", "kk", Colon},
    {L::CardList, "Перечень карточек профессий", "ru", Colon},
    {L::CardList, "Перечень профессий", "ru", Colon},
    {L::CardList, "Кәсіптер карточкаларының тізбесі", "kk", Colon},
    {L::CardList, "Кәсіп карточкаларының тізбесі", "kk", Colon},
    {L::Card, "Карточка профессии", "ru", Free},
    {L::Card, "кәсібінің карточкасы", "kk", Before},
    {L::Card, "Кәсіп карточкасы", "kk", Free},
    {L::NkzGroupCode, "Код группы", "ru", Colon},
    {L::NkzGroupCode, "Топтың коды", "kk", Colon},
    {L::NkzOccupationCode, "Код наименования занятия", "ru", Colon},
    {L::NkzOccupationCode, "Код занятия", "ru", Colon},
    {L::NkzOccupationCode, "Код профессии", "ru", Colon},
    {L::NkzOccupationCode, "Код", "ru", Colon},
    {L::NkzOccupationCode, "Кәсіп атауының коды", "kk", Colon},
    {L::NkzOccupationCode, "Кәсіптің коды", "kk", Colon},
    {L::NkzOccupationCode, "Коды", "kk", Colon},
    {L::ProfessionName, "Наименование профессии", "ru", Colon},
    {L::ProfessionName, "Профессия", "ru", Colon},
    {L::ProfessionName, "Кәсіптің атауы", "kk", Colon},
    {L::ProfessionName, "Кәсіп", "kk", Colon},
    {L::OtherNames, "Другие возможные наименования профессии", "ru", Colon},
    {L::OtherNames, "Другие возможные названия профессии", "ru", Colon},
    {L::OtherNames, "Кәсіптің басқа да ықтимал атаулары", "kk", Colon},
    {L::OtherNames, "Кәсіптің басқа да мүмкін атаулары", "kk", Colon},
    {L::OrkLevel, "Уровень квалификации по ОРК", "ru", Colon},
    {L::OrkLevel, "Квалификационный уровень по ОРК", "ru", Colon},
    {L::OrkLevel, "Уровень ОРК", "ru", Colon},
    {L::OrkLevel, "СБШ бойынша біліктілік деңгейі", "kk", Colon},
    {L::NrkLevel, "Уровень квалификации по НРК", "ru", Colon},
    {L::NrkLevel, "ҰБШ бойынша біліктілік деңгейі", "kk", Colon},
    {L::TariffQualification, "Уровень квалификации по ЕТКС/КС/ТКХ", "ru", Colon},
    {L::TariffQualification, "Уровень квалификации по КС", "ru", Colon},
    {L::TariffQualification, "Уровень квалификации по ЕТКС", "ru", Colon},
    {L::TariffQualification, "Связь с ЕТКС или КС или другими справочниками профессий", "ru",
     Colon},
    {L::TariffQualification, "БТБА/БА/ТБС бойынша біліктілік деңгейі", "kk", Colon},
    {L::Education, "Уровень профессионального образования", "ru", Colon},
    {L::Education, "Связь с системой образования и квалификации", "ru", Colon},
    {L::Education, "Кәсіптік білім деңгейі", "kk", Colon},
    {L::EducationLevel, "Уровень образования", "ru", Colon},
    {L::EducationLevel, "Білім деңгейі", "kk", Colon},
    {L::Specialty, "Специальность", "ru", Colon},
    {L::Specialty, "Мамандығы", "kk", Colon},
    {L::Qualification, "Квалификация", "ru", Colon},
    {L::Qualification, "Біліктілігі", "kk", Colon},
    {L::WorkExperience, "Требования к опыту работы", "ru", Colon},
    {L::WorkExperience, "Жұмыс тәжірибесіне қойылатын талаптар", "kk", Colon},
    {L::NonFormalEducation, "Связь с неформальным и информальным образованием", "ru", Colon},
    {L::NonFormalEducation, "Бейресми және ресми емес біліммен байланысы", "kk", Colon},
    {L::MainPurpose, "Основная цель деятельности", "ru", Colon},
    {L::MainPurpose, "Қызметтің негізгі мақсаты", "kk", Colon},
    {L::LaborFunctions, "Перечень трудовых функций", "ru", Colon},
    {L::LaborFunctions, "Трудовые функции", "ru", Colon},
    {L::LaborFunctions, "Еңбек функцияларының тізбесі", "kk", Colon},
    {L::LaborFunctions, "Еңбек функциялары", "kk", Colon},
    {L::MandatoryFunctions, "Обязательные трудовые функции", "ru", Colon},
    {L::MandatoryFunctions, "Міндетті еңбек функциялары", "kk", Colon},
    {L::AdditionalFunctions, "Дополнительные трудовые функции", "ru", Colon},
    {L::AdditionalFunctions, "Қосымша еңбек функциялары", "kk", Colon},
    {L::LaborFunction, "Трудовая функция #", "ru", Free},
    {L::LaborFunction, "Трудовая функция", "ru", Colon},
    {L::LaborFunction, "#-еңбек функциясы", "kk", Free},
    {L::LaborFunction, "Еңбек функциясы #", "kk", Free},
    {L::Skill, "Навык #", "ru", Free},
    {L::Skill, "Задача #", "ru", Free},
    {L::Skill, "Навык", "ru", Colon},
    {L::Skill, "Задача", "ru", Colon},
    {L::Skill, "#-дағды", "kk", Free},
    {L::Skill, "Дағды #", "kk", Free},
    {L::Skill, "#-міндет", "kk", Free},
    {L::AbilitiesAndSkills, "Умения и навыки", "ru", Colon},
    {L::Abilities, "Умения", "ru", Colon},
    {L::Abilities, "Умение", "ru", Colon},
    {L::Abilities, "Машықтар", "kk", Colon},
    {L::Abilities, "Іскерліктер", "kk", Colon},
    {L::Abilities, "Біліктер", "kk", Colon},
    {L::Knowledge, "Знания", "ru", Colon},
    {L::Knowledge, "Знание", "ru", Colon},
    {L::Knowledge, "Білім", "kk", Colon},
    {L::Knowledge, "Білімдер", "kk", Colon},
    {L::WholeTaskAssessment, "Оценка задачи целиком как отдельного навыка", "ru", Colon},
    {L::WholeTaskAssessment, "Міндетті тұтастай жеке дағды ретінде бағалау", "kk", Colon},
    {L::PersonalCompetencies, "Требования к личностным компетенциям", "ru", Colon},
    {L::PersonalCompetencies, "Жеке құзыреттерге қойылатын талаптар", "kk", Colon},
    {L::Regulations, "Перечень технических регламентов и национальных стандартов", "ru", Colon},
    {L::Regulations, "Технические регламенты и национальные стандарты", "ru", Colon},
    {L::Regulations, "Техникалық регламенттер мен ұлттық стандарттардың тізбесі", "kk", Colon},
    {L::RelatedProfessions, "Связь с другими профессиями в рамках ОРК", "ru", Colon},
    {L::RelatedProfessions, "СБШ шеңберіндегі басқа кәсіптермен байланысы", "kk", Colon},

    {L::TechnicalData, "Технические данные профессионального стандарта", "ru", Colon},
    {L::TechnicalData, "Технические характеристики профессионального стандарта", "ru", Colon},
    {L::TechnicalData, "Технические характеристики", "ru", Colon},
    {L::TechnicalData, "Кәсіптік стандарттың техникалық деректері", "kk", Colon},
    {L::StateBody, "Наименование государственного органа", "ru", Colon},
    {L::StateBody, "Мемлекеттік органның атауы", "kk", Colon},
    {L::Developers,
     "Организации (предприятия), участвовавшие в разработке профессионального "
     "стандарта",
     "ru", Colon},
    {L::Developers, "Разработано", "ru", Colon},
    {L::Developers, "Разработчик", "ru", Colon},
    {L::Developers, "Кәсіптік стандартты әзірлеуге қатысқан ұйымдар (кәсіпорындар)", "kk", Colon},
    {L::SectoralCouncil, "Отраслевой совет по профессиональным квалификациям", "ru", Colon},
    {L::SectoralCouncil, "Кәсіптік біліктіліктер жөніндегі салалық кеңес", "kk", Colon},
    {L::NationalBody, "Национальный орган по профессиональным квалификациям", "ru", Free},
    {L::NationalBody, "Кәсіптік біліктіліктер жөніндегі ұлттық орган", "kk", Free},
    {L::Atameken, "Национальная палата предпринимателей Республики Казахстан «Атамекен»", "ru",
     Free},
    {L::Atameken, "«Атамекен» Қазақстан Республикасының Ұлттық кәсіпкерлер палатасы", "kk", Free},
    {L::Version, "Номер версии и год выпуска", "ru", Colon},
    {L::Version, "Нұсқаның нөмірі және шығарылған жылы", "kk", Colon},
    {L::PlannedUpdate, "Дата ориентировочной актуализации", "ru", Colon},
    {L::PlannedUpdate, "Дата ориентировочного пересмотра", "ru", Colon},
    {L::PlannedUpdate, "Болжамды өзектендіру күні", "kk", Colon},
    {L::LegacyUpdatedBy, "Актуализировано", "ru", Colon},
    {L::LegacyExpertise, "Экспертиза представлена", "ru", Colon},
    {L::LegacyExpertise, "Экспертиза предоставлена", "ru", Colon},
    {L::LegacyApprovedBy, "Утверждено", "ru", Colon},
};

struct Compiled {
    const LabelVariants::Variant* variant;
    QRegularExpression expression;
    // The label's first letters, lower case: a paragraph that does not begin with them (after
    // a section number) is not tried against the expression; "" tries every paragraph.
    QString key;
};

// The section number a label may stand after: «2.», «1.1», «Глава 3.», «3-тарау.».
const QString kSectionNumber = QStringLiteral(
    "^(?:(?:Глава|Раздел)\\s*\\d+\\s*\\.?\\s*|\\d+\\s*-?\\s*(?:ші|шы)?\\s*тарау\\s*\\.?\\s*|"
    "\\d+(?:\\.\\d+)*\\s*\\.?\\s*)?");

QString keyOf(const LabelVariants::Variant& variant) {
    if (variant.ending == LabelVariants::Ending::Before) return {};
    QString key;
    for (const QChar c : variant.text) {
        if (!c.isLetter() || key.size() == 3) break;
        key += c.toLower();
    }
    return key;
}

// «Трудовая функция #» -> ^(?:section number )?Трудовая\s*функция\s*(\d+)\s*(?::\s*(.*)|$)
QRegularExpression compile(const LabelVariants::Variant& variant) {
    QString pattern;
    const QString& text = variant.text;
    QString word;
    const auto flush = [&] {
        if (word.isEmpty()) return;
        if (!pattern.isEmpty()) pattern += QStringLiteral("\\s*");
        pattern += QRegularExpression::escape(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('#')) {
            flush();
            pattern += QStringLiteral("\\s*(?<number>\\d{1,3})");
        } else if (c.isSpace()) {
            flush();
        } else if (c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
                   c == QLatin1Char(',') || c == QLatin1Char('/')) {
            // Punctuation inside a label is spaced and typed every way.
            flush();
            if (!pattern.isEmpty()) pattern += QStringLiteral("\\s*");
            pattern += QRegularExpression::escape(QString(c)) + QStringLiteral("?");
        } else {
            word += c;
        }
    }
    flush();
    const QString& prefix = kSectionNumber;
    const auto options = QRegularExpression::CaseInsensitiveOption |
                         QRegularExpression::UseUnicodePropertiesOption |
                         QRegularExpression::DotMatchesEverythingOption;
    if (variant.ending == LabelVariants::Ending::Before)
        return QRegularExpression(prefix + QStringLiteral("(?<rest>.*?)\\s*") + pattern +
                                      QStringLiteral("\\s*[:.]?$"),
                                  options);
    const QString ending = variant.ending == LabelVariants::Ending::Colon
                               ? QStringLiteral("\\s*(?:[:.]\\s*(?<rest>.*)|$)")
                               : QStringLiteral("(?![\\w])\\s*[:.]?\\s*(?<rest>.*)$");
    return QRegularExpression(prefix + pattern + ending, options);
}

// A 2023 label as Kasibi prints it: the colon dropped, «%1» a number (a function, a skill) or
// the name that a heading carries before or after it.
void addWording(QVector<LabelVariants::Variant>& list, StandardLabel label, const Phrase& wording) {
    for (const char* language : {"ru", "kk"}) {
        QString text = wording.in(QString::fromLatin1(language)).trimmed();
        if (text.endsWith(QLatin1Char(':'))) text.chop(1);
        LabelVariants::Ending ending = LabelVariants::Ending::Colon;
        if (text.startsWith(QStringLiteral("«%1»"))) {
            text = text.mid(4).trimmed();
            ending = LabelVariants::Ending::Before;
        } else if (text.endsWith(QStringLiteral("«%1»"))) {
            text.chop(4);
            text = text.trimmed();
            ending = LabelVariants::Ending::Free;
        } else if (text.endsWith(QLatin1String(": %1"))) {
            text.chop(4); // «Исполнитель: %1»: a label and its value
        } else if (text.contains(QLatin1String("%1"))) {
            text.replace(QLatin1String("%1"), QLatin1String("#"));
            ending = LabelVariants::Ending::Free;
        }
        list << LabelVariants::Variant{label, text, QString::fromLatin1(language), ending};
    }
}

QVector<LabelVariants::Variant> variants() {
    using L = StandardLabel;
    QVector<LabelVariants::Variant> list;
    const std::pair<StandardLabel, const Phrase&> wordings[] = {
        {L::Title, label::title},
        {L::GeneralProvisions, label::generalProvisions},
        {L::Scope, label::scope},
        {L::Passport, label::passport},
        {L::CardsChapter, label::professionCards},
        {L::TechnicalData, label::technicalData},
        {L::Terms, label::terms},
        {L::Abbreviations, label::abbreviations},
        {L::StandardName, label::name},
        {L::StandardCode, label::code},
        {L::Oked, label::oked},
        {L::Description, label::description},
        {L::CardList, label::cardList},
        {L::Card, label::card},
        {L::NkzGroupCode, label::nkzGroup},
        {L::NkzOccupationCode, label::nkzOccupation},
        {L::ProfessionName, label::professionName},
        {L::OrkLevel, label::orkLevel},
        {L::NrkLevel, label::nrkLevel},
        {L::TariffQualification, label::tariff},
        {L::Education, label::education},
        {L::EducationLevel, label::educationLevel},
        {L::Specialty, label::specialty},
        {L::Qualification, label::qualification},
        {L::WorkExperience, label::workExperience},
        {L::NonFormalEducation, label::nonFormal},
        {L::OtherNames, label::otherNames},
        {L::MainPurpose, label::mainPurpose},
        {L::LaborFunctions, label::functionList},
        {L::MandatoryFunctions, label::mandatory},
        {L::AdditionalFunctions, label::additional},
        {L::LaborFunction, label::function},
        {L::Skill, label::skill},
        {L::Abilities, label::abilities},
        {L::Knowledge, label::knowledge},
        {L::WholeTaskAssessment, label::wholeTask},
        {L::PersonalCompetencies, label::personal},
        {L::Regulations, label::regulations},
        {L::RelatedProfessions, label::related},
        {L::RelatedColumns, label::relatedLevel},
        {L::RelatedColumns, label::relatedName},
        {L::StateBody, label::stateBody},
        {L::ContactPerson, label::contact},
        {L::ContactEmail, label::email},
        {L::ContactPhone, label::phone},
        {L::Developers, label::developers},
        {L::SectoralCouncil, label::sectoralCouncil},
        {L::NationalBody, label::nationalBody},
        {L::Atameken, label::atameken},
        {L::Version, label::version},
        {L::PlannedUpdate, label::plannedUpdate},
    };
    for (const auto& [label, wording] : wordings)
        addWording(list, label, wording);
    // Extra chapters and appendices: «Глава 5. Title», «Приложение 1 к профессиональному
    // стандарту «…»» (one paragraph, its lines broken).
    list << LabelVariants::Variant{L::ExtraChapter, QStringLiteral("Глава #"), QStringLiteral("ru"),
                                   LabelVariants::Ending::Free}
         << LabelVariants::Variant{L::ExtraChapter, QStringLiteral("#-тарау"), QStringLiteral("kk"),
                                   LabelVariants::Ending::Free}
         << LabelVariants::Variant{L::ExtraAppendix,
                                   QStringLiteral("Приложение # к профессиональному стандарту"),
                                   QStringLiteral("ru"), LabelVariants::Ending::Free}
         << LabelVariants::Variant{L::ExtraAppendix,
                                   QStringLiteral("кәсіптік стандартына #-қосымша"),
                                   QStringLiteral("kk"), LabelVariants::Ending::Before};
    for (const RawVariant& raw : kVariants)
        list << LabelVariants::Variant{raw.label, QString::fromUtf8(raw.text),
                                       QString::fromLatin1(raw.language), raw.ending};
    // Exact duplicates (a 2023 wording also listed among the older ones) once.
    QVector<LabelVariants::Variant> unique;
    for (const LabelVariants::Variant& variant : list) {
        const bool seen = std::any_of(unique.begin(), unique.end(), [&](const auto& other) {
            return other.text.compare(variant.text, Qt::CaseInsensitive) == 0 &&
                   other.label == variant.label && other.ending == variant.ending;
        });
        if (!seen) unique << variant;
    }
    return unique;
}

const QVector<Compiled>& compiled() {
    static const QVector<Compiled> all = [] {
        QVector<Compiled> list;
        for (const LabelVariants::Variant& variant : LabelVariants::all())
            list << Compiled{&variant, compile(variant), keyOf(variant)};
        // The longest first: «Код группы» before «Код», «Умения и навыки» before «Умения».
        std::stable_sort(list.begin(), list.end(), [](const Compiled& a, const Compiled& b) {
            return a.variant->text.size() > b.variant->text.size();
        });
        return list;
    }();
    return all;
}

} // namespace

const QVector<LabelVariants::Variant>& LabelVariants::all() {
    static const QVector<Variant> list = variants();
    return list;
}

std::optional<LabelVariants::Match> LabelVariants::match(const QString& normalizedText) {
    if (normalizedText.isEmpty()) return std::nullopt;
    static const QRegularExpression sectionNumber(
        kSectionNumber,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString head =
        normalizedText.mid(sectionNumber.match(normalizedText).capturedLength()).left(3).toLower();
    for (const Compiled& candidate : compiled()) {
        if (!candidate.key.isEmpty() && !head.startsWith(candidate.key)) continue;
        const QRegularExpressionMatch found = candidate.expression.match(normalizedText);
        if (!found.hasMatch()) continue;
        Match match{candidate.variant->label, candidate.variant->language};
        match.variant = candidate.variant->text;
        if (match.variant.contains(QLatin1Char('#')))
            match.number = found.captured(QStringLiteral("number")).toInt();
        match.rest = found.captured(QStringLiteral("rest")).trimmed();
        return match;
    }
    return std::nullopt;
}

namespace {

QStringList wordsOf(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[^\\w#]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

} // namespace

std::optional<LabelVariants::Match> LabelVariants::matchWords(const QString& scrambledText) {
    QStringList words = wordsOf(scrambledText);
    if (words.size() < 3) return std::nullopt;
    words.sort();
    for (const Variant& variant : all()) {
        const QString& text = variant.text;
        if (text.contains(QLatin1Char('#'))) continue;
        QStringList theirs = wordsOf(text);
        theirs.sort();
        if (theirs == words) return Match{variant.label, variant.language, 0, {}, text};
    }
    return std::nullopt;
}

const QStringList& LabelVariants::words() {
    static const QStringList list = [] {
        QSet<QString> set;
        for (const Variant& variant : all())
            for (const QString& word : wordsOf(variant.text))
                set.insert(word);
        QStringList words(set.begin(), set.end());
        words.sort();
        return words;
    }();
    return list;
}

} // namespace kasibi
