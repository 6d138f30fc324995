#pragma once
// How values look on screen in the chosen language: Jalali dates always,
// Persian digits and labels in Persian, Latin digits and English labels in
// English, money in Rial or Toman per setting. Every view formats through here.
#include "EnumText.h"
#include "UiSettings.h"

#include <QDateTime>
#include <QString>

namespace peyvand {
class ValidationError;
}

namespace peyvand::Display {

// Set once at start-up (and by tests); read by everything below.
void setLanguage(UiSettings::Language language);
bool persian();
void setMoneyUnit(UiSettings::MoneyUnit unit);
UiSettings::MoneyUnit moneyUnit();

QString digits(const QString &text); // Persian digits when in Persian
QString number(qint64 value); // grouped: ۱٬۲۳۴٬۵۶۷
QString date(const QDate &date); // ۱۴۰۳/۰۵/۱۲
QString longDate(const QDate &date); // ۱۲ مرداد ۱۴۰۳ / 12 Mordad 1403
QString dateTime(const QDateTime &dateTime); // local time, ۱۴۰۳/۰۵/۱۲ ۱۴:۳۰
QString money(qint64 rials); // ۱٬۲۳۴ ریال / ۱۲۳ تومان
QString phone(const QString &canonical); // never as a number: 0912 123 4567
QString error(const ValidationError &error); // the message in the UI language
// A left-to-right run (path, e-mail, code) that stays whole in a right-to-left line.
QString isolate(const QString &text);

// An enum's label in the UI language: the domain's Persian word, or the code
// made readable ("sales_rep" → "Sales rep").
QString englishLabel(const QString &code);
template<typename E> QString label(E value)
{
    return persian() ? toPersian(value) : englishLabel(toCode(value));
}

} // namespace peyvand::Display
