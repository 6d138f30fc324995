#pragma once
// Binds domain values to a PgStatement with the same conventions as the SQLite
// backend's statements, so both store the same values: times as UTC epoch
// seconds (an invalid time as NULL), calendar dates as ISO text (invalid:
// NULL), an id of 0 and an empty optional as NULL, optional text empty as NULL.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace peyvand {

class PgStatement;

class PgValueBinder
{
public:
    explicit PgValueBinder(PgStatement &statement)
        : m_statement(statement)
    {
    }

    PgValueBinder &bind(int index, qint64 value);
    PgValueBinder &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    PgValueBinder &bind(int index, bool value);
    PgValueBinder &bind(int index, const QString &value); // '' for a null QString, as SQLite
    PgValueBinder &bind(int index, const char *utf8) { return bind(index, QString::fromUtf8(utf8)); }
    PgValueBinder &bind(int index, const QDateTime &value);
    PgValueBinder &bind(int index, const QDate &value);
    PgValueBinder &bind(int index, const std::optional<qint64> &value);
    PgValueBinder &bindNull(int index);
    PgValueBinder &bindId(int index, qint64 id) { return id ? bind(index, id) : bindNull(index); }
    // A LIMIT: a negative one binds NULL, no limit, as SQLite reads LIMIT -1.
    PgValueBinder &bindLimit(int index, qint64 limit) { return limit < 0 ? bindNull(index) : bind(index, limit); }
    PgValueBinder &bindText(int index, const QString &value)
    {
        return value.isEmpty() ? bindNull(index) : bind(index, value);
    }

private:
    PgStatement &m_statement;
};

} // namespace peyvand
