#pragma once
// The fields a CSV column can fill, their codes (the English header names and
// --map names) and the names a header may carry, in English or Persian.
// Headers are compared as search keys (PersianText::searchKey): case, spaces,
// underscores, ZWNJ and Arabic/Persian ی ک do not matter.
#include "EnumText.h"
#include "ImportKind.h"

#include <QList>
#include <optional>

namespace peyvand {

enum class ImportField {
    FirstName,
    LastName,
    FullName,
    NationalCode,
    Mobile,
    Phone,
    Email,
    BirthDate,
    LoyaltyCard,
    Preferences,
    CompanyName,
    NationalId,
    EconomicCode,
    RegistrationNo,
    RegistrationDate,
    Industry,
    Employees,
    Website,
    Province,
    City,
    Address,
    PostalCode,
    Tags,
    CompanyNationalId,
    JobTitle,
    Role,
    Influence,
    Attitude,
    Notes
};

template<> struct EnumInfo<ImportField>
{
    static constexpr std::array<EnumRow<ImportField>, 29> rows { {
        { ImportField::FirstName, "first_name", "نام" },
        { ImportField::LastName, "last_name", "نام خانوادگی" },
        { ImportField::FullName, "full_name", "نام و نام خانوادگی" },
        { ImportField::NationalCode, "national_code", "کد ملی" },
        { ImportField::Mobile, "mobile", "موبایل" },
        { ImportField::Phone, "phone", "تلفن" },
        { ImportField::Email, "email", "ایمیل" },
        { ImportField::BirthDate, "birth_date", "تاریخ تولد" },
        { ImportField::LoyaltyCard, "loyalty_card", "کارت باشگاه" },
        { ImportField::Preferences, "preferences", "علایق" },
        { ImportField::CompanyName, "company_name", "نام شرکت" },
        { ImportField::NationalId, "national_id", "شناسه ملی" },
        { ImportField::EconomicCode, "economic_code", "کد اقتصادی" },
        { ImportField::RegistrationNo, "registration_no", "شماره ثبت" },
        { ImportField::RegistrationDate, "registration_date", "تاریخ ثبت" },
        { ImportField::Industry, "industry", "صنعت" },
        { ImportField::Employees, "employees", "تعداد کارکنان" },
        { ImportField::Website, "website", "وب‌سایت" },
        { ImportField::Province, "province", "استان" },
        { ImportField::City, "city", "شهر" },
        { ImportField::Address, "address", "آدرس" },
        { ImportField::PostalCode, "postal_code", "کد پستی" },
        { ImportField::Tags, "tags", "برچسب‌ها" },
        { ImportField::CompanyNationalId, "company_national_id", "شناسه ملی شرکت" },
        { ImportField::JobTitle, "job_title", "سمت" },
        { ImportField::Role, "role", "نقش در مرکز خرید" },
        { ImportField::Influence, "influence", "میزان نفوذ" },
        { ImportField::Attitude, "attitude", "نگرش" },
        { ImportField::Notes, "notes", "یادداشت" },
    } };
};

namespace ImportFields {

// The fields a file of this kind may have, in the order the wizard lists them.
QList<ImportField> of(ImportKind kind);
// The field a header (or a --map field name) names for this kind.
std::optional<ImportField> recognise(ImportKind kind, const QString &header);
// Every name recognised for a field of a kind, English first (for docs and help).
QStringList namesOf(ImportKind kind, ImportField field);

} // namespace ImportFields

} // namespace peyvand
