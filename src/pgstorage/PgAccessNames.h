#pragma once
// The server roles of one Peyvand database (docs/team-mode.md, "Roles and
// access on the server"). Role names are cluster-wide, so every name starts
// with a prefix derived from the database's name: the database itself when
// it is at most 32 bytes of UTF-8, else its first bytes, "_" and 8 hex digits
// of its SHA-256. The group roles (NOLOGIN) are <prefix>_rep, _manager,
// _support and _admin; each Peyvand user signs in as the login role
// <prefix>_u_<username with ASCII letters in lower case> (usernames are unique
// without regard to ASCII case), or, when that exceeds PostgreSQL's 63 bytes,
// the username's first bytes, "_" and 8 hex digits of its SHA-256. The
// server computes the same names (peyvand_login_name, PgAccessSetup); the
// desktop app and the CLI compute the login role from the username typed at
// sign-in, without asking the server.
#include "User.h"

#include <QString>

namespace peyvand::PgAccessNames {

constexpr int kMaxPrefixBytes = 32;
constexpr int kMaxNameBytes = 63; // PostgreSQL's NAMEDATALEN - 1

QString prefix(const QString &database);
QString group(const QString &database, UserRole role);
QString loginRole(const QString &database, const QString &username);
// Quoted for SQL text: "name" with inner quotes doubled.
QString quoted(const QString &identifier);

} // namespace peyvand::PgAccessNames
