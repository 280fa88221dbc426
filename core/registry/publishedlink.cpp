#include "core/registry/publishedlink.h"

#include "core/store/documentstore.h"

#include <QDir>

namespace kasibi {

Status PublishedLink::record(const QString& path, const std::optional<RegistryLink>& base,
                             const RegistryLink& made) {
    const QString shown = QDir::toNativeSeparators(path);
    auto store = DocumentStore::open(path, AccessMode::ReadWrite);
    if (!store)
        return Status::failure(
            tr("published as version %1, but the file cannot be opened to record that: %2")
                .arg(made.version)
                .arg(store.error().message),
            shown);
    if (store.value()->isReadOnly())
        return Status::failure(tr("published as version %1, but the file cannot be written to "
                                  "record that: %2; pull version %1 to go on from it")
                                   .arg(made.version)
                                   .arg(store.value()->readOnlyExplanation()),
                               shown);
    if (store.value()->registryLink() != base)
        return Status::failure(tr("published as version %1, but the file now records another "
                                  "registry version (it was pulled or published again "
                                  "meanwhile), so it was left as it is")
                                   .arg(made.version),
                               shown);
    return store.value()->setRegistryLink(made);
}

} // namespace kasibi
