#pragma once
// The schema, built by numbered forward migrations tracked in PRAGMA
// user_version. Each step runs in its own transaction together with the
// version bump, so a crash leaves the file at the previous version.
namespace peyvand {

class SqliteDatabase;

namespace Migrations {

int latestVersion();
// Brings the file up to `target` (default: the latest). Throws DatabaseError if
// the file is newer than this program or is not a Peyvand database.
void migrate(SqliteDatabase &db, int target = -1);
// For read-only connections: refuses files that are not at the latest version.
void ensureReadable(SqliteDatabase &db);

} // namespace Migrations
} // namespace peyvand
