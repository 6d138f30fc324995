#pragma once
// Contact persons of legal-entity customers.
#include "ContactPerson.h"

#include <QList>
#include <optional>

namespace peyvand {

class ContactRepository
{
public:
    virtual ~ContactRepository() = default;
    virtual qint64 add(const ContactPerson &contact) = 0;
    virtual void update(const ContactPerson &contact) = 0;
    virtual std::optional<ContactPerson> get(qint64 id) const = 0;
    virtual QList<ContactPerson> forCustomer(qint64 customerId) const = 0;
};

} // namespace peyvand
