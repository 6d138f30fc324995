#include "VcardExporter.h"

#include "AccessPolicy.h"
#include "PhoneNumber.h"
#include "ValidationError.h"
#include "VcardWriter.h"

#include <QIODevice>
#include <QUuid>

namespace peyvand {

namespace {

QString uid(const QString &what, qint64 id)
{
    // Stable for a record of a database: the same card updates, not duplicates,
    // an address book entry when exported again.
    static const QUuid ns = QUuid::fromString(QStringLiteral("{6f1c2d4e-8a0b-5c3d-9e7f-1a2b3c4d5e6f}"));
    return QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(ns, QStringLiteral("peyvand:%1:%2").arg(what).arg(id)).toString(QUuid::WithoutBraces);
}

VcardContact::Phone phone(const QString &number, bool work)
{
    QStringList types;
    if (!number.isEmpty() && PhoneNumber::kindOf(number) == PhoneNumber::Kind::Mobile)
        types << QStringLiteral("cell");
    else
        types << QStringLiteral("voice");
    if (work)
        types << QStringLiteral("work");
    return VcardContact::Phone { number, types };
}

void write(QIODevice &out, const VcardContact &c, VcardVersion version, bool organisation = false)
{
    VcardCard card = c.toCard(version);
    if (organisation && version == VcardVersion::V4) {
        VcardProperty kind;
        kind.name = QStringLiteral("KIND");
        kind.value = QStringLiteral("org");
        card.properties.prepend(kind);
    }
    out.write(VcardWriter::card(card));
}

} // namespace

VcardExporter::VcardExporter(DataStore &store)
    : m_store(store)
{
}

VcardContact VcardExporter::contact(const Customer &customer)
{
    VcardContact c;
    const bool legal = customer.kind == CustomerKind::Legal;
    if (legal) {
        c.formattedName = customer.legal.companyName;
        c.organization = customer.legal.companyName;
    } else {
        const IndividualDetails &d = customer.individual;
        c.givenName = d.firstName;
        c.familyName = d.lastName;
        c.formattedName = customer.displayName();
        if (!d.email.isEmpty())
            c.emails << VcardContact::Email { d.email, { QStringLiteral("home") } };
        c.birthDate = d.birthDate;
        c.note = d.preferences;
        c.nationalCode = d.nationalCode;
    }
    for (const PhoneEntry &p : customer.phones)
        c.phones << phone(p.number, legal);
    for (const Address &a : customer.addresses)
        c.addresses << VcardContact::Address { { legal ? QStringLiteral("work") : QStringLiteral("home") },
                                               a.line,
                                               a.city,
                                               a.province,
                                               a.postalCode,
                                               QStringLiteral("Iran") };
    c.uid = uid(QStringLiteral("customer"), customer.id);
    return c;
}

VcardContact VcardExporter::contact(const ContactPerson &person, const Customer &company)
{
    VcardContact c;
    c.givenName = person.firstName;
    c.familyName = person.lastName;
    c.formattedName = person.displayName();
    c.organization = company.legal.companyName;
    c.title = person.jobTitle;
    if (!person.mobile.isEmpty())
        c.phones << phone(person.mobile, false);
    if (!person.phone.isEmpty())
        c.phones << phone(person.phone, true);
    if (!person.email.isEmpty())
        c.emails << VcardContact::Email { person.email, { QStringLiteral("work") } };
    c.note = person.notes;
    c.uid = uid(QStringLiteral("contact"), person.id);
    return c;
}

qint64 VcardExporter::exportCustomers(QIODevice &out, const CustomerQuery &query, const VcardExportOptions &options)
{
    AccessPolicy::require(m_store.actor(), Permission::ExportData);
    CustomerQuery all = query;
    all.after.reset();
    const QList<qint64> ids = m_store.customers().orderedIds(all);
    qint64 written = 0;
    for (const qint64 id : ids) {
        if (options.cancel && options.cancel->load())
            break;
        const std::optional<Customer> customer = m_store.customers().get(id);
        if (!customer)
            continue;
        write(out, contact(*customer), options.version, customer->kind == CustomerKind::Legal);
        ++written;
        if (options.progress)
            options.progress(written, ids.size());
    }
    return written;
}

qint64 VcardExporter::exportContacts(QIODevice &out, qint64 companyId, const VcardExportOptions &options)
{
    AccessPolicy::require(m_store.actor(), Permission::ExportData);
    const std::optional<Customer> company = m_store.customers().get(companyId);
    if (!company)
        throw NotFoundError(QStringLiteral("company"), QStringLiteral("customer"), QString::number(companyId));
    if (company->kind != CustomerKind::Legal)
        throw ValidationError(
            QStringLiteral("company"), QStringLiteral("not_legal"),
            QStringLiteral("customer %1 is not a legal entity; only companies have contacts").arg(companyId),
            QStringLiteral("مشتری %1 حقوقی نیست؛ فقط شرکت‌ها فرد رابط دارند")
                .arg(companyId));
    const QList<ContactPerson> people = m_store.contacts().forCustomer(companyId);
    qint64 written = 0;
    for (const ContactPerson &p : people) {
        if (options.cancel && options.cancel->load())
            break;
        write(out, contact(p, *company), options.version);
        ++written;
        if (options.progress)
            options.progress(written, people.size());
    }
    return written;
}

} // namespace peyvand
