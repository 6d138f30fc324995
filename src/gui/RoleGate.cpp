#include "RoleGate.h"

#include "AccessPolicy.h"
#include "Display.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace peyvand {

namespace {

// The tooltip a target had before it was first gated.
constexpr char kOwnToolTip[] = "roleGateToolTip";

template<typename Target> void setToolTip(Target *target, const RoleGate::Decision &decision)
{
    if (!target->property(kOwnToolTip).isValid())
        target->setProperty(kOwnToolTip, target->toolTip());
    target->setToolTip(decision.enabled ? target->property(kOwnToolTip).toString() : decision.reason);
}

} // namespace

RoleGate::Decision RoleGate::decide(const User &user, Permission permission)
{
    const bool allowed = AccessPolicy::allows(user, permission);
    return { allowed, allowed, allowed ? QString() : reason(user, permission, false) };
}

RoleGate::Decision RoleGate::decideOn(const User &user, Permission permission, qint64 ownerId)
{
    const bool any = AccessPolicy::allows(user, permission);
    if (!any)
        return { false, false, reason(user, permission, false) };
    if (AccessPolicy::allowsOn(user, permission, ownerId))
        return { true, true, QString() };
    return { true, false, reason(user, permission, true) };
}

RoleGate::Decision RoleGate::decideField(const User &user, Permission permission)
{
    Decision decision = decide(user, permission);
    decision.visible = true;
    return decision;
}

QString RoleGate::reason(const User &user, Permission permission, bool ownOnly)
{
    const QString what = Display::label(permission);
    if (ownOnly)
        return tr("You have the permission “%1” only for records you own.").arg(what);
    return tr("Your role (%1) does not have the permission “%2”.").arg(Display::label(user.role), what);
}

void RoleGate::apply(QWidget *widget, const Decision &decision, bool shown)
{
    const bool visible = shown && decision.visible;
    if (!visible || widget->parentWidget()) // never turn a loose widget into a window
        widget->setVisible(visible);
    widget->setEnabled(decision.enabled);
    setToolTip(widget, decision);
}

void RoleGate::apply(QAction *action, const Decision &decision, bool shown)
{
    action->setVisible(shown && decision.visible);
    action->setEnabled(decision.enabled);
    setToolTip(action, decision);
}

bool RoleGate::showsView(const User &user, const QString &key)
{
    using AccessPolicy::allows;
    if (key == QLatin1String("today")) // one's own follow-ups and activity
        return allows(user, Permission::LogActivities);
    if (key == QLatin1String("legal") || key == QLatin1String("individual") || key == QLatin1String("orders"))
        return allows(user, Permission::ReadCustomers);
    if (key == QLatin1String("b2b") || key == QLatin1String("b2c")) // boards are for moving deals
        return allows(user, Permission::EditDeals);
    if (key == QLatin1String("support"))
        return allows(user, Permission::HandleRequests);
    if (key == QLatin1String("reports"))
        return showsPipelineReports(user) || showsOrderReports(user);
    if (key == QLatin1String("audit"))
        return allows(user, Permission::ViewAudit);
    if (key == QLatin1String("settings"))
        return true; // language and money unit are everyone's
    return false;
}

QString RoleGate::homeView(const User &user)
{
    for (const char *key : { "today", "support", "legal" })
        if (showsView(user, QLatin1String(key)))
            return QLatin1String(key);
    return QStringLiteral("settings");
}

bool RoleGate::showsDealAmounts(const User &user)
{
    return AccessPolicy::allows(user, Permission::ViewDealAmounts);
}

bool RoleGate::showsPipelineReports(const User &user)
{
    return AccessPolicy::allows(user, Permission::ViewPipelineReports);
}

bool RoleGate::showsOrderReports(const User &user)
{
    return AccessPolicy::allows(user, Permission::ViewOrderReports);
}

} // namespace peyvand
