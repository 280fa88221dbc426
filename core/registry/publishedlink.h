#pragma once

#include "core/model/result.h"
#include "core/store/registrylink.h"

#include <optional>
#include <QCoreApplication>

namespace kasibi {

// Records in a .kasibi file that is no longer open the registry version a publish of it made:
// the document was closed before the registry answered. The file is opened by its path through
// its store (whose lock keeps another Kasibi from writing it meanwhile) and the link written in
// one transaction, the field setRegistryLink writes; unless the file no longer records the
// version the publish started from (it was pulled or published again meanwhile), which is then
// left as it is.
class PublishedLink {
    Q_DECLARE_TR_FUNCTIONS(PublishedLink)
public:
    static Status record(const QString& path, const std::optional<RegistryLink>& base,
                         const RegistryLink& made);
};

} // namespace kasibi
