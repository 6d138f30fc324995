#include "BulkLoadSettings.h"

#include "DatabaseError.h"
#include "SqliteDatabase.h"

#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

qint64 pragma(SqliteDatabase &db, const char *sql)
{
    auto q = db.prepare(sql);
    return q->step() ? q->int64(0) : 0;
}

QByteArray pragmaText(SqliteDatabase &db, const char *sql)
{
    auto q = db.prepare(sql);
    return q->step() ? q->text(0).toUtf8() : QByteArray();
}

void set(SqliteDatabase &db, const char *name, qint64 value)
{
    db.exec(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(name)).arg(value).toUtf8().constData());
}

} // namespace

BulkLoadSettings::BulkLoadSettings(SqliteDatabase &db, int cacheMiB, bool rollbackJournal)
    : m_db(db)
{
    m_synchronous = pragma(db, "PRAGMA synchronous");
    m_cacheSize = pragma(db, "PRAGMA cache_size");
    m_walAutocheckpoint = pragma(db, "PRAGMA wal_autocheckpoint");
    m_ignoreChecks = pragma(db, "PRAGMA ignore_check_constraints");
    set(db, "synchronous", 0);
    set(db, "cache_size", -qint64(cacheMiB) * 1024);
    set(db, "wal_autocheckpoint", 65536); // 256 MiB of 4 KiB pages, if the WAL stays
    set(db, "ignore_check_constraints", 1);
    if (rollbackJournal) {
        // SQLite leaves WAL only when no other connection has the file open;
        // ask once instead of waiting out the busy timeout.
        const QByteArray before = pragmaText(db, "PRAGMA journal_mode");
        const qint64 timeout = pragma(db, "PRAGMA busy_timeout");
        set(db, "busy_timeout", 0);
        try {
            if (pragmaText(db, "PRAGMA journal_mode = TRUNCATE") == "truncate" && before != "truncate")
                m_journalMode = before;
        } catch (const DatabaseError &) {
            // busy: another connection has the file open, the WAL stays
        }
        set(db, "busy_timeout", timeout);
    }
}

BulkLoadSettings::~BulkLoadSettings()
{
    try {
        restore();
    } catch (const std::exception &e) {
        spdlog::warn("{}: cannot restore the connection settings after a bulk load: {}", m_db.path().toStdString(),
                     e.what());
    }
}

void BulkLoadSettings::restore()
{
    if (m_restored)
        return;
    m_restored = true;
    if (!m_journalMode.isEmpty())
        m_db.exec(("PRAGMA journal_mode = " + m_journalMode).constData());
    set(m_db, "synchronous", m_synchronous);
    set(m_db, "cache_size", m_cacheSize);
    set(m_db, "wal_autocheckpoint", m_walAutocheckpoint);
    set(m_db, "ignore_check_constraints", m_ignoreChecks);
}

} // namespace peyvand
