#include "PhoneNumber.h"

#include "PersianText.h"
#include "ValidationError.h"

namespace peyvand::PhoneNumber {

namespace {

// Strips separators and the country prefix; returns an empty string on a stray character.
QString toNational(const QString &input)
{
    const QString latin = PersianText::toLatinDigits(input).trimmed();
    QString digits;
    bool plus = false;
    for (int i = 0; i < latin.size(); ++i) {
        const QChar c = latin[i];
        if (c.isDigit())
            digits += c;
        else if (c == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (!(c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/'))
            return {};
    }
    if (plus) {
        if (!digits.startsWith(QLatin1String("98")))
            return {};
        digits = digits.mid(2);
    } else if (digits.startsWith(QLatin1String("0098"))) {
        digits = digits.mid(4);
    } else if (digits.startsWith(QLatin1String("98")) && digits.size() == 12) {
        digits = digits.mid(2);
    }
    if (digits.startsWith(u'0'))
        digits = digits.mid(1);
    if (digits.size() != 10)
        return {};
    return QLatin1Char('0') + digits;
}

bool isMobile(const QString &n)
{
    return n.size() == 11 && n.startsWith(QLatin1String("09"));
}
bool isLandline(const QString &n)
{
    return n.size() == 11 && n[1] >= u'1' && n[1] <= u'8';
}

} // namespace

QString tryNormalise(const QString &input)
{
    const QString n = toNational(input);
    return (isMobile(n) || isLandline(n)) ? n : QString();
}

QString normaliseMobile(const QString &input, const QString &field)
{
    const QString n = toNational(input);
    if (!isMobile(n))
        throw ValidationError(field, QStringLiteral("format"),
                              QStringLiteral("'%1' is not an Iranian mobile number (09xxxxxxxxx)").arg(input),
                              QStringLiteral("شماره موبایل معتبر نیست (مثل ۰۹۱۲۱۲۳۴۵۶۷)"));
    return n;
}

QString normalise(const QString &input, const QString &field)
{
    const QString n = tryNormalise(input);
    if (n.isEmpty())
        throw ValidationError(
            field, QStringLiteral("format"),
            QStringLiteral("'%1' is not an Iranian phone number with its area code").arg(input),
            QStringLiteral(
                "شماره تلفن معتبر نیست؛ پیش‌شماره را هم وارد کنید"));
    return n;
}

Kind kindOf(const QString &canonical)
{
    return isMobile(canonical) ? Kind::Mobile : Kind::Landline;
}

} // namespace peyvand::PhoneNumber
