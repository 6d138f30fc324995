#pragma once
// Turns an audit entry's old and new values (JSON objects, see AuditEntry) into
// the list of fields that changed, for people reading the trail (the desktop
// audit view, `peyvand-cli audit`). Pure: no store, no clock.
//
// - An update lists each field whose value differs, in the new record's field
//   order, then fields only the old record had. The bookkeeping every save
//   changes ("version", "updated_at") is left out of an update's list; the
//   entry's values keep it.
// - A create (no old values) lists the new record's fields and a delete (no new
//   values) the old record's, leaving out fields that are empty there (null,
//   "", [] or {}): "nothing → nothing" says nothing.
// - Values that are not JSON objects (or not JSON at all) are compared as a
//   whole, under an empty field name.
#include "AuditChange.h"
#include "AuditEntry.h"

#include <QByteArray>
#include <QList>

namespace peyvand::AuditChanges {

QList<AuditChange> between(const QByteArray &oldValues, const QByteArray &newValues);
inline QList<AuditChange> of(const AuditEntry &entry)
{
    return between(entry.oldValues, entry.newValues);
}

// The changed fields' names, in order (the empty name of a whole value included).
QStringList fields(const QList<AuditChange> &changes);

} // namespace peyvand::AuditChanges
