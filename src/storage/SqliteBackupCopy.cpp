#include "SqliteBackupCopy.h"

#include "DatabaseError.h"
#include "OperationCancelled.h"

#include <QElapsedTimer>
#include <QThread>
#include <sqlite3.h>

namespace peyvand::SqliteBackupCopy {

namespace {

// How long a locked destination (another connection writing) is waited for,
// on top of the connection's own busy timeout.
constexpr qint64 kBusyLimitMs = 60000;

} // namespace

void run(sqlite3 *destination, sqlite3 *source, BackupPhase phase, const BackupOptions &options, const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        throw DatabaseError(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(destination))),
                            sqlite3_extended_errcode(destination));
    const auto fail = [&](int rc) {
        sqlite3_backup_finish(backup);
        const int code = sqlite3_extended_errcode(destination);
        throw DatabaseError(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))),
                            code ? code : rc);
    };
    QElapsedTimer busy;
    for (;;) {
        const int rc = sqlite3_backup_step(backup, kPagesPerStep);
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (rc == SQLITE_DONE) {
            if (options.progress)
                options.progress(phase, total, total);
            break;
        }
        if (rc == SQLITE_OK) {
            busy.invalidate();
            if (options.progress)
                options.progress(phase, total - sqlite3_backup_remaining(backup), total);
        } else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
            if (!busy.isValid())
                busy.start();
            else if (busy.elapsed() > kBusyLimitMs)
                fail(rc);
            QThread::msleep(20);
        } else {
            fail(rc);
        }
        if (options.cancel && options.cancel->load()) {
            sqlite3_backup_finish(backup); // rolls the destination back
            throw OperationCancelled();
        }
    }
    const int rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_OK)
        throw DatabaseError(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(destination))), rc);
}

} // namespace peyvand::SqliteBackupCopy
