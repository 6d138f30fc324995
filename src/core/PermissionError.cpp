#include "PermissionError.h"

namespace peyvand {

namespace {

QString english(const User &actor, Permission p, bool ownOnly)
{
    if (actor.id == 0)
        return QStringLiteral("nobody is signed in; permission %1 is needed").arg(toCode(p));
    if (!actor.active)
        return QStringLiteral("user '%1' is disabled").arg(actor.username);
    if (ownOnly)
        return QStringLiteral("permission denied: %1 (%2) has %3 only on records they own")
            .arg(actor.username, toCode(actor.role), toCode(p));
    return QStringLiteral("permission denied: %1 (%2) lacks %3").arg(actor.username, toCode(actor.role), toCode(p));
}

QString persian(const User &actor, Permission p, bool ownOnly)
{
    const QString what = toPersian(p);
    if (actor.id == 0)
        return QStringLiteral("ابتدا وارد شوید؛ این کار به مجوز «%1» نیاز دارد.").arg(what);
    if (!actor.active)
        return QStringLiteral("حساب کاربری شما غیرفعال است.");
    if (ownOnly)
        return QStringLiteral("مجوز «%1» را فقط برای رکوردهایی دارید که مسئولشان خودتان هستید.").arg(what);
    return QStringLiteral("نقش «%1» مجوز «%2» را ندارد.").arg(toPersian(actor.role), what);
}

} // namespace

PermissionError::PermissionError(const User &actor, Permission permission, bool ownOnly)
    : ValidationError(QStringLiteral("permission"), toCode(permission), english(actor, permission, ownOnly),
                      persian(actor, permission, ownOnly))
    , m_permission(permission)
{
}

} // namespace peyvand
