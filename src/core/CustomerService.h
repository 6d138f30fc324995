#pragma once
// Use cases on customers: create and update with validation and duplicate
// checks, read one whole, find by what a caller gives.
#include "Clock.h"
#include "DataStore.h"

namespace peyvand {

class CustomerService
{
public:
    CustomerService(DataStore &store, const Clock &clock);

    // Validates and normalises, refuses duplicates (same national code / legal
    // ID), and stores it. Returns the new id.
    qint64 create(Customer customer);
    // Saves the customer when nobody else saved it since it was read
    // (customer.version; 0: not checked) and returns its new version.
    // Someone else's save since: ConcurrentChangeError, nothing written.
    qint64 update(Customer customer);
    Customer get(qint64 id) const; // throws NotFoundError
    QList<CustomerRow> search(const CustomerQuery &query) const;
    // Customers whose phone is the given number in any accepted form.
    QList<qint64> findByPhone(const QString &anyForm) const;
    // The customer with this national code or legal national ID, in any digit form.
    std::optional<qint64> findByNationalIdentifier(const QString &anyForm) const;

private:
    void checkReferences(const Customer &customer) const;
    void checkDuplicates(const Customer &customer) const;

    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
