#include "OrderService.h"

#include "AccessPolicy.h"
#include "AuditTrail.h"
#include "AuditValues.h"
#include "ConcurrentChangeError.h"
#include "OrderStatusFlow.h"
#include "PersianText.h"
#include "ValidationError.h"

namespace peyvand {

OrderService::OrderService(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

qint64 OrderService::ownerOf(qint64 customerId, const std::optional<qint64> &dealId) const
{
    if (dealId)
        if (const auto deal = m_store.deals().get(*dealId))
            return deal->ownerId;
    const auto customer = m_store.customers().get(customerId);
    return customer ? customer->ownerId : 0;
}

qint64 OrderService::create(Order order, qint64 userId)
{
    AccessPolicy::require(m_store.actor(), Permission::EditOrders);
    if (!m_store.customers().exists(order.customerId))
        throw NotFoundError(QStringLiteral("customer_id"), QStringLiteral("customer"),
                            QString::number(order.customerId));
    if (order.dealId) {
        const auto deal = m_store.deals().get(*order.dealId);
        if (!deal || deal->customerId != order.customerId)
            throw ValidationError(
                QStringLiteral("deal_id"), QStringLiteral("wrong_customer"),
                QStringLiteral("deal %1 does not belong to customer %2").arg(*order.dealId).arg(order.customerId),
                QStringLiteral("این فرصت فروش متعلق به همین مشتری نیست"));
    }
    AccessPolicy::requireOn(m_store.actor(), Permission::EditOrders, ownerOf(order.customerId, order.dealId));
    if (order.lines.isEmpty())
        throw ValidationError(
            QStringLiteral("lines"), QStringLiteral("required"), QStringLiteral("an order needs at least one line"),
            QStringLiteral("سفارش باید دست‌کم یک قلم کالا داشته باشد"));
    for (int i = 0; i < order.lines.size(); ++i) {
        OrderLine &line = order.lines[i];
        const QString field = QStringLiteral("lines[%1]").arg(i + 1);
        line.product = PersianText::tidy(line.product);
        if (line.product.isEmpty())
            throw ValidationError(field + QStringLiteral(".product"), QStringLiteral("required"),
                                  QStringLiteral("line %1 has no product").arg(i + 1),
                                  QStringLiteral("نام کالا در ردیف %1 خالی است").arg(i + 1));
        if (line.quantity <= 0)
            throw ValidationError(field + QStringLiteral(".quantity"), QStringLiteral("not_positive"),
                                  QStringLiteral("line %1 quantity must be positive").arg(i + 1),
                                  QStringLiteral("تعداد در ردیف %1 باید بیشتر از صفر باشد").arg(i + 1));
        if (line.unitPrice < 0)
            throw ValidationError(
                field + QStringLiteral(".unit_price"), QStringLiteral("negative"),
                QStringLiteral("line %1 unit price must not be negative").arg(i + 1),
                QStringLiteral("قیمت واحد در ردیف %1 نمی‌تواند منفی باشد").arg(i + 1));
    }
    order.number = PersianText::toLatinDigits(order.number.trimmed());
    if (!order.number.isEmpty() && m_store.orders().idByNumber(order.number))
        throw ValidationError(QStringLiteral("number"), QStringLiteral("duplicate"),
                              QStringLiteral("order number %1 is already used").arg(order.number),
                              QStringLiteral("این شماره سفارش قبلاً ثبت شده است"));
    order.total = order.linesTotal();
    order.status = OrderStatus::Registered;
    if (!order.createdAt.isValid())
        order.createdAt = m_clock.now();
    order.updatedAt = order.createdAt;
    order.history = { OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, order.createdAt, userId, {} } };
    qint64 id = 0;
    m_store.transaction([&] {
        id = m_store.orders().add(order);
        order.id = id;
        AuditTrail::record(m_store, m_clock, QStringLiteral("create"), QStringLiteral("order"), id, nullptr,
                           AuditValues::order(m_store.orders().get(id).value_or(order)));
    });
    return id;
}

qint64 OrderService::createFromDeal(qint64 dealId, const QList<OrderLine> &lines, qint64 userId)
{
    AccessPolicy::require(m_store.actor(), Permission::EditOrders);
    const auto deal = m_store.deals().get(dealId);
    if (!deal)
        throw NotFoundError(QStringLiteral("deal_id"), QStringLiteral("deal"), QString::number(dealId));
    if (deal->status != DealStatus::Won)
        throw ValidationError(QStringLiteral("deal_id"), QStringLiteral("not_won"),
                              QStringLiteral("deal %1 is %2; an order can be created only from a won deal")
                                  .arg(dealId)
                                  .arg(toCode(deal->status)),
                              QStringLiteral("فرصت فروش «%1» است؛ سفارش فقط از فرصت فروش موفق (برنده) ساخته "
                                             "می‌شود")
                                  .arg(toPersian(deal->status)));
    Order order;
    order.customerId = deal->customerId;
    order.dealId = dealId;
    order.lines = lines;
    return create(order, userId);
}

qint64 OrderService::changeStatus(qint64 orderId, OrderStatus to, qint64 userId, const QString &note,
                                  qint64 expectedVersion)
{
    AccessPolicy::require(m_store.actor(), Permission::ChangeOrderStatus);
    qint64 version = 0;
    // Read inside the write transaction: the move is judged on what is stored.
    m_store.transaction([&] {
        const Order order = load(orderId);
        ConcurrentChangeError::require(QStringLiteral("order"), orderId, order.version, expectedVersion);
        OrderStatusFlow::ensureCanMove(order.status, to);
        const OrderStatusChange change { 0, order.status, to, m_clock.now(), userId, PersianText::tidy(note) };
        version = m_store.orders().recordStatusChange(orderId, change, order.version);
        AuditTrail::record(m_store, m_clock, QStringLiteral("status"), QStringLiteral("order"), orderId,
                           AuditValues::order(order),
                           AuditValues::order(m_store.orders().get(orderId).value_or(order)));
    });
    return version;
}

qint64 OrderService::addPayment(qint64 orderId, Payment payment, qint64 expectedVersion)
{
    AccessPolicy::require(m_store.actor(), Permission::EditOrders);
    {
        const Order order = load(orderId); // an unknown order before a bad amount
        AccessPolicy::requireOn(m_store.actor(), Permission::EditOrders, ownerOf(order.customerId, order.dealId));
    }
    if (payment.amount <= 0)
        throw ValidationError(QStringLiteral("amount"), QStringLiteral("not_positive"),
                              QStringLiteral("a payment must be a positive amount"),
                              QStringLiteral("مبلغ پرداخت باید بیشتر از صفر باشد"));
    if (!payment.paidAt.isValid())
        payment.paidAt = m_clock.now();
    qint64 id = 0;
    m_store.transaction([&] {
        const Order order = load(orderId);
        ConcurrentChangeError::require(QStringLiteral("order"), orderId, order.version, expectedVersion);
        id = m_store.orders().addPayment(orderId, payment, order.version);
        AuditTrail::record(m_store, m_clock, QStringLiteral("payment"), QStringLiteral("order"), orderId,
                           AuditValues::order(order),
                           AuditValues::order(m_store.orders().get(orderId).value_or(order)));
    });
    return id;
}

qint64 OrderService::setTrackingCode(qint64 orderId, const QString &code, qint64 expectedVersion)
{
    AccessPolicy::require(m_store.actor(), Permission::ChangeOrderStatus);
    const QString tidy = PersianText::toLatinDigits(code.trimmed());
    qint64 version = 0;
    m_store.transaction([&] {
        const Order order = load(orderId);
        ConcurrentChangeError::require(QStringLiteral("order"), orderId, order.version, expectedVersion);
        version = m_store.orders().setTrackingCode(orderId, tidy, order.version);
        AuditTrail::record(m_store, m_clock, QStringLiteral("tracking"), QStringLiteral("order"), orderId,
                           AuditValues::order(order),
                           AuditValues::order(m_store.orders().get(orderId).value_or(order)));
    });
    return version;
}

Order OrderService::get(qint64 id) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return load(id);
}

QList<Order> OrderService::forCustomer(qint64 customerId, int limit) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.orders().forCustomer(customerId, limit);
}

Order OrderService::load(qint64 id) const
{
    auto o = m_store.orders().get(id);
    if (!o)
        throw NotFoundError(QStringLiteral("order"), QStringLiteral("order"), QString::number(id));
    return *o;
}

Order OrderService::getByNumber(const QString &number) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    const QString latin = PersianText::toLatinDigits(number.trimmed());
    const auto id = m_store.orders().idByNumber(latin);
    if (!id)
        throw NotFoundError(QStringLiteral("number"), QStringLiteral("order"), latin);
    return get(*id);
}

} // namespace peyvand
