#pragma once
// Customers, their phones and addresses, households and the search index over
// their normalised text. Implementations keep all SQL to themselves.
#include "CustomerQuery.h"
#include "Household.h"

#include <QList>
#include <optional>

namespace peyvand {

// A stored customer found by one of its keys (the bulk duplicate checks of imports).
struct CustomerKeyMatch
{
    QString key; // the national identifier or phone number looked up
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Individual;
    QString nationalId; // the customer's national code or legal national ID, empty if none
};

class CustomerRepository
{
public:
    virtual ~CustomerRepository() = default;

    virtual qint64 add(const Customer &customer) = 0; // returns the new id
    // Saves the customer with its phones, addresses and tags when its stored
    // version is still customer.version (0: not checked) and returns the new
    // version (one more). Someone else's save since: ConcurrentChangeError; the
    // customer is gone: NotFoundError. Nothing is written then.
    virtual qint64 update(const Customer &customer) = 0;
    virtual std::optional<Customer> get(qint64 id) const = 0;
    virtual bool exists(qint64 id) const = 0;
    virtual std::optional<CustomerKind> kindOf(qint64 id) const = 0;

    // Exact lookups on canonical values.
    virtual std::optional<qint64> findByNationalIdentifier(const QString &canonical) const = 0;
    virtual QList<qint64> findByPhone(const QString &canonical) const = 0;
    // List rows of these customers, in the order given (unknown ids skipped).
    virtual QList<CustomerRow> rows(const QList<qint64> &ids) const = 0;
    // Bulk exact lookups for imports, a few hundred keys per query: the customers
    // with these canonical national identifiers (national codes or legal national
    // IDs), and the customers of `kind` with these canonical phone numbers (the
    // lowest id when several share one). Keys that match nothing are left out.
    virtual QList<CustomerKeyMatch> matchNationalIdentifiers(const QStringList &canonical) const = 0;
    virtual QList<CustomerKeyMatch> matchPhones(CustomerKind kind, const QStringList &canonical) const = 0;
    // Customers of the kind whose name is the same once normalised (duplicate checks).
    virtual QList<qint64> findSameName(CustomerKind kind, const QString &name, int limit) const = 0;

    virtual QList<CustomerRow> list(const CustomerQuery &query) const = 0;
    virtual qint64 count(const CustomerQuery &query) const = 0;
    // The key of the row at `position` (0-based) of the query's order, for a
    // list that jumps far: list() with `after` set to it continues from there.
    virtual std::optional<CustomerCursor> cursorAt(const CustomerQuery &query, qint64 position) const = 0;
    // count(), but it stops at `limit`: cheap at any size, for "is this list large?".
    virtual qint64 countAtMost(const CustomerQuery &query, qint64 limit) const = 0;
    // Every id the query matches, in its order (limit and cursor ignored): a
    // large list's count and the position of every row in one walk, which the
    // desktop app runs off the UI thread and then reads pages of with rows().
    virtual QList<qint64> orderedIds(const CustomerQuery &query) const = 0;

    virtual qint64 addHousehold(const Household &household) = 0;
    virtual std::optional<Household> household(qint64 id) const = 0;
    virtual QList<qint64> householdMembers(qint64 householdId) const = 0;
};

} // namespace peyvand
