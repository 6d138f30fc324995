#pragma once
// Demo customers of both kinds (about one legal entity in five) with valid,
// unique identifiers derived from their sequence number, and the contact
// persons of the legal entities.
#include "ContactPerson.h"
#include "Customer.h"
#include "DemoContext.h"

namespace peyvand {

class DemoCustomerFactory
{
public:
    explicit DemoCustomerFactory(DemoContext &context);

    // The n-th demo customer (n counts from 1 over the whole file).
    Customer customer(qint64 n);
    QList<ContactPerson> contacts(const Customer &company);

    // `value` in decimal, zero-padded to `width` digits.
    static QString digits(quint64 value, int width);

private:
    QString nationalCode(qint64 n) const;
    QString legalId(qint64 n) const;
    QString mobile(qint64 n) const;
    QString postalCode();

    DemoContext &m_context;
};

} // namespace peyvand
