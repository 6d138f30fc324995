#pragma once
// The append-only audit trail. Entries are written in the same transaction as
// the change they describe, so a change and its entry exist together or not at all.
#include "AuditEntry.h"
#include "AuditQuery.h"

#include <QList>

namespace peyvand {

class AuditRepository
{
public:
    virtual ~AuditRepository() = default;
    virtual qint64 add(const AuditEntry &entry) = 0;
    virtual QList<AuditEntry> list(const AuditQuery &query) const = 0;
    virtual qint64 count(const AuditQuery &query) const = 0; // ignores beforeId and limit
    // count(), but stops at `limit`: the trail grows without bound, and a
    // screen only needs "more than N" past a point.
    virtual qint64 countAtMost(const AuditQuery &query, qint64 limit) const = 0;
};

} // namespace peyvand
