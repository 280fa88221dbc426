#include "core/registry/registryclient.h"

#include "core/registry/registryworker.h"

#include <QMutexLocker>
#include <QThread>
#include <QThreadPool>

namespace kasibi {

RegistryClient::RegistryClient(QObject* parent) : QObject(parent) {}

RegistryClient::~RegistryClient() {
    // The caller is going: nothing will take the result of a call under way. An idle worker
    // ends at once, a write is given its grace, a read is not waited for.
    const int wait = !isBusy() || m_kind == Kind::Writes ? GraceMilliseconds : 0;
    if (canCancel()) cancelOnServer();
    if (m_canceller) m_canceller();
    if (!m_thread) return;
    letGo(m_thread);
    if (m_thread->wait(wait)) delete m_thread;
}

QString RegistryClient::busyMessage() const {
    return tr("the registry is still busy %1: wait until it is done, or cancel it").arg(m_doing);
}

quint64 RegistryClient::begin(const QString& doing, Kind kind, std::function<void()> canceller) {
    m_ticket = ++m_lastTicket;
    m_doing = doing;
    m_kind = kind;
    m_canceller = std::move(canceller);
    emit busyChanged(true);
    return m_ticket;
}

void RegistryClient::end(quint64 ticket) {
    if (ticket != m_ticket) return;
    m_ticket = 0;
    m_canceller = nullptr;
    emit busyChanged(false);
}

bool RegistryClient::cancel() {
    if (!canCancel()) return false;
    const std::function<void()> canceller = std::move(m_canceller);
    end(m_ticket);
    canceller();
    cancelOnServer();
    if (m_thread) {
        letGo(m_thread);
        m_thread = nullptr;
        m_worker = nullptr;
        m_backend.reset();
    }
    return true;
}

void RegistryClient::cancelOnServer() const {
    if (!m_backend) return;
    QString options;
    int pid = 0;
    {
        QMutexLocker lock(&m_backend->mutex);
        options = m_backend->options;
        pid = m_backend->pid;
    }
    // Still connecting: there is no statement to cancel, and letting the worker go ends it.
    if (pid == 0) return;
    // Connecting takes a round trip or more: never in the caller's (the GUI's) thread. The
    // global pool is waited for when the application ends.
    QThreadPool::globalInstance()->start([options, pid] {
        // At best effort: the worker is let go either way, and the user, who canceled, waits
        // for nothing more.
        const Result<bool> canceled = RegistryConnection::cancelBackend(options, pid);
        Q_UNUSED(canceled);
    });
}

void RegistryClient::letGo(QThread* thread) {
    // The thread object lives in this thread; it is deleted here once the thread has ended
    // (its worker, and with it the connection, in the worker thread itself).
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->quit();
}

void RegistryClient::post(const QString& address, Job job) {
    if (!m_thread) {
        // No parent: a thread let go may outlive this client.
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("kasibi-registry"));
        m_backend = std::make_shared<RegistryWorker::Backend>();
        m_worker = new RegistryWorker(m_backend);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start();
    }
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, address, timeout = m_statementTimeout, job = std::move(job)] {
            job(worker->registry(address, timeout));
        },
        Qt::QueuedConnection);
}

} // namespace kasibi
