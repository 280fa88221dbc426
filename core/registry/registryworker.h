#pragma once

#include "core/model/result.h"

#include <memory>
#include <QMutex>
#include <QObject>

namespace kasibi {

class Registry;

// Lives in RegistryClient's thread and holds that thread's own connection to the registry: a
// QSqlDatabase connection may be used only by the thread that made it.
class RegistryWorker : public QObject {
    Q_OBJECT
public:
    // The server process of the worker's connection, which another thread reads to ask the
    // server to cancel the statement running there.
    struct Backend {
        QMutex mutex;
        QString options; // the libpq options, to connect again as the same account
        int pid = 0;     // 0 while not connected
    };

    explicit RegistryWorker(std::shared_ptr<Backend> backend);
    ~RegistryWorker() override;

    // The registry at this address, connected on first use and again when the address changes
    // or the server has dropped the connection; or why there is none.
    Result<Registry*> registry(const QString& address, int statementTimeoutSeconds);

private:
    std::shared_ptr<Backend> m_backend;
    std::unique_ptr<Registry> m_registry;
    QString m_address;
    int m_statementTimeout = 0;
};

} // namespace kasibi
