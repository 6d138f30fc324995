#pragma once
// The database role a Peyvand user signs in to the server as (team mode:
// each user their own role, so the server itself enforces what they may do).
#include "PgUrl.h"

namespace peyvand::PgLoginRole {

QString of(const PgUrl &server, const QString &userName);

} // namespace peyvand::PgLoginRole
