#pragma once
// STOPGAP (auditview branch) — DELETE AT MERGE once peyvand-cli signs users in
// (the signin branch: global --user NAME + PEYVAND_PASSWORD) or the perms
// branch's own CLI stopgap sets the store's actor.
//
// Until then nobody is signed in on a CLI connection, so AuditService (which
// needs view_audit) would refuse everyone. This makes `peyvand-cli audit` act
// as the first active admin or manager (lowest id) when no actor is set; on a
// database without one the command is refused like any other unprivileged use.
// Its only caller is AuditCommand.cpp (one line, marked STOPGAP).
#include "DataStore.h"

namespace peyvand::cli::AuditActorStopgap {

void actAsFirstManager(DataStore &store);

} // namespace peyvand::cli::AuditActorStopgap
