<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>kasibi::GrowingTextEdit</name>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Пропустить «%1»</translation>
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
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
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
        <source>The standard could not be exported</source>
        <translation>Не удалось экспортировать стандарт</translation>
    </message>
    <message>
        <source>Kasibi cannot write files of this kind</source>
        <translation>Kasibi не умеет записывать файлы такого вида</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано: %1</translation>
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
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export the standard</source>
        <translation>Экспорт стандарта</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
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
