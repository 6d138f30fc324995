#include "BulkChecks.h"

#include "DatabaseError.h"

#include <sqlite3.h>

namespace peyvand::BulkChecks {

namespace {

void require(bool ok, const char *constraint)
{
    if (!ok)
        throw DatabaseError(QStringLiteral("CHECK constraint failed: %1").arg(QLatin1String(constraint)),
                            SQLITE_CONSTRAINT_CHECK);
}

// An enum column's CHECK lists every code of the enum; a value outside it has none.
template<typename E> bool known(E value)
{
    for (const auto &row : EnumInfo<E>::rows)
        if (row.value == value)
            return true;
    return false;
}

} // namespace

void customer(const Customer &c)
{
    require(known(c.kind), "customers.kind");
    require(known(c.lifecycle), "customers.lifecycle");
    require(!c.displayName().isEmpty(), "customers.name <> ''");
}

void contact(const ContactPerson &c)
{
    require(known(c.role), "contacts.role");
    require(c.influence >= 1 && c.influence <= 5, "contacts.influence BETWEEN 1 AND 5");
    require(known(c.attitude), "contacts.attitude");
}

void deal(const Deal &d)
{
    require(d.amount >= 0, "deals.amount >= 0");
    require(known(d.status), "deals.status");
}

void activity(const Activity &a)
{
    require(known(a.type), "activities.type");
    require(known(a.direction), "activities.direction");
    require(a.durationSeconds >= 0, "activities.duration >= 0");
}

void order(const Order &o)
{
    require(known(o.status), "orders.status");
    require(o.total >= 0, "orders.total >= 0");
    for (const OrderLine &line : o.lines) {
        require(!line.product.isEmpty(), "order_lines.product <> ''");
        require(line.quantity > 0, "order_lines.quantity > 0");
        require(line.unitPrice >= 0, "order_lines.unit_price >= 0");
    }
    for (const Payment &p : o.payments)
        require(p.amount > 0, "payments.amount > 0");
}

void serviceRequest(const ServiceRequest &r)
{
    require(!r.subject.isEmpty(), "service_requests.subject <> ''");
    require(int(r.priority) >= 0 && int(r.priority) <= 3, "service_requests.priority BETWEEN 0 AND 3");
    require(known(r.status), "service_requests.status");
}

} // namespace peyvand::BulkChecks
