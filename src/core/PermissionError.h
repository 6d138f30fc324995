#pragma once
// An action the signed-in user's role does not allow. A ValidationError
// (field "permission", code the permission's code) so every caller that shows
// a refusal shows this one too; the CLI exits 3 on it.
#include "Permission.h"
#include "User.h"
#include "ValidationError.h"

namespace peyvand {

class PermissionError : public ValidationError
{
public:
    // ownOnly: the role has the permission, but only on records the user owns.
    PermissionError(const User &actor, Permission permission, bool ownOnly);

    Permission permission() const { return m_permission; }

private:
    Permission m_permission;
};

} // namespace peyvand
