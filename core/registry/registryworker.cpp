#include "core/registry/registryworker.h"

#include "core/registry/registry.h"

namespace kasibi {

RegistryWorker::RegistryWorker() = default;

RegistryWorker::~RegistryWorker() = default;

Result<Registry*> RegistryWorker::registry(const QString& address) {
    // A connection the server dropped is made again.
    if (m_registry && (address != m_address || !m_registry->database().isOpen()))
        m_registry.reset();
    if (!m_registry) {
        auto opened = Registry::open(address);
        if (!opened) return opened.error();
        m_registry = std::move(opened.value());
        m_address = address;
    }
    return m_registry.get();
}

} // namespace kasibi
