#pragma once
// A demo customer's history: deals in its kind's pipeline with stage histories
// (some won, some lost, a third still open), activities, orders along the
// status flow with payments, and now and then a service request. Everything
// happens between the customer's creation and the "as of" moment.
#include "Activity.h"
#include "Customer.h"
#include "Deal.h"
#include "DemoContext.h"
#include "Order.h"
#include "ServiceRequest.h"

#include <optional>

namespace peyvand {

class DemoSalesFactory
{
public:
    explicit DemoSalesFactory(DemoContext &context);

    struct DealWithHistory
    {
        Deal deal;
        QList<DealStageChange> history; // oldest first, as BulkLoader::addDeal takes it
    };
    DealWithHistory deal(const Customer &c, const QList<qint64> &contactIds);
    QList<Activity> activities(const Customer &c, const QList<qint64> &contactIds);
    // Orders of the customer; the first ones belong to its won deals.
    QList<Order> orders(const Customer &c, const QList<qint64> &wonDeals);
    std::optional<ServiceRequest> request(const Customer &c, const QList<qint64> &orderIds);

private:
    void walkOrder(Order &o, bool legal, qint64 ownerId);

    DemoContext &m_context;
    int m_nextOpenStage[2] = { 0, 0 }; // B2B, B2C
};

} // namespace peyvand
