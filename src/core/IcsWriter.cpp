#include "IcsWriter.h"

#include "ContentLine.h"

namespace peyvand {

IcsWriter::IcsWriter(const QString &name)
{
    raw(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    raw(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    raw(QStringLiteral("PRODID"), QStringLiteral("-//Peyvand//Peyvand CRM//FA"));
    raw(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    raw(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    text(QStringLiteral("X-WR-CALNAME"), name);
    raw(QStringLiteral("X-WR-TIMEZONE"), QStringLiteral("Asia/Tehran"));
}

void IcsWriter::begin(const QString &component)
{
    raw(QStringLiteral("BEGIN"), component);
}

void IcsWriter::end(const QString &component)
{
    raw(QStringLiteral("END"), component);
}

void IcsWriter::text(const QString &property, const QString &value)
{
    raw(property, ContentLine::escape(value));
}

void IcsWriter::raw(const QString &property, const QString &value)
{
    m_out += ContentLine::fold(property + u':' + value);
}

void IcsWriter::time(const QString &property, const QDateTime &utcTime)
{
    raw(property, utc(utcTime));
}

QString IcsWriter::utc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QByteArray IcsWriter::finish()
{
    end(QStringLiteral("VCALENDAR"));
    return std::move(m_out);
}

} // namespace peyvand
