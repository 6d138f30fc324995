#pragma once
// Writes an iCalendar (RFC 5545) stream: VCALENDAR with VERSION and PRODID,
// components of properties whose text is escaped and whose lines are folded
// at 75 octets with CRLF ends; times in UTC ("Z").
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace peyvand {

class IcsWriter
{
public:
    // Opens the calendar; `name` becomes X-WR-CALNAME (shown by Google Calendar
    // and Thunderbird as the calendar's name).
    explicit IcsWriter(const QString &name);

    void begin(const QString &component); // VEVENT, VTODO
    void end(const QString &component);
    void text(const QString &property, const QString &value); // escaped
    void raw(const QString &property, const QString &value); // written as given
    void time(const QString &property, const QDateTime &utc); // 20261122T063000Z

    // Closes the calendar and returns the whole stream.
    QByteArray finish();

    static QString utc(const QDateTime &time);

private:
    QByteArray m_out;
};

} // namespace peyvand
