#include "VcardImportRecord.h"

#include "PhoneNumber.h"

namespace peyvand::VcardImportRecord {

namespace {

using namespace VcardProperties;

enum Column {
    FullName,
    LastName,
    FirstName,
    Mobile,
    Phone,
    Email,
    BirthDate,
    Street,
    City,
    Province,
    PostalCode,
    Note,
    Title,
    NationalCode,
    ColumnCount
};

QStringList header()
{
    return { kFn, kN, kN, kTel, kTel, kEmail, kBday, kAdr, kAdr, kAdr, kAdr, kNote, kTitle, kNationalCode };
}

// The index of the first entry with a PREF (or TYPE=pref), else 0.
template<typename T> qsizetype preferred(const QList<T> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].types.contains(QStringLiteral("pref")))
            return i;
    return 0;
}

} // namespace

ImportMapping mapping(ImportKind kind)
{
    ImportMapping m = ImportMapping::recognise(kind, header());
    for (ImportField f : m.fields())
        m.assign(f, -1);
    const bool contact = kind == ImportKind::Contact;
    m.assign(ImportField::FullName, FullName);
    m.assign(ImportField::LastName, LastName);
    m.assign(ImportField::FirstName, FirstName);
    m.assign(ImportField::Mobile, Mobile);
    m.assign(ImportField::Phone, Phone);
    m.assign(ImportField::Email, Email);
    if (contact) {
        m.assign(ImportField::Notes, Note);
        m.assign(ImportField::JobTitle, Title);
    } else {
        m.assign(ImportField::BirthDate, BirthDate);
        m.assign(ImportField::Address, Street);
        m.assign(ImportField::City, City);
        m.assign(ImportField::Province, Province);
        m.assign(ImportField::PostalCode, PostalCode);
        m.assign(ImportField::Preferences, Note);
        m.assign(ImportField::NationalCode, NationalCode);
    }
    return m;
}

CsvRecord record(const VcardCard &card, const VcardContact &c)
{
    CsvRecord r;
    r.line = card.line;
    r.fields = QStringList(ColumnCount, QString());
    r.fields[FullName] = c.formattedName;
    r.fields[LastName] = c.familyName;
    r.fields[FirstName] = (c.givenName + u' ' + c.additionalNames).trimmed();

    // Mobiles by number, not by TYPE: phones label numbers loosely.
    QList<VcardContact::Phone> mobiles;
    QList<VcardContact::Phone> others;
    for (const VcardContact::Phone &p : c.phones) {
        const QString canonical = PhoneNumber::tryNormalise(p.number);
        const bool mobile = canonical.isEmpty() ? p.types.contains(QStringLiteral("cell"))
                                                : PhoneNumber::kindOf(canonical) == PhoneNumber::Kind::Mobile;
        (mobile ? mobiles : others) << p;
    }
    if (!mobiles.isEmpty())
        r.fields[Mobile] = mobiles[preferred(mobiles)].number;
    if (!others.isEmpty())
        r.fields[Phone] = others[preferred(others)].number;
    if (!c.emails.isEmpty())
        r.fields[Email] = c.emails[preferred(c.emails)].address;
    r.fields[BirthDate] = c.birthday;
    if (!c.addresses.isEmpty()) {
        const VcardContact::Address &a = c.addresses[preferred(c.addresses)];
        r.fields[Street] = a.street;
        r.fields[City] = a.locality;
        r.fields[Province] = a.region;
        r.fields[PostalCode] = a.postalCode;
    }
    r.fields[Note] = c.note;
    r.fields[Title] = c.title;
    r.fields[NationalCode] = c.nationalCode;

    // A property whose bytes were not valid in its charset damages its columns.
    const QStringList names = header();
    for (const VcardProperty &p : card.properties)
        if (p.invalidText)
            for (int i = 0; i < names.size(); ++i)
                if (names[i] == p.name && !r.invalidTextColumns.contains(i))
                    r.invalidTextColumns << i;
    return r;
}

} // namespace peyvand::VcardImportRecord
