#pragma once
// libpq's functions for the native paths (COPY, the watchdog, a refusal's SQLSTATE, password
// verifiers), resolved when a server is first reached from the very library Qt's QPSQL driver
// loads (configure checked its name). Not linked: a program that only opens files never loads
// libpq and the twenty libraries it needs (TLS, Kerberos, LDAP), about 3 ms of every start, and
// a Windows installation without libpq.dll still opens files.
#if CHISO_PSQL_NATIVE
#include <libpq-fe.h>

namespace chiso::libpq {

#define CHISO_LIBPQ_FUNCTIONS(X)                                                                                    \
    X(PQexec) X(PQresultStatus) X(PQresultErrorMessage) X(PQresultErrorField) X(PQclear) X(PQputCopyData)           \
    X(PQputCopyEnd) X(PQgetResult) X(PQerrorMessage) X(PQstatus) X(PQsocket) X(PQconnectStartParams)               \
    X(PQconnectPoll) X(PQsetErrorVerbosity) X(PQfinish) X(PQencryptPasswordConn) X(PQfreemem) X(PQpingParams)      \
    X(PQsetNoticeProcessor)

struct Functions {
#define CHISO_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
    CHISO_LIBPQ_FUNCTIONS(CHISO_LIBPQ_MEMBER)
#undef CHISO_LIBPQ_MEMBER
};

/// The functions, or nullptr where the library cannot be loaded (then the plain QtSql path).
const Functions *load();
/// The functions, once load() has given them.
inline const Functions &pq()
{
    return *load();
}

} // namespace chiso::libpq
#endif
