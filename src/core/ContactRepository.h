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
    // As CustomerRepository::update: checks contact.version (0: not checked),
    // returns the new version.
    virtual qint64 update(const ContactPerson &contact) = 0;
    virtual std::optional<ContactPerson> get(qint64 id) const = 0;
    virtual QList<ContactPerson> forCustomer(qint64 customerId) const = 0;
    // Contacts whose name, job title, phone or e-mail contains every term of
    // `text` (normalised as customer search is), at most `limit`.
    // The companies (customer ids, ascending, distinct) of the contacts whose
    // mobile or phone is this canonical number (PhoneNumber's national form).
    virtual QList<qint64> customersByPhone(const QString &canonical) const = 0;
    virtual QList<ContactPerson> search(const QString &text, int limit) const = 0;
};

} // namespace peyvand
