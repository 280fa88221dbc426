#include "core/validation/criterion.h"

namespace kasibi {

namespace {

// Russian titles are the wording of the Appendix 3 form, line breaks of the printed text joined.
QVector<Criterion> buildCriteria() {
    return {
        {QStringLiteral("1.1"),
         1,
         {QStringLiteral("Кәсіптік стандарттың атауы"),
          QStringLiteral("Название профессионального стандарта"),
          QStringLiteral("Name of the professional standard")}},
        {QStringLiteral("1.2"),
         1,
         {QStringLiteral("Кәсіптік стандартты қолдану саласы"),
          QStringLiteral("Область применения профессионального стандарта"),
          QStringLiteral("Scope of the professional standard")}},
        {QStringLiteral("1.2a"),
         1,
         {QStringLiteral("Глоссарийдің болуы"), QStringLiteral("Наличие глоссария"),
          QStringLiteral("A glossary is present")}},
        {QStringLiteral("1.3"),
         1,
         {QStringLiteral("ЭҚЖЖ бойынша сілтемелердің толық форматының болуы"),
          QStringLiteral("Наличие полного формата ссылок по ОКЭД"),
          QStringLiteral("Full OKED references are present")}},
        {QStringLiteral("1.4"),
         1,
         {QStringLiteral("Кәсіптік стандарттың қысқаша сипаттамасы"),
          QStringLiteral("Краткое описание профессионального стандарта"),
          QStringLiteral("Short description of the professional standard")}},
        {QStringLiteral("1.5"),
         1,
         {QStringLiteral("Кәсіп карточкалары тізбесінің болуы"),
          QStringLiteral("Наличие перечня карточек профессий"),
          QStringLiteral("A list of profession cards is present")}},
        {QStringLiteral("1.6"),
         1,
         {QStringLiteral("Кәсіп карточкаларының (карточкасының) тізбеге сәйкестігі"),
          QStringLiteral("Соответствие карточек (карточки) профессий перечню"),
          QStringLiteral("The profession card(s) match the list")}},
        {QStringLiteral("2.1"),
         2,
         {QStringLiteral("ҰКЖ бойынша кәсіп коды"), QStringLiteral("Код профессии по НКЗ"),
          QStringLiteral("Occupation code by NKZ")}},
        {QStringLiteral("2.2"),
         2,
         {QStringLiteral("ҰКЖ бойынша кәсіптер тобының коды"),
          QStringLiteral("Код группы занятий по НКЗ"),
          QStringLiteral("Occupation group code by NKZ")}},
        {QStringLiteral("2.3"),
         2,
         {QStringLiteral("ҰКЖ бойынша кәсіптердің және/немесе қызмет түрлерінің атауы"),
          QStringLiteral("Наименование профессий и/или занятий по НКЗ"),
          QStringLiteral("Name of the professions and/or occupations by NKZ")}},
        {QStringLiteral("2.4"),
         2,
         {QStringLiteral("СБШ/ҰБШ бойынша біліктілік деңгейі"),
          QStringLiteral("Квалификационный уровень ОРК/НРК"),
          QStringLiteral("Qualification level by ORK/NRK")}},
        {QStringLiteral("2.5"),
         2,
         {QStringLiteral("Кәсіптік білім деңгейі"),
          QStringLiteral("Уровень профессионального образования"),
          QStringLiteral("Level of professional education")}},
        {QStringLiteral("2.6"),
         2,
         {QStringLiteral("Бейресми және информалдық біліммен байланысы"),
          QStringLiteral("Связь с неформальным и информальным образованием"),
          QStringLiteral("Link with non-formal and informal education")}},
        {QStringLiteral("2.7"),
         2,
         {QStringLiteral("Кәсіптердің басқа да ықтимал атаулары"),
          QStringLiteral("Другие возможные наименования профессий"),
          QStringLiteral("Other possible names of the professions")}},
        {QStringLiteral("2.8"),
         2,
         {QStringLiteral("Кәсіптердің СБШ бойынша біліктілік деңгейі айқындалған"),
          QStringLiteral("Определен квалификационный уровень профессий по ОРК"),
          QStringLiteral("The qualification level of the professions by ORK is defined")}},
        {QStringLiteral("2.9"),
         2,
         {QStringLiteral("Кәсіптің негізгі қызметі көрсетілген"),
          QStringLiteral("Указана основная деятельность профессии"),
          QStringLiteral("The main activity of the profession is stated")}},
        {QStringLiteral("2.10"),
         2,
         {QStringLiteral("Еңбек функцияларының тізбесі мен сипаттамасы берілген"),
          QStringLiteral("Представлен перечень и описание трудовых функций"),
          QStringLiteral("The list and description of labour functions are given")}},
        {QStringLiteral("2.11"),
         2,
         {QStringLiteral("Міндетті тұтастай жеке дағды ретінде бағалау туралы түсініктеме "
                         "көрсетілген"),
          QStringLiteral("Указан комментарий об оценке задачи целиком как отдельного навыка"),
          QStringLiteral("A comment on assessing the whole task as a separate skill is given")}},
        {QStringLiteral("2.12"),
         2,
         {QStringLiteral("СБШ шеңберінде басқа кәсіптермен байланысы көрсетілген"),
          QStringLiteral("Указана связь с другими профессиями в рамках ОРК"),
          QStringLiteral("Links with other professions within the ORK are given")}},
        {QStringLiteral("3.1"),
         3,
         {QStringLiteral("Мемлекеттік органның деректемелері көрсетілген"),
          QStringLiteral("Указаны реквизиты государственного органа"),
          QStringLiteral("Details of the state body are given")}},
        {QStringLiteral("3.2"),
         3,
         {QStringLiteral("Сарапшылардың деректемелері көрсетілген (олар болған жағдайда)"),
          QStringLiteral("Указаны реквизиты экспертов (при их наличии)"),
          QStringLiteral("Details of the experts are given (where there are any)")}},
        {QStringLiteral("3.3"),
         3,
         {QStringLiteral("Салалық кеңестің хаттамасы көрсетілген (Ұлттық органның қорытындысынан "
                         "кейін)"),
          QStringLiteral("Указан протокол отраслевого совета (после заключения Национального "
                         "органа)"),
          QStringLiteral("The sectoral council's protocol is given (after the National body's "
                         "conclusion)")}},
        {QStringLiteral("3.4"),
         3,
         {QStringLiteral("Кәсіптік стандарттың нұсқа нөмірі мен шығарылған жылы көрсетілген"),
          QStringLiteral("Указан номер версии и год выпуска профессионального стандарта"),
          QStringLiteral("The version number and year of release of the standard are given")}},
        {QStringLiteral("3.5"),
         3,
         {QStringLiteral("Кәсіптік стандартты өзектендірудің болжамды күні көрсетілген"),
          QStringLiteral("Указана дата ориентировочной актуализации профессионального стандарта"),
          QStringLiteral("The approximate date of the standard's next update is given")}},
    };
}

} // namespace

const QVector<Criterion>& Criterion::all() {
    static const QVector<Criterion> criteria = buildCriteria();
    return criteria;
}

const Criterion* Criterion::find(const QString& number) {
    for (const Criterion& criterion : all())
        if (criterion.number == number) return &criterion;
    return nullptr;
}

QString Criterion::groupTitle(int group, const QString& language) {
    static const Phrase titles[] = {
        {QStringLiteral("Кәсіптік стандарттың негізгі бөлігінің сипаттамасын бағалау"),
         QStringLiteral("Оценка описания основной части профессионального стандарта"),
         QStringLiteral("Assessment of the description of the main part of the professional "
                        "standard")},
        {QStringLiteral("Кәсіп карточкаларының (карточкасының) мазмұнын бағалау"),
         QStringLiteral("Оценка содержания карточек (карточки) профессий"),
         QStringLiteral("Assessment of the content of the profession card(s)")},
        {QStringLiteral("Кәсіптік стандарттың техникалық деректерінің болуын бағалау"),
         QStringLiteral("Оценка наличия технических данных профессионального стандарта"),
         QStringLiteral("Assessment of the presence of the technical data of the professional "
                        "standard")}};
    return group >= 1 && group <= 3 ? titles[group - 1].in(language) : QString();
}

} // namespace kasibi
