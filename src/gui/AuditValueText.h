#pragma once
// How the audit view shows a value from an audit entry's JSON (see
// JsonRecordEncoder) to a person: Jalali dates and times, Persian digits,
// money, enum codes as labels, references (owner_id, customer_id, stage_id…) as
// names, phones and order lines as short lists; and a record's name (a
// customer's, a deal's title…) for the list.
#include "AuditEntry.h"

#include <QString>
#include <functional>
#include <nlohmann/json.hpp>

namespace peyvand::AuditValueText {

// The name of the record a reference field points to (field "owner_id" →
// a user, "customer_id" → a customer…); "" when unknown, then the id is shown.
using NameOf = std::function<QString(const QString &field, qint64 id)>;

// `entity` and `field` say what the value means (deal + status = a deal status).
QString value(const QString &entity, const QString &field, const nlohmann::ordered_json &value,
              const NameOf &nameOf = {});
// The record's name from its values after the change (else before): a
// customer's or a contact's name, a deal's title, an order's number, a
// request's subject, a user's or a pipeline's name. Empty when there is none.
QString recordName(const QString &entity, const nlohmann::ordered_json &oldValues,
                   const nlohmann::ordered_json &newValues);

} // namespace peyvand::AuditValueText
