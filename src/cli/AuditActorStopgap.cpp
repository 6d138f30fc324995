// STOPGAP (auditview branch) — DELETE AT MERGE; see AuditActorStopgap.h.
#include "AuditActorStopgap.h"

namespace peyvand::cli::AuditActorStopgap {

void actAsFirstManager(DataStore &store)
{
    if (store.actor().id != 0)
        return;
    for (const User &u : store.users().all()) // id order
        if (u.active && (u.role == UserRole::Admin || u.role == UserRole::Manager)) {
            store.setActor(u);
            return;
        }
}

} // namespace peyvand::cli::AuditActorStopgap
