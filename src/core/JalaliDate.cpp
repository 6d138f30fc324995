#include "JalaliDate.h"

#include "PersianText.h"
#include "ValidationError.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace peyvand::JalaliDate {

namespace {

[[noreturn]] void rejectFormat(const QString &field, const QString &text)
{
    throw ValidationError(field, QStringLiteral("format"),
                          QStringLiteral("'%1' is not a date (use 1405/09/01 or 2026-11-22)").arg(text),
                          QStringLiteral("تاریخ «%1» معتبر نیست (مثل ۱۴۰۵/۰۹/۰۱)").arg(text));
}

// Times are stored and exported as four-digit UTC years (IsoTime); an offset
// can carry 9999-12-31 past the end of that.
QDateTime inRange(const QDateTime &utc, const QString &field, const QString &text)
{
    const int year = utc.date().year();
    if (year < 1 || year > 9999)
        throw ValidationError(
            field, QStringLiteral("out_of_range"),
            QStringLiteral("'%1' is outside the years 1 to 9999 (UTC)").arg(text),
            QStringLiteral("زمان «%1» بیرون از بازه‌ی پذیرفتنی است").arg(text));
    return utc;
}

} // namespace

QCalendar calendar()
{
    static const QCalendar cal(QCalendar::System::Jalali);
    return cal;
}

QDate fromJalali(int y, int m, int d)
{
    return QDate(y, m, d, calendar());
}

QDate parseDate(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{3,4})[/\\-.](\\d{1,2})[/\\-.](\\d{1,2})\\s*$"));
    const QString latin = PersianText::toLatinDigits(text);
    const auto match = pattern.match(latin);
    if (!match.hasMatch())
        rejectFormat(field, text);
    const int y = match.captured(1).toInt();
    const int m = match.captured(2).toInt();
    const int d = match.captured(3).toInt();
    const bool jalali = y < 1700;
    const QDate date = jalali ? fromJalali(y, m, d) : QDate(y, m, d);
    if (!date.isValid())
        throw ValidationError(
            field, QStringLiteral("no_such_day"),
            QStringLiteral("%1/%2/%3 does not exist in the %4 calendar")
                .arg(y)
                .arg(m, 2, 10, QLatin1Char('0'))
                .arg(d, 2, 10, QLatin1Char('0'))
                .arg(jalali ? QStringLiteral("Jalali") : QStringLiteral("Gregorian")),
            QStringLiteral("چنین روزی در تقویم وجود ندارد: %1").arg(PersianText::toPersianDigits(text.trimmed())));
    return date;
}

QDateTime parseDateTime(const QString &text, const QString &field)
{
    const QString latin = PersianText::toLatinDigits(text).trimmed();
    // A full ISO timestamp with an offset or Z.
    if (latin.contains(u'T') && (latin.endsWith(u'Z') || latin.contains(u'+') || latin.lastIndexOf(u'-') > 10)) {
        const QDateTime iso = QDateTime::fromString(latin, Qt::ISODate);
        if (!iso.isValid())
            rejectFormat(field, text);
        return inRange(iso.toUTC(), field, text);
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\S+?)(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const auto match = pattern.match(latin);
    if (!match.hasMatch())
        rejectFormat(field, text);
    const QDate date = parseDate(match.captured(1), field);
    QTime time(0, 0);
    if (match.hasCaptured(2) && !match.captured(2).isEmpty()) {
        time = QTime(match.captured(2).toInt(), match.captured(3).toInt(),
                     match.captured(4).isEmpty() ? 0 : match.captured(4).toInt());
        if (!time.isValid())
            throw ValidationError(field, QStringLiteral("no_such_time"),
                                  QStringLiteral("'%1' is not a valid time of day").arg(text),
                                  QStringLiteral("ساعت وارد شده معتبر نیست"));
    }
    return inRange(QDateTime(date, time, Qt::LocalTime).toUTC(), field, text);
}

QString format(const QDate &date)
{
    if (!date.isValid())
        return {};
    const auto parts = calendar().partsFromDate(date);
    return QStringLiteral("%1/%2/%3")
        .arg(parts.year, 4, 10, QLatin1Char('0'))
        .arg(parts.month, 2, 10, QLatin1Char('0'))
        .arg(parts.day, 2, 10, QLatin1Char('0'));
}

QString formatPersian(const QDate &date)
{
    return PersianText::toPersianDigits(format(date));
}

QString formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return format(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString formatLong(const QDate &date)
{
    if (!date.isValid())
        return {};
    const auto parts = calendar().partsFromDate(date);
    const QString monthName = calendar().monthName(QLocale(QLocale::Persian), parts.month, parts.year);
    return PersianText::toPersianDigits(QStringLiteral("%1 %2 %3").arg(parts.day).arg(monthName).arg(parts.year));
}

int year(const QDate &date)
{
    return calendar().partsFromDate(date).year;
}
int month(const QDate &date)
{
    return calendar().partsFromDate(date).month;
}
int day(const QDate &date)
{
    return calendar().partsFromDate(date).day;
}

} // namespace peyvand::JalaliDate
