#pragma once
// Peyvand's roles enforced by the PostgreSQL server itself (docs/team-mode.md,
// "Roles and access on the server"): the group roles of this database
// (PgAccessNames), table and column privileges, row-level security policies
// that let a sales rep change only what they own (AccessPolicy / Ownership),
// support without deal amounts, the append-only audit trail, the trigger
// functions that keep the summaries as SECURITY DEFINER, and the functions
// that map the connected login role to its user and provision login roles
// (PgServerAccounts). Called at the end of PgMigrations::migrate; it runs
// only when the database's access setup is older than this program's
// (peyvand_access_version()), so an ordinary user's connection reads one row
// and writes nothing. Running it needs the schema's owner with CREATEROLE
// (or a superuser).
namespace peyvand {

class PgConnection;

namespace PgAccessSetup {

// The version of the access setup this program writes.
int latestVersion();
// The database's (0 before any).
int currentVersion(PgConnection &connection);
// Applies the setup when the database's is older, in one transaction.
void ensure(PgConnection &connection);

} // namespace PgAccessSetup
} // namespace peyvand
