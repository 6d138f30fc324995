#pragma once
// Meetings and open follow-ups of a date range as an iCalendar file that
// Thunderbird and Google Calendar open: each meeting a VEVENT from its start
// for its duration (an hour when none was logged), each open follow-up a
// VEVENT of 15 minutes at its time or, for task lists, a VTODO due then
// (Google Calendar skips VTODOs). Times are UTC; titles carry the activity's
// kind and the customer's name in Persian and the Jalali day in Tehran.
// UIDs are stable per activity (activity-<id>@peyvand, follow-up-<id>@peyvand),
// so importing a newer export updates the entries instead of repeating them.
#include "Clock.h"
#include "DataStore.h"

#include <QByteArray>
#include <QDate>
#include <QHash>

namespace peyvand {

struct CalendarExportOptions
{
    QDateTime from; // UTC, inclusive
    QDateTime to; // UTC, exclusive
    bool followUpsAsTodos = false;

    // From the start of Jalali/ISO day `first` to the end of day `last`, Tehran time.
    static CalendarExportOptions days(const QDate &first, const QDate &last);
};

struct CalendarExportCounts
{
    qint64 meetings = 0;
    qint64 followUps = 0;
};

class CalendarExporter
{
public:
    CalendarExporter(DataStore &store, const Clock &clock);

    // Needs export_data (PermissionError).
    QByteArray exportRange(const CalendarExportOptions &options, CalendarExportCounts *counts = nullptr);

    // "جلسه: شرکت پارس (۱ آذر ۱۴۰۵)"
    static QString summary(const QString &kind, const QString &customer, const QDateTime &utc);

private:
    QString customerName(qint64 id);
    QString contactName(const std::optional<qint64> &id);
    QString description(const Activity &a, bool followUp);

    DataStore &m_store;
    const Clock &m_clock;
    QHash<qint64, QString> m_customers;
};

} // namespace peyvand
