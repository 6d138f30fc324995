#pragma once
// What the audit view calls things: the actions, record kinds and record
// fields stored as codes in the audit trail (create, customer, first_name),
// in the UI language. A code the table does not know is shown made readable
// ("move_stage" → "Move stage"), so a new kind of entry is never hidden.
#include <QString>
#include <QStringList>

namespace peyvand::AuditLabels {

QString action(const QString &code); // "update" → "Edited"
QString entity(const QString &code); // "customer" → "Customer"
QString field(const QString &code); // "first_name" → "First name"; "" → "Value"

// The codes the filters offer, in menu order.
QStringList actions();
QStringList entities();

} // namespace peyvand::AuditLabels
