#pragma once

#include "core/model/phrase.h"
#include "core/model/schema.h"

#include <QCoreApplication>
#include <QVector>

namespace kasibi {

// The wording of one field of Appendix 1 in every place Kasibi names it: the editor's form,
// the printed standard, the change report and the validator's messages. One row per field, so
// that a term is worded once; a column left empty in a language repeats the name's wording.
struct FieldTerm {
    QString kind;
    QString field;
    // The form's label: the English source of its translation (Labels::field; the .ts files
    // hold its Russian and Kazakh, which may be worded for the screen).
    const char* label;
    // In running text, in the nominative: how the change report names the field.
    Phrase name;
    // As the printed standard labels the field; empty: the name with a capital and a colon.
    Phrase printed;
    // In the accusative «Укажите …» / «… көрсетіңіз» asks for (the validator); empty: the name.
    Phrase asked;

    Phrase printedLabel() const;
    Phrase accusative() const;

    // Every row, and the row of a field (of any kind) by its name; nullptr when there is none.
    static const QVector<const FieldTerm*>& all();
    static const FieldTerm* ofField(const QString& field);
};

namespace term {

inline const FieldTerm nkzGroupCode{Kind::ProfessionCard,
                                    Field::NkzGroupCode,
                                    QT_TRANSLATE_NOOP("Labels", "Group code per NKZ"),
                                    {"ҰКЖ бойынша топтың коды", "код группы по НКЗ"},
                                    {"Топтың коды:", "Код группы:"},
                                    {"ҰКЖ бойынша кәсіптер тобының кодын",
                                     "код группы занятий по НКЗ", "the NKZ occupation group code"}};
inline const FieldTerm nkzOccupationCode{
    Kind::ProfessionCard,
    Field::NkzOccupationCode,
    QT_TRANSLATE_NOOP("Labels", "Occupation code per NKZ"),
    {"ҰКЖ бойынша кәсіп атауының коды", "код наименования занятия по НКЗ"},
    {"Кәсіп атауының коды:", "Код наименования занятия:"},
    {"ҰКЖ бойынша кәсіп кодын", "код профессии по НКЗ", "the NKZ occupation code"}};
inline const FieldTerm orkLevel{
    Kind::ProfessionCard,
    Field::OrkLevel,
    QT_TRANSLATE_NOOP("Labels", "Qualification level per ORK"),
    {"СБШ бойынша біліктілік деңгейі", "уровень квалификации по ОРК"},
    {},
    {"СБШ бойынша біліктілік деңгейін", "", "the qualification level by ORK"}};
inline const FieldTerm nrkLevel{
    Kind::ProfessionCard,
    Field::NrkLevel,
    QT_TRANSLATE_NOOP("Labels", "Qualification level per NRK"),
    {"ҰБШ бойынша біліктілік деңгейі", "уровень квалификации по НРК"},
    {},
    {"ҰБШ бойынша біліктілік деңгейін", "", "the qualification level by NRK"}};
// The change report writes ТБС where the printed standard writes ҮБС.
inline const FieldTerm tariffQualification{
    Kind::ProfessionCard,
    Field::TariffQualification,
    QT_TRANSLATE_NOOP("Labels", "Qualification level per ETKS, KS, TKH"),
    {"БТБА/БА/ТБС бойынша біліктілік деңгейі", "уровень квалификации по ЕТКС/КС/ТКХ"},
    {"БТБА/БА/ҮБС бойынша біліктілік деңгейі:", ""},
    {"БТБА, БА немесе ҮБС бойынша біліктілік деңгейін", "уровень квалификации по ЕТКС, КС или ТКХ",
     "the qualification level by ETKS, KS or TKH"}};
inline const FieldTerm workExperience{
    Kind::ProfessionCard,
    Field::WorkExperience,
    QT_TRANSLATE_NOOP("Labels", "Requirements for work experience"),
    {"жұмыс тәжірибесіне қойылатын талаптар", "требования к опыту работы"},
    {},
    {"жұмыс тәжірибесіне қойылатын талаптарды", "", "the work experience requirements"}};
inline const FieldTerm nonFormalEducation{
    Kind::ProfessionCard,
    Field::NonFormalEducation,
    QT_TRANSLATE_NOOP("Labels", "Link with non-formal and informal education"),
    {"бейресми және информалды біліммен байланысы",
     "связь с неформальным и информальным образованием"},
    {"Бейресми және информалдық біліммен байланысы:", ""},
    {"бейресми және информалдық біліммен байланысын", "",
     "the link with non-formal and informal education"}};
inline const FieldTerm mainPurpose{Kind::ProfessionCard,
                                   Field::MainPurpose,
                                   QT_TRANSLATE_NOOP("Labels", "Main purpose of the activity"),
                                   {"қызметтің негізгі мақсаты", "основная цель деятельности"},
                                   {},
                                   {"қызметтің негізгі мақсатын", "основную цель деятельности",
                                    "the main purpose of the activity"}};
inline const FieldTerm wholeTaskAssessment{
    Kind::ProfessionCard,
    Field::WholeTaskAssessment,
    QT_TRANSLATE_NOOP("Labels", "Recognition of a separate skill"),
    {"тапсырманы тұтастай жеке дағды ретінде бағалау",
     "оценка задачи целиком как отдельного навыка"},
    {"Міндетті тұтастай жеке дағды ретінде бағалау:", ""},
    {"міндетті тұтастай жеке дағды ретінде бағалау туралы түсініктемені",
     "комментарий об оценке задачи целиком как отдельного навыка",
     "the comment on assessing the whole task as a separate skill"}};
inline const FieldTerm educationLevel{Kind::Education,
                                      Field::Level,
                                      QT_TRANSLATE_NOOP("Labels", "Level of education"),
                                      {"білім деңгейі", "уровень образования"},
                                      {},
                                      {"білім деңгейін", "", "the level of education"}};
inline const FieldTerm specialty{Kind::Education,
                                 Field::Specialty,
                                 QT_TRANSLATE_NOOP("Labels", "Specialty"),
                                 {"мамандығы", "специальность"},
                                 {},
                                 {"мамандықты", "", "the specialty"}};
inline const FieldTerm qualification{Kind::Education,
                                     Field::Qualification,
                                     QT_TRANSLATE_NOOP("Labels", "Qualification"),
                                     {"біліктілігі", "квалификация"},
                                     {},
                                     {"біліктілікті", "квалификацию", "the qualification"}};
inline const FieldTerm standardName{
    Kind::Standard,
    Field::StandardName,
    QT_TRANSLATE_NOOP("Labels", "Name of the professional standard"),
    {"кәсіптік стандарттың атауы", "наименование профессионального стандарта"},
    {},
    {"кәсіптік стандарттың атауын", "", "the name of the standard"}};
// The change report names it short, as the form's chapter already says whose it is.
inline const FieldTerm scope{
    Kind::Standard,
    Field::Scope,
    QT_TRANSLATE_NOOP("Labels", "Scope"),
    {"қолданылу саласы", "область применения"},
    {"Кәсіптік стандарттың қолдану аясы:", "Область применения профессионального стандарта:"},
    {"кәсіптік стандартты қолдану саласын", "область применения профессионального стандарта",
     "the scope of the standard"}};
inline const FieldTerm description{
    Kind::Standard,
    Field::Description,
    QT_TRANSLATE_NOOP("Labels", "Brief description of the professional standard"),
    {"қысқаша сипаттамасы", "краткое описание"},
    {"Кәсіптік стандарттың қысқаша сипаттамасы:", "Краткое описание профессионального стандарта:"},
    {"кәсіптік стандарттың қысқаша сипаттамасын", "краткое описание профессионального стандарта",
     "the short description of the standard"}};

} // namespace term

} // namespace kasibi
