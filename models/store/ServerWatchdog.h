#pragma once

#include "DatabaseAddress.h"

#include <QString>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace chiso {

/// Notices a server that stopped answering in the middle of a statement, within about five
/// seconds, without cutting off a statement that is merely long.
///
/// TCP keepalives cannot: a server whose processes are stopped (or a proxy gone silent) still
/// has its kernel acknowledge them. Nor can tcp_user_timeout, which is for data left
/// unacknowledged, not for a client that only waits; and Linux also ends by it a connection
/// whose server keeps its receive window shut that long, as a COPY waiting on a lock does. So,
/// once the connection has waited QuietMs for any word from the server since it last sent
/// something, this asks the server at the same address for a new connection (libpq's PQping,
/// connect_timeout 2 s), and again QuietMs after each answer. A server that answers is alive
/// and busy: the statement goes on, however long. One that does not is cut: the socket is shut
/// down, so that the blocked libpq call returns and the statement fails, its transaction never
/// committed. (A request sent within the same 4 ms tick as the last answer came is asked about
/// once: the kernel's times cannot tell it from an answer that quick.) Linux only (TCP_INFO tells when data last went each way); elsewhere it watches
/// nothing and the keepalives remain. A server that stops after it began to answer (part of a
/// large result sent) is not noticed: to the socket that wait looks like an idle connection, and
/// only libpq, on the thread it blocks, knows better.
class ServerWatchdog
{
public:
    /// Watches libpq's socket `socket` (a duplicate is kept, so the descriptor stays ours).
    ServerWatchdog(int socket, const DatabaseAddress &address);
    ~ServerWatchdog();
    ServerWatchdog(const ServerWatchdog &) = delete;
    ServerWatchdog &operator=(const ServerWatchdog &) = delete;

    /// How long the server had been silent when the connection was cut; 0 if it was not.
    int silentSeconds() const { return m_silentMs.load() == 0 ? 0 : std::max(1, (m_silentMs.load() + 500) / 1000); }
    /// The sentence for a statement that failed because the connection was cut; empty if it was not.
    QString sentence() const;

    /// How long the server may say nothing before it is asked whether it still answers.
    static constexpr int QuietMs = 2000;

private:
    void watch();
    bool serverAnswers() const;

    int m_socket = -1;
    DatabaseAddress m_address;
    std::atomic<int> m_silentMs{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace chiso
