#include "failingvfs.h"

#include <cstring>
#include <mutex>
#include <sqlite3.h>
#include <string>

namespace kasibi::test {

namespace {

struct State {
    std::mutex mutex;
    bool armed = false;
    int allowed = 0;
    int writes = 0;
    int failed = 0;
    int error = SQLITE_FULL;
    std::string watched;
};

State& state() {
    static State s;
    return s;
}

sqlite3_vfs* real = nullptr;

struct File {
    sqlite3_file base;
    sqlite3_file* real;
    std::string* path; // owned; the name SQLite opened it by
};

sqlite3_file* inner(sqlite3_file* file) {
    return reinterpret_cast<File*>(file)->real;
}

// Counts one write to a watched file; the error to return, or SQLITE_OK to let it through.
// A full disk fails writes only; a failing disk fails syncs too.
int verdict(sqlite3_file* file, int ioError) {
    const std::string* path = reinterpret_cast<File*>(file)->path;
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (!s.armed || s.watched.empty() || path->find(s.watched) == std::string::npos)
        return SQLITE_OK;
    if (ioError == SQLITE_IOERR_FSYNC && s.error == SQLITE_FULL) return SQLITE_OK;
    ++s.writes;
    if (s.allowed > 0) {
        --s.allowed;
        return SQLITE_OK;
    }
    ++s.failed;
    return s.error == SQLITE_FULL ? SQLITE_FULL : ioError;
}

int xClose(sqlite3_file* file) {
    const int rc = inner(file)->pMethods ? inner(file)->pMethods->xClose(inner(file)) : SQLITE_OK;
    sqlite3_free(inner(file));
    delete reinterpret_cast<File*>(file)->path;
    return rc;
}
int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return inner(file)->pMethods->xRead(inner(file), buffer, amount, offset);
}
int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    if (const int rc = verdict(file, SQLITE_IOERR_WRITE); rc != SQLITE_OK) return rc;
    return inner(file)->pMethods->xWrite(inner(file), buffer, amount, offset);
}
int xTruncate(sqlite3_file* file, sqlite3_int64 size) {
    if (const int rc = verdict(file, SQLITE_IOERR_TRUNCATE); rc != SQLITE_OK) return rc;
    return inner(file)->pMethods->xTruncate(inner(file), size);
}
int xSync(sqlite3_file* file, int flags) {
    if (const int rc = verdict(file, SQLITE_IOERR_FSYNC); rc != SQLITE_OK) return rc;
    return inner(file)->pMethods->xSync(inner(file), flags);
}
int xFileSize(sqlite3_file* file, sqlite3_int64* size) {
    return inner(file)->pMethods->xFileSize(inner(file), size);
}
int xLock(sqlite3_file* file, int level) {
    return inner(file)->pMethods->xLock(inner(file), level);
}
int xUnlock(sqlite3_file* file, int level) {
    return inner(file)->pMethods->xUnlock(inner(file), level);
}
int xCheckReservedLock(sqlite3_file* file, int* out) {
    return inner(file)->pMethods->xCheckReservedLock(inner(file), out);
}
int xFileControl(sqlite3_file* file, int op, void* argument) {
    return inner(file)->pMethods->xFileControl(inner(file), op, argument);
}
int xSectorSize(sqlite3_file* file) {
    return inner(file)->pMethods->xSectorSize(inner(file));
}
int xDeviceCharacteristics(sqlite3_file* file) {
    return inner(file)->pMethods->xDeviceCharacteristics(inner(file));
}
int xShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** out) {
    return inner(file)->pMethods->xShmMap(inner(file), page, size, extend, out);
}
int xShmLock(sqlite3_file* file, int offset, int n, int flags) {
    return inner(file)->pMethods->xShmLock(inner(file), offset, n, flags);
}
void xShmBarrier(sqlite3_file* file) {
    inner(file)->pMethods->xShmBarrier(inner(file));
}
int xShmUnmap(sqlite3_file* file, int deleteFlag) {
    return inner(file)->pMethods->xShmUnmap(inner(file), deleteFlag);
}
int xFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
    return inner(file)->pMethods->xFetch(inner(file), offset, amount, out);
}
int xUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer) {
    return inner(file)->pMethods->xUnfetch(inner(file), offset, pointer);
}

const sqlite3_io_methods methods = {3,
                                    xClose,
                                    xRead,
                                    xWrite,
                                    xTruncate,
                                    xSync,
                                    xFileSize,
                                    xLock,
                                    xUnlock,
                                    xCheckReservedLock,
                                    xFileControl,
                                    xSectorSize,
                                    xDeviceCharacteristics,
                                    xShmMap,
                                    xShmLock,
                                    xShmBarrier,
                                    xShmUnmap,
                                    xFetch,
                                    xUnfetch};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto* wrapper = reinterpret_cast<File*>(file);
    wrapper->base.pMethods = nullptr;
    wrapper->real = static_cast<sqlite3_file*>(sqlite3_malloc(real->szOsFile));
    if (!wrapper->real) return SQLITE_NOMEM;
    std::memset(wrapper->real, 0, real->szOsFile);
    const int rc = real->xOpen(real, name, wrapper->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (wrapper->real->pMethods) wrapper->real->pMethods->xClose(wrapper->real);
        sqlite3_free(wrapper->real);
        wrapper->real = nullptr;
        return rc;
    }
    wrapper->path = new std::string(name ? name : "");
    wrapper->base.pMethods = &methods;
    return SQLITE_OK;
}

// Everything but opening goes straight to the platform's VFS.
int xDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return real->xDelete(real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return real->xAccess(real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return real->xFullPathname(real, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name) {
    return real->xDlOpen(real, name);
}
void xDlError(sqlite3_vfs*, int size, char* out) {
    real->xDlError(real, size, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return real->xDlSym(real, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle) {
    real->xDlClose(real, handle);
}
int xRandomness(sqlite3_vfs*, int size, char* out) {
    return real->xRandomness(real, size, out);
}
int xSleep(sqlite3_vfs*, int microseconds) {
    return real->xSleep(real, microseconds);
}
int xCurrentTime(sqlite3_vfs*, double* out) {
    return real->xCurrentTime(real, out);
}
int xGetLastError(sqlite3_vfs*, int size, char* out) {
    return real->xGetLastError(real, size, out);
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return real->xCurrentTimeInt64(real, out);
}

sqlite3_vfs shim = {};

} // namespace

FailingVfs::FailingVfs() {
    if (!real) {
        real = sqlite3_vfs_find(nullptr);
        shim.iVersion = 2;
        shim.szOsFile = sizeof(File);
        shim.mxPathname = real->mxPathname;
        shim.zName = "kasibi-failing";
        shim.xOpen = xOpen;
        shim.xDelete = xDelete;
        shim.xAccess = xAccess;
        shim.xFullPathname = xFullPathname;
        shim.xDlOpen = xDlOpen;
        shim.xDlError = xDlError;
        shim.xDlSym = xDlSym;
        shim.xDlClose = xDlClose;
        shim.xRandomness = xRandomness;
        shim.xSleep = xSleep;
        shim.xCurrentTime = xCurrentTime;
        shim.xGetLastError = xGetLastError;
        shim.xCurrentTimeInt64 = xCurrentTimeInt64;
    }
    sqlite3_vfs_register(&shim, 1);
}

FailingVfs::~FailingVfs() {
    disarm();
    // The platform's VFS is the default again; connections opened meanwhile keep the shim,
    // which passes everything through once disarmed.
    sqlite3_vfs_register(real, 1);
}

void FailingVfs::failAfter(int allowed, Failure failure, const QString& watchedPath) {
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.armed = true;
    s.allowed = allowed;
    s.writes = 0;
    s.failed = 0;
    s.error = failure == Failure::DiskFull ? SQLITE_FULL : SQLITE_IOERR;
    s.watched = watchedPath.toStdString();
}

void FailingVfs::disarm() {
    std::lock_guard lock(state().mutex);
    state().armed = false;
}

int FailingVfs::writes() const {
    std::lock_guard lock(state().mutex);
    return state().writes;
}

int FailingVfs::failedWrites() const {
    std::lock_guard lock(state().mutex);
    return state().failed;
}

} // namespace kasibi::test
