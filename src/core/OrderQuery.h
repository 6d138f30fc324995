#pragma once
// What the support desk's orders list asks for: filters and a key cursor.
// Orders list newest first (created_at, id descending) and page by that key.
#include "Customer.h"
#include "Order.h"

#include <QDate>
#include <optional>

namespace peyvand {

struct OrderCursor
{
    QDateTime createdAt; // the last row's
    qint64 id = 0;
};

struct OrderQuery
{
    // An order number (any digit form), a phone in any form, a national code
    // or ID, or part of a customer's name.
    QString text;
    std::optional<OrderStatus> status;
    std::optional<qint64> customerId;
    QDate from; // created on or after this business day (invalid: no bound)
    QDate to; // created on or before this business day
    std::optional<OrderCursor> after; // rows strictly after (older than) this key
    int limit = 200;
};

// One row of the orders list, with its customer's name (one query, no per-row loads).
struct OrderRow
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    CustomerKind customerKind = CustomerKind::Individual;
    OrderStatus status = OrderStatus::Registered;
    qint64 total = 0;
    QString trackingCode;
    QDateTime createdAt;
    QDateTime updatedAt; // when the status last changed
};

} // namespace peyvand
