#pragma once
// Use cases on the contact persons of legal entities (the buying center):
// validated, normalised, and only ever attached to a legal-entity customer.
#include "Clock.h"
#include "DataStore.h"

namespace peyvand {

class ContactService
{
public:
    // Changes are recorded in the audit trail at the clock's time (the system
    // clock when none is given).
    explicit ContactService(DataStore &store);
    ContactService(DataStore &store, const Clock &clock);

    // Brings every field to its canonical form; throws ValidationError.
    static void normalise(ContactPerson &contact);

    // Adding and changing a contact person is changing its company:
    // edit_customers on the company's owner.
    qint64 add(ContactPerson contact); // returns the new id
    // As CustomerService::update: checks contact.version, returns the new one.
    qint64 update(ContactPerson contact);
    QList<ContactPerson> forCustomer(qint64 customerId) const;

private:
    // The company's owner, after checking that it exists and is a legal entity.
    qint64 checkCustomer(qint64 customerId) const;

    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
