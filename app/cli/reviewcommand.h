#pragma once

#include <QStringList>

// kasibi-cli review import DOC.kasibi REVIEWED.docx [--json] [--force]: the comments and tracked
// changes of a copy reviewed in Word or LibreOffice, added to DOC as comments and suggestions in
// one transaction (ReviewImport); --force imports a file exported from another standard.
int runReviewCommand(const QStringList& positional, bool json, bool force);
