#pragma once
// What a customer list or search asks for: filters, one sort column and a key
// cursor. Lists page by key (the last row's sort value and id), never by offset.
#include "Customer.h"

#include <QVariant>
#include <optional>

namespace peyvand {

// Every column a customer list shows can be its sort; each has an index
// (kind, value, id) so a sorted page is a short index walk at any size.
enum class CustomerSort { Name, CreatedAt, City, Id, NationalId, Phone, Industry, Email, Lifecycle, Owner };

template<> struct EnumInfo<CustomerSort>
{
    static constexpr std::array<EnumRow<CustomerSort>, 10> rows { {
        { CustomerSort::Name, "name", "نام" },
        { CustomerSort::CreatedAt, "created", "تاریخ ایجاد" },
        { CustomerSort::City, "city", "شهر" },
        { CustomerSort::Id, "id", "شماره" },
        { CustomerSort::NationalId, "national_id", "شناسه/کد ملی" },
        { CustomerSort::Phone, "phone", "تلفن" },
        { CustomerSort::Industry, "industry", "صنعت" },
        { CustomerSort::Email, "email", "ایمیل" },
        { CustomerSort::Lifecycle, "lifecycle", "مرحله" },
        { CustomerSort::Owner, "owner", "مسئول" },
    } };
};

struct CustomerCursor
{
    QVariant sortValue; // the last row's value of the sort column
    qint64 id = 0; // the last row's id, the tie-breaker
};

struct CustomerQuery
{
    QString text; // free text: name, phone in any form, national id, e-mail…
    std::optional<CustomerKind> kind;
    std::optional<qint64> ownerId;
    std::optional<Lifecycle> lifecycle;
    QString tag;
    QString city;
    CustomerSort sort = CustomerSort::Name;
    bool descending = false;
    std::optional<CustomerCursor> after; // rows strictly after this key
    int limit = 50;
    // How many rows the filters match, when the caller has counted them (a
    // list's count; -1: unknown). With a text search it lets the repository
    // choose between reading the few matches and sorting them, and walking the
    // sort's index until the page is full when matches are many.
    qint64 matchCount = -1;
};

// One row of a customer list: enough for the list and the CLI, without children.
struct CustomerRow
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Individual;
    QString name;
    QString phone;
    QString nationalId;
    QString city;
    Lifecycle lifecycle = Lifecycle::Lead;
    qint64 ownerId = 0;
    QString industry; // legal entities
    QString email; // individuals
    QDateTime createdAt;
    QVariant sortValue; // for the next page's cursor
};

} // namespace peyvand
