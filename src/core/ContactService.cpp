#include "ContactService.h"

#include "ConcurrentChangeError.h"
#include "IranianIds.h"
#include "PersianText.h"
#include "PhoneNumber.h"
#include "ValidationError.h"

namespace peyvand {

ContactService::ContactService(DataStore &store)
    : m_store(store)
{
}

void ContactService::normalise(ContactPerson &c)
{
    c.firstName = PersianText::tidy(c.firstName);
    c.lastName = PersianText::tidy(c.lastName);
    c.jobTitle = PersianText::tidy(c.jobTitle);
    c.notes = c.notes.trimmed();
    if (c.firstName.isEmpty() && c.lastName.isEmpty())
        throw ValidationError(QStringLiteral("last_name"), QStringLiteral("required"),
                              QStringLiteral("a contact needs a first or last name"),
                              QStringLiteral("نام یا نام خانوادگی را وارد کنید"));
    if (c.influence < 1 || c.influence > 5)
        throw ValidationError(QStringLiteral("influence"), QStringLiteral("out_of_range"),
                              QStringLiteral("influence must be between 1 and 5"),
                              QStringLiteral("میزان نفوذ باید بین ۱ و ۵ باشد"));
    c.mobile = c.mobile.trimmed().isEmpty() ? QString() : PhoneNumber::normaliseMobile(c.mobile);
    c.phone = c.phone.trimmed().isEmpty() ? QString() : PhoneNumber::normalise(c.phone);
    c.email = c.email.trimmed().isEmpty() ? QString() : IranianIds::normaliseEmail(c.email);
}

void ContactService::checkCustomer(qint64 customerId) const
{
    const auto kind = m_store.customers().kindOf(customerId);
    if (!kind)
        throw NotFoundError(QStringLiteral("customer_id"), QStringLiteral("customer"), QString::number(customerId));
    if (*kind != CustomerKind::Legal)
        throw ValidationError(
            QStringLiteral("customer_id"), QStringLiteral("not_legal"),
            QStringLiteral("contacts belong to legal-entity customers only"),
            QStringLiteral("افراد رابط فقط برای مشتریان حقوقی ثبت می‌شوند"));
}

qint64 ContactService::add(ContactPerson contact)
{
    normalise(contact);
    checkCustomer(contact.customerId);
    qint64 id = 0;
    m_store.transaction([&] { id = m_store.contacts().add(contact); });
    return id;
}

qint64 ContactService::update(ContactPerson contact)
{
    normalise(contact);
    checkCustomer(contact.customerId);
    const auto existing = m_store.contacts().get(contact.id);
    if (!existing)
        throw NotFoundError(QStringLiteral("contact_id"), QStringLiteral("contact"), QString::number(contact.id));
    ConcurrentChangeError::require(QStringLiteral("contact"), contact.id, existing->version, contact.version);
    qint64 version = 0;
    m_store.transaction([&] { version = m_store.contacts().update(contact); });
    return version;
}

QList<ContactPerson> ContactService::forCustomer(qint64 customerId) const
{
    return m_store.contacts().forCustomer(customerId);
}

} // namespace peyvand
