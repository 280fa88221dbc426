<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>FormPlan</name>
    <message>
        <source>Version number and year of release</source>
        <translation>Нұсқаның нөмірі және шығарылған жылы</translation>
    </message>
    <message>
        <source>Codes of the group and of the occupation per NKZ</source>
        <translation>ҰКЖ бойынша топтың коды және кәсіп атауының коды</translation>
    </message>
    <message>
        <source>Qualification level</source>
        <translation>Біліктілік деңгейі</translation>
    </message>
    <message>
        <source>Skills, abilities and knowledge are described under each labour function: open a function above.</source>
        <translation>Дағдылар, іскерліктер және білім әрбір еңбек функциясында сипатталады: жоғарыдағы функцияны ашыңыз.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Languages of the standard</source>
        <translation>Стандарттың тілдері</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Қолданылу саласы</translation>
    </message>
    <message>
        <source>Name of the professional standard</source>
        <translation>Кәсіптік стандарттың атауы</translation>
    </message>
    <message>
        <source>OKED section</source>
        <translation>ЭҚЖЖ секциясы</translation>
    </message>
    <message>
        <source>OKED division</source>
        <translation>ЭҚЖЖ бөлімі</translation>
    </message>
    <message>
        <source>OKED group</source>
        <translation>ЭҚЖЖ тобы</translation>
    </message>
    <message>
        <source>OKED class</source>
        <translation>ЭҚЖЖ сыныбы</translation>
    </message>
    <message>
        <source>OKED subclass</source>
        <translation>ЭҚЖЖ кіші сыныбы</translation>
    </message>
    <message>
        <source>Name of the OKED section</source>
        <translation>ЭҚЖЖ секциясының атауы</translation>
    </message>
    <message>
        <source>Name of the OKED division</source>
        <translation>ЭҚЖЖ бөлімінің атауы</translation>
    </message>
    <message>
        <source>Name of the OKED group</source>
        <translation>ЭҚЖЖ тобының атауы</translation>
    </message>
    <message>
        <source>Name of the OKED class</source>
        <translation>ЭҚЖЖ сыныбының атауы</translation>
    </message>
    <message>
        <source>Name of the OKED subclass</source>
        <translation>ЭҚЖЖ кіші сыныбының атауы</translation>
    </message>
    <message>
        <source>Serial number of the standard in the OKED section</source>
        <translation>ЭҚЖЖ секциясындағы кәсіптік стандарттың реттік нөмірі</translation>
    </message>
    <message>
        <source>Brief description of the professional standard</source>
        <translation>Кәсіптік стандарттың қысқаша сипаттамасы</translation>
    </message>
    <message>
        <source>Sectoral council: name</source>
        <translation>Салалық кеңес: атауы</translation>
    </message>
    <message>
        <source>Sectoral council: protocol number</source>
        <translation>Салалық кеңес: хаттаманың нөмірі</translation>
    </message>
    <message>
        <source>Sectoral council: date of the protocol</source>
        <translation>Салалық кеңес: хаттаманың күні</translation>
    </message>
    <message>
        <source>National body: date of the conclusion</source>
        <translation>Ұлттық орган: қорытындының күні</translation>
    </message>
    <message>
        <source>NCE &quot;Atameken&quot;: date of the recommendations</source>
        <translation>«Атамекен» ҰКП: ұсынымдардың күні</translation>
    </message>
    <message>
        <source>Version number</source>
        <translation>Нұсқаның нөмірі</translation>
    </message>
    <message>
        <source>Year of release</source>
        <translation>Шығарылған жылы</translation>
    </message>
    <message>
        <source>Date of the planned update</source>
        <translation>Болжамды өзектендіру күні</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Қысқарту</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Толық жазылуы</translation>
    </message>
    <message>
        <source>Group code per NKZ</source>
        <translation>ҰКЖ бойынша топтың коды</translation>
    </message>
    <message>
        <source>Occupation code per NKZ</source>
        <translation>ҰКЖ бойынша кәсіп атауының коды</translation>
    </message>
    <message>
        <source>Name of the profession per NKZ</source>
        <translation>ҰКЖ-ға сәйкес кәсіптің атауы</translation>
    </message>
    <message>
        <source>Qualification level per ORK</source>
        <translation>СБШ бойынша біліктілік деңгейі</translation>
    </message>
    <message>
        <source>Qualification level per NRK</source>
        <translation>ҰБШ бойынша біліктілік деңгейі</translation>
    </message>
    <message>
        <source>Qualification level per ETKS, KS, TKH</source>
        <translation>БТБА, БА, ҮБС бойынша біліктілік деңгейі</translation>
    </message>
    <message>
        <source>Requirements for work experience</source>
        <translation>Жұмыс тәжірибесіне қойылатын талаптар</translation>
    </message>
    <message>
        <source>Link with non-formal and informal education</source>
        <translation>Бейресми және арнаулы емес біліммен байланысы</translation>
    </message>
    <message>
        <source>Main purpose of the activity</source>
        <translation>Қызметтің негізгі мақсаты</translation>
    </message>
    <message>
        <source>Recognition of a separate skill</source>
        <translation>Жекелеген дағдыны тану мүмкіндігі</translation>
    </message>
    <message>
        <source>Level of education</source>
        <translation>Білім деңгейі</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>Kind of labour function</source>
        <translation>Еңбек функциясының түрі</translation>
    </message>
    <message>
        <source>Name of the labour function</source>
        <translation>Еңбек функциясының атауы</translation>
    </message>
    <message>
        <source>Name of the skill</source>
        <translation>Дағдының атауы</translation>
    </message>
    <message>
        <source>Can be recognised as a separate skill</source>
        <translation>Жеке дағды ретінде танылуы мүмкін</translation>
    </message>
    <message>
        <source>ORK level</source>
        <translation>СБШ деңгейі</translation>
    </message>
    <message>
        <source>NRK level</source>
        <translation>ҰБШ деңгейі</translation>
    </message>
    <message>
        <source>NKZ code</source>
        <translation>ҰКЖ коды</translation>
    </message>
    <message>
        <source>Name of the profession</source>
        <translation>Кәсіптің атауы</translation>
    </message>
    <message>
        <source>Name of the organization</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>Executive: full name</source>
        <translation>Орындаушы: тегі, аты, әкесінің аты (бар болса)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Э-пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Chapter or appendix</source>
        <translation>Тарау немесе қосымша</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Every text is checked for a wording in each of these languages.</source>
        <translation>Әрбір мәтіннің осы тілдердің әрқайсысында жазылғаны тексеріледі.</translation>
    </message>
    <message>
        <source>Where the professional standard applies.</source>
        <translation>Кәсіптік стандарт қай жерде қолданылады.</translation>
    </message>
    <message>
        <source>Including a general description of the type of labour activity.</source>
        <translation>Еңбек қызметі түрінің жалпы сипаттамасын қамтиды.</translation>
    </message>
    <message>
        <source>Three digits, e.g. 012.</source>
        <translation>Үш цифр, мысалы 012.</translation>
    </message>
    <message>
        <source>Per the unified tariff-qualification handbook of jobs and professions of workers, the qualification handbook of positions or the typical qualification characteristics, if there are such.</source>
        <translation>Жұмыстар мен жұмысшы кәсіптерінің бірыңғай тарифтік-біліктілік анықтамалығына, басшылар, мамандар және басқа да қызметшілер лауазымдарының біліктілік анықтамалығына немесе лауазымдардың үлгілік біліктілік сипаттамаларына сәйкес, егер олар болса.</translation>
    </message>
    <message>
        <source>Whether a separate skill (skills) can be recognised within the profession.</source>
        <translation>Бір кәсіп шеңберінде жекелеген дағдыны (дағдыларды) тану мүмкіндігі.</translation>
    </message>
    <message>
        <source>Mandatory functions are confirmed at the recognition of the qualification; additional ones are those the profession will need in future.</source>
        <translation>Міндетті еңбек функциялары кәсіптік біліктілікті тану кезінде расталады, ал қосымшалары — осы кәсіпке болашақта қажет болатын функциялар.</translation>
    </message>
    <message>
        <source>Terms and definitions</source>
        <translation>Терминдер мен анықтамалар</translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation>Қысқартулар</translation>
    </message>
    <message>
        <source>List of profession cards</source>
        <translation>Кәсіптер карточкаларының тізбесі</translation>
    </message>
    <message>
        <source>State (sectoral) body</source>
        <translation>Мемлекеттік (салалық) орган</translation>
    </message>
    <message>
        <source>Organizations that took part in the development</source>
        <translation>Әзірлеуге қатысқан ұйымдар</translation>
    </message>
    <message>
        <source>Extra chapters and appendices</source>
        <translation>Қосымша тараулар мен қосымшалар</translation>
    </message>
    <message>
        <source>Level of professional education</source>
        <translation>Кәсіптік білім деңгейі</translation>
    </message>
    <message>
        <source>Other possible names of the profession</source>
        <translation>Кәсіптің басқа да ықтимал атаулары</translation>
    </message>
    <message>
        <source>List of labour functions</source>
        <translation>Еңбек функцияларының тізбесі</translation>
    </message>
    <message>
        <source>Requirements for personal competencies</source>
        <translation>Жеке құзыреттерге қойылатын талаптар</translation>
    </message>
    <message>
        <source>Technical regulations and national standards</source>
        <translation>Техникалық регламенттер мен ұлттық стандарттар</translation>
    </message>
    <message>
        <source>Link with other professions within the ORK</source>
        <translation>СБШ шеңберіндегі басқа кәсіптермен байланысы</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Дағдылар</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>Іскерліктер</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Білім</translation>
    </message>
    <message>
        <source>term</source>
        <translation>терминді</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>қысқартуды</translation>
    </message>
    <message>
        <source>profession card</source>
        <translation>кәсіп карточкасын</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>білім деңгейін</translation>
    </message>
    <message>
        <source>labour function</source>
        <translation>еңбек функциясын</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>дағдыны</translation>
    </message>
    <message>
        <source>related profession</source>
        <translation>байланысты кәсіпті</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>мемлекеттік органды</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>ұйымды</translation>
    </message>
    <message>
        <source>chapter or appendix</source>
        <translation>тарауды немесе қосымшаны</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>түсініктемені</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>басқа атауды</translation>
    </message>
    <message>
        <source>personal competency</source>
        <translation>жеке құзыретті</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>құжатты</translation>
    </message>
    <message>
        <source>ability</source>
        <translation>іскерлікті</translation>
    </message>
    <message>
        <source>knowledge item</source>
        <translation>білімді</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>абзацты</translation>
    </message>
    <message>
        <source>item</source>
        <translation>тармақты</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Тарау</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation>Сәйкес келмейді</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Қолданылмайды</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>1. General provisions</source>
        <translation>1. Жалпы ережелер</translation>
    </message>
    <message>
        <source>2. Passport of the professional standard</source>
        <translation>2. Кәсіптік стандарттың паспорты</translation>
    </message>
    <message>
        <source>3. Profession cards</source>
        <translation>3. Кәсіптер карточкалары</translation>
    </message>
    <message>
        <source>4. Technical data of the professional standard</source>
        <translation>4. Кәсіптік стандарттың техникалық деректері</translation>
    </message>
    <message>
        <source>Profession card</source>
        <translation>Кәсіп карточкасы</translation>
    </message>
    <message>
        <source>Labour function</source>
        <translation>Еңбек функциясы</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Дағды</translation>
    </message>
</context>
<context>
    <name>kasibi::DateFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Күнді тазарту</translation>
    </message>
</context>
<context>
    <name>kasibi::EditSession</name>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 көшіру</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 қосу</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 жылжыту</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>«%1» өзгерту</translation>
    </message>
</context>
<context>
    <name>kasibi::ElementListEditor</name>
    <message>
        <source>None yet.</source>
        <translation>Әзірге жоқ.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 қосу</translation>
    </message>
    <message>
        <source>Add %1 at the end (Ctrl+Enter in a row adds one after it)</source>
        <translation>%1 соңына қосу (жолдағы Ctrl+Enter одан кейін қосады)</translation>
    </message>
</context>
<context>
    <name>kasibi::ElementRow</name>
    <message>
        <source>Drag to reorder (or Ctrl+Shift+Up / Ctrl+Shift+Down)</source>
        <translation>Ретін өзгерту үшін сүйреңіз (немесе Ctrl+Shift+Жоғары / Ctrl+Shift+Төмен)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Жоғары жылжыту (Ctrl+Shift+Жоғары)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Төмен жылжыту (Ctrl+Shift+Төмен)</translation>
    </message>
    <message>
        <source>Duplicate the %1 (Ctrl+D)</source>
        <translation>%1 көшіру (Ctrl+D)</translation>
    </message>
    <message>
        <source>Remove the %1 (Ctrl+Shift+Delete)</source>
        <translation>%1 жою (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Ашу (Enter)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(атауы жоқ)</translation>
    </message>
    <message>
        <source>ORK %1</source>
        <translation>СБШ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n дағды</numerusform>
            <numerusform>%n дағды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n функция</numerusform>
            <numerusform>%n функция</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::EnumFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>kasibi::GrowingTextEdit</name>
    <message>
        <source>No suggestions</source>
        <translation>Ұсыныстар жоқ</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>«%1» өткізіп жіберу</translation>
    </message>
</context>
<context>
    <name>kasibi::IntegerFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>kasibi::LevelFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>kasibi::LocalizedTextEditor</name>
    <message>
        <source>missing in %1</source>
        <translation>мәтін жоқ: %1</translation>
    </message>
</context>
<context>
    <name>kasibi::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Standard…</source>
        <translation>&amp;Жаңа стандарт…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>&amp;Үлгі бойынша жаңа…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>&amp;Үлгіні ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Every change is saved as it is made.</source>
        <translation>Әрбір өзгеріс бірден сақталады.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Басқаша сақтау…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Add Profession &amp;Card</source>
        <translation>&amp;Кәсіп карточкасын қосу</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>Add Labour &amp;Function</source>
        <translation>Еңбек &amp;функциясын қосу</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Add S&amp;kill</source>
        <translation>&amp;Дағды қосу</translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <source>Add Chapter or &amp;Appendix</source>
        <translation>Тарау немесе &amp;қосымша қосу</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Төмен жылжыту</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Kasibi</source>
        <translation>Kasibi &amp;туралы</translation>
    </message>
    <message>
        <source>About Kasibi</source>
        <translation>Kasibi туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kasibi %1&lt;/h3&gt;&lt;p&gt;An editor of professional standards of the Republic of Kazakhstan, to the Rules approved by order No. 377.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kasibi %1&lt;/h3&gt;&lt;p&gt;№ 377 бұйрықпен бекітілген Қағидаларға сәйкес Қазақстан Республикасының кәсіптік стандарттарының редакторы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғылар</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Өзгерісті енгізу мүмкін болмады</translation>
    </message>
    <message>
        <source>This document is open read-only: %1. Use File &gt; Save As to edit a copy.</source>
        <translation>Құжат тек оқу үшін ашық: %1. Көшірмесін өңдеу үшін Файл &gt; Басқаша сақтау тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Файл: %2</translation>
    </message>
    <message>
        <source>Kasibi</source>
        <translation>Kasibi</translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation>тек оқу: %1</translation>
    </message>
    <message>
        <source>Duplicate the %1</source>
        <translation>%1 көшіру</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Remove the %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Move the %1 up</source>
        <translation>%1 жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move the %1 down</source>
        <translation>%1 төмен жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Removed. Undo (%1) brings it back.</source>
        <translation>Жойылды. Болдырмау (%1) оны қайтарады.</translation>
    </message>
    <message>
        <source>Kasibi documents (*.kasibi)</source>
        <translation>Kasibi құжаттары (*.kasibi)</translation>
    </message>
    <message>
        <source>The new standard could not be created</source>
        <translation>Жаңа стандартты жасау мүмкін болмады</translation>
    </message>
    <message>
        <source>The standard could not be opened</source>
        <translation>Стандартты ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>The standard could not be imported</source>
        <translation>Стандартты импорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>The imported standard could not be saved</source>
        <translation>Импортталған стандартты сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>The sample could not be opened</source>
        <translation>Үлгіні ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>The sample could not be saved</source>
        <translation>Үлгіні сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Көшірмені сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>The standard could not be exported</source>
        <translation>Стандартты экспорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>Kasibi cannot write files of this kind</source>
        <translation>Kasibi мұндай түрдегі файлдарды жаза алмайды</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортталды: %1</translation>
    </message>
    <message>
        <source>Save the imported standard as</source>
        <translation>Импортталған стандартты басқаша сақтау</translation>
    </message>
    <message>
        <source>New standard from the template</source>
        <translation>Үлгі бойынша жаңа стандарт</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>Жаңа стандарт</translation>
    </message>
    <message>
        <source>Open a standard</source>
        <translation>Стандартты ашу</translation>
    </message>
    <message>
        <source>Standards (*.kasibi *.json);;Kasibi documents (*.kasibi);;Interchange format (*.json)</source>
        <translation>Стандарттар (*.kasibi *.json);;Kasibi құжаттары (*.kasibi);;Алмасу пішімі (*.json)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Көшірмені басқаша сақтау</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-көшірме</translation>
    </message>
    <message>
        <source>Import a standard</source>
        <translation>Стандартты импорттау</translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation>Алмасу пішімі (*.json)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 файлдары (*.%2)</translation>
    </message>
    <message>
        <source>Export the standard</source>
        <translation>Стандартты экспорттау</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
</context>
<context>
    <name>kasibi::NavigatorModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source> — ORK %1</source>
        <translation> — СБШ %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(атауы жоқ)</translation>
    </message>
</context>
<context>
    <name>kasibi::NodeForm</name>
    <message>
        <source>Code of the professional standard</source>
        <translation>Кәсіптік стандарттың коды</translation>
    </message>
    <message>
        <source>Made of the OKED section letter, the digits of the OKED subclass and the serial number; set by the fields below.</source>
        <translation>ЭҚЖЖ секциясы мен кіші сыныбы және секциядағы стандарттың реттік нөмірі бойынша белгіленеді — төмендегі өрістер.</translation>
    </message>
    <message>
        <source>List of profession cards</source>
        <translation>Кәсіптер карточкаларының тізбесі</translation>
    </message>
    <message>
        <source>Names per NKZ and ORK levels, from chapter 3.</source>
        <translation>ҰКЖ бойынша атаулары мен СБШ деңгейлері — 3-тараудан.</translation>
    </message>
    <message>
        <source>&lt;i&gt;not yet known: fill in the OKED section, subclass and serial number&lt;/i&gt;</source>
        <translation>&lt;i&gt;әзірге белгісіз: ЭҚЖЖ секциясын, кіші сыныбын және реттік нөмірін толтырыңыз&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;no name yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;атауы жоқ&lt;/i&gt;</translation>
    </message>
    <message>
        <source> — ORK level %1</source>
        <translation> — СБШ деңгейі %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No profession cards yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Кәсіп карточкалары әзірге жоқ.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>kasibi::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Shown with your comments</source>
        <translation>Түсініктемелеріңізде көрсетіледі</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Сіздің атыңыз:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Интерфейс тілі:</translation>
    </message>
    <message>
        <source>Languages of new standards:</source>
        <translation>Жаңа стандарттардың тілдері:</translation>
    </message>
    <message>
        <source>A standard is written in at least one language.</source>
        <translation>Стандарт кемінде бір тілде жазылады.</translation>
    </message>
    <message>
        <source>The interface will be in the new language the next time Kasibi starts.</source>
        <translation>Интерфейс тілі Kasibi келесі іске қосылғанда ауысады.</translation>
    </message>
</context>
<context>
    <name>kasibi::ValidationDock</name>
    <message>
        <source>Validation</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Open a standard to see what the National body would find.</source>
        <translation>Ұлттық орган қандай ескертпе жасайтынын көру үшін стандартты ашыңыз.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Profession card %1</source>
        <translation>%1-кәсіп карточкасы</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the standard meets every criterion checked.</source>
        <translation>Ескертпелер жоқ: стандарт тексерілген барлық өлшемшарттарға сәйкес келеді.</translation>
    </message>
</context>
<context>
    <name>kasibi::WelcomePage</name>
    <message>
        <source>Kasibi</source>
        <translation>Kasibi</translation>
    </message>
    <message>
        <source>Professional standards of the Republic of Kazakhstan, drafted in Kazakh and Russian to the Rules (order No. 377).</source>
        <translation>Қазақстан Республикасының кәсіптік стандарттары қазақ және орыс тілдерінде Қағидаларға сәйкес (№ 377 бұйрық).</translation>
    </message>
    <message>
        <source>New standard…</source>
        <translation>Жаңа стандарт…</translation>
    </message>
    <message>
        <source>An empty standard with the four chapters</source>
        <translation>Төрт тарауы бар бос стандарт</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Үлгі бойынша жаңа…</translation>
    </message>
    <message>
        <source>A standard with one profession card, a mandatory and an additional labour function and two skills each, ready to be filled in</source>
        <translation>Бір кәсіп карточкасы, міндетті және қосымша еңбек функциялары және әрқайсысында екі дағдысы бар стандарт — толтыруға дайын</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <source>Open a .kasibi document or import a .json standard</source>
        <translation>.kasibi құжатын ашу немесе .json стандартын импорттау</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>Үлгіні ашу</translation>
    </message>
    <message>
        <source>A complete bilingual standard: «Mining of ore by the open method»</source>
        <translation>Толық екі тілді стандарт: «Кенді ашық тәсілмен өндіру»</translation>
    </message>
    <message>
        <source>Recent standards</source>
        <translation>Соңғы стандарттар</translation>
    </message>
    <message>
        <source>No recent standards yet.</source>
        <translation>Соңғы стандарттар әзірге жоқ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor of professional standards</source>
        <translation>Кәсіптік стандарттар редакторы</translation>
    </message>
    <message>
        <source>A .kasibi document or a .json standard to open.</source>
        <translation>Ашылатын .kasibi құжаты немесе .json стандарты.</translation>
    </message>
</context>
</TS>
