#include "OrderStatusAction.h"

#include "DatabaseError.h"
#include "Display.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace peyvand::OrderStatusAction {

QString apply(Workspace &workspace, qint64 orderId, OrderStatus to, const QString &note)
{
    qint64 customerId = 0;
    try {
        workspace.orders().changeStatus(orderId, to, workspace.user().id, note);
        if (const auto order = workspace.store().orders().get(orderId))
            customerId = order->customerId;
    } catch (const ValidationError &e) {
        return Display::error(e);
    } catch (const DatabaseError &e) {
        return QCoreApplication::translate("peyvand::OrderStatusAction", "The database refused the change:\n%1")
            .arg(QString::fromUtf8(e.what()));
    }
    emit workspace.orderChanged(orderId, customerId);
    return {};
}

} // namespace peyvand::OrderStatusAction
