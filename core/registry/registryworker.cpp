#include "core/registry/registryworker.h"

#include "core/registry/registry.h"

#include <QMutexLocker>

namespace kasibi {

RegistryWorker::RegistryWorker(std::shared_ptr<Backend> backend) : m_backend(std::move(backend)) {}

RegistryWorker::~RegistryWorker() = default;

Result<Registry*> RegistryWorker::registry(const QString& address, int statementTimeoutSeconds) {
    // A connection the server dropped is made again.
    if (m_registry && (address != m_address || statementTimeoutSeconds != m_statementTimeout ||
                       !m_registry->database().isOpen()))
        m_registry.reset();
    if (!m_registry) {
        {
            QMutexLocker lock(&m_backend->mutex);
            m_backend->pid = 0;
        }
        auto opened = Registry::open(address, statementTimeoutSeconds);
        if (!opened) return opened.error();
        m_registry = std::move(opened.value());
        m_address = address;
        m_statementTimeout = statementTimeoutSeconds;
        QMutexLocker lock(&m_backend->mutex);
        m_backend->options = m_registry->connection().options();
        m_backend->pid = m_registry->connection().backendPid();
    }
    return m_registry.get();
}

} // namespace kasibi
