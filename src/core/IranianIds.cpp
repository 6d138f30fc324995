#include "IranianIds.h"

#include "PersianText.h"
#include "ValidationError.h"

#include <QRegularExpression>

namespace peyvand::IranianIds {

namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

bool allSame(const QString &s)
{
    for (const QChar c : s)
        if (c != s.front())
            return false;
    return true;
}

[[noreturn]] void reject(const QString &field, const QString &code, const QString &en, const QString &fa)
{
    throw ValidationError(field, code, en, fa);
}

} // namespace

QString digitsOnly(const QString &input)
{
    QString out;
    for (const QChar c : PersianText::toLatinDigits(input)) {
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'/' || c == QChar(0x200C))
            continue;
        out += c;
    }
    return out;
}

bool isValidNationalCode(const QString &d)
{
    if (d.size() != 10 || !allDigits(d) || allSame(d))
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (d[i].unicode() - u'0') * (10 - i);
    const int r = sum % 11;
    const int check = d[9].unicode() - u'0';
    return r < 2 ? check == r : check == 11 - r;
}

bool isValidLegalNationalId(const QString &d)
{
    if (d.size() != 11 || !allDigits(d) || allSame(d))
        return false;
    static constexpr int weights[10] = { 29, 27, 23, 19, 17, 29, 27, 23, 19, 17 };
    const int k = (d[9].unicode() - u'0') + 2;
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += ((d[i].unicode() - u'0') + k) * weights[i];
    int r = sum % 11;
    if (r == 10)
        r = 0;
    return r == d[10].unicode() - u'0';
}

bool isValidSheba(const QString &s)
{
    if (s.size() != 26 || !s.startsWith(QLatin1String("IR")) || !allDigits(s.mid(2)))
        return false;
    // ISO 13616: move the country code and check digits to the end, letters to numbers.
    const QString rearranged = s.mid(4) + QStringLiteral("1827") + s.mid(2, 2);
    int remainder = 0;
    for (const QChar c : rearranged)
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
    return remainder == 1;
}

QChar nationalCodeCheckDigit(const QString &d)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (d[i].unicode() - u'0') * (10 - i);
    const int r = sum % 11;
    return QChar(u'0' + (r < 2 ? r : 11 - r));
}

QChar legalNationalIdCheckDigit(const QString &d)
{
    static constexpr int weights[10] = { 29, 27, 23, 19, 17, 29, 27, 23, 19, 17 };
    const int k = (d[9].unicode() - u'0') + 2;
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += ((d[i].unicode() - u'0') + k) * weights[i];
    const int r = sum % 11;
    return QChar(u'0' + (r == 10 ? 0 : r));
}

QString normaliseNationalCode(const QString &input, const QString &field)
{
    QString d = digitsOnly(input);
    if (!allDigits(d))
        reject(field, QStringLiteral("not_digits"), QStringLiteral("national code must contain digits only"),
               QStringLiteral("کد ملی فقط باید شامل رقم باشد"));
    // Codes starting with zeros are often saved by spreadsheets without them.
    if (d.size() >= 8 && d.size() < 10)
        d = QString(10 - d.size(), QLatin1Char('0')) + d;
    if (d.size() != 10)
        reject(field, QStringLiteral("length"), QStringLiteral("national code must have 10 digits"),
               QStringLiteral("کد ملی باید ۱۰ رقم باشد"));
    if (!isValidNationalCode(d))
        reject(field, QStringLiteral("check_digit"), QStringLiteral("national code check digit is wrong"),
               QStringLiteral("رقم کنترل کد ملی درست نیست"));
    return d;
}

QString normaliseLegalNationalId(const QString &input, const QString &field)
{
    const QString d = digitsOnly(input);
    if (!allDigits(d))
        reject(field, QStringLiteral("not_digits"), QStringLiteral("legal national ID must contain digits only"),
               QStringLiteral("شناسه ملی فقط باید شامل رقم باشد"));
    if (d.size() != 11)
        reject(field, QStringLiteral("length"), QStringLiteral("legal national ID must have 11 digits"),
               QStringLiteral("شناسه ملی باید ۱۱ رقم باشد"));
    if (!isValidLegalNationalId(d))
        reject(field, QStringLiteral("check_digit"), QStringLiteral("legal national ID check digit is wrong"),
               QStringLiteral("رقم کنترل شناسه ملی درست نیست"));
    return d;
}

QString normaliseSheba(const QString &input, const QString &field)
{
    QString s = digitsOnly(input).toUpper();
    if (allDigits(s) && s.size() == 24)
        s.prepend(QLatin1String("IR"));
    if (s.size() != 26 || !s.startsWith(QLatin1String("IR")) || !allDigits(s.mid(2)))
        reject(field, QStringLiteral("format"), QStringLiteral("Sheba must be IR followed by 24 digits"),
               QStringLiteral("شماره شبا باید IR و ۲۴ رقم باشد"));
    if (!isValidSheba(s))
        reject(field, QStringLiteral("check_digit"), QStringLiteral("Sheba check digits are wrong"),
               QStringLiteral("رقم کنترل شماره شبا درست نیست"));
    return s;
}

QString normalisePostalCode(const QString &input, const QString &field)
{
    const QString d = digitsOnly(input);
    static const QRegularExpression pattern(QStringLiteral("^[13-9]{4}[1346-9][013-9]{5}$"));
    if (d.size() != 10 || !allDigits(d))
        reject(field, QStringLiteral("length"), QStringLiteral("postal code must have 10 digits"),
               QStringLiteral("کد پستی باید ۱۰ رقم باشد"));
    if (!pattern.match(d).hasMatch() || allSame(d))
        reject(field, QStringLiteral("format"), QStringLiteral("postal code is not a valid Iranian postal code"),
               QStringLiteral("کد پستی معتبر نیست"));
    return d;
}

QString normaliseEmail(const QString &input, const QString &field)
{
    const QString e = PersianText::toLatinDigits(input).trimmed().toLower();
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9._%+\\-]+@[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.[a-z]{2,}$"));
    if (!pattern.match(e).hasMatch() || e.contains(QLatin1String("..")))
        reject(field, QStringLiteral("format"), QStringLiteral("'%1' is not a valid e-mail address").arg(input),
               QStringLiteral("نشانی ایمیل معتبر نیست"));
    return e;
}

QString normaliseEconomicCode(const QString &input, const QString &field)
{
    const QString d = digitsOnly(input);
    if (!allDigits(d) || (d.size() != 11 && d.size() != 12))
        reject(field, QStringLiteral("format"), QStringLiteral("economic code must have 11 or 12 digits"),
               QStringLiteral("کد اقتصادی باید ۱۱ یا ۱۲ رقم باشد"));
    return d;
}

} // namespace peyvand::IranianIds
