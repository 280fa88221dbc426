<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
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
        <source>The standard could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasibi cannot write files of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
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
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the standard</source>
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
