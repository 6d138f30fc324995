#pragma once
// The PostgreSQL server the tests run against: its URL comes from
// PEYVAND_TEST_PG_URL (set by ctest's pg_server fixture, or by hand from
// `scripts/pg-server.sh url DIR`). Without it a test fails: it never skips.
// PgTestDatabase makes a fresh database per test and drops it afterwards.
#include "PgUrl.h"

#include <QString>

namespace peyvand::testing {

// The server's URL; throws std::runtime_error naming the variable when unset.
PgUrl serverUrl();

class PgTestDatabase
{
public:
    PgTestDatabase();
    // A copy of the database `templateName` (nobody may be connected to it).
    explicit PgTestDatabase(const QString &templateName);
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    const PgUrl &url() const { return m_url; }
    QString urlText() const { return m_url.toString(); }
    const QString &name() const { return m_name; }

private:
    QString m_name;
    PgUrl m_url;
};

// A TCP port on 127.0.0.1 where nothing listens (bound, then closed).
int closedPort();

} // namespace peyvand::testing
