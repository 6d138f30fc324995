#pragma once
// The value conventions the SQLite repositories use, for PostgreSQL
// statements and results: times as epoch seconds (invalid: NULL), calendar
// dates as ISO text (invalid: NULL), an id of 0 or an empty text as NULL, and
// the reads back.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace peyvand {
class PgStatement;
class PgResult;
} // namespace peyvand

namespace peyvand::PgValues {

void bindTime(PgStatement &q, int index, const QDateTime &value);
void bindDate(PgStatement &q, int index, const QDate &value);
// 0 means none (an owner, a household…): NULL.
void bindId(PgStatement &q, int index, qint64 id);
void bindId(PgStatement &q, int index, const std::optional<qint64> &id);
// An empty text is NULL (SQLite's bindText).
void bindText(PgStatement &q, int index, const QString &value);
// A LIMIT: a negative one is NULL, no limit, as SQLite reads LIMIT -1.
void bindLimit(PgStatement &q, int index, qint64 limit);

QDateTime time(const PgResult &r, int row, int column);
QDate date(const PgResult &r, int row, int column);
std::optional<qint64> optionalInt64(const PgResult &r, int row, int column);

} // namespace peyvand::PgValues
