#include "PgOrderRepository.h"

#include "PgConnection.h"
#include "PgOrderFilter.h"
#include "PgRecordVersion.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgValues.h"

namespace peyvand {

namespace {

// Orders get their number from their id unless they have one (as RowColumns::orderNumber).
constexpr qint64 kOrderNumberBase = 100000;

QString select(const char *rest)
{
    return QStringLiteral("SELECT id, number, customer_id, deal_id, status, tracking_code, total, created_at, "
                          "updated_at, version FROM orders ")
        + QLatin1String(rest);
}

Order read(const PgResult &r, int row)
{
    Order o;
    o.id = r.int64(row, 0);
    o.number = r.text(row, 1);
    o.customerId = r.int64(row, 2);
    o.dealId = PgValues::optionalInt64(r, row, 3);
    o.status = fromCode<OrderStatus>(r.text(row, 4)).value_or(OrderStatus::Registered);
    o.trackingCode = r.text(row, 5);
    o.total = r.int64(row, 6);
    o.createdAt = PgValues::time(r, row, 7);
    o.updatedAt = PgValues::time(r, row, 8);
    o.version = r.int64(row, 9);
    return o;
}

QList<Order> readAll(const PgResult &r)
{
    QList<Order> out;
    for (int i = 0; i < r.rows(); ++i)
        out << read(r, i);
    return out;
}

// Columns from, to, at, changed_by, note starting at `first`.
OrderStatusChange readChange(const PgResult &r, int row, int first)
{
    OrderStatusChange c;
    if (!r.isNull(row, first))
        c.from = fromCode<OrderStatus>(r.text(row, first));
    c.to = fromCode<OrderStatus>(r.text(row, first + 1)).value_or(OrderStatus::Registered);
    c.at = PgValues::time(r, row, first + 2);
    c.changedBy = PgValues::optionalInt64(r, row, first + 3).value_or(0);
    c.note = r.text(row, first + 4);
    return c;
}

} // namespace

qint64 PgOrderRepository::add(const Order &o)
{
    auto next = m_connection.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence('orders', 'id'))"));
    const qint64 id = next.exec().int64(0, 0);
    auto q = m_connection.prepare(
        QStringLiteral("INSERT INTO orders(id, number, customer_id, deal_id, status, tracking_code, total, "
                       "created_at, updated_at, version) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,1)"));
    q.bind(1, id);
    q.bind(2, o.number.isEmpty() ? QString::number(kOrderNumberBase + id) : o.number);
    q.bind(3, o.customerId);
    PgValues::bindId(q, 4, o.dealId);
    q.bind(5, toCode(o.status));
    PgValues::bindText(q, 6, o.trackingCode);
    q.bind(7, o.total);
    PgValues::bindTime(q, 8, o.createdAt);
    PgValues::bindTime(q, 9, o.updatedAt);
    q.run();
    auto l = m_connection.prepare(QStringLiteral(
        "INSERT INTO order_lines(order_id, position, product, quantity, unit_price) VALUES ($1,$2,$3,$4,$5)"));
    int position = 0;
    for (const OrderLine &line : o.lines) {
        l.bind(1, id).bind(2, ++position).bind(3, line.product).bind(4, line.quantity).bind(5, line.unitPrice);
        l.run();
    }
    for (const Payment &p : o.payments)
        insertPayment(id, p);
    for (const OrderStatusChange &h : o.history)
        insertHistory(id, h);
    return id;
}

std::optional<Order> PgOrderRepository::get(qint64 id) const
{
    auto q = m_connection.prepare(select("WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    Order o = read(r, 0);

    auto l = m_connection.prepare(QStringLiteral(
        "SELECT id, product, quantity, unit_price FROM order_lines WHERE order_id = $1 ORDER BY position"));
    l.bind(1, id);
    const PgResult lines = l.exec();
    for (int i = 0; i < lines.rows(); ++i)
        o.lines << OrderLine { lines.int64(i, 0), lines.text(i, 1), lines.int64(i, 2), lines.int64(i, 3) };

    auto p = m_connection.prepare(QStringLiteral(
        "SELECT id, amount, paid_at, method, reference FROM payments WHERE order_id = $1 ORDER BY paid_at, id"));
    p.bind(1, id);
    const PgResult payments = p.exec();
    for (int i = 0; i < payments.rows(); ++i) {
        o.payments << Payment { payments.int64(i, 0), payments.int64(i, 1), PgValues::time(payments, i, 2),
                                fromCode<PaymentMethod>(payments.text(i, 3)).value_or(PaymentMethod::Transfer),
                                payments.text(i, 4) };
    }

    auto h = m_connection.prepare(
        QStringLiteral("SELECT id, from_status, to_status, at, changed_by, note FROM order_status_history "
                       "WHERE order_id = $1 ORDER BY at, id"));
    h.bind(1, id);
    const PgResult history = h.exec();
    for (int i = 0; i < history.rows(); ++i) {
        OrderStatusChange c = readChange(history, i, 1);
        c.id = history.int64(i, 0);
        o.history << c;
    }
    return o;
}

std::optional<qint64> PgOrderRepository::idByNumber(const QString &number) const
{
    auto q = m_connection.prepare(QStringLiteral("SELECT id FROM orders WHERE number = $1"));
    q.bind(1, number);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return r.int64(0, 0);
}

QList<Order> PgOrderRepository::forCustomer(qint64 customerId, int limit) const
{
    auto q = m_connection.prepare(select("WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"));
    q.bind(1, customerId);
    PgValues::bindLimit(q, 2, limit);
    return readAll(q.exec());
}

QList<Order> PgOrderRepository::inStatus(OrderStatus status, int limit) const
{
    auto q = m_connection.prepare(select("WHERE status = $1 ORDER BY updated_at DESC, id DESC LIMIT $2"));
    q.bind(1, toCode(status));
    PgValues::bindLimit(q, 2, limit);
    return readAll(q.exec());
}

qint64 PgOrderRepository::countInStatus(OrderStatus status) const
{
    auto q = m_connection.prepare(QStringLiteral("SELECT count(*) FROM orders WHERE status = $1"));
    q.bind(1, toCode(status));
    return q.exec().int64(0, 0);
}

QList<OrderStatusEvent> PgOrderRepository::statusEventsForCustomer(qint64 customerId, int limit) const
{
    auto q = m_connection.prepare(
        QStringLiteral("SELECT o.id, o.number, h.id, h.from_status, h.to_status, h.at, h.changed_by, h.note "
                       "FROM orders o JOIN order_status_history h ON h.order_id = o.id WHERE o.customer_id = $1 "
                       "ORDER BY h.at DESC, h.id DESC LIMIT $2"));
    q.bind(1, customerId);
    PgValues::bindLimit(q, 2, limit);
    const PgResult r = q.exec();
    QList<OrderStatusEvent> out;
    for (int i = 0; i < r.rows(); ++i) {
        OrderStatusEvent e;
        e.orderId = r.int64(i, 0);
        e.number = r.text(i, 1);
        e.change = readChange(r, i, 3);
        e.change.id = r.int64(i, 2);
        out << e;
    }
    return out;
}

QList<OrderRow> PgOrderRepository::list(const OrderQuery &query) const
{
    const PgOrderFilter filter(m_connection, query, true);
    auto q = m_connection.prepare(
        QStringLiteral("SELECT o.id, o.number, o.customer_id, c.name, c.kind, o.status, o.total, o.tracking_code, "
                       "o.created_at, o.updated_at FROM orders o JOIN customers c ON c.id = o.customer_id")
        + filter.where()
        + QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC LIMIT $%1").arg(filter.parameterCount() + 1));
    filter.bind(q);
    q.bind(filter.parameterCount() + 1, qint64(std::max(query.limit, 0)));
    const PgResult r = q.exec();
    QList<OrderRow> out;
    for (int i = 0; i < r.rows(); ++i) {
        OrderRow o;
        o.id = r.int64(i, 0);
        o.number = r.text(i, 1);
        o.customerId = r.int64(i, 2);
        o.customerName = r.text(i, 3);
        o.customerKind = fromCode<CustomerKind>(r.text(i, 4)).value_or(CustomerKind::Individual);
        o.status = fromCode<OrderStatus>(r.text(i, 5)).value_or(OrderStatus::Registered);
        o.total = r.int64(i, 6);
        o.trackingCode = r.text(i, 7);
        o.createdAt = PgValues::time(r, i, 8);
        o.updatedAt = PgValues::time(r, i, 9);
        out << o;
    }
    return out;
}

qint64 PgOrderRepository::count(const OrderQuery &query) const
{
    // The filter reads customers through a subquery only: every order has one, so no join.
    const PgOrderFilter filter(m_connection, query, false);
    auto q = m_connection.prepare(QStringLiteral("SELECT count(*) FROM orders o") + filter.where());
    filter.bind(q);
    return q.exec().int64(0, 0);
}

QList<Order> PgOrderRepository::forCustomers(const QList<qint64> &customerIds, int perCustomer) const
{
    QList<Order> out;
    if (perCustomer <= 0)
        return out;
    auto q = m_connection.prepare(select("WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"));
    for (qint64 id : customerIds) {
        q.bind(1, id).bind(2, perCustomer);
        out << readAll(q.exec());
    }
    return out;
}

void PgOrderRepository::insertHistory(qint64 orderId, const OrderStatusChange &c)
{
    auto q = m_connection.prepare(QStringLiteral("INSERT INTO order_status_history(order_id, from_status, to_status, "
                                                 "at, changed_by, note) VALUES ($1,$2,$3,$4,$5,$6)"));
    q.bind(1, orderId);
    PgValues::bindText(q, 2, c.from ? toCode(*c.from) : QString());
    q.bind(3, toCode(c.to));
    PgValues::bindTime(q, 4, c.at);
    PgValues::bindId(q, 5, c.changedBy);
    q.bind(6, c.note);
    q.run();
}

qint64 PgOrderRepository::recordStatusChange(qint64 orderId, const OrderStatusChange &c, qint64 expectedVersion)
{
    auto q
        = m_connection.prepare(QStringLiteral("UPDATE orders SET status = $1, updated_at = $2, version = version + 1 "
                                              "WHERE id = $3 AND ($4 = 0 OR version = $4) RETURNING version"));
    q.bind(1, toCode(c.to));
    PgValues::bindTime(q, 2, c.at);
    q.bind(3, orderId);
    q.bind(4, expectedVersion);
    const qint64 version = PgRecordVersion::runUpdate(m_connection, q, PgRecordVersion::kOrders, orderId);
    insertHistory(orderId, c);
    return version;
}

qint64 PgOrderRepository::setTrackingCode(qint64 orderId, const QString &code, qint64 expectedVersion)
{
    auto q = m_connection.prepare(QStringLiteral("UPDATE orders SET tracking_code = $1, version = version + 1 "
                                                 "WHERE id = $2 AND ($3 = 0 OR version = $3) RETURNING version"));
    PgValues::bindText(q, 1, code);
    q.bind(2, orderId);
    q.bind(3, expectedVersion);
    return PgRecordVersion::runUpdate(m_connection, q, PgRecordVersion::kOrders, orderId);
}

qint64 PgOrderRepository::addPayment(qint64 orderId, const Payment &p, qint64 expectedVersion)
{
    PgRecordVersion::bump(m_connection, PgRecordVersion::kOrders, orderId, expectedVersion);
    return insertPayment(orderId, p);
}

qint64 PgOrderRepository::insertPayment(qint64 orderId, const Payment &p)
{
    auto q = m_connection.prepare(QStringLiteral("INSERT INTO payments(order_id, amount, paid_at, method, reference) "
                                                 "VALUES ($1,$2,$3,$4,$5) RETURNING id"));
    q.bind(1, orderId);
    q.bind(2, p.amount);
    PgValues::bindTime(q, 3, p.paidAt);
    q.bind(4, toCode(p.method));
    q.bind(5, p.reference);
    return q.exec().int64(0, 0);
}

} // namespace peyvand
