#pragma once
// Reading the audit trail: who changed what, when, with the values before and
// after. Only managers and admins may (Permission::ViewAudit of the store's
// signed-in user); anyone else gets PermissionError. The desktop audit view and
// `peyvand-cli audit` both read through here. Entries are written by the
// services themselves (AuditTrail::record), never through this class.
#include "AuditEntry.h"
#include "AuditQuery.h"
#include "DataStore.h"

#include <QDate>
#include <QList>

namespace peyvand {

class AuditService
{
public:
    static constexpr int MaxLimit = 10000; // entries per list() call

    explicit AuditService(DataStore &store);

    // Newest first; the next page starts at query.beforeId = the last id seen.
    // The limit is kept between 1 and MaxLimit.
    QList<AuditEntry> list(const AuditQuery &query) const;
    // Every entry the filters match (beforeId and limit ignored).
    qint64 count(const AuditQuery &query) const;
    // count(), stopping at `limit`: what a screen needs to say "more than N".
    qint64 countAtMost(const AuditQuery &query, qint64 limit) const;

    // Restricts a query to whole Iranian business days (UTC+03:30, as the
    // reports and the orders list count days), `from` and `to` both included;
    // an invalid date leaves that end open. ValidationError (field "period",
    // code "end_before_start") when both are given and `to` is before `from`.
    static void restrictToDays(AuditQuery &query, const QDate &from, const QDate &to);

private:
    DataStore &m_store;
};

} // namespace peyvand
