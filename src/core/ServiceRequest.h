#pragma once
// An after-sales request (درخواست پشتیبانی) for a customer and optionally an order.
#include "EnumText.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace peyvand {

enum class RequestStatus { Open, InProgress, Resolved };
enum class Priority { Low, Normal, High, Urgent };

template<> struct EnumInfo<RequestStatus>
{
    static constexpr std::array<EnumRow<RequestStatus>, 3> rows {
        { { RequestStatus::Open, "open", "باز" },
          { RequestStatus::InProgress, "in_progress", "در حال بررسی" },
          { RequestStatus::Resolved, "resolved", "حل شده" } }
    };
};
template<> struct EnumInfo<Priority>
{
    static constexpr std::array<EnumRow<Priority>, 4> rows { { { Priority::Low, "low", "کم" },
                                                               { Priority::Normal, "normal", "عادی" },
                                                               { Priority::High, "high", "زیاد" },
                                                               { Priority::Urgent, "urgent", "فوری" } } };
};

struct RequestNote
{
    qint64 id = 0;
    QDateTime at;
    qint64 authorId = 0;
    QString text;
};

struct ServiceRequest
{
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<qint64> orderId;
    QString subject;
    QString description;
    Priority priority = Priority::Normal;
    RequestStatus status = RequestStatus::Open;
    qint64 assigneeId = 0;
    QList<RequestNote> notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    qint64 version = 0; // as Customer::version; notes, status and assignee changes count
};

} // namespace peyvand
