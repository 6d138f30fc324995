#include "AuditService.h"

#include "AccessPolicy.h"
#include "JalaliDate.h"
#include "ReportPeriod.h"
#include "ValidationError.h"

#include <algorithm>

namespace peyvand {

AuditService::AuditService(DataStore &store)
    : m_store(store)
{
}

QList<AuditEntry> AuditService::list(const AuditQuery &query) const
{
    AccessPolicy::require(m_store.actor(), Permission::ViewAudit);
    AuditQuery q = query;
    q.limit = std::clamp(q.limit, 1, MaxLimit);
    return m_store.audit().list(q);
}

qint64 AuditService::count(const AuditQuery &query) const
{
    AccessPolicy::require(m_store.actor(), Permission::ViewAudit);
    return m_store.audit().count(query);
}

qint64 AuditService::countAtMost(const AuditQuery &query, qint64 limit) const
{
    AccessPolicy::require(m_store.actor(), Permission::ViewAudit);
    return m_store.audit().countAtMost(query, limit);
}

void AuditService::restrictToDays(AuditQuery &query, const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && to < from)
        throw ValidationError(QStringLiteral("period"), QStringLiteral("end_before_start"),
                              QStringLiteral("the period ends (%1) before it starts (%2)")
                                  .arg(JalaliDate::format(to), JalaliDate::format(from)),
                              QStringLiteral("پایان دوره پیش از شروع آن است"));
    query.from = from.isValid() ? businessDayStart(from) : QDateTime();
    query.to = to.isValid() ? businessDayStart(to.addDays(1)) : QDateTime();
}

} // namespace peyvand
