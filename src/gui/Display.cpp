#include "Display.h"

#include "JalaliDate.h"
#include "PersianText.h"
#include "ValidationError.h"

#include <QLocale>

namespace peyvand::Display {

namespace {

UiSettings::Language g_language = UiSettings::Language::Persian;
UiSettings::MoneyUnit g_money = UiSettings::MoneyUnit::Rial;

} // namespace

void setLanguage(UiSettings::Language language)
{
    g_language = language;
}

bool persian()
{
    return g_language == UiSettings::Language::Persian;
}

void setMoneyUnit(UiSettings::MoneyUnit unit)
{
    g_money = unit;
}

UiSettings::MoneyUnit moneyUnit()
{
    return g_money;
}

QString digits(const QString &text)
{
    return persian() ? PersianText::toPersianDigits(text) : PersianText::toLatinDigits(text);
}

QString number(qint64 value)
{
    QString plain = QString::number(value < 0 ? -value : value);
    const QChar separator = persian() ? QChar(0x066C) : QLatin1Char(',');
    for (qsizetype i = plain.size() - 3; i > 0; i -= 3)
        plain.insert(i, separator);
    return digits((value < 0 ? QStringLiteral("-") : QString()) + plain);
}

QString date(const QDate &value)
{
    return digits(JalaliDate::format(value));
}

QString longDate(const QDate &value)
{
    if (!value.isValid())
        return {};
    const QCalendar calendar = JalaliDate::calendar();
    const auto parts = calendar.partsFromDate(value);
    const QLocale locale = persian() ? QLocale(QLocale::Persian, QLocale::Iran) : QLocale(QLocale::English);
    const QString month = calendar.monthName(locale, parts.month, parts.year);
    return digits(QStringLiteral("%1 %2 %3").arg(parts.day).arg(month).arg(parts.year));
}

QString dateTime(const QDateTime &value)
{
    return digits(JalaliDate::formatDateTime(value));
}

QString money(qint64 rials)
{
    const bool toman = g_money == UiSettings::MoneyUnit::Toman;
    const QString amount = number(toman ? rials / 10 : rials);
    if (persian())
        return amount + (toman ? QStringLiteral(" تومان") : QStringLiteral(" ریال"));
    return amount + (toman ? QStringLiteral(" Toman") : QStringLiteral(" Rial"));
}

QString phone(const QString &canonical)
{
    QString shown = canonical;
    if (shown.size() == 11 && shown.startsWith(QLatin1String("09"))) // 0912 123 4567
        shown = shown.left(4) + QLatin1Char(' ') + shown.mid(4, 3) + QLatin1Char(' ') + shown.mid(7);
    else if (shown.size() == 11 && shown.startsWith(QLatin1Char('0'))) // 021 8877 6655
        shown = shown.left(3) + QLatin1Char(' ') + shown.mid(3, 4) + QLatin1Char(' ') + shown.mid(7);
    return isolate(digits(shown));
}

QString error(const ValidationError &e)
{
    return persian() ? e.persianMessage() : e.message();
}

QString isolate(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2066) + text + QChar(0x2069);
}

QString englishLabel(const QString &code)
{
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace peyvand::Display
