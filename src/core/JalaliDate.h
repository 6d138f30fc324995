#pragma once
// Jalali (Solar Hijri) dates on top of QCalendar. Dates are stored as ISO
// Gregorian dates and UTC timestamps; people read and type them in Jalali.
#include <QCalendar>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace peyvand::JalaliDate {

QCalendar calendar();

// Accepts a Jalali date (1405/09/01, 1405-9-1, ۱۴۰۵/۰۹/۰۱) or an ISO Gregorian
// date (2026-11-22); a year below 1700 is read as Jalali. Throws ValidationError
// naming `field` when the text is malformed or the day does not exist.
QDate parseDate(const QString &text, const QString &field = QStringLiteral("date"));
// A date, optionally followed by a time (HH:MM or HH:MM:SS, space or T), or a
// full ISO timestamp with offset or Z. Without an offset the time is local.
QDateTime parseDateTime(const QString &text, const QString &field = QStringLiteral("datetime"));

// 1405/09/01 with Latin digits (CLI tables, files).
QString format(const QDate &date);
// ۱۴۰۵/۰۹/۰۱ for display.
QString formatPersian(const QDate &date);
// 1405/09/01 14:30 in local time.
QString formatDateTime(const QDateTime &dateTime);
// "۱ آذر ۱۴۰۵" with the Jalali month name.
QString formatLong(const QDate &date);

int year(const QDate &date);
int month(const QDate &date);
int day(const QDate &date);
QDate fromJalali(int year, int month, int day); // invalid QDate if it does not exist

} // namespace peyvand::JalaliDate
