#pragma once
// What "own" means when a service creates or changes a record, on top of
// AccessPolicy's role table (docs/security.md): a new record owned by nobody
// is owned by the signed-in user when their role may only change their own
// records, and giving a record to someone else — creating it for another
// owner or changing its owner — needs reassign_owners.
#include "AccessPolicy.h"

namespace peyvand::Ownership {

// The owner a new record gets: `ownerId`, or the actor when none is given and
// `permission` reaches only the actor's own records (a sales rep).
qint64 defaultOwner(const User &actor, Permission permission, qint64 ownerId);

// Refuses (PermissionError) unless the actor may create a record owned by
// `ownerId` with `permission`: the permission itself, and reassign_owners
// when the owner is someone else.
void requireCreate(const User &actor, Permission permission, qint64 ownerId);

// Refuses unless the actor may change a record owned by `oldOwner` with
// `permission` and, when the change gives it to `newOwner`, reassign owners.
void requireChange(const User &actor, Permission permission, qint64 oldOwner, qint64 newOwner);

} // namespace peyvand::Ownership
