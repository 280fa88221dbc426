#include "core/validation/criterion.h"

namespace kasibi {

namespace {

// Russian titles are the wording of the Appendix 3 form, line breaks of the printed text joined.
QVector<Criterion> buildCriteria() {
    return {
        {QStringLiteral("1.1"), 1, QStringLiteral("Название профессионального стандарта"),
         QStringLiteral("Кәсіптік стандарттың атауы"),
         QStringLiteral("Name of the professional standard")},
        {QStringLiteral("1.2"), 1, QStringLiteral("Область применения профессионального стандарта"),
         QStringLiteral("Кәсіптік стандартты қолдану саласы"),
         QStringLiteral("Scope of the professional standard")},
        {QStringLiteral("1.2a"), 1, QStringLiteral("Наличие глоссария"),
         QStringLiteral("Глоссарийдің болуы"), QStringLiteral("A glossary is present")},
        {QStringLiteral("1.3"), 1, QStringLiteral("Наличие полного формата ссылок по ОКЭД"),
         QStringLiteral("ЭҚЖЖ бойынша сілтемелердің толық форматының болуы"),
         QStringLiteral("Full OKED references are present")},
        {QStringLiteral("1.4"), 1, QStringLiteral("Краткое описание профессионального стандарта"),
         QStringLiteral("Кәсіптік стандарттың қысқаша сипаттамасы"),
         QStringLiteral("Short description of the professional standard")},
        {QStringLiteral("1.5"), 1, QStringLiteral("Наличие перечня карточек профессий"),
         QStringLiteral("Кәсіп карточкалары тізбесінің болуы"),
         QStringLiteral("A list of profession cards is present")},
        {QStringLiteral("1.6"), 1,
         QStringLiteral("Соответствие карточек (карточки) профессий перечню"),
         QStringLiteral("Кәсіп карточкаларының (карточкасының) тізбеге сәйкестігі"),
         QStringLiteral("The profession card(s) match the list")},
        {QStringLiteral("2.1"), 2, QStringLiteral("Код профессии по НКЗ"),
         QStringLiteral("ҰКЖ бойынша кәсіп коды"), QStringLiteral("Occupation code by NKZ")},
        {QStringLiteral("2.2"), 2, QStringLiteral("Код группы занятий по НКЗ"),
         QStringLiteral("ҰКЖ бойынша кәсіптер тобының коды"),
         QStringLiteral("Occupation group code by NKZ")},
        {QStringLiteral("2.3"), 2, QStringLiteral("Наименование профессий и/или занятий по НКЗ"),
         QStringLiteral("ҰКЖ бойынша кәсіптердің және/немесе қызмет түрлерінің атауы"),
         QStringLiteral("Name of the professions and/or occupations by NKZ")},
        {QStringLiteral("2.4"), 2, QStringLiteral("Квалификационный уровень ОРК/НРК"),
         QStringLiteral("СБШ/ҰБШ бойынша біліктілік деңгейі"),
         QStringLiteral("Qualification level by ORK/NRK")},
        {QStringLiteral("2.5"), 2, QStringLiteral("Уровень профессионального образования"),
         QStringLiteral("Кәсіптік білім деңгейі"),
         QStringLiteral("Level of professional education")},
        {QStringLiteral("2.6"), 2,
         QStringLiteral("Связь с неформальным и информальным образованием"),
         QStringLiteral("Бейресми және информалдық біліммен байланысы"),
         QStringLiteral("Link with non-formal and informal education")},
        {QStringLiteral("2.7"), 2, QStringLiteral("Другие возможные наименования профессий"),
         QStringLiteral("Кәсіптердің басқа да ықтимал атаулары"),
         QStringLiteral("Other possible names of the professions")},
        {QStringLiteral("2.8"), 2,
         QStringLiteral("Определен квалификационный уровень профессий по ОРК"),
         QStringLiteral("Кәсіптердің СБШ бойынша біліктілік деңгейі айқындалған"),
         QStringLiteral("The qualification level of the professions by ORK is defined")},
        {QStringLiteral("2.9"), 2, QStringLiteral("Указана основная деятельность профессии"),
         QStringLiteral("Кәсіптің негізгі қызметі көрсетілген"),
         QStringLiteral("The main activity of the profession is stated")},
        {QStringLiteral("2.10"), 2,
         QStringLiteral("Представлен перечень и описание трудовых функций"),
         QStringLiteral("Еңбек функцияларының тізбесі мен сипаттамасы берілген"),
         QStringLiteral("The list and description of labour functions are given")},
        {QStringLiteral("2.11"), 2,
         QStringLiteral("Указан комментарий об оценке задачи целиком как отдельного навыка"),
         QStringLiteral("Міндетті тұтастай жеке дағды ретінде бағалау туралы түсініктеме "
                        "көрсетілген"),
         QStringLiteral("A comment on assessing the whole task as a separate skill is given")},
        {QStringLiteral("2.12"), 2,
         QStringLiteral("Указана связь с другими профессиями в рамках ОРК"),
         QStringLiteral("СБШ шеңберінде басқа кәсіптермен байланысы көрсетілген"),
         QStringLiteral("Links with other professions within the ORK are given")},
        {QStringLiteral("3.1"), 3, QStringLiteral("Указаны реквизиты государственного органа"),
         QStringLiteral("Мемлекеттік органның деректемелері көрсетілген"),
         QStringLiteral("Details of the state body are given")},
        {QStringLiteral("3.2"), 3, QStringLiteral("Указаны реквизиты экспертов (при их наличии)"),
         QStringLiteral("Сарапшылардың деректемелері көрсетілген (олар болған жағдайда)"),
         QStringLiteral("Details of the experts are given (where there are any)")},
        {QStringLiteral("3.3"), 3,
         QStringLiteral("Указан протокол отраслевого совета (после заключения Национального "
                        "органа)"),
         QStringLiteral("Салалық кеңестің хаттамасы көрсетілген (Ұлттық органның қорытындысынан "
                        "кейін)"),
         QStringLiteral("The sectoral council's protocol is given (after the National body's "
                        "conclusion)")},
        {QStringLiteral("3.4"), 3,
         QStringLiteral("Указан номер версии и год выпуска профессионального стандарта"),
         QStringLiteral("Кәсіптік стандарттың нұсқа нөмірі мен шығарылған жылы көрсетілген"),
         QStringLiteral("The version number and year of release of the standard are given")},
        {QStringLiteral("3.5"), 3,
         QStringLiteral("Указана дата ориентировочной актуализации профессионального стандарта"),
         QStringLiteral("Кәсіптік стандартты өзектендірудің болжамды күні көрсетілген"),
         QStringLiteral("The approximate date of the standard's next update is given")},
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
    const bool kk = language == QLatin1String("kk");
    const bool en = language == QLatin1String("en");
    switch (group) {
    case 1:
        return kk   ? QStringLiteral("Кәсіптік стандарттың негізгі бөлігінің сипаттамасын бағалау")
               : en ? QStringLiteral("Assessment of the description of the main part of the "
                                     "professional standard")
                    : QStringLiteral("Оценка описания основной части профессионального стандарта");
    case 2:
        return kk   ? QStringLiteral("Кәсіп карточкаларының (карточкасының) мазмұнын бағалау")
               : en ? QStringLiteral("Assessment of the content of the profession card(s)")
                    : QStringLiteral("Оценка содержания карточек (карточки) профессий");
    case 3:
        return kk   ? QStringLiteral("Кәсіптік стандарттың техникалық деректерінің болуын бағалау")
               : en ? QStringLiteral("Assessment of the presence of the technical data of the "
                                     "professional standard")
                    : QStringLiteral("Оценка наличия технических данных профессионального "
                                     "стандарта");
    default:
        return {};
    }
}

} // namespace kasibi
