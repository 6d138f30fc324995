#pragma once
// The rows of one statement (RAII over PGresult, text format). Reads are
// typed and checked against the column's type: int64 from smallint, integer,
// bigint or a whole numeric (sum() of bigint); text from text, varchar, name or json(b); boolean; bytes from
// bytea; a wrong type throws PgError instead of guessing. A NULL reads as 0,
// empty or false: ask isNull() where it matters.
#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct pg_result;

namespace peyvand {

class PgResult
{
public:
    explicit PgResult(pg_result *result = nullptr);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    QString columnName(int column) const;
    // The index of a column by name; throws PgError if there is none.
    int column(const char *name) const;
    // Rows changed by INSERT/UPDATE/DELETE.
    qint64 affectedRows() const;

    bool isNull(int row, int column) const;
    qint64 int64(int row, int column) const;
    QString text(int row, int column) const;
    bool boolean(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QByteArray json(int row, int column) const;

private:
    void check(int row, int column, std::initializer_list<unsigned int> accepted, const char *what) const;

    pg_result *m_result;
};

} // namespace peyvand
