#include "ImportField.h"

#include "PersianText.h"

#include <QHash>
#include <initializer_list>

namespace peyvand::ImportFields {

namespace {

struct Names
{
    ImportField field;
    std::initializer_list<const char *> names; // besides the code and the Persian label
};

// The names people give these columns. Kind-specific so that "نام" is a
// person's first name in a customer list but the company's name in a list of
// companies, and "شناسه ملی" is the company's ID in a list of contacts.
const std::initializer_list<Names> kIndividual = {
    { ImportField::FirstName, { "first name", "given name", "name", "اسم" } },
    { ImportField::LastName,
      { "last name", "surname", "family name", "family", "نام‌خانوادگی", "فامیلی", "نام فامیل" } },
    { ImportField::FullName, { "full name", "نام کامل", "نام و فامیلی", "نام مشتری" } },
    { ImportField::NationalCode, { "national code", "national id", "melli code", "کدملی", "شماره ملی" } },
    { ImportField::Mobile,
      { "mobile", "mobile number", "cell", "cellphone", "تلفن همراه", "شماره موبایل", "همراه", "شماره همراه",
        "موبایل" } },
    { ImportField::Phone, { "telephone", "tel", "phone number", "تلفن ثابت", "شماره تلفن" } },
    { ImportField::Email, { "e-mail", "email address", "پست الکترونیک", "پست الکترونیکی", "رایانامه", "ایمیل" } },
    { ImportField::BirthDate, { "birth date", "birthdate", "date of birth", "dob", "birthday", "تاریخ تولد" } },
    { ImportField::LoyaltyCard, { "loyalty card", "card", "کارت عضویت", "شماره کارت", "شماره کارت باشگاه" } },
    { ImportField::Preferences, { "notes", "note", "توضیحات", "یادداشت", "ترجیحات" } },
    { ImportField::Province, { "state", "region" } },
    { ImportField::City, {} },
    { ImportField::Address, { "street", "نشانی" } },
    { ImportField::PostalCode, { "postal code", "postcode", "zip", "zip code", "کدپستی" } },
    { ImportField::Tags, { "tag", "labels", "برچسب", "گروه" } },
};

const std::initializer_list<Names> kLegal = {
    { ImportField::CompanyName,
      { "company", "company name", "organization", "organisation", "name", "نام", "شرکت", "نام سازمان", "سازمان",
        "نام مشتری" } },
    { ImportField::NationalId, { "national id", "شناسه‌ملی" } },
    { ImportField::EconomicCode, { "economic code", "tax id", "کداقتصادی" } },
    { ImportField::RegistrationNo, { "registration no", "registration number", "reg no", "شماره‌ثبت" } },
    { ImportField::RegistrationDate, { "registration date" } },
    { ImportField::Phone, { "telephone", "tel", "phone number", "شماره تلفن", "تلفن ثابت" } },
    { ImportField::Mobile, { "mobile", "cell", "تلفن همراه", "شماره موبایل", "همراه" } },
    { ImportField::Website, { "web", "site", "url", "web site", "سایت", "وبسایت" } },
    { ImportField::Industry, { "sector", "زمینه فعالیت", "حوزه فعالیت" } },
    { ImportField::Employees, { "employee count", "staff", "headcount", "تعداد پرسنل", "تعداد کارمندان" } },
    { ImportField::Province, { "state", "region" } },
    { ImportField::City, {} },
    { ImportField::Address, { "street", "نشانی" } },
    { ImportField::PostalCode, { "postal code", "postcode", "zip", "zip code", "کدپستی" } },
    { ImportField::Tags, { "tag", "labels", "برچسب", "گروه" } },
};

const std::initializer_list<Names> kContact = {
    { ImportField::CompanyNationalId, { "company national id", "company id", "شناسه ملی", "شناسه ملی سازمان" } },
    { ImportField::FirstName, { "first name", "given name", "name", "اسم" } },
    { ImportField::LastName, { "last name", "surname", "family name", "family", "فامیلی", "نام فامیل" } },
    { ImportField::FullName, { "full name", "نام کامل", "نام و فامیلی", "نام رابط", "فرد رابط" } },
    { ImportField::JobTitle, { "title", "job title", "position", "عنوان شغلی", "سمت سازمانی", "پست" } },
    { ImportField::Role, { "buying role", "نقش" } },
    { ImportField::Influence, { "نفوذ" } },
    { ImportField::Attitude, { "نگرش به ما", "موضع" } },
    { ImportField::Mobile, { "mobile", "cell", "تلفن همراه", "شماره موبایل", "همراه" } },
    { ImportField::Phone, { "telephone", "tel", "phone number", "شماره تلفن", "تلفن ثابت", "داخلی" } },
    { ImportField::Email, { "e-mail", "پست الکترونیک", "رایانامه" } },
    { ImportField::Notes, { "note", "توضیحات" } },
};

const std::initializer_list<Names> &table(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Legal:
        return kLegal;
    case ImportKind::Contact:
        return kContact;
    case ImportKind::Individual:
        break;
    }
    return kIndividual;
}

QHash<QString, ImportField> buildIndex(ImportKind kind)
{
    QHash<QString, ImportField> index;
    // The code and the Persian label first, so that they win over synonyms.
    for (const Names &n : table(kind)) {
        index.insert(PersianText::searchKey(toCode(n.field)), n.field);
        index.insert(PersianText::searchKey(toPersian(n.field)), n.field);
    }
    for (const Names &n : table(kind))
        for (const char *name : n.names) {
            const QString key = PersianText::searchKey(QString::fromUtf8(name));
            if (!index.contains(key))
                index.insert(key, n.field);
        }
    return index;
}

} // namespace

QList<ImportField> of(ImportKind kind)
{
    QList<ImportField> fields;
    for (const Names &n : table(kind))
        fields << n.field;
    return fields;
}

std::optional<ImportField> recognise(ImportKind kind, const QString &header)
{
    static const QHash<QString, ImportField> indexes[3]
        = { buildIndex(ImportKind::Individual), buildIndex(ImportKind::Legal), buildIndex(ImportKind::Contact) };
    const QString key = PersianText::searchKey(header);
    if (key.isEmpty())
        return std::nullopt;
    const QHash<QString, ImportField> &index = indexes[int(kind)];
    const auto it = index.constFind(key);
    if (it == index.constEnd())
        return std::nullopt;
    return it.value();
}

QStringList namesOf(ImportKind kind, ImportField field)
{
    QStringList names { toCode(field), toPersian(field) };
    for (const Names &n : table(kind))
        if (n.field == field)
            for (const char *name : n.names)
                if (!names.contains(QString::fromUtf8(name)))
                    names << QString::fromUtf8(name);
    return names;
}

} // namespace peyvand::ImportFields
