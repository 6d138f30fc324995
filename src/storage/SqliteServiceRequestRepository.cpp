#include "SqliteServiceRequestRepository.h"

#include "RecordVersion.h"
#include "RowColumns.h"
#include "SqliteDatabase.h"

#include <algorithm>

namespace peyvand {

namespace {

#define REQUEST_COLUMNS                                                                                                \
    "SELECT id, customer_id, order_id, subject, description, priority, status, assignee_id, created_at, "              \
    "updated_at, resolved_at, version FROM service_requests "

ServiceRequest read(SqliteStatement &q)
{
    ServiceRequest r;
    r.id = q.int64(0);
    r.customerId = q.int64(1);
    r.orderId = q.optionalInt64(2);
    r.subject = q.text(3);
    r.description = q.text(4);
    r.priority = static_cast<Priority>(std::clamp<qint64>(q.int64(5), 0, 3));
    r.status = fromCode<RequestStatus>(q.text(6)).value_or(RequestStatus::Open);
    r.assigneeId = q.optionalInt64(7).value_or(0);
    r.createdAt = q.dateTime(8);
    r.updatedAt = q.dateTime(9);
    r.resolvedAt = q.dateTime(10);
    r.version = q.int64(11);
    return r;
}

} // namespace

qint64 SqliteServiceRequestRepository::add(const ServiceRequest &r)
{
    auto q = m_db.prepare(RowColumns::kInsertServiceRequest);
    RowColumns::bindServiceRequest(*q, r);
    q->run();
    return m_db.lastInsertId();
}

qint64 SqliteServiceRequestRepository::update(const ServiceRequest &r)
{
    auto q = m_db.prepare("UPDATE service_requests SET order_id=?, subject=?, description=?, priority=?, status=?, "
                          "assignee_id=?, updated_at=?, resolved_at=?, version = version + 1 "
                          "WHERE id=?9 AND (?10 = 0 OR version = ?10) RETURNING version");
    q->bind(1, r.orderId).bind(2, r.subject).bind(3, r.description);
    q->bind(4, int(r.priority)).bind(5, toCode(r.status)).bindId(6, r.assigneeId).bind(7, r.updatedAt);
    q->bind(8, r.resolvedAt).bind(9, r.id).bind(10, r.version);
    return RecordVersion::stepUpdate(m_db, *q, RecordVersion::kRequests, r.id);
}

std::optional<ServiceRequest> SqliteServiceRequestRepository::get(qint64 id) const
{
    ServiceRequest r;
    {
        auto q = m_db.prepare(REQUEST_COLUMNS "WHERE id = ?");
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        r = read(*q);
    }
    auto n = m_db.prepare("SELECT id, at, author_id, text FROM request_notes WHERE request_id = ? ORDER BY at, id");
    n->bind(1, id);
    while (n->step())
        r.notes << RequestNote { n->int64(0), n->dateTime(1), n->optionalInt64(2).value_or(0), n->text(3) };
    return r;
}

QList<ServiceRequest> SqliteServiceRequestRepository::forCustomer(qint64 customerId, bool openOnly) const
{
    auto q = m_db.prepare(openOnly ? REQUEST_COLUMNS "WHERE customer_id = ? AND status <> 'resolved' "
                                                     "ORDER BY created_at DESC, id DESC"
                                   : REQUEST_COLUMNS "WHERE customer_id = ? ORDER BY created_at DESC, id DESC");
    q->bind(1, customerId);
    QList<ServiceRequest> out;
    while (q->step())
        out << read(*q);
    return out;
}

QList<ServiceRequest> SqliteServiceRequestRepository::openQueue(int limit) const
{
    auto q = m_db.prepare(REQUEST_COLUMNS "WHERE status <> 'resolved' ORDER BY priority DESC, created_at, id LIMIT ?");
    q->bind(1, limit);
    QList<ServiceRequest> out;
    while (q->step())
        out << read(*q);
    return out;
}

QList<ServiceRequest> SqliteServiceRequestRepository::recent(int limit) const
{
    auto q = m_db.prepare(REQUEST_COLUMNS "ORDER BY created_at DESC, id DESC LIMIT ?");
    q->bind(1, limit);
    QList<ServiceRequest> out;
    while (q->step())
        out << read(*q);
    return out;
}

qint64 SqliteServiceRequestRepository::addNote(qint64 requestId, const RequestNote &n)
{
    auto q = m_db.prepare(RowColumns::kInsertRequestNote);
    RowColumns::bindRequestNote(*q, requestId, n);
    q->run();
    return m_db.lastInsertId();
}

} // namespace peyvand
