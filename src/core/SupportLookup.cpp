#include "SupportLookup.h"

#include "AccessPolicy.h"
#include "LookupText.h"
#include "PersianText.h"

#include <QHash>
#include <algorithm>

namespace peyvand {

SupportLookup::SupportLookup(DataStore &store)
    : m_store(store)
{
}

LookupResult SupportLookup::find(const QString &text, int limit, int ordersPerCustomer) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    const LookupText key = LookupText::classify(text);
    LookupResult result;
    result.query = key.isNumber ? key.digits : key.normalised;
    if (key.isEmpty() || limit <= 0)
        return result;

    // Customer ids in the order found, with how each was found; every step is
    // an exact lookup on an index.
    QList<qint64> ids;
    QHash<qint64, LookupKey> how;
    QHash<qint64, QString> orderNumbers;
    auto take = [&](qint64 id, LookupKey by) {
        if (!how.contains(id)) {
            ids << id;
            how.insert(id, by);
        }
    };
    if (key.isNumber) {
        if (const auto orderId = m_store.orders().idByNumber(key.digits)) {
            if (const auto order = m_store.orders().get(*orderId)) {
                take(order->customerId, LookupKey::OrderNumber);
                orderNumbers.insert(order->customerId, order->number);
            }
        }
        if (!key.nationalId.isEmpty())
            if (const auto id = m_store.customers().findByNationalIdentifier(key.nationalId))
                take(*id, LookupKey::NationalId);
        if (!key.phone.isEmpty()) {
            for (qint64 id : m_store.customers().findByPhone(key.phone))
                take(id, LookupKey::Phone);
            for (qint64 id : m_store.contacts().customersByPhone(key.phone))
                take(id, LookupKey::Phone);
        }
    } else {
        // By id, so a common fragment ("کریم": ~20,000 customers in a
        // million) stops after limit + 1 matches instead of sorting them all
        // by name; the shown ones are put in name order below.
        CustomerQuery q;
        q.text = key.normalised;
        q.sort = CustomerSort::Id;
        q.limit = limit + 1;
        for (const CustomerRow &row : m_store.customers().list(q))
            take(row.id, LookupKey::Name);
    }
    if (ids.size() > limit) {
        result.more = true;
        ids.resize(limit);
    }

    const QList<CustomerRow> rows = m_store.customers().rows(ids);
    QHash<qint64, qsizetype> matchOf;
    for (const CustomerRow &row : rows) {
        LookupMatch m;
        m.customer = row;
        m.matchedBy = how.value(row.id);
        m.matchedOrderNumber = orderNumbers.value(row.id);
        matchOf.insert(row.id, result.matches.size());
        result.matches << m;
    }
    if (ordersPerCustomer > 0) {
        for (const Order &o : m_store.orders().forCustomers(ids, ordersPerCustomer)) {
            const auto at = matchOf.find(o.customerId);
            if (at == matchOf.end())
                continue;
            result.matches[*at].orders << LookupOrder { o.id,           o.number, o.status,    o.updatedAt,
                                                        o.trackingCode, o.total,  o.createdAt, o.version };
        }
    }
    if (!key.isNumber)
        std::stable_sort(result.matches.begin(), result.matches.end(), [](const LookupMatch &a, const LookupMatch &b) {
            return PersianText::sortKey(a.customer.name) < PersianText::sortKey(b.customer.name);
        });
    for (LookupMatch &m : result.matches) {
        m.openRequests = m_store.serviceRequests().forCustomer(m.customer.id, true);
        std::stable_sort(m.openRequests.begin(), m.openRequests.end(),
                         [](const ServiceRequest &a, const ServiceRequest &b) {
                             if (a.priority != b.priority)
                                 return int(a.priority) > int(b.priority);
                             return a.createdAt < b.createdAt;
                         });
    }
    return result;
}

} // namespace peyvand
