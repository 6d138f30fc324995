#include "BackupSettings.h"

#include "AppPaths.h"
#include "MetaRepository.h"
#include "PersianText.h"
#include "ValidationError.h"

#include <QDir>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

const QString kFolder = QStringLiteral("backup.folder");
const QString kInterval = QStringLiteral("backup.interval_days");
const QString kKeep = QStringLiteral("backup.keep");

int number(const MetaRepository &meta, const QString &key, int fallback, int min, int max)
{
    const auto text = meta.value(key);
    if (!text)
        return fallback;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < min || value > max) {
        spdlog::warn("meta {}: '{}' is not a number from {} to {}; using {}", key.toStdString(), text->toStdString(),
                     min, max, fallback);
        return fallback;
    }
    return value;
}

} // namespace

BackupSettings BackupSettings::load(const MetaRepository &meta)
{
    BackupSettings s;
    s.folder = meta.value(kFolder).value_or(QString()).trimmed();
    s.intervalDays = number(meta, kInterval, kDefaultIntervalDays, 0, kMaxIntervalDays);
    s.keep = number(meta, kKeep, kDefaultKeep, 1, kMaxKeep);
    return s;
}

void BackupSettings::validate() const
{
    if (intervalDays < 0 || intervalDays > kMaxIntervalDays)
        throw ValidationError(
            kInterval, QStringLiteral("range"),
            QStringLiteral("the backup interval must be 0 (off) to %1 days").arg(kMaxIntervalDays),
            QStringLiteral(
                "فاصلهٔ پشتیبان‌گیری باید از ۰ (خاموش) تا %1 روز باشد")
                .arg(PersianText::toPersianDigits(QString::number(kMaxIntervalDays))));
    if (keep < 1 || keep > kMaxKeep)
        throw ValidationError(
            kKeep, QStringLiteral("range"), QStringLiteral("the number of backups kept must be 1 to %1").arg(kMaxKeep),
            QStringLiteral("تعداد نسخه‌های نگه‌داشته باید از ۱ تا %1 باشد")
                .arg(PersianText::toPersianDigits(QString::number(kMaxKeep))));
}

void BackupSettings::save(MetaRepository &meta) const
{
    validate();
    if (folder.trimmed().isEmpty())
        meta.remove(kFolder);
    else
        meta.setValue(kFolder, QDir::cleanPath(folder.trimmed()));
    meta.setValue(kInterval, QString::number(intervalDays));
    meta.setValue(kKeep, QString::number(keep));
}

QString BackupSettings::defaultFolder(const QString &databaseLocation)
{
    const QFileInfo info(databaseLocation);
    if (!databaseLocation.isEmpty() && info.exists() && info.isFile())
        return info.absoluteDir().filePath(QStringLiteral("backups"));
    return AppPaths::dataDirectory() + QStringLiteral("/backups");
}

QString BackupSettings::folderFor(const QString &databaseLocation) const
{
    return folder.trimmed().isEmpty() ? defaultFolder(databaseLocation) : folder.trimmed();
}

} // namespace peyvand
