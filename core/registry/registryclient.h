#pragma once

#include "core/model/result.h"
#include "core/registry/registry.h"
#include "core/registry/registryworker.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPromise>

class QThread;

namespace kasibi {

// Calls to a registry made from a thread of its own, so that a slow or silent server never
// stops the caller's event loop: the worker thread has its own connection (a QSqlDatabase
// connection belongs to the thread that made it), a call gets the Registry there and its
// Result comes back as a QFuture, whose continuations run in the caller's thread. One call at a
// time: another asked for meanwhile is refused at once, its future saying why.
class RegistryClient : public QObject {
    Q_OBJECT
public:
    template <typename T> using Call = std::function<Result<T>(Registry&)>;
    // A call that only reads may be canceled and is not waited for; one that writes is the
    // server's to finish (its transaction commits or not), so it is neither.
    enum class Kind { Reads, Writes };

    // A write under way when the client goes is given this long to end.
    static constexpr int GraceMilliseconds = 5000;

    explicit RegistryClient(QObject* parent = nullptr);
    ~RegistryClient() override;

    // Runs the call in the worker thread against the registry at the address (connected there
    // on first use, again when the address changes). `doing` says what it does ("searching the
    // registry"), for the busy refusal.
    template <typename T>
    QFuture<Result<T>> run(const QString& address, const QString& doing, Kind kind, Call<T> call);

    // How long a statement of the calls from now on may run, unless the address says.
    void setStatementTimeout(int seconds) { m_statementTimeout = seconds; }

    bool isBusy() const { return m_ticket != 0; }
    bool canCancel() const { return isBusy() && m_kind == Kind::Reads; }
    // Why a call is refused now.
    QString busyMessage() const;
    // Stops waiting for the running call, if it only reads: its future ends canceled now, and
    // the server is asked (from a pool thread, through a connection of its own) to cancel the
    // statement, so that it stops working for no one. The worker (its thread and its
    // connection) is let go, to end when its call returns, and a new one serves the next call,
    // which therefore does not queue behind a server that does not answer. False when there
    // was nothing it could cancel.
    bool cancel();

signals:
    void busyChanged(bool busy);

private:
    using Job = std::function<void(Result<Registry*>)>;
    // Marks the client busy with a call that cancel() ends this way; returns its ticket.
    quint64 begin(const QString& doing, Kind kind, std::function<void()> canceller);
    // The call of this ticket is over (a stale ticket, of a canceled call, changes nothing).
    void end(quint64 ticket);
    // Runs the job in the worker thread with the registry at the address, or why there is none.
    void post(const QString& address, Job job);
    // Lets the worker thread end on its own once its call returns.
    void letGo(QThread* thread);
    // Asks the server to cancel what the worker's connection runs, without waiting for it.
    void cancelOnServer() const;

    QThread* m_thread = nullptr;
    RegistryWorker* m_worker = nullptr;
    std::shared_ptr<RegistryWorker::Backend> m_backend; // the worker's, shared with it
    quint64 m_ticket = 0;                               // of the running call, 0 when idle
    quint64 m_lastTicket = 0;
    QString m_doing;
    Kind m_kind = Kind::Reads;
    int m_statementTimeout = RegistryConnection::StatementTimeoutSeconds;
    std::function<void()> m_canceller;
};

template <typename T>
QFuture<Result<T>> RegistryClient::run(const QString& address, const QString& doing, Kind kind,
                                       Call<T> call) {
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    if (isBusy()) {
        promise->addResult(Result<T>::failure(busyMessage()));
        promise->finish();
        return future;
    }
    // The promise ends once, by whichever comes first: Qt 6.4 runs a continuation again when a
    // finished promise is finished again, which would end the call's caller twice.
    auto settled = std::make_shared<std::atomic_bool>(false);
    const quint64 ticket = begin(doing, kind, [promise, settled] {
        if (settled->exchange(true)) return;
        promise->future().cancel();
        promise->finish();
    });
    post(address, [promise, settled, call = std::move(call)](Result<Registry*> registry) {
        if (*settled) return;
        Result<T> result = registry ? call(*registry.value()) : Result<T>(registry.error());
        if (settled->exchange(true)) return;
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future.then(this, [this, ticket](Result<T> result) {
        end(ticket);
        return result;
    });
}

} // namespace kasibi
