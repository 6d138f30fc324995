#pragma once
// An order (سفارش): lines, payments, a shipping tracking code and a status that
// moves only along OrderStatusFlow's allowed transitions, each one recorded.
#include "EnumText.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace peyvand {

enum class OrderStatus { Registered, Confirmed, Paid, Shipped, Delivered, Cancelled, Returned };
enum class PaymentMethod { Cash, Card, Transfer, Cheque, Online };

template<> struct EnumInfo<OrderStatus>
{
    static constexpr std::array<EnumRow<OrderStatus>, 7> rows { { { OrderStatus::Registered, "registered", "ثبت شده" },
                                                                  { OrderStatus::Confirmed, "confirmed", "تأیید شده" },
                                                                  { OrderStatus::Paid, "paid", "پرداخت شده" },
                                                                  { OrderStatus::Shipped, "shipped", "ارسال شده" },
                                                                  { OrderStatus::Delivered, "delivered", "تحویل شده" },
                                                                  { OrderStatus::Cancelled, "cancelled", "لغو شده" },
                                                                  { OrderStatus::Returned, "returned",
                                                                    "مرجوع شده" } } };
};
template<> struct EnumInfo<PaymentMethod>
{
    static constexpr std::array<EnumRow<PaymentMethod>, 5> rows {
        { { PaymentMethod::Cash, "cash", "نقدی" },
          { PaymentMethod::Card, "card", "کارت‌خوان" },
          { PaymentMethod::Transfer, "transfer", "حواله بانکی" },
          { PaymentMethod::Cheque, "cheque", "چک" },
          { PaymentMethod::Online, "online", "درگاه اینترنتی" } }
    };
};

struct OrderLine
{
    qint64 id = 0;
    QString product;
    qint64 quantity = 1;
    qint64 unitPrice = 0; // Rials

    qint64 total() const { return quantity * unitPrice; }
};

struct Payment
{
    qint64 id = 0;
    qint64 amount = 0;
    QDateTime paidAt;
    PaymentMethod method = PaymentMethod::Transfer;
    QString reference;
};

struct OrderStatusChange
{
    qint64 id = 0;
    std::optional<OrderStatus> from; // none for the first registration
    OrderStatus to = OrderStatus::Registered;
    QDateTime at;
    qint64 changedBy = 0;
    QString note;
};

// A status change of one of a customer's orders, for the customer's timeline.
struct OrderStatusEvent
{
    qint64 orderId = 0;
    QString number;
    OrderStatusChange change;
};

struct Order
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    std::optional<qint64> dealId;
    OrderStatus status = OrderStatus::Registered;
    QString trackingCode;
    QList<OrderLine> lines;
    QList<Payment> payments;
    QList<OrderStatusChange> history;
    qint64 total = 0; // sum of the lines, kept with the order for lists
    QDateTime createdAt;
    QDateTime updatedAt; // when the status last changed
    // As Customer::version: every status change, tracking code and payment counts.
    qint64 version = 0;

    qint64 linesTotal() const;
    qint64 paidTotal() const;
};

} // namespace peyvand
