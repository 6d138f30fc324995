#pragma once
// GoogleTest printers for Qt value types, so a failed expectation shows the text
// (UTF-8) instead of raw bytes. Included by the unit test files only.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '{';
    for (qsizetype i = 0; i < list.size(); ++i)
        *os << (i ? ", " : "") << '"' << list[i].toStdString() << '"';
    *os << '}';
}

inline void PrintTo(const QDate &d, std::ostream *os)
{
    *os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("<invalid date>"));
}

inline void PrintTo(const QDateTime &dt, std::ostream *os)
{
    *os << (dt.isValid() ? dt.toString(Qt::ISODateWithMs).toStdString() : std::string("<invalid datetime>"));
}
