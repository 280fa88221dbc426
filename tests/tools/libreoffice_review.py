#!/usr/bin/python3
"""Reviews a DOCX the way a reviewer does in LibreOffice, for the tests of the review import.

    libreoffice_review.py IN.docx SPEC.json OUT.docx

SPEC.json: {"changes":  [{"find": TEXT, "replace": TEXT, "author": NAME, "occurrence": N}],
            "comments": [{"find": TEXT, "author": NAME, "date": ISO, "text": TEXT,
                          "occurrence": N, "resolved": BOOL}]}

Tracked changes are made by LibreOffice itself through UNO, with change recording on (each
change's author is set as LibreOffice's user name). Comments cannot be inserted through UNO
(LibreOffice 7.4 crashes headless, and so does loading a document with comments through UNO),
so the document is saved as ODT, an office:annotation is put around each commented text in
content.xml, and LibreOffice's command line converts that to DOCX (Word 2007-365): the comments in the DOCX are LibreOffice's own writing. A comment whose "find" text
another comment has already is on the same range: LibreOffice's way of writing a reply.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from xml.dom import minidom

import uno
from com.sun.star.beans import PropertyValue

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC = "http://purl.org/dc/elements/1.1/"
LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    def __init__(self):
        # A profile of its own: never the user's, never another test's running LibreOffice.
        self.profile = tempfile.mkdtemp(prefix="kasibi-lo-")
        self.port = random.randint(20000, 60000)
        self.process = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
             "-env:UserInstallation=file://" + self.profile,
             "--accept=socket,host=127.0.0.1,port=%d;urp;" % self.port],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(240):
            try:
                self.context = resolver.resolve(
                    "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % self.port)
                break
            except Exception:
                if self.process.poll() is not None:
                    raise RuntimeError("LibreOffice ended before it could be reached")
                time.sleep(0.5)
        else:
            raise RuntimeError("LibreOffice could not be reached")
        self.desktop = self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.context)

    def set_user(self, name):
        provider = self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.context)
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
        parts = name.split(" ", 1)
        access.setPropertyValue("givenname", parts[0])
        access.setPropertyValue("sn", parts[1] if len(parts) > 1 else "")
        access.commitChanges()

    def load(self, path):
        return self.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (prop("Hidden", True),))

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def find_nth(document, text, occurrence):
    descriptor = document.createSearchDescriptor()
    descriptor.SearchString = text
    descriptor.SearchCaseSensitive = True
    found = document.findFirst(descriptor)
    for _ in range(occurrence):
        if found is None:
            break
        found = document.findNext(found.End, descriptor)
    if found is None:
        raise RuntimeError("text not found for a change: %r" % text)
    return found


def paragraphs(node):
    """text:p and text:h in order, outside tracked deletions and annotations."""
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE:
            continue
        if child.namespaceURI == TEXT and child.localName == "tracked-changes":
            continue
        if child.namespaceURI == OFFICE and child.localName == "annotation":
            continue
        if child.namespaceURI == TEXT and child.localName in ("p", "h"):
            yield child
        else:
            yield from paragraphs(child)


def text_nodes(node):
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            yield child
        elif child.nodeType == child.ELEMENT_NODE and not (
                child.namespaceURI == OFFICE and child.localName == "annotation"):
            yield from text_nodes(child)


def point(paragraph, offset, at_end):
    """The text node and offset where `offset` of the paragraph's text is, split there."""
    position = 0
    for node in text_nodes(paragraph):
        length = len(node.data)
        if position + length > offset or (at_end and position + length == offset):
            local = offset - position
            if local == 0:
                return node.parentNode, node
            if local == length:
                return node.parentNode, node.nextSibling
            rest = node.splitText(local)
            return rest.parentNode, rest
        position += length
    raise RuntimeError("offset beyond the paragraph")


def annotate(content, comments):
    dom = minidom.parseString(content)
    body = dom.getElementsByTagNameNS(OFFICE, "text")[0]
    for number, comment in enumerate(comments):
        wanted = comment["find"]
        occurrence = comment.get("occurrence", 0)
        seen = 0
        for paragraph in paragraphs(body):
            text = "".join(node.data for node in text_nodes(paragraph))
            at = text.find(wanted)
            while at >= 0 and seen < occurrence:
                seen += 1
                at = text.find(wanted, at + 1)
            if at >= 0:
                break
        else:
            raise RuntimeError("text not found for a comment: %r" % wanted)
        name = "kasibi-test-%d" % number
        end_parent, end_before = point(paragraph, at + len(wanted), True)
        end = dom.createElementNS(OFFICE, "office:annotation-end")
        end.setAttributeNS(OFFICE, "office:name", name)
        end_parent.insertBefore(end, end_before)
        start_parent, start_before = point(paragraph, at, False)
        annotation = dom.createElementNS(OFFICE, "office:annotation")
        annotation.setAttributeNS(OFFICE, "office:name", name)
        if comment.get("resolved"):
            annotation.setAttributeNS(LOEXT, "loext:resolved", "true")
        creator = dom.createElementNS(DC, "dc:creator")
        creator.appendChild(dom.createTextNode(comment["author"]))
        date = dom.createElementNS(DC, "dc:date")
        date.appendChild(dom.createTextNode(comment["date"]))
        annotation.appendChild(creator)
        annotation.appendChild(date)
        for line in comment["text"].split("\n"):
            p = dom.createElementNS(TEXT, "text:p")
            p.appendChild(dom.createTextNode(line))
            annotation.appendChild(p)
        start_parent.insertBefore(annotation, start_before)
    root = dom.documentElement
    if not root.hasAttribute("xmlns:loext"):
        root.setAttribute("xmlns:loext", LOEXT)
    return dom.toxml(encoding="UTF-8")


def rewrite(odt, name, data):
    temporary = odt + ".tmp"
    with zipfile.ZipFile(odt) as source, zipfile.ZipFile(temporary, "w") as target:
        for item in source.infolist():
            payload = data if item.filename == name else source.read(item.filename)
            kind = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(item, payload, compress_type=kind)
    os.replace(temporary, odt)


def main():
    source, spec_path, output = sys.argv[1:4]
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    work = tempfile.mkdtemp(prefix="kasibi-review-")
    office = Office()
    try:
        document = office.load(source)
        document.RecordChanges = True
        for change in spec.get("changes", []):
            office.set_user(change["author"])
            found = find_nth(document, change["find"], change.get("occurrence", 0))
            found.setString(change["replace"])
        odt = os.path.join(work, "review.odt")
        document.storeToURL(uno.systemPathToFileUrl(odt), (prop("FilterName", "writer8"),))
        document.close(True)

    finally:
        office.close()
    try:
        with zipfile.ZipFile(odt) as package:
            content = package.read("content.xml")
        rewrite(odt, "content.xml", annotate(content, spec.get("comments", [])))
        # Loading a document with comments through UNO brings LibreOffice 7.4 down headless;
        # its command-line conversion does not.
        converted = os.path.join(work, "docx")
        subprocess.run(["soffice", "--headless", "--norestore",
                        "-env:UserInstallation=file://" + office.profile,
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", converted, odt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.move(os.path.join(converted, "review.docx"), output)
    finally:
        shutil.rmtree(office.profile, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
