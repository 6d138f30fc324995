#pragma once
// A person as vCard sees them, between the file and the domain: names,
// phones, e-mails, organisation, title, addresses, birthday, note. Read from
// a card (fromCard, any version) and written to one (toCard, 3.0 or 4.0).
// The national code travels as X-PEYVAND-NATIONAL-CODE, so that an exported
// file imports back with its duplicates found by national code too.
#include "VcardCard.h"

#include <QDate>

namespace peyvand {

struct VcardContact
{
    struct Phone
    {
        QString number; // as written (import) or canonical (export)
        QStringList types; // lower case: cell, voice, work, home, fax…
    };
    struct Email
    {
        QString address;
        QStringList types;
    };
    struct Address
    {
        QStringList types;
        QString street;
        QString locality; // city
        QString region; // province
        QString postalCode;
        QString country;
    };

    QString formattedName; // FN
    QString familyName; // N
    QString givenName;
    QString additionalNames;
    QList<Phone> phones;
    QList<Email> emails;
    QString organization; // ORG, its first component
    QString title; // TITLE
    QList<Address> addresses;
    QString birthday; // BDAY as an ISO date (1990-05-17), the text as written when not a date; empty: none
    QDate birthDate; // toCard: written as BDAY when valid
    QString note;
    QString nationalCode; // X-PEYVAND-NATIONAL-CODE
    QString uid;

    static VcardContact fromCard(const VcardCard &card);
    VcardCard toCard(VcardVersion version) const;
};

// The properties a contact is read from, as problems name them.
namespace VcardProperties {
inline const QString kFn = QStringLiteral("FN");
inline const QString kN = QStringLiteral("N");
inline const QString kTel = QStringLiteral("TEL");
inline const QString kEmail = QStringLiteral("EMAIL");
inline const QString kOrg = QStringLiteral("ORG");
inline const QString kTitle = QStringLiteral("TITLE");
inline const QString kAdr = QStringLiteral("ADR");
inline const QString kBday = QStringLiteral("BDAY");
inline const QString kNote = QStringLiteral("NOTE");
inline const QString kUid = QStringLiteral("UID");
inline const QString kNationalCode = QStringLiteral("X-PEYVAND-NATIONAL-CODE");
} // namespace VcardProperties

} // namespace peyvand
