#include "CustomerValidator.h"

#include "IranianIds.h"
#include "PersianText.h"
#include "PhoneNumber.h"
#include "ValidationError.h"

namespace peyvand::CustomerValidator {

namespace {

QString tidy(const QString &s)
{
    return PersianText::tidy(s);
}

void require(const QString &value, const QString &field, const QString &persianName)
{
    if (value.isEmpty())
        throw ValidationError(field, QStringLiteral("required"), QStringLiteral("%1 is required").arg(field),
                              QStringLiteral("%1 را وارد کنید").arg(persianName));
}

void normaliseLegal(LegalDetails &d)
{
    d.companyName = tidy(d.companyName);
    require(d.companyName, QStringLiteral("company_name"), QStringLiteral("نام شرکت"));
    if (!d.nationalId.trimmed().isEmpty())
        d.nationalId = IranianIds::normaliseLegalNationalId(d.nationalId);
    else
        d.nationalId.clear();
    if (!d.economicCode.trimmed().isEmpty())
        d.economicCode = IranianIds::normaliseEconomicCode(d.economicCode);
    else
        d.economicCode.clear();
    d.registrationNo = PersianText::toLatinDigits(tidy(d.registrationNo));
    d.industry = tidy(d.industry);
    d.website = d.website.trimmed();
    if (d.employees < 0)
        throw ValidationError(QStringLiteral("employees"), QStringLiteral("negative"),
                              QStringLiteral("employees must not be negative"),
                              QStringLiteral("تعداد کارکنان نمی‌تواند منفی باشد"));
}

void normaliseIndividual(IndividualDetails &d, const QDate &today)
{
    d.firstName = tidy(d.firstName);
    d.lastName = tidy(d.lastName);
    require(d.lastName.isEmpty() ? d.firstName : d.lastName, QStringLiteral("last_name"),
            QStringLiteral("نام خانوادگی"));
    if (!d.nationalCode.trimmed().isEmpty())
        d.nationalCode = IranianIds::normaliseNationalCode(d.nationalCode);
    else
        d.nationalCode.clear();
    if (!d.email.trimmed().isEmpty())
        d.email = IranianIds::normaliseEmail(d.email);
    else
        d.email.clear();
    if (d.birthDate.isValid() && d.birthDate > today)
        throw ValidationError(QStringLiteral("birth_date"), QStringLiteral("future"),
                              QStringLiteral("birth date is in the future"),
                              QStringLiteral("تاریخ تولد نمی‌تواند در آینده باشد"));
    d.preferences = tidy(d.preferences);
    d.loyaltyCard = PersianText::toLatinDigits(d.loyaltyCard.trimmed());
}

} // namespace

void normalise(Customer &c, const QDate &today)
{
    if (c.kind == CustomerKind::Legal)
        normaliseLegal(c.legal);
    else
        normaliseIndividual(c.individual, today);

    QList<PhoneEntry> phones;
    for (PhoneEntry p : c.phones) {
        if (p.number.trimmed().isEmpty())
            continue;
        p.number = PhoneNumber::normalise(p.number, QStringLiteral("phone"));
        p.label = tidy(p.label);
        bool seen = false;
        for (const PhoneEntry &q : phones)
            seen = seen || q.number == p.number;
        if (!seen)
            phones << p;
    }
    c.phones = phones;

    for (Address &a : c.addresses) {
        a.label = tidy(a.label);
        a.province = tidy(a.province);
        a.city = tidy(a.city);
        a.line = tidy(a.line);
        if (!a.postalCode.trimmed().isEmpty())
            a.postalCode = IranianIds::normalisePostalCode(a.postalCode);
        else
            a.postalCode.clear();
    }
    QStringList tags;
    for (const QString &t : c.tags) {
        const QString tag = tidy(t);
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    c.tags = tags;
}

} // namespace peyvand::CustomerValidator
