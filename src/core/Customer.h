#pragma once
// A customer of either kind: a legal entity (B2B, حقوقی) or an individual (B2C,
// حقیقی). Common fields live here; the kind-specific ones in the two details.
#include "EnumText.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace peyvand {

enum class CustomerKind { Legal, Individual };
enum class Lifecycle { Lead, Prospect, Customer, Inactive };
enum class SourceChannel { Direct, Dealer, Network, Internet, Referral, Campaign };

template<> struct EnumInfo<CustomerKind>
{
    static constexpr std::array<EnumRow<CustomerKind>, 2> rows {
        { { CustomerKind::Legal, "legal", "حقوقی" }, { CustomerKind::Individual, "individual", "حقیقی" } }
    };
};
template<> struct EnumInfo<Lifecycle>
{
    static constexpr std::array<EnumRow<Lifecycle>, 4> rows { { { Lifecycle::Lead, "lead", "سرنخ" },
                                                                { Lifecycle::Prospect, "prospect", "مشتری بالقوه" },
                                                                { Lifecycle::Customer, "customer", "مشتری" },
                                                                { Lifecycle::Inactive, "inactive", "غیرفعال" } } };
};
template<> struct EnumInfo<SourceChannel>
{
    static constexpr std::array<EnumRow<SourceChannel>, 6> rows {
        { { SourceChannel::Direct, "direct", "فروش مستقیم" },
          { SourceChannel::Dealer, "dealer", "نمایندگی" },
          { SourceChannel::Network, "network", "فروش شبکه‌ای" },
          { SourceChannel::Internet, "internet", "اینترنت" },
          { SourceChannel::Referral, "referral", "معرفی" },
          { SourceChannel::Campaign, "campaign", "کمپین" } }
    };
};

struct PhoneEntry
{
    QString number; // canonical, 0-prefixed
    QString label; // "office", "mobile", "fax"… free text
};

struct Address
{
    QString label;
    QString province;
    QString city;
    QString line;
    QString postalCode;
};

struct LegalDetails
{
    QString companyName;
    QString nationalId; // شناسه ملی, 11 digits
    QString economicCode;
    QString registrationNo;
    QDate registrationDate;
    QString industry;
    int employees = 0;
    QString website;
    std::optional<qint64> parentId;

    // Iranian usage: up to 250 employees is an SME.
    bool isEnterprise() const { return employees > 250; }
};

struct IndividualDetails
{
    QString firstName;
    QString lastName;
    QString nationalCode; // کد ملی, 10 digits
    QString email;
    QDate birthDate;
    QString preferences;
    QString loyaltyCard;
    std::optional<qint64> householdId;
    QString householdRole; // head, spouse, child, other
    QString householdDecides; // kinds of purchase this member decides
};

struct Customer
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Individual;
    qint64 ownerId = 0; // 0: nobody
    Lifecycle lifecycle = Lifecycle::Lead;
    SourceChannel source = SourceChannel::Direct;
    QStringList tags;
    bool doNotCall = false;
    bool doNotSms = false;
    QList<PhoneEntry> phones; // first is primary; an individual's mobile comes first
    QList<Address> addresses; // first is primary
    LegalDetails legal;
    IndividualDetails individual;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Optimistic concurrency: 1 when created, one more on every save (see
    // ConcurrentChangeError). 0 on a record not read from a store: not checked.
    qint64 version = 0;

    QString displayName() const;
    // The national code of an individual or the legal national ID of a company.
    QString nationalIdentifier() const;
    QString primaryPhone() const { return phones.isEmpty() ? QString() : phones.front().number; }
    QString city() const { return addresses.isEmpty() ? QString() : addresses.front().city; }
};

} // namespace peyvand
