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
    <name>Classifier</name>
    <message>
        <source>OKED</source>
        <translation>ЭҚЖЖ</translation>
    </message>
    <message>
        <source>NKZ</source>
        <translation>ҰКЖ</translation>
    </message>
    <message>
        <source>The full edition is the General Classifier of Types of Economic Activity (GK RK 03-2019), published by the Bureau of National Statistics on statinfo.kz: download it as an Excel workbook.</source>
        <translation>Толық редакциясы — Экономикалық қызмет түрлерінің жалпы жіктеуіші (ҚР МЖ 03-2019), оны Ұлттық статистика бюросы statinfo.kz сайтында жариялайды: оны Excel кітабы ретінде жүктеп алыңыз.</translation>
    </message>
    <message>
        <source>The full edition is the National Classifier of Occupations (NK RK 01-2017), published by the Ministry of Labour and Social Protection of the Population: save it as an Excel workbook.</source>
        <translation>Толық редакциясы — Ұлттық кәсіптер жіктеуіші (ҚР ҰЖ 01-2017), оны Еңбек және халықты әлеуметтік қорғау министрлігі жариялайды: оны Excel кітабы ретінде сақтаңыз.</translation>
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
    <message>
        <source>cannot be brought up to date: %1</source>
        <translation>жаңарту мүмкін емес: %1</translation>
    </message>
    <message>
        <source>there is no %1 edition &quot;%2&quot;</source>
        <translation>%1 «%2» редакциясы жоқ</translation>
    </message>
    <message>
        <source>the built-in edition comes with Kasibi and cannot be removed</source>
        <translation>кірістірілген редакция Kasibi-мен бірге келеді, оны жоюға болмайды</translation>
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
    <message>
        <source>XLSX workbook</source>
        <translation>XLSX жұмыс кітабы</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>жұмыс кітабы</translation>
    </message>
    <message>
        <source>a classifier edition</source>
        <translation>жіктеуіш редакциясы</translation>
    </message>
    <message>
        <source>a workbook with a classifier holds a few dozen</source>
        <translation>жіктеуіші бар жұмыс кітабында олар бірнеше ондаған</translation>
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
    <message>
        <source>The whole standard</source>
        <translation>Стандарт тұтастай</translation>
    </message>
    <message>
        <source>%1 (no longer in the standard)</source>
        <translation>%1 (элемент стандартта енді жоқ)</translation>
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
    <message>
        <source>the file is locked by another program</source>
        <translation>файлды басқа бағдарлама бұғаттаған</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <source>the disk reported an I/O error</source>
        <translation>диск енгізу-шығару қатесі туралы хабарлады</translation>
    </message>
    <message>
        <source>the file is damaged: its registry version is unreadable</source>
        <translation>файл зақымдалған: оның тізілімдегі нұсқасын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>no lock file can be written beside it (is the disk full?); it is opened read-only</source>
        <translation>оның жанына бұғаттау файлын жазу мүмкін емес (диск толы ма?); ол тек оқу үшін ашылды</translation>
    </message>
    <message>
        <source>a document cannot be copied over itself</source>
        <translation>құжатты өзінің үстіне көшіруге болмайды</translation>
    </message>
    <message>
        <source>the changes could not be copied into the file: %1</source>
        <translation>өзгерістерді файлға көшіру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>the change could not be saved: the file has been removed or moved since it was opened</source>
        <translation>өзгерісті сақтау мүмкін болмады: файл ашылғаннан кейін жойылған немесе жылжытылған</translation>
    </message>
</context>
<context>
    <name>DocxStandardReader</name>
    <message>
        <source>a professional standard</source>
        <translation>кәсіптік стандарт</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
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
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word құжаты (DOCX)</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>Import it into a new standard with the command kasibi-cli import FILE.docx -o STANDARD.kasibi, or ask the author for the .kasibi file.</source>
        <translation>Оны kasibi-cli import FILE.docx -o STANDARD.kasibi командасымен жаңа стандартқа импорттаңыз немесе авторден .kasibi файлын сұраңыз.</translation>
    </message>
    <message>
        <source>Save it as a Word document (.docx) in Word or LibreOffice, then import that.</source>
        <translation>Оны Word немесе LibreOffice бағдарламасында Word құжаты (.docx) ретінде сақтап, содан кейін импорттаңыз.</translation>
    </message>
    <message>
        <source>The file cannot be read: check that it is still there and that you may open it.</source>
        <translation>Файлды оқу мүмкін емес: оның орнында екенін және оны ашуға құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no standard. If it was sent to you, ask for it again.</source>
        <translation>Файл бос: онда стандарт жоқ. Егер оны сізге жіберсе, қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <source>This is a Word document, not a Kasibi standard.</source>
        <translation>Бұл Kasibi стандарты емес, Word құжаты.</translation>
    </message>
    <message>
        <source>This is a Word 97-2003 document (.doc), not a Kasibi standard.</source>
        <translation>Бұл Kasibi стандарты емес, Word 97-2003 құжаты (.doc).</translation>
    </message>
    <message>
        <source>This is an RTF document, not a Kasibi standard.</source>
        <translation>Бұл Kasibi стандарты емес, RTF құжаты.</translation>
    </message>
    <message>
        <source>This is a LibreOffice Writer document (.odt), not a Kasibi standard.</source>
        <translation>Бұл Kasibi стандарты емес, LibreOffice Writer құжаты (.odt).</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a standard. If it holds a classifier edition, load it with Tools &gt; Load Classifier Edition.</source>
        <translation>Бұл стандарт емес, Excel кітабы. Егер онда жіктеуіш редакциясы болса, оны Құралдар &gt; Жіктеуіш редакциясын жүктеу командасымен жүктеңіз.</translation>
    </message>
    <message>
        <source>This is a PDF file, which cannot be edited. Ask the author for the .kasibi file or for the Word document.</source>
        <translation>Бұл PDF файлы, оны өңдеуге болмайды. Авторден .kasibi файлын немесе Word құжатын сұраңыз.</translation>
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
    <message>
        <source>Approving order</source>
        <translation>Бекіту туралы бұйрық</translation>
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
    <message>
        <source>&quot;%1&quot; is not known to this version of Kasibi, which would lose it; the file may come from a newer Kasibi</source>
        <translation>«%1» Kasibi-дің бұл нұсқасына белгісіз, ол жоғалып кетер еді; файл Kasibi-дің жаңарақ нұсқасында жасалған болуы мүмкін</translation>
    </message>
    <message>
        <source>the comment is on &quot;%1&quot;, which is no element of this standard</source>
        <translation>ескерту «%1» элементіне жазылған, ал бұл стандартта мұндай элемент жоқ</translation>
    </message>
    <message>
        <source>the reply answers &quot;%1&quot;, which is no other comment of this standard</source>
        <translation>жауап «%1» ескертуіне берілген, ал бұл стандартта мұндай басқа ескерту жоқ</translation>
    </message>
</context>
<context>
    <name>JsonStandardWriter</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation>Алмасу пішімі (*.json)</translation>
    </message>
    <message>
        <source>Interchange format (JSON)</source>
        <translation>Алмасу пішімі (JSON)</translation>
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
    <message>
        <source>Approving order: issued by</source>
        <translation>Бекіту туралы бұйрық: кім шығарған</translation>
    </message>
    <message>
        <source>Approving order: number</source>
        <translation>Бекіту туралы бұйрық: нөмірі</translation>
    </message>
    <message>
        <source>Approving order: date</source>
        <translation>Бекіту туралы бұйрық: күні</translation>
    </message>
    <message>
        <source>Approving order: number of the appendix</source>
        <translation>Бекіту туралы бұйрық: қосымшаның нөмірі</translation>
    </message>
    <message>
        <source>Three digits, e.g. 012. A draft may leave it empty: the number is assigned when the standard is placed on the digital platform of the National Qualifications System.</source>
        <translation>Үш цифр, мысалы 012. Жобада көрсетпеуге болады: нөмір стандарт Ұлттық біліктілік жүйесінің цифрлық платформасында орналастырылған кезде беріледі.</translation>
    </message>
</context>
<context>
    <name>LanguageAligner</name>
    <message>
        <source>the files differ: %1 is «%2» in one and «%3» in the other; the first is kept</source>
        <translation>файлдар сәйкес келмейді: %1 біреуінде «%2», екіншісінде «%3»; біріншісі қалдырылды</translation>
    </message>
    <message>
        <source>only in the first file: the %1 file has no counterpart for it</source>
        <translation>тек бірінші файлда: %1 тіліндегі файлда оған сәйкес келетін жоқ</translation>
    </message>
    <message>
        <source>only in the %1 file: added with its text in that language only</source>
        <translation>тек %1 тіліндегі файлда: тек сол тілдегі мәтінімен қосылды</translation>
    </message>
</context>
<context>
    <name>OoxmlPackage</name>
    <message>
        <source>is not a readable %1: the zip archive is damaged or incomplete</source>
        <translation>%1 ретінде оқылмайды: zip мұрағаты зақымдалған немесе толық емес</translation>
    </message>
    <message>
        <source>the archive holds %1 files; %2</source>
        <translation>мұрағатта %1 файл бар; %2</translation>
    </message>
    <message>
        <source>the %1 has no part %2</source>
        <translation>%1 ішінде %2 бөлігі жоқ</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (is the %2 encrypted or damaged?)</source>
        <translation>%1 бөлігі ашылмайды (%2 шифрланған немесе зақымдалған ба?)</translation>
    </message>
    <message>
        <source>the part %1 is damaged: %2</source>
        <translation>%1 бөлігі зақымдалған: %2</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2 MB; this is not %3</source>
        <translation>%1 бөлігі %2 МБ-тан артық болып ашылады; бұл %3 емес</translation>
    </message>
    <message>
        <source>the part %1 is damaged (its checksum does not match)</source>
        <translation>%1 бөлігі зақымдалған (бақылау сомасы сәйкес емес)</translation>
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
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>PngImageWriter</name>
    <message>
        <source>the image is empty or too large</source>
        <translation>сурет бос немесе тым үлкен</translation>
    </message>
    <message>
        <source>out of memory for the PNG image</source>
        <translation>PNG суреті үшін жад жеткіліксіз</translation>
    </message>
    <message>
        <source>the PNG image could not be written: %1</source>
        <translation>PNG суретін жазу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>PublishedLink</name>
    <message>
        <source>published as version %1, but the file cannot be opened to record that: %2</source>
        <translation>%1-нұсқа ретінде жарияланды, бірақ мұны жазу үшін файлды ашу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>published as version %1, but the file cannot be written to record that: %2; pull version %1 to go on from it</source>
        <translation>%1-нұсқа ретінде жарияланды, бірақ мұны файлға жазу мүмкін болмады: %2; жұмысты жалғастыру үшін %1-нұсқаны алыңыз</translation>
    </message>
    <message>
        <source>published as version %1, but the file now records another registry version (it was pulled or published again meanwhile), so it was left as it is</source>
        <translation>%1-нұсқа ретінде жарияланды, бірақ файл енді тізілімнің басқа нұсқасын көрсетеді (осы уақытта ол қайта алынды немесе жарияланды), сондықтан ол өзгеріссіз қалдырылды</translation>
    </message>
</context>
<context>
    <name>QualificationMap</name>
    <message>
        <source>%1 is not an OKED section (a letter, e.g. B) or division (two digits, e.g. 07)</source>
        <translation>%1 — ЭҚЖЖ секциясы (әріп, мысалы B) да, бөлімі (екі цифр, мысалы 07) де емес</translation>
    </message>
    <message>
        <source>the map cannot be made: %1</source>
        <translation>картаны құру мүмкін емес: %1</translation>
    </message>
    <message>
        <source>no registered standard has a card in OKED %1</source>
        <translation>тіркелген стандарттардың ешқайсысында ЭҚЖЖ %1 бойынша карточка жоқ</translation>
    </message>
</context>
<context>
    <name>QualificationMapPainter</name>
    <message>
        <source>a qualification map is written as .svg or .png</source>
        <translation>біліктілік картасы .svg немесе .png түрінде жазылады</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot be written: the drawing failed</source>
        <translation>жазу мүмкін емес: сызу сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>cannot be written: the image is too large</source>
        <translation>жазу мүмкін емес: сурет тым үлкен</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>this database already holds a registry (schema %1); to bring it up to date, use registry upgrade</source>
        <translation>бұл дерекқорда тізілім бар (схема %1); оны жаңарту үшін registry upgrade пайдаланыңыз</translation>
    </message>
    <message>
        <source>this database holds no registry; make one with registry init</source>
        <translation>бұл дерекқорда тізілім жоқ; оны registry init командасымен жасаңыз</translation>
    </message>
    <message>
        <source>the registry has an older schema (%1; this version of Kasibi uses %2); its administrator brings it up to date with registry upgrade</source>
        <translation>тізілімнің схемасы ескі (%1; Kasibi-дің бұл нұсқасы %2 пайдаланады); тізілім әкімшісі оны registry upgrade командасымен жаңартады</translation>
    </message>
    <message>
        <source>the registry cannot be read: %1</source>
        <translation>тізілім оқылмайды: %1</translation>
    </message>
    <message>
        <source>your account (%1) may not %2</source>
        <translation>сіздің есептік жазбаңызға (%1) рұқсат жоқ: %2</translation>
    </message>
    <message>
        <source>the registry refused to %1: %2</source>
        <translation>тізілім бас тартты (%1): %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>no registered version</source>
        <translation>тіркелген нұсқалардың ешқайсысы</translation>
    </message>
    <message>
        <source>publishing is refused: version %1 of this standard was published by %2 on %3, after the version this document comes from (%4); pull version %1 and compare it with yours first</source>
        <translation>жариялаудан бас тартылды: бұл стандарттың %1-нұсқасын %2 (%3) осы құжат алынған нұсқадан (%4) кейін жариялады; алдымен %1-нұсқаны алып, өзіңіздікімен салыстырыңыз</translation>
    </message>
    <message>
        <source>read the standard&apos;s versions</source>
        <translation>стандарт нұсқаларын оқу</translation>
    </message>
    <message>
        <source>the registry has no version %1 of standard %2</source>
        <translation>тізілімде %2 стандартының %1-нұсқасы жоқ</translation>
    </message>
    <message>
        <source>read the registry</source>
        <translation>тізілімді оқу</translation>
    </message>
    <message>
        <source>the document says it matches version %1 of its standard, which this registry does not have (its latest is %2)</source>
        <translation>құжат өз стандартының %1-нұсқасына сәйкес екенін көрсетеді, ал бұл тізілімде ондай нұсқа жоқ (соңғысы — %2)</translation>
    </message>
    <message>
        <source>read the registry&apos;s accounts</source>
        <translation>тізілімнің есептік жазбаларын оқу</translation>
    </message>
    <message>
        <source>the standard names no developer organisation, and your account (%1) belongs to none</source>
        <translation>стандартта әзірлеуші ұйым көрсетілмеген, ал сіздің есептік жазбаңыз (%1) ешбір ұйымға тиесілі емес</translation>
    </message>
    <message>
        <source>your account (%1) may not publish standards: it is not an author of any organisation in this registry</source>
        <translation>сіздің есептік жазбаңызға (%1) стандарттарды жариялауға рұқсат жоқ: ол бұл тізілімдегі ешбір ұйымның авторы емес</translation>
    </message>
    <message>
        <source>register the organisation</source>
        <translation>ұйымды тіркеу</translation>
    </message>
    <message>
        <source>the standard&apos;s id %1 is not a UUID; export and import it to give it one</source>
        <translation>%1 стандарт идентификаторы UUID емес; оны алу үшін стандартты экспорттап, қайта импорттаңыз</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>жариялау</translation>
    </message>
    <message>
        <source>your account (%1) may not publish standards of organisation %2</source>
        <translation>сіздің есептік жазбаңызға (%1) %2 ұйымының стандарттарын жариялауға рұқсат жоқ</translation>
    </message>
    <message>
        <source>%1 is not a standard&apos;s id (a UUID, as registry list shows)</source>
        <translation>%1 — стандарт идентификаторы емес (registry list көрсететін UUID)</translation>
    </message>
    <message>
        <source>read the standard</source>
        <translation>стандартты оқу</translation>
    </message>
    <message>
        <source>the registry has no standard %1</source>
        <translation>тізілімде %1 стандарты жоқ</translation>
    </message>
    <message>
        <source>comment on published standards</source>
        <translation>жарияланған стандарттарға ескерту жазу</translation>
    </message>
    <message>
        <source>give the conclusion on published standards</source>
        <translation>жарияланған стандарттар бойынша қорытынды беру</translation>
    </message>
    <message>
        <source>the document has no comments and no conclusion to send</source>
        <translation>құжатта жіберетін ескертпелер де, қорытынды да жоқ</translation>
    </message>
</context>
<context>
    <name>RegistryCheck</name>
    <message>
        <source>the registry cannot be checked: %1</source>
        <translation>тізілімді тексеру мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>RegistryConnection</name>
    <message>
        <source>no registry is given: pass --db with a PostgreSQL connection string or URI, or set %1</source>
        <translation>тізілім көрсетілмеген: --db арқылы PostgreSQL қосылу жолын не URI беріңіз немесе %1 орнатыңыз</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URI: %1</source>
        <translation>жарамсыз PostgreSQL URI: %1</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>белгісіз &quot;%1&quot; параметрі</translation>
    </message>
    <message>
        <source>the connection string cannot contain &apos;;&apos;</source>
        <translation>қосылу жолында «;» болмауы керек</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian: apt-get install libqt6sql6-psql</source>
        <translation>Qt-тың PostgreSQL драйвері (QPSQL) орнатылмаған; Debian-да: apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to the registry: %1</source>
        <translation>тізілімге қосылу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot connect to the registry: the server did not answer in time (%1)</source>
        <translation>тізілімге қосылу мүмкін емес: сервер уақытында жауап бермеді (%1)</translation>
    </message>
    <message>
        <source>the registry did not answer within %1 s</source>
        <translation>тізілім %1 с ішінде жауап бермеді</translation>
    </message>
    <message>
        <source>cannot ask the registry to stop: %1</source>
        <translation>тізілімнен тоқтауды сұрау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>RegistryMigrations</name>
    <message>
        <source>the registry was made by a newer version of Kasibi (registry schema %1; this version knows up to %2); use a newer Kasibi</source>
        <translation>тізілім Kasibi-дің жаңарақ нұсқасымен жасалған (тізілім схемасы %1; бұл нұсқа %2 дейін біледі); Kasibi-дің жаңарақ нұсқасын пайдаланыңыз</translation>
    </message>
    <message>
        <source>the registry schema step %1 is missing</source>
        <translation>тізілім схемасының %1 қадамы жоқ</translation>
    </message>
    <message>
        <source>the registry cannot be brought to schema %1: %2</source>
        <translation>тізілімді %1 схемасына келтіру мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>RegistrySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation>іздейтін ештеңе жоқ</translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation>іздеу сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <source>On «%1»: %2</source>
        <translation>«%1» туралы: %2</translation>
    </message>
    <message>
        <source>Insert «%1»</source>
        <translation>«%1» қосу</translation>
    </message>
    <message>
        <source>Delete «%1»</source>
        <translation>«%1» жою</translation>
    </message>
    <message>
        <source>Replace «%1» with «%2»</source>
        <translation>«%1» орнына «%2» жазу</translation>
    </message>
    <message>
        <source>Tracked change: %1</source>
        <translation>Бақыланатын түзету: %1</translation>
    </message>
    <message>
        <source>Reviewer in Word</source>
        <translation>Word-тағы рецензент</translation>
    </message>
    <message>
        <source>was exported from another standard (id %1, this one is %2): its remarks do not belong here</source>
        <translation>басқа стандарттан экспортталған (id %1, бұл стандарттікі %2): оның ескертулері бұған жатпайды</translation>
    </message>
</context>
<context>
    <name>ReviewedFileReader</name>
    <message>
        <source>a reviewed standard</source>
        <translation>рецензияланған стандарт</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep, which no document is</source>
        <translation>элементтер %1 деңгейден тереңірек салынған, құжаттарда мұндай болмайды</translation>
    </message>
    <message>
        <source>document</source>
        <translation>құжат</translation>
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
    <name>StandardRecognizer</name>
    <message>
        <source>paragraph %1</source>
        <translation>%1-абзац</translation>
    </message>
    <message>
        <source>table %1, row %2, cell %3</source>
        <translation>%1-кесте, %2-жол, %3-ұяшық</translation>
    </message>
    <message>
        <source>no label claims this text; it is kept in &quot;Unplaced text&quot; for the author to move: %1</source>
        <translation>бұл мәтін ешбір белгіге жатпайды; автор оны көшіруі үшін ол &quot;Орналастырылмаған мәтін&quot; бөлімінде сақталды: %1</translation>
    </message>
    <message>
        <source>a «Задача» (task) of the older template is taken as a skill of its labour function</source>
        <translation>ескі үлгідегі «Задача» (міндет) өз еңбек функциясының дағдысы ретінде алынды</translation>
    </message>
    <message>
        <source>«Умения и навыки» (abilities and skills) of the older template are taken as abilities</source>
        <translation>ескі үлгідегі «Умения и навыки» (машықтар мен дағдылар) машықтар ретінде алынды</translation>
    </message>
    <message>
        <source>«%1» has no place in the 2023 structure; kept in an extra section</source>
        <translation>«%1» үшін 2023 жылғы құрылымда орын жоқ; қосымша бөлімде сақталды</translation>
    </message>
    <message>
        <source>skills printed without a labour function above them: a labour function without a name holds them</source>
        <translation>дағдылар үстінде еңбек функциясы жоқ басылған: олар атауы жоқ еңбек функциясына орналастырылды</translation>
    </message>
    <message>
        <source>the older template prints no skills: the abilities and knowledge of each labour function are put into one skill without a name, for the author to name and split</source>
        <translation>ескі үлгіде дағдылар жоқ: әр еңбек функциясының машықтары мен білімдері атауы жоқ бір дағдыға біріктірілді, автор оған атау беріп, оны бөлуі үшін</translation>
    </message>
    <message>
        <source>a field of the older template without a place in the 2023 structure</source>
        <translation>ескі үлгінің 2023 жылғы құрылымда орны жоқ өрісі</translation>
    </message>
    <message>
        <source>the standard&apos;s number «%1» is not the serial number of the 2023 code (three digits); kept as printed</source>
        <translation>стандарттың «%1» нөмірі 2023 жылғы кодтың реттік нөмірі емес (үш цифр); басылғандай сақталды</translation>
    </message>
    <message>
        <source>an OKED entry printed without its code; the 2023 structure needs the codes of section, division, group, class and subclass</source>
        <translation>ЭҚЖЖ позициясы кодсыз басылған; 2023 жылғы құрылымға секция, бөлім, топ, сынып және сыныпша кодтары қажет</translation>
    </message>
    <message>
        <source>the code printed for the profession, %1, is an NKZ group code; the occupation code is left for the author</source>
        <translation>кәсіп үшін басылған %1 коды — ҰКЖ тобының коды; кәсіптің ҰКЖ коды авторға қалдырылды</translation>
    </message>
    <message>
        <source>the profession&apos;s code is printed with more than a code; kept as printed</source>
        <translation>кәсіптің коды басқа мәтінмен бірге басылған; басылғандай сақталды</translation>
    </message>
    <message>
        <source>the group code is not four digits; kept as printed</source>
        <translation>топ коды төрт цифрдан тұрмайды; басылғандай сақталды</translation>
    </message>
    <message>
        <source>the group code printed as «%1» is taken as %2</source>
        <translation>«%1» түрінде басылған топ коды %2 ретінде алынды</translation>
    </message>
    <message>
        <source>the level is printed as the range %1-%2; the lower level %1 is taken</source>
        <translation>деңгей %1-%2 аралығы ретінде басылған; төменгі %1 деңгейі алынды</translation>
    </message>
    <message>
        <source>a range of levels, kept as printed</source>
        <translation>деңгейлер аралығы, басылғандай сақталды</translation>
    </message>
    <message>
        <source>the education and experience printed with the ORK level are taken as the required education</source>
        <translation>СБШ деңгейімен бірге басылған білімі мен тәжірибесі талап етілетін білім ретінде алынды</translation>
    </message>
    <message>
        <source>the related profession&apos;s ORK level is printed as the range %1; the lower level %2 is taken and the range kept in an extra section</source>
        <translation>сабақтас кәсіптің СБШ деңгейі %1 аралығы ретінде басылған; төменгі %2 деңгейі алынды, ал аралық қосымша бөлімде сақталды</translation>
    </message>
    <message>
        <source>a related profession with a range of levels, kept as printed</source>
        <translation>деңгейлер аралығы бар сабақтас кәсіп, басылғандай сақталды</translation>
    </message>
    <message>
        <source>the approving order named among the developers is kept in an extra section</source>
        <translation>әзірлеушілер арасында көрсетілген бекіту туралы бұйрық қосымша бөлімде сақталды</translation>
    </message>
    <message>
        <source>a date that could not be read; kept as printed</source>
        <translation>оқылмаған күн; басылғандай сақталды</translation>
    </message>
    <message>
        <source>a version that could not be read; kept as printed</source>
        <translation>оқылмаған нұсқа; басылғандай сақталды</translation>
    </message>
    <message>
        <source>several versions are printed; the last one, %1, is taken and the history kept in an extra section</source>
        <translation>бірнеше нұсқа басылған; соңғысы, %1, алынды, ал тарихы қосымша бөлімде сақталды</translation>
    </message>
    <message>
        <source>the version as printed</source>
        <translation>басылған түріндегі нұсқа</translation>
    </message>
    <message>
        <source>the planned update is printed as «%1», not as a date; the author sets the date</source>
        <translation>жоспарлы жаңарту күн ретінде емес, «%1» түрінде басылған; күнді автор белгілейді</translation>
    </message>
    <message>
        <source>the card&apos;s heading gives the profession&apos;s name</source>
        <translation>карточканың тақырыбында кәсіптің атауы берілген</translation>
    </message>
    <message>
        <source>the card&apos;s heading names it differently from its profession; kept as printed</source>
        <translation>карточканың тақырыбында ол өз кәсібінен басқаша аталған; басылғандай сақталды</translation>
    </message>
    <message>
        <source>the labour function is named differently in the card&apos;s list; the name above its skills is taken</source>
        <translation>карточка тізбесінде еңбек функциясы басқаша аталған; оның дағдыларының үстіндегі атау алынды</translation>
    </message>
    <message>
        <source>the older template does not say which labour functions are mandatory and which additional: all are taken as mandatory</source>
        <translation>ескі үлгіде қай еңбек функциялары міндетті, қайсысы қосымша екені көрсетілмеген: барлығы міндетті ретінде алынды</translation>
    </message>
    <message>
        <source>the labour function is listed but printed without skills</source>
        <translation>еңбек функциясы тізбеде бар, бірақ дағдыларсыз басылған</translation>
    </message>
    <message>
        <source>NKZ occupation code</source>
        <translation>ҰКЖ бойынша кәсіп коды</translation>
    </message>
    <message>
        <source>NRK level</source>
        <translation>ҰБШ деңгейі</translation>
    </message>
    <message>
        <source>work experience</source>
        <translation>жұмыс тәжірибесі</translation>
    </message>
    <message>
        <source>non-formal and informal education</source>
        <translation>бейресми және информалды білім беру</translation>
    </message>
    <message>
        <source>the whole-task assessment</source>
        <translation>тұтас тапсырманы бағалау</translation>
    </message>
    <message>
        <source>not in the source, for the author to supply: %1</source>
        <translation>дереккөзде жоқ, автор толтырады: %1</translation>
    </message>
    <message>
        <source>the list of cards is made from the cards in the 2023 structure; the printed list is kept as it was</source>
        <translation>карточкалар тізбесі 2023 жылғы құрылымдағы карточкалардан жасалды; басылған тізбе бұрынғыдай сақталды</translation>
    </message>
    <message>
        <source>the approving order&apos;s number or date could not be read; the header is kept as printed</source>
        <translation>бекіту туралы бұйрықтың нөмірін немесе күнін оқу мүмкін болмады; тақырып басылғандай сақталды</translation>
    </message>
    <message>
        <source>the title differs from the standard&apos;s name; kept as printed</source>
        <translation>тақырып стандарттың атауынан өзгеше; басылғандай сақталды</translation>
    </message>
    <message>
        <source>the state body is not in the source, for the author to supply</source>
        <translation>мемлекеттік орган дереккөзде жоқ, оны автор көрсетеді</translation>
    </message>
    <message>
        <source>page header, </source>
        <translation>жоғарғы колонтитул, </translation>
    </message>
    <message>
        <source>has no professional standard in it: none of the labels a standard is printed with (a profession card, labour functions, skills) was found</source>
        <translation>онда кәсіптік стандарт жоқ: стандарт басылатын белгілердің (кәсіп карточкасы, еңбек функциялары, дағдылар) бірі де табылмады</translation>
    </message>
</context>
<context>
    <name>WordDocumentReader</name>
    <message>
        <source>elements are nested more than %1 deep, which no document is</source>
        <translation>элементтер %1 деңгейден терең салынған, мұндай құжат болмайды</translation>
    </message>
    <message>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word құжаты</translation>
    </message>
    <message>
        <source>cannot be read: no such readable file</source>
        <translation>оқылмайды: мұндай оқылатын файл жоқ</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not %2</source>
        <translation>файл %1 МБ-тан үлкен; бұл %2 емес</translation>
    </message>
    <message>
        <source>is an old binary Word document (.doc); open it in Word or LibreOffice and save it as .docx, then import that</source>
        <translation>бұл Word-тың ескі екілік құжаты (.doc); оны Word немесе LibreOffice-те ашып, .docx ретінде сақтаңыз да, соны импорттаңыз</translation>
    </message>
    <message>
        <source>is a PDF file, from which the structure of a document cannot be read; import the Word (.docx) file it was made from</source>
        <translation>бұл PDF файлы, одан құжаттың құрылымын оқу мүмкін емес; ол жасалған Word (.docx) файлын импорттаңыз</translation>
    </message>
    <message>
        <source>DOCX document</source>
        <translation>DOCX құжаты</translation>
    </message>
    <message>
        <source>a Word document holds a few dozen</source>
        <translation>Word құжатында олар бірнеше ондаған</translation>
    </message>
    <message>
        <source>is a zip archive but not a Word document (it has no word/document.xml)</source>
        <translation>бұл zip мұрағаты, бірақ Word құжаты емес (онда word/document.xml жоқ)</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <source>give one Word file, or the Kazakh and the Russian file of the same standard</source>
        <translation>бір Word файлын немесе бір стандарттың қазақша және орысша файлдарын беріңіз</translation>
    </message>
    <message>
        <source>both files are written in %1; give the Kazakh and the Russian file of the standard</source>
        <translation>екі файл да %1 тілінде жазылған; стандарттың қазақша және орысша файлдарын беріңіз</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс</translation>
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
    <message>
        <source>The holiday calendar lists Kurban ait and the days off moved by decree up to %1: in %2 the deadline is computed without them. Load a newer calendar when it is published.</source>
        <translation>Мерекелер күнтізбесінде Құрбан айт пен қаулымен ауыстырылған демалыс күндері %1 жылға дейін берілген: %2 жылы мерзім оларсыз есептелді. Жаңа күнтізбе жарияланғанда оны жүктеңіз.</translation>
    </message>
    <message>
        <source>The holiday calendar lists no Kurban ait nor days off moved by decree: the deadline is computed without them. Load a calendar that has them.</source>
        <translation>Мерекелер күнтізбесінде Құрбан айт та, қаулымен ауыстырылған демалыс күндері де жоқ: мерзім оларсыз есептелді. Оларды қамтитын күнтізбені жүктеңіз.</translation>
    </message>
</context>
<context>
    <name>XmlPartReader</name>
    <message>
        <source>a document type declaration, which a %1 never has</source>
        <translation>құжат түрінің жариялануы, ол %1 ішінде болмайды</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2): %3</source>
        <translation>%1 бөлігі дұрыс емес XML (%2-жол): %3</translation>
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
    <message>
        <source>Classifier &amp;Editions…</source>
        <translation>Жіктеуіш &amp;редакциялары…</translation>
    </message>
    <message>
        <source>The classifiers could not be opened</source>
        <translation>Жіктеуіштерді ашу мүмкін болмады</translation>
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
    <message>
        <source>%1 (economic activities)</source>
        <translation>%1 (экономикалық қызмет түрлері)</translation>
    </message>
    <message>
        <source>%1 (occupations)</source>
        <translation>%1 (кәсіптер)</translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierEditionsDialog</name>
    <message>
        <source>&amp;Use This Edition</source>
        <translation>Осы редакцияны &amp;қолдану</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Classifier Editions</source>
        <translation>Жіктеуіш редакциялары</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Кодтар</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Жүктелді</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>&amp;Load an Edition…</source>
        <translation>Редакцияны &amp;жүктеу…</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>кірістірілген</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <source>The edition could not be put in use</source>
        <translation>Редакцияны қолданысқа енгізу мүмкін болмады</translation>
    </message>
    <message>
        <source>The edition could not be removed</source>
        <translation>Редакцияны жою мүмкін болмады</translation>
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
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>the edition in use has no code %1</source>
        <translation>қолданыстағы редакцияда %1 коды жоқ</translation>
    </message>
    <message>
        <source>The %1 edition in use (%2) holds only sections and divisions, no subclasses.</source>
        <translation>Қолданыстағы %1 редакциясында (%2) тек секциялар мен бөлімдер бар, сыныпшалар жоқ.</translation>
    </message>
    <message>
        <source>The %1 edition in use (%2) holds only major and sub-major groups, no occupations.</source>
        <translation>Қолданыстағы %1 редакциясында (%2) тек негізгі топтар мен топшалар бар, кәсіптер жоқ.</translation>
    </message>
    <message>
        <source>Load it…</source>
        <translation>Жүктеу…</translation>
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
    <name>kasibi::CommentsController</name>
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
        <source>Comment on the &amp;Whole Standard…</source>
        <translation>&amp;Бүкіл стандартқа түсініктеме…</translation>
    </message>
    <message>
        <source>&amp;Import Comments From…</source>
        <translation>Түсініктемелерді &amp;импорттау…</translation>
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
    <message numerus="yes">
        <source>%n comment(s) imported from %1</source>
        <translation>
            <numerusform>%1 ішінен %n түсініктеме импортталды</numerusform>
            <numerusform>%1 ішінен %n түсініктеме импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s) resolved there.</source>
        <translation>
            <numerusform>, онда шешілген талқылаулар: %n.</numerusform>
            <numerusform>, онда шешілген талқылаулар: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The suggestion could not be applied</source>
        <translation>Ұсынысты қолдану мүмкін болмады</translation>
    </message>
    <message>
        <source>The content is frozen for review: end the review to apply suggestions.</source>
        <translation>Мазмұн рецензиялау кезінде өзгертілмейді: ұсыныстарды қолдану үшін рецензиялауды аяқтаңыз.</translation>
    </message>
    <message>
        <source>The text at %1 has changed since the reviewer saw it, and applying the suggestion would overwrite that edit. Nothing was changed: make the change by hand, or resolve the suggestion.</source>
        <translation>«%1» орнындағы мәтін рецензент көргеннен кейін өзгертілген, ұсынысты қолдану сол түзетуді өшіріп жібереді. Ештеңе өзгертілмеді: өзгерісті қолмен енгізіңіз немесе ұсынысты шешілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation>ұсынысты қолдану</translation>
    </message>
    <message>
        <source>Select a field or an element to comment on.</source>
        <translation>Түсініктеме жазылатын өрісті немесе элементті таңдаңыз.</translation>
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
        <source>Import Review From &amp;Word…</source>
        <translation>Рецензияны &amp;Word-тан импорттау…</translation>
    </message>
    <message>
        <source>The review could not be imported</source>
        <translation>Рецензияны импорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>Import Review From Word</source>
        <translation>Рецензияны Word-тан импорттау</translation>
    </message>
    <message>
        <source>%1 was exported from another standard (%2). Import its comments into this one anyway?</source>
        <translation>%1 файлы басқа стандарттан (%2) экспортталған. Оның түсініктемелерін осы стандартқа бәрібір импорттау керек пе?</translation>
    </message>
    <message>
        <source>Import review from Word</source>
        <translation>Рецензияны Word-тан импорттау</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>%1 файлынан:</translation>
    </message>
    <message>
        <source>comments anchored by mark: %1, by text: %2, unanchored: %3</source>
        <translation>белгі бойынша байланған түсініктемелер: %1, мәтін бойынша: %2, байланбаған: %3</translation>
    </message>
    <message>
        <source>suggestions: %1</source>
        <translation>түзету ұсыныстары: %1</translation>
    </message>
    <message>
        <source>already in the standard: %1</source>
        <translation>стандартта бұрыннан бар: %1</translation>
    </message>
    <message>
        <source>Import a review from Word</source>
        <translation>Рецензияны Word-тан импорттау</translation>
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
    <message>
        <source>By place</source>
        <translation>Орны бойынша</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>Күні бойынша</translation>
    </message>
    <message>
        <source>List the comments in the order of their places in the standard, or of their dates</source>
        <translation>Түсініктемелерді стандарттағы орны немесе күні бойынша реттеу</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Make the suggested change in the standard and resolve the suggestion, as one step that Undo takes back</source>
        <translation>Ұсынылған өзгерісті стандартқа енгізіп, ұсынысты шешілді деп белгілеу — болдырмауға болатын бір қадаммен</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Ұсыныс: %1</translation>
    </message>
    <message>
        <source>Suggested change:</source>
        <translation>Ұсынылған өзгеріс:</translation>
    </message>
    <message>
        <source>Suggested change (%1):</source>
        <translation>Ұсынылған өзгеріс (%1):</translation>
    </message>
    <message>
        <source>The text has been changed since the reviewer saw it: the suggestion can no longer be applied as it is.</source>
        <translation>Мәтін рецензент көргеннен кейін өзгертілген: ұсынысты сол күйінде қолдану енді мүмкін емес.</translation>
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
        <source>Export the Change Report</source>
        <translation>Өзгерістер туралы есепті экспорттау</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Есепті жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>the change report is written as %1</source>
        <translation>өзгерістер туралы есеп %1 пішімінде жазылады</translation>
    </message>
    <message>
        <source> or </source>
        <translation> немесе </translation>
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
    <name>kasibi::ConclusionController</name>
    <message>
        <source>&amp;Conclusion…</source>
        <translation>&amp;Қорытынды…</translation>
    </message>
    <message>
        <source>&amp;Export Conclusion…</source>
        <translation>Қорытындыны &amp;экспорттау…</translation>
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
    <name>kasibi::DocumentController</name>
    <message>
        <source>Standards (*.kasibi *.json *.docx);;Kasibi documents (*.kasibi);;Interchange format (*.json);;Word documents (*.docx);;All files (*)</source>
        <translation>Стандарттар (*.kasibi *.json *.docx);;Kasibi құжаттары (*.kasibi);;Алмасу пішімі (*.json);;Word құжаттары (*.docx);;Барлық файлдар (*)</translation>
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
        <source>Reading the standard from Word…</source>
        <translation>Стандартты Word-тан оқу…</translation>
    </message>
    <message>
        <source>The standard could not be imported from Word</source>
        <translation>Стандартты Word-тан импорттау мүмкін болмады</translation>
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
        <source>The file could not be brought up to date</source>
        <translation>Файлды жаңарту мүмкін болмады</translation>
    </message>
    <message>
        <source>Every change is saved as it is made; the file is up to date.</source>
        <translation>Әр өзгеріс бірден сақталады; файл өзекті күйде.</translation>
    </message>
    <message>
        <source>Every change is saved as it is made; another program is reading the file, so it will be brought up to date in a moment.</source>
        <translation>Әр өзгеріс бірден сақталады; файлды басқа бағдарлама оқып жатыр, сондықтан ол сәлден кейін жаңарады.</translation>
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
        <source>Import a standard from Word (one file, or its Kazakh and Russian files)</source>
        <translation>Стандартты Word-тан импорттау (бір файл немесе оның қазақша және орысша файлдары)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>choose one Word file, or the Kazakh and the Russian file of the same standard</source>
        <translation>бір Word файлын немесе бір стандарттың қазақша және орысша файлдарын таңдаңыз</translation>
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
    <message>
        <source>With &amp;marks for a review in Word</source>
        <translation>Word-тағы рецензияға арналған &amp;белгілермен</translation>
    </message>
    <message>
        <source>Invisible marks of where each text is, by which the comments and tracked changes of a reviewer come back (Review &gt; Import Review From Word). Leave them out for a clean published copy.</source>
        <translation>Әр мәтіннің орнын көрсететін көрінбейтін белгілер: солар арқылы рецензенттің ескертулері мен түзетулері стандартқа қайтады (Рецензиялау &gt; Word-тан рецензияны импорттау). Таза жарияланатын көшірме үшін оларды алып тастаңыз.</translation>
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
    <name>kasibi::ImportReportDock</name>
    <message>
        <source>Mapped</source>
        <translation>Сәйкестендірілді</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Орналастырылмады</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Сәйкессіздік</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Импорт есебі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Imported from %1: %2 mapped, %3 unplaced, %4 missing, %5 mismatch. The validation dock lists what the author must still supply.</source>
        <translation>%1 файлынан импортталды: %2 сәйкестендірілді, %3 орналастырылмады, %4 жоқ, %5 сәйкессіздік. Тексеру панелі авторға әлі толтыру керек нәрсені көрсетеді.</translation>
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
    <message>
        <source>Import from &amp;Word…</source>
        <translation>&amp;Word-тан импорттау…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Kasibi &amp;User Guide</source>
        <translation>Kasibi &amp;пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Қайталау: %1</translation>
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
    <message>
        <source>&lt;i&gt;not yet known: fill in the OKED section and subclass&lt;/i&gt;</source>
        <translation>&lt;i&gt;әзірге белгісіз: ЭҚЖЖ секциясы мен сыныпшасын толтырыңыз&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;(the serial number is assigned on the NQS digital platform)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(реттік нөмір ҰБЖ цифрлық платформасында беріледі)&lt;/i&gt;</translation>
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
        <source>host=registry.example.kz dbname=kasibi user=login</source>
        <translation>host=registry.example.kz dbname=kasibi user=логин</translation>
    </message>
    <message>
        <source>A PostgreSQL connection string or URI. The password goes in ~/.pgpass, never here.</source>
        <translation>PostgreSQL қосылу жолы немесе URI. Құпиясөз осында емес, ~/.pgpass ішінде сақталады.</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Тізілім:</translation>
    </message>
    <message>
        <source>Check spelling in:</source>
        <translation>Емлені тексеру:</translation>
    </message>
    <message>
        <source>Kasibi does not keep passwords: put the registry&apos;s password in ~/.pgpass (or PGPASSWORD) and leave it out of the address.</source>
        <translation>Kasibi құпиясөздерді сақтамайды: тізілім құпиясөзін ~/.pgpass (немесе PGPASSWORD) ішіне жазыңыз және мекенжайға қоспаңыз.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A registry call that gets no answer in this time is given up with a message.</source>
        <translation>Осы уақыт ішінде жауап алмаған тізілімге сұрау хабарламамен тоқтатылады.</translation>
    </message>
    <message>
        <source>Registry answers within:</source>
        <translation>Тізілім жауап беретін уақыт:</translation>
    </message>
</context>
<context>
    <name>kasibi::QualificationMapDialog</name>
    <message>
        <source>Qualification Map</source>
        <translation>Біліктілік картасы</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save the Map</source>
        <translation>Картаны сақтау</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG сызбасы (*.svg);;PNG суреті (*.png)</translation>
    </message>
</context>
<context>
    <name>kasibi::ReadingController</name>
    <message>
        <source>&amp;Read the Card</source>
        <translation>Карточканы &amp;оқу</translation>
    </message>
    <message>
        <source>Read the &amp;Whole Standard</source>
        <translation>&amp;Бүкіл стандартты оқу</translation>
    </message>
    <message>
        <source>The selected profession card as it will print, to read it whole and comment on any part</source>
        <translation>Таңдалған кәсіп карточкасы басып шығарылатын түрде: оны толық оқып, кез келген бөлігіне түсініктеме беру</translation>
    </message>
</context>
<context>
    <name>kasibi::ReadingView</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>Right-click a text to comment on it; a double click asks for a comment at once.</source>
        <translation>Түсініктеме беру үшін мәтінді тінтуірдің оң жақ батырмасымен басыңыз; қос шерту түсініктемені бірден ашады.</translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation>Оқу: %1</translation>
    </message>
    <message>
        <source>Reading: the whole standard</source>
        <translation>Оқу: бүкіл стандарт</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>&amp;Түсініктеме қосу…</translation>
    </message>
</context>
<context>
    <name>kasibi::RegistryClient</name>
    <message>
        <source>the registry is still busy %1: wait until it is done, or cancel it</source>
        <translation>тізілім әлі бос емес (%1): аяқталуын күтіңіз немесе тоқтатыңыз</translation>
    </message>
</context>
<context>
    <name>kasibi::RegistryController</name>
    <message>
        <source>Open from Re&amp;gistry…</source>
        <translation>Тізі&amp;лімнен ашу…</translation>
    </message>
    <message>
        <source>P&amp;ublish to Registry…</source>
        <translation>Тізілімде &amp;жариялау…</translation>
    </message>
    <message>
        <source>&amp;Qualification Map</source>
        <translation>&amp;Біліктілік картасы</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>no registry is set: give its address in Edit &gt; Preferences</source>
        <translation>тізілім орнатылмаған: оның мекенжайын «Түзету &gt; Баптаулар» ішінде көрсетіңіз</translation>
    </message>
    <message>
        <source>no standard is open</source>
        <translation>стандарт ашылмаған</translation>
    </message>
    <message>
        <source>Publish to Registry</source>
        <translation>Тізілімде жариялау</translation>
    </message>
    <message>
        <source>Pull version %1 and compare it with yours now?</source>
        <translation>%1-нұсқаны алып, қазір өзіңіздікімен салыстырасыз ба?</translation>
    </message>
    <message>
        <source>Published to the registry as version %1</source>
        <translation>Тізілімде %1-нұсқа ретінде жарияланды</translation>
    </message>
    <message>
        <source>The registry already has this content as version %1</source>
        <translation>Тізілімде бұл мазмұн %1-нұсқа ретінде бар</translation>
    </message>
    <message>
        <source>Save the standard from the registry as</source>
        <translation>Тізілімдегі стандартты былай сақтау</translation>
    </message>
    <message>
        <source>Kasibi documents (*.kasibi)</source>
        <translation>Kasibi құжаттары (*.kasibi)</translation>
    </message>
    <message>
        <source>Send Re&amp;view to Registry</source>
        <translation>Пікірлерді тізілімге &amp;жіберу</translation>
    </message>
    <message>
        <source>this document was not taken from this registry: a review goes to the published version it was pulled from (File &gt; Open from Registry)</source>
        <translation>бұл құжат осы тізілімнен алынбаған: пікірлер ол алынған жарияланған нұсқаға жіберіледі (Файл &gt; Тізілімнен ашу)</translation>
    </message>
    <message numerus="yes">
        <source>Sent to version %1 in the registry: %n new comment(s)</source>
        <translation>
            <numerusform>Тізілімдегі %1 нұсқасына жіберілді: %n жаңа түсініктеме</numerusform>
            <numerusform>Тізілімдегі %1 нұсқасына жіберілді: %n жаңа түсініктеме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>бұрыннан бар: %n</numerusform>
            <numerusform>бұрыннан бар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the conclusion</source>
        <translation>қорытынды</translation>
    </message>
    <message>
        <source>your conclusion was already there</source>
        <translation>сіздің қорытындыңыз бұрыннан бар</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Registry: %1…</source>
        <translation>Тізілім: %1…</translation>
    </message>
    <message>
        <source>The registry call was canceled.</source>
        <translation>Тізілімге сұрау тоқтатылды.</translation>
    </message>
    <message>
        <source>publishing %1</source>
        <translation>%1 жариялау</translation>
    </message>
    <message>
        <source>sending the review</source>
        <translation>пікірлерді жіберу</translation>
    </message>
    <message>
        <source>pulling a standard</source>
        <translation>стандартты алу</translation>
    </message>
    <message>
        <source>pulling version %1 of %2</source>
        <translation>%2 стандартының %1 нұсқасын алу</translation>
    </message>
    <message>
        <source>the document was closed before the registry answered</source>
        <translation>тізілім жауап бергенше құжат жабылды</translation>
    </message>
    <message>
        <source>searching for %1</source>
        <translation>«%1» іздеу</translation>
    </message>
    <message>
        <source>checking the standards against each other</source>
        <translation>стандарттарды бір-бірімен салыстыру</translation>
    </message>
    <message>
        <source>drawing the qualification map of %1</source>
        <translation>%1 біліктілік картасын құру</translation>
    </message>
    <message>
        <source>Published to the registry as version %1; recorded in %2, closed meanwhile</source>
        <translation>Тізілімде %1-нұсқа ретінде жарияланды; осы уақытта жабылған %2 файлына жазылды</translation>
    </message>
</context>
<context>
    <name>kasibi::RegistryDock</name>
    <message>
        <source>Same occupation</source>
        <translation>Сол кәсіп</translation>
    </message>
    <message>
        <source>Related, elsewhere</source>
        <translation>Байланысты, басқа стандартта</translation>
    </message>
    <message>
        <source>Related, nowhere</source>
        <translation>Байланысты, еш жерде сипатталмаған</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Өзектілендіру мерзімі жетті</translation>
    </message>
    <message>
        <source>Same code</source>
        <translation>Сол код</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>Words in Kazakh or Russian, an NKZ or OKED code</source>
        <translation>Қазақша немесе орысша сөздер, ҰКЖ немесе ЭҚЖЖ коды</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылғаны</translation>
    </message>
    <message>
        <source>Check the Registry</source>
        <translation>Тізілімді тексеру</translation>
    </message>
    <message>
        <source>OKED section or division</source>
        <translation>ЭҚЖЖ секциясы немесе бөлімі</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ештеңе табылмады</translation>
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
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>kasibi::ReviewController</name>
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
        <source>Re&amp;view</source>
        <translation>&amp;Рецензиялау</translation>
    </message>
    <message>
        <source>Open a standard for review</source>
        <translation>Стандартты рецензиялау үшін ашу</translation>
    </message>
    <message>
        <source>Review mode could not be changed</source>
        <translation>Рецензиялау режимін өзгерту мүмкін болмады</translation>
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
    <name>kasibi::UserGuideDialog</name>
    <message>
        <source>Kasibi User Guide</source>
        <translation>Kasibi пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>In a list of texts: start the next item</source>
        <translation>Мәтіндер тізімінде: келесі тармақты бастау</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In a list of texts: break the line</source>
        <translation>Мәтіндер тізімінде: жолды ауыстыру</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>In a list: add an item after this one</source>
        <translation>Тізімде: осы тармақтан кейін тармақ қосу</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>In a list: move the item up or down</source>
        <translation>Тізімде: тармақты жоғары немесе төмен жылжыту</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up, Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Up, Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>In a list: remove the item</source>
        <translation>Тізімде: тармақты жою</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation>Ctrl+Shift+Delete</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
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
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Мәлімет</translation>
    </message>
    <message>
        <source>criterion %1: %2</source>
        <translation>%1-критерий: %2</translation>
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
    <message>
        <source>Open for Review…</source>
        <translation>Рецензиялау үшін ашу…</translation>
    </message>
    <message>
        <source>Open a standard sent to you for review: its content stays as the author wrote it, your comments and the conclusion are kept in the file</source>
        <translation>Рецензиялауға жіберілген стандартты ашу: оның мазмұны авторы жазғандай қалады, сіздің түсініктемелеріңіз бен қорытынды файлда сақталады</translation>
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
