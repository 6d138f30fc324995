#pragma once
// A person at a legal-entity customer and their place in its buying center.
#include "EnumText.h"

#include <QString>

namespace peyvand {

enum class BuyingRole { Initiator, User, Influencer, Decider, Buyer, Gatekeeper };
enum class Attitude { Supporter, Neutral, Opponent };

template<> struct EnumInfo<BuyingRole>
{
    static constexpr std::array<EnumRow<BuyingRole>, 6> rows {
        { { BuyingRole::Initiator, "initiator", "آغازگر" },
          { BuyingRole::User, "user", "کاربر" },
          { BuyingRole::Influencer, "influencer", "اثرگذار" },
          { BuyingRole::Decider, "decider", "تصمیم‌گیرنده" },
          { BuyingRole::Buyer, "buyer", "خریدار" },
          { BuyingRole::Gatekeeper, "gatekeeper", "دروازه‌بان" } }
    };
};
template<> struct EnumInfo<Attitude>
{
    static constexpr std::array<EnumRow<Attitude>, 3> rows { { { Attitude::Supporter, "supporter", "حامی" },
                                                               { Attitude::Neutral, "neutral", "بی‌طرف" },
                                                               { Attitude::Opponent, "opponent", "مخالف" } } };
};

struct ContactPerson
{
    qint64 id = 0;
    qint64 customerId = 0; // a legal entity
    QString firstName;
    QString lastName;
    QString jobTitle; // مدیر خرید، کارپرداز، مدیرعامل…
    BuyingRole role = BuyingRole::User;
    int influence = 3; // 1 (little) … 5 (decisive)
    Attitude attitude = Attitude::Neutral;
    QString mobile;
    QString phone;
    QString email;
    QString notes;
    qint64 version = 0; // as Customer::version

    QString displayName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

} // namespace peyvand
