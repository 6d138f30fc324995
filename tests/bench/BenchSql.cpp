#include "BenchSql.h"

#include "BenchHarness.h"

#include <QList>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

namespace peyvand::bench {

namespace {

std::map<std::pair<sqlite3 *, std::string>, sqlite3_stmt *> &cache()
{
    static std::map<std::pair<sqlite3 *, std::string>, sqlite3_stmt *> statements;
    return statements;
}

// Reads every column as the program would use it: numbers as numbers, text as text.
void readColumns(sqlite3_stmt *stmt)
{
    const int n = sqlite3_column_count(stmt);
    for (int i = 0; i < n; ++i) {
        switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_INTEGER:
            (void)sqlite3_column_int64(stmt, i);
            break;
        case SQLITE_FLOAT:
            (void)sqlite3_column_double(stmt, i);
            break;
        case SQLITE_NULL:
            break;
        default:
            (void)sqlite3_column_text(stmt, i);
            (void)sqlite3_column_bytes(stmt, i);
        }
    }
}

void stepFailed(sqlite3 *db, const char *sql)
{
    std::fprintf(stderr, "raw SQL step failed: %s\n  %s\n", sqlite3_errmsg(db), sql);
    std::exit(2);
}

} // namespace

sqlite3_stmt *rawStatement(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *&stmt = cache()[{ db, sql }];
    if (!stmt) {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "raw SQL failed: %s\n  %s\n", sqlite3_errmsg(db), sql);
            std::exit(2);
        }
    } else {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    return stmt;
}

void closeRaw(sqlite3 *db)
{
    if (!db)
        return;
    auto &statements = cache();
    for (auto it = statements.begin(); it != statements.end();) {
        if (it->first.first == db) {
            sqlite3_finalize(it->second);
            it = statements.erase(it);
        } else {
            ++it;
        }
    }
    sqlite3_close(db);
}

void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

qint64 rawRows(sqlite3 *db, const char *sql, const Binder &bind)
{
    sqlite3_stmt *stmt = rawStatement(db, sql);
    if (bind)
        bind(stmt);
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        readColumns(stmt);
        ++rows;
    }
    if (rc != SQLITE_DONE)
        stepFailed(db, sql);
    sqlite3_reset(stmt);
    return rows;
}

qint64 rawNotedRows(Context &ctx, sqlite3 *db, const char *sql, const Binder &bind, int column)
{
    sqlite3_stmt *stmt = rawStatement(db, sql);
    if (bind)
        bind(stmt);
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        readColumns(stmt);
        ctx.note(sqlite3_column_int64(stmt, column));
        ++rows;
    }
    if (rc != SQLITE_DONE)
        stepFailed(db, sql);
    sqlite3_reset(stmt);
    return rows;
}

qint64 rawScalar(sqlite3 *db, const char *sql, const Binder &bind)
{
    sqlite3_stmt *stmt = rawStatement(db, sql);
    if (bind)
        bind(stmt);
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        stepFailed(db, sql);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_reset(stmt);
    return value;
}

QString rawText(sqlite3 *db, const char *sql, const Binder &bind)
{
    sqlite3_stmt *stmt = rawStatement(db, sql);
    if (bind)
        bind(stmt);
    QString out;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_reset(stmt);
    return out;
}

QList<qint64> rawIds(sqlite3 *db, const char *sql, const Binder &bind)
{
    sqlite3_stmt *stmt = rawStatement(db, sql);
    if (bind)
        bind(stmt);
    QList<qint64> out;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        out << sqlite3_column_int64(stmt, 0);
    if (rc != SQLITE_DONE)
        stepFailed(db, sql);
    sqlite3_reset(stmt);
    return out;
}

bool copyDatabase(const QString &from, const QString &to)
{
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    bool ok = sqlite3_open_v2(from.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_open_v2(to.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            == SQLITE_OK;
    if (ok) {
        sqlite3_busy_timeout(source, 10000);
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
        ok = sqlite3_backup_finish(backup) == SQLITE_OK && ok;
    }
    // The copy keeps the original's journal mode (WAL), as Peyvand would open it.
    if (ok)
        ok = sqlite3_exec(target, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(source);
    sqlite3_close(target);
    return ok;
}

void rawExec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "raw SQL failed: %s\n  %s\n", error ? error : sqlite3_errmsg(db), sql);
        sqlite3_free(error);
        std::exit(2);
    }
}

} // namespace peyvand::bench
