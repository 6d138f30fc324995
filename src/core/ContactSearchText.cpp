#include "ContactSearchText.h"

#include "PersianText.h"

namespace peyvand::ContactSearchText {

QString of(const ContactPerson &c)
{
    QStringList keys;
    for (const QString &value : { c.firstName + c.lastName, c.jobTitle, c.mobile, c.phone, c.email }) {
        const QString key = PersianText::searchKey(value);
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
    }
    return keys.join(QLatin1Char(' '));
}

} // namespace peyvand::ContactSearchText
