#include "SqliteDatabaseBackup.h"

#include "BackupFileCheck.h"
#include "DatabaseError.h"
#include "DeferredIndexes.h"
#include "DurableFile.h"
#include "Migrations.h"
#include "OperationCancelled.h"
#include "SqliteBackupCopy.h"
#include "SqliteDatabase.h"
#include "SqliteFileHandle.h"
#include "ValidationError.h"

#include <QFileInfo>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace peyvand {

namespace {

// The source connection's read transaction for the whole copy, in WAL mode
// only: there it blocks no writer. A rollback-journal source (a bulk load
// running alone) is locked only during each step instead.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(SqliteDatabase &db)
        : m_db(db)
    {
        auto q = m_db.prepare("PRAGMA journal_mode");
        if (!q->step() || q->text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return;
        m_db.exec("BEGIN DEFERRED");
        m_open = true;
        m_db.exec("SELECT count(*) FROM sqlite_schema"); // takes the snapshot now
    }
    ~ReadSnapshot()
    {
        if (m_open)
            sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    SqliteDatabase &m_db;
    bool m_open = false;
};

BackupOptions reportedAs(const BackupOptions &options, BackupPhase phase)
{
    BackupOptions mapped = options;
    if (options.progress)
        mapped.progress = [progress = options.progress, phase](BackupPhase, qint64 done, qint64 total) {
            progress(phase, done, total);
        };
    return mapped;
}

} // namespace

void SqliteDatabaseBackup::expectNoTransaction(const char *what) const
{
    if (m_db.transactionDepth() > 0 || sqlite3_get_autocommit(m_db.handle()) == 0)
        throw DatabaseError(QStringLiteral("%1: cannot %2 inside a transaction").arg(m_db.path(), QLatin1String(what)));
}

void SqliteDatabaseBackup::copyTo(const QString &part, const BackupOptions &options)
{
    SqliteFileHandle destination(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    // The part file is thrown away if anything fails, so it needs no journal
    // while written; it is flushed once at the end instead.
    destination.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF");
    {
        ReadSnapshot snapshot(m_db);
        SqliteBackupCopy::run(destination.handle(), m_db.handle(), BackupPhase::Copying, options,
                              QStringLiteral("backup of %1 to %2").arg(m_db.path(), part));
    }
    // The copied header says WAL like the source: make it a plain,
    // self-contained file (no -wal or -shm beside it when opened).
    destination.exec("PRAGMA journal_mode = DELETE");
    destination.close();
}

BackupCheck SqliteDatabaseBackup::backupTo(const QString &file, const BackupOptions &options)
{
    return saveCopy(file, options, true);
}

BackupCheck SqliteDatabaseBackup::saveCopy(const QString &file, const BackupOptions &options, bool strict)
{
    expectNoTransaction("back up");
    const QString part = file + QStringLiteral(".part");
    DurableFile::removeWithCompanions(part);
    const int version = m_db.userVersion();
    try {
        copyTo(part, options);
        DurableFile::sync(part);
        BackupCheck check;
        try {
            check = BackupFileCheck::check(part, BackupFileCheck::Depth::Quick, BackupPhase::Verifying, options);
            if (check.schemaVersion != version)
                throw DatabaseError(QStringLiteral("the backup written to %1 has schema version %2, the database %3")
                                        .arg(part)
                                        .arg(check.schemaVersion)
                                        .arg(version));
        } catch (const ValidationError &e) {
            if (strict)
                throw DatabaseError(
                    QStringLiteral("the backup written to %1 failed its check: %2").arg(part, e.message()));
            // A restore's safety copy of a damaged database is still the data as it was.
            spdlog::warn("{}: the copy of the database being replaced failed its check: {}", part.toStdString(),
                         e.message().toStdString());
            check.schemaVersion = version;
        }
        DurableFile::replace(part, file);
        check.bytes = QFileInfo(file).size();
        return check;
    } catch (...) {
        DurableFile::removeWithCompanions(part);
        throw;
    }
}

BackupCheck SqliteDatabaseBackup::inspect(const QString &file, const BackupOptions &options)
{
    return BackupFileCheck::check(file, BackupFileCheck::Depth::Full, BackupPhase::Checking, options);
}

RestoreOutcome SqliteDatabaseBackup::restoreFrom(const QString &file, const QString &safetyCopy,
                                                 const BackupOptions &options)
{
    expectNoTransaction("restore");
    const QString live = QFileInfo(m_db.path()).canonicalFilePath();
    if (!live.isEmpty() && QFileInfo(file).canonicalFilePath() == live)
        throw ValidationError(QStringLiteral("backup"), QStringLiteral("same_file"),
                              QStringLiteral("%1: this is the database itself, not a backup of it").arg(file),
                              QStringLiteral("این فایل خود پایگاه داده است، نه پشتیبانی از آن: %1").arg(file));
    RestoreOutcome outcome;
    outcome.backup = inspect(file, options);

    SqliteFileHandle source(file, SQLITE_OPEN_READONLY);
    // A WAL database keeps its page size; SQLite cannot copy pages of another size into it.
    const qint64 sourcePageSize = source.integer("PRAGMA page_size");
    qint64 livePageSize = 0;
    {
        auto q = m_db.prepare("PRAGMA page_size");
        livePageSize = q->step() ? q->int64(0) : 0;
    }
    if (sourcePageSize != livePageSize)
        throw ValidationError(QStringLiteral("backup"), QStringLiteral("page_size"),
                              QStringLiteral("%1: the backup's page size (%2) differs from the database's (%3); "
                                             "open the backup itself with --db instead of restoring it")
                                  .arg(file)
                                  .arg(sourcePageSize)
                                  .arg(livePageSize),
                              QStringLiteral("اندازهٔ صفحهٔ این پشتیبان با پایگاه داده فرق دارد: %1").arg(file));

    saveCopy(safetyCopy, reportedAs(options, BackupPhase::SavingCurrent), false);
    if (options.cancel && options.cancel->load())
        throw OperationCancelled();

    SqliteBackupCopy::run(m_db.handle(), source.handle(), BackupPhase::Restoring, options,
                          QStringLiteral("restore of %1 from %2").arg(m_db.path(), file));
    source.close();
    spdlog::info("{}: restored from {} (schema {}); the replaced database kept as {}", m_db.path().toStdString(),
                 file.toStdString(), outcome.backup.schemaVersion, safetyCopy.toStdString());

    // From here the restored data is in place; what follows brings it up to date.
    if (options.progress)
        options.progress(BackupPhase::Migrating, 0, 1);
    m_db.exec("PRAGMA journal_mode = WAL");
    Migrations::migrate(m_db);
    if (DeferredIndexes::pending(m_db))
        DeferredIndexes::rebuild(m_db);
    outcome.schemaVersion = m_db.userVersion();
    if (options.progress)
        options.progress(BackupPhase::Migrating, 1, 1);
    return outcome;
}

} // namespace peyvand
