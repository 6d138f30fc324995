#include "OrderStatusAction.h"

#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "ValidationError.h"
#include "Workspace.h"

namespace peyvand::OrderStatusAction {

Result apply(Workspace &workspace, qint64 orderId, OrderStatus to, const QString &note, qint64 expectedVersion)
{
    qint64 customerId = 0;
    try {
        workspace.orders().changeStatus(orderId, to, workspace.user().id, note, expectedVersion);
        if (const auto order = workspace.store().orders().get(orderId))
            customerId = order->customerId;
    } catch (const ConcurrentChangeError &e) {
        return Result { Display::error(e), e };
    } catch (const ValidationError &e) {
        return Result { Display::error(e), std::nullopt };
    } catch (const DatabaseError &e) {
        return Result { DatabaseErrorText::whileSaving(e), std::nullopt };
    }
    emit workspace.orderChanged(orderId, customerId);
    return {};
}

} // namespace peyvand::OrderStatusAction
