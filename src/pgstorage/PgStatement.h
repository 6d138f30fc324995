#pragma once
// A prepared statement with typed parameters ($1, $2… bound by 1-based
// index): int64 (int8), text (UTF-8 from QString), bool, bytea (sent as
// binary), JSON (json, sent as text) and NULL. The same SQL with the same
// parameter types is prepared once per connection. Bindings stay until
// rebound, so one statement runs many times.
#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <vector>

namespace peyvand {

class PgConnection;
class PgResult;

class PgStatement
{
public:
    PgStatement(PgConnection &connection, QByteArray sql);

    PgStatement &bind(int index, qint64 value);
    PgStatement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    PgStatement &bind(int index, const QString &value);
    PgStatement &bind(int index, const char *utf8) { return bind(index, QString::fromUtf8(utf8)); }
    PgStatement &bind(int index, bool value);
    PgStatement &bindNull(int index);
    PgStatement &bindBytes(int index, const QByteArray &value);
    // JSON text, stored as it is given (a json column keeps it verbatim).
    PgStatement &bindJson(int index, const QByteArray &json);

    // Runs the statement; throws PgError. The result holds the rows, if any.
    // Outside a transaction it first replaces a lost session, and a read
    // (SELECT/WITH) that loses it is run once more on a new one.
    PgResult exec();
    // Runs a statement that returns no rows; the number of rows it changed.
    qint64 run();

    // The bound parameters as one line of COPY … FROM STDIN in text format
    // (tab-separated, NULL as \N, backslash, tab, CR and LF escaped), for a
    // bulk load that binds rows as a statement would (PgRowWriter). Binary
    // (bytea) parameters are not supported there.
    void appendCopyLine(QByteArray &out) const;

private:
    struct Param
    {
        unsigned int type = 0; // 0: let the server infer (NULL)
        QByteArray value;
        bool null = true;
        bool binary = false;
    };
    Param &slot(int index);
    PgResult execOnce();
    bool isRead() const;

    PgConnection &m_connection;
    QByteArray m_sql;
    std::vector<Param> m_params;
};

} // namespace peyvand
