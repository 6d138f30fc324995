#pragma once
// What the signed-in user's role lets the desktop app offer, decided in one
// place from AccessPolicy (the table the services enforce), so nobody meets a
// button that only leads to a refusal. The rule:
// - an action the role never has is hidden (and disabled, so its shortcut is
//   dead too): import/export for reps, deal editing for support…;
// - an action the role has only on the records it owns (a sales rep and
//   another rep's customer) stays in view, disabled, with a tooltip naming the
//   missing permission in the UI language.
// Whole areas of the main window (views) and deal amounts are decided here too.
#include "Permission.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>

class QAction;
class QWidget;

namespace peyvand {

class RoleGate
{
    Q_DECLARE_TR_FUNCTIONS(peyvand::RoleGate)
public:
    struct Decision
    {
        bool visible = false;
        bool enabled = false;
        QString reason; // why it is not enabled, in the UI language; empty when enabled
    };

    // An action needing `permission` at all (creating, importing, a view…).
    static Decision decide(const User &user, Permission permission);
    // An action needing `permission` on a record owned by `ownerId` (0: nobody).
    static Decision decideOn(const User &user, Permission permission, qint64 ownerId);
    // A field shown to everyone but editable only with `permission` (a
    // customer's owner without reassign_owners): visible, maybe disabled.
    static Decision decideField(const User &user, Permission permission);
    // "Your role (support) does not have the permission “Edit customers”." /
    // "You have the permission “Edit customers” only for records you own."
    static QString reason(const User &user, Permission permission, bool ownOnly);

    // Shows/hides and enables/disables; `shown` is the target's visibility
    // for reasons other than roles (a button only for companies). The tooltip
    // the target had before it was first gated comes back when it is enabled.
    static void apply(QWidget *widget, const Decision &decision, bool shown = true);
    static void apply(QAction *action, const Decision &decision, bool shown = true);

    template<typename Target>
    static void gate(Target *target, const User &user, Permission permission, bool shown = true)
    {
        apply(target, decide(user, permission), shown);
    }
    template<typename Target>
    static void gateOn(Target *target, const User &user, Permission permission, qint64 ownerId, bool shown = true)
    {
        apply(target, decideOn(user, permission, ownerId), shown);
    }

    // The main window's views ("today", "legal", "individual", "b2b", "b2c",
    // "orders", "support", "reports", "settings"): whether the role uses it.
    static bool showsView(const User &user, const QString &key);
    // Where the role starts when no (allowed) view is asked for.
    static QString homeView(const User &user);

    // Deal amounts anywhere (deal tables, board cards and totals, forecasts).
    static bool showsDealAmounts(const User &user);
    // Pipeline, funnel, win rate, lost reasons, forecast and activity reports.
    static bool showsPipelineReports(const User &user);
    // The orders report.
    static bool showsOrderReports(const User &user);
};

} // namespace peyvand
