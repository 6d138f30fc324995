#include "ContactService.h"

#include "AccessPolicy.h"
#include "AuditTrail.h"
#include "AuditValues.h"
#include "ConcurrentChangeError.h"
#include "IranianIds.h"
#include "PersianText.h"
#include "PhoneNumber.h"
#include "ValidationError.h"

namespace peyvand {

namespace {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace

ContactService::ContactService(DataStore &store)
    : ContactService(store, systemClock())
{
}

ContactService::ContactService(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
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

qint64 ContactService::checkCustomer(qint64 customerId) const
{
    const auto customer = m_store.customers().get(customerId);
    if (!customer)
        throw NotFoundError(QStringLiteral("customer_id"), QStringLiteral("customer"), QString::number(customerId));
    if (customer->kind != CustomerKind::Legal)
        throw ValidationError(
            QStringLiteral("customer_id"), QStringLiteral("not_legal"),
            QStringLiteral("contacts belong to legal-entity customers only"),
            QStringLiteral("افراد رابط فقط برای مشتریان حقوقی ثبت می‌شوند"));
    return customer->ownerId;
}

qint64 ContactService::add(ContactPerson contact)
{
    const User &actor = m_store.actor();
    AccessPolicy::require(actor, Permission::EditCustomers);
    normalise(contact);
    AccessPolicy::requireOn(actor, Permission::EditCustomers, checkCustomer(contact.customerId));
    qint64 id = 0;
    m_store.transaction([&] {
        id = m_store.contacts().add(contact);
        const auto stored = m_store.contacts().get(id);
        contact.id = id;
        AuditTrail::record(m_store, m_clock, QStringLiteral("create"), QStringLiteral("contact"), id, nullptr,
                           AuditValues::contact(stored.value_or(contact)));
    });
    return id;
}

qint64 ContactService::update(ContactPerson contact)
{
    const User &actor = m_store.actor();
    AccessPolicy::require(actor, Permission::EditCustomers);
    normalise(contact);
    const qint64 owner = checkCustomer(contact.customerId);
    const auto existing = m_store.contacts().get(contact.id);
    if (!existing)
        throw NotFoundError(QStringLiteral("contact_id"), QStringLiteral("contact"), QString::number(contact.id));
    AccessPolicy::requireOn(actor, Permission::EditCustomers, owner);
    if (existing->customerId != contact.customerId) // moved from another company: that one changes too
        AccessPolicy::requireOn(actor, Permission::EditCustomers, checkCustomer(existing->customerId));
    ConcurrentChangeError::require(QStringLiteral("contact"), contact.id, existing->version, contact.version);
    qint64 version = 0;
    m_store.transaction([&] {
        version = m_store.contacts().update(contact);
        const auto stored = m_store.contacts().get(contact.id);
        AuditTrail::record(m_store, m_clock, QStringLiteral("update"), QStringLiteral("contact"), contact.id,
                           AuditValues::contact(*existing), AuditValues::contact(stored.value_or(contact)));
    });
    return version;
}

QList<ContactPerson> ContactService::forCustomer(qint64 customerId) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.contacts().forCustomer(customerId);
}

} // namespace peyvand
