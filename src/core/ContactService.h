#pragma once
// Use cases on the contact persons of legal entities (the buying center):
// validated, normalised, and only ever attached to a legal-entity customer.
#include "DataStore.h"

namespace peyvand {

class ContactService
{
public:
    explicit ContactService(DataStore &store);

    // Brings every field to its canonical form; throws ValidationError.
    static void normalise(ContactPerson &contact);

    qint64 add(ContactPerson contact); // returns the new id
    // As CustomerService::update: checks contact.version, returns the new one.
    qint64 update(ContactPerson contact);
    QList<ContactPerson> forCustomer(qint64 customerId) const;

private:
    void checkCustomer(qint64 customerId) const;

    DataStore &m_store;
};

} // namespace peyvand
