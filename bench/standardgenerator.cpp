#include "standardgenerator.h"

#include "core/model/schema.h"

#include <iterator>

namespace kasibi {

namespace {

struct Wording {
    QString kk;
    QString ru;
};

// Abilities and knowledge as long as published standards write them (30 to 170 characters,
// most about a hundred), so that the large standard prints as many pages as a real one would.
const Wording kAbilities[] = {
    {QStringLiteral("Жұмыс басталар алдында экскаватордың тораптары мен механизмдерін қарап "
                    "тексеру, тежегіш жүйесінің, рульдік басқарудың және дабыл құралдарының "
                    "жарамдылығын тексеру"),
     QStringLiteral("Проводить ежесменный осмотр узлов и механизмов экскаватора, проверять "
                    "исправность тормозной системы, рулевого управления и средств сигнализации "
                    "перед началом работ")},
    {QStringLiteral("Бақылау-өлшеу аспаптарының көрсеткіштері бойынша гидравликалық және электр "
                    "жүйелерінің ақауларын анықтау және оларды жою шараларын қабылдау"),
     QStringLiteral("Определять неисправности гидравлической и электрической систем по "
                    "показаниям контрольно-измерительных приборов и принимать меры к их "
                    "устранению")},
    {QStringLiteral("Майлау картасына және пайдалану жөніндегі нұсқаулыққа сәйкес механизмдерді "
                    "реттеу және майлау"),
     QStringLiteral("Выполнять регулировку и смазку механизмов в соответствии с картой смазки и "
                    "руководством по эксплуатации")},
    {QStringLiteral("Кенжар паспортын сақтай отырып, кемерлердің белгіленген өлшемдерін және "
                    "көлік құралдарына дейінгі қауіпсіз қашықтықты қамтамасыз етіп, тау-кен "
                    "массасын қазу"),
     QStringLiteral("Вести экскавацию горной массы с соблюдением паспорта забоя, обеспечивая "
                    "установленные параметры уступов и безопасное расстояние до транспортных "
                    "средств")},
    {QStringLiteral("Техникалық құжаттаманы ресімдеу: ауысымды қабылдау-тапсыру журналы, "
                    "жөндеуге өтінімдер және орындалған жұмыс көлемдерін есепке алу"),
     QStringLiteral("Оформлять техническую документацию: журнал приёма-сдачи смены, заявки на "
                    "ремонт и учёт выполненных объёмов работ")},
    {QStringLiteral("Жазатайым оқиғалар кезінде зардап шеккендерге алғашқы көмек көрсету"),
     QStringLiteral("Оказывать первую помощь пострадавшим при несчастных случаях")},
};

const Wording kKnowledge[] = {
    {QStringLiteral("Экскаватордың негізгі тораптарының, оның гидравликалық, пневматикалық және "
                    "электр жүйелерінің құрылысы, техникалық сипаттамалары және жұмыс істеу "
                    "принципі"),
     QStringLiteral("Устройство, технические характеристики и принцип действия основных узлов "
                    "экскаватора, его гидравлической, пневматической и электрической систем")},
    {QStringLiteral("Ашық тау-кен жұмыстарын жүргізу кезіндегі өнеркәсіптік қауіпсіздік "
                    "талаптары, тау-кен жабдығын пайдалану кезіндегі қауіпсіздік қағидалары"),
     QStringLiteral("Требования промышленной безопасности при ведении открытых горных работ, "
                    "правила безопасности при эксплуатации горного оборудования")},
    {QStringLiteral("Кенжар паспорты, қауіпті аймақтарда және электр беру желілерінің жанында "
                    "жұмыс жүргізу тәртібі"),
     QStringLiteral("Паспорт забоя, порядок ведения работ в опасных зонах и вблизи линий "
                    "электропередачи")},
    {QStringLiteral("Жанар-жағармай материалдарының шығыс нормалары және оларды есепке алу "
                    "тәртібі"),
     QStringLiteral("Нормы расхода горюче-смазочных материалов и порядок их учёта")},
    {QStringLiteral("Жабдықты техникалық пайдалану және жоспарлы-алдын ала жөндеу қағидалары, "
                    "техникалық қызмет көрсетудің түрлері мен кезеңділігі"),
     QStringLiteral("Правила технической эксплуатации и планово-предупредительного ремонта "
                    "оборудования, виды и периодичность технического обслуживания")},
    {QStringLiteral("Алғашқы көмек көрсету қағидалары, тау-кен кәсіпорнындағы өрт қауіпсіздігі "
                    "және қоршаған ортаны қорғау талаптары"),
     QStringLiteral("Правила оказания первой помощи, требования пожарной безопасности и охраны "
                    "окружающей среды на горном предприятии")},
};

class Builder {
public:
    explicit Builder(DocumentTree& tree) : m_tree(tree) {}

    QString add(const QString& parentId, const QString& role, const QString& kind) {
        Node node{DocumentTree::newId(), kind, parentId, role};
        m_tree.nodes.insert(node.id, node);
        m_tree.nodes[parentId].children[role] << node.id;
        return node.id;
    }

    void text(const QString& id, const QString& field, const QString& kk, const QString& ru) {
        m_tree.setValue(id, Node::valueKey(field, QStringLiteral("kk")), kk);
        m_tree.setValue(id, Node::valueKey(field, QStringLiteral("ru")), ru);
    }

    void set(const QString& id, const QString& field, const QString& value) {
        m_tree.setValue(id, field, value);
    }

    void textItem(const QString& parentId, const QString& role, const QString& kk,
                  const QString& ru) {
        text(add(parentId, role, Kind::TextItem), Schema::TextItemField, kk, ru);
    }

    void organization(const QString& id, int number) {
        text(id, QStringLiteral("name"), QStringLiteral("«Кен-Инжиниринг %1» ЖШС").arg(number),
             QStringLiteral("ТОО «Кен-Инжиниринг %1»").arg(number));
        set(id, QStringLiteral("contact/fullName"), QStringLiteral("Ахметов Ерлан Серикович"));
        text(id, QStringLiteral("contact/position"), QStringLiteral("бас маман"),
             QStringLiteral("главный специалист"));
        set(id, QStringLiteral("contact/email"), QStringLiteral("expert%1@example.kz").arg(number));
        set(id, QStringLiteral("contact/phone"),
            QStringLiteral("+7 7172 55-%1-10").arg(10 + number));
    }

private:
    DocumentTree& m_tree;
};

struct Machine {
    const char* kk;
    const char* ru;
};

// Words that tell standards apart in a search.
const Machine kMachines[] = {
    {"экскаватор", "экскаватора"},
    {"бульдозер", "бульдозера"},
    {"кран", "крана"},
    {"компрессор", "компрессора"},
    {"насос", "насоса"},
    {"конвейер", "конвейера"},
    {"дробилка", "дробилки"},
    {"тепловоз", "тепловоза"},
    {"скрепер", "скрепера"},
    {"грейдер", "грейдера"},
    {"флотомашина", "флотомашины"},
    {"мельница", "мельницы"},
    {"лебедка", "лебедки"},
    {"погрузчик", "погрузчика"},
    {"каток", "катка"},
    {"буровой станок", "бурового станка"},
    {"вентилятор", "вентилятора"},
    {"электровоз", "электровоза"},
    {"сепаратор", "сепаратора"},
    {"фильтр-пресс", "фильтр-пресса"},
};

const char* const kDivisions[][2] = {{"B", "05"}, {"B", "06"}, {"B", "07"}, {"B", "08"},
                                     {"B", "09"}, {"C", "10"}, {"C", "11"}, {"C", "13"},
                                     {"C", "19"}, {"C", "24"}};

} // namespace

QString StandardGenerator::nkzOccupation(int number, int card) {
    const int k = number * 8 + card;
    return QStringLiteral("%1-1-%2").arg(1000 + k / 3).arg(k % 3 + 1, 3, 10, QLatin1Char('0'));
}

void StandardGenerator::distinguish(DocumentTree& tree, int number) {
    Builder b(tree);
    const QString standard = tree.standardId();
    const int divisions = int(std::size(kDivisions));
    const auto& division = kDivisions[number % divisions];
    const QString code = QLatin1String(division[1]);
    b.set(standard, QStringLiteral("passport/oked/section/code"), QLatin1String(division[0]));
    b.set(standard, QStringLiteral("passport/oked/division/code"), code);
    b.set(standard, QStringLiteral("passport/oked/group/code"), code + QStringLiteral(".1"));
    b.set(standard, QStringLiteral("passport/oked/class/code"), code + QStringLiteral(".10"));
    b.set(standard, QStringLiteral("passport/oked/subclass/code"), code + QStringLiteral(".10.1"));
    b.set(standard, QStringLiteral("passport/serialNumber"),
          QStringLiteral("%1").arg(number / divisions + 1, 3, 10, QLatin1Char('0')));
    const Machine& main = kMachines[number % std::size(kMachines)];
    b.text(standard, QStringLiteral("passport/name"),
           QStringLiteral("%1 пайдалану %2").arg(QString::fromUtf8(main.kk)).arg(number),
           QStringLiteral("Эксплуатация %1 %2").arg(QString::fromUtf8(main.ru)).arg(number));
    const QStringList cards = tree.children(standard, QStringLiteral("professionCards"));
    for (int c = 0; c < cards.size(); ++c) {
        const QString occupation = nkzOccupation(number, c);
        b.set(cards[c], QStringLiteral("nkzGroupCode"), occupation.left(4));
        b.set(cards[c], QStringLiteral("nkzOccupationCode"), occupation);
        const Machine& machine = kMachines[(number * 8 + c) % std::size(kMachines)];
        b.text(cards[c], QStringLiteral("name"),
               QStringLiteral("%1 машинисі").arg(QString::fromUtf8(machine.kk)),
               QStringLiteral("Машинист %1").arg(QString::fromUtf8(machine.ru)));
        for (const QString& related : tree.children(cards[c], QStringLiteral("relatedProfessions")))
            b.set(related, QStringLiteral("nkzOccupationCode"), nkzOccupation(number + 1, c));
    }
}

DocumentTree StandardGenerator::generate(const Size& size) {
    DocumentTree tree = DocumentTree::newStandard();
    Builder b(tree);
    const QString standard = tree.standardId();

    b.text(standard, QStringLiteral("generalProvisions/scope"),
           QStringLiteral("Кәсіби стандарт кенді ашық тәсілмен өндіру саласында қолданылады."),
           QStringLiteral("Профессиональный стандарт применяется в области добычи руды открытым "
                          "способом."));
    for (int i = 1; i <= 3; ++i) {
        const QString term = b.add(standard, QStringLiteral("generalProvisions/terms"), Kind::Term);
        b.text(term, QStringLiteral("term"), QStringLiteral("термин %1").arg(i),
               QStringLiteral("термин %1").arg(i));
        b.text(term, QStringLiteral("definition"), QStringLiteral("анықтама %1").arg(i),
               QStringLiteral("определение %1").arg(i));
        const QString abbreviation =
            b.add(standard, QStringLiteral("generalProvisions/abbreviations"), Kind::Abbreviation);
        b.text(abbreviation, QStringLiteral("abbreviation"), QStringLiteral("ҚС%1").arg(i),
               QStringLiteral("СК%1").arg(i));
        b.text(abbreviation, QStringLiteral("expansion"), QStringLiteral("қысқарту %1").arg(i),
               QStringLiteral("сокращение %1").arg(i));
    }
    b.text(standard, QStringLiteral("passport/name"), QStringLiteral("Кенді ашық тәсілмен өндіру"),
           QStringLiteral("Добыча руды открытым способом"));
    const QStringList levels{QStringLiteral("section"), QStringLiteral("division"),
                             QStringLiteral("group"), QStringLiteral("class"),
                             QStringLiteral("subclass")};
    const QStringList codes{QStringLiteral("B"), QStringLiteral("07"), QStringLiteral("07.1"),
                            QStringLiteral("07.10"), QStringLiteral("07.10.2")};
    for (int i = 0; i < levels.size(); ++i) {
        const QString prefix = QStringLiteral("passport/oked/") + levels[i];
        b.set(standard, prefix + QStringLiteral("/code"), codes[i]);
        b.text(standard, prefix + QStringLiteral("/name"), QStringLiteral("Темір кендерін өндіру"),
               QStringLiteral("Добыча железных руд"));
    }
    b.set(standard, QStringLiteral("passport/serialNumber"), QStringLiteral("012"));
    b.text(standard, QStringLiteral("passport/description"),
           QStringLiteral("Кенді ашық тәсілмен өндіру бойынша жұмыстар."),
           QStringLiteral("Работы по добыче руды открытым способом."));

    for (int c = 0; c < size.cards; ++c) {
        const QString card =
            b.add(standard, QStringLiteral("professionCards"), Kind::ProfessionCard);
        const QString group = QString::number(8100 + c);
        b.set(card, QStringLiteral("nkzGroupCode"), group);
        b.set(card, QStringLiteral("nkzOccupationCode"), group + QStringLiteral("-1-001"));
        b.text(card, QStringLiteral("name"), QStringLiteral("Машинист %1").arg(c + 1),
               QStringLiteral("Машинист %1").arg(c + 1));
        b.set(card, QStringLiteral("orkLevel"), QString::number(3 + c % 4));
        b.set(card, QStringLiteral("nrkLevel"), QString::number(3 + c % 4));
        b.text(card, QStringLiteral("tariffQualification"), QStringLiteral("5 разряд"),
               QStringLiteral("5 разряд"));
        const QString education = b.add(card, QStringLiteral("education"), Kind::Education);
        b.text(education, QStringLiteral("level"), QStringLiteral("техникалық және кәсіптік білім"),
               QStringLiteral("техническое и профессиональное образование"));
        b.text(education, QStringLiteral("specialty"), QStringLiteral("Пайдалы қазбаларды өндіру"),
               QStringLiteral("Открытая разработка месторождений"));
        b.text(education, QStringLiteral("qualification"), QStringLiteral("техник"),
               QStringLiteral("техник"));
        b.text(card, QStringLiteral("workExperience"), QStringLiteral("1 жыл"),
               QStringLiteral("1 год"));
        b.text(card, QStringLiteral("nonFormalEducation"),
               QStringLiteral("Біліктілікті арттыру курстары"),
               QStringLiteral("Курсы повышения квалификации"));
        b.textItem(card, QStringLiteral("otherNames"), QStringLiteral("Оператор %1").arg(c + 1),
                   QStringLiteral("Оператор %1").arg(c + 1));
        b.text(card, QStringLiteral("mainPurpose"), QStringLiteral("Кенді қауіпсіз өндіру"),
               QStringLiteral("Безопасная добыча руды"));
        for (int f = 0; f < size.functions; ++f) {
            const QString function =
                b.add(card, QStringLiteral("laborFunctions"), Kind::LaborFunction);
            b.set(function, QStringLiteral("kind"),
                  f == size.functions - 1 && f > 0 ? QStringLiteral("additional")
                                                   : QStringLiteral("mandatory"));
            b.text(function, QStringLiteral("name"),
                   QStringLiteral("Өнеркәсіптік қауіпсіздік талаптарын сақтай отырып, кенжарда "
                                  "тау-кен массасын қазу жұмыстарын орындау (%1-бөлім)")
                       .arg(f + 1),
                   QStringLiteral("Выполнение работ по экскавации горной массы в забое с "
                                  "соблюдением требований промышленной безопасности (часть %1)")
                       .arg(f + 1));
            for (int s = 0; s < size.skills; ++s) {
                const QString skill = b.add(function, QStringLiteral("skills"), Kind::Skill);
                b.text(skill, QStringLiteral("name"),
                       QStringLiteral("Экскаваторды жұмысқа дайындау және ауысым ішінде оның "
                                      "техникалық жай-күйін бақылау %1.%2")
                           .arg(f + 1)
                           .arg(s + 1),
                       QStringLiteral("Подготовка экскаватора к работе и контроль его "
                                      "технического состояния в течение смены %1.%2")
                           .arg(f + 1)
                           .arg(s + 1));
                b.set(skill, QStringLiteral("separatelyRecognizable"),
                      s == 0 ? QStringLiteral("true") : QStringLiteral("false"));
                for (int a = 0; a < size.abilities; ++a) {
                    const Wording& ability = kAbilities[a % std::size(kAbilities)];
                    b.textItem(skill, QStringLiteral("abilities"), ability.kk, ability.ru);
                }
                for (int k = 0; k < size.knowledge; ++k) {
                    const Wording& knowledge = kKnowledge[k % std::size(kKnowledge)];
                    b.textItem(skill, QStringLiteral("knowledge"), knowledge.kk, knowledge.ru);
                }
            }
        }
        b.text(card, QStringLiteral("wholeTaskAssessment"),
               QStringLiteral("Бірінші дағды жеке танылуы мүмкін."),
               QStringLiteral("Первый навык может быть признан отдельно."));
        for (int p = 0; p < 3; ++p)
            b.textItem(card, QStringLiteral("personalCompetencies"),
                       QStringLiteral("Жауапкершілік %1").arg(p + 1),
                       QStringLiteral("Ответственность %1").arg(p + 1));
        b.textItem(card, QStringLiteral("regulations"),
                   QStringLiteral("Қазақстан Республикасының Еңбек кодексі"),
                   QStringLiteral("Трудовой кодекс Республики Казахстан"));
        const QString related =
            b.add(card, QStringLiteral("relatedProfessions"), Kind::RelatedProfession);
        b.set(related, QStringLiteral("orkLevel"), QString::number(4 + c % 4));
        b.set(related, QStringLiteral("nrkLevel"), QString::number(4 + c % 4));
        b.set(related, QStringLiteral("nkzOccupationCode"), group + QStringLiteral("-2-001"));
        b.text(related, QStringLiteral("name"), QStringLiteral("Аға машинист %1").arg(c + 1),
               QStringLiteral("Старший машинист %1").arg(c + 1));
    }

    b.organization(b.add(standard, QStringLiteral("technicalData/stateBody"), Kind::Organization),
                   1);
    b.organization(b.add(standard, QStringLiteral("technicalData/developers"), Kind::Organization),
                   2);
    b.text(standard, QStringLiteral("technicalData/sectoralCouncil/name"),
           QStringLiteral("Тау-кен металлургия кешені бойынша салалық кеңес"),
           QStringLiteral("Отраслевой совет горно-металлургического комплекса"));
    b.set(standard, QStringLiteral("technicalData/sectoralCouncil/protocolNumber"),
          QStringLiteral("7"));
    b.set(standard, QStringLiteral("technicalData/sectoralCouncil/protocolDate"),
          QStringLiteral("2025-04-08"));
    b.set(standard, QStringLiteral("technicalData/nationalBodyConclusionDate"),
          QStringLiteral("2025-03-21"));
    b.set(standard, QStringLiteral("technicalData/atamekenRecommendationDate"),
          QStringLiteral("2025-04-20"));
    b.set(standard, QStringLiteral("technicalData/version"), QStringLiteral("1.0"));
    b.set(standard, QStringLiteral("technicalData/releaseYear"), QStringLiteral("2025"));
    b.set(standard, QStringLiteral("technicalData/plannedUpdateDate"),
          QStringLiteral("2028-04-01"));
    const QString appendix = b.add(standard, QStringLiteral("extraSections"), Kind::ExtraSection);
    b.set(appendix, QStringLiteral("kind"), QStringLiteral("appendix"));
    b.text(appendix, QStringLiteral("title"), QStringLiteral("Біліктілік картасы"),
           QStringLiteral("Карта квалификаций"));
    b.textItem(appendix, QStringLiteral("paragraphs"), QStringLiteral("Мәтін."),
               QStringLiteral("Текст."));
    return tree;
}

} // namespace kasibi
