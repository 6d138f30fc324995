#include "TimelineService.h"

#include "AccessPolicy.h"

#include <QHash>
#include <algorithm>

namespace peyvand {

TimelineService::TimelineService(DataStore &store)
    : m_store(store)
{
}

QList<TimelineEntry> TimelineService::latest(qint64 customerId, int limit) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    // Each source gives its newest `limit`; the merged newest `limit` are among them.
    QList<TimelineEntry> all;
    for (const Activity &a : m_store.activities().forCustomer(customerId, limit)) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Activity;
        e.at = a.at;
        e.userId = a.ownerId;
        e.activity = a;
        all << e;
    }
    QHash<qint64, QString> stageNames;
    for (const DealStageEvent &s : m_store.deals().stageEventsForCustomer(customerId, limit)) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::StageChange;
        e.at = s.change.enteredAt;
        e.userId = s.change.changedBy;
        e.dealId = s.change.dealId;
        e.dealTitle = s.dealTitle;
        e.stageId = s.change.stageId;
        if (!stageNames.contains(e.stageId)) {
            const auto stage = m_store.pipelines().stage(e.stageId);
            stageNames.insert(e.stageId, stage ? stage->name : QString());
        }
        e.stageName = stageNames.value(e.stageId);
        all << e;
    }
    for (const OrderStatusEvent &o : m_store.orders().statusEventsForCustomer(customerId, limit)) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::OrderStatus;
        e.at = o.change.at;
        e.userId = o.change.changedBy;
        e.orderId = o.orderId;
        e.orderNumber = o.number;
        e.fromStatus = o.change.from;
        e.toStatus = o.change.to;
        e.note = o.change.note;
        all << e;
    }
    for (const ServiceRequest &r : m_store.serviceRequests().forCustomer(customerId, false)) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::RequestOpened;
        e.at = r.createdAt;
        e.requestId = r.id;
        e.requestSubject = r.subject;
        all << e;
        if (r.resolvedAt.isValid()) {
            e.kind = TimelineEntry::Kind::RequestResolved;
            e.at = r.resolvedAt;
            e.userId = r.assigneeId;
            all << e;
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    if (all.size() > limit)
        all.resize(limit);
    return all;
}

} // namespace peyvand
