#include "SqliteOrderRepository.h"

#include "LookupText.h"
#include "PersianText.h"
#include "RecordVersion.h"
#include "RowColumns.h"
#include "SearchGrams.h"
#include "SqliteDatabase.h"

#include <QTimeZone>
#include <QVariant>

namespace peyvand {

namespace {

#define ORDER_COLUMNS                                                                                                  \
    "SELECT id, number, customer_id, deal_id, status, tracking_code, total, created_at, updated_at, version "          \
    "FROM orders "

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
    o.version = q.int64(9);
    return o;
}

// 00:00 of an Iranian business day (Iran Standard Time, UTC+03:30, no DST
// since 1401), as UTC: the same bound as ReportPeriod's businessDayStart.
QDateTime businessDayStartUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(3 * 3600 + 30 * 60)).toUTC();
}

// The smallest string greater than every string that starts with `prefix`
// (digits only here, so bumping the last character is enough).
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.back().unicode() + 1);
    return end;
}

// The WHERE clause of the orders list and its parameters. `o` is orders, `c`
// the joined customer.
struct OrderFilter
{
    QString where;
    QVariantList params;
    bool readsCustomer = false; // the WHERE clause reads c (the count needs the join)

    OrderFilter(SqliteDatabase &db, const OrderQuery &q, bool withCursor)
    {
        QStringList parts;
        const LookupText text = LookupText::classify(q.text);
        if (text.isNumber) {
            // An order number (exact or its beginning), or the orders of the
            // customers with that phone (theirs or a contact person's) or id.
            QStringList any { QStringLiteral("(o.number >= ? AND o.number < ?)") };
            params << text.digits << prefixEnd(text.digits);
            QList<qint64> ids;
            auto collect = [&](const char *sql, const QString &value) {
                auto s = db.prepare(sql);
                s->bind(1, value);
                for (qint64 id : s->ids())
                    if (!ids.contains(id))
                        ids << id;
            };
            if (!text.phone.isEmpty()) {
                collect("SELECT customer_id FROM customer_phones WHERE number = ?", text.phone);
                collect("SELECT customer_id FROM contacts WHERE mobile = ?1 UNION "
                        "SELECT customer_id FROM contacts WHERE phone = ?1",
                        text.phone);
            }
            if (!text.nationalId.isEmpty())
                collect("SELECT id FROM customers WHERE national_id = ?", text.nationalId);
            if (!ids.isEmpty()) {
                QStringList marks;
                for (qint64 id : ids) {
                    marks << QStringLiteral("?");
                    params << id;
                }
                any << QStringLiteral("o.customer_id IN (%1)").arg(marks.join(u','));
            }
            parts << QStringLiteral("(") + any.join(QStringLiteral(" OR ")) + u')';
        } else if (!text.isEmpty()) {
            // Part of a name (or any customer search key): the customer search index.
            const QStringList terms = PersianText::searchTerms(text.normalised);
            const QString match = SearchGrams::matchExpression(terms);
            if (match.isEmpty()) {
                parts << QStringLiteral("0");
            } else {
                parts << QStringLiteral(
                    "o.customer_id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)");
                params << match;
                for (const QString &term : SearchGrams::termsNeedingCheck(terms)) {
                    parts << QStringLiteral("instr(c.search_text, ?) > 0");
                    params << term;
                    readsCustomer = true;
                }
            }
        }
        if (q.status) {
            parts << QStringLiteral("o.status = ?");
            params << toCode(*q.status);
        }
        if (q.customerId) {
            parts << QStringLiteral("o.customer_id = ?");
            params << *q.customerId;
        }
        if (q.from.isValid()) {
            parts << QStringLiteral("o.created_at >= ?");
            params << businessDayStartUtc(q.from).toSecsSinceEpoch();
        }
        if (q.to.isValid()) {
            parts << QStringLiteral("o.created_at < ?");
            params << businessDayStartUtc(q.to.addDays(1)).toSecsSinceEpoch();
        }
        if (withCursor && q.after) {
            parts << QStringLiteral("(o.created_at, o.id) < (?, ?)");
            params << q.after->createdAt.toSecsSinceEpoch() << q.after->id;
        }
        if (!parts.isEmpty())
            where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }

    void bind(SqliteStatement &stmt) const
    {
        int i = 1;
        for (const QVariant &v : params) {
            if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                stmt.bind(i++, v.toLongLong());
            else
                stmt.bind(i++, v.toString());
        }
    }
};

} // namespace

qint64 SqliteOrderRepository::add(const Order &o)
{
    qint64 id = 0;
    {
        auto next = m_db.prepare("SELECT coalesce(max(id), 0) + 1 FROM orders");
        next->step();
        id = next->int64(0);
    }
    auto q = m_db.prepare(RowColumns::kInsertOrder);
    RowColumns::bindOrder(*q, id, RowColumns::orderNumber(o, id), o);
    q->bind(10, qint64(1));
    q->run();
    int position = 0;
    for (const OrderLine &line : o.lines) {
        auto l = m_db.prepare(RowColumns::kInsertOrderLine);
        RowColumns::bindOrderLine(*l, id, ++position, line);
        l->run();
    }
    for (const Payment &p : o.payments)
        insertPayment(id, p);
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

QList<OrderRow> SqliteOrderRepository::list(const OrderQuery &query) const
{
    const OrderFilter filter(m_db, query, true);
    const QByteArray sql = (QStringLiteral("SELECT o.id, o.number, o.customer_id, c.name, c.kind, o.status, o.total, "
                                           "o.tracking_code, o.created_at, o.updated_at FROM orders o "
                                           "JOIN customers c ON c.id = o.customer_id")
                            + filter.where + QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC LIMIT ?"))
                               .toUtf8();
    auto q = m_db.prepare(sql.constData());
    filter.bind(*q);
    q->bind(int(filter.params.size()) + 1, qint64(std::max(query.limit, 0)));
    QList<OrderRow> out;
    while (q->step()) {
        OrderRow r;
        r.id = q->int64(0);
        r.number = q->text(1);
        r.customerId = q->int64(2);
        r.customerName = q->text(3);
        r.customerKind = fromCode<CustomerKind>(q->text(4)).value_or(CustomerKind::Individual);
        r.status = fromCode<OrderStatus>(q->text(5)).value_or(OrderStatus::Registered);
        r.total = q->int64(6);
        r.trackingCode = q->text(7);
        r.createdAt = q->dateTime(8);
        r.updatedAt = q->dateTime(9);
        out << r;
    }
    return out;
}

qint64 SqliteOrderRepository::count(const OrderQuery &query) const
{
    const OrderFilter filter(m_db, query, false);
    const QString from = filter.readsCustomer
        ? QStringLiteral("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id")
        : QStringLiteral("SELECT count(*) FROM orders o");
    const QByteArray sql = (from + filter.where).toUtf8();
    auto q = m_db.prepare(sql.constData());
    filter.bind(*q);
    return q->step() ? q->int64(0) : 0;
}

QList<Order> SqliteOrderRepository::forCustomers(const QList<qint64> &customerIds, int perCustomer) const
{
    QList<Order> out;
    if (perCustomer <= 0)
        return out;
    // One indexed range read per customer (orders_customer); the few matched
    // customers of a lookup, never one query per order.
    auto q = m_db.prepare(ORDER_COLUMNS "WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT ?");
    for (qint64 id : customerIds) {
        q->bind(1, id).bind(2, perCustomer);
        while (q->step())
            out << read(*q);
        q->reset();
    }
    return out;
}

void SqliteOrderRepository::insertHistory(qint64 orderId, const OrderStatusChange &c)
{
    auto q = m_db.prepare(RowColumns::kInsertOrderHistory);
    RowColumns::bindOrderHistory(*q, orderId, c);
    q->run();
}

qint64 SqliteOrderRepository::recordStatusChange(qint64 orderId, const OrderStatusChange &c, qint64 expectedVersion)
{
    auto q = m_db.prepare("UPDATE orders SET status = ?1, updated_at = ?2, version = version + 1 "
                          "WHERE id = ?3 AND (?4 = 0 OR version = ?4) RETURNING version");
    q->bind(1, toCode(c.to)).bind(2, c.at).bind(3, orderId).bind(4, expectedVersion);
    const qint64 version = RecordVersion::stepUpdate(m_db, *q, RecordVersion::kOrders, orderId);
    insertHistory(orderId, c);
    return version;
}

qint64 SqliteOrderRepository::setTrackingCode(qint64 orderId, const QString &code, qint64 expectedVersion)
{
    auto q = m_db.prepare("UPDATE orders SET tracking_code = ?1, version = version + 1 "
                          "WHERE id = ?2 AND (?3 = 0 OR version = ?3) RETURNING version");
    q->bindText(1, code).bind(2, orderId).bind(3, expectedVersion);
    return RecordVersion::stepUpdate(m_db, *q, RecordVersion::kOrders, orderId);
}

qint64 SqliteOrderRepository::addPayment(qint64 orderId, const Payment &p, qint64 expectedVersion)
{
    RecordVersion::bump(m_db, RecordVersion::kOrders, orderId, expectedVersion);
    return insertPayment(orderId, p);
}

qint64 SqliteOrderRepository::insertPayment(qint64 orderId, const Payment &p)
{
    auto q = m_db.prepare(RowColumns::kInsertPayment);
    RowColumns::bindPayment(*q, orderId, p);
    q->run();
    return m_db.lastInsertId();
}

} // namespace peyvand
