<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Three digits, e.g. 012.</source>
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
        <source>OKED (economic activities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NKZ (occupations)</source>
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
        <source>The %1 edition in use (%2) has no %3: load a full edition with Tools &gt; Load Classifier Edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subclasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupations</source>
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
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
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
        <source>the change report is written as .docx or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Change Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written</source>
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
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange format (JSON)</source>
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
</context>
<context>
    <name>kasibi::IntegerFieldEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::LevelFieldEditor</name>
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
        <source>Every change is saved as it is made.</source>
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
        <source>The sample could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample could not be saved</source>
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
        <source>Standards (*.kasibi *.json);;Kasibi documents (*.kasibi);;Interchange format (*.json)</source>
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
        <source>&lt;i&gt;not yet known: fill in the OKED section, subclass and serial number&lt;/i&gt;</source>
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
        <source>The interface will be in the new language the next time Kasibi starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasibi::ReviewController</name>
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
        <source>&amp;Import Comments From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Conclusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

File: %2</source>
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
        <translation>
            <numerusform>%n comment imported from %1.</numerusform>
            <numerusform>%n comments imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conclusion could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conclusion can be written as %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a field or an element to comment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a standard for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasibi documents (*.kasibi)</source>
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
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-conclusion</source>
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
