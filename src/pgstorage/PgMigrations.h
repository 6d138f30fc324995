#pragma once
// The PostgreSQL schema, built by numbered forward migrations recorded in the
// table schema_version (one row per applied step). Version numbers follow
// SQLite's (src/storage/Migrations.h): PostgreSQL starts at 8, the whole of
// SQLite's schema 8 in one step, and each later SQLite migration gets its
// PostgreSQL twin with the same number. Each step runs in one transaction
// with its schema_version row, under an advisory lock, so two programs
// migrating at once apply it once.
namespace peyvand {

class PgConnection;

namespace PgMigrations {

int latestVersion();
// 0 for a database without schema_version.
int currentVersion(PgConnection &connection);
// Brings the database up to the latest version. Refuses, with a
// ValidationError (field "database") and nothing changed: a schema newer than
// this program ("newer_schema"), a database that holds other tables
// ("not_a_database"), a database whose character classes do not know Persian
// letters so pg_trgm could not index them ("ctype_not_utf8"). Then sets up
// the server's roles and access rules when they are older than this
// program's (PgAccessSetup::ensure), which needs the schema's owner.
void migrate(PgConnection &connection);

} // namespace PgMigrations
} // namespace peyvand
