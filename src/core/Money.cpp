#include "Money.h"

#include "PersianText.h"
#include "ValidationError.h"

#include <limits>

namespace peyvand::Money {

namespace {

QString group(qint64 value, QChar separator)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, separator);
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace

qint64 parseRials(const QString &text, const QString &field)
{
    QString s = PersianText::toLatinDigits(PersianText::tidy(text)); // tidy: ريال → ریال
    for (const QString &unit : { QStringLiteral("ریال"), QStringLiteral("rials"), QStringLiteral("rial") })
        if (s.endsWith(unit, Qt::CaseInsensitive))
            s.chop(unit.size());
    QString digits;
    for (const QChar c : s) {
        if (c == u',' || c == QChar(0x066C) || c == u'_' || c.isSpace())
            continue;
        digits += c;
    }
    if (digits.startsWith(u'-'))
        throw ValidationError(field, QStringLiteral("negative"), QStringLiteral("amount must not be negative"),
                              QStringLiteral("مبلغ نمی‌تواند منفی باشد"));
    bool ok = !digits.isEmpty();
    for (const QChar c : digits)
        ok = ok && c >= u'0' && c <= u'9';
    qint64 value = 0;
    if (ok) {
        for (const QChar c : digits) {
            const int d = c.unicode() - u'0';
            if (value > (std::numeric_limits<qint64>::max() - d) / 10) {
                ok = false;
                break;
            }
            value = value * 10 + d;
        }
    }
    if (!ok)
        throw ValidationError(field, QStringLiteral("not_a_number"),
                              QStringLiteral("'%1' is not a whole number of Rials").arg(text),
                              QStringLiteral("مبلغ باید عدد صحیح به ریال باشد"));
    return value;
}

QString formatRials(qint64 rials)
{
    return group(rials, QLatin1Char(','));
}

QString formatPersian(qint64 rials, bool toman)
{
    const qint64 value = toman ? rials / 10 : rials;
    return PersianText::toPersianDigits(group(value, QChar(0x066C)))
        + (toman ? QStringLiteral(" تومان") : QStringLiteral(" ریال"));
}

} // namespace peyvand::Money
