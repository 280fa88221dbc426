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
        <source>is not a readable XLSX workbook: the zip archive is damaged or incomplete</source>
        <translation>не является читаемой книгой XLSX: zip-архив повреждён или неполон</translation>
    </message>
    <message>
        <source>the archive holds %1 files; a workbook with a classifier holds a few dozen</source>
        <translation>файлов в архиве: %1, а в книге с классификатором их несколько десятков</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>в книге нет части %1</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (is the workbook encrypted or damaged?)</source>
        <translation>не удаётся распаковать часть %1 (книга зашифрована или повреждена?)</translation>
    </message>
    <message>
        <source>the part %1 is damaged: %2</source>
        <translation>часть %1 повреждена: %2</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2 MB; this is not a classifier edition</source>
        <translation>часть %1 после распаковки занимает больше %2 МБ; это не редакция классификатора</translation>
    </message>
    <message>
        <source>the part %1 is damaged (its checksum does not match)</source>
        <translation>часть %1 повреждена (не совпадает её контрольная сумма)</translation>
    </message>
    <message>
        <source>a document type declaration, which a workbook never has</source>
        <translation>объявление типа документа, которого в книге никогда не бывает</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2): %3</source>
        <translation>часть %1 не является правильно построенным XML (строка %2): %3</translation>
    </message>
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
</context>
<context>
    <name>JsonStandardWriter</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>не удаётся записать: %1</translation>
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
        <source>Three digits, e.g. 012.</source>
        <translation>Три цифры, например 012.</translation>
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
        <source>OKED (economic activities)</source>
        <translation>ОКЭД (виды экономической деятельности)</translation>
    </message>
    <message>
        <source>NKZ (occupations)</source>
        <translation>НКЗ (занятия)</translation>
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
        <source>The %1 edition in use (%2) has no %3: load a full edition with Tools &gt; Load Classifier Edition.</source>
        <translation>В действующей редакции %1 (%2) нет %3: загрузите полную редакцию через Сервис &gt; Загрузить редакцию классификатора.</translation>
    </message>
    <message>
        <source>subclasses</source>
        <translation>подклассов</translation>
    </message>
    <message>
        <source>occupations</source>
        <translation>занятий</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>the edition in use has no code %1</source>
        <translation>в действующей редакции нет кода %1</translation>
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
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
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
        <source>the change report is written as .docx or .pdf</source>
        <translation>отчёт об изменениях записывается в формате .docx или .pdf</translation>
    </message>
    <message>
        <source>Export the Change Report</source>
        <translation>Экспорт отчёта об изменениях</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Документ Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Не удалось записать отчёт</translation>
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
        <source>Word document (DOCX)</source>
        <translation>Документ Word (DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Interchange format (JSON)</source>
        <translation>Формат обмена (JSON)</translation>
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
    <name>kasibi::IntegerFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>kasibi::LevelFieldEditor</name>
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
        <source>Every change is saved as it is made.</source>
        <translation>Каждое изменение сохраняется сразу.</translation>
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
        <source>The sample could not be opened</source>
        <translation>Не удалось открыть образец</translation>
    </message>
    <message>
        <source>The sample could not be saved</source>
        <translation>Не удалось сохранить образец</translation>
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
        <source>Standards (*.kasibi *.json);;Kasibi documents (*.kasibi);;Interchange format (*.json)</source>
        <translation>Стандарты (*.kasibi *.json);;Документы Kasibi (*.kasibi);;Формат обмена (*.json)</translation>
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
        <source>&lt;i&gt;not yet known: fill in the OKED section, subclass and serial number&lt;/i&gt;</source>
        <translation>&lt;i&gt;пока не определён: заполните секцию, подкласс ОКЭД и порядковый номер&lt;/i&gt;</translation>
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
        <source>The interface will be in the new language the next time Kasibi starts.</source>
        <translation>Интерфейс сменит язык при следующем запуске Kasibi.</translation>
    </message>
</context>
<context>
    <name>kasibi::ReviewController</name>
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
        <source>&amp;Import Comments From…</source>
        <translation>&amp;Импортировать комментарии из…</translation>
    </message>
    <message>
        <source>&amp;Conclusion…</source>
        <translation>&amp;Заключение…</translation>
    </message>
    <message>
        <source>&amp;Export Conclusion…</source>
        <translation>&amp;Экспорт заключения…</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Рецензирование</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Файл: %2</translation>
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
    <message>
        <source>The conclusion could not be exported</source>
        <translation>Не удалось экспортировать заключение</translation>
    </message>
    <message>
        <source>the conclusion can be written as %1 only</source>
        <translation>заключение можно записать только в формате %1</translation>
    </message>
    <message>
        <source>Conclusion exported to %1</source>
        <translation>Заключение экспортировано: %1</translation>
    </message>
    <message>
        <source>Select a field or an element to comment on.</source>
        <translation>Выберите поле или элемент, к которому нужен комментарий.</translation>
    </message>
    <message>
        <source>Open a standard for review</source>
        <translation>Открыть стандарт для рецензирования</translation>
    </message>
    <message>
        <source>Kasibi documents (*.kasibi)</source>
        <translation>Документы Kasibi (*.kasibi)</translation>
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
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export the conclusion</source>
        <translation>Экспорт заключения</translation>
    </message>
    <message>
        <source>-conclusion</source>
        <translation>-заключение</translation>
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
