#pragma once
// Someone who signs in to Peyvand, with one role.
#include "EnumText.h"

#include <QDateTime>
#include <QString>

namespace peyvand {

enum class UserRole { SalesRep, Manager, Support, Admin };

template<> struct EnumInfo<UserRole>
{
    static constexpr std::array<EnumRow<UserRole>, 4> rows { { { UserRole::SalesRep, "sales_rep", "کارشناس فروش" },
                                                               { UserRole::Manager, "manager", "مدیر فروش" },
                                                               { UserRole::Support, "support", "پشتیبانی" },
                                                               { UserRole::Admin, "admin", "مدیر سیستم" } } };
};

struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    UserRole role = UserRole::SalesRep;
    bool active = true;
    QDateTime createdAt {}; // set by the store when the user is added
};

} // namespace peyvand
