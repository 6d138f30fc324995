#include "BackupPolicy.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace peyvand {

namespace {

const QString kStampFormat = QStringLiteral("yyyy-MM-dd-HHmmss");
const QString kBeforeRestore = QStringLiteral("-before-restore");

} // namespace

BackupPolicy::BackupPolicy(const QString &location, const QString &suffix)
    : m_prefix(QFileInfo(location).completeBaseName())
    , m_suffix(suffix)
{
    if (m_prefix.isEmpty())
        m_prefix = QStringLiteral("peyvand");
}

QString BackupPolicy::fileName(const QDateTime &at, bool beforeRestore) const
{
    return QStringLiteral("%1-%2Z%3.%4")
        .arg(m_prefix, at.toUTC().toString(kStampFormat), beforeRestore ? kBeforeRestore : QString(), m_suffix);
}

std::optional<BackupFile> BackupPolicy::parse(const QString &fileName) const
{
    const QString name = QFileInfo(fileName).fileName();
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)-(\\d{4}-\\d{2}-\\d{2}-\\d{6})Z(-before-restore)?\\.([^.]+)$"));
    const auto match = pattern.match(name);
    if (!match.hasMatch() || match.captured(1) != m_prefix || match.captured(4) != m_suffix)
        return std::nullopt;
    QDateTime at = QDateTime::fromString(match.captured(2), kStampFormat);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    BackupFile file;
    file.path = fileName;
    file.takenAt = at;
    file.beforeRestore = match.hasCaptured(3);
    return file;
}

QList<BackupFile> BackupPolicy::backupsAmong(const QStringList &fileNames) const
{
    QList<BackupFile> files;
    for (const QString &name : fileNames)
        if (auto file = parse(name))
            files << *file;
    // Newest first; a restore's safety copy and a backup of the same second
    // (no more than a tie) by name, so the order never depends on the listing.
    std::sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) {
        if (a.takenAt != b.takenAt)
            return a.takenAt > b.takenAt;
        return a.path > b.path;
    });
    return files;
}

QList<BackupFile> BackupPolicy::beyondKeep(const QList<BackupFile> &newestFirst, int keep)
{
    return newestFirst.mid(std::max(keep, 0));
}

QDateTime BackupPolicy::nextDue(const QDateTime &now, const std::optional<QDateTime> &last, int intervalDays)
{
    if (intervalDays <= 0)
        return {};
    if (!last)
        return now.toUTC();
    return last->toUTC().addSecs(qint64(intervalDays) * 86400);
}

bool BackupPolicy::isDue(const QDateTime &now, const std::optional<QDateTime> &last, int intervalDays)
{
    const QDateTime due = nextDue(now, last, intervalDays);
    return due.isValid() && now >= due;
}

} // namespace peyvand
