<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ChangeSignificance</name>
    <message>
        <source>The content of a profession card changed (%1 at %2): the change is significant and the standard goes through the whole procedure of chapter 2 again (rule 17).</source>
        <translation>Изменилось содержание карточки профессии (%1: %2): изменения значительные, и стандарт заново проходит всю процедуру главы 2 (пункт 17 Правил).</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Изменений нет.</translation>
    </message>
    <message>
        <source>Only fixes of typos in profession cards (%1), which do not change their content: the change is not significant (rule 18).</source>
        <translation>Исправлены только опечатки в карточках профессий (%1), не меняющие их содержания: изменения незначительные (пункт 18 Правил).</translation>
    </message>
    <message>
        <source>The content of the profession cards is unchanged: the change is not significant (rule 18).</source>
        <translation>Содержание карточек профессий не изменилось: изменения незначительные (пункт 18 Правил).</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>OKED</source>
        <translation>ОКЭД</translation>
    </message>
    <message>
        <source>NKZ</source>
        <translation>НКЗ</translation>
    </message>
    <message>
        <source>The full edition is the General Classifier of Types of Economic Activity (GK RK 03-2019), published by the Bureau of National Statistics on statinfo.kz: download it as an Excel workbook.</source>
        <translation>Полная редакция — Общий классификатор видов экономической деятельности (ГК РК 03-2019), его публикует Бюро национальной статистики на statinfo.kz: скачайте его как книгу Excel.</translation>
    </message>
    <message>
        <source>The full edition is the National Classifier of Occupations (NK RK 01-2017), published by the Ministry of Labour and Social Protection of the Population: save it as an Excel workbook.</source>
        <translation>Полная редакция — Национальный классификатор занятий (НК РК 01-2017), его публикует Министерство труда и социальной защиты населения: сохраните его как книгу Excel.</translation>
    </message>
</context>
<context>
    <name>ClassifierCsvReader</name>
    <message>
        <source>the file is in UTF-16; save it as UTF-8 or Windows-1251</source>
        <translation>файл в кодировке UTF-16; сохраните его в UTF-8 или Windows-1251</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this system cannot read Windows-1251</source>
        <translation>файл не в кодировке UTF-8, а эта система не может читать Windows-1251</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1251 text</source>
        <translation>файл не является текстом ни в UTF-8, ни в Windows-1251</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not a classifier edition</source>
        <translation>файл больше %1 МБ; это не редакция классификатора</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>the file has no header line (code, name_kk, name_ru)</source>
        <translation>в файле нет строки заголовка (code, name_kk, name_ru)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (is a name with &quot;%3&quot; in it not quoted?)</source>
        <translation>полей: %1, а в заголовке: %2 (возможно, наименование, содержащее &quot;%3&quot;, не взято в кавычки?)</translation>
    </message>
</context>
<context>
    <name>ClassifierFill</name>
    <message>
        <source>Fill in OKED %1</source>
        <translation>заполнить по ОКЭД %1</translation>
    </message>
    <message>
        <source>Fill in NKZ %1</source>
        <translation>заполнить по НКЗ %1</translation>
    </message>
</context>
<context>
    <name>ClassifierReaders</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls), which Kasibi does not read; save it as .xlsx or as CSV</source>
        <translation>это книга Excel 97-2003 (.xls), которую Kasibi не читает; сохраните её в формате .xlsx или CSV</translation>
    </message>
</context>
<context>
    <name>ClassifierStore</name>
    <message>
        <source>cannot create the folder of the classifier store</source>
        <translation>не удаётся создать папку хранилища классификаторов</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>не удаётся открыть: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>this is not a Kasibi classifier store</source>
        <translation>это не хранилище классификаторов Kasibi</translation>
    </message>
    <message>
        <source>the classifier store was written by a newer Kasibi (format %1; this version reads up to %2)</source>
        <translation>хранилище классификаторов записано более новой версией Kasibi (формат %1; эта версия читает форматы до %2)</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>не удаётся записать: %1</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5), which the classifier look-up needs: %1</source>
        <translation>в этой SQLite нет полнотекстового поиска (FTS5), который нужен для поиска по классификаторам: %1</translation>
    </message>
    <message>
        <source>the edition needs a name</source>
        <translation>у редакции должно быть наименование</translation>
    </message>
    <message>
        <source>the edition holds no entries</source>
        <translation>в редакции нет ни одной записи</translation>
    </message>
    <message>
        <source>the same entries are already loaded as the %1 edition &quot;%2&quot;; nothing was loaded</source>
        <translation>те же записи уже загружены как редакция %1 &quot;%2&quot;; ничего не загружено</translation>
    </message>
    <message>
        <source>the %1 edition &quot;%2&quot; is already loaded; nothing was loaded (use --replace to load it again in its place)</source>
        <translation>редакция %1 &quot;%2&quot; уже загружена; ничего не загружено (чтобы загрузить её заново вместо прежней, укажите --replace)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of %2; nothing was loaded</source>
        <translation>&quot;%1&quot; не является кодом %2; ничего не загружено</translation>
    </message>
    <message>
        <source>the code %1 appears twice; nothing was loaded</source>
        <translation>код %1 встречается дважды; ничего не загружено</translation>
    </message>
    <message>
        <source>no edition of %1 is loaded</source>
        <translation>не загружено ни одной редакции %1</translation>
    </message>
    <message>
        <source>cannot be brought up to date: %1</source>
        <translation>не удаётся обновить: %1</translation>
    </message>
    <message>
        <source>there is no %1 edition &quot;%2&quot;</source>
        <translation>редакции %1 «%2» нет</translation>
    </message>
    <message>
        <source>the built-in edition comes with Kasibi and cannot be removed</source>
        <translation>встроенная редакция поставляется с Kasibi, её нельзя удалить</translation>
    </message>
</context>
<context>
    <name>ClassifierTable</name>
    <message>
        <source>section A-U, division 07, group 07.1, class 07.10, subclass 07.10.2</source>
        <translation>секция A-U, раздел 07, группа 07.1, класс 07.10, подкласс 07.10.2</translation>
    </message>
    <message>
        <source>major group 8, sub-major 83, minor 834, unit group 8342, occupation 8342-1-003</source>
        <translation>основная группа 8, подгруппа 83, малая группа 834, группа занятий 8342, занятие 8342-1-003</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>столбец %1 встречается дважды</translation>
    </message>
    <message>
        <source>the header must name the columns code, name_kk and name_ru; it has: %1</source>
        <translation>в заголовке должны быть столбцы code, name_kk и name_ru; в нём: %1</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>код не заполнен</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of %2 (%3)</source>
        <translation>&quot;%1&quot; не является кодом %2 (%3)</translation>
    </message>
    <message>
        <source>the code %1 is already on %2</source>
        <translation>код %1 уже встречается (%2)</translation>
    </message>
    <message>
        <source>the code %1 has no name</source>
        <translation>у кода %1 нет наименования</translation>
    </message>
    <message>
        <source>the file has no header (code, name_kk, name_ru)</source>
        <translation>в файле нет заголовка (code, name_kk, name_ru)</translation>
    </message>
    <message>
        <source>the file holds no entries</source>
        <translation>в файле нет ни одной записи</translation>
    </message>
</context>
<context>
    <name>ClassifierXlsxReader</name>
    <message>
        <source>is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)</source>
        <translation>является zip-архивом, но не книгой XLSX (в нём нет xl/workbook.xml)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>в книге нет листов</translation>
    </message>
    <message>
        <source> (the cell %1%2 holds a number, so leading zeros and dots are lost: format the code column as text)</source>
        <translation> (в ячейке %1%2 число, поэтому начальные нули и точки теряются: задайте столбцу кодов текстовый формат)</translation>
    </message>
    <message>
        <source>the cell %1%2 refers to text the workbook does not have</source>
        <translation>ячейка %1%2 ссылается на текст, которого нет в книге</translation>
    </message>
    <message>
        <source>cannot be read: no such readable file</source>
        <translation>не удаётся прочитать: такого файла нет или он недоступен для чтения</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not a classifier edition</source>
        <translation>файл больше %1 МБ; это не редакция классификатора</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2</source>
        <translation>лист &quot;%1&quot;, строка %2</translation>
    </message>
    <message>
        <source>no sheet has a header row naming the columns code, name_kk and name_ru (sheets: %1)</source>
        <translation>ни на одном листе нет строки заголовка со столбцами code, name_kk и name_ru (листы: %1)</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>книга XLSX</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>книга</translation>
    </message>
    <message>
        <source>a classifier edition</source>
        <translation>редакция классификатора</translation>
    </message>
    <message>
        <source>a workbook with a classifier holds a few dozen</source>
        <translation>в книге с классификатором их несколько десятков</translation>
    </message>
</context>
<context>
    <name>CommentMerger</name>
    <message>
        <source>this is a copy of another standard, so its comments do not belong here</source>
        <translation>это копия другого стандарта, поэтому его комментарии сюда не относятся</translation>
    </message>
</context>
<context>
    <name>CommentPlace</name>
    <message>
        <source>(an element no longer in the standard)</source>
        <translation>(элемент, которого больше нет в стандарте)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карточка %1</translation>
    </message>
    <message>
        <source>Card «%1»</source>
        <translation>Карточка «%1»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The whole standard</source>
        <translation>Стандарт в целом</translation>
    </message>
    <message>
        <source>%1 (no longer in the standard)</source>
        <translation>%1 (элемента больше нет в стандарте)</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>cannot be opened: %1</source>
        <translation>не удаётся открыть: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>this is not a Kasibi document (it is not an SQLite database)</source>
        <translation>это не документ Kasibi (это не база данных SQLite)</translation>
    </message>
    <message>
        <source>the file is damaged (bad page size)</source>
        <translation>файл повреждён (неверный размер страницы)</translation>
    </message>
    <message>
        <source>this is an SQLite database of another program (application id 0x%1), not a Kasibi document</source>
        <translation>это база данных SQLite другой программы (application id 0x%1), а не документ Kasibi</translation>
    </message>
    <message>
        <source>the document was saved by a newer version of Kasibi (document format %1; this version reads formats up to %2); open it with a newer Kasibi</source>
        <translation>документ сохранён более новой версией Kasibi (формат документа %1; эта версия читает форматы до %2); откройте его в более новой версии Kasibi</translation>
    </message>
    <message>
        <source>the file is damaged (no format version)</source>
        <translation>файл повреждён (нет версии формата)</translation>
    </message>
    <message>
        <source>the file is damaged: it is shorter than its header says (truncated)</source>
        <translation>файл повреждён: он короче, чем указано в его заголовке (усечён)</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>файл повреждён: %1</translation>
    </message>
    <message>
        <source>the file holds a database object Kasibi does not make (%1 &quot;%2&quot;); it may have been tampered with, so it is not opened</source>
        <translation>в файле есть объект базы данных, который Kasibi не создаёт (%1 &quot;%2&quot;); файл мог быть изменён посторонними средствами, поэтому он не открыт</translation>
    </message>
    <message>
        <source>the file is damaged: tables are missing</source>
        <translation>файл повреждён: отсутствуют таблицы</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>открыт только для чтения</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>его папка доступна только для чтения</translation>
    </message>
    <message>
        <source>the file is in use by another program (%1); it is opened read-only</source>
        <translation>файл используется другой программой (%1); он открыт только для чтения</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>this is a folder, not a document</source>
        <translation>это папка, а не документ</translation>
    </message>
    <message>
        <source>cannot be opened for writing: %1</source>
        <translation>не удаётся открыть для записи: %1</translation>
    </message>
    <message>
        <source>cannot be brought up to the current format: %1</source>
        <translation>не удаётся привести к текущему формату: %1</translation>
    </message>
    <message>
        <source>unknown element kind &quot;%1&quot;</source>
        <translation>неизвестный тип элемента &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the document has more than one root</source>
        <translation>в документе больше одного корневого элемента</translation>
    </message>
    <message>
        <source>the document has no root</source>
        <translation>в документе нет корневого элемента</translation>
    </message>
    <message>
        <source>element %1 has no parent</source>
        <translation>у элемента %1 нет родительского элемента</translation>
    </message>
    <message>
        <source>element %1 is out of place</source>
        <translation>элемент %1 находится не на своём месте</translation>
    </message>
    <message>
        <source>element %1 is duplicated</source>
        <translation>элемент %1 повторяется</translation>
    </message>
    <message>
        <source>the document holds no standard</source>
        <translation>в документе нет стандарта</translation>
    </message>
    <message>
        <source>some elements are not attached to the standard</source>
        <translation>некоторые элементы не привязаны к стандарту</translation>
    </message>
    <message>
        <source>a value belongs to no element</source>
        <translation>значение не принадлежит ни одному элементу</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; of %2</source>
        <translation>неизвестное поле &quot;%1&quot; элемента %2</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>файл уже существует</translation>
    </message>
    <message>
        <source>the file is open in another program; close it there first</source>
        <translation>файл открыт в другой программе; сначала закройте его там</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <source>cannot write in this folder: %1</source>
        <translation>не удаётся записать в эту папку: %1</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>не удаётся записать: %1</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>не удалось сохранить изменение: %1</translation>
    </message>
    <message>
        <source>the document cannot be changed: %1</source>
        <translation>документ нельзя изменить: %1</translation>
    </message>
    <message>
        <source>the versions cannot be read: %1</source>
        <translation>не удаётся прочитать версии: %1</translation>
    </message>
    <message>
        <source>no such version</source>
        <translation>такой версии нет</translation>
    </message>
    <message>
        <source>the content has no root</source>
        <translation>в содержании нет корневого элемента</translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation>файл заблокирован другой программой</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk reported an I/O error</source>
        <translation>диск сообщил об ошибке ввода-вывода</translation>
    </message>
    <message>
        <source>the file is damaged: its registry version is unreadable</source>
        <translation>файл повреждён: его версию в реестре не удаётся прочитать</translation>
    </message>
    <message>
        <source>no lock file can be written beside it (is the disk full?); it is opened read-only</source>
        <translation>рядом с ним нельзя записать файл блокировки (диск заполнен?); он открыт только для чтения</translation>
    </message>
    <message>
        <source>a document cannot be copied over itself</source>
        <translation>документ нельзя скопировать поверх самого себя</translation>
    </message>
    <message>
        <source>the changes could not be copied into the file: %1</source>
        <translation>изменения не удалось перенести в файл: %1</translation>
    </message>
    <message>
        <source>the change could not be saved: the file has been removed or moved since it was opened</source>
        <translation>не удалось сохранить изменение: файл удалён или перемещён после открытия</translation>
    </message>
</context>
<context>
    <name>DocxStandardReader</name>
    <message>
        <source>a professional standard</source>
        <translation>профессиональный стандарт</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>DocxStandardWriter</name>
    <message>
        <source>cannot start the package (zip error %1)</source>
        <translation>не удаётся начать создание пакета (ошибка zip %1)</translation>
    </message>
    <message>
        <source>cannot add %1 to the package (zip error %2)</source>
        <translation>не удаётся добавить %1 в пакет (ошибка zip %2)</translation>
    </message>
    <message>
        <source>cannot finish the package (zip error %1)</source>
        <translation>не удаётся завершить создание пакета (ошибка zip %1)</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>не удаётся записать: %1</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Документ Word (DOCX)</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>Import it into a new standard with the command kasibi-cli import FILE.docx -o STANDARD.kasibi, or ask the author for the .kasibi file.</source>
        <translation>Импортируйте его в новый стандарт командой kasibi-cli import FILE.docx -o STANDARD.kasibi или попросите у автора файл .kasibi.</translation>
    </message>
    <message>
        <source>Save it as a Word document (.docx) in Word or LibreOffice, then import that.</source>
        <translation>Сохраните его как документ Word (.docx) в Word или LibreOffice, затем импортируйте его.</translation>
    </message>
    <message>
        <source>The file cannot be read: check that it is still there and that you may open it.</source>
        <translation>Файл не читается: проверьте, что он на месте и что у вас есть право его открыть.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no standard. If it was sent to you, ask for it again.</source>
        <translation>Файл пуст: в нём нет стандарта. Если его вам прислали, попросите прислать ещё раз.</translation>
    </message>
    <message>
        <source>This is a Word document, not a Kasibi standard.</source>
        <translation>Это документ Word, а не стандарт Kasibi.</translation>
    </message>
    <message>
        <source>This is a Word 97-2003 document (.doc), not a Kasibi standard.</source>
        <translation>Это документ Word 97-2003 (.doc), а не стандарт Kasibi.</translation>
    </message>
    <message>
        <source>This is an RTF document, not a Kasibi standard.</source>
        <translation>Это документ RTF, а не стандарт Kasibi.</translation>
    </message>
    <message>
        <source>This is a LibreOffice Writer document (.odt), not a Kasibi standard.</source>
        <translation>Это документ LibreOffice Writer (.odt), а не стандарт Kasibi.</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a standard. If it holds a classifier edition, load it with Tools &gt; Load Classifier Edition.</source>
        <translation>Это книга Excel, а не стандарт. Если в ней редакция классификатора, загрузите её командой Сервис &gt; Загрузить редакцию классификатора.</translation>
    </message>
    <message>
        <source>This is a PDF file, which cannot be edited. Ask the author for the .kasibi file or for the Word document.</source>
        <translation>Это файл PDF, его нельзя редактировать. Попросите у автора файл .kasibi или документ Word.</translation>
    </message>
</context>
<context>
    <name>FormPlan</name>
    <message>
        <source>Version number and year of release</source>
        <translation>Номер версии и год выпуска</translation>
    </message>
    <message>
        <source>Codes of the group and of the occupation per NKZ</source>
        <translation>Код группы и код наименования занятия согласно НКЗ</translation>
    </message>
    <message>
        <source>Qualification level</source>
        <translation>Уровень квалификации</translation>
    </message>
    <message>
        <source>Skills, abilities and knowledge are described under each labour function: open a function above.</source>
        <translation>Навыки, умения и знания описываются в каждой трудовой функции: откройте функцию выше.</translation>
    </message>
    <message>
        <source>Approving order</source>
        <translation>Приказ об утверждении</translation>
    </message>
</context>
<context>
    <name>JsonStandardReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>missing required key &quot;format&quot;: this is not a Kasibi standard</source>
        <translation>нет обязательного ключа &quot;format&quot;: это не стандарт Kasibi</translation>
    </message>
    <message>
        <source>expected &quot;kasibi-standard&quot;: this is not a Kasibi standard</source>
        <translation>ожидается &quot;kasibi-standard&quot;: это не стандарт Kasibi</translation>
    </message>
    <message>
        <source>expected the number 1</source>
        <translation>ожидается число 1</translation>
    </message>
    <message>
        <source>the file is in format version %1, newer than this Kasibi reads (1); open it with a newer Kasibi</source>
        <translation>версия формата файла — %1, она новее той, которую читает эта версия Kasibi (1); откройте его в более новой версии Kasibi</translation>
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
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
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
        <translation>нет значения</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>ожидается %1, найдено: %2</translation>
    </message>
    <message>
        <source>an object with &quot;kk&quot; and &quot;ru&quot;</source>
        <translation>объект с &quot;kk&quot; и &quot;ru&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the form %2</source>
        <translation>&quot;%1&quot; не соответствует шаблону %2</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>дата в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD</source>
        <translation>&quot;%1&quot; не является датой в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>ожидается целое число от %1 до %2, найдено: %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>ожидается одно из значений: %1; найдено: %2</translation>
    </message>
    <message>
        <source>an array of &quot;kk&quot;, &quot;ru&quot;</source>
        <translation>массив из &quot;kk&quot;, &quot;ru&quot;</translation>
    </message>
    <message>
        <source>expected &quot;kk&quot; or &quot;ru&quot;, each once</source>
        <translation>ожидается &quot;kk&quot; или &quot;ru&quot;, каждый не более одного раза</translation>
    </message>
    <message>
        <source>expected at least one language</source>
        <translation>ожидается хотя бы один язык</translation>
    </message>
    <message>
        <source>missing required key &quot;id&quot;</source>
        <translation>нет обязательного ключа &quot;id&quot;</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>непустая строка</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used at %2</source>
        <translation>идентификатор &quot;%1&quot; уже используется в %2</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>нет обязательного ключа &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than a standard can be (%2 MB)</source>
        <translation>размер файла — %1 МБ, больше, чем может быть у стандарта (%2 МБ)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 at %1 (byte %2)</source>
        <translation>текст не является корректным UTF-8: %1 (байт %2)</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>некорректный JSON (%1): %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>на верхнем уровне ожидается объект JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known to this version of Kasibi, which would lose it; the file may come from a newer Kasibi</source>
        <translation>«%1» неизвестен этой версии Kasibi, и он был бы потерян; возможно, файл создан более новой версией Kasibi</translation>
    </message>
    <message>
        <source>the comment is on &quot;%1&quot;, which is no element of this standard</source>
        <translation>замечание относится к «%1», а такого элемента в этом стандарте нет</translation>
    </message>
    <message>
        <source>the reply answers &quot;%1&quot;, which is no other comment of this standard</source>
        <translation>ответ относится к «%1», а другого такого замечания в этом стандарте нет</translation>
    </message>
</context>
<context>
    <name>JsonStandardWriter</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>не удаётся записать: %1</translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation>Формат обмена (*.json)</translation>
    </message>
    <message>
        <source>Interchange format (JSON)</source>
        <translation>Формат обмена (JSON)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Languages of the standard</source>
        <translation>Языки стандарта</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область применения</translation>
    </message>
    <message>
        <source>Name of the professional standard</source>
        <translation>Наименование профессионального стандарта</translation>
    </message>
    <message>
        <source>OKED section</source>
        <translation>Секция ОКЭД</translation>
    </message>
    <message>
        <source>OKED division</source>
        <translation>Раздел ОКЭД</translation>
    </message>
    <message>
        <source>OKED group</source>
        <translation>Группа ОКЭД</translation>
    </message>
    <message>
        <source>OKED class</source>
        <translation>Класс ОКЭД</translation>
    </message>
    <message>
        <source>OKED subclass</source>
        <translation>Подкласс ОКЭД</translation>
    </message>
    <message>
        <source>Name of the OKED section</source>
        <translation>Наименование секции ОКЭД</translation>
    </message>
    <message>
        <source>Name of the OKED division</source>
        <translation>Наименование раздела ОКЭД</translation>
    </message>
    <message>
        <source>Name of the OKED group</source>
        <translation>Наименование группы ОКЭД</translation>
    </message>
    <message>
        <source>Name of the OKED class</source>
        <translation>Наименование класса ОКЭД</translation>
    </message>
    <message>
        <source>Name of the OKED subclass</source>
        <translation>Наименование подкласса ОКЭД</translation>
    </message>
    <message>
        <source>Serial number of the standard in the OKED section</source>
        <translation>Порядковый номер профессионального стандарта в секции ОКЭД</translation>
    </message>
    <message>
        <source>Brief description of the professional standard</source>
        <translation>Краткое описание профессионального стандарта</translation>
    </message>
    <message>
        <source>Sectoral council: name</source>
        <translation>Отраслевой совет: наименование</translation>
    </message>
    <message>
        <source>Sectoral council: protocol number</source>
        <translation>Отраслевой совет: номер протокола</translation>
    </message>
    <message>
        <source>Sectoral council: date of the protocol</source>
        <translation>Отраслевой совет: дата протокола</translation>
    </message>
    <message>
        <source>National body: date of the conclusion</source>
        <translation>Национальный орган: дата заключения</translation>
    </message>
    <message>
        <source>NCE &quot;Atameken&quot;: date of the recommendations</source>
        <translation>НПП «Атамекен»: дата рекомендаций</translation>
    </message>
    <message>
        <source>Version number</source>
        <translation>Номер версии</translation>
    </message>
    <message>
        <source>Year of release</source>
        <translation>Год выпуска</translation>
    </message>
    <message>
        <source>Date of the planned update</source>
        <translation>Дата ориентировочной актуализации</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <source>Group code per NKZ</source>
        <translation>Код группы согласно НКЗ</translation>
    </message>
    <message>
        <source>Occupation code per NKZ</source>
        <translation>Код наименования занятия согласно НКЗ</translation>
    </message>
    <message>
        <source>Name of the profession per NKZ</source>
        <translation>Наименование профессии в соответствии с НКЗ</translation>
    </message>
    <message>
        <source>Qualification level per ORK</source>
        <translation>Уровень квалификации по ОРК</translation>
    </message>
    <message>
        <source>Qualification level per NRK</source>
        <translation>Уровень квалификации по НРК</translation>
    </message>
    <message>
        <source>Qualification level per ETKS, KS, TKH</source>
        <translation>Уровень квалификации по ЕТКС, КС, ТКХ</translation>
    </message>
    <message>
        <source>Requirements for work experience</source>
        <translation>Требования к опыту работы</translation>
    </message>
    <message>
        <source>Link with non-formal and informal education</source>
        <translation>Связь с неформальным и информальным образованием</translation>
    </message>
    <message>
        <source>Main purpose of the activity</source>
        <translation>Основная цель деятельности</translation>
    </message>
    <message>
        <source>Recognition of a separate skill</source>
        <translation>Возможность признания отдельного навыка</translation>
    </message>
    <message>
        <source>Level of education</source>
        <translation>Уровень образования</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Kind of labour function</source>
        <translation>Вид трудовой функции</translation>
    </message>
    <message>
        <source>Name of the labour function</source>
        <translation>Наименование трудовой функции</translation>
    </message>
    <message>
        <source>Name of the skill</source>
        <translation>Наименование навыка</translation>
    </message>
    <message>
        <source>Can be recognised as a separate skill</source>
        <translation>Может быть признан как отдельный навык</translation>
    </message>
    <message>
        <source>ORK level</source>
        <translation>Уровень ОРК</translation>
    </message>
    <message>
        <source>NRK level</source>
        <translation>Уровень НРК</translation>
    </message>
    <message>
        <source>NKZ code</source>
        <translation>Код НКЗ</translation>
    </message>
    <message>
        <source>Name of the profession</source>
        <translation>Наименование профессии</translation>
    </message>
    <message>
        <source>Name of the organization</source>
        <translation>Наименование организации</translation>
    </message>
    <message>
        <source>Executive: full name</source>
        <translation>Исполнитель: фамилия, имя, отчество (при его наличии)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Е-почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Chapter or appendix</source>
        <translation>Глава или приложение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Every text is checked for a wording in each of these languages.</source>
        <translation>Каждый текст проверяется на наличие формулировки на каждом из этих языков.</translation>
    </message>
    <message>
        <source>Where the professional standard applies.</source>
        <translation>Где применяется профессиональный стандарт.</translation>
    </message>
    <message>
        <source>Including a general description of the type of labour activity.</source>
        <translation>Включающее общую характеристику вида трудовой деятельности.</translation>
    </message>
    <message>
        <source>Per the unified tariff-qualification handbook of jobs and professions of workers, the qualification handbook of positions or the typical qualification characteristics, if there are such.</source>
        <translation>Согласно единому тарифно-квалификационному справочнику работ и профессий рабочих, квалификационному справочнику должностей руководителей, специалистов и других служащих, типовым квалификационным характеристикам должностей, если таковые имеются.</translation>
    </message>
    <message>
        <source>Whether a separate skill (skills) can be recognised within the profession.</source>
        <translation>Возможность признания отдельного навыка (навыков) в рамках одной профессии.</translation>
    </message>
    <message>
        <source>Mandatory functions are confirmed at the recognition of the qualification; additional ones are those the profession will need in future.</source>
        <translation>Обязательные трудовые функции необходимо подтверждать при признании профессиональной квалификации, а дополнительные — это функции, которые требуются данной профессии в будущем.</translation>
    </message>
    <message>
        <source>Terms and definitions</source>
        <translation>Термины и определения</translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation>Сокращения</translation>
    </message>
    <message>
        <source>List of profession cards</source>
        <translation>Перечень карточек профессий</translation>
    </message>
    <message>
        <source>State (sectoral) body</source>
        <translation>Государственный (отраслевой) орган</translation>
    </message>
    <message>
        <source>Organizations that took part in the development</source>
        <translation>Организации, участвовавшие в разработке</translation>
    </message>
    <message>
        <source>Extra chapters and appendices</source>
        <translation>Дополнительные главы и приложения</translation>
    </message>
    <message>
        <source>Level of professional education</source>
        <translation>Уровень профессионального образования</translation>
    </message>
    <message>
        <source>Other possible names of the profession</source>
        <translation>Другие возможные наименования профессии</translation>
    </message>
    <message>
        <source>List of labour functions</source>
        <translation>Перечень трудовых функций</translation>
    </message>
    <message>
        <source>Requirements for personal competencies</source>
        <translation>Требования к личностным компетенциям</translation>
    </message>
    <message>
        <source>Technical regulations and national standards</source>
        <translation>Технические регламенты и национальные стандарты</translation>
    </message>
    <message>
        <source>Link with other professions within the ORK</source>
        <translation>Связь с другими профессиями в рамках ОРК</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>Умения</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Знания</translation>
    </message>
    <message>
        <source>term</source>
        <translation>термин</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>сокращение</translation>
    </message>
    <message>
        <source>profession card</source>
        <translation>карточку профессии</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>уровень образования</translation>
    </message>
    <message>
        <source>labour function</source>
        <translation>трудовую функцию</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>навык</translation>
    </message>
    <message>
        <source>related profession</source>
        <translation>связанную профессию</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>государственный орган</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>организацию</translation>
    </message>
    <message>
        <source>chapter or appendix</source>
        <translation>главу или приложение</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>другое наименование</translation>
    </message>
    <message>
        <source>personal competency</source>
        <translation>личностную компетенцию</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>ability</source>
        <translation>умение</translation>
    </message>
    <message>
        <source>knowledge item</source>
        <translation>знание</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <source>item</source>
        <translation>пункт</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Обязательная</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Дополнительная</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>1. General provisions</source>
        <translation>1. Общие положения</translation>
    </message>
    <message>
        <source>2. Passport of the professional standard</source>
        <translation>2. Паспорт профессионального стандарта</translation>
    </message>
    <message>
        <source>3. Profession cards</source>
        <translation>3. Карточки профессий</translation>
    </message>
    <message>
        <source>4. Technical data of the professional standard</source>
        <translation>4. Технические данные профессионального стандарта</translation>
    </message>
    <message>
        <source>Profession card</source>
        <translation>Карточка профессии</translation>
    </message>
    <message>
        <source>Labour function</source>
        <translation>Трудовая функция</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Навык</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Date of the examination</source>
        <translation>Дата экспертизы</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Remark of the expert</source>
        <translation>Замечание эксперта</translation>
    </message>
    <message>
        <source>Approval step</source>
        <translation>Этап согласования</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Approving order: issued by</source>
        <translation>Приказ об утверждении: кем издан</translation>
    </message>
    <message>
        <source>Approving order: number</source>
        <translation>Приказ об утверждении: номер</translation>
    </message>
    <message>
        <source>Approving order: date</source>
        <translation>Приказ об утверждении: дата</translation>
    </message>
    <message>
        <source>Approving order: number of the appendix</source>
        <translation>Приказ об утверждении: номер приложения</translation>
    </message>
    <message>
        <source>Three digits, e.g. 012. A draft may leave it empty: the number is assigned when the standard is placed on the digital platform of the National Qualifications System.</source>
        <translation>Три цифры, например 012. В проекте можно не указывать: номер присваивается при размещении стандарта на цифровой платформе Национальной системы квалификаций.</translation>
    </message>
</context>
<context>
    <name>LanguageAligner</name>
    <message>
        <source>the files differ: %1 is «%2» in one and «%3» in the other; the first is kept</source>
        <translation>файлы расходятся: %1 в одном — «%2», в другом — «%3»; оставлено первое</translation>
    </message>
    <message>
        <source>only in the first file: the %1 file has no counterpart for it</source>
        <translation>только в первом файле: в файле на языке: %1 ему нет соответствия</translation>
    </message>
    <message>
        <source>only in the %1 file: added with its text in that language only</source>
        <translation>только в файле на языке: %1; добавлено с текстом только на этом языке</translation>
    </message>
</context>
<context>
    <name>OoxmlPackage</name>
    <message>
        <source>is not a readable %1: the zip archive is damaged or incomplete</source>
        <translation>не читается как %1: zip-архив повреждён или неполон</translation>
    </message>
    <message>
        <source>the archive holds %1 files; %2</source>
        <translation>в архиве %1 файлов; %2</translation>
    </message>
    <message>
        <source>the %1 has no part %2</source>
        <translation>в %1 нет части %2</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (is the %2 encrypted or damaged?)</source>
        <translation>часть %1 не распаковывается (%2 зашифрован или повреждён?)</translation>
    </message>
    <message>
        <source>the part %1 is damaged: %2</source>
        <translation>часть %1 повреждена: %2</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2 MB; this is not %3</source>
        <translation>часть %1 распаковывается в более чем %2 МБ; это не %3</translation>
    </message>
    <message>
        <source>the part %1 is damaged (its checksum does not match)</source>
        <translation>часть %1 повреждена (контрольная сумма не совпадает)</translation>
    </message>
</context>
<context>
    <name>PdfStandardWriter</name>
    <message>
        <source>PDF needs the fonts of a graphical application</source>
        <translation>для PDF нужны шрифты графического приложения</translation>
    </message>
    <message>
        <source>the font %1 is not installed (Debian package fonts-liberation2)</source>
        <translation>шрифт %1 не установлен (пакет Debian fonts-liberation2)</translation>
    </message>
    <message>
        <source>cannot start painting the pages</source>
        <translation>не удаётся начать отрисовку страниц</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>не удаётся начать страницу %1</translation>
    </message>
    <message>
        <source>cannot finish the pages</source>
        <translation>не удаётся завершить отрисовку страниц</translation>
    </message>
    <message>
        <source>no pages were produced</source>
        <translation>не создано ни одной страницы</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>не удаётся записать: %1</translation>
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
        <translation>изображение пустое или слишком велико</translation>
    </message>
    <message>
        <source>out of memory for the PNG image</source>
        <translation>недостаточно памяти для изображения PNG</translation>
    </message>
    <message>
        <source>the PNG image could not be written: %1</source>
        <translation>не удалось записать изображение PNG: %1</translation>
    </message>
</context>
<context>
    <name>PublishedLink</name>
    <message>
        <source>published as version %1, but the file cannot be opened to record that: %2</source>
        <translation>опубликовано как версия %1, но файл не удалось открыть, чтобы записать это: %2</translation>
    </message>
    <message>
        <source>published as version %1, but the file cannot be written to record that: %2; pull version %1 to go on from it</source>
        <translation>опубликовано как версия %1, но в файл не удалось это записать: %2; получите версию %1, чтобы продолжить работу с неё</translation>
    </message>
    <message>
        <source>published as version %1, but the file now records another registry version (it was pulled or published again meanwhile), so it was left as it is</source>
        <translation>опубликовано как версия %1, но файл теперь указывает другую версию реестра (за это время его снова получили или опубликовали), поэтому он оставлен как есть</translation>
    </message>
</context>
<context>
    <name>QualificationMap</name>
    <message>
        <source>%1 is not an OKED section (a letter, e.g. B) or division (two digits, e.g. 07)</source>
        <translation>%1 — не секция ОКЭД (буква, например B) и не раздел (две цифры, например 07)</translation>
    </message>
    <message>
        <source>the map cannot be made: %1</source>
        <translation>карту не удаётся построить: %1</translation>
    </message>
    <message>
        <source>no registered standard has a card in OKED %1</source>
        <translation>ни в одном зарегистрированном стандарте нет карточек по ОКЭД %1</translation>
    </message>
</context>
<context>
    <name>QualificationMapPainter</name>
    <message>
        <source>a qualification map is written as .svg or .png</source>
        <translation>карта квалификаций сохраняется в .svg или .png</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>не удаётся записать: %1</translation>
    </message>
    <message>
        <source>cannot be written: the drawing failed</source>
        <translation>не удаётся записать: рисование не удалось</translation>
    </message>
    <message>
        <source>cannot be written: the image is too large</source>
        <translation>не удаётся записать: изображение слишком большое</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>this database already holds a registry (schema %1); to bring it up to date, use registry upgrade</source>
        <translation>в этой базе данных уже есть реестр (схема %1); чтобы обновить его, используйте registry upgrade</translation>
    </message>
    <message>
        <source>this database holds no registry; make one with registry init</source>
        <translation>в этой базе данных нет реестра; создайте его командой registry init</translation>
    </message>
    <message>
        <source>the registry has an older schema (%1; this version of Kasibi uses %2); its administrator brings it up to date with registry upgrade</source>
        <translation>у реестра старая схема (%1; эта версия Kasibi использует %2); администратор реестра обновляет её командой registry upgrade</translation>
    </message>
    <message>
        <source>the registry cannot be read: %1</source>
        <translation>реестр не читается: %1</translation>
    </message>
    <message>
        <source>your account (%1) may not %2</source>
        <translation>вашей учётной записи (%1) не разрешено: %2</translation>
    </message>
    <message>
        <source>the registry refused to %1: %2</source>
        <translation>реестр отказал (%1): %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>no registered version</source>
        <translation>ни одна зарегистрированная версия</translation>
    </message>
    <message>
        <source>publishing is refused: version %1 of this standard was published by %2 on %3, after the version this document comes from (%4); pull version %1 and compare it with yours first</source>
        <translation>публикация отклонена: версию %1 этого стандарта опубликовал %2 (%3) после версии, из которой получен этот документ (%4); сначала получите версию %1 и сравните её со своей</translation>
    </message>
    <message>
        <source>read the standard&apos;s versions</source>
        <translation>читать версии стандарта</translation>
    </message>
    <message>
        <source>the registry has no version %1 of standard %2</source>
        <translation>в реестре нет версии %1 стандарта %2</translation>
    </message>
    <message>
        <source>read the registry</source>
        <translation>читать реестр</translation>
    </message>
    <message>
        <source>the document says it matches version %1 of its standard, which this registry does not have (its latest is %2)</source>
        <translation>документ указывает, что соответствует версии %1 своего стандарта, которой нет в этом реестре (последняя — %2)</translation>
    </message>
    <message>
        <source>read the registry&apos;s accounts</source>
        <translation>читать учётные записи реестра</translation>
    </message>
    <message>
        <source>the standard names no developer organisation, and your account (%1) belongs to none</source>
        <translation>в стандарте не указана организация-разработчик, а ваша учётная запись (%1) не относится ни к одной</translation>
    </message>
    <message>
        <source>your account (%1) may not publish standards: it is not an author of any organisation in this registry</source>
        <translation>вашей учётной записи (%1) не разрешено публиковать стандарты: она не является автором ни одной организации в этом реестре</translation>
    </message>
    <message>
        <source>register the organisation</source>
        <translation>зарегистрировать организацию</translation>
    </message>
    <message>
        <source>the standard&apos;s id %1 is not a UUID; export and import it to give it one</source>
        <translation>идентификатор стандарта %1 не является UUID; экспортируйте и импортируйте стандарт, чтобы он его получил</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>публиковать</translation>
    </message>
    <message>
        <source>your account (%1) may not publish standards of organisation %2</source>
        <translation>вашей учётной записи (%1) не разрешено публиковать стандарты организации %2</translation>
    </message>
    <message>
        <source>%1 is not a standard&apos;s id (a UUID, as registry list shows)</source>
        <translation>%1 — не идентификатор стандарта (UUID, как его показывает registry list)</translation>
    </message>
    <message>
        <source>read the standard</source>
        <translation>читать стандарт</translation>
    </message>
    <message>
        <source>the registry has no standard %1</source>
        <translation>в реестре нет стандарта %1</translation>
    </message>
    <message>
        <source>comment on published standards</source>
        <translation>комментировать опубликованные стандарты</translation>
    </message>
    <message>
        <source>give the conclusion on published standards</source>
        <translation>давать заключение по опубликованным стандартам</translation>
    </message>
    <message>
        <source>the document has no comments and no conclusion to send</source>
        <translation>в документе нет ни замечаний, ни заключения для отправки</translation>
    </message>
</context>
<context>
    <name>RegistryCheck</name>
    <message>
        <source>the registry cannot be checked: %1</source>
        <translation>реестр не удаётся проверить: %1</translation>
    </message>
</context>
<context>
    <name>RegistryConnection</name>
    <message>
        <source>no registry is given: pass --db with a PostgreSQL connection string or URI, or set %1</source>
        <translation>реестр не указан: передайте --db со строкой подключения или URI PostgreSQL либо задайте %1</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URI: %1</source>
        <translation>недопустимый URI PostgreSQL: %1</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>неизвестный параметр &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the connection string cannot contain &apos;;&apos;</source>
        <translation>строка подключения не может содержать «;»</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian: apt-get install libqt6sql6-psql</source>
        <translation>драйвер PostgreSQL для Qt (QPSQL) не установлен; в Debian: apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to the registry: %1</source>
        <translation>не удаётся подключиться к реестру: %1</translation>
    </message>
    <message>
        <source>cannot connect to the registry: the server did not answer in time (%1)</source>
        <translation>не удаётся подключиться к реестру: сервер не ответил вовремя (%1)</translation>
    </message>
    <message>
        <source>the registry did not answer within %1 s</source>
        <translation>реестр не ответил в течение %1 с</translation>
    </message>
    <message>
        <source>cannot ask the registry to stop: %1</source>
        <translation>не удалось попросить реестр остановиться: %1</translation>
    </message>
</context>
<context>
    <name>RegistryMigrations</name>
    <message>
        <source>the registry was made by a newer version of Kasibi (registry schema %1; this version knows up to %2); use a newer Kasibi</source>
        <translation>реестр создан более новой версией Kasibi (схема реестра %1; эта версия знает схемы до %2); используйте более новую версию Kasibi</translation>
    </message>
    <message>
        <source>the registry schema step %1 is missing</source>
        <translation>отсутствует шаг схемы реестра %1</translation>
    </message>
    <message>
        <source>the registry cannot be brought to schema %1: %2</source>
        <translation>реестр не удаётся привести к схеме %1: %2</translation>
    </message>
</context>
<context>
    <name>RegistrySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation>нечего искать</translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation>поиск не удался: %1</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <source>On «%1»: %2</source>
        <translation>К «%1»: %2</translation>
    </message>
    <message>
        <source>Insert «%1»</source>
        <translation>Вставить «%1»</translation>
    </message>
    <message>
        <source>Delete «%1»</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>Replace «%1» with «%2»</source>
        <translation>Заменить «%1» на «%2»</translation>
    </message>
    <message>
        <source>Tracked change: %1</source>
        <translation>Исправление в режиме записи: %1</translation>
    </message>
    <message>
        <source>Reviewer in Word</source>
        <translation>Рецензент в Word</translation>
    </message>
    <message>
        <source>was exported from another standard (id %1, this one is %2): its remarks do not belong here</source>
        <translation>экспортирован из другого стандарта (id %1, а у этого %2): его замечания сюда не относятся</translation>
    </message>
</context>
<context>
    <name>ReviewedFileReader</name>
    <message>
        <source>a reviewed standard</source>
        <translation>рецензированный стандарт</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep, which no document is</source>
        <translation>элементы вложены глубже %1 уровней, чего в документах не бывает</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
</context>
<context>
    <name>SqliteHardening</name>
    <message>
        <source>the SQLite handle is not available</source>
        <translation>дескриптор SQLite недоступен</translation>
    </message>
    <message>
        <source>SQLite refused its defensive settings</source>
        <translation>SQLite отказался применить защитные настройки</translation>
    </message>
</context>
<context>
    <name>StandardRecognizer</name>
    <message>
        <source>paragraph %1</source>
        <translation>абзац %1</translation>
    </message>
    <message>
        <source>table %1, row %2, cell %3</source>
        <translation>таблица %1, строка %2, ячейка %3</translation>
    </message>
    <message>
        <source>no label claims this text; it is kept in &quot;Unplaced text&quot; for the author to move: %1</source>
        <translation>этот текст не относится ни к одной надписи; он сохранён в разделе &quot;Неразмещённый текст&quot;, чтобы автор перенёс его: %1</translation>
    </message>
    <message>
        <source>a «Задача» (task) of the older template is taken as a skill of its labour function</source>
        <translation>«Задача» прежнего шаблона принята как навык её трудовой функции</translation>
    </message>
    <message>
        <source>«Умения и навыки» (abilities and skills) of the older template are taken as abilities</source>
        <translation>«Умения и навыки» прежнего шаблона приняты как умения</translation>
    </message>
    <message>
        <source>«%1» has no place in the 2023 structure; kept in an extra section</source>
        <translation>для «%1» нет места в структуре 2023 года; сохранено в дополнительном разделе</translation>
    </message>
    <message>
        <source>skills printed without a labour function above them: a labour function without a name holds them</source>
        <translation>навыки напечатаны без трудовой функции над ними: они помещены в трудовую функцию без наименования</translation>
    </message>
    <message>
        <source>the older template prints no skills: the abilities and knowledge of each labour function are put into one skill without a name, for the author to name and split</source>
        <translation>в прежнем шаблоне навыков нет: умения и знания каждой трудовой функции помещены в один навык без наименования, чтобы автор дал ему наименование и разделил его</translation>
    </message>
    <message>
        <source>a field of the older template without a place in the 2023 structure</source>
        <translation>поле прежнего шаблона, которому нет места в структуре 2023 года</translation>
    </message>
    <message>
        <source>the standard&apos;s number «%1» is not the serial number of the 2023 code (three digits); kept as printed</source>
        <translation>номер стандарта «%1» не является порядковым номером кода 2023 года (три цифры); сохранён как напечатан</translation>
    </message>
    <message>
        <source>an OKED entry printed without its code; the 2023 structure needs the codes of section, division, group, class and subclass</source>
        <translation>позиция ОКЭД напечатана без кода; структура 2023 года требует кодов секции, раздела, группы, класса и подкласса</translation>
    </message>
    <message>
        <source>the code printed for the profession, %1, is an NKZ group code; the occupation code is left for the author</source>
        <translation>код, напечатанный для профессии, %1, — это код группы НКЗ; код занятия оставлен автору</translation>
    </message>
    <message>
        <source>the profession&apos;s code is printed with more than a code; kept as printed</source>
        <translation>код профессии напечатан вместе с другим текстом; сохранён как напечатан</translation>
    </message>
    <message>
        <source>the group code is not four digits; kept as printed</source>
        <translation>код группы состоит не из четырёх цифр; сохранён как напечатан</translation>
    </message>
    <message>
        <source>the group code printed as «%1» is taken as %2</source>
        <translation>код группы, напечатанный как «%1», принят как %2</translation>
    </message>
    <message>
        <source>the level is printed as the range %1-%2; the lower level %1 is taken</source>
        <translation>уровень напечатан как диапазон %1-%2; принят нижний уровень %1</translation>
    </message>
    <message>
        <source>a range of levels, kept as printed</source>
        <translation>диапазон уровней, сохранён как напечатан</translation>
    </message>
    <message>
        <source>the education and experience printed with the ORK level are taken as the required education</source>
        <translation>образование и опыт, напечатанные вместе с уровнем ОРК, приняты как требуемое образование</translation>
    </message>
    <message>
        <source>the related profession&apos;s ORK level is printed as the range %1; the lower level %2 is taken and the range kept in an extra section</source>
        <translation>уровень ОРК родственной профессии напечатан как диапазон %1; принят нижний уровень %2, а диапазон сохранён в дополнительном разделе</translation>
    </message>
    <message>
        <source>a related profession with a range of levels, kept as printed</source>
        <translation>родственная профессия с диапазоном уровней, сохранена как напечатана</translation>
    </message>
    <message>
        <source>the approving order named among the developers is kept in an extra section</source>
        <translation>приказ об утверждении, указанный среди разработчиков, сохранён в дополнительном разделе</translation>
    </message>
    <message>
        <source>a date that could not be read; kept as printed</source>
        <translation>дата, которую не удалось прочитать; сохранена как напечатана</translation>
    </message>
    <message>
        <source>a version that could not be read; kept as printed</source>
        <translation>версия, которую не удалось прочитать; сохранена как напечатана</translation>
    </message>
    <message>
        <source>several versions are printed; the last one, %1, is taken and the history kept in an extra section</source>
        <translation>напечатано несколько версий; принята последняя, %1, а история сохранена в дополнительном разделе</translation>
    </message>
    <message>
        <source>the version as printed</source>
        <translation>версия в напечатанном виде</translation>
    </message>
    <message>
        <source>the planned update is printed as «%1», not as a date; the author sets the date</source>
        <translation>планируемое обновление напечатано как «%1», а не как дата; дату устанавливает автор</translation>
    </message>
    <message>
        <source>the card&apos;s heading gives the profession&apos;s name</source>
        <translation>заголовок карточки содержит наименование профессии</translation>
    </message>
    <message>
        <source>the card&apos;s heading names it differently from its profession; kept as printed</source>
        <translation>в заголовке карточки она названа иначе, чем её профессия; сохранено как напечатано</translation>
    </message>
    <message>
        <source>the labour function is named differently in the card&apos;s list; the name above its skills is taken</source>
        <translation>в перечне карточки трудовая функция названа иначе; принято наименование над её навыками</translation>
    </message>
    <message>
        <source>the older template does not say which labour functions are mandatory and which additional: all are taken as mandatory</source>
        <translation>в прежнем шаблоне не указано, какие трудовые функции обязательные, а какие дополнительные: все приняты как обязательные</translation>
    </message>
    <message>
        <source>the labour function is listed but printed without skills</source>
        <translation>трудовая функция указана в перечне, но напечатана без навыков</translation>
    </message>
    <message>
        <source>NKZ occupation code</source>
        <translation>код занятия по НКЗ</translation>
    </message>
    <message>
        <source>NRK level</source>
        <translation>уровень НРК</translation>
    </message>
    <message>
        <source>work experience</source>
        <translation>опыт работы</translation>
    </message>
    <message>
        <source>non-formal and informal education</source>
        <translation>неформальное и информальное образование</translation>
    </message>
    <message>
        <source>the whole-task assessment</source>
        <translation>оценка целостного задания</translation>
    </message>
    <message>
        <source>not in the source, for the author to supply: %1</source>
        <translation>нет в источнике, указывает автор: %1</translation>
    </message>
    <message>
        <source>the list of cards is made from the cards in the 2023 structure; the printed list is kept as it was</source>
        <translation>перечень карточек составлен по карточкам структуры 2023 года; напечатанный перечень сохранён как был</translation>
    </message>
    <message>
        <source>the approving order&apos;s number or date could not be read; the header is kept as printed</source>
        <translation>номер или дату приказа об утверждении не удалось прочитать; заголовок сохранён как напечатан</translation>
    </message>
    <message>
        <source>the title differs from the standard&apos;s name; kept as printed</source>
        <translation>заглавие отличается от наименования стандарта; сохранено как напечатано</translation>
    </message>
    <message>
        <source>the state body is not in the source, for the author to supply</source>
        <translation>государственного органа нет в источнике, его указывает автор</translation>
    </message>
    <message>
        <source>page header, </source>
        <translation>верхний колонтитул, </translation>
    </message>
    <message>
        <source>has no professional standard in it: none of the labels a standard is printed with (a profession card, labour functions, skills) was found</source>
        <translation>в нём нет профессионального стандарта: не найдено ни одной надписи, с которыми печатается стандарт (карточка профессии, трудовые функции, навыки)</translation>
    </message>
</context>
<context>
    <name>WordDocumentReader</name>
    <message>
        <source>elements are nested more than %1 deep, which no document is</source>
        <translation>элементы вложены глубже %1 уровней, чего не бывает ни в одном документе</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <source>cannot be read: no such readable file</source>
        <translation>не читается: нет такого доступного файла</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not %2</source>
        <translation>файл больше %1 МБ; это не %2</translation>
    </message>
    <message>
        <source>is an old binary Word document (.doc); open it in Word or LibreOffice and save it as .docx, then import that</source>
        <translation>это старый двоичный документ Word (.doc); откройте его в Word или LibreOffice, сохраните как .docx и импортируйте его</translation>
    </message>
    <message>
        <source>is a PDF file, from which the structure of a document cannot be read; import the Word (.docx) file it was made from</source>
        <translation>это файл PDF, из которого нельзя прочитать структуру документа; импортируйте файл Word (.docx), из которого он сделан</translation>
    </message>
    <message>
        <source>DOCX document</source>
        <translation>документ DOCX</translation>
    </message>
    <message>
        <source>a Word document holds a few dozen</source>
        <translation>в документе Word их несколько десятков</translation>
    </message>
    <message>
        <source>is a zip archive but not a Word document (it has no word/document.xml)</source>
        <translation>это zip-архив, но не документ Word (в нём нет word/document.xml)</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <source>give one Word file, or the Kazakh and the Russian file of the same standard</source>
        <translation>укажите один файл Word или казахский и русский файлы одного стандарта</translation>
    </message>
    <message>
        <source>both files are written in %1; give the Kazakh and the Russian file of the standard</source>
        <translation>оба файла написаны на языке: %1; укажите казахский и русский файлы стандарта</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message>
        <source>expected a day as MM-DD</source>
        <translation>ожидается день в формате ММ-ДД</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>ожидается дата в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>The holiday calendar lists Kurban ait and the days off moved by decree up to %1: in %2 the deadline is computed without them. Load a newer calendar when it is published.</source>
        <translation>Календарь праздников содержит Курбан айт и перенесённые постановлением выходные дни до %1 года: в %2 году срок рассчитан без них. Загрузите более новый календарь, когда он будет опубликован.</translation>
    </message>
    <message>
        <source>The holiday calendar lists no Kurban ait nor days off moved by decree: the deadline is computed without them. Load a calendar that has them.</source>
        <translation>Календарь праздников не содержит ни Курбан айта, ни перенесённых постановлением выходных дней: срок рассчитан без них. Загрузите календарь, в котором они есть.</translation>
    </message>
</context>
<context>
    <name>XmlPartReader</name>
    <message>
        <source>a document type declaration, which a %1 never has</source>
        <translation>объявление типа документа, которого в %1 не бывает</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2): %3</source>
        <translation>часть %1 — некорректный XML (строка %2): %3</translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierController</name>
    <message>
        <source>The classifiers could not be opened: %1</source>
        <translation>Не удалось открыть классификаторы: %1</translation>
    </message>
    <message>
        <source>Load &amp;Classifier Edition…</source>
        <translation>Загрузить редакцию &amp;классификатора…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>The classifier edition could not be loaded</source>
        <translation>Не удалось загрузить редакцию классификатора</translation>
    </message>
    <message numerus="yes">
        <source>%1 edition “%2” loaded: %n code(s).</source>
        <translation>
            <numerusform>Загружена редакция %1 «%2»: %n код.</numerusform>
            <numerusform>Загружена редакция %1 «%2»: %n кода.</numerusform>
            <numerusform>Загружена редакция %1 «%2»: %n кодов.</numerusform>
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
            <numerusform>%1: %2 (%n кода)</numerusform>
            <numerusform>%1: %2 (%n кодов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Classifier editions in use:</source>
        <translation>Действующие редакции классификаторов:</translation>
    </message>
    <message>
        <source>Classifier &amp;Editions…</source>
        <translation>&amp;Редакции классификаторов…</translation>
    </message>
    <message>
        <source>The classifiers could not be opened</source>
        <translation>Не удалось открыть классификаторы</translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierEditionDialog</name>
    <message>
        <source>&amp;Replace an edition of the same name</source>
        <translation>&amp;Заменить редакцию с тем же наименованием</translation>
    </message>
    <message>
        <source>Load a Classifier Edition</source>
        <translation>Загрузка редакции классификатора</translation>
    </message>
    <message>
        <source>e.g. GK RK 03-2019 (2023)</source>
        <translation>например, ГК РК 03-2019 (2023)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Classifier:</source>
        <translation>&amp;Классификатор:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Edition &amp;name:</source>
        <translation>&amp;Наименование редакции:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or Windows-1251) with the columns code, name_kk and name_ru. The edition loaded last is the one in use.</source>
        <translation>Книга Excel (.xlsx) или файл CSV (UTF-8 или Windows-1251) со столбцами code, name_kk и name_ru. Действующей считается редакция, загруженная последней.</translation>
    </message>
    <message>
        <source>Classifier editions (*.xlsx *.csv);;All files (*)</source>
        <translation>Редакции классификаторов (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (economic activities)</source>
        <translation>%1 (виды экономической деятельности)</translation>
    </message>
    <message>
        <source>%1 (occupations)</source>
        <translation>%1 (занятия)</translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierEditionsDialog</name>
    <message>
        <source>&amp;Use This Edition</source>
        <translation>&amp;Использовать эту редакцию</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Classifier Editions</source>
        <translation>Редакции классификаторов</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Кодов</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Загружена</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>&amp;Load an Edition…</source>
        <translation>&amp;Загрузить редакцию…</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>встроенная</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>The edition could not be put in use</source>
        <translation>Редакцию не удалось сделать используемой</translation>
    </message>
    <message>
        <source>The edition could not be removed</source>
        <translation>Редакцию не удалось удалить</translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierLookup</name>
    <message>
        <source>Find the subclass in OKED: code or words in Kazakh or Russian</source>
        <translation>Поиск подкласса в ОКЭД: код или слова на казахском или русском языке</translation>
    </message>
    <message>
        <source>Find the occupation in NKZ: code or words in Kazakh or Russian</source>
        <translation>Поиск занятия в НКЗ: код или слова на казахском или русском языке</translation>
    </message>
    <message>
        <source>The classifiers could not be opened: %1</source>
        <translation>Не удалось открыть классификаторы: %1</translation>
    </message>
    <message>
        <source>No classifier store is open.</source>
        <translation>Хранилище классификаторов не открыто.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>the edition in use has no code %1</source>
        <translation>в действующей редакции нет кода %1</translation>
    </message>
    <message>
        <source>The %1 edition in use (%2) holds only sections and divisions, no subclasses.</source>
        <translation>В используемой редакции %1 (%2) только секции и разделы, подклассов нет.</translation>
    </message>
    <message>
        <source>The %1 edition in use (%2) holds only major and sub-major groups, no occupations.</source>
        <translation>В используемой редакции %1 (%2) только основные группы и подгруппы, занятий нет.</translation>
    </message>
    <message>
        <source>Load it…</source>
        <translation>Загрузить…</translation>
    </message>
</context>
<context>
    <name>kasibi::CommentBadges</name>
    <message numerus="yes">
        <source>%n open comment(s): click to read</source>
        <translation>
            <numerusform>%n открытый комментарий: нажмите, чтобы прочитать</numerusform>
            <numerusform>%n открытых комментария: нажмите, чтобы прочитать</numerusform>
            <numerusform>%n открытых комментариев: нажмите, чтобы прочитать</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::CommentEditDialog</name>
    <message>
        <source>Add a comment</source>
        <translation>Добавление комментария</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>&lt;b&gt;On:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Место:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>kasibi::CommentsController</name>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Добавить &amp;комментарий…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <source>Comment on the field being edited, or on the selected element (%1)</source>
        <translation>Комментарий к редактируемому полю или к выбранному элементу (%1)</translation>
    </message>
    <message>
        <source>Comment on the &amp;Whole Standard…</source>
        <translation>Замечание ко всему &amp;стандарту…</translation>
    </message>
    <message>
        <source>&amp;Import Comments From…</source>
        <translation>&amp;Импортировать комментарии из…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Comments are signed with your name. It is kept in the preferences, where you can change it.</source>
        <translation>Комментарии подписываются вашим именем. Оно хранится в настройках, где его можно изменить.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>добавить комментарий</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>ответить на комментарий</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>отметить комментарий решённым</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>открыть комментарий повторно</translation>
    </message>
    <message>
        <source>The comment could not be deleted</source>
        <translation>Не удалось удалить комментарий</translation>
    </message>
    <message>
        <source>Only the author of a comment can delete it.</source>
        <translation>Удалить комментарий может только его автор.</translation>
    </message>
    <message>
        <source>Others have replied to it: resolve it instead.</source>
        <translation>На него уже ответили: вместо удаления отметьте его решённым.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>удалить комментарий</translation>
    </message>
    <message>
        <source>The comments could not be imported</source>
        <translation>Не удалось импортировать комментарии</translation>
    </message>
    <message>
        <source>No new comments in %1.</source>
        <translation>В %1 нет новых комментариев.</translation>
    </message>
    <message>
        <source>Import comments</source>
        <translation>импортировать комментарии</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) imported from %1.</source>
        <translation>
            <numerusform>Из %1 импортирован %n комментарий.</numerusform>
            <numerusform>Из %1 импортировано %n комментария.</numerusform>
            <numerusform>Из %1 импортировано %n комментариев.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) imported from %1</source>
        <translation>
            <numerusform>Из %1 импортирован %n комментарий</numerusform>
            <numerusform>Из %1 импортировано %n комментария</numerusform>
            <numerusform>Из %1 импортировано %n комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s) resolved there.</source>
        <translation>
            <numerusform>, решено обсуждений: %n.</numerusform>
            <numerusform>, решено обсуждений: %n.</numerusform>
            <numerusform>, решено обсуждений: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The suggestion could not be applied</source>
        <translation>Не удалось применить предложение</translation>
    </message>
    <message>
        <source>The content is frozen for review: end the review to apply suggestions.</source>
        <translation>Содержание заморожено на время рецензирования: завершите рецензирование, чтобы применять предложения.</translation>
    </message>
    <message>
        <source>The text at %1 has changed since the reviewer saw it, and applying the suggestion would overwrite that edit. Nothing was changed: make the change by hand, or resolve the suggestion.</source>
        <translation>Текст в месте «%1» изменён после того, как его видел рецензент, и применение предложения затёрло бы эту правку. Ничего не изменено: внесите изменение вручную или отметьте предложение решённым.</translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation>применить предложение</translation>
    </message>
    <message>
        <source>Select a field or an element to comment on.</source>
        <translation>Выберите поле или элемент, к которому нужен комментарий.</translation>
    </message>
    <message>
        <source>Import comments from a reviewed copy</source>
        <translation>Импорт комментариев из рецензированной копии</translation>
    </message>
    <message>
        <source>Standards (*.kasibi *.json)</source>
        <translation>Стандарты (*.kasibi *.json)</translation>
    </message>
    <message>
        <source>Import Review From &amp;Word…</source>
        <translation>Импортировать рецензию из &amp;Word…</translation>
    </message>
    <message>
        <source>The review could not be imported</source>
        <translation>Не удалось импортировать рецензию</translation>
    </message>
    <message>
        <source>Import Review From Word</source>
        <translation>Импорт рецензии из Word</translation>
    </message>
    <message>
        <source>%1 was exported from another standard (%2). Import its comments into this one anyway?</source>
        <translation>Файл %1 экспортирован из другого стандарта (%2). Всё равно импортировать его комментарии в этот стандарт?</translation>
    </message>
    <message>
        <source>Import review from Word</source>
        <translation>Импорт рецензии из Word</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Из %1:</translation>
    </message>
    <message>
        <source>comments anchored by mark: %1, by text: %2, unanchored: %3</source>
        <translation>комментариев привязано по метке: %1, по тексту: %2, без привязки: %3</translation>
    </message>
    <message>
        <source>suggestions: %1</source>
        <translation>предложений правки: %1</translation>
    </message>
    <message>
        <source>already in the standard: %1</source>
        <translation>уже были в стандарте: %1</translation>
    </message>
    <message>
        <source>Import a review from Word</source>
        <translation>Импорт рецензии из Word</translation>
    </message>
</context>
<context>
    <name>kasibi::CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Ответить…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Отметить решённым</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Open a standard to see its comments.</source>
        <translation>Откройте стандарт, чтобы увидеть его комментарии.</translation>
    </message>
    <message>
        <source>No comments match the filter.</source>
        <translation>Нет комментариев, соответствующих фильтру.</translation>
    </message>
    <message>
        <source>No comments yet. Select a field and press %1 to add one.</source>
        <translation>Комментариев пока нет. Чтобы добавить комментарий, выберите поле и нажмите %1.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть повторно</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>По месту</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>По дате</translation>
    </message>
    <message>
        <source>List the comments in the order of their places in the standard, or of their dates</source>
        <translation>Упорядочить комментарии по их месту в стандарте или по дате</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Make the suggested change in the standard and resolve the suggestion, as one step that Undo takes back</source>
        <translation>Внести предложенное изменение в стандарт и отметить предложение решённым — одним шагом, который можно отменить</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Предложение: %1</translation>
    </message>
    <message>
        <source>Suggested change:</source>
        <translation>Предлагаемое изменение:</translation>
    </message>
    <message>
        <source>Suggested change (%1):</source>
        <translation>Предлагаемое изменение (%1):</translation>
    </message>
    <message>
        <source>The text has been changed since the reviewer saw it: the suggestion can no longer be applied as it is.</source>
        <translation>Текст изменён после того, как его видел рецензент: предложение уже нельзя применить как есть.</translation>
    </message>
</context>
<context>
    <name>kasibi::CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <source>Current content</source>
        <translation>Текущее содержание</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of %2</source>
        <translation>Версия «%1» от %2</translation>
    </message>
    <message>
        <source>Another file of this standard…</source>
        <translation>Другой файл этого стандарта…</translation>
    </message>
    <message>
        <source>Older (left):</source>
        <translation>Более ранняя (слева):</translation>
    </message>
    <message>
        <source>Newer (right):</source>
        <translation>Более поздняя (справа):</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <source>no such version</source>
        <translation>такой версии нет</translation>
    </message>
    <message>
        <source>nothing to compare named %1</source>
        <translation>нет объекта сравнения с именем %1</translation>
    </message>
    <message>
        <source>not the same standard as the open one (their ids differ)</source>
        <translation>это не тот стандарт, который открыт (их идентификаторы различаются)</translation>
    </message>
    <message>
        <source>Compare with a File</source>
        <translation>Сравнение с файлом</translation>
    </message>
    <message>
        <source>Standards (*.kasibi *.json)</source>
        <translation>Стандарты (*.kasibi *.json)</translation>
    </message>
    <message>
        <source>The file cannot be compared</source>
        <translation>Файл невозможно сравнить</translation>
    </message>
    <message>
        <source>Export the Change Report</source>
        <translation>Экспорт отчёта об изменениях</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Не удалось записать отчёт</translation>
    </message>
    <message>
        <source>the change report is written as %1</source>
        <translation>отчёт об изменениях записывается в формате %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
</context>
<context>
    <name>kasibi::CompareView</name>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Изменено (%1)</translation>
    </message>
    <message>
        <source>Moved within its list</source>
        <translation>Перемещено в пределах списка</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перемещено</translation>
    </message>
    <message>
        <source>Place and change</source>
        <translation>Место и изменение</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Более ранняя версия</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Более поздняя версия</translation>
    </message>
    <message>
        <source>typo fix?</source>
        <translation>опечатка?</translation>
    </message>
    <message>
        <source>Tick if this edit only fixes spelling and does not change the content (rule 18).</source>
        <translation>Отметьте, если правка только исправляет опечатку и не меняет содержание (пункт 18 Правил).</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Изменений нет</translation>
    </message>
    <message>
        <source>Significant change: the whole approval procedure again (rule 17)</source>
        <translation>Значительные изменения: актуализация проводится в полном порядке главы 2 (пункт 17 Правил)</translation>
    </message>
    <message>
        <source>Not a significant change (rule 18)</source>
        <translation>Незначительные изменения (пункт 18 Правил)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::ConclusionController</name>
    <message>
        <source>&amp;Conclusion…</source>
        <translation>&amp;Заключение…</translation>
    </message>
    <message>
        <source>&amp;Export Conclusion…</source>
        <translation>&amp;Экспорт заключения…</translation>
    </message>
</context>
<context>
    <name>kasibi::ConclusionDialog</name>
    <message>
        <source>Fill from &amp;Validation</source>
        <translation>Заполнить по результатам &amp;проверки</translation>
    </message>
    <message>
        <source>Conclusion of the National body</source>
        <translation>Заключение Национального органа</translation>
    </message>
    <message>
        <source>The conclusion on the expert examination of the draft (Appendix 3 to the Rules). Each criterion is assessed by the expert; the verdicts can be drafted from validation and then changed.</source>
        <translation>Заключение по итогам экспертизы проекта профессионального стандарта (приложение 3 к Правилам). Каждый критерий оценивает эксперт; оценки можно предварительно заполнить по результатам проверки, а затем изменить.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Remark of the expert</source>
        <translation>Замечание эксперта</translation>
    </message>
    <message>
        <source>Draft every verdict from the findings of validation: &quot;does not meet&quot; where an error stands against the criterion</source>
        <translation>Предварительно заполнить оценки по всем критериям по замечаниям проверки: «не соответствует», если по критерию есть ошибка</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>— not assessed —</source>
        <translation>— не оценено —</translation>
    </message>
    <message>
        <source>Choose a verdict first</source>
        <translation>Сначала выберите оценку</translation>
    </message>
    <message>
        <source>Assess criterion %1</source>
        <translation>оценить критерий %1</translation>
    </message>
    <message>
        <source>Fill from validation</source>
        <translation>Заполнение по результатам проверки</translation>
    </message>
    <message>
        <source>Replace the verdicts and remarks with a draft from validation? Undo brings the present ones back.</source>
        <translation>Заменить оценки и замечания предварительными, заполненными по результатам проверки? Отмена вернёт текущие.</translation>
    </message>
    <message>
        <source>Fill the conclusion from validation</source>
        <translation>заполнить заключение по результатам проверки</translation>
    </message>
</context>
<context>
    <name>kasibi::DateFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
</context>
<context>
    <name>kasibi::DocumentController</name>
    <message>
        <source>Standards (*.kasibi *.json *.docx);;Kasibi documents (*.kasibi);;Interchange format (*.json);;Word documents (*.docx);;All files (*)</source>
        <translation>Стандарты (*.kasibi *.json *.docx);;Документы Kasibi (*.kasibi);;Формат обмена (*.json);;Документы Word (*.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Kasibi documents (*.kasibi)</source>
        <translation>Документы Kasibi (*.kasibi)</translation>
    </message>
    <message>
        <source>The new standard could not be created</source>
        <translation>Не удалось создать новый стандарт</translation>
    </message>
    <message>
        <source>The standard could not be opened</source>
        <translation>Не удалось открыть стандарт</translation>
    </message>
    <message>
        <source>The standard could not be imported</source>
        <translation>Не удалось импортировать стандарт</translation>
    </message>
    <message>
        <source>The imported standard could not be saved</source>
        <translation>Не удалось сохранить импортированный стандарт</translation>
    </message>
    <message>
        <source>Reading the standard from Word…</source>
        <translation>Чтение стандарта из Word…</translation>
    </message>
    <message>
        <source>The standard could not be imported from Word</source>
        <translation>Не удалось импортировать стандарт из Word</translation>
    </message>
    <message>
        <source>The sample could not be opened</source>
        <translation>Не удалось открыть образец</translation>
    </message>
    <message>
        <source>The sample could not be saved</source>
        <translation>Не удалось сохранить образец</translation>
    </message>
    <message>
        <source>The file could not be brought up to date</source>
        <translation>Файл не удалось обновить</translation>
    </message>
    <message>
        <source>Every change is saved as it is made; the file is up to date.</source>
        <translation>Каждое изменение сохраняется сразу; файл в актуальном состоянии.</translation>
    </message>
    <message>
        <source>Every change is saved as it is made; another program is reading the file, so it will be brought up to date in a moment.</source>
        <translation>Каждое изменение сохраняется сразу; файл читает другая программа, поэтому он обновится через мгновение.</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Не удалось сохранить копию</translation>
    </message>
    <message>
        <source>Save the imported standard as</source>
        <translation>Сохранить импортированный стандарт как</translation>
    </message>
    <message>
        <source>New standard from the template</source>
        <translation>Новый стандарт по шаблону</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>Новый стандарт</translation>
    </message>
    <message>
        <source>Open a standard</source>
        <translation>Открыть стандарт</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-копия</translation>
    </message>
    <message>
        <source>Import a standard</source>
        <translation>Импорт стандарта</translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation>Формат обмена (*.json)</translation>
    </message>
    <message>
        <source>Import a standard from Word (one file, or its Kazakh and Russian files)</source>
        <translation>Импорт стандарта из Word (один файл или его казахский и русский файлы)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>choose one Word file, or the Kazakh and the Russian file of the same standard</source>
        <translation>выберите один файл Word или казахский и русский файлы одного стандарта</translation>
    </message>
</context>
<context>
    <name>kasibi::EditSession</name>
    <message>
        <source>Duplicate %1</source>
        <translation>дублировать %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>добавить %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>переместить %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>удалить %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>изменить «%1»</translation>
    </message>
    <message>
        <source>Restore Version &quot;%1&quot;</source>
        <translation>восстановить версию «%1»</translation>
    </message>
</context>
<context>
    <name>kasibi::ElementListEditor</name>
    <message>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <source>Add %1 at the end (Ctrl+Enter in a row adds one after it)</source>
        <translation>Добавить %1 в конец (Ctrl+Enter в строке добавляет после неё)</translation>
    </message>
</context>
<context>
    <name>kasibi::ElementRow</name>
    <message>
        <source>Drag to reorder (or Ctrl+Shift+Up / Ctrl+Shift+Down)</source>
        <translation>Перетащите, чтобы изменить порядок (или Ctrl+Shift+Вверх / Ctrl+Shift+Вниз)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Переместить вверх (Ctrl+Shift+Вверх)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Переместить вниз (Ctrl+Shift+Вниз)</translation>
    </message>
    <message>
        <source>Duplicate the %1 (Ctrl+D)</source>
        <translation>Дублировать %1 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Remove the %1 (Ctrl+Shift+Delete)</source>
        <translation>Удалить %1 (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Открыть (Enter)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(без наименования)</translation>
    </message>
    <message>
        <source>ORK %1</source>
        <translation>ОРК %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n навык</numerusform>
            <numerusform>%n навыка</numerusform>
            <numerusform>%n навыков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n функция</numerusform>
            <numerusform>%n функции</numerusform>
            <numerusform>%n функций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::EnumFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>kasibi::ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the &amp;Conclusion…</source>
        <translation>Экспорт з&amp;аключения…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>The conclusion could not be exported</source>
        <translation>Не удалось экспортировать заключение</translation>
    </message>
    <message>
        <source>The standard could not be exported</source>
        <translation>Не удалось экспортировать стандарт</translation>
    </message>
    <message>
        <source>Kasibi cannot write files of this kind</source>
        <translation>Kasibi не умеет записывать файлы такого вида</translation>
    </message>
    <message>
        <source>Still working on %1: wait until it is done.</source>
        <translation>Ещё выполняется: %1. Дождитесь завершения.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись: %1…</translation>
    </message>
    <message>
        <source>the work stopped before it was done</source>
        <translation>работа прервана до завершения</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на печать.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>With the review &amp;comments (as numbered notes)</source>
        <translation>С &amp;комментариями рецензирования (в виде пронумерованных примечаний)</translation>
    </message>
    <message>
        <source>the print job</source>
        <translation>задание печати</translation>
    </message>
    <message>
        <source>The standard could not be printed</source>
        <translation>Не удалось напечатать стандарт</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>The review comments as numbered notes at the end</source>
        <translation>Комментарии рецензирования в виде пронумерованных примечаний в конце</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>kasibi::ExportDialog</name>
    <message>
        <source>With the review &amp;comments</source>
        <translation>С &amp;комментариями рецензирования</translation>
    </message>
    <message>
        <source>Export the Standard</source>
        <translation>Экспорт стандарта</translation>
    </message>
    <message>
        <source>Export the Conclusion</source>
        <translation>Экспорт заключения</translation>
    </message>
    <message>
        <source>Word comments in DOCX, numbered notes at the end of a PDF.</source>
        <translation>В DOCX — примечания Word, в PDF — пронумерованные примечания в конце.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>The interchange format holds both languages, the comments and everything else the document has.</source>
        <translation>Формат обмена содержит оба языка, комментарии и все остальные данные документа.</translation>
    </message>
    <message>
        <source>-conclusion</source>
        <translation>-заключение</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <source>With &amp;marks for a review in Word</source>
        <translation>С &amp;метками для рецензии в Word</translation>
    </message>
    <message>
        <source>Invisible marks of where each text is, by which the comments and tracked changes of a reviewer come back (Review &gt; Import Review From Word). Leave them out for a clean published copy.</source>
        <translation>Невидимые метки мест каждого текста, по которым замечания и исправления рецензента возвращаются в стандарт (Рецензирование &gt; Импорт рецензии из Word). Уберите их для чистой публикуемой копии.</translation>
    </message>
</context>
<context>
    <name>kasibi::GrowingTextEdit</name>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Пропустить «%1»</translation>
    </message>
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation>Добавить «%1» в словарь</translation>
    </message>
    <message>
        <source>The word could not be added</source>
        <translation>Не удалось добавить слово</translation>
    </message>
</context>
<context>
    <name>kasibi::ImportReportDock</name>
    <message>
        <source>Mapped</source>
        <translation>Сопоставлено</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Не размещено</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Imported from %1: %2 mapped, %3 unplaced, %4 missing, %5 mismatch. The validation dock lists what the author must still supply.</source>
        <translation>Импортировано из %1: сопоставлено %2, не размещено %3, отсутствует %4, расхождений %5. Панель проверки перечисляет, что автору ещё нужно заполнить.</translation>
    </message>
</context>
<context>
    <name>kasibi::IntegerFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>kasibi::LifecycleController</name>
    <message>
        <source>Save &amp;Version…</source>
        <translation>&amp;Сохранить версию…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Версии…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>С&amp;равнить…</translation>
    </message>
    <message>
        <source>Load &amp;Holiday Calendar…</source>
        <translation>&amp;Загрузить календарь праздничных дней…</translation>
    </message>
    <message>
        <source>Approval &amp;Timeline</source>
        <translation>&amp;Ход согласования</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>&amp;Жизненный цикл</translation>
    </message>
    <message>
        <source>no document is open</source>
        <translation>документ не открыт</translation>
    </message>
    <message>
        <source>a version needs a name</source>
        <translation>у версии должно быть наименование</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; saved.</source>
        <translation>Версия «%1» сохранена.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Сохранение версии</translation>
    </message>
    <message>
        <source>Name of the version (for example, &quot;sent to the state body&quot;):</source>
        <translation>Наименование версии (например, «направлено в государственный орган»):</translation>
    </message>
    <message>
        <source>The version could not be saved</source>
        <translation>Не удалось сохранить версию</translation>
    </message>
    <message>
        <source>The version could not be opened</source>
        <translation>Не удалось открыть версию</translation>
    </message>
    <message>
        <source>no such version</source>
        <translation>такой версии нет</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>файл невозможно прочитать: %1</translation>
    </message>
    <message>
        <source>the calendar cannot be kept: %1</source>
        <translation>календарь невозможно сохранить: %1</translation>
    </message>
    <message>
        <source>Load Holiday Calendar</source>
        <translation>Загрузка календаря праздничных дней</translation>
    </message>
    <message>
        <source>Holiday calendar (*.json)</source>
        <translation>Календарь праздничных дней (*.json)</translation>
    </message>
    <message>
        <source>The holiday calendar was not loaded</source>
        <translation>Календарь праздничных дней не загружен</translation>
    </message>
    <message>
        <source>Holidays loaded from %1.</source>
        <translation>Праздничные дни загружены из %1.</translation>
    </message>
</context>
<context>
    <name>kasibi::LocalizedTextEditor</name>
    <message>
        <source>missing in %1</source>
        <translation>нет текста: %1</translation>
    </message>
</context>
<context>
    <name>kasibi::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Standard…</source>
        <translation>&amp;Новый стандарт…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Новый по &amp;шаблону…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Открыть &amp;образец</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Импорт JSON…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Add Profession &amp;Card</source>
        <translation>Добавить &amp;карточку профессии</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>Add Labour &amp;Function</source>
        <translation>Добавить трудовую &amp;функцию</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Add S&amp;kill</source>
        <translation>Добавить на&amp;вык</translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <source>Add Chapter or &amp;Appendix</source>
        <translation>Добавить главу или &amp;приложение</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить в&amp;верх</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Kasibi</source>
        <translation>&amp;О программе Kasibi</translation>
    </message>
    <message>
        <source>About Kasibi</source>
        <translation>О программе Kasibi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kasibi %1&lt;/h3&gt;&lt;p&gt;An editor of professional standards of the Republic of Kazakhstan, to the Rules approved by order No. 377.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kasibi %1&lt;/h3&gt;&lt;p&gt;Редактор профессиональных стандартов Республики Казахстан в соответствии с Правилами, утверждёнными приказом № 377.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Не удалось внести изменение</translation>
    </message>
    <message>
        <source>This document is open read-only: %1. Use File &gt; Save As to edit a copy.</source>
        <translation>Документ открыт только для чтения: %1. Чтобы редактировать копию, выберите Файл &gt; Сохранить как.</translation>
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
        <translation>только чтение: %1</translation>
    </message>
    <message>
        <source>Duplicate the %1</source>
        <translation>Дублировать %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Remove the %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the %1 up</source>
        <translation>Переместить %1 вверх</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move the %1 down</source>
        <translation>Переместить %1 вниз</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Removed. Undo (%1) brings it back.</source>
        <translation>Удалено. Отмена (%1) вернёт обратно.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Review mode: the content is read-only; comments and the conclusion can be edited.</source>
        <translation>Режим рецензирования: содержание доступно только для чтения; комментарии и заключение можно изменять.</translation>
    </message>
    <message>
        <source>Import from &amp;Word…</source>
        <translation>Импорт из &amp;Word…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Kasibi &amp;User Guide</source>
        <translation>&amp;Руководство пользователя Kasibi</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Повторить: %1</translation>
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
        <translation> — ОРК %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(без наименования)</translation>
    </message>
</context>
<context>
    <name>kasibi::NodeForm</name>
    <message>
        <source>Code of the professional standard</source>
        <translation>Код профессионального стандарта</translation>
    </message>
    <message>
        <source>Made of the OKED section letter, the digits of the OKED subclass and the serial number; set by the fields below.</source>
        <translation>Устанавливается по секции и подклассу ОКЭД и порядковому номеру стандарта в секции — полям ниже.</translation>
    </message>
    <message>
        <source>List of profession cards</source>
        <translation>Перечень карточек профессий</translation>
    </message>
    <message>
        <source>Names per NKZ and ORK levels, from chapter 3.</source>
        <translation>Наименования по НКЗ и уровни ОРК — из главы 3.</translation>
    </message>
    <message>
        <source>&lt;i&gt;no name yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;без наименования&lt;/i&gt;</translation>
    </message>
    <message>
        <source> — ORK level %1</source>
        <translation> — уровень ОРК %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No profession cards yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Карточек профессий пока нет.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;not yet known: fill in the OKED section and subclass&lt;/i&gt;</source>
        <translation>&lt;i&gt;пока неизвестен: заполните секцию и подкласс ОКЭД&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;(the serial number is assigned on the NQS digital platform)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(порядковый номер присваивается на цифровой платформе НСК)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>kasibi::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Shown with your comments</source>
        <translation>Показывается в ваших комментариях</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Languages of new standards:</source>
        <translation>Языки новых стандартов:</translation>
    </message>
    <message>
        <source>A standard is written in at least one language.</source>
        <translation>Стандарт пишется хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>host=registry.example.kz dbname=kasibi user=login</source>
        <translation>host=registry.example.kz dbname=kasibi user=логин</translation>
    </message>
    <message>
        <source>A PostgreSQL connection string or URI. The password goes in ~/.pgpass, never here.</source>
        <translation>Строка подключения или URI PostgreSQL. Пароль хранится в ~/.pgpass, а не здесь.</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Реестр:</translation>
    </message>
    <message>
        <source>Check spelling in:</source>
        <translation>Проверять орфографию:</translation>
    </message>
    <message>
        <source>Kasibi does not keep passwords: put the registry&apos;s password in ~/.pgpass (or PGPASSWORD) and leave it out of the address.</source>
        <translation>Kasibi не хранит пароли: укажите пароль реестра в ~/.pgpass (или PGPASSWORD) и не включайте его в адрес.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A registry call that gets no answer in this time is given up with a message.</source>
        <translation>Обращение к реестру, не получившее ответа за это время, прекращается с сообщением.</translation>
    </message>
    <message>
        <source>Registry answers within:</source>
        <translation>Реестр отвечает в течение:</translation>
    </message>
</context>
<context>
    <name>kasibi::QualificationMapDialog</name>
    <message>
        <source>Qualification Map</source>
        <translation>Карта квалификаций</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save the Map</source>
        <translation>Сохранить карту</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>Рисунок SVG (*.svg);;Изображение PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>kasibi::ReadingController</name>
    <message>
        <source>&amp;Read the Card</source>
        <translation>&amp;Читать карточку</translation>
    </message>
    <message>
        <source>Read the &amp;Whole Standard</source>
        <translation>Читать &amp;весь стандарт</translation>
    </message>
    <message>
        <source>The selected profession card as it will print, to read it whole and comment on any part</source>
        <translation>Выбранная карточка профессии в том виде, в каком она будет напечатана: прочитать её целиком и прокомментировать любую часть</translation>
    </message>
</context>
<context>
    <name>kasibi::ReadingView</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Right-click a text to comment on it; a double click asks for a comment at once.</source>
        <translation>Щёлкните текст правой кнопкой, чтобы прокомментировать его; двойной щелчок сразу открывает комментарий.</translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation>Чтение: %1</translation>
    </message>
    <message>
        <source>Reading: the whole standard</source>
        <translation>Чтение: весь стандарт</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Добавить &amp;комментарий…</translation>
    </message>
</context>
<context>
    <name>kasibi::RegistryClient</name>
    <message>
        <source>the registry is still busy %1: wait until it is done, or cancel it</source>
        <translation>реестр ещё занят (%1): дождитесь окончания или отмените</translation>
    </message>
</context>
<context>
    <name>kasibi::RegistryController</name>
    <message>
        <source>Open from Re&amp;gistry…</source>
        <translation>Открыть из р&amp;еестра…</translation>
    </message>
    <message>
        <source>P&amp;ublish to Registry…</source>
        <translation>О&amp;публиковать в реестре…</translation>
    </message>
    <message>
        <source>&amp;Qualification Map</source>
        <translation>&amp;Карта квалификаций</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>no registry is set: give its address in Edit &gt; Preferences</source>
        <translation>реестр не задан: укажите его адрес в «Правка &gt; Параметры»</translation>
    </message>
    <message>
        <source>no standard is open</source>
        <translation>стандарт не открыт</translation>
    </message>
    <message>
        <source>Publish to Registry</source>
        <translation>Публикация в реестре</translation>
    </message>
    <message>
        <source>Pull version %1 and compare it with yours now?</source>
        <translation>Получить версию %1 и сравнить её с вашей сейчас?</translation>
    </message>
    <message>
        <source>Published to the registry as version %1</source>
        <translation>Опубликовано в реестре как версия %1</translation>
    </message>
    <message>
        <source>The registry already has this content as version %1</source>
        <translation>В реестре это содержание уже есть как версия %1</translation>
    </message>
    <message>
        <source>Save the standard from the registry as</source>
        <translation>Сохранить стандарт из реестра как</translation>
    </message>
    <message>
        <source>Kasibi documents (*.kasibi)</source>
        <translation>Документы Kasibi (*.kasibi)</translation>
    </message>
    <message>
        <source>Send Re&amp;view to Registry</source>
        <translation>Отправить &amp;рецензию в реестр</translation>
    </message>
    <message>
        <source>this document was not taken from this registry: a review goes to the published version it was pulled from (File &gt; Open from Registry)</source>
        <translation>этот документ взят не из этого реестра: рецензия отправляется к опубликованной версии, из которой он получен (Файл &gt; Открыть из реестра)</translation>
    </message>
    <message numerus="yes">
        <source>Sent to version %1 in the registry: %n new comment(s)</source>
        <translation>
            <numerusform>Отправлено в версию %1 в реестре: %n новый комментарий</numerusform>
            <numerusform>Отправлено в версию %1 в реестре: %n новых комментария</numerusform>
            <numerusform>Отправлено в версию %1 в реестре: %n новых комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>уже были: %n</numerusform>
            <numerusform>уже были: %n</numerusform>
            <numerusform>уже были: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the conclusion</source>
        <translation>заключение</translation>
    </message>
    <message>
        <source>your conclusion was already there</source>
        <translation>ваше заключение там уже было</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Registry: %1…</source>
        <translation>Реестр: %1…</translation>
    </message>
    <message>
        <source>The registry call was canceled.</source>
        <translation>Обращение к реестру отменено.</translation>
    </message>
    <message>
        <source>publishing %1</source>
        <translation>публикация %1</translation>
    </message>
    <message>
        <source>sending the review</source>
        <translation>отправка рецензии</translation>
    </message>
    <message>
        <source>pulling a standard</source>
        <translation>получение стандарта</translation>
    </message>
    <message>
        <source>pulling version %1 of %2</source>
        <translation>получение версии %1 стандарта %2</translation>
    </message>
    <message>
        <source>the document was closed before the registry answered</source>
        <translation>документ был закрыт раньше, чем ответил реестр</translation>
    </message>
    <message>
        <source>searching for %1</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <source>checking the standards against each other</source>
        <translation>сверка стандартов между собой</translation>
    </message>
    <message>
        <source>drawing the qualification map of %1</source>
        <translation>построение карты квалификаций %1</translation>
    </message>
    <message>
        <source>Published to the registry as version %1; recorded in %2, closed meanwhile</source>
        <translation>Опубликовано в реестре как версия %1; записано в %2, закрытый за это время</translation>
    </message>
</context>
<context>
    <name>kasibi::RegistryDock</name>
    <message>
        <source>Same occupation</source>
        <translation>То же занятие</translation>
    </message>
    <message>
        <source>Related, elsewhere</source>
        <translation>Связанная, в другом стандарте</translation>
    </message>
    <message>
        <source>Related, nowhere</source>
        <translation>Связанная, нигде не описана</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Пора актуализировать</translation>
    </message>
    <message>
        <source>Same code</source>
        <translation>Тот же код</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Words in Kazakh or Russian, an NKZ or OKED code</source>
        <translation>Слова на казахском или русском, код НКЗ или ОКЭД</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
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
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Check the Registry</source>
        <translation>Проверить реестр</translation>
    </message>
    <message>
        <source>OKED section or division</source>
        <translation>Секция или раздел ОКЭД</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>kasibi::ReviewController</name>
    <message>
        <source>&amp;Review Mode</source>
        <translation>Режим &amp;рецензирования</translation>
    </message>
    <message>
        <source>Freeze the content; comments and the conclusion stay editable</source>
        <translation>Запретить изменение содержания; комментарии и заключение остаются доступными для изменения</translation>
    </message>
    <message>
        <source>Open for &amp;Review…</source>
        <translation>Открыть для &amp;рецензирования…</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Рецензирование</translation>
    </message>
    <message>
        <source>Open a standard for review</source>
        <translation>Открыть стандарт для рецензирования</translation>
    </message>
    <message>
        <source>Review mode could not be changed</source>
        <translation>Не удалось изменить режим рецензирования</translation>
    </message>
</context>
<context>
    <name>kasibi::SpellChecker</name>
    <message>
        <source>cannot create the folder of the personal dictionary</source>
        <translation>не удаётся создать папку личного словаря</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>не удаётся записать: %1</translation>
    </message>
</context>
<context>
    <name>kasibi::StandardDocument</name>
    <message>
        <source>the document cannot be changed: %1</source>
        <translation>документ нельзя изменить: %1</translation>
    </message>
    <message>
        <source>the document is open for review: its content cannot be changed, only comments and the conclusion</source>
        <translation>документ открыт для рецензирования: изменять можно только комментарии и заключение, но не содержание</translation>
    </message>
    <message>
        <source>no element with id %1</source>
        <translation>нет элемента с идентификатором %1</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>у элемента %1 нет поля &quot;%2&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; takes no language &quot;%2&quot;</source>
        <translation>поле &quot;%1&quot; не допускает язык &quot;%2&quot;</translation>
    </message>
    <message>
        <source>nothing can be added there</source>
        <translation>сюда ничего нельзя добавить</translation>
    </message>
    <message>
        <source>this element cannot be placed there</source>
        <translation>этот элемент нельзя поместить сюда</translation>
    </message>
    <message>
        <source>there is already one there</source>
        <translation>здесь уже есть такой элемент</translation>
    </message>
    <message>
        <source>an element with id %1 exists already</source>
        <translation>элемент с идентификатором %1 уже существует</translation>
    </message>
    <message>
        <source>this element cannot be removed</source>
        <translation>этот элемент нельзя удалить</translation>
    </message>
    <message>
        <source>this element cannot be moved</source>
        <translation>этот элемент нельзя переместить</translation>
    </message>
    <message>
        <source>the content is of another standard</source>
        <translation>содержание относится к другому стандарту</translation>
    </message>
</context>
<context>
    <name>kasibi::TimelineDock</name>
    <message>
        <source>Approval Timeline</source>
        <translation>Ход согласования</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Working days: weekends and public holidays of %1.</source>
        <translation>Рабочие дни: без учёта выходных и праздничных дней; источник: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from the start (rule %1)</source>
        <translation>
            <numerusform>%n рабочий день с начала этапа (пункт %1 Правил)</numerusform>
            <numerusform>%n рабочих дня с начала этапа (пункт %1 Правил)</numerusform>
            <numerusform>%n рабочих дней с начала этапа (пункт %1 Правил)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <source>Approval step: %1, due %2</source>
        <translation>Этап согласования: %1, срок — %2</translation>
    </message>
    <message>
        <source>Approval step: %1</source>
        <translation>Этап согласования: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <source>Chapter 4 gives no year of release or planned update date, so the three years of rule 16 cannot be checked.</source>
        <translation>В главе 4 не указаны год выпуска или дата ориентировочной актуализации, поэтому срок в три года по пункту 16 Правил проверить невозможно.</translation>
    </message>
    <message>
        <source>Planned update %1: within three years of the release in %2 (rule 16).</source>
        <translation>Ориентировочная актуализация %1: в пределах трёх лет после выпуска в %2 году (пункт 16 Правил).</translation>
    </message>
    <message>
        <source>Planned update %1 is later than %2: a standard is updated at least once every three years after its release in %3 (rule 16).</source>
        <translation>Ориентировочная актуализация %1 позже %2 года: актуализация профессионального стандарта осуществляется не реже одного раза в три года, а стандарт выпущен в %3 году (пункт 16 Правил).</translation>
    </message>
    <message>
        <source>Add approval step</source>
        <translation>добавить этап согласования</translation>
    </message>
    <message>
        <source>the calendar of Kazakhstan shipped with Kasibi</source>
        <translation>календарь Республики Казахстан, поставляемый с Kasibi</translation>
    </message>
</context>
<context>
    <name>kasibi::UserGuideDialog</name>
    <message>
        <source>Kasibi User Guide</source>
        <translation>Руководство пользователя Kasibi</translation>
    </message>
    <message>
        <source>In a list of texts: start the next item</source>
        <translation>В списке текстов: начать следующий пункт</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In a list of texts: break the line</source>
        <translation>В списке текстов: перенести строку</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>In a list: add an item after this one</source>
        <translation>В списке: добавить пункт после текущего</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>In a list: move the item up or down</source>
        <translation>В списке: переместить пункт вверх или вниз</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up, Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Up, Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>In a list: remove the item</source>
        <translation>В списке: удалить пункт</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation>Ctrl+Shift+Delete</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>kasibi::ValidationDock</name>
    <message>
        <source>Validation</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Open a standard to see what the National body would find.</source>
        <translation>Откройте стандарт, чтобы увидеть замечания, которые сделал бы Национальный орган.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Profession card %1</source>
        <translation>Карточка профессии %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the standard meets every criterion checked.</source>
        <translation>Замечаний нет: стандарт соответствует всем проверенным критериям.</translation>
    </message>
    <message>
        <source>&amp;Go to the Field</source>
        <translation>&amp;Перейти к полю</translation>
    </message>
    <message>
        <source>&amp;Apply the Classifier&apos;s Wording</source>
        <translation>&amp;Применить формулировку классификатора</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>criterion %1: %2</source>
        <translation>критерий %1: %2</translation>
    </message>
</context>
<context>
    <name>kasibi::VersionWindow</name>
    <message>
        <source>no temporary folder for the version</source>
        <translation>нет временной папки для версии</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of %2 (read-only)</source>
        <translation>Версия «%1» от %2 (только чтение)</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot;, saved %2. It is shown read-only; to make it the current content, restore it in Versions.</source>
        <translation>Версия «%1», сохранённая %2. Она открыта только для чтения; чтобы сделать её текущим содержанием, восстановите её в окне «Версии».</translation>
    </message>
</context>
<context>
    <name>kasibi::VersionsDialog</name>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Открыть только для чтения</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation>&amp;Сравнить с текущим содержанием</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <source>Makes this version the current content; Undo takes it back.</source>
        <translation>Делает эту версию текущим содержанием; отмена возвращает прежнее.</translation>
    </message>
    <message>
        <source>The version could not be restored</source>
        <translation>Не удалось восстановить версию</translation>
    </message>
    <message>
        <source>Versions are kept inside the document file. Save one with Lifecycle &gt; Save Version.</source>
        <translation>Версии хранятся в файле документа. Чтобы сохранить версию, выберите Жизненный цикл &gt; Сохранить версию.</translation>
    </message>
    <message>
        <source>no version is selected</source>
        <translation>версия не выбрана</translation>
    </message>
    <message>
        <source>the document refused the restored content</source>
        <translation>документ не принял восстановленное содержание</translation>
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
        <translation>Профессиональные стандарты Республики Казахстан на казахском и русском языках по Правилам (приказ № 377).</translation>
    </message>
    <message>
        <source>New standard…</source>
        <translation>Новый стандарт…</translation>
    </message>
    <message>
        <source>An empty standard with the four chapters</source>
        <translation>Пустой стандарт с четырьмя главами</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Новый по шаблону…</translation>
    </message>
    <message>
        <source>A standard with one profession card, a mandatory and an additional labour function and two skills each, ready to be filled in</source>
        <translation>Стандарт с одной карточкой профессии, обязательной и дополнительной трудовыми функциями и двумя навыками в каждой — остаётся заполнить</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Open a .kasibi document or import a .json standard</source>
        <translation>Открыть документ .kasibi или импортировать стандарт .json</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>Открыть образец</translation>
    </message>
    <message>
        <source>A complete bilingual standard: «Mining of ore by the open method»</source>
        <translation>Полный двуязычный стандарт «Добыча руды открытым способом»</translation>
    </message>
    <message>
        <source>Recent standards</source>
        <translation>Недавние стандарты</translation>
    </message>
    <message>
        <source>No recent standards yet.</source>
        <translation>Недавних стандартов пока нет.</translation>
    </message>
    <message>
        <source>Open for Review…</source>
        <translation>Открыть для рецензирования…</translation>
    </message>
    <message>
        <source>Open a standard sent to you for review: its content stays as the author wrote it, your comments and the conclusion are kept in the file</source>
        <translation>Открыть присланный на рецензирование стандарт: его содержание остаётся таким, как его написал автор, ваши замечания и заключение сохраняются в файле</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor of professional standards</source>
        <translation>Редактор профессиональных стандартов</translation>
    </message>
    <message>
        <source>A .kasibi document or a .json standard to open.</source>
        <translation>Документ .kasibi или стандарт .json для открытия.</translation>
    </message>
</context>
</TS>
