#pragma once
// A family of individual customers (optional, B2C): its members are customers
// whose IndividualDetails point here, with their role and what they decide.
#include <QString>

namespace peyvand {

struct Household
{
    qint64 id = 0;
    QString name; // e.g. "خانواده احمدی"
};

} // namespace peyvand
