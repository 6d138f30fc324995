#include "ServiceRequestService.h"

#include "AccessPolicy.h"
#include "AuditTrail.h"
#include "AuditValues.h"
#include "ConcurrentChangeError.h"
#include "PersianText.h"
#include "RequestStatusFlow.h"
#include "ValidationError.h"

namespace peyvand {

ServiceRequestService::ServiceRequestService(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

void ServiceRequestService::record(const QString &action, const ServiceRequest &before, qint64 id)
{
    const auto after = m_store.serviceRequests().get(id);
    AuditTrail::record(m_store, m_clock, action, QStringLiteral("request"), id,
                       before.id ? AuditValues::serviceRequest(before) : nlohmann::ordered_json(),
                       after ? AuditValues::serviceRequest(*after) : nlohmann::ordered_json());
}

qint64 ServiceRequestService::open(ServiceRequest r)
{
    AccessPolicy::require(m_store.actor(), Permission::HandleRequests);
    if (!m_store.customers().exists(r.customerId))
        throw NotFoundError(QStringLiteral("customer_id"), QStringLiteral("customer"), QString::number(r.customerId));
    if (r.orderId) {
        const auto order = m_store.orders().get(*r.orderId);
        if (!order || order->customerId != r.customerId)
            throw ValidationError(
                QStringLiteral("order"), QStringLiteral("wrong_customer"),
                QStringLiteral("order %1 does not belong to customer %2").arg(*r.orderId).arg(r.customerId),
                QStringLiteral("این سفارش متعلق به همین مشتری نیست"));
    }
    r.subject = PersianText::tidy(r.subject);
    if (r.subject.isEmpty())
        throw ValidationError(QStringLiteral("subject"), QStringLiteral("required"),
                              QStringLiteral("subject is required"), QStringLiteral("موضوع درخواست را وارد کنید"));
    if (r.assigneeId && !m_store.users().get(r.assigneeId))
        throw NotFoundError(QStringLiteral("assignee"), QStringLiteral("user"), QString::number(r.assigneeId));
    r.description = r.description.trimmed();
    r.status = RequestStatus::Open;
    r.createdAt = r.updatedAt = m_clock.now();
    r.resolvedAt = {};
    qint64 id = 0;
    m_store.transaction([&] {
        id = m_store.serviceRequests().add(r);
        for (const RequestNote &n : r.notes)
            m_store.serviceRequests().addNote(id, n);
        record(QStringLiteral("open"), ServiceRequest {}, id);
    });
    return id;
}

qint64 ServiceRequestService::addNote(qint64 requestId, qint64 authorId, const QString &text, qint64 expectedVersion)
{
    AccessPolicy::require(m_store.actor(), Permission::HandleRequests);
    load(requestId); // an unknown request before an empty note
    const QString tidy = text.trimmed();
    if (tidy.isEmpty())
        throw ValidationError(QStringLiteral("note"), QStringLiteral("required"), QStringLiteral("the note is empty"),
                              QStringLiteral("متن یادداشت خالی است"));
    qint64 version = 0;
    // Read inside the write transaction: the change is made to what is stored.
    m_store.transaction([&] {
        ServiceRequest r = load(requestId);
        const ServiceRequest before = r;
        ConcurrentChangeError::require(QStringLiteral("request"), requestId, r.version, expectedVersion);
        r.updatedAt = m_clock.now();
        m_store.serviceRequests().addNote(requestId, RequestNote { 0, r.updatedAt, authorId, tidy });
        version = m_store.serviceRequests().update(r);
        record(QStringLiteral("note"), before, requestId);
    });
    return version;
}

qint64 ServiceRequestService::setStatus(qint64 requestId, RequestStatus status, qint64 userId, const QString &note,
                                        qint64 expectedVersion)
{
    AccessPolicy::require(m_store.actor(), Permission::HandleRequests);
    qint64 version = 0;
    m_store.transaction([&] {
        ServiceRequest r = load(requestId);
        const ServiceRequest before = r;
        ConcurrentChangeError::require(QStringLiteral("request"), requestId, r.version, expectedVersion);
        RequestStatusFlow::ensureCanMove(r.status, status);
        r.status = status;
        r.updatedAt = m_clock.now();
        r.resolvedAt = status == RequestStatus::Resolved ? r.updatedAt : QDateTime();
        const QString text
            = note.trimmed().isEmpty() ? QStringLiteral("وضعیت: %1").arg(toPersian(status)) : note.trimmed();
        version = m_store.serviceRequests().update(r);
        m_store.serviceRequests().addNote(requestId, RequestNote { 0, r.updatedAt, userId, text });
        record(status == RequestStatus::Resolved ? QStringLiteral("resolve") : QStringLiteral("status"), before,
               requestId);
    });
    return version;
}

qint64 ServiceRequestService::assign(qint64 requestId, qint64 assigneeId, qint64 expectedVersion)
{
    AccessPolicy::require(m_store.actor(), Permission::HandleRequests);
    qint64 version = 0;
    m_store.transaction([&] {
        ServiceRequest r = load(requestId);
        const ServiceRequest before = r;
        ConcurrentChangeError::require(QStringLiteral("request"), requestId, r.version, expectedVersion);
        version = r.version;
        if (assigneeId && !m_store.users().get(assigneeId))
            throw NotFoundError(QStringLiteral("assignee"), QStringLiteral("user"), QString::number(assigneeId));
        if (r.assigneeId == assigneeId)
            return;
        r.assigneeId = assigneeId;
        r.updatedAt = m_clock.now();
        version = m_store.serviceRequests().update(r);
        record(QStringLiteral("assign"), before, requestId);
    });
    return version;
}

QList<ServiceRequest> ServiceRequestService::queue(int limit) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.serviceRequests().openQueue(limit);
}

QList<ServiceRequest> ServiceRequestService::recent(int limit) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.serviceRequests().recent(limit);
}

QList<ServiceRequest> ServiceRequestService::forCustomer(qint64 customerId, bool openOnly) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.serviceRequests().forCustomer(customerId, openOnly);
}

ServiceRequest ServiceRequestService::get(qint64 id) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return load(id);
}

ServiceRequest ServiceRequestService::load(qint64 id) const
{
    auto r = m_store.serviceRequests().get(id);
    if (!r)
        throw NotFoundError(QStringLiteral("request"), QStringLiteral("service request"), QString::number(id));
    return *r;
}

} // namespace peyvand
