#pragma once
// Customers for the PostgreSQL repository tests, as StorageRoundTripTest
// builds them, and a field-by-field comparison.
#include "PgRepoStore.h"

namespace peyvand::testing {

inline const QDateTime kT0(QDate(2024, 10, 1), QTime(7, 15, 30), Qt::UTC);

inline qint64 addUser(PgRepoStore &s, const QString &username, UserRole role = UserRole::SalesRep)
{
    return s.users->add(User { 0, username, QStringLiteral("کاربر ") + username, role, true });
}

inline Customer fullLegal(qint64 ownerId)
{
    Customer c = peyvand::testing::legalEntity(QStringLiteral("شرکت فولاد پارس"),
                                               peyvand::testing::validLegalId(QStringLiteral("1038028479")),
                                               QStringLiteral("02188776655"), QStringLiteral("تهران"));
    c.ownerId = ownerId;
    c.lifecycle = Lifecycle::Customer;
    c.source = SourceChannel::Dealer;
    c.tags = QStringList { QStringLiteral("صنعتی"), QStringLiteral("VIP") };
    c.doNotCall = true;
    c.phones << PhoneEntry { QStringLiteral("09121112233"), QStringLiteral("موبایل مدیر") };
    c.addresses.front().province = QStringLiteral("تهران");
    c.addresses.front().line = QStringLiteral("خیابان ولیعصر، پلاک ۱۲");
    c.addresses.front().postalCode = QStringLiteral("1345678901");
    c.addresses << Address { QStringLiteral("کارخانه"), QStringLiteral("البرز"), QStringLiteral("کرج"),
                             QStringLiteral("شهرک صنعتی"), QString() };
    c.legal.economicCode = QStringLiteral("411111111111");
    c.legal.registrationNo = QStringLiteral("12345");
    c.legal.registrationDate = QDate(2001, 5, 6);
    c.legal.industry = QStringLiteral("فولاد");
    c.legal.employees = 850;
    c.legal.website = QStringLiteral("https://pars-steel.ir");
    c.createdAt = kT0;
    c.updatedAt = kT0.addSecs(3600);
    return c;
}

inline void expectSameCustomer(const Customer &a, const Customer &b)
{
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.ownerId, b.ownerId);
    EXPECT_EQ(a.lifecycle, b.lifecycle);
    EXPECT_EQ(a.source, b.source);
    EXPECT_EQ(a.tags, b.tags);
    EXPECT_EQ(a.doNotCall, b.doNotCall);
    EXPECT_EQ(a.doNotSms, b.doNotSms);
    ASSERT_EQ(a.phones.size(), b.phones.size());
    for (qsizetype i = 0; i < a.phones.size(); ++i) {
        EXPECT_EQ(a.phones[i].number, b.phones[i].number) << "phone " << i;
        EXPECT_EQ(a.phones[i].label, b.phones[i].label) << "phone " << i;
    }
    ASSERT_EQ(a.addresses.size(), b.addresses.size());
    for (qsizetype i = 0; i < a.addresses.size(); ++i) {
        EXPECT_EQ(a.addresses[i].label, b.addresses[i].label);
        EXPECT_EQ(a.addresses[i].province, b.addresses[i].province);
        EXPECT_EQ(a.addresses[i].city, b.addresses[i].city);
        EXPECT_EQ(a.addresses[i].line, b.addresses[i].line);
        EXPECT_EQ(a.addresses[i].postalCode, b.addresses[i].postalCode);
    }
    EXPECT_EQ(a.createdAt, b.createdAt);
    EXPECT_EQ(a.updatedAt, b.updatedAt);
    if (a.kind == CustomerKind::Legal) {
        EXPECT_EQ(a.legal.companyName, b.legal.companyName);
        EXPECT_EQ(a.legal.nationalId, b.legal.nationalId);
        EXPECT_EQ(a.legal.economicCode, b.legal.economicCode);
        EXPECT_EQ(a.legal.registrationNo, b.legal.registrationNo);
        EXPECT_EQ(a.legal.registrationDate, b.legal.registrationDate);
        EXPECT_EQ(a.legal.industry, b.legal.industry);
        EXPECT_EQ(a.legal.employees, b.legal.employees);
        EXPECT_EQ(a.legal.website, b.legal.website);
        EXPECT_EQ(a.legal.parentId, b.legal.parentId);
    } else {
        EXPECT_EQ(a.individual.firstName, b.individual.firstName);
        EXPECT_EQ(a.individual.lastName, b.individual.lastName);
        EXPECT_EQ(a.individual.nationalCode, b.individual.nationalCode);
        EXPECT_EQ(a.individual.email, b.individual.email);
        EXPECT_EQ(a.individual.birthDate, b.individual.birthDate);
        EXPECT_EQ(a.individual.preferences, b.individual.preferences);
        EXPECT_EQ(a.individual.loyaltyCard, b.individual.loyaltyCard);
        EXPECT_EQ(a.individual.householdId, b.individual.householdId);
        EXPECT_EQ(a.individual.householdRole, b.individual.householdRole);
        EXPECT_EQ(a.individual.householdDecides, b.individual.householdDecides);
    }
}

} // namespace peyvand::testing
