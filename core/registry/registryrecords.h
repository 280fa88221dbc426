#pragma once

#include "core/model/documenttree.h"
#include "core/store/registrylink.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kasibi {

// One published version: who published it and when.
struct PublishedVersion {
    QString standardId;
    int version = 0;
    QString publishedBy;
    QDateTime publishedAt;
    // False when a publish found the content already there as this version.
    bool isNew = true;
};

// A standard as the registry lists it: its latest version's code and names.
struct RegisteredStandard {
    QString id;
    QString code;
    QString nameRu;
    QString nameKk;
    QString organisation;
    PublishedVersion latest;
    int releaseYear = 0;
    QDate plannedUpdate;
    QString status; // StandardStatus's key, of the latest version
};

// What a reviewer's document added to a published version: comments already there from the same
// account are not added twice, nor a second conclusion.
struct SentReview {
    int comments = 0;
    int commentsAlreadyThere = 0;
    bool conclusion = false;
    bool conclusionAlreadyThere = false;
};

// A version taken from the registry, with the link a .kasibi file made of it records.
struct PulledStandard {
    DocumentTree tree;
    RegistryLink link;
    PublishedVersion published;
};

} // namespace kasibi
