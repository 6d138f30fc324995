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
    void update(Customer customer);
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
