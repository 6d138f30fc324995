#include "BackupFileCheck.h"

#include "DatabaseError.h"
#include "Migrations.h"
#include "OperationCancelled.h"
#include "PersianText.h"
#include "SqliteFileHandle.h"
#include "ValidationError.h"

#include <QFileInfo>
#include <sqlite3.h>

namespace peyvand::BackupFileCheck {

namespace {

const QString kField = QStringLiteral("backup");

[[noreturn]] void refuse(const QString &code, const QString &english, const QString &persian)
{
    throw ValidationError(kField, code, english, persian);
}

[[noreturn]] void refuseCorrupt(const QString &path, const QString &detail)
{
    refuse(QStringLiteral("corrupt"), QStringLiteral("%1: the backup is damaged (%2)").arg(path, detail),
           QStringLiteral("فایل پشتیبان خراب است: %1").arg(path));
}

// Turns SQLite's answer to the first reads into the refusal a person understands.
[[noreturn]] void refuseOpen(const QString &path, const DatabaseError &e)
{
    const int primary = e.sqliteCode() & 0xff;
    if (primary == SQLITE_NOTADB)
        refuse(QStringLiteral("not_a_database"),
               QStringLiteral("%1: not a Peyvand backup (not a SQLite file)").arg(path),
               QStringLiteral("این فایل پشتیبان پیوند نیست (فایل SQLite نیست): %1").arg(path));
    if (primary == SQLITE_CORRUPT) {
        QString detail = QString::fromUtf8(e.what());
        if (detail.startsWith(path + QStringLiteral(": ")))
            detail = detail.mid(path.size() + 2);
        refuseCorrupt(path, detail);
    }
    throw e;
}

int onProgress(void *flag)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(flag);
    return cancel && cancel->load() ? 1 : 0;
}

} // namespace

BackupCheck check(const QString &path, Depth depth, BackupPhase phase, const BackupOptions &options)
{
    const QFileInfo info(path);
    if (!info.isFile())
        refuse(QStringLiteral("not_found"), QStringLiteral("%1: no such backup file").arg(path),
               QStringLiteral("فایل پشتیبان پیدا نشد: %1").arg(path));
    if (options.progress)
        options.progress(phase, 0, 1);
    BackupCheck result;
    result.bytes = info.size();
    result.latestSchemaVersion = Migrations::latestVersion();
    std::unique_ptr<SqliteFileHandle> file;
    qint64 tables = 0;
    try {
        file = std::make_unique<SqliteFileHandle>(path, SQLITE_OPEN_READONLY);
        tables = file->integer("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                               "AND name IN ('meta', 'users', 'customers')");
        result.schemaVersion = int(file->integer("PRAGMA user_version"));
    } catch (const DatabaseError &e) {
        refuseOpen(path, e);
    }
    if (tables != 3 || result.schemaVersion <= 0)
        refuse(
            QStringLiteral("not_peyvand"),
            QStringLiteral("%1: not a Peyvand backup (no Peyvand tables in it)").arg(path),
            QStringLiteral(
                "این فایل پشتیبان پیوند نیست (جدول‌های پیوند را ندارد): %1")
                .arg(path));
    if (result.schemaVersion > result.latestSchemaVersion)
        refuse(QStringLiteral("newer_schema"),
               QStringLiteral("%1: the backup is from a newer Peyvand (schema version %2; this program knows up to "
                              "%3); use a newer Peyvand to restore it")
                   .arg(path)
                   .arg(result.schemaVersion)
                   .arg(result.latestSchemaVersion),
               QStringLiteral("این پشتیبان با نسخهٔ تازه‌تری از پیوند ساخته شده است (نسخهٔ طرح %1، این برنامه تا "
                              "%2)؛ "
                              "برای بازگردانی آن پیوند را به‌روز کنید: %3")
                   .arg(PersianText::toPersianDigits(QString::number(result.schemaVersion)),
                        PersianText::toPersianDigits(QString::number(result.latestSchemaVersion)), path));
    // A file cut short: the header counts more pages than the file holds.
    const qint64 pageSize = file->integer("PRAGMA page_size");
    const qint64 pages = file->integer("PRAGMA page_count");
    if (pageSize * pages > result.bytes)
        refuseCorrupt(path, QStringLiteral("%1 bytes, the header says %2").arg(result.bytes).arg(pageSize * pages));
    sqlite3_progress_handler(file->handle(), 10000, onProgress, const_cast<std::atomic_bool *>(options.cancel));
    sqlite3_stmt *stmt = nullptr;
    const char *sql = depth == Depth::Full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)";
    int rc = sqlite3_prepare_v2(file->handle(), sql, -1, &stmt, nullptr);
    QStringList problems;
    while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (line != QLatin1String("ok"))
            problems << line;
        rc = SQLITE_OK;
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(file->handle()));
    sqlite3_finalize(stmt);
    sqlite3_progress_handler(file->handle(), 0, nullptr, nullptr);
    if ((rc & 0xff) == SQLITE_INTERRUPT && options.cancel && options.cancel->load())
        throw OperationCancelled();
    if (rc != SQLITE_DONE) {
        const int primary = rc & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR)
            refuseCorrupt(path, error);
        throw DatabaseError(QStringLiteral("%1: %2").arg(path, error), rc);
    }
    if (!problems.isEmpty())
        refuseCorrupt(path, problems.first());
    if (options.progress)
        options.progress(phase, 1, 1);
    return result;
}

} // namespace peyvand::BackupFileCheck
