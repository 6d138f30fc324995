#pragma once
// What an imported file holds: individuals, legal entities, or the contact
// persons of legal entities already in the database.
#include "EnumText.h"

namespace peyvand {

enum class ImportKind { Individual, Legal, Contact };

template<> struct EnumInfo<ImportKind>
{
    static constexpr std::array<EnumRow<ImportKind>, 3> rows {
        { { ImportKind::Individual, "individual", "مشتریان حقیقی" },
          { ImportKind::Legal, "legal", "مشتریان حقوقی" },
          { ImportKind::Contact, "contact", "افراد رابط شرکت‌ها" } }
    };
};

// What to do with a row that is a customer (or contact) already known.
enum class DuplicatePolicy { Skip, Update };

template<> struct EnumInfo<DuplicatePolicy>
{
    static constexpr std::array<EnumRow<DuplicatePolicy>, 2> rows { { { DuplicatePolicy::Skip, "skip", "نادیده گرفتن" },
                                                                      { DuplicatePolicy::Update, "update",
                                                                        "به‌روزرسانی" } } };
};

} // namespace peyvand
