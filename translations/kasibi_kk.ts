<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ChangeSignificance</name>
    <message>
        <source>The content of a profession card changed (%1 at %2): the change is significant and the standard goes through the whole procedure of chapter 2 again (rule 17).</source>
        <translation>Кәсіп карточкасының мазмұны өзгерді (%1: %2): өзгерістер елеулі, сондықтан стандарт 2-тараудағы рәсімнен толық қайта өтеді (Қағидалардың 17-тармағы).</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Өзгерістер жоқ.</translation>
    </message>
    <message>
        <source>Only fixes of typos in profession cards (%1), which do not change their content: the change is not significant (rule 18).</source>
        <translation>Кәсіптер карточкаларында олардың мазмұнын өзгертпейтін қате жазулар ғана түзетілді (%1): өзгерістер елеусіз (Қағидалардың 18-тармағы).</translation>
    </message>
    <message>
        <source>The content of the profession cards is unchanged: the change is not significant (rule 18).</source>
        <translation>Кәсіптер карточкаларының мазмұны өзгермеді: өзгерістер елеусіз (Қағидалардың 18-тармағы).</translation>
    </message>
</context>
<context>
    <name>ClassifierCsvReader</name>
    <message>
        <source>the file is in UTF-16; save it as UTF-8 or Windows-1251</source>
        <translation>файл UTF-16 кодтауында; оны UTF-8 немесе Windows-1251 кодтауында сақтаңыз</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this system cannot read Windows-1251</source>
        <translation>файл UTF-8 кодтауында емес, ал бұл жүйе Windows-1251 кодтауын оқи алмайды</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1251 text</source>
        <translation>файл UTF-8 немесе Windows-1251 кодтауындағы мәтін емес</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not a classifier edition</source>
        <translation>файл %1 МБ-тан үлкен; бұл жіктеуіш редакциясы емес</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>the file has no header line (code, name_kk, name_ru)</source>
        <translation>файлда тақырып жолы жоқ (code, name_kk, name_ru)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>тырнақшадағы өріс жабылмаған</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1-жол</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (is a name with &quot;%3&quot; in it not quoted?)</source>
        <translation>өрістер саны %1, ал тақырыпта %2 (құрамында &quot;%3&quot; бар атау тырнақшаға алынбаған болуы мүмкін бе?)</translation>
    </message>
</context>
<context>
    <name>ClassifierFill</name>
    <message>
        <source>Fill in OKED %1</source>
        <translation>ЭҚЖЖ %1 бойынша толтыру</translation>
    </message>
    <message>
        <source>Fill in NKZ %1</source>
        <translation>ҰКЖ %1 бойынша толтыру</translation>
    </message>
</context>
<context>
    <name>ClassifierReaders</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls), which Kasibi does not read; save it as .xlsx or as CSV</source>
        <translation>бұл Excel 97-2003 кітабы (.xls), оны Kasibi оқымайды; оны .xlsx немесе CSV пішімінде сақтаңыз</translation>
    </message>
</context>
<context>
    <name>ClassifierStore</name>
    <message>
        <source>cannot create the folder of the classifier store</source>
        <translation>жіктеуіштер қоймасының қалтасын жасау мүмкін емес</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>this is not a Kasibi classifier store</source>
        <translation>бұл Kasibi жіктеуіштер қоймасы емес</translation>
    </message>
    <message>
        <source>the classifier store was written by a newer Kasibi (format %1; this version reads up to %2)</source>
        <translation>жіктеуіштер қоймасын Kasibi-дің жаңарақ нұсқасы жазған (пішімі %1; бұл нұсқа оқи алатын ең жоғары пішім — %2)</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5), which the classifier look-up needs: %1</source>
        <translation>бұл SQLite-та жіктеуіштерден іздеуге қажетті толық мәтіндік іздеу (FTS5) жоқ: %1</translation>
    </message>
    <message>
        <source>the edition needs a name</source>
        <translation>редакцияның атауы болуы керек</translation>
    </message>
    <message>
        <source>the edition holds no entries</source>
        <translation>редакцияда бірде-бір жазба жоқ</translation>
    </message>
    <message>
        <source>the same entries are already loaded as the %1 edition &quot;%2&quot;; nothing was loaded</source>
        <translation>дәл осы жазбалар %1 &quot;%2&quot; редакциясы ретінде бұрыннан жүктелген; ештеңе жүктелмеді</translation>
    </message>
    <message>
        <source>the %1 edition &quot;%2&quot; is already loaded; nothing was loaded (use --replace to load it again in its place)</source>
        <translation>%1 &quot;%2&quot; редакциясы бұрыннан жүктелген; ештеңе жүктелмеді (оны бұрынғысының орнына қайта жүктеу үшін --replace параметрін көрсетіңіз)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of %2; nothing was loaded</source>
        <translation>&quot;%1&quot; — %2 коды емес; ештеңе жүктелмеді</translation>
    </message>
    <message>
        <source>the code %1 appears twice; nothing was loaded</source>
        <translation>%1 коды екі рет кездеседі; ештеңе жүктелмеді</translation>
    </message>
    <message>
        <source>no edition of %1 is loaded</source>
        <translation>%1 бірде-бір редакциясы жүктелмеген</translation>
    </message>
</context>
<context>
    <name>ClassifierTable</name>
    <message>
        <source>section A-U, division 07, group 07.1, class 07.10, subclass 07.10.2</source>
        <translation>секция A-U, бөлім 07, топ 07.1, сынып 07.10, кіші сынып 07.10.2</translation>
    </message>
    <message>
        <source>major group 8, sub-major 83, minor 834, unit group 8342, occupation 8342-1-003</source>
        <translation>негізгі топ 8, топша 83, шағын топ 834, кәсіптер тобы 8342, кәсіп 8342-1-003</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>%1 бағаны екі рет кездеседі</translation>
    </message>
    <message>
        <source>the header must name the columns code, name_kk and name_ru; it has: %1</source>
        <translation>тақырыпта code, name_kk және name_ru бағандары аталуы керек; онда: %1</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>код толтырылмаған</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of %2 (%3)</source>
        <translation>&quot;%1&quot; — %2 коды емес (%3)</translation>
    </message>
    <message>
        <source>the code %1 is already on %2</source>
        <translation>%1 коды бұрын кездескен (%2)</translation>
    </message>
    <message>
        <source>the code %1 has no name</source>
        <translation>%1 кодының атауы жоқ</translation>
    </message>
    <message>
        <source>the file has no header (code, name_kk, name_ru)</source>
        <translation>файлда тақырып жоқ (code, name_kk, name_ru)</translation>
    </message>
    <message>
        <source>the file holds no entries</source>
        <translation>файлда бірде-бір жазба жоқ</translation>
    </message>
</context>
<context>
    <name>ClassifierXlsxReader</name>
    <message>
        <source>is not a readable XLSX workbook: the zip archive is damaged or incomplete</source>
        <translation>оқылатын XLSX кітабы емес: zip архиві зақымдалған немесе толық емес</translation>
    </message>
    <message>
        <source>the archive holds %1 files; a workbook with a classifier holds a few dozen</source>
        <translation>архивтегі файлдар саны: %1, ал жіктеуіші бар кітапта олар бірнеше ондаған болады</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>кітапта %1 бөлігі жоқ</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (is the workbook encrypted or damaged?)</source>
        <translation>%1 бөлігін архивтен шығару мүмкін емес (кітап шифрланған немесе зақымдалған ба?)</translation>
    </message>
    <message>
        <source>the part %1 is damaged: %2</source>
        <translation>%1 бөлігі зақымдалған: %2</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2 MB; this is not a classifier edition</source>
        <translation>%1 бөлігі архивтен шығарғанда %2 МБ-тан асады; бұл жіктеуіш редакциясы емес</translation>
    </message>
    <message>
        <source>the part %1 is damaged (its checksum does not match)</source>
        <translation>%1 бөлігі зақымдалған (оның бақылау сомасы сәйкес келмейді)</translation>
    </message>
    <message>
        <source>a document type declaration, which a workbook never has</source>
        <translation>кітапта ешқашан болмайтын құжат түрінің декларациясы</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2): %3</source>
        <translation>%1 бөлігі дұрыс құрылған XML емес (%2-жол): %3</translation>
    </message>
    <message>
        <source>is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)</source>
        <translation>zip архиві, бірақ XLSX кітабы емес (онда xl/workbook.xml жоқ)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>кітапта парақтар жоқ</translation>
    </message>
    <message>
        <source> (the cell %1%2 holds a number, so leading zeros and dots are lost: format the code column as text)</source>
        <translation> (%1%2 ұяшығында сан тұр, сондықтан бастапқы нөлдер мен нүктелер жоғалады: кодтар бағанына мәтіндік пішім беріңіз)</translation>
    </message>
    <message>
        <source>the cell %1%2 refers to text the workbook does not have</source>
        <translation>%1%2 ұяшығы кітапта жоқ мәтінге сілтейді</translation>
    </message>
    <message>
        <source>cannot be read: no such readable file</source>
        <translation>оқу мүмкін емес: мұндай файл жоқ немесе ол оқуға қолжетімсіз</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not a classifier edition</source>
        <translation>файл %1 МБ-тан үлкен; бұл жіктеуіш редакциясы емес</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2</source>
        <translation>&quot;%1&quot; парағы, %2-жол</translation>
    </message>
    <message>
        <source>no sheet has a header row naming the columns code, name_kk and name_ru (sheets: %1)</source>
        <translation>бірде-бір парақта code, name_kk және name_ru бағандары аталған тақырып жолы жоқ (парақтар: %1)</translation>
    </message>
</context>
<context>
    <name>CommentMerger</name>
    <message>
        <source>this is a copy of another standard, so its comments do not belong here</source>
        <translation>бұл басқа стандарттың көшірмесі, сондықтан оның түсініктемелері бұл стандартқа қатысты емес</translation>
    </message>
</context>
<context>
    <name>CommentPlace</name>
    <message>
        <source>(an element no longer in the standard)</source>
        <translation>(стандартта енді жоқ элемент)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>%1-карточка</translation>
    </message>
    <message>
        <source>Card «%1»</source>
        <translation>«%1» карточкасы</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>this is not a Kasibi document (it is not an SQLite database)</source>
        <translation>бұл Kasibi құжаты емес (SQLite дерекқоры емес)</translation>
    </message>
    <message>
        <source>the file is damaged (bad page size)</source>
        <translation>файл зақымдалған (бет өлшемі қате)</translation>
    </message>
    <message>
        <source>this is an SQLite database of another program (application id 0x%1), not a Kasibi document</source>
        <translation>бұл Kasibi құжаты емес, басқа бағдарламаның SQLite дерекқоры (application id 0x%1)</translation>
    </message>
    <message>
        <source>the document was saved by a newer version of Kasibi (document format %1; this version reads formats up to %2); open it with a newer Kasibi</source>
        <translation>құжатты Kasibi-дің жаңарақ нұсқасы сақтаған (құжат пішімі %1; бұл нұсқа оқи алатын ең жоғары пішім — %2); оны Kasibi-дің жаңарақ нұсқасында ашыңыз</translation>
    </message>
    <message>
        <source>the file is damaged (no format version)</source>
        <translation>файл зақымдалған (пішім нұсқасы жоқ)</translation>
    </message>
    <message>
        <source>the file is damaged: it is shorter than its header says (truncated)</source>
        <translation>файл зақымдалған: ол тақырыбында көрсетілгеннен қысқа (қиылған)</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>файл зақымдалған: %1</translation>
    </message>
    <message>
        <source>the file holds a database object Kasibi does not make (%1 &quot;%2&quot;); it may have been tampered with, so it is not opened</source>
        <translation>файлда Kasibi жасамайтын дерекқор нысаны бар (%1 &quot;%2&quot;); файлға бөгде өзгерістер енгізілген болуы мүмкін, сондықтан ол ашылмады</translation>
    </message>
    <message>
        <source>the file is damaged: tables are missing</source>
        <translation>файл зақымдалған: кестелер жоқ</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>тек оқу үшін ашылды</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл тек оқуға қолжетімді</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>оның қалтасы тек оқуға қолжетімді</translation>
    </message>
    <message>
        <source>the file is in use by another program (%1); it is opened read-only</source>
        <translation>файлды басқа бағдарлама пайдаланып жатыр (%1); ол тек оқу үшін ашылды</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <source>this is a folder, not a document</source>
        <translation>бұл құжат емес, қалта</translation>
    </message>
    <message>
        <source>cannot be opened for writing: %1</source>
        <translation>жазу үшін ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot be brought up to the current format: %1</source>
        <translation>ағымдағы пішімге келтіру мүмкін емес: %1</translation>
    </message>
    <message>
        <source>unknown element kind &quot;%1&quot;</source>
        <translation>белгісіз элемент түрі &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the document has more than one root</source>
        <translation>құжатта бірден көп түбірлік элемент бар</translation>
    </message>
    <message>
        <source>the document has no root</source>
        <translation>құжатта түбірлік элемент жоқ</translation>
    </message>
    <message>
        <source>element %1 has no parent</source>
        <translation>%1 элементінің аталық элементі жоқ</translation>
    </message>
    <message>
        <source>element %1 is out of place</source>
        <translation>%1 элементі өз орнында емес</translation>
    </message>
    <message>
        <source>element %1 is duplicated</source>
        <translation>%1 элементі қайталанады</translation>
    </message>
    <message>
        <source>the document holds no standard</source>
        <translation>құжатта стандарт жоқ</translation>
    </message>
    <message>
        <source>some elements are not attached to the standard</source>
        <translation>кейбір элементтер стандартқа байланбаған</translation>
    </message>
    <message>
        <source>a value belongs to no element</source>
        <translation>мән ешбір элементке тиесілі емес</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; of %2</source>
        <translation>%2 элементінің белгісіз &quot;%1&quot; өрісі</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>файл бұрыннан бар</translation>
    </message>
    <message>
        <source>the file is open in another program; close it there first</source>
        <translation>файл басқа бағдарламада ашық; алдымен оны сол жерде жабыңыз</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>қалта жоқ</translation>
    </message>
    <message>
        <source>cannot write in this folder: %1</source>
        <translation>бұл қалтаға жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>өзгерісті сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>the document cannot be changed: %1</source>
        <translation>құжатты өзгерту мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the versions cannot be read: %1</source>
        <translation>нұсқаларды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>no such version</source>
        <translation>мұндай нұсқа жоқ</translation>
    </message>
    <message>
        <source>the content has no root</source>
        <translation>мазмұнда түбірлік элемент жоқ</translation>
    </message>
</context>
<context>
    <name>DocxStandardWriter</name>
    <message>
        <source>cannot start the package (zip error %1)</source>
        <translation>пакетті жасауды бастау мүмкін емес (zip қатесі %1)</translation>
    </message>
    <message>
        <source>cannot add %1 to the package (zip error %2)</source>
        <translation>%1 бөлігін пакетке қосу мүмкін емес (zip қатесі %2)</translation>
    </message>
    <message>
        <source>cannot finish the package (zip error %1)</source>
        <translation>пакетті жасауды аяқтау мүмкін емес (zip қатесі %1)</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>жазу мүмкін емес: %1</translation>
    </message>
</context>
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
        <translation>Дағдылар, машықтар және білім әрбір еңбек функциясында сипатталады: жоғарыдағы функцияны ашыңыз.</translation>
    </message>
</context>
<context>
    <name>JsonStandardReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1-жол, %2-баған</translation>
    </message>
    <message>
        <source>missing required key &quot;format&quot;: this is not a Kasibi standard</source>
        <translation>міндетті &quot;format&quot; кілті жоқ: бұл Kasibi стандарты емес</translation>
    </message>
    <message>
        <source>expected &quot;kasibi-standard&quot;: this is not a Kasibi standard</source>
        <translation>&quot;kasibi-standard&quot; күтілді: бұл Kasibi стандарты емес</translation>
    </message>
    <message>
        <source>expected the number 1</source>
        <translation>1 саны күтілді</translation>
    </message>
    <message>
        <source>the file is in format version %1, newer than this Kasibi reads (1); open it with a newer Kasibi</source>
        <translation>файл пішімінің нұсқасы — %1, ол осы Kasibi оқитын нұсқадан (1) жаңарақ; оны Kasibi-дің жаңарақ нұсқасында ашыңыз</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логикалық мән</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>жол</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>мән жоқ</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 күтілді, табылғаны: %2</translation>
    </message>
    <message>
        <source>an object with &quot;kk&quot; and &quot;ru&quot;</source>
        <translation>&quot;kk&quot; және &quot;ru&quot; бар объект</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the form %2</source>
        <translation>&quot;%1&quot; %2 үлгісіне сәйкес келмейді</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК түріндегі күн</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD</source>
        <translation>&quot;%1&quot; ЖЖЖЖ-АА-КК түріндегі күн емес</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>%1 мен %2 аралығындағы бүтін сан күтілді, табылғаны: %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true немесе false</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>мына мәндердің бірі күтілді: %1; табылғаны: %2</translation>
    </message>
    <message>
        <source>an array of &quot;kk&quot;, &quot;ru&quot;</source>
        <translation>&quot;kk&quot;, &quot;ru&quot; мәндерінің массиві</translation>
    </message>
    <message>
        <source>expected &quot;kk&quot; or &quot;ru&quot;, each once</source>
        <translation>&quot;kk&quot; немесе &quot;ru&quot; күтілді, әрқайсысы бір реттен артық емес</translation>
    </message>
    <message>
        <source>expected at least one language</source>
        <translation>кемінде бір тіл күтілді</translation>
    </message>
    <message>
        <source>missing required key &quot;id&quot;</source>
        <translation>міндетті &quot;id&quot; кілті жоқ</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>бос емес жол</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used at %2</source>
        <translation>&quot;%1&quot; сәйкестендіргіші бұрыннан қолданылған: %2</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>міндетті &quot;%1&quot; кілті жоқ</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than a standard can be (%2 MB)</source>
        <translation>файлдың көлемі — %1 МБ, бұл стандарттың ең үлкен көлемінен (%2 МБ) асады</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 at %1 (byte %2)</source>
        <translation>мәтін дұрыс UTF-8 емес: %1 (%2-байт)</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON жарамсыз (%1): %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>жоғарғы деңгейде JSON объектісі күтілді</translation>
    </message>
</context>
<context>
    <name>JsonStandardWriter</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>жазу мүмкін емес: %1</translation>
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
        <translation>Машықтар</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Білім</translation>
    </message>
    <message>
        <source>term</source>
        <translation>термин</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>қысқарту</translation>
    </message>
    <message>
        <source>profession card</source>
        <translation>кәсіп карточкасы</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>білім деңгейі</translation>
    </message>
    <message>
        <source>labour function</source>
        <translation>еңбек функциясы</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>дағды</translation>
    </message>
    <message>
        <source>related profession</source>
        <translation>байланысты кәсіп</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>мемлекеттік орган</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>chapter or appendix</source>
        <translation>тарау немесе қосымша</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>басқа атау</translation>
    </message>
    <message>
        <source>personal competency</source>
        <translation>жеке құзырет</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>құжат</translation>
    </message>
    <message>
        <source>ability</source>
        <translation>машық</translation>
    </message>
    <message>
        <source>knowledge item</source>
        <translation>білім</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <source>item</source>
        <translation>тармақ</translation>
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
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Date of the examination</source>
        <translation>Сараптама күні</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Remark of the expert</source>
        <translation>Сарапшының ескертпесі</translation>
    </message>
    <message>
        <source>Approval step</source>
        <translation>Келісу кезеңі</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>PdfStandardWriter</name>
    <message>
        <source>PDF needs the fonts of a graphical application</source>
        <translation>PDF үшін графикалық қолданбаның қаріптері қажет</translation>
    </message>
    <message>
        <source>the font %1 is not installed (Debian package fonts-liberation2)</source>
        <translation>%1 қарпі орнатылмаған (Debian-дағы fonts-liberation2 пакеті)</translation>
    </message>
    <message>
        <source>cannot start painting the pages</source>
        <translation>беттерді салуды бастау мүмкін емес</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>%1-бетті бастау мүмкін емес</translation>
    </message>
    <message>
        <source>cannot finish the pages</source>
        <translation>беттерді салуды аяқтау мүмкін емес</translation>
    </message>
    <message>
        <source>no pages were produced</source>
        <translation>бірде-бір бет жасалмады</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>жазу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>SqliteHardening</name>
    <message>
        <source>the SQLite handle is not available</source>
        <translation>SQLite дескрипторы қолжетімсіз</translation>
    </message>
    <message>
        <source>SQLite refused its defensive settings</source>
        <translation>SQLite қорғаныс баптауларын қабылдамады</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON жарамсыз: %1</translation>
    </message>
    <message>
        <source>expected a day as MM-DD</source>
        <translation>АА-КК түріндегі күн күтілді</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК түріндегі күн күтілді</translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierController</name>
    <message>
        <source>The classifiers could not be opened: %1</source>
        <translation>Жіктеуіштерді ашу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Load &amp;Classifier Edition…</source>
        <translation>Жіктеуіш &amp;редакциясын жүктеу…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>The classifier edition could not be loaded</source>
        <translation>Жіктеуіш редакциясын жүктеу мүмкін болмады</translation>
    </message>
    <message numerus="yes">
        <source>%1 edition “%2” loaded: %n code(s).</source>
        <translation>
            <numerusform>%1 «%2» редакциясы жүктелді: %n код.</numerusform>
            <numerusform>%1 «%2» редакциясы жүктелді: %n код.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n code(s))</source>
        <translation>
            <numerusform>%1: %2 (%n код)</numerusform>
            <numerusform>%1: %2 (%n код)</numerusform>
        </translation>
    </message>
    <message>
        <source>Classifier editions in use:</source>
        <translation>Қолданыстағы жіктеуіш редакциялары:</translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierEditionDialog</name>
    <message>
        <source>&amp;Replace an edition of the same name</source>
        <translation>Аттас редакцияны &amp;ауыстыру</translation>
    </message>
    <message>
        <source>Load a Classifier Edition</source>
        <translation>Жіктеуіш редакциясын жүктеу</translation>
    </message>
    <message>
        <source>OKED (economic activities)</source>
        <translation>ЭҚЖЖ (экономикалық қызмет түрлері)</translation>
    </message>
    <message>
        <source>NKZ (occupations)</source>
        <translation>ҰКЖ (кәсіптер)</translation>
    </message>
    <message>
        <source>e.g. GK RK 03-2019 (2023)</source>
        <translation>мысалы, ҚР МЖ 03-2019 (2023)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Classifier:</source>
        <translation>&amp;Жіктеуіш:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Edition &amp;name:</source>
        <translation>Редакцияның &amp;атауы:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Жүктеу</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or Windows-1251) with the columns code, name_kk and name_ru. The edition loaded last is the one in use.</source>
        <translation>code, name_kk және name_ru бағандары бар Excel кітабы (.xlsx) немесе CSV файлы (UTF-8 немесе Windows-1251). Соңғы жүктелген редакция қолданыста болады.</translation>
    </message>
    <message>
        <source>Classifier editions (*.xlsx *.csv);;All files (*)</source>
        <translation>Жіктеуіш редакциялары (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierLookup</name>
    <message>
        <source>Find the subclass in OKED: code or words in Kazakh or Russian</source>
        <translation>ЭҚЖЖ бойынша кіші сыныпты іздеу: код немесе қазақ не орыс тіліндегі сөздер</translation>
    </message>
    <message>
        <source>Find the occupation in NKZ: code or words in Kazakh or Russian</source>
        <translation>ҰКЖ бойынша кәсіпті іздеу: код немесе қазақ не орыс тіліндегі сөздер</translation>
    </message>
    <message>
        <source>The classifiers could not be opened: %1</source>
        <translation>Жіктеуіштерді ашу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>No classifier store is open.</source>
        <translation>Жіктеуіштер қоймасы ашылмаған.</translation>
    </message>
    <message>
        <source>The %1 edition in use (%2) has no %3: load a full edition with Tools &gt; Load Classifier Edition.</source>
        <translation>Қолданыстағы %1 редакциясында (%2) %3 жоқ: Құралдар &gt; Жіктеуіш редакциясын жүктеу арқылы толық редакцияны жүктеңіз.</translation>
    </message>
    <message>
        <source>subclasses</source>
        <translation>кіші сыныптар</translation>
    </message>
    <message>
        <source>occupations</source>
        <translation>кәсіптер</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>the edition in use has no code %1</source>
        <translation>қолданыстағы редакцияда %1 коды жоқ</translation>
    </message>
</context>
<context>
    <name>kasibi::CommentBadges</name>
    <message numerus="yes">
        <source>%n open comment(s): click to read</source>
        <translation>
            <numerusform>%n ашық түсініктеме: оқу үшін басыңыз</numerusform>
            <numerusform>%n ашық түсініктеме: оқу үшін басыңыз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::CommentEditDialog</name>
    <message>
        <source>Add a comment</source>
        <translation>Түсініктеме қосу</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <source>&lt;b&gt;On:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Орны:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
</context>
<context>
    <name>kasibi::CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Түсініктемелер</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шешілген</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Барлық авторлар</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Жауап беру…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Шешілді деп белгілеу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Open a standard to see its comments.</source>
        <translation>Түсініктемелерін көру үшін стандартты ашыңыз.</translation>
    </message>
    <message>
        <source>No comments match the filter.</source>
        <translation>Сүзгіге сәйкес түсініктемелер жоқ.</translation>
    </message>
    <message>
        <source>No comments yet. Select a field and press %1 to add one.</source>
        <translation>Түсініктемелер әзірге жоқ. Түсініктеме қосу үшін өрісті таңдап, %1 басыңыз.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
</context>
<context>
    <name>kasibi::CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Нұсқаларды салыстыру</translation>
    </message>
    <message>
        <source>Current content</source>
        <translation>Ағымдағы мазмұн</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of %2</source>
        <translation>%2 күнгі «%1» нұсқасы</translation>
    </message>
    <message>
        <source>Another file of this standard…</source>
        <translation>Осы стандарттың басқа файлы…</translation>
    </message>
    <message>
        <source>Older (left):</source>
        <translation>Ертеректегісі (сол жақта):</translation>
    </message>
    <message>
        <source>Newer (right):</source>
        <translation>Кейінгісі (оң жақта):</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Есепті экспорттау…</translation>
    </message>
    <message>
        <source>no such version</source>
        <translation>мұндай нұсқа жоқ</translation>
    </message>
    <message>
        <source>nothing to compare named %1</source>
        <translation>%1 деп аталатын салыстыру нысаны жоқ</translation>
    </message>
    <message>
        <source>not the same standard as the open one (their ids differ)</source>
        <translation>бұл ашық тұрған стандарт емес (олардың сәйкестендіргіштері әртүрлі)</translation>
    </message>
    <message>
        <source>Compare with a File</source>
        <translation>Файлмен салыстыру</translation>
    </message>
    <message>
        <source>Standards (*.kasibi *.json)</source>
        <translation>Стандарттар (*.kasibi *.json)</translation>
    </message>
    <message>
        <source>The file cannot be compared</source>
        <translation>Файлды салыстыру мүмкін емес</translation>
    </message>
    <message>
        <source>the change report is written as .docx or .pdf</source>
        <translation>өзгерістер туралы есеп .docx немесе .pdf пішімінде жазылады</translation>
    </message>
    <message>
        <source>Export the Change Report</source>
        <translation>Өзгерістер туралы есепті экспорттау</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Word құжаты (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Есепті жазу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>kasibi::CompareView</name>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Өзгертілді (%1)</translation>
    </message>
    <message>
        <source>Moved within its list</source>
        <translation>Өз тізімі ішінде жылжытылды</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Жылжытылды</translation>
    </message>
    <message>
        <source>Place and change</source>
        <translation>Орны және өзгеріс</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Ертеректегі нұсқа</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Кейінгі нұсқа</translation>
    </message>
    <message>
        <source>typo fix?</source>
        <translation>қате жазу түзетілді ме?</translation>
    </message>
    <message>
        <source>Tick if this edit only fixes spelling and does not change the content (rule 18).</source>
        <translation>Егер түзету тек қате жазуды түзетсе және мазмұнды өзгертпесе, белгілеңіз (Қағидалардың 18-тармағы).</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Өзгерістер жоқ</translation>
    </message>
    <message>
        <source>Significant change: the whole approval procedure again (rule 17)</source>
        <translation>Елеулі өзгерістер: өзектендіру 2-тараудағы тәртіппен толық жүргізіледі (Қағидалардың 17-тармағы)</translation>
    </message>
    <message>
        <source>Not a significant change (rule 18)</source>
        <translation>Елеусіз өзгерістер (Қағидалардың 18-тармағы)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::ConclusionDialog</name>
    <message>
        <source>Fill from &amp;Validation</source>
        <translation>&amp;Тексеру нәтижелері бойынша толтыру</translation>
    </message>
    <message>
        <source>Conclusion of the National body</source>
        <translation>Ұлттық органның қорытындысы</translation>
    </message>
    <message>
        <source>The conclusion on the expert examination of the draft (Appendix 3 to the Rules). Each criterion is assessed by the expert; the verdicts can be drafted from validation and then changed.</source>
        <translation>Кәсіптік стандарт жобасының сараптамасы қорытындысы бойынша қорытынды (Қағидаларға 3-қосымша). Әрбір өлшемшартты сарапшы бағалайды; бағаларды тексеру нәтижелері бойынша алдын ала толтырып, кейін өзгертуге болады.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Өлшемшарт</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Remark of the expert</source>
        <translation>Сарапшының ескертпесі</translation>
    </message>
    <message>
        <source>Draft every verdict from the findings of validation: &quot;does not meet&quot; where an error stands against the criterion</source>
        <translation>Барлық өлшемшарттар бойынша бағаларды тексеру ескертпелері негізінде алдын ала толтыру: өлшемшарт бойынша қате болса — «сәйкес келмейді»</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>— not assessed —</source>
        <translation>— бағаланбаған —</translation>
    </message>
    <message>
        <source>Choose a verdict first</source>
        <translation>Алдымен бағаны таңдаңыз</translation>
    </message>
    <message>
        <source>Assess criterion %1</source>
        <translation>%1 өлшемшартын бағалау</translation>
    </message>
    <message>
        <source>Fill from validation</source>
        <translation>Тексеру нәтижелері бойынша толтыру</translation>
    </message>
    <message>
        <source>Replace the verdicts and remarks with a draft from validation? Undo brings the present ones back.</source>
        <translation>Бағалар мен ескертпелерді тексеру нәтижелері бойынша алдын ала толтырылғандарымен ауыстыру керек пе? Болдырмау қазіргілерін қайтарады.</translation>
    </message>
    <message>
        <source>Fill the conclusion from validation</source>
        <translation>қорытындыны тексеру нәтижелері бойынша толтыру</translation>
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
        <translation>Телнұсқа жасау: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Жылжыту: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Жою: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Өзгерту: %1</translation>
    </message>
    <message>
        <source>Restore Version &quot;%1&quot;</source>
        <translation>«%1» нұсқасын қалпына келтіру</translation>
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
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <source>Add %1 at the end (Ctrl+Enter in a row adds one after it)</source>
        <translation>Соңына қосу: %1 (жолдағы Ctrl+Enter одан кейін қосады)</translation>
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
        <translation>Телнұсқа жасау: %1 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Remove the %1 (Ctrl+Shift+Delete)</source>
        <translation>Жою: %1 (Ctrl+Shift+Delete)</translation>
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
    <name>kasibi::ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the &amp;Conclusion…</source>
        <translation>&amp;Қорытындыны экспорттау…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Басып шығаруды ал&amp;дын ала қарау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басы&amp;п шығару…</translation>
    </message>
    <message>
        <source>The conclusion could not be exported</source>
        <translation>Қорытындыны экспорттау мүмкін болмады</translation>
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
        <source>Still working on %1: wait until it is done.</source>
        <translation>Әлі орындалуда: %1. Аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Жазылуда: %1…</translation>
    </message>
    <message>
        <source>the work stopped before it was done</source>
        <translation>жұмыс аяқталмай тұрып тоқтатылды</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Басып шығаруға жіберілді.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортталды: %1</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>With the review &amp;comments (as numbered notes)</source>
        <translation>Рецензиялау &amp;түсініктемелерімен (нөмірленген ескертулер түрінде)</translation>
    </message>
    <message>
        <source>the print job</source>
        <translation>басып шығару тапсырмасы</translation>
    </message>
    <message>
        <source>The standard could not be printed</source>
        <translation>Стандартты басып шығару мүмкін болмады</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Түсініктемелер</translation>
    </message>
    <message>
        <source>The review comments as numbered notes at the end</source>
        <translation>Рецензиялау түсініктемелері соңында нөмірленген ескертулер түрінде</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
</context>
<context>
    <name>kasibi::ExportDialog</name>
    <message>
        <source>With the review &amp;comments</source>
        <translation>Рецензиялау &amp;түсініктемелерімен</translation>
    </message>
    <message>
        <source>Export the Standard</source>
        <translation>Стандартты экспорттау</translation>
    </message>
    <message>
        <source>Export the Conclusion</source>
        <translation>Қорытындыны экспорттау</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word құжаты (DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Interchange format (JSON)</source>
        <translation>Алмасу пішімі (JSON)</translation>
    </message>
    <message>
        <source>Word comments in DOCX, numbered notes at the end of a PDF.</source>
        <translation>DOCX-та — Word түсініктемелері, PDF-те — соңындағы нөмірленген ескертулер.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Пішімі:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>The interchange format holds both languages, the comments and everything else the document has.</source>
        <translation>Алмасу пішімі екі тілді де, түсініктемелерді және құжаттың барлық басқа деректерін қамтиды.</translation>
    </message>
    <message>
        <source>-conclusion</source>
        <translation>-қорытынды</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 бұрыннан бар. Ауыстыру керек пе?</translation>
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
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation>«%1» сөзін сөздікке қосу</translation>
    </message>
    <message>
        <source>The word could not be added</source>
        <translation>Сөзді қосу мүмкін болмады</translation>
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
    <name>kasibi::LifecycleController</name>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Нұсқаны &amp;сақтау…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Нұсқалар…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Са&amp;лыстыру…</translation>
    </message>
    <message>
        <source>Load &amp;Holiday Calendar…</source>
        <translation>Мерекелік күндер күнтізбесін &amp;жүктеу…</translation>
    </message>
    <message>
        <source>Approval &amp;Timeline</source>
        <translation>Келісу &amp;барысы</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>&amp;Өмірлік цикл</translation>
    </message>
    <message>
        <source>no document is open</source>
        <translation>құжат ашылмаған</translation>
    </message>
    <message>
        <source>a version needs a name</source>
        <translation>нұсқаның атауы болуы керек</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; saved.</source>
        <translation>«%1» нұсқасы сақталды.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Нұсқаны сақтау</translation>
    </message>
    <message>
        <source>Name of the version (for example, &quot;sent to the state body&quot;):</source>
        <translation>Нұсқаның атауы (мысалы, «мемлекеттік органға жіберілді»):</translation>
    </message>
    <message>
        <source>The version could not be saved</source>
        <translation>Нұсқаны сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>The version could not be opened</source>
        <translation>Нұсқаны ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>no such version</source>
        <translation>мұндай нұсқа жоқ</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>файлды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the calendar cannot be kept: %1</source>
        <translation>күнтізбені сақтау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Load Holiday Calendar</source>
        <translation>Мерекелік күндер күнтізбесін жүктеу</translation>
    </message>
    <message>
        <source>Holiday calendar (*.json)</source>
        <translation>Мерекелік күндер күнтізбесі (*.json)</translation>
    </message>
    <message>
        <source>The holiday calendar was not loaded</source>
        <translation>Мерекелік күндер күнтізбесі жүктелмеді</translation>
    </message>
    <message>
        <source>Holidays loaded from %1.</source>
        <translation>Мерекелік күндер %1 файлынан жүктелді.</translation>
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
        <translation>&amp;Телнұсқа жасау</translation>
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
        <translation>Телнұсқа жасау: %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Телнұсқа жасау</translation>
    </message>
    <message>
        <source>Remove the %1</source>
        <translation>Жою: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Move the %1 up</source>
        <translation>Жоғары жылжыту: %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move the %1 down</source>
        <translation>Төмен жылжыту: %1</translation>
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
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <source>Review mode: the content is read-only; comments and the conclusion can be edited.</source>
        <translation>Рецензиялау режимі: мазмұн тек оқу үшін қолжетімді; түсініктемелер мен қорытындыны өзгертуге болады.</translation>
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
    <name>kasibi::ReviewController</name>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>&amp;Түсініктеме қосу…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <source>Comment on the field being edited, or on the selected element (%1)</source>
        <translation>Өңделіп жатқан өріске немесе таңдалған элементке түсініктеме (%1)</translation>
    </message>
    <message>
        <source>&amp;Review Mode</source>
        <translation>Рецензиялау &amp;режимі</translation>
    </message>
    <message>
        <source>Freeze the content; comments and the conclusion stay editable</source>
        <translation>Мазмұнды өзгертуге тыйым салу; түсініктемелер мен қорытындыны өзгертуге болады</translation>
    </message>
    <message>
        <source>Open for &amp;Review…</source>
        <translation>&amp;Рецензиялау үшін ашу…</translation>
    </message>
    <message>
        <source>&amp;Import Comments From…</source>
        <translation>Түсініктемелерді &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Conclusion…</source>
        <translation>&amp;Қорытынды…</translation>
    </message>
    <message>
        <source>&amp;Export Conclusion…</source>
        <translation>Қорытындыны &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Рецензиялау</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Файл: %2</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Сіздің атыңыз</translation>
    </message>
    <message>
        <source>Comments are signed with your name. It is kept in the preferences, where you can change it.</source>
        <translation>Түсініктемелерге сіздің атыңыз қойылады. Ол баптауларда сақталады, оны сол жерде өзгертуге болады.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>түсініктеме қосу</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>түсініктемеге жауап беру</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>түсініктемені шешілді деп белгілеу</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>түсініктемені қайта ашу</translation>
    </message>
    <message>
        <source>The comment could not be deleted</source>
        <translation>Түсініктемені жою мүмкін болмады</translation>
    </message>
    <message>
        <source>Only the author of a comment can delete it.</source>
        <translation>Түсініктемені тек оның авторы ғана жоя алады.</translation>
    </message>
    <message>
        <source>Others have replied to it: resolve it instead.</source>
        <translation>Оған басқалар жауап берген: жоюдың орнына оны шешілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>түсініктемені жою</translation>
    </message>
    <message>
        <source>The comments could not be imported</source>
        <translation>Түсініктемелерді импорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>No new comments in %1.</source>
        <translation>%1 ішінде жаңа түсініктемелер жоқ.</translation>
    </message>
    <message>
        <source>Import comments</source>
        <translation>түсініктемелерді импорттау</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) imported from %1.</source>
        <translation>
            <numerusform>%1 ішінен %n түсініктеме импортталды.</numerusform>
            <numerusform>%1 ішінен %n түсініктеме импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conclusion could not be exported</source>
        <translation>Қорытындыны экспорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>the conclusion can be written as %1 only</source>
        <translation>қорытындыны тек %1 пішімінде жазуға болады</translation>
    </message>
    <message>
        <source>Conclusion exported to %1</source>
        <translation>Қорытынды экспортталды: %1</translation>
    </message>
    <message>
        <source>Select a field or an element to comment on.</source>
        <translation>Түсініктеме жазылатын өрісті немесе элементті таңдаңыз.</translation>
    </message>
    <message>
        <source>Open a standard for review</source>
        <translation>Стандартты рецензиялау үшін ашу</translation>
    </message>
    <message>
        <source>Kasibi documents (*.kasibi)</source>
        <translation>Kasibi құжаттары (*.kasibi)</translation>
    </message>
    <message>
        <source>Import comments from a reviewed copy</source>
        <translation>Рецензияланған көшірмеден түсініктемелерді импорттау</translation>
    </message>
    <message>
        <source>Standards (*.kasibi *.json)</source>
        <translation>Стандарттар (*.kasibi *.json)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 файлдары (*.%2)</translation>
    </message>
    <message>
        <source>Export the conclusion</source>
        <translation>Қорытындыны экспорттау</translation>
    </message>
    <message>
        <source>-conclusion</source>
        <translation>-қорытынды</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) imported from %1</source>
        <translation>
            <numerusform>%1 ішінен %n түсініктеме импортталды</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s) resolved there.</source>
        <translation>
            <numerusform>, онда шешілген талқылаулар: %n.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::SpellChecker</name>
    <message>
        <source>cannot create the folder of the personal dictionary</source>
        <translation>жеке сөздіктің қалтасын құру мүмкін емес</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>жазу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>kasibi::StandardDocument</name>
    <message>
        <source>the document cannot be changed: %1</source>
        <translation>құжатты өзгерту мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the document is open for review: its content cannot be changed, only comments and the conclusion</source>
        <translation>құжат рецензиялау үшін ашық: оның мазмұнын өзгертуге болмайды, тек түсініктемелер мен қорытындыны ғана өзгертуге болады</translation>
    </message>
    <message>
        <source>no element with id %1</source>
        <translation>%1 сәйкестендіргіші бар элемент жоқ</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 элементінде &quot;%2&quot; өрісі жоқ</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; takes no language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; өрісі &quot;%2&quot; тілін қабылдамайды</translation>
    </message>
    <message>
        <source>nothing can be added there</source>
        <translation>мұнда ештеңе қосуға болмайды</translation>
    </message>
    <message>
        <source>this element cannot be placed there</source>
        <translation>бұл элементті мұнда орналастыруға болмайды</translation>
    </message>
    <message>
        <source>there is already one there</source>
        <translation>мұнда мұндай элемент бұрыннан бар</translation>
    </message>
    <message>
        <source>an element with id %1 exists already</source>
        <translation>%1 сәйкестендіргіші бар элемент бұрыннан бар</translation>
    </message>
    <message>
        <source>this element cannot be removed</source>
        <translation>бұл элементті жоюға болмайды</translation>
    </message>
    <message>
        <source>this element cannot be moved</source>
        <translation>бұл элементті жылжытуға болмайды</translation>
    </message>
    <message>
        <source>the content is of another standard</source>
        <translation>мазмұн басқа стандартқа тиесілі</translation>
    </message>
</context>
<context>
    <name>kasibi::TimelineDock</name>
    <message>
        <source>Approval Timeline</source>
        <translation>Келісу барысы</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>Кезең &amp;қосу</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Кезеңді жою</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Working days: weekends and public holidays of %1.</source>
        <translation>Жұмыс күндері: демалыс және мереке күндерін есептемегенде; дереккөзі: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from the start (rule %1)</source>
        <translation>
            <numerusform>Кезең басталғаннан бастап %n жұмыс күні (Қағидалардың %1-тармағы)</numerusform>
            <numerusform>Кезең басталғаннан бастап %n жұмыс күні (Қағидалардың %1-тармағы)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтіп кетті</translation>
    </message>
    <message>
        <source>Approval step: %1, due %2</source>
        <translation>Келісу кезеңі: %1, мерзімі — %2</translation>
    </message>
    <message>
        <source>Approval step: %1</source>
        <translation>Келісу кезеңі: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтіп кетті</translation>
    </message>
    <message>
        <source>Chapter 4 gives no year of release or planned update date, so the three years of rule 16 cannot be checked.</source>
        <translation>4-тарауда шығарылған жылы немесе болжамды өзектендіру күні көрсетілмеген, сондықтан Қағидалардың 16-тармағындағы үш жылдық мерзімді тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>Planned update %1: within three years of the release in %2 (rule 16).</source>
        <translation>Болжамды өзектендіру күні (%1): %2 жылы шығарылғаннан кейін үш жыл ішінде (Қағидалардың 16-тармағы).</translation>
    </message>
    <message>
        <source>Planned update %1 is later than %2: a standard is updated at least once every three years after its release in %3 (rule 16).</source>
        <translation>Болжамды өзектендіру күні (%1) %2 жылдан кеш: кәсіптік стандарт кемінде үш жылда бір рет өзектендіріледі, ал стандарт %3 жылы шығарылған (Қағидалардың 16-тармағы).</translation>
    </message>
    <message>
        <source>Add approval step</source>
        <translation>келісу кезеңін қосу</translation>
    </message>
    <message>
        <source>the calendar of Kazakhstan shipped with Kasibi</source>
        <translation>Kasibi-мен бірге жеткізілетін Қазақстан Республикасының күнтізбесі</translation>
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
    <message>
        <source>&amp;Go to the Field</source>
        <translation>Өріске &amp;өту</translation>
    </message>
    <message>
        <source>&amp;Apply the Classifier&apos;s Wording</source>
        <translation>Жіктеуіштің &amp;тұжырымын қолдану</translation>
    </message>
</context>
<context>
    <name>kasibi::VersionWindow</name>
    <message>
        <source>no temporary folder for the version</source>
        <translation>нұсқа үшін уақытша қалта жоқ</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of %2 (read-only)</source>
        <translation>%2 күнгі «%1» нұсқасы (тек оқу)</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot;, saved %2. It is shown read-only; to make it the current content, restore it in Versions.</source>
        <translation>%2 сақталған «%1» нұсқасы. Ол тек оқу үшін ашық; оны ағымдағы мазмұн ету үшін «Нұсқалар» терезесінде қалпына келтіріңіз.</translation>
    </message>
</context>
<context>
    <name>kasibi::VersionsDialog</name>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>Тек оқу үшін &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation>Ағымдағы мазмұнмен &amp;салыстыру</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталған күні</translation>
    </message>
    <message>
        <source>Makes this version the current content; Undo takes it back.</source>
        <translation>Осы нұсқаны ағымдағы мазмұн етеді; болдырмау бұрынғысын қайтарады.</translation>
    </message>
    <message>
        <source>The version could not be restored</source>
        <translation>Нұсқаны қалпына келтіру мүмкін болмады</translation>
    </message>
    <message>
        <source>Versions are kept inside the document file. Save one with Lifecycle &gt; Save Version.</source>
        <translation>Нұсқалар құжат файлының ішінде сақталады. Нұсқаны сақтау үшін Өмірлік цикл &gt; Нұсқаны сақтау тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>no version is selected</source>
        <translation>нұсқа таңдалмаған</translation>
    </message>
    <message>
        <source>the document refused the restored content</source>
        <translation>құжат қалпына келтірілген мазмұнды қабылдамады</translation>
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
