// ctest's fixture for the suites that run against a server: `start DIR` starts a throw-away
// PostgreSQL cluster that the suites share (they find it through CHISO_TEST_PG_STATE=DIR);
// `stop DIR` stops it and removes its files. One cluster a run instead of one a test.
#include "PgServer.h"

#include <QCoreApplication>
#include <cstdio>
#include <stdexcept>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3 || (arguments[1] != QLatin1String("start") && arguments[1] != QLatin1String("stop"))) {
        std::fputs("usage: pg_test_cluster start|stop STATE_DIR\n", stderr);
        return 2;
    }
    try {
        if (arguments[1] == QLatin1String("start"))
            PgServer::startShared(arguments[2]);
        else
            PgServer::stopShared(arguments[2]);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "pg_test_cluster: %s\n", error.what());
        return 1;
    }
    return 0;
}
