#!/usr/bin/python3
"""The figures of issue 16's note: the sample standard reviewed in LibreOffice with 20 comments
and 10 tracked changes, imported back; how many were anchored by mark, by text, not at all, and
whether each landed on the element and field it was made on.

    review_measurement.py KASIBI_CLI SAMPLE.json WORKDIR [--no-marks]
"""
import json
import os
import subprocess
import sys
import zipfile

import docx

HERE = os.path.dirname(os.path.abspath(__file__))


def texts(node, path=""):
    """(element id, field, ru text) of every localized text in the interchange JSON."""
    if isinstance(node, dict):
        if "ru" in node and "kk" in node and isinstance(node["ru"], str):
            yield path, node["ru"]
            return
        for key, value in node.items():
            yield from texts(value, path + "/" + key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from texts(value, path + "/" + str(i))


def main():
    cli, sample, work = sys.argv[1:4]
    marks = "--no-marks" not in sys.argv
    os.makedirs(work, exist_ok=True)
    exported = os.path.join(work, "standard.docx")
    command = [cli, "export", sample, "-o", exported, "--lang", "ru"]
    if not marks:
        command.append("--no-marks")
    subprocess.run(command, check=True)
    body = "\n".join(p.text for p in docx.Document(exported).paragraphs)
    for table in docx.Document(exported).tables:
        for row in table.rows:
            for cell in row.cells:
                body += "\n" + cell.text
    # Pieces of field texts that occur once in the printed standard, spread over the document.
    candidates = []
    seen = set()
    for path, text in texts(json.load(open(sample, encoding="utf-8"))):
        words = text.split()
        if len(words) < 4 or path.startswith("/review"):
            continue
        piece = " ".join(words[1:4])
        if piece in seen or body.count(piece) != 1:
            continue
        seen.add(piece)
        candidates.append((path, text, piece, words))
    # Round the kinds of text (names, codes' names, purposes, items of each list, ...) so that
    # the remarks are spread over the places a reviewer comments on.
    groups = {}
    for candidate in candidates:
        key = [part for part in candidate[0].split("/") if not part.isdigit()][-1]
        groups.setdefault(key, []).append(candidate)
    chosen = []
    while len(chosen) < 30 and any(groups.values()):
        for key in sorted(groups):
            if groups[key] and len(chosen) < 30:
                chosen.append(groups[key].pop(len(groups[key]) // 2))
    comments = []
    changes = []
    for i, (path, text, piece, words) in enumerate(chosen):
        if i % 3 == 2 and len(changes) < 10:
            # Every other change replaces a word inside the text, the rest the whole text.
            if len(changes) % 2 == 0:
                changes.append({"find": piece,
                                "replace": " ".join([words[1], words[2].upper(), words[3]]),
                                "author": "Нурлан Ахметов", "where": path})
            else:
                changes.append({"find": text, "replace": text + " (уточнено)",
                                "author": "Айгерим Сапарова", "where": path})
        elif len(comments) < 20:
            comments.append({"find": piece, "author": "Айгерим Сапарова",
                             "date": "2026-11-28T%02d:%02d:00" % (9 + i // 60, i % 60),
                             "text": "Замечание %d" % (len(comments) + 1), "where": path})
    spec = {"comments": comments, "changes": changes}
    spec_path = os.path.join(work, "spec.json")
    with open(spec_path, "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False, indent=1)
    reviewed = os.path.join(work, "reviewed.docx")
    subprocess.run(["/usr/bin/python3", os.path.join(HERE, "libreoffice_review.py"), exported,
                    spec_path, reviewed], check=True)
    document = os.path.join(work, "standard.kasibi")
    if os.path.exists(document):
        os.remove(document)
    subprocess.run([cli, "import", sample, "-o", document], check=True)
    output = subprocess.run([cli, "review", "import", document, reviewed, "--json"], check=True,
                            capture_output=True, text=True).stdout
    result = json.loads(output)
    whole = json.load(open(sample, encoding="utf-8"))
    standard = whole.get("standard", whole)

    def expected(path):
        """The element id and field (or item id) a JSON path of a text names."""
        node, owner, rest = whole, standard["id"], []
        for part in path.strip("/").split("/"):
            node = node[int(part)] if isinstance(node, list) else node[part]
            rest.append(part)
            if isinstance(node, dict) and "id" in node:
                owner, rest = node["id"], []
        return owner, "/".join(rest)

    by_text = {}
    for remark in result["remarks"]:
        by_text[remark["text"]] = remark
    right = 0
    wrong = []
    for made in comments + changes:
        owner, field = expected(made["where"])
        remark = by_text.get(made.get("text")) if "text" in made else next(
            (r for r in result["remarks"] if r["kind"] == "suggestion" and
             made["replace"] in r.get("after", "")), None)
        if remark is None:
            wrong.append((made, None))
            continue
        place = remark.get("itemId") or remark["elementId"]
        if place == owner and (remark.get("itemId") or remark["field"] == field):
            right += 1
        else:
            wrong.append((made["where"], remark["anchoredBy"], remark["field"]))
    print("comments %d, changes %d" % (len(comments), len(changes)))
    print(json.dumps(result["summary"], ensure_ascii=False))
    print("on the element and field they were made on: %d of %d" % (right, len(comments) +
                                                                    len(changes)))
    for remark in result["remarks"]:
        print("%-10s %-5s %-32s %s" % (remark["kind"], remark["anchoredBy"],
                                       remark["field"][:32], remark["text"][:70]))
    for miss in wrong:
        print("MISPLACED", miss)


if __name__ == "__main__":
    main()
