#pragma once
// One line of a customer's timeline: an activity, a deal's stage change, an
// order's status change or a service request opened or resolved. The screen
// and the CLI word it; only the fields of its kind are set.
#include "Activity.h"
#include "Deal.h"
#include "Order.h"
#include "ServiceRequest.h"

namespace peyvand {

struct TimelineEntry
{
    enum class Kind { Activity, StageChange, OrderStatus, RequestOpened, RequestResolved };

    Kind kind = Kind::Activity;
    QDateTime at;
    qint64 userId = 0; // who did it, 0 when unknown
    Activity activity; // Kind::Activity
    qint64 dealId = 0; // Kind::StageChange
    QString dealTitle;
    qint64 stageId = 0;
    QString stageName;
    qint64 orderId = 0; // Kind::OrderStatus
    QString orderNumber;
    std::optional<OrderStatus> fromStatus;
    OrderStatus toStatus = OrderStatus::Registered;
    QString note;
    qint64 requestId = 0; // Kind::Request*
    QString requestSubject;
};

} // namespace peyvand
