#pragma once
// The rules for a database's backup files, as pure logic: their names, which
// of them to keep, and when the next one is due.
//
// Names are `<database>-YYYY-MM-DD-HHMMSSZ.<suffix>` in UTC (the `Z`), e.g.
// `peyvand-2025-11-23-143000Z.sqlite`, and `…Z-before-restore.<suffix>` for
// the copy a restore keeps of the database it replaced. UTC, so names sort in
// time order and mean the same on every PC sharing the file; the app shows
// them as Jalali dates in local time. `<database>` is the database file's
// name without its extension, so backups of several databases can share a
// folder and rotation only ever touches this database's files.
#include "BackupFile.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace peyvand {

class BackupPolicy
{
public:
    // `location`: the database (a file path; anything else names backups "peyvand").
    explicit BackupPolicy(const QString &location, const QString &suffix = QStringLiteral("sqlite"));

    const QString &prefix() const { return m_prefix; }
    QString fileName(const QDateTime &at, bool beforeRestore = false) const;
    // The backup a file name describes; nullopt for any other file.
    std::optional<BackupFile> parse(const QString &fileName) const;
    // The names among `fileNames` that are this database's backups, newest first.
    QList<BackupFile> backupsAmong(const QStringList &fileNames) const;

    // The backups past the newest `keep` (newestFirst as backupsAmong gives them).
    static QList<BackupFile> beyondKeep(const QList<BackupFile> &newestFirst, int keep);
    // When the next automatic backup is due: `intervalDays` after the last
    // one, or now when there is none; invalid when intervalDays is 0 (off).
    static QDateTime nextDue(const QDateTime &now, const std::optional<QDateTime> &last, int intervalDays);
    static bool isDue(const QDateTime &now, const std::optional<QDateTime> &last, int intervalDays);

private:
    QString m_prefix;
    QString m_suffix;
};

} // namespace peyvand
