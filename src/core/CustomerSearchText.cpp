#include "CustomerSearchText.h"

#include "PersianText.h"

namespace peyvand::CustomerSearchText {

QString of(const Customer &c)
{
    QStringList keys;
    auto add = [&keys](const QString &value) {
        const QString key = PersianText::searchKey(value);
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
    };
    if (c.kind == CustomerKind::Legal) {
        add(c.legal.companyName);
        add(c.legal.nationalId);
        add(c.legal.economicCode);
        add(c.legal.registrationNo);
    } else {
        // One key for the whole name: "علی احمدی", "علیاحمدی" and "احمدی" all
        // find the person, since each search term is matched as a substring.
        add(c.individual.firstName + c.individual.lastName);
        add(c.individual.nationalCode);
        add(c.individual.email);
        add(c.individual.loyaltyCard);
    }
    for (const PhoneEntry &p : c.phones)
        add(p.number);
    return keys.join(QLatin1Char(' '));
}

} // namespace peyvand::CustomerSearchText
