#pragma once
// A database's backup settings, kept in the database itself (MetaRepository,
// keys backup.folder, backup.interval_days, backup.keep) so every PC sharing
// the file agrees; a missing or unreadable value falls back to its default.
#include <QString>

namespace peyvand {

class MetaRepository;

struct BackupSettings
{
    static constexpr int kDefaultIntervalDays = 1;
    static constexpr int kDefaultKeep = 7;
    static constexpr int kMaxIntervalDays = 365;
    static constexpr int kMaxKeep = 1000;

    QString folder; // empty: the default folder beside the database (defaultFolder)
    int intervalDays = kDefaultIntervalDays; // automatic backups every N days; 0: none
    int keep = kDefaultKeep; // backups kept in the folder; older ones are deleted

    static BackupSettings load(const MetaRepository &meta);
    // ValidationError (fields backup.interval_days, backup.keep) on a value out of range; nothing stored then.
    void save(MetaRepository &meta) const;
    void validate() const;

    // `<folder of the database>/backups`, or `backups` in the data directory
    // when the database is not a file.
    static QString defaultFolder(const QString &databaseLocation);
    QString folderFor(const QString &databaseLocation) const;

    bool operator==(const BackupSettings &) const = default;
};

} // namespace peyvand
