#include "PgServiceRequestRepository.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgRowReader.h"
#include "PgStatement.h"
#include "PgValueBinder.h"
#include "PgVersionCheck.h"

#include <algorithm>

namespace peyvand {

namespace {

QString select(const char *rest)
{
    return QStringLiteral("SELECT id, customer_id, order_id, subject, description, priority, status, assignee_id, "
                          "created_at, updated_at, resolved_at, version FROM service_requests ")
        + QLatin1String(rest);
}

ServiceRequest read(const PgRowReader &q)
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

QList<ServiceRequest> readAll(const PgResult &r)
{
    QList<ServiceRequest> out;
    for (int i = 0; i < r.rows(); ++i)
        out << read(PgRowReader(r, i));
    return out;
}

} // namespace

qint64 PgServiceRequestRepository::add(const ServiceRequest &r)
{
    auto q = m_connection.prepare(
        QStringLiteral("INSERT INTO service_requests(customer_id, order_id, subject, description, priority, status, "
                       "assignee_id, created_at, updated_at, resolved_at) "
                       "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id"));
    PgValueBinder b(q);
    b.bind(1, r.customerId).bind(2, r.orderId).bind(3, r.subject);
    b.bind(4, r.description).bind(5, int(r.priority));
    b.bind(6, toCode(r.status)).bindId(7, r.assigneeId).bind(8, r.createdAt).bind(9, r.updatedAt);
    b.bind(10, r.resolvedAt);
    return q.exec().int64(0, 0);
}

qint64 PgServiceRequestRepository::update(const ServiceRequest &r)
{
    auto q = m_connection.prepare(
        QStringLiteral("UPDATE service_requests SET order_id=$1, subject=$2, description=$3, priority=$4, status=$5, "
                       "assignee_id=$6, updated_at=$7, resolved_at=$8, version = version + 1 "
                       "WHERE id=$9 AND ($10 = 0 OR version = $10) RETURNING version"));
    PgValueBinder b(q);
    b.bind(1, r.orderId).bind(2, r.subject).bind(3, r.description);
    b.bind(4, int(r.priority)).bind(5, toCode(r.status)).bindId(6, r.assigneeId).bind(7, r.updatedAt);
    b.bind(8, r.resolvedAt).bind(9, r.id).bind(10, r.version);
    return PgVersionCheck::returnedVersion(m_connection, q.exec(), PgVersionCheck::kRequests, r.id);
}

std::optional<ServiceRequest> PgServiceRequestRepository::get(qint64 id) const
{
    auto q = m_connection.prepare(select("WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    ServiceRequest request = read(PgRowReader(r, 0));
    auto n = m_connection.prepare(
        QStringLiteral("SELECT id, at, author_id, text FROM request_notes WHERE request_id = $1 ORDER BY at, id"));
    n.bind(1, id);
    const PgResult notes = n.exec();
    for (int i = 0; i < notes.rows(); ++i) {
        const PgRowReader row(notes, i);
        request.notes << RequestNote { row.int64(0), row.dateTime(1), row.optionalInt64(2).value_or(0), row.text(3) };
    }
    return request;
}

QList<ServiceRequest> PgServiceRequestRepository::forCustomer(qint64 customerId, bool openOnly) const
{
    auto q = m_connection.prepare(openOnly ? select("WHERE customer_id = $1 AND status <> 'resolved' "
                                                    "ORDER BY created_at DESC, id DESC")
                                           : select("WHERE customer_id = $1 ORDER BY created_at DESC, id DESC"));
    q.bind(1, customerId);
    return readAll(q.exec());
}

QList<ServiceRequest> PgServiceRequestRepository::openQueue(int limit) const
{
    auto q = m_connection.prepare(select("WHERE status <> 'resolved' ORDER BY priority DESC, created_at, id LIMIT $1"));
    PgValueBinder(q).bindLimit(1, limit);
    return readAll(q.exec());
}

QList<ServiceRequest> PgServiceRequestRepository::recent(int limit) const
{
    auto q = m_connection.prepare(select("ORDER BY created_at DESC, id DESC LIMIT $1"));
    PgValueBinder(q).bindLimit(1, limit);
    return readAll(q.exec());
}

qint64 PgServiceRequestRepository::addNote(qint64 requestId, const RequestNote &n)
{
    auto q = m_connection.prepare(
        QStringLiteral("INSERT INTO request_notes(request_id, at, author_id, text) VALUES ($1,$2,$3,$4) RETURNING id"));
    PgValueBinder(q).bind(1, requestId).bind(2, n.at).bindId(3, n.authorId).bind(4, n.text);
    return q.exec().int64(0, 0);
}

} // namespace peyvand
