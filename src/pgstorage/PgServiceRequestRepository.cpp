#include "PgServiceRequestRepository.h"

#include "PgConnection.h"
#include "PgRecordVersion.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgValues.h"

#include <algorithm>

namespace peyvand {

namespace {

QString select(const char *rest)
{
    return QStringLiteral("SELECT id, customer_id, order_id, subject, description, priority, status, assignee_id, "
                          "created_at, updated_at, resolved_at, version FROM service_requests ")
        + QLatin1String(rest);
}

ServiceRequest read(const PgResult &q, int row)
{
    ServiceRequest out;
    out.id = q.int64(row, 0);
    out.customerId = q.int64(row, 1);
    out.orderId = PgValues::optionalInt64(q, row, 2);
    out.subject = q.text(row, 3);
    out.description = q.text(row, 4);
    out.priority = static_cast<Priority>(std::clamp<qint64>(q.int64(row, 5), 0, 3));
    out.status = fromCode<RequestStatus>(q.text(row, 6)).value_or(RequestStatus::Open);
    out.assigneeId = PgValues::optionalInt64(q, row, 7).value_or(0);
    out.createdAt = PgValues::time(q, row, 8);
    out.updatedAt = PgValues::time(q, row, 9);
    out.resolvedAt = PgValues::time(q, row, 10);
    out.version = q.int64(row, 11);
    return out;
}

QList<ServiceRequest> readAll(const PgResult &r)
{
    QList<ServiceRequest> out;
    for (int i = 0; i < r.rows(); ++i)
        out << read(r, i);
    return out;
}

} // namespace

qint64 PgServiceRequestRepository::add(const ServiceRequest &r)
{
    auto q = m_connection.prepare(
        QStringLiteral("INSERT INTO service_requests(customer_id, order_id, subject, description, priority, status, "
                       "assignee_id, created_at, updated_at, resolved_at) "
                       "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id"));
    q.bind(1, r.customerId);
    PgValues::bindId(q, 2, r.orderId);
    q.bind(3, r.subject);
    q.bind(4, r.description);
    q.bind(5, int(r.priority));
    q.bind(6, toCode(r.status));
    PgValues::bindId(q, 7, r.assigneeId);
    PgValues::bindTime(q, 8, r.createdAt);
    PgValues::bindTime(q, 9, r.updatedAt);
    PgValues::bindTime(q, 10, r.resolvedAt);
    return q.exec().int64(0, 0);
}

qint64 PgServiceRequestRepository::update(const ServiceRequest &r)
{
    auto q = m_connection.prepare(
        QStringLiteral("UPDATE service_requests SET order_id=$1, subject=$2, description=$3, priority=$4, status=$5, "
                       "assignee_id=$6, updated_at=$7, resolved_at=$8, version = version + 1 "
                       "WHERE id=$9 AND ($10 = 0 OR version = $10) RETURNING version"));
    PgValues::bindId(q, 1, r.orderId);
    q.bind(2, r.subject);
    q.bind(3, r.description);
    q.bind(4, int(r.priority));
    q.bind(5, toCode(r.status));
    PgValues::bindId(q, 6, r.assigneeId);
    PgValues::bindTime(q, 7, r.updatedAt);
    PgValues::bindTime(q, 8, r.resolvedAt);
    q.bind(9, r.id);
    q.bind(10, r.version);
    return PgRecordVersion::runUpdate(m_connection, q, PgRecordVersion::kRequests, r.id);
}

std::optional<ServiceRequest> PgServiceRequestRepository::get(qint64 id) const
{
    auto q = m_connection.prepare(select("WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    ServiceRequest request = read(r, 0);
    auto n = m_connection.prepare(
        QStringLiteral("SELECT id, at, author_id, text FROM request_notes WHERE request_id = $1 ORDER BY at, id"));
    n.bind(1, id);
    const PgResult notes = n.exec();
    for (int i = 0; i < notes.rows(); ++i) {
        request.notes << RequestNote { notes.int64(i, 0), PgValues::time(notes, i, 1),
                                       PgValues::optionalInt64(notes, i, 2).value_or(0), notes.text(i, 3) };
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
    PgValues::bindLimit(q, 1, limit);
    return readAll(q.exec());
}

QList<ServiceRequest> PgServiceRequestRepository::recent(int limit) const
{
    auto q = m_connection.prepare(select("ORDER BY created_at DESC, id DESC LIMIT $1"));
    PgValues::bindLimit(q, 1, limit);
    return readAll(q.exec());
}

qint64 PgServiceRequestRepository::addNote(qint64 requestId, const RequestNote &n)
{
    auto q = m_connection.prepare(
        QStringLiteral("INSERT INTO request_notes(request_id, at, author_id, text) VALUES ($1,$2,$3,$4) RETURNING id"));
    q.bind(1, requestId);
    PgValues::bindTime(q, 2, n.at);
    PgValues::bindId(q, 3, n.authorId);
    q.bind(4, n.text);
    return q.exec().int64(0, 0);
}

} // namespace peyvand
