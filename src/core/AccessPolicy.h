#pragma once
// Which role may do what (the table is in docs/security.md). The services call
// require() before every read or change; a refusal throws PermissionError.
#include "Permission.h"
#include "User.h"

namespace peyvand::AccessPolicy {

PermissionScope scope(UserRole role, Permission permission);
inline bool allows(UserRole role, Permission permission)
{
    return scope(role, permission) != PermissionScope::None;
}

// True when `actor` (an active, signed-in user) may use `permission` at all.
bool allows(const User &actor, Permission permission);
// True when `actor` may use `permission` on a record owned by `ownerId`
// (0: nobody owns it — only an All-scope role may change it).
bool allowsOn(const User &actor, Permission permission, qint64 ownerId);

// Throw PermissionError naming the permission when not allowed.
void require(const User &actor, Permission permission);
void requireOn(const User &actor, Permission permission, qint64 ownerId);

} // namespace peyvand::AccessPolicy
