#pragma once
// The colours that tell statuses apart at a glance in every table: an order's
// status (delivered green, cancelled/returned red, in transit blue) and a
// service request's priority and status.
#include "Order.h"
#include "ServiceRequest.h"

#include <QColor>
#include <QVariant>

namespace peyvand::StatusStyle {

// A foreground colour, or an empty QVariant for the default text colour.
QVariant orderColor(OrderStatus status);
QVariant priorityColor(Priority priority);
QVariant requestColor(RequestStatus status);

} // namespace peyvand::StatusStyle
