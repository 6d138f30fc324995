#include "DemoCustomerFactory.h"

#include "DemoWords.h"
#include "IranianIds.h"

namespace peyvand {

namespace {

const QString kMain = QStringLiteral("اصلی");
const QString kPlate = QStringLiteral("، پلاک ");
const QString kCompany = QStringLiteral("شرکت ");
const QString kHeadOffice = QStringLiteral("دفتر مرکزی");
const QString kManagersMobile = QStringLiteral("موبایل مدیر");
const QString kMobile = QStringLiteral("موبایل");
const QString kPreferences = QStringLiteral("ترجیح تماس عصرها؛ علاقه‌مند به ");

} // namespace

DemoCustomerFactory::DemoCustomerFactory(DemoContext &context)
    : m_context(context)
{
}

QString DemoCustomerFactory::digits(quint64 value, int width)
{
    char buffer[24];
    int i = int(sizeof buffer);
    do {
        buffer[--i] = char('0' + value % 10);
        value /= 10;
    } while (value && i > 0);
    while (int(sizeof buffer) - i < width && i > 0)
        buffer[--i] = '0';
    return QString::fromLatin1(buffer + i, qsizetype(sizeof buffer) - i);
}

// Unique identifiers from the customer's sequence number: multiplying by a
// number coprime to the modulus is a bijection, so no two customers collide.
QString DemoCustomerFactory::nationalCode(qint64 n) const
{
    const QString nine = digits((quint64(n) * 104729ULL + m_context.seed() * 7ULL + 100000000ULL) % 1000000000ULL, 9);
    return nine + IranianIds::nationalCodeCheckDigit(nine);
}

QString DemoCustomerFactory::legalId(qint64 n) const
{
    const QString ten = QLatin1Char('1') + digits((quint64(n) * 7919ULL + m_context.seed()) % 1000000000ULL, 9);
    return ten + IranianIds::legalNationalIdCheckDigit(ten);
}

QString DemoCustomerFactory::mobile(qint64 n) const
{
    static const char *prefixes[] = { "0912", "0935", "0919", "0901", "0936", "0910", "0917", "0938" };
    const quint64 body = (quint64(n) * 7919ULL + m_context.seed()) % 10000000ULL;
    return QLatin1String(prefixes[n % 8]) + digits(body, 7);
}

QString DemoCustomerFactory::postalCode()
{
    // Iranian postal codes avoid 0 and 2 in the first five digits, and the fifth is never 5 or 8.
    static const char first[] = "13456789";
    static const char fifth[] = "134679";
    static const char rest[] = "013456789";
    char code[10];
    for (int i = 0; i < 4; ++i)
        code[i] = first[m_context.uniform(0, 7)];
    code[4] = fifth[m_context.uniform(0, 5)];
    for (int i = 5; i < 10; ++i)
        code[i] = rest[m_context.uniform(0, 8)];
    return QString::fromLatin1(code, 10);
}

Customer DemoCustomerFactory::customer(qint64 n)
{
    const DemoWords &w = DemoWords::instance();
    DemoContext &x = m_context;
    Customer c;
    const bool legal = n % 5 == 0;
    c.kind = legal ? CustomerKind::Legal : CustomerKind::Individual;
    c.ownerId = x.pickId(x.reps);
    static const Lifecycle lifecycles[] = { Lifecycle::Lead,     Lifecycle::Prospect, Lifecycle::Customer,
                                            Lifecycle::Customer, Lifecycle::Customer, Lifecycle::Inactive };
    c.lifecycle = lifecycles[x.uniform(0, 5)];
    c.source = static_cast<SourceChannel>(x.uniform(0, 5));
    if (x.chance(0.15))
        c.tags << x.pick(w.tags);
    c.doNotSms = x.chance(0.05);
    c.doNotCall = x.chance(0.02);
    const DemoWords::City &city = x.pick(w.cities);
    const QString &street = x.pick(w.streets);
    const int plate = x.uniform(1, 400);
    c.addresses << Address { kMain, city.province, city.name, street + kPlate + QString::number(plate),
                             x.chance(0.7) ? postalCode() : QString() };
    c.createdAt = DemoContext::utc(x.pastMoment(1100));
    c.updatedAt = c.createdAt;
    if (legal) {
        LegalDetails &d = c.legal;
        const QString &word1 = x.pick(w.companyWords);
        const QString &word2 = x.pick(w.companyWords);
        const QString &form = x.pick(w.companyForms);
        d.companyName = kCompany + word1 + u' ' + word2 + QLatin1String(" (") + form + u')';
        d.nationalId = legalId(n);
        d.economicCode = QLatin1Char('4') + digits((quint64(n) * 15485863ULL) % 100000000000ULL, 11);
        d.registrationNo = QString::number(10000 + (n * 37) % 900000);
        d.registrationDate = x.asOf().addDays(-x.uniform(400, 9000));
        d.industry = x.pick(w.industries);
        d.employees = x.chance(0.8) ? x.uniform(5, 250) : x.uniform(251, 8000);
        d.website = QLatin1String("https://www.co") + QString::number(n) + QLatin1String(".ir");
        c.phones << PhoneEntry {
            QLatin1Char('0') + city.areaCode + digits(20000000 + (quint64(n) * 104729ULL) % 80000000ULL, 8), kHeadOffice
        };
        if (x.chance(0.5))
            c.phones << PhoneEntry { mobile(n), kManagersMobile };
    } else {
        IndividualDetails &d = c.individual;
        const bool male = x.chance(0.5);
        const DemoWords::Name &first = x.pick(male ? w.maleFirstNames : w.femaleFirstNames);
        const DemoWords::Name &last = x.pick(w.lastNames);
        d.firstName = first.persian;
        d.lastName = last.persian;
        if (x.chance(0.85))
            d.nationalCode = nationalCode(n);
        if (x.chance(0.4))
            d.email = first.latin + u'.' + last.latin + QString::number(n) + QLatin1String("@example.ir");
        d.birthDate = x.asOf().addDays(-x.uniform(18 * 365, 75 * 365));
        if (x.chance(0.3))
            d.loyaltyCard = QLatin1String("6104") + digits((quint64(n) * 9973ULL) % 1000000000000ULL, 12);
        if (x.chance(0.1))
            d.preferences = kPreferences + x.pick(w.products).name;
        c.phones << PhoneEntry { mobile(n), kMobile };
    }
    return c;
}

QList<ContactPerson> DemoCustomerFactory::contacts(const Customer &company)
{
    const DemoWords &w = DemoWords::instance();
    DemoContext &x = m_context;
    QList<ContactPerson> out;
    const int count = x.uniform(2, 4);
    for (int i = 0; i < count; ++i) {
        ContactPerson p;
        p.customerId = company.id;
        const bool male = x.chance(0.6);
        p.firstName = x.pick(male ? w.maleFirstNames : w.femaleFirstNames).persian;
        p.lastName = x.pick(w.lastNames).persian;
        p.jobTitle = x.pick(w.jobTitles);
        p.role = static_cast<BuyingRole>(x.uniform(0, 5));
        p.influence = x.uniform(1, 5);
        p.attitude = static_cast<Attitude>(x.uniform(0, 2));
        if (x.chance(0.7))
            p.mobile = mobile(company.id * 7 + i + 3000000);
        out << p;
    }
    return out;
}

} // namespace peyvand
