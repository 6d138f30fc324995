#pragma once
// A report's Jalali period: whole days from `from` to `to`, both included.
// Report days are Iranian business days: Iran Standard Time, UTC+03:30 (Iran
// has had no daylight saving since 1401), whatever the PC's time zone, so a
// report reads the same on every desk and summaries can be kept by day.
#include <QDate>
#include <QDateTime>

namespace peyvand {

enum class PeriodPreset { ThisMonth, ThisQuarter, ThisYear, PreviousMonth, PreviousQuarter, PreviousYear };

struct ReportPeriod
{
    QDate from;
    QDate to; // included

    // The preset period that contains (or, for "previous", precedes) `today`,
    // by Jalali months, quarters (فصل: months 1–3, 4–6, 7–9, 10–12) and years.
    static ReportPeriod preset(PeriodPreset preset, const QDate &today);
    // Throws ValidationError (field "from"/"to") when a date is invalid and
    // (field "period", code "end_before_start") when `to` is before `from`.
    static ReportPeriod custom(const QDate &from, const QDate &to);

    // 00:00 of `from` and 00:00 of the day after `to`, Iran Standard Time, as UTC.
    QDateTime startUtc() const;
    QDateTime endUtc() const; // excluded
    qint64 days() const;
};

// The Iranian business day a UTC moment falls on (UTC+03:30).
QDate businessDay(const QDateTime &utc);
// The start of a business day, as UTC.
QDateTime businessDayStart(const QDate &day);
// Business days as whole numbers (days since 1970-01-01; the summaries' key):
// floor((unix seconds + 12600) / 86400).
qint64 businessDayNumber(const QDate &day);
QDate businessDayOf(qint64 dayNumber);
// Iran Standard Time: seconds ahead of UTC.
constexpr int kIranOffsetSeconds = 12600;

} // namespace peyvand
