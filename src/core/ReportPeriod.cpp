#include "ReportPeriod.h"

#include "JalaliDate.h"
#include "ValidationError.h"

namespace peyvand {

namespace {

const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();

QDate monthStart(int year, int month)
{
    return JalaliDate::fromJalali(year, month, 1);
}

QDate monthEnd(int year, int month)
{
    return JalaliDate::fromJalali(year, month, JalaliDate::calendar().daysInMonth(month, year));
}

ReportPeriod months(int year, int firstMonth, int count)
{
    // Months may run past Esfand into the next year (never here: quarters and
    // years are aligned) or before Farvardin (previous month/quarter).
    while (firstMonth < 1) {
        firstMonth += 12;
        --year;
    }
    int lastMonth = firstMonth + count - 1;
    int lastYear = year;
    while (lastMonth > 12) {
        lastMonth -= 12;
        ++lastYear;
    }
    return ReportPeriod { monthStart(year, firstMonth), monthEnd(lastYear, lastMonth) };
}

} // namespace

ReportPeriod ReportPeriod::preset(PeriodPreset preset, const QDate &today)
{
    const int y = JalaliDate::year(today);
    const int m = JalaliDate::month(today);
    const int quarterFirst = (m - 1) / 3 * 3 + 1;
    switch (preset) {
    case PeriodPreset::ThisMonth:
        return months(y, m, 1);
    case PeriodPreset::ThisQuarter:
        return months(y, quarterFirst, 3);
    case PeriodPreset::ThisYear:
        return months(y, 1, 12);
    case PeriodPreset::PreviousMonth:
        return months(y, m - 1, 1);
    case PeriodPreset::PreviousQuarter:
        return months(y, quarterFirst - 3, 3);
    case PeriodPreset::PreviousYear:
        return months(y - 1, 1, 12);
    }
    return {};
}

ReportPeriod ReportPeriod::custom(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        throw ValidationError(QStringLiteral("from"), QStringLiteral("invalid"),
                              QStringLiteral("the period's first day is missing or does not exist"),
                              QStringLiteral("تاریخ شروع دوره معتبر نیست"));
    if (!to.isValid())
        throw ValidationError(QStringLiteral("to"), QStringLiteral("invalid"),
                              QStringLiteral("the period's last day is missing or does not exist"),
                              QStringLiteral("تاریخ پایان دوره معتبر نیست"));
    if (to < from)
        throw ValidationError(QStringLiteral("period"), QStringLiteral("end_before_start"),
                              QStringLiteral("the period ends (%1) before it starts (%2)")
                                  .arg(JalaliDate::format(to), JalaliDate::format(from)),
                              QStringLiteral("پایان دوره پیش از شروع آن است"));
    return ReportPeriod { from, to };
}

QDateTime ReportPeriod::startUtc() const
{
    return businessDayStart(from);
}

QDateTime ReportPeriod::endUtc() const
{
    return businessDayStart(to.addDays(1));
}

qint64 ReportPeriod::days() const
{
    return from.isValid() && to.isValid() ? from.daysTo(to) + 1 : 0;
}

QDate businessDay(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const qint64 secs = utc.toSecsSinceEpoch() + kIranOffsetSeconds;
    const qint64 day = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    return businessDayOf(day);
}

QDateTime businessDayStart(const QDate &day)
{
    if (!day.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(businessDayNumber(day) * 86400 - kIranOffsetSeconds, Qt::UTC);
}

qint64 businessDayNumber(const QDate &day)
{
    return day.toJulianDay() - kEpochJulianDay;
}

QDate businessDayOf(qint64 dayNumber)
{
    return QDate::fromJulianDay(dayNumber + kEpochJulianDay);
}

} // namespace peyvand
