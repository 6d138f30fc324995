#include "LookupText.h"

#include "PersianText.h"
#include "PhoneNumber.h"

namespace peyvand {

LookupText LookupText::classify(const QString &text)
{
    LookupText t;
    t.normalised = PersianText::tidy(PersianText::toLatinDigits(text));
    if (t.normalised.isEmpty())
        return t;
    bool numeric = true;
    for (qsizetype i = 0; i < t.normalised.size() && numeric; ++i) {
        const QChar c = t.normalised[i];
        if (c >= u'0' && c <= u'9')
            t.digits += c;
        else if (!(c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')'
                   || (c == u'+' && t.digits.isEmpty())))
            numeric = false;
    }
    if (!numeric || t.digits.isEmpty()) {
        t.digits.clear();
        return t;
    }
    t.isNumber = true;
    t.phone = PhoneNumber::tryNormalise(t.normalised);
    if (t.digits.size() == 10 || t.digits.size() == 11)
        t.nationalId = t.digits;
    return t;
}

} // namespace peyvand
