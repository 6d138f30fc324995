#include "BackupService.h"

#include "AccessPolicy.h"
#include "BackupPolicy.h"
#include "DataStore.h"
#include "ValidationError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

const QString kLastAt = QStringLiteral("backup.last_at");
const QString kClaimedAt = QStringLiteral("backup.claimed_at");
// Another PC's automatic backup is trusted to be running for this long.
constexpr qint64 kClaimSeconds = 3600;

std::optional<QDateTime> timeValue(const MetaRepository &meta, const QString &key)
{
    const auto text = meta.value(key);
    if (!text)
        return std::nullopt;
    QDateTime at = QDateTime::fromString(*text, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

BackupService::BackupService(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

BackupSettings BackupService::settings() const
{
    return BackupSettings::load(m_store.meta());
}

void BackupService::saveSettings(const BackupSettings &settings)
{
    AccessPolicy::require(m_store.actor(), Permission::ManageBackups);
    settings.validate();
    m_store.transaction([&] { settings.save(m_store.meta()); });
}

QString BackupService::folder() const
{
    return settings().folderFor(m_store.location());
}

QList<BackupFile> BackupService::backups() const
{
    const QDir dir(folder());
    if (!dir.exists())
        return {};
    const BackupPolicy policy(m_store.location(), m_store.backup()->fileSuffix());
    QList<BackupFile> files = policy.backupsAmong(dir.entryList(QDir::Files));
    for (BackupFile &f : files) {
        const QFileInfo info(dir.filePath(f.path));
        f.path = info.absoluteFilePath();
        f.bytes = info.size();
    }
    return files;
}

std::optional<QDateTime> BackupService::lastBackupAt() const
{
    std::optional<QDateTime> last = timeValue(m_store.meta(), kLastAt);
    const QList<BackupFile> files = backups();
    if (!files.isEmpty() && (!last || files.first().takenAt > *last))
        last = files.first().takenAt;
    return last;
}

QDateTime BackupService::nextDueAt() const
{
    return BackupPolicy::nextDue(m_clock.now(), lastBackupAt(), settings().intervalDays);
}

bool BackupService::isDue() const
{
    return BackupPolicy::isDue(m_clock.now(), lastBackupAt(), settings().intervalDays);
}

QString BackupService::ensureFolder() const
{
    const QString path = folder();
    if (!QDir().mkpath(path))
        throw ValidationError(QStringLiteral("backup.folder"), QStringLiteral("not_writable"),
                              QStringLiteral("%1: cannot create the backup folder").arg(path),
                              QStringLiteral("پوشهٔ پشتیبان ساخته نشد: %1").arg(path));
    return path;
}

QString BackupService::freeName(const QString &folder, bool beforeRestore) const
{
    const BackupPolicy policy(m_store.location(), m_store.backup()->fileSuffix());
    QDateTime at = m_clock.now().toUTC();
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    // Two backups in one second (a button pressed twice): the next free second.
    QString path = QDir(folder).filePath(policy.fileName(at, beforeRestore));
    while (QFileInfo::exists(path)) {
        at = at.addSecs(1);
        path = QDir(folder).filePath(policy.fileName(at, beforeRestore));
    }
    return path;
}

BackupResult BackupService::backupIntoFolder(const BackupOptions &options)
{
    const BackupSettings s = settings();
    const QString dir = ensureFolder();
    const QString path = freeName(dir, false);
    BackupResult result;
    result.check = m_store.backup()->backupTo(path, options);
    const BackupPolicy policy(m_store.location(), m_store.backup()->fileSuffix());
    result.file = *policy.parse(path);
    result.file.path = QFileInfo(path).absoluteFilePath();
    result.file.bytes = QFileInfo(path).size();
    m_store.transaction([&] { m_store.meta().setValue(kLastAt, timeText(result.file.takenAt)); });
    for (const BackupFile &old : BackupPolicy::beyondKeep(backups(), s.keep)) {
        if (QFile::remove(old.path))
            result.removed << old;
        else
            spdlog::warn("backup rotation: cannot remove {}", old.path.toStdString());
    }
    spdlog::info("backup of {} to {} ({} bytes); {} old backups removed", m_store.location().toStdString(),
                 path.toStdString(), result.file.bytes, result.removed.size());
    return result;
}

BackupResult BackupService::backupNow(const BackupOptions &options)
{
    AccessPolicy::require(m_store.actor(), Permission::ManageBackups);
    return backupIntoFolder(options);
}

BackupCheck BackupService::backupTo(const QString &file, const BackupOptions &options)
{
    AccessPolicy::require(m_store.actor(), Permission::ManageBackups);
    const BackupCheck check = m_store.backup()->backupTo(file, options);
    spdlog::info("backup of {} to {}", m_store.location().toStdString(), file.toStdString());
    return check;
}

std::optional<BackupResult> BackupService::runScheduled(const BackupOptions &options)
{
    const QDateTime now = m_clock.now().toUTC();
    bool claimed = false;
    m_store.transaction([&] {
        if (!BackupPolicy::isDue(now, lastBackupAt(), settings().intervalDays))
            return;
        const auto claim = timeValue(m_store.meta(), kClaimedAt);
        if (claim && *claim <= now && claim->secsTo(now) < kClaimSeconds)
            return; // another PC (or window) is making it
        m_store.meta().setValue(kClaimedAt, timeText(now));
        claimed = true;
    });
    if (!claimed)
        return std::nullopt;
    const auto release = [this] { m_store.transaction([&] { m_store.meta().remove(kClaimedAt); }); };
    try {
        BackupResult result = backupIntoFolder(options);
        release();
        return result;
    } catch (...) {
        try {
            release();
        } catch (const std::exception &e) {
            spdlog::warn("backup: cannot release the claim: {}", e.what());
        }
        throw;
    }
}

RestoreResult BackupService::restore(const QString &file, const BackupOptions &options)
{
    AccessPolicy::require(m_store.actor(), Permission::ManageBackups);
    if (!QFileInfo(file).isFile())
        throw ValidationError(QStringLiteral("backup"), QStringLiteral("not_found"),
                              QStringLiteral("%1: no such backup file").arg(file),
                              QStringLiteral("فایل پشتیبان پیدا نشد: %1").arg(file));
    const BackupSettings kept = settings();
    const auto lastAt = timeValue(m_store.meta(), kLastAt);
    const bool folderExisted = QDir(folder()).exists();
    const QString dir = ensureFolder();
    const QString safety = freeName(dir, true);
    RestoreResult result;
    result.restoredFrom = QFileInfo(file).absoluteFilePath();
    try {
        result.outcome = m_store.backup()->restoreFrom(file, safety, options);
    } catch (...) {
        if (!folderExisted)
            QDir().rmdir(dir); // only when empty: a refused backup leaves no trace
        throw;
    }
    const BackupPolicy policy(m_store.location(), m_store.backup()->fileSuffix());
    result.keptAs = *policy.parse(safety);
    result.keptAs.path = QFileInfo(safety).absoluteFilePath();
    result.keptAs.bytes = QFileInfo(safety).size();
    // The backup settings are the installation's, not the data's: keep them.
    m_store.transaction([&] {
        kept.save(m_store.meta());
        m_store.meta().remove(kClaimedAt);
        if (lastAt)
            m_store.meta().setValue(kLastAt, timeText(*lastAt));
        else
            m_store.meta().remove(kLastAt);
    });
    spdlog::info("restored {} from {} (schema {} → {}); the replaced database kept as {}",
                 m_store.location().toStdString(), result.restoredFrom.toStdString(),
                 result.outcome.backup.schemaVersion, result.outcome.schemaVersion, safety.toStdString());
    return result;
}

} // namespace peyvand
