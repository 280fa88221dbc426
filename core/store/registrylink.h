#pragma once

#include <QString>

namespace kasibi {

// Which registry version a document's content matches: recorded in the .kasibi file when it is
// published or pulled, so that a later publish can tell whether someone else has published a
// newer version since.
struct RegistryLink {
    QString registryId; // the registry's own id (kasibi.registry.id), not its address
    QString standardId;
    int version = 0;

    bool isValid() const { return !registryId.isEmpty() && !standardId.isEmpty() && version > 0; }
    bool operator==(const RegistryLink&) const = default;
};

} // namespace kasibi
