<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangeSignificance</name>
    <message>
        <source>The content of a profession card changed (%1 at %2): the change is significant and the standard goes through the whole procedure of chapter 2 again (rule 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fixes of typos in profession cards (%1), which do not change their content: the change is not significant (rule 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the profession cards is unchanged: the change is not significant (rule 18).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>OKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NKZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full edition is the General Classifier of Types of Economic Activity (GK RK 03-2019), published by the Bureau of National Statistics on statinfo.kz: download it as an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full edition is the National Classifier of Occupations (NK RK 01-2017), published by the Ministry of Labour and Social Protection of the Population: save it as an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifierCsvReader</name>
    <message>
        <source>the file is in UTF-16; save it as UTF-8 or Windows-1251</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this system cannot read Windows-1251</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1251 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not a classifier edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header line (code, name_kk, name_ru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (is a name with &quot;%3&quot; in it not quoted?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifierFill</name>
    <message>
        <source>Fill in OKED %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in NKZ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifierReaders</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls), which Kasibi does not read; save it as .xlsx or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifierStore</name>
    <message>
        <source>cannot create the folder of the classifier store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Kasibi classifier store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the classifier store was written by a newer Kasibi (format %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5), which the classifier look-up needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition holds no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same entries are already loaded as the %1 edition &quot;%2&quot;; nothing was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 edition &quot;%2&quot; is already loaded; nothing was loaded (use --replace to load it again in its place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of %2; nothing was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 appears twice; nothing was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no edition of %1 is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 edition &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in edition comes with Kasibi and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifierTable</name>
    <message>
        <source>section A-U, division 07, group 07.1, class 07.10, subclass 07.10.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major group 8, sub-major 83, minor 834, unit group 8342, occupation 8342-1-003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must name the columns code, name_kk and name_ru; it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 is already on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header (code, name_kk, name_ru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifierXlsxReader</name>
    <message>
        <source>is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the cell %1%2 holds a number, so leading zeros and dots are lost: format the code column as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell %1%2 refers to text the workbook does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: no such readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not a classifier edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheet has a header row naming the columns code, name_kk and name_ru (sheets: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a classifier edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workbook with a classifier holds a few dozen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentMerger</name>
    <message>
        <source>this is a copy of another standard, so its comments do not belong here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentPlace</name>
    <message>
        <source>(an element no longer in the standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer in the standard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Kasibi document (it is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (bad page size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an SQLite database of another program (application id 0x%1), not a Kasibi document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document was saved by a newer version of Kasibi (document format %1; this version reads formats up to %2); open it with a newer Kasibi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (no format version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: it is shorter than its header says (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a database object Kasibi does not make (%1 &quot;%2&quot;); it may have been tampered with, so it is not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: tables are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in use by another program (%1); it is opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be brought up to the current format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has more than one root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 has no parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 is out of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 is duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document holds no standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some elements are not attached to the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value belongs to no element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open in another program; close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in this folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document cannot be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the versions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content has no root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an I/O error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its registry version is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lock file can be written beside it (is the disk full?); it is opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document cannot be copied over itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes could not be copied into the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change could not be saved: the file has been removed or moved since it was opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxStandardReader</name>
    <message>
        <source>a professional standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxStandardWriter</name>
    <message>
        <source>cannot start the package (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to the package (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the package (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>Import it into a new standard with the command kasibi-cli import FILE.docx -o STANDARD.kasibi, or ask the author for the .kasibi file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as a Word document (.docx) in Word or LibreOffice, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: check that it is still there and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it holds no standard. If it was sent to you, ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Word document, not a Kasibi standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Word 97-2003 document (.doc), not a Kasibi standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an RTF document, not a Kasibi standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a LibreOffice Writer document (.odt), not a Kasibi standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a standard. If it holds a classifier edition, load it with Tools &gt; Load Classifier Edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PDF file, which cannot be edited. Ask the author for the .kasibi file or for the Word document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPlan</name>
    <message>
        <source>Version number and year of release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of the group and of the occupation per NKZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills, abilities and knowledge are described under each labour function: open a function above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonStandardReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;format&quot;: this is not a Kasibi standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;kasibi-standard&quot;: this is not a Kasibi standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the number 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in format version %1, newer than this Kasibi reads (1); open it with a newer Kasibi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with &quot;kk&quot; and &quot;ru&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the form %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of &quot;kk&quot;, &quot;ru&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;kk&quot; or &quot;ru&quot;, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than a standard can be (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 at %1 (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known to this version of Kasibi, which would lose it; the file may come from a newer Kasibi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment is on &quot;%1&quot;, which is no element of this standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply answers &quot;%1&quot;, which is no other comment of this standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonStandardWriter</name>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange format (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Languages of the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the professional standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKED section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKED division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKED group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKED class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKED subclass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the OKED section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the OKED division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the OKED group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the OKED class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the OKED subclass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number of the standard in the OKED section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief description of the professional standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectoral council: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectoral council: protocol number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectoral council: date of the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National body: date of the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCE &quot;Atameken&quot;: date of the recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the planned update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group code per NKZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation code per NKZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profession per NKZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification level per ORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification level per NRK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification level per ETKS, KS, TKH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements for work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with non-formal and informal education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main purpose of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition of a separate skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of labour function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the labour function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be recognised as a separate skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORK level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRK level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NKZ code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive: full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter or appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every text is checked for a wording in each of these languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the professional standard applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including a general description of the type of labour activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per the unified tariff-qualification handbook of jobs and professions of workers, the qualification handbook of positions or the typical qualification characteristics, if there are such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a separate skill (skills) can be recognised within the profession.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory functions are confirmed at the recognition of the qualification; additional ones are those the profession will need in future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of profession cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State (sectoral) body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations that took part in the development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra chapters and appendices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of professional education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other possible names of the profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of labour functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements for personal competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical regulations and national standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with other professions within the ORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profession card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapter or appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. General provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Passport of the professional standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Profession cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Technical data of the professional standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark of the expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving order: issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving order: number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving order: date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving order: number of the appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three digits, e.g. 012. A draft may leave it empty: the number is assigned when the standard is placed on the digital platform of the National Qualifications System.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageAligner</name>
    <message>
        <source>the files differ: %1 is «%2» in one and «%3» in the other; the first is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the first file: the %1 file has no counterpart for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the %1 file: added with its text in that language only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OoxmlPackage</name>
    <message>
        <source>is not a readable %1: the zip archive is damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds %1 files; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has no part %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (is the %2 encrypted or damaged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2 MB; this is not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged (its checksum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfStandardWriter</name>
    <message>
        <source>PDF needs the fonts of a graphical application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the font %1 is not installed (Debian package fonts-liberation2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start painting the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pages were produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PngImageWriter</name>
    <message>
        <source>the image is empty or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory for the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG image could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishedLink</name>
    <message>
        <source>published as version %1, but the file cannot be opened to record that: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published as version %1, but the file cannot be written to record that: %2; pull version %1 to go on from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published as version %1, but the file now records another registry version (it was pulled or published again meanwhile), so it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationMap</name>
    <message>
        <source>%1 is not an OKED section (a letter, e.g. B) or division (two digits, e.g. 07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registered standard has a card in OKED %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationMapPainter</name>
    <message>
        <source>a qualification map is written as .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: the drawing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: the image is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>this database already holds a registry (schema %1); to bring it up to date, use registry upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database holds no registry; make one with registry init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry has an older schema (%1; this version of Kasibi uses %2); its administrator brings it up to date with registry upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account (%1) may not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registered version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing is refused: version %1 of this standard was published by %2 on %3, after the version this document comes from (%4); pull version %1 and compare it with yours first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the standard&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry has no version %1 of standard %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document says it matches version %1 of its standard, which this registry does not have (its latest is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the registry&apos;s accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard names no developer organisation, and your account (%1) belongs to none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account (%1) may not publish standards: it is not an author of any organisation in this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard&apos;s id %1 is not a UUID; export and import it to give it one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account (%1) may not publish standards of organisation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a standard&apos;s id (a UUID, as registry list shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry has no standard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on published standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the conclusion on published standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no comments and no conclusion to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryCheck</name>
    <message>
        <source>the registry cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryConnection</name>
    <message>
        <source>no registry is given: pass --db with a PostgreSQL connection string or URI, or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection string cannot contain &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian: apt-get install libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the registry: the server did not answer in time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot ask the registry to stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryMigrations</name>
    <message>
        <source>the registry was made by a newer version of Kasibi (registry schema %1; this version knows up to %2); use a newer Kasibi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry schema step %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry cannot be brought to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <source>On «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace «%1» with «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was exported from another standard (id %1, this one is %2): its remarks do not belong here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewedFileReader</name>
    <message>
        <source>a reviewed standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep, which no document is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteHardening</name>
    <message>
        <source>the SQLite handle is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused its defensive settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardRecognizer</name>
    <message>
        <source>paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2, cell %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label claims this text; it is kept in &quot;Unplaced text&quot; for the author to move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a «Задача» (task) of the older template is taken as a skill of its labour function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«Умения и навыки» (abilities and skills) of the older template are taken as abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has no place in the 2023 structure; kept in an extra section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skills printed without a labour function above them: a labour function without a name holds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the older template prints no skills: the abilities and knowledge of each labour function are put into one skill without a name, for the author to name and split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field of the older template without a place in the 2023 structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard&apos;s number «%1» is not the serial number of the 2023 code (three digits); kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OKED entry printed without its code; the 2023 structure needs the codes of section, division, group, class and subclass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code printed for the profession, %1, is an NKZ group code; the occupation code is left for the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profession&apos;s code is printed with more than a code; kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group code is not four digits; kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group code printed as «%1» is taken as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level is printed as the range %1-%2; the lower level %1 is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range of levels, kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the education and experience printed with the ORK level are taken as the required education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the related profession&apos;s ORK level is printed as the range %1; the lower level %2 is taken and the range kept in an extra section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a related profession with a range of levels, kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approving order named among the developers is kept in an extra section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date that could not be read; kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version that could not be read; kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several versions are printed; the last one, %1, is taken and the history kept in an extra section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned update is printed as «%1», not as a date; the author sets the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card&apos;s heading gives the profession&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card&apos;s heading names it differently from its profession; kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labour function is named differently in the card&apos;s list; the name above its skills is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the older template does not say which labour functions are mandatory and which additional: all are taken as mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labour function is listed but printed without skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NKZ occupation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRK level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-formal and informal education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole-task assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the source, for the author to supply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of cards is made from the cards in the 2023 structure; the printed list is kept as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approving order&apos;s number or date could not be read; the header is kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title differs from the standard&apos;s name; kept as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state body is not in the source, for the author to supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page header, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no professional standard in it: none of the labels a standard is printed with (a profession card, labour functions, skills) was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordDocumentReader</name>
    <message>
        <source>elements are nested more than %1 deep, which no document is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: no such readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an old binary Word document (.doc); open it in Word or LibreOffice and save it as .docx, then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a PDF file, from which the structure of a document cannot be read; import the Word (.docx) file it was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCX document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document holds a few dozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a zip archive but not a Word document (it has no word/document.xml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <source>give one Word file, or the Kazakh and the Russian file of the same standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both files are written in %1; give the Kazakh and the Russian file of the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a day as MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar lists Kurban ait and the days off moved by decree up to %1: in %2 the deadline is computed without them. Load a newer calendar when it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar lists no Kurban ait nor days off moved by decree: the deadline is computed without them. Load a calendar that has them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlPartReader</name>
    <message>
        <source>a document type declaration, which a %1 never has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierController</name>
    <message>
        <source>The classifiers could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Classifier Edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier edition could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 edition “%2” loaded: %n code(s).</source>
        <translation>
            <numerusform>%1 edition “%2” loaded: %n code.</numerusform>
            <numerusform>%1 edition “%2” loaded: %n codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n code(s))</source>
        <translation>
            <numerusform>%1: %2 (%n code)</numerusform>
            <numerusform>%1: %2 (%n codes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Classifier editions in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier &amp;Editions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifiers could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierEditionDialog</name>
    <message>
        <source>&amp;Replace an edition of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a Classifier Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GK RK 03-2019 (2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or Windows-1251) with the columns code, name_kk and name_ru. The edition loaded last is the one in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier editions (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (economic activities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (occupations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierEditionsDialog</name>
    <message>
        <source>&amp;Use This Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier Editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load an Edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition could not be put in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ClassifierLookup</name>
    <message>
        <source>Find the subclass in OKED: code or words in Kazakh or Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the occupation in NKZ: code or words in Kazakh or Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifiers could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classifier store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition in use has no code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 edition in use (%2) holds only sections and divisions, no subclasses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 edition in use (%2) holds only major and sub-major groups, no occupations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::CommentBadges</name>
    <message numerus="yes">
        <source>%n open comment(s): click to read</source>
        <translation>
            <numerusform>%n open comment: click to read</numerusform>
            <numerusform>%n open comments: click to read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::CommentEditDialog</name>
    <message>
        <source>Add a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::CommentsController</name>
    <message>
        <source>Add &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the field being edited, or on the selected element (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the &amp;Whole Standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Comments From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are signed with your name. It is kept in the preferences, where you can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author of a comment can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others have replied to it: resolve it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new comments in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) imported from %1.</source>
        <translation type="unfinished">
            <numerusform>%n comment imported from %1.</numerusform>
            <numerusform>%n comments imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) imported from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s) resolved there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The suggestion could not be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is frozen for review: end the review to apply suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text at %1 has changed since the reviewer saw it, and applying the suggestion would overwrite that edit. Nothing was changed: make the change by hand, or resolve the suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a field or an element to comment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import comments from a reviewed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards (*.kasibi *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Review From &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Review From Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was exported from another standard (%2). Import its comments into this one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import review from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments anchored by mark: %1, by text: %2, unanchored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a review from Word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a standard to see its comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet. Select a field and press %1 to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the comments in the order of their places in the standard, or of their dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the suggested change in the standard and resolve the suggestion, as one step that Undo takes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested change (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has been changed since the reviewer saw it: the suggestion can no longer be applied as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another file of this standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older (left):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer (right):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to compare named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the same standard as the open one (their ids differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards (*.kasibi *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Change Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change report is written as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::CompareView</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved within its list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typo fix?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if this edit only fixes spelling and does not change the content (rule 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant change: the whole approval procedure again (rule 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a significant change (rule 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::ConclusionController</name>
    <message>
        <source>&amp;Conclusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Conclusion…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ConclusionDialog</name>
    <message>
        <source>Fill from &amp;Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion of the National body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion on the expert examination of the draft (Appendix 3 to the Rules). Each criterion is assessed by the expert; the verdicts can be drafted from validation and then changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark of the expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft every verdict from the findings of validation: &quot;does not meet&quot; where an error stands against the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not assessed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a verdict first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the verdicts and remarks with a draft from validation? Undo brings the present ones back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the conclusion from validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::DateFieldEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::DocumentController</name>
    <message>
        <source>Standards (*.kasibi *.json *.docx);;Kasibi documents (*.kasibi);;Interchange format (*.json);;Word documents (*.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasibi documents (*.kasibi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new standard could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported standard could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the standard from Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard could not be imported from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as it is made; the file is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as it is made; another program is reading the file, so it will be brought up to date in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the imported standard as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standard from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a standard from Word (one file, or its Kazakh and Russian files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one Word file, or the Kazakh and the Russian file of the same standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::EditSession</name>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ElementListEditor</name>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 at the end (Ctrl+Enter in a row adds one after it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ElementRow</name>
    <message>
        <source>Drag to reorder (or Ctrl+Shift+Up / Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the %1 (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 (Ctrl+Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kasibi::EnumFieldEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;Conclusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasibi cannot write files of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working on %1: wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work stopped before it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the review &amp;comments (as numbered notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the print job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review comments as numbered notes at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ExportDialog</name>
    <message>
        <source>With the review &amp;comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word comments in DOCX, numbered notes at the end of a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interchange format holds both languages, the comments and everything else the document has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;marks for a review in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible marks of where each text is, by which the comments and tracked changes of a reviewer come back (Review &gt; Import Review From Word). Leave them out for a clean published copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::GrowingTextEdit</name>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word could not be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ImportReportDock</name>
    <message>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 mapped, %3 unplaced, %4 missing, %5 mismatch. The validation dock lists what the author must still supply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::IntegerFieldEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::LifecycleController</name>
    <message>
        <source>Save &amp;Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Holiday Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the version (for example, &quot;sent to the state body&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Holiday Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar was not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::LocalizedTextEditor</name>
    <message>
        <source>missing in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Profession &amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Labour &amp;Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add S&amp;kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Chapter or &amp;Appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kasibi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kasibi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kasibi %1&lt;/h3&gt;&lt;p&gt;An editor of professional standards of the Republic of Kazakhstan, to the Rules approved by order No. 377.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is open read-only: %1. Use File &gt; Save As to edit a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasibi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Undo (%1) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review mode: the content is read-only; comments and the conclusion can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasibi &amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::NavigatorModel</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ORK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::NodeForm</name>
    <message>
        <source>Code of the professional standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made of the OKED section letter, the digits of the OKED subclass and the serial number; set by the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of profession cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names per NKZ and ORK levels, from chapter 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;no name yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ORK level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No profession cards yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;not yet known: fill in the OKED section and subclass&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;(the serial number is assigned on the NQS digital platform)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with your comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of new standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard is written in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host=registry.example.kz dbname=kasibi user=login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL connection string or URI. The password goes in ~/.pgpass, never here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check spelling in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasibi does not keep passwords: put the registry&apos;s password in ~/.pgpass (or PGPASSWORD) and leave it out of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry call that gets no answer in this time is given up with a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry answers within:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::QualificationMapDialog</name>
    <message>
        <source>Qualification Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ReadingController</name>
    <message>
        <source>&amp;Read the Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;Whole Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected profession card as it will print, to read it whole and comment on any part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ReadingView</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a text to comment on it; a double click asks for a comment at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: the whole standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::RegistryClient</name>
    <message>
        <source>the registry is still busy %1: wait until it is done, or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::RegistryController</name>
    <message>
        <source>Open from Re&amp;gistry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish to Registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registry is set: give its address in Edit &gt; Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no standard is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull version %1 and compare it with yours now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to the registry as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry already has this content as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the standard from the registry as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasibi documents (*.kasibi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Re&amp;view to Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this document was not taken from this registry: a review goes to the published version it was pulled from (File &gt; Open from Registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to version %1 in the registry: %n new comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your conclusion was already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry call was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulling a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulling version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document was closed before the registry answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the standards against each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing the qualification map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to the registry as version %1; recorded in %2, closed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::RegistryDock</name>
    <message>
        <source>Same occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related, elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related, nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in Kazakh or Russian, an NKZ or OKED code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKED section or division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ReviewController</name>
    <message>
        <source>&amp;Review Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the content; comments and the conclusion stay editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for &amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a standard for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review mode could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::SpellChecker</name>
    <message>
        <source>cannot create the folder of the personal dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::StandardDocument</name>
    <message>
        <source>the document cannot be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is open for review: its content cannot be changed, only comments and the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no element with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; takes no language &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing can be added there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this element cannot be placed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already one there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element with id %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this element cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this element cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content is of another standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::TimelineDock</name>
    <message>
        <source>Approval Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days: weekends and public holidays of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from the start (rule %1)</source>
        <translation>
            <numerusform>%n working day from the start (rule %1)</numerusform>
            <numerusform>%n working days from the start (rule %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval step: %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter 4 gives no year of release or planned update date, so the three years of rule 16 cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned update %1: within three years of the release in %2 (rule 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned update %1 is later than %2: a standard is updated at least once every three years after its release in %3 (rule 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add approval step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar of Kazakhstan shipped with Kasibi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::UserGuideDialog</name>
    <message>
        <source>Kasibi User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list of texts: start the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list of texts: break the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list: add an item after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list: move the item up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up, Ctrl+Shift+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list: remove the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ValidationDock</name>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a standard to see what the National body would find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the standard meets every criterion checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply the Classifier&apos;s Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::VersionWindow</name>
    <message>
        <source>no temporary folder for the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of %2 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot;, saved %2. It is shown read-only; to make it the current content, restore it in Versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::VersionsDialog</name>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes this version the current content; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions are kept inside the document file. Save one with Lifecycle &gt; Save Version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document refused the restored content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::WelcomePage</name>
    <message>
        <source>Kasibi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional standards of the Republic of Kazakhstan, drafted in Kazakh and Russian to the Rules (order No. 377).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty standard with the four chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard with one profession card, a mandatory and an additional labour function and two skills each, ready to be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .kasibi document or import a .json standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete bilingual standard: «Mining of ore by the open method»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent standards yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a standard sent to you for review: its content stays as the author wrote it, your comments and the conclusion are kept in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor of professional standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .kasibi document or a .json standard to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
