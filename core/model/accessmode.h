#pragma once

namespace kasibi {

enum class AccessMode { ReadWrite, ReadOnly };

// Why a document opened for editing came up read-only.
enum class ReadOnlyReason {
    None,
    Requested,
    FileNotWritable,
    FolderNotWritable,
    InUse,
    LockNotWritable, // no lock file can be written beside it (a full disk)
};

} // namespace kasibi
