#include "CustomerRowBuilder.h"

#include "CustomerValidator.h"
#include "ImportCells.h"
#include "IranianIds.h"
#include "JalaliDate.h"
#include "PhoneNumber.h"

#include <QRegularExpression>

namespace peyvand {

namespace {

// A phone is added once; the kind's main number (an individual's mobile, a
// company's phone) goes first, so that it becomes the primary one.
void addPhone(Customer &c, const QString &number, const QString &label, bool primary)
{
    for (const PhoneEntry &p : c.phones)
        if (p.number == number)
            return;
    if (primary)
        c.phones.prepend(PhoneEntry { number, label });
    else
        c.phones.append(PhoneEntry { number, label });
}

} // namespace

CustomerRowBuilder::CustomerRowBuilder(const ImportMapping &mapping, const QDate &today, TextEncoding encoding)
    : m_mapping(mapping)
    , m_today(today)
    , m_encoding(encoding)
    , m_kind(mapping.kind() == ImportKind::Legal ? CustomerKind::Legal : CustomerKind::Individual)
{
}

Customer CustomerRowBuilder::blank() const
{
    Customer c;
    c.kind = m_kind;
    return c;
}

ImportProblems CustomerRowBuilder::apply(const CsvRecord &record, qint64 row, Customer &c) const
{
    ImportProblems problems = ImportCells::invalidText(record, m_mapping, row, m_encoding);
    if (m_kind == CustomerKind::Legal)
        applyLegal(record, row, c, problems);
    else
        applyIndividual(record, row, c, problems);
    applyPhones(record, row, c, problems);
    applyAddress(record, row, c, problems);
    ImportCells::read(record, m_mapping, row, ImportField::Tags, problems, [&](const QString &v) {
        static const QRegularExpression separators(QStringLiteral("[,;|\u060C\u061B]"));
        for (const QString &tag : v.split(separators, Qt::SkipEmptyParts))
            c.tags << tag;
    });
    if (!problems.isEmpty())
        return problems;
    try {
        CustomerValidator::normalise(c, m_today);
    } catch (const ValidationError &e) {
        problems << ImportCells::fromRecordError(record, m_mapping, row, e);
    }
    return problems;
}

void CustomerRowBuilder::applyIndividual(const CsvRecord &record, qint64 row, Customer &c,
                                         ImportProblems &problems) const
{
    IndividualDetails &d = c.individual;
    auto read = [&](ImportField field, const std::function<void(const QString &)> &parse) {
        ImportCells::read(record, m_mapping, row, field, problems, parse);
    };
    read(ImportField::FullName, [&](const QString &v) {
        // "علی رضایی" → first name علی, last name رضایی; one word is a last name.
        const QString name = PersianText::tidy(v);
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        d.firstName = space < 0 ? QString() : name.left(space);
        d.lastName = space < 0 ? name : name.mid(space + 1);
    });
    read(ImportField::FirstName, [&](const QString &v) { d.firstName = v; });
    read(ImportField::LastName, [&](const QString &v) { d.lastName = v; });
    read(ImportField::NationalCode, [&](const QString &v) {
        d.nationalCode = IranianIds::normaliseNationalCode(v, QStringLiteral("national_code"));
    });
    read(ImportField::Email,
         [&](const QString &v) { d.email = IranianIds::normaliseEmail(v, QStringLiteral("email")); });
    read(ImportField::BirthDate,
         [&](const QString &v) { d.birthDate = JalaliDate::parseDate(v, QStringLiteral("birth_date")); });
    read(ImportField::LoyaltyCard, [&](const QString &v) { d.loyaltyCard = v; });
    read(ImportField::Preferences, [&](const QString &v) { d.preferences = v; });
}

void CustomerRowBuilder::applyLegal(const CsvRecord &record, qint64 row, Customer &c, ImportProblems &problems) const
{
    LegalDetails &d = c.legal;
    auto read = [&](ImportField field, const std::function<void(const QString &)> &parse) {
        ImportCells::read(record, m_mapping, row, field, problems, parse);
    };
    read(ImportField::CompanyName, [&](const QString &v) { d.companyName = v; });
    read(ImportField::NationalId, [&](const QString &v) {
        d.nationalId = IranianIds::normaliseLegalNationalId(v, QStringLiteral("national_id"));
    });
    read(ImportField::EconomicCode, [&](const QString &v) {
        d.economicCode = IranianIds::normaliseEconomicCode(v, QStringLiteral("economic_code"));
    });
    read(ImportField::RegistrationNo, [&](const QString &v) { d.registrationNo = v; });
    read(ImportField::RegistrationDate,
         [&](const QString &v) { d.registrationDate = JalaliDate::parseDate(v, QStringLiteral("registration_date")); });
    read(ImportField::Industry, [&](const QString &v) { d.industry = v; });
    read(ImportField::Employees,
         [&](const QString &v) { d.employees = ImportCells::wholeNumber(v, QStringLiteral("employees")); });
    read(ImportField::Website, [&](const QString &v) { d.website = v; });
}

void CustomerRowBuilder::applyPhones(const CsvRecord &record, qint64 row, Customer &c, ImportProblems &problems) const
{
    const bool individual = m_kind == CustomerKind::Individual;
    // The main number last, so that it ends up first.
    ImportCells::read(
        record, m_mapping, row, individual ? ImportField::Phone : ImportField::Mobile, problems, [&](const QString &v) {
            if (individual)
                addPhone(c, PhoneNumber::normalise(v, QStringLiteral("phone")), QStringLiteral("تلفن"), false);
            else
                addPhone(c, PhoneNumber::normaliseMobile(v, QStringLiteral("mobile")), QStringLiteral("موبایل"), false);
        });
    ImportCells::read(
        record, m_mapping, row, individual ? ImportField::Mobile : ImportField::Phone, problems, [&](const QString &v) {
            if (individual)
                addPhone(c, PhoneNumber::normaliseMobile(v, QStringLiteral("mobile")), QStringLiteral("موبایل"), true);
            else
                addPhone(c, PhoneNumber::normalise(v, QStringLiteral("phone")), QStringLiteral("دفتر"), true);
        });
}

void CustomerRowBuilder::applyAddress(const CsvRecord &record, qint64 row, Customer &c, ImportProblems &problems) const
{
    const bool any = !ImportCells::text(record, m_mapping, ImportField::Province).isEmpty()
        || !ImportCells::text(record, m_mapping, ImportField::City).isEmpty()
        || !ImportCells::text(record, m_mapping, ImportField::Address).isEmpty()
        || !ImportCells::text(record, m_mapping, ImportField::PostalCode).isEmpty();
    if (!any)
        return;
    if (c.addresses.isEmpty())
        c.addresses << Address { QStringLiteral("اصلی"), QString(), QString(), QString(), QString() };
    Address &a = c.addresses.front();
    auto read = [&](ImportField field, const std::function<void(const QString &)> &parse) {
        ImportCells::read(record, m_mapping, row, field, problems, parse);
    };
    read(ImportField::Province, [&](const QString &v) { a.province = v; });
    read(ImportField::City, [&](const QString &v) { a.city = v; });
    read(ImportField::Address, [&](const QString &v) { a.line = v; });
    read(ImportField::PostalCode,
         [&](const QString &v) { a.postalCode = IranianIds::normalisePostalCode(v, QStringLiteral("postal_code")); });
}

} // namespace peyvand
