#!/usr/bin/python3
# Writes a Kazakh professional standard in the pre-2023 template of NCE «Атамекен» (2019-2022),
# as the Kazakh published standards word it, in the table layout of the Russian real files in
# ../shared/real-standards (kind2: the whole standard in one big table, merged cells, a
# «N-еңбек функциясы» cell merged down over its tasks, «N-міндет» / «N-дағды» cells over their
# «Іскерліктер:» / «Машықтар:» and «Білім:» rows). No real Kazakh standard is at hand: this is
# the test fixture for the import of one.
#
#   make-kazakh-legacy-standard.py OUT.docx
#
# Prints, as JSON on stdout, what an import must find in it: the approving order, each card's
# name, codes and ORK level, its labour functions (kind, name) and each function's skills (name,
# number of abilities and knowledge items), counted here from the data the file is written from.
import json
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

ISSUER = ("«Атамекен» Қазақстан Республикасы Ұлттық кәсіпкерлер палатасы Басқарма "
          "Төрағасының міндетін атқарушының")
NAME = "Бағдарламалық қамтамасыз етуді сүйемелдеу"

CARDS = [
    {
        "heading": "КӘСІП КАРТОЧКАСЫ: БАҒДАРЛАМАЛЫҚ ҚАМТАМАСЫЗ ЕТУДІ СҮЙЕМЕЛДЕУ ЖӨНІНДЕГІ МАМАН",
        "name": "Бағдарламалық қамтамасыз етуді сүйемелдеу жөніндегі маман",
        "code": "2513-0-001", "group": "2513-0", "ork": "5",
        "purpose": "Пайдаланушылардың талаптары негізінде бағдарламалық қамтамасыз етуді "
                   "жаңғырту жөніндегі жұмысты ұйымдастыру.",
        "skillLabel": "{n}-міндет:", "abilitiesLabel": "Іскерліктер:",
        "functions": [
            {"kind": "mandatory",
             "name": "Бағдарламалық өнімнің мониторингі және ақауларды анықтау",
             "skills": [
                 {"name": "Бағдарламалық қамтамасыз етудегі іркілістерді жою жөніндегі "
                          "жұмыстарды ұйымдастыру",
                  "abilities": ["Бағдарламалық қамтамасыз етуді ауыстыру мерзімдерін анықтау",
                                "Іркілістерді жою жоспарын әзірлеу",
                                "Пайдаланушылардың өтінімдерін тіркеу"],
                  "knowledge": ["Бағдарламалық қамтамасыз етуді техникалық құжаттау",
                                "Бағдарламалық қамтамасыз етудің өмірлік циклі"]},
                 {"name": "Жүйелік қателерді анықтау және оларды өңдеу",
                  "abilities": ["Қателерді анықтау әдістерін қолдану",
                                "Жүйелік журналдарды талдау"],
                  "knowledge": ["Заманауи бағдарламалық қосымшалар",
                                "Деректер қорын басқару жүйелері",
                                "Ақпараттық қауіпсіздік негіздері"]},
             ]},
            {"kind": "mandatory",
             "name": "Бағдарламалық қамтамасыз етуді жаңғыртуға қатысу",
             "skills": [
                 {"name": "Бағдарламалық қамтамасыз етудің жекелеген модульдерін жетілдіру",
                  "abilities": ["Инцидентті және іркіліс жағдайларын тіркеу",
                                "Өзгерістер жоспарын құру",
                                "Модульдерді тестілеу",
                                "Нәтижелерді құжаттау"],
                  "knowledge": ["Сүйемелдеу жөніндегі халықаралық және республикалық "
                                "стандарттар"]},
             ]},
            {"kind": "additional",
             "name": "Пайдаланушыларға кеңес беру",
             "skills": [
                 {"name": "Пайдаланушыларды оқыту",
                  "abilities": ["Оқыту материалдарын дайындау"],
                  "knowledge": ["Ересектерді оқыту әдістері",
                                "Бағдарламалық өнімнің мүмкіндіктері"]},
             ]},
        ],
        "personal": "Логикалық ойлау. Ойлаудың икемділігі. Ұйымдастырушылық.",
        "related": ("6-7", "АКТ аудиторы"),
    },
    {
        "heading": "КӘСІП КАРТОЧКАСЫ: «АКТ АУДИТОРЫ»",
        "name": "АКТ аудиторы",
        "code": "2519-1-001", "group": "2519-1", "ork": "6",
        "purpose": "Ақпараттық жүйелердің сәйкестігін тексеру.",
        "skillLabel": "{n}-дағды:", "abilitiesLabel": "Машықтар:",
        "functions": [
            {"kind": "mandatory",
             "name": "Ақпараттық жүйелердің аудитін жоспарлау",
             "skills": [
                 {"name": "Аудит бағдарламасын әзірлеу",
                  "abilities": ["Аудит мақсаттарын анықтау",
                                "Тәуекелдерді бағалау",
                                "Аудит кестесін жасау"],
                  "knowledge": ["Аудит стандарттары", "Тәуекелдерді басқару әдістері"]},
                 {"name": "Аудит топтарын қалыптастыру",
                  "abilities": ["Аудиторлардың құзыретін бағалау"],
                  "knowledge": ["Аудиторлық қызметтің этикасы"]},
             ]},
            {"kind": "mandatory",
             "name": "Аудит нәтижелері бойынша есеп беру",
             "skills": [
                 {"name": "Аудиторлық қорытынды дайындау",
                  "abilities": ["Анықталған сәйкессіздіктерді жүйелеу",
                                "Ұсынымдар әзірлеу"],
                  "knowledge": ["Есеп беру нысандары", "Құжат айналымы ережелері",
                                "Ақпараттық жүйелердің сәулеті"]},
             ]},
        ],
        "personal": "Жауапкершілік. Талдау қабілеті.",
        "related": ("5", "Бағдарламалық қамтамасыз етуді сүйемелдеу жөніндегі маман"),
    },
]

document = docx.Document()
# The whole standard in one table of three columns, as the Russian kind2 files are.
table = document.add_table(rows=0, cols=3)
table.style = "Table Grid"


def row():
    return table.add_row().cells


def fill(cell, lines, align=None):
    """The lines, one paragraph each, into the cell (its first paragraph reused)."""
    first = True
    for line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.text = line
        if align is not None:
            paragraph.alignment = align
        first = False


def whole(lines, align=None):
    cells = row()
    merged = cells[0].merge(cells[2])
    fill(merged, lines, align)


def labelled(label, *values):
    cells = row()
    fill(cells[0], [label])
    if len(values) == 1:
        fill(cells[1].merge(cells[2]), values[0] if isinstance(values[0], list) else [values[0]])
    else:
        for i, value in enumerate(values):
            fill(cells[1 + i], value if isinstance(value, list) else [value])


# The header names the order: issuer, date, order, appendix, each on its own line, top right.
whole([ISSUER, "2022 жылғы 5 желтоқсандағы", "№ 222 бұйрығына", "№ 20 қосымша"],
      WD_ALIGN_PARAGRAPH.RIGHT)
whole(["Кәсіптік стандарт: «" + NAME + "»"], WD_ALIGN_PARAGRAPH.CENTER)
whole(["Глоссарий",
       "Осы кәсіптік стандартта мынадай терминдер мен анықтамалар қолданылады:",
       "Ақпараттық жүйе – ақпаратты жинауға, өңдеуге және беруге арналған ұйымдастырушылық "
       "тәртіптелген жиынтық.",
       "Бағдарламалық қамтамасыз етуді сүйемелдеу – өнеркәсіптік пайдалануға енгізілген "
       "жүйені оның мақсатына сәйкес пайдалануды қамтамасыз ету.",
       "Осы кәсіптік стандартта мынадай қысқартулар қолданылады:",
       "АЖ – ақпараттық жүйе;",
       "БҚ – бағдарламалық қамтамасыз ету."])
whole(["1. Кәсіптік стандарттың паспорты"], WD_ALIGN_PARAGRAPH.CENTER)
labelled("Кәсіптік стандарттың атауы:", NAME)
labelled("Кәсіптік стандарттың нөмірі:", "")
labelled("ЭҚЖЖ бойынша секцияның, бөлімнің, топтың, сыныптың және кіші сыныптың атаулары:",
         ["J Ақпарат және байланыс", "62 Компьютерлік бағдарламалау, кеңес беру және "
          "басқа да ілеспе қызметтер"])
labelled("Кәсіптік стандарттың қысқаша сипаттамасы:",
         "Бағдарламалық қамтамасыз етуді баптау, конфигурациялау, мониторинг, жаңғырту.")
whole(["Кәсіп карточкалары"], WD_ALIGN_PARAGRAPH.CENTER)
for card in CARDS:
    labelled("Кәсіп карточкаларының тізбесі:", card["name"],
             "СБШ бойынша " + card["ork"] + "-деңгей")

expected = {"approval": {"issuer": ISSUER, "orderNumber": "222", "orderDate": "2022-12-05",
                         "appendixNumber": "20"},
            "name": NAME, "cards": []}
for card in CARDS:
    whole([card["heading"]], WD_ALIGN_PARAGRAPH.CENTER)
    labelled("Коды:", card["code"])
    labelled("Топтың коды:", card["group"])
    labelled("Кәсіп:", card["name"])
    labelled("Кәсіптің басқа да мүмкін атаулары:", "-")
    labelled("СБШ бойынша біліктілік деңгейі:", card["ork"])
    labelled("Қызметтің негізгі мақсаты:", card["purpose"])
    for kind, label in (("mandatory", "Міндетті еңбек функциялары:"),
                        ("additional", "Қосымша еңбек функциялары:")):
        names = ["%d. %s" % (i + 1, f["name"]) for i, f in enumerate(card["functions"])
                 if f["kind"] == kind]
        cells = row()
        if kind == "mandatory":
            fill(cells[0], ["Еңбек функциялары:"])
        fill(cells[1], [label])
        fill(cells[2], names or ["-"])
    # «Еңбек функциялары:» is one cell merged down over both rows, as in the Russian files.
    first_rows = table.rows[-2:]
    first_rows[0].cells[0].merge(first_rows[1].cells[0])
    for number, function in enumerate(card["functions"], 1):
        top = len(table.rows)
        for s, skill in enumerate(function["skills"], 1):
            skill_top = len(table.rows)
            for label, items in ((card["abilitiesLabel"], skill["abilities"]),
                                 ("Білім:", skill["knowledge"])):
                cells = row()
                fill(cells[2], [label])
                cells = row()
                fill(cells[2], ["%d. %s" % (i + 1, item) for i, item in enumerate(items)])
            skill_cell = table.cell(skill_top, 1).merge(table.cell(len(table.rows) - 1, 1))
            fill(skill_cell, [card["skillLabel"].format(n=s), skill["name"]])
        function_cell = table.cell(top, 0).merge(table.cell(len(table.rows) - 1, 0))
        fill(function_cell, ["%d-еңбек функциясы:" % number, function["name"]])
    labelled("Жеке құзыреттерге қойылатын талаптар", card["personal"])
    labelled("СБШ шеңберіндегі басқа кәсіптермен байланысы", card["related"][0],
             card["related"][1])
    labelled("Білім беру және біліктілік жүйесімен байланысы",
             "Білім деңгейі: ТжКБ (5-деңгей)", ["Мамандығы:", "Есептеу техникасы"])
    expected["cards"].append({
        "name": card["name"], "code": card["code"], "group": card["group"][:4],
        "ork": card["ork"], "purpose": card["purpose"],
        "functions": [{"kind": f["kind"], "name": f["name"],
                       "skills": [{"name": s["name"], "abilities": len(s["abilities"]),
                                   "knowledge": len(s["knowledge"]),
                                   "firstAbility": s["abilities"][0]}
                                  for s in f["skills"]]}
                      for f in card["functions"]]})

whole(["Кәсіптік стандарттың техникалық деректері"], WD_ALIGN_PARAGRAPH.CENTER)
labelled("Мемлекеттік органның атауы:", "Қазақстан Республикасы Цифрлық даму, инновациялар "
         "және аэроғарыш өнеркәсібі министрлігі")
labelled("Нұсқаның нөмірі және шығарылған жылы:", "1.0, 2022")
labelled("Болжамды өзектендіру күні:", "05.12.2025")

document.save(sys.argv[1])
json.dump(expected, sys.stdout, ensure_ascii=False)
