#pragma once
// Reads one row of a PgResult as the SQLite backend reads its rows: epoch
// seconds as UTC QDateTimes (NULL: invalid), ISO text as QDates, nullable ids
// as optionals. Columns are 0-based, as in SqliteStatement.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace peyvand {

class PgResult;

class PgRowReader
{
public:
    PgRowReader(const PgResult &result, int row)
        : m_result(result)
        , m_row(row)
    {
    }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    bool boolean(int column) const;
    QDateTime dateTime(int column) const;
    QDate date(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    QByteArray json(int column) const;

private:
    const PgResult &m_result;
    int m_row;
};

} // namespace peyvand
