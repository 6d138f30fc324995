#pragma once
// One backup file of a database, as its name describes it (BackupPolicy).
#include <QDateTime>
#include <QString>

namespace peyvand {

struct BackupFile
{
    QString path; // as found (absolute when listed by BackupFolder)
    QDateTime takenAt; // UTC, from the name
    bool beforeRestore = false; // the copy a restore kept of the database it replaced
    qint64 bytes = 0; // 0 when not known
};

} // namespace peyvand
