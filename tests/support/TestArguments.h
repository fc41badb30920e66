#pragma once

#include <cstring>
#include <QtGlobal>

/// `--chiso-env=NAME=VALUE` on a test program's command line sets NAME for the run: how ctest
/// runs a suite against the test server (CHISO_TEST_BACKEND, CHISO_TEST_PG_STATE). ctest's
/// ENVIRONMENT property would do, but gtest_discover_tests splits a list of variables given
/// to it into properties of their own, and the server runs silently ran on files.
inline void applyTestEnvironment(int argc, char **argv)
{
    constexpr const char *prefix = "--chiso-env=";
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], prefix, std::strlen(prefix)) != 0)
            continue;
        const char *assignment = argv[i] + std::strlen(prefix);
        const char *equals = std::strchr(assignment, '=');
        if (equals)
            qputenv(QByteArray(assignment, int(equals - assignment)).constData(), QByteArray(equals + 1));
    }
}
