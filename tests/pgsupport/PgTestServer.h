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
    enum class Contents {
        Empty, // nothing: what `init` or opening with CreateAndMigrate sets up
        Migrated // Peyvand's schema at the latest version, copied from a template made once per server and binary
    };

    explicit PgTestDatabase(Contents contents = Contents::Empty);
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

// The name of a database on the test server holding Peyvand's migrated
// schema, made on first use (once per server, schema version and test binary
// build; under an advisory lock, so parallel test processes make it once).
QString migratedTemplate();

// A TCP port on 127.0.0.1 where nothing listens (bound, then closed).
int closedPort();

} // namespace peyvand::testing
