#include "ServerWatchdog.h"

#include <QCoreApplication>
#include <QLocale>
#include <chrono>
#include <optional>

#if CHISO_PSQL_NATIVE && defined(Q_OS_LINUX)
#define CHISO_WATCHDOG 1
#include <arpa/inet.h>
#include "LibPq.h"
#include <linux/tcp.h> // its tcp_info has the byte counts; glibc's netinet/tcp.h does not
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#else
#define CHISO_WATCHDOG 0
#endif

using namespace Qt::StringLiterals;

namespace chiso {

#if CHISO_WATCHDOG
namespace {

/// What the kernel knows of the connection's traffic (TCP_INFO: no call on libpq's connection
/// from this thread); nullopt if the socket is no established TCP one.
struct Traffic {
    quint32 heardMs;  ///< since data last came from the server
    bool awaited;     ///< the client sent data after that: a request waits for its answer
    bool unclear;     ///< both in the same clock tick (4 ms): an answer as quick as that, or a request sent right after it
    std::pair<quint64, quint64> bytes; ///< sent and received so far: which exchange this is
};

std::optional<Traffic> trafficOf(int socket)
{
    constexpr quint8 Established = 1; // TCP_ESTABLISHED of netinet/tcp.h, which clashes with linux/tcp.h
    tcp_info info{};
    socklen_t length = sizeof info;
    if (getsockopt(socket, IPPROTO_TCP, TCP_INFO, &info, &length) != 0 || info.tcpi_state != Established)
        return std::nullopt;
    return Traffic{info.tcpi_last_data_recv, info.tcpi_last_data_sent < info.tcpi_last_data_recv,
                   info.tcpi_last_data_sent == info.tcpi_last_data_recv, {info.tcpi_bytes_sent, info.tcpi_bytes_received}};
}

} // namespace

ServerWatchdog::ServerWatchdog(int socket, const DatabaseAddress &address)
    : m_address(address)
{
    tcp_info info{};
    socklen_t length = sizeof info;
    if (socket < 0 || getsockopt(socket, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return; // a Unix-domain socket: a local server, and nothing to time
    m_socket = dup(socket);
    if (m_socket >= 0)
        m_thread = std::thread([this] { watch(); });
}

ServerWatchdog::~ServerWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_socket >= 0)
        close(m_socket);
}

void ServerWatchdog::watch()
{
    using namespace std::chrono;
    using namespace std::chrono_literals;
    std::unique_lock lock(m_mutex);
    // When this wait for the server began (TCP_INFO tells when it last spoke, which after an
    // idle hour is an hour ago), and when it last answered the question: silence is counted
    // from the later, so a long statement is asked about every QuietMs, not every tick.
    std::optional<steady_clock::time_point> since, answered;
    // An unclear exchange (see Traffic) is asked about once: else every idle connection whose
    // last answer came within 4 ms would be, every QuietMs, all day.
    std::optional<std::pair<quint64, quint64>> unclearAnswered;
    std::optional<Traffic> traffic;
    const auto silence = [&]() -> std::optional<qint64> {
        traffic = trafficOf(m_socket);
        if (!traffic || !(traffic->awaited || (traffic->unclear && unclearAnswered != traffic->bytes))) {
            since.reset();
            answered.reset();
            return std::nullopt;
        }
        const auto now = steady_clock::now();
        if (!since)
            since = now;
        const auto quiet = now - std::max(*since, answered.value_or(*since));
        return std::min<qint64>(traffic->heardMs, duration_cast<milliseconds>(quiet).count());
    };
    while (!m_wake.wait_for(lock, 250ms, [this] { return m_stopping; })) {
        if (const std::optional<qint64> silent = silence(); !silent || *silent < QuietMs)
            continue;
        lock.unlock();
        const bool answers = serverAnswers();
        lock.lock();
        if (answers) { // busy, not gone
            answered = steady_clock::now();
            if (traffic->unclear)
                unclearAnswered = traffic->bytes;
            continue;
        }
        // Cut only if the answer is still awaited: it may have come while the probe waited.
        if (const std::optional<qint64> still = silence(); !m_stopping && still && *still >= QuietMs) {
            m_silentMs = int(*still);
            shutdown(m_socket, SHUT_RDWR); // wakes libpq's poll(): its call fails, the transaction is never committed
            return;
        }
    }
}

bool ServerWatchdog::serverAnswers() const
{
    // The address this connection reached, not the name again (it may resolve to several).
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    char numeric[INET6_ADDRSTRLEN] = {};
    if (getpeername(m_socket, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
        return false; // no peer any more: the connection is gone
    quint16 port = 0;
    if (peer.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&peer);
        inet_ntop(AF_INET, &in->sin_addr, numeric, sizeof numeric);
        port = ntohs(in->sin_port);
    } else if (peer.ss_family == AF_INET6) {
        const auto *in = reinterpret_cast<const sockaddr_in6 *>(&peer);
        inet_ntop(AF_INET6, &in->sin6_addr, numeric, sizeof numeric);
        port = ntohs(in->sin6_port);
    } else {
        return true;
    }
    const QByteArray host = m_address.host.toUtf8(), portText = QByteArray::number(port), database = m_address.database.toUtf8(),
                     user = m_address.user.toUtf8(), ssl = m_address.sslMode.isEmpty() ? QByteArray("prefer") : m_address.sslMode.toUtf8();
    // libpq's shortest connect_timeout: 2 s. A server that is up says at least that it wants a
    // password (PQping needs none); one in startup or shutdown rejects, which is an answer too.
    const char *const keys[] = {"host", "hostaddr", "port", "dbname", "user", "sslmode", "connect_timeout", "application_name", nullptr};
    const char *const values[] = {host.constData(), numeric,       portText.constData(), database.constData(),
                                  user.isEmpty() ? nullptr : user.constData(),           ssl.constData(),
                                  "2",              "chiso-watchdog", nullptr};
    return libpq::pq().PQpingParams(keys, values, 0) != PQPING_NO_RESPONSE;
}

#else

ServerWatchdog::ServerWatchdog(int socket, const DatabaseAddress &address)
    : m_address(address)
{
    Q_UNUSED(socket);
}

ServerWatchdog::~ServerWatchdog() = default;

#endif

QString ServerWatchdog::sentence() const
{
    const int seconds = silentSeconds();
    if (seconds == 0)
        return {};
    return QCoreApplication::translate("Store", "The server %1 stopped answering (silent for %Ln seconds, and it takes no new "
                                                "connection); nothing of this change was stored. Reconnect and try again.",
                                       nullptr, seconds)
        .arg(m_address.server());
}

} // namespace chiso
