#include "Ownership.h"

namespace peyvand::Ownership {

qint64 defaultOwner(const User &actor, Permission permission, qint64 ownerId)
{
    if (ownerId == 0 && actor.id != 0 && AccessPolicy::scope(actor.role, permission) == PermissionScope::Own)
        return actor.id;
    return ownerId;
}

void requireCreate(const User &actor, Permission permission, qint64 ownerId)
{
    AccessPolicy::require(actor, permission);
    if (ownerId != actor.id)
        AccessPolicy::require(actor, Permission::ReassignOwners);
    // With reassign_owners the role reaches every record; without it the owner is the actor.
}

void requireChange(const User &actor, Permission permission, qint64 oldOwner, qint64 newOwner)
{
    AccessPolicy::requireOn(actor, permission, oldOwner);
    if (newOwner != oldOwner)
        AccessPolicy::require(actor, Permission::ReassignOwners);
}

} // namespace peyvand::Ownership
