#include "CalendarExporter.h"

#include "AccessPolicy.h"
#include "IcsWriter.h"
#include "JalaliDate.h"
#include "PersianText.h"
#include "ReportPeriod.h"

namespace peyvand {

namespace {

QString tehranTime(const QDateTime &utc)
{
    const QTime t = utc.toUTC().addSecs(kIranOffsetSeconds).time();
    return PersianText::toPersianDigits(t.toString(QStringLiteral("HH:mm")));
}

QString kindName(ActivityType type)
{
    return toPersian(type);
}

} // namespace

CalendarExportOptions CalendarExportOptions::days(const QDate &first, const QDate &last)
{
    CalendarExportOptions o;
    o.from = businessDayStart(first);
    o.to = businessDayStart(last.addDays(1));
    return o;
}

CalendarExporter::CalendarExporter(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

QString CalendarExporter::summary(const QString &kind, const QString &customer, const QDateTime &utc)
{
    return QStringLiteral("%1: %2 (%3)").arg(kind, customer, JalaliDate::formatLong(businessDay(utc)));
}

QString CalendarExporter::customerName(qint64 id)
{
    auto it = m_customers.constFind(id);
    if (it != m_customers.constEnd())
        return *it;
    const std::optional<Customer> c = m_store.customers().get(id);
    const QString name
        = c ? c->displayName() : QStringLiteral("مشتری %1").arg(PersianText::toPersianDigits(QString::number(id)));
    m_customers.insert(id, name);
    return name;
}

QString CalendarExporter::contactName(const std::optional<qint64> &id)
{
    if (!id)
        return {};
    const std::optional<ContactPerson> c = m_store.contacts().get(*id);
    return c ? c->displayName() : QString();
}

QString CalendarExporter::description(const Activity &a, bool followUp)
{
    const QDateTime when = followUp ? a.followUpAt : a.at;
    QStringList lines;
    lines << (followUp ? QStringLiteral("پیگیری %1 با %2") : QStringLiteral("%1 با %2"))
                 .arg(kindName(a.type), customerName(a.customerId));
    lines << QStringLiteral("تاریخ: %1، ساعت %2 (تهران)")
                 .arg(JalaliDate::formatLong(businessDay(when)), tehranTime(when));
    if (const QString contact = contactName(a.contactId); !contact.isEmpty())
        lines << QStringLiteral("فرد رابط: %1").arg(contact);
    if (followUp)
        lines << QStringLiteral("%1 در %2").arg(kindName(a.type), JalaliDate::formatLong(businessDay(a.at)));
    if (!a.outcome.isEmpty())
        lines << QStringLiteral("نتیجه: %1").arg(a.outcome);
    if (!a.notes.isEmpty())
        lines << QStringLiteral("یادداشت: %1").arg(a.notes);
    lines << QStringLiteral("شماره‌ی مشتری در پیوند: %1")
                 .arg(PersianText::toPersianDigits(QString::number(a.customerId)));
    return lines.join(u'\n');
}

QByteArray CalendarExporter::exportRange(const CalendarExportOptions &options, CalendarExportCounts *counts)
{
    AccessPolicy::require(m_store.actor(), Permission::ExportData);
    const QDateTime stamp = m_clock.now();
    IcsWriter ics(QStringLiteral("پیوند"));
    CalendarExportCounts n;

    for (const Activity &a : m_store.activities().ofTypeBetween(ActivityType::Meeting, options.from, options.to)) {
        const int seconds = a.durationSeconds > 0 ? a.durationSeconds : 3600;
        ics.begin(QStringLiteral("VEVENT"));
        ics.raw(QStringLiteral("UID"), QStringLiteral("activity-%1@peyvand").arg(a.id));
        ics.time(QStringLiteral("DTSTAMP"), stamp);
        ics.time(QStringLiteral("DTSTART"), a.at);
        ics.time(QStringLiteral("DTEND"), a.at.addSecs(seconds));
        ics.text(QStringLiteral("SUMMARY"), summary(kindName(a.type), customerName(a.customerId), a.at));
        ics.text(QStringLiteral("DESCRIPTION"), description(a, false));
        ics.raw(QStringLiteral("STATUS"), QStringLiteral("CONFIRMED"));
        ics.text(QStringLiteral("CATEGORIES"), kindName(a.type));
        ics.end(QStringLiteral("VEVENT"));
        ++n.meetings;
    }

    for (const Activity &a : m_store.activities().openFollowUpsBetween(options.from, options.to)) {
        const QString title
            = summary(QStringLiteral("پیگیری %1").arg(kindName(a.type)), customerName(a.customerId), a.followUpAt);
        const QString uid = QStringLiteral("follow-up-%1@peyvand").arg(a.id);
        if (options.followUpsAsTodos) {
            ics.begin(QStringLiteral("VTODO"));
            ics.raw(QStringLiteral("UID"), uid);
            ics.time(QStringLiteral("DTSTAMP"), stamp);
            ics.time(QStringLiteral("DUE"), a.followUpAt);
            ics.text(QStringLiteral("SUMMARY"), title);
            ics.text(QStringLiteral("DESCRIPTION"), description(a, true));
            ics.raw(QStringLiteral("STATUS"), QStringLiteral("NEEDS-ACTION"));
            ics.end(QStringLiteral("VTODO"));
        } else {
            ics.begin(QStringLiteral("VEVENT"));
            ics.raw(QStringLiteral("UID"), uid);
            ics.time(QStringLiteral("DTSTAMP"), stamp);
            ics.time(QStringLiteral("DTSTART"), a.followUpAt);
            ics.time(QStringLiteral("DTEND"), a.followUpAt.addSecs(15 * 60));
            ics.text(QStringLiteral("SUMMARY"), title);
            ics.text(QStringLiteral("DESCRIPTION"), description(a, true));
            ics.raw(QStringLiteral("STATUS"), QStringLiteral("TENTATIVE"));
            ics.text(QStringLiteral("CATEGORIES"), QStringLiteral("پیگیری"));
            ics.end(QStringLiteral("VEVENT"));
        }
        ++n.followUps;
    }
    if (counts)
        *counts = n;
    return ics.finish();
}

} // namespace peyvand
