#include "StatusStyle.h"

namespace peyvand::StatusStyle {

QVariant orderColor(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Registered:
        return QColor(0x6d, 0x4c, 0x41);
    case OrderStatus::Confirmed:
        return QColor(0x45, 0x5a, 0x64);
    case OrderStatus::Paid:
        return QColor(0x00, 0x69, 0x7c);
    case OrderStatus::Shipped:
        return QColor(0x15, 0x65, 0xc0);
    case OrderStatus::Delivered:
        return QColor(0x2e, 0x7d, 0x32);
    case OrderStatus::Cancelled:
    case OrderStatus::Returned:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QVariant priorityColor(Priority priority)
{
    switch (priority) {
    case Priority::Urgent:
        return QColor(0xc6, 0x28, 0x28);
    case Priority::High:
        return QColor(0xe6, 0x51, 0x00);
    default:
        return {};
    }
}

QVariant requestColor(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Open:
        return QColor(0xc6, 0x28, 0x28);
    case RequestStatus::InProgress:
        return QColor(0x15, 0x65, 0xc0);
    case RequestStatus::Resolved:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

} // namespace peyvand::StatusStyle
