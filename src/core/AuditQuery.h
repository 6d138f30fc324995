#pragma once
// A filter over the audit trail, newest first, read a page at a time by key:
// the next page starts below the last id seen.
#include <QDateTime>
#include <QString>

namespace peyvand {

struct AuditQuery
{
    QString entity; // empty: every kind of record
    qint64 entityId = 0; // 0: every record (with entity set: that one record)
    qint64 userId = 0; // 0: everyone
    QString action; // empty: every action
    QDateTime from; // inclusive, UTC; invalid: no lower bound
    QDateTime to; // exclusive, UTC; invalid: no upper bound
    qint64 beforeId = 0; // 0: from the newest; else entries with id < beforeId
    int limit = 100;
};

} // namespace peyvand
