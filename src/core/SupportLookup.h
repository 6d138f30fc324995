#pragma once
// The support desk's one lookup box: whatever a caller gives (an order number,
// a mobile or landline in any form, a national code or legal national ID, part
// of a name) finds the customer with every order's current status and the
// open service requests.
#include "CustomerQuery.h"
#include "DataStore.h"
#include "Order.h"
#include "ServiceRequest.h"

namespace peyvand {

enum class LookupKey { OrderNumber, Phone, NationalId, Name };

struct LookupOrder
{
    qint64 id = 0;
    QString number;
    OrderStatus status = OrderStatus::Registered;
    QDateTime changedAt; // when the status last changed
    QString trackingCode;
    qint64 total = 0;
    QDateTime createdAt;
    qint64 version = 0; // the order's, for a status change that checks it
};

struct LookupMatch
{
    CustomerRow customer;
    LookupKey matchedBy = LookupKey::Name;
    QString matchedOrderNumber; // when found by an order number
    QList<LookupOrder> orders; // newest first
    QList<ServiceRequest> openRequests; // not resolved, most urgent first
};

struct LookupResult
{
    QString query; // normalised: Latin digits, Persian letters
    QList<LookupMatch> matches; // empty: nothing found (not an error)
    bool more = false; // more customers matched than `limit`
};

class SupportLookup
{
public:
    explicit SupportLookup(DataStore &store);
    // Blank text gives no matches. Never throws for text that matches nothing.
    // Needs read_customers (orders carry their totals, never deal amounts).
    LookupResult find(const QString &text, int limit = 20, int ordersPerCustomer = 50) const;

private:
    DataStore &m_store;
};

} // namespace peyvand
