#include "AccessPolicy.h"

#include "PermissionError.h"

namespace peyvand::AccessPolicy {

PermissionScope scope(UserRole role, Permission p)
{
    using S = PermissionScope;
    switch (role) {
    case UserRole::Admin:
        return S::All; // administrators may do everything, and alone manage users and backups
    case UserRole::Manager:
        return (p == Permission::ManageUsers || p == Permission::ManageBackups) ? S::None : S::All;
    case UserRole::SalesRep:
        switch (p) {
        case Permission::ReadCustomers:
        case Permission::ViewDealAmounts:
        case Permission::LogActivities:
            return S::All;
        case Permission::EditCustomers:
        case Permission::EditDeals:
        case Permission::EditActivities:
        case Permission::EditOrders:
            return S::Own;
        default:
            return S::None;
        }
    case UserRole::Support:
        switch (p) {
        case Permission::ReadCustomers:
        case Permission::ChangeOrderStatus:
        case Permission::HandleRequests:
        case Permission::ViewOrderReports:
            return S::All;
        default:
            return S::None;
        }
    }
    return S::None;
}

bool allows(const User &actor, Permission permission)
{
    return actor.id != 0 && actor.active && allows(actor.role, permission);
}

bool allowsOn(const User &actor, Permission permission, qint64 ownerId)
{
    if (actor.id == 0 || !actor.active)
        return false;
    switch (scope(actor.role, permission)) {
    case PermissionScope::All:
        return true;
    case PermissionScope::Own:
        return ownerId != 0 && ownerId == actor.id;
    case PermissionScope::None:
        return false;
    }
    return false;
}

void require(const User &actor, Permission permission)
{
    if (!allows(actor, permission))
        throw PermissionError(actor, permission, false);
}

void requireOn(const User &actor, Permission permission, qint64 ownerId)
{
    if (!allowsOn(actor, permission, ownerId))
        throw PermissionError(actor, permission, allows(actor, permission));
}

} // namespace peyvand::AccessPolicy
