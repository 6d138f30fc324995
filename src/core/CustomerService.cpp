#include "CustomerService.h"

#include "AccessPolicy.h"
#include "AuditTrail.h"
#include "AuditValues.h"
#include "ConcurrentChangeError.h"
#include "CustomerValidator.h"
#include "IranianIds.h"
#include "Ownership.h"
#include "PhoneNumber.h"
#include "ValidationError.h"

namespace peyvand {

CustomerService::CustomerService(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

void CustomerService::checkReferences(const Customer &c) const
{
    if (c.ownerId != 0 && !m_store.users().get(c.ownerId))
        throw NotFoundError(QStringLiteral("owner"), QStringLiteral("user"), QString::number(c.ownerId));
    if (c.kind == CustomerKind::Legal && c.legal.parentId) {
        const auto parentKind = m_store.customers().kindOf(*c.legal.parentId);
        if (!parentKind)
            throw NotFoundError(QStringLiteral("parent_id"), QStringLiteral("customer"),
                                QString::number(*c.legal.parentId));
        if (*parentKind != CustomerKind::Legal || *c.legal.parentId == c.id)
            throw ValidationError(QStringLiteral("parent_id"), QStringLiteral("wrong_kind"),
                                  QStringLiteral("a parent company must be another legal entity"),
                                  QStringLiteral("شرکت مادر باید یک مشتری حقوقی دیگر باشد"));
    }
    if (c.kind == CustomerKind::Individual && c.individual.householdId
        && !m_store.customers().household(*c.individual.householdId))
        throw NotFoundError(QStringLiteral("household_id"), QStringLiteral("household"),
                            QString::number(*c.individual.householdId));
}

void CustomerService::checkDuplicates(const Customer &c) const
{
    const QString identifier = c.nationalIdentifier();
    if (identifier.isEmpty())
        return;
    const auto existing = m_store.customers().findByNationalIdentifier(identifier);
    if (existing && *existing != c.id) {
        const bool legal = c.kind == CustomerKind::Legal;
        throw ValidationError(legal ? QStringLiteral("national_id") : QStringLiteral("national_code"),
                              QStringLiteral("duplicate"),
                              QStringLiteral("customer %1 already has %2").arg(*existing).arg(identifier),
                              QStringLiteral("مشتری دیگری (شماره %1) با همین %2 ثبت شده است")
                                  .arg(*existing)
                                  .arg(legal ? QStringLiteral("شناسه ملی") : QStringLiteral("کد ملی")));
    }
}

qint64 CustomerService::create(Customer customer)
{
    const User &actor = m_store.actor();
    customer.id = 0;
    customer.ownerId = Ownership::defaultOwner(actor, Permission::EditCustomers, customer.ownerId);
    Ownership::requireCreate(actor, Permission::EditCustomers, customer.ownerId);
    CustomerValidator::normalise(customer, m_clock.now().toLocalTime().date());
    checkReferences(customer);
    checkDuplicates(customer);
    customer.createdAt = customer.createdAt.isValid() ? customer.createdAt : m_clock.now();
    customer.updatedAt = m_clock.now();
    qint64 id = 0;
    m_store.transaction([&] {
        id = m_store.customers().add(customer);
        const auto stored = m_store.customers().get(id);
        AuditTrail::record(m_store, m_clock, QStringLiteral("create"), QStringLiteral("customer"), id, nullptr,
                           AuditValues::customer(stored.value_or(customer)));
    });
    return id;
}

qint64 CustomerService::update(Customer customer)
{
    AccessPolicy::require(m_store.actor(), Permission::EditCustomers);
    const auto stored = m_store.customers().get(customer.id);
    if (!stored)
        throw NotFoundError(QStringLiteral("customer_id"), QStringLiteral("customer"), QString::number(customer.id));
    const Customer &existing = *stored;
    Ownership::requireChange(m_store.actor(), Permission::EditCustomers, existing.ownerId, customer.ownerId);
    // Before the checks below, which would otherwise judge someone else's data.
    ConcurrentChangeError::require(QStringLiteral("customer"), customer.id, existing.version, customer.version);
    if (existing.kind != customer.kind)
        throw ValidationError(QStringLiteral("kind"), QStringLiteral("immutable"),
                              QStringLiteral("a customer's kind cannot change"),
                              QStringLiteral("نوع مشتری (حقیقی/حقوقی) قابل تغییر نیست"));
    CustomerValidator::normalise(customer, m_clock.now().toLocalTime().date());
    checkReferences(customer);
    checkDuplicates(customer);
    customer.createdAt = existing.createdAt;
    customer.updatedAt = m_clock.now();
    qint64 version = 0;
    m_store.transaction([&] {
        version = m_store.customers().update(customer);
        const auto after = m_store.customers().get(customer.id);
        AuditTrail::record(m_store, m_clock, QStringLiteral("update"), QStringLiteral("customer"), customer.id,
                           AuditValues::customer(existing), AuditValues::customer(after.value_or(customer)));
    });
    return version;
}

Customer CustomerService::get(qint64 id) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    auto c = m_store.customers().get(id);
    if (!c)
        throw NotFoundError(QStringLiteral("customer_id"), QStringLiteral("customer"), QString::number(id));
    return *c;
}

QList<CustomerRow> CustomerService::search(const CustomerQuery &query) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.customers().list(query);
}

QList<qint64> CustomerService::findByPhone(const QString &anyForm) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.customers().findByPhone(PhoneNumber::normalise(anyForm));
}

std::optional<qint64> CustomerService::findByNationalIdentifier(const QString &anyForm) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    QString digits = IranianIds::digitsOnly(anyForm);
    if (digits.size() == 11)
        digits = IranianIds::normaliseLegalNationalId(digits, QStringLiteral("national_id"));
    else
        digits = IranianIds::normaliseNationalCode(digits, QStringLiteral("national_id"));
    return m_store.customers().findByNationalIdentifier(digits);
}

} // namespace peyvand
