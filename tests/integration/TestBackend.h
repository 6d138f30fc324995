#pragma once
// Which backend the integration tests run against: SQLite files (the default)
// or the PostgreSQL server of the pg_server fixture when
// PEYVAND_TEST_BACKEND=postgresql (the server's URL in PEYVAND_TEST_PG_URL,
// see tests/pgsupport/PgTestServer.h). ctest runs the suite once per backend
// (tests/CMakeLists.txt: the "pg:" tests).
#include <QByteArray>
#include <QtGlobal>
#include <gtest/gtest.h>

namespace peyvand::testing {

inline bool onPostgresql()
{
    static const bool pg = qgetenv("PEYVAND_TEST_BACKEND") == "postgresql";
    return pg;
}

// The expected value on each backend, for legitimate differences (messages naming a file or a URL).
template<typename T> T perBackend(T sqlite, T postgresql)
{
    return onPostgresql() ? postgresql : sqlite;
}

} // namespace peyvand::testing

// At the start of a test about something only SQLite has (files, PRAGMAs,
// SQLite's own locking): skipped on PostgreSQL, with the reason.
#define PEYVAND_SQLITE_ONLY(reason)                                                                                    \
    do {                                                                                                               \
        if (::peyvand::testing::onPostgresql())                                                                        \
            GTEST_SKIP() << "SQLite only: " << reason;                                                                 \
    } while (false)
