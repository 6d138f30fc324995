#include "SqliteOrderRepository.h"

#include "SqliteDatabase.h"

namespace peyvand {

namespace {

#define ORDER_COLUMNS                                                                                                  \
    "SELECT id, number, customer_id, deal_id, status, tracking_code, total, created_at, updated_at FROM orders "

Order read(SqliteStatement &q)
{
    Order o;
    o.id = q.int64(0);
    o.number = q.text(1);
    o.customerId = q.int64(2);
    o.dealId = q.optionalInt64(3);
    o.status = fromCode<OrderStatus>(q.text(4)).value_or(OrderStatus::Registered);
    o.trackingCode = q.text(5);
    o.total = q.int64(6);
    o.createdAt = q.dateTime(7);
    o.updatedAt = q.dateTime(8);
    return o;
}

// Order numbers start at 100001 so they read as order numbers, not row ids.
constexpr qint64 kNumberBase = 100000;

} // namespace

qint64 SqliteOrderRepository::add(const Order &o)
{
    qint64 id = 0;
    {
        auto next = m_db.prepare("SELECT coalesce(max(id), 0) + 1 FROM orders");
        next->step();
        id = next->int64(0);
    }
    const QString number = o.number.isEmpty() ? QString::number(kNumberBase + id) : o.number;
    auto q = m_db.prepare("INSERT INTO orders(id, number, customer_id, deal_id, status, tracking_code, total, "
                          "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)");
    q->bind(1, id).bind(2, number).bind(3, o.customerId).bind(4, o.dealId).bind(5, toCode(o.status));
    q->bindText(6, o.trackingCode).bind(7, o.total).bind(8, o.createdAt).bind(9, o.updatedAt);
    q->run();
    int position = 0;
    for (const OrderLine &line : o.lines) {
        auto l = m_db.prepare("INSERT INTO order_lines(order_id, position, product, quantity, unit_price) "
                              "VALUES (?,?,?,?,?)");
        l->bind(1, id).bind(2, ++position).bind(3, line.product).bind(4, line.quantity).bind(5, line.unitPrice);
        l->run();
    }
    for (const Payment &p : o.payments)
        addPayment(id, p);
    for (const OrderStatusChange &h : o.history)
        insertHistory(id, h);
    return id;
}

std::optional<Order> SqliteOrderRepository::get(qint64 id) const
{
    Order o;
    {
        auto q = m_db.prepare(ORDER_COLUMNS "WHERE id = ?");
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        o = read(*q);
    }
    auto l = m_db.prepare(
        "SELECT id, product, quantity, unit_price FROM order_lines WHERE order_id = ? ORDER BY position");
    l->bind(1, id);
    while (l->step())
        o.lines << OrderLine { l->int64(0), l->text(1), l->int64(2), l->int64(3) };
    auto p = m_db.prepare(
        "SELECT id, amount, paid_at, method, reference FROM payments WHERE order_id = ? ORDER BY paid_at, id");
    p->bind(1, id);
    while (p->step())
        o.payments << Payment { p->int64(0), p->int64(1), p->dateTime(2),
                                fromCode<PaymentMethod>(p->text(3)).value_or(PaymentMethod::Transfer), p->text(4) };
    auto h = m_db.prepare("SELECT id, from_status, to_status, at, changed_by, note FROM order_status_history "
                          "WHERE order_id = ? ORDER BY at, id");
    h->bind(1, id);
    while (h->step()) {
        OrderStatusChange c;
        c.id = h->int64(0);
        if (!h->isNull(1))
            c.from = fromCode<OrderStatus>(h->text(1));
        c.to = fromCode<OrderStatus>(h->text(2)).value_or(OrderStatus::Registered);
        c.at = h->dateTime(3);
        c.changedBy = h->optionalInt64(4).value_or(0);
        c.note = h->text(5);
        o.history << c;
    }
    return o;
}

std::optional<qint64> SqliteOrderRepository::idByNumber(const QString &number) const
{
    auto q = m_db.prepare("SELECT id FROM orders WHERE number = ?");
    q->bind(1, number);
    if (!q->step())
        return std::nullopt;
    return q->int64(0);
}

QList<Order> SqliteOrderRepository::forCustomer(qint64 customerId, int limit) const
{
    auto q = m_db.prepare(ORDER_COLUMNS "WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT ?");
    q->bind(1, customerId).bind(2, limit);
    QList<Order> out;
    while (q->step())
        out << read(*q);
    return out;
}

QList<Order> SqliteOrderRepository::inStatus(OrderStatus status, int limit) const
{
    auto q = m_db.prepare(ORDER_COLUMNS "WHERE status = ? ORDER BY updated_at DESC, id DESC LIMIT ?");
    q->bind(1, toCode(status)).bind(2, limit);
    QList<Order> out;
    while (q->step())
        out << read(*q);
    return out;
}

qint64 SqliteOrderRepository::countInStatus(OrderStatus status) const
{
    auto q = m_db.prepare("SELECT count(*) FROM orders WHERE status = ?");
    q->bind(1, toCode(status));
    return q->step() ? q->int64(0) : 0;
}

QList<OrderStatusEvent> SqliteOrderRepository::statusEventsForCustomer(qint64 customerId, int limit) const
{
    auto q = m_db.prepare("SELECT o.id, o.number, h.id, h.from_status, h.to_status, h.at, h.changed_by, h.note "
                          "FROM orders o JOIN order_status_history h ON h.order_id = o.id WHERE o.customer_id = ? "
                          "ORDER BY h.at DESC, h.id DESC LIMIT ?");
    q->bind(1, customerId).bind(2, limit);
    QList<OrderStatusEvent> out;
    while (q->step()) {
        OrderStatusEvent e;
        e.orderId = q->int64(0);
        e.number = q->text(1);
        e.change.id = q->int64(2);
        if (!q->isNull(3))
            e.change.from = fromCode<OrderStatus>(q->text(3));
        e.change.to = fromCode<OrderStatus>(q->text(4)).value_or(OrderStatus::Registered);
        e.change.at = q->dateTime(5);
        e.change.changedBy = q->optionalInt64(6).value_or(0);
        e.change.note = q->text(7);
        out << e;
    }
    return out;
}

void SqliteOrderRepository::insertHistory(qint64 orderId, const OrderStatusChange &c)
{
    auto q = m_db.prepare("INSERT INTO order_status_history(order_id, from_status, to_status, at, changed_by, note) "
                          "VALUES (?,?,?,?,?,?)");
    q->bind(1, orderId).bindText(2, c.from ? toCode(*c.from) : QString()).bind(3, toCode(c.to)).bind(4, c.at);
    q->bindId(5, c.changedBy);
    q->bind(6, c.note);
    q->run();
}

void SqliteOrderRepository::recordStatusChange(qint64 orderId, const OrderStatusChange &c)
{
    auto q = m_db.prepare("UPDATE orders SET status = ?, updated_at = ? WHERE id = ?");
    q->bind(1, toCode(c.to)).bind(2, c.at).bind(3, orderId);
    q->run();
    insertHistory(orderId, c);
}

void SqliteOrderRepository::setTrackingCode(qint64 orderId, const QString &code)
{
    auto q = m_db.prepare("UPDATE orders SET tracking_code = ? WHERE id = ?");
    q->bindText(1, code).bind(2, orderId);
    q->run();
}

qint64 SqliteOrderRepository::addPayment(qint64 orderId, const Payment &p)
{
    auto q = m_db.prepare("INSERT INTO payments(order_id, amount, paid_at, method, reference) VALUES (?,?,?,?,?)");
    q->bind(1, orderId).bind(2, p.amount).bind(3, p.paidAt).bind(4, toCode(p.method));
    q->bind(5, p.reference);
    q->run();
    return m_db.lastInsertId();
}

} // namespace peyvand
