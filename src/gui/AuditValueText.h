#pragma once
// How the audit view shows a value from an audit entry's JSON (see
// JsonRecordEncoder) to a person: Jalali dates and times, Persian digits,
// money, enum codes as labels, user ids as names, phones and order lines as
// short lists; and a record's name (a customer's, a deal's title…) for the list.
#include "AuditEntry.h"

#include <QString>
#include <functional>
#include <nlohmann/json.hpp>

namespace peyvand::AuditValueText {

using UserName = std::function<QString(qint64)>; // "" when unknown

// `entity` and `field` say what the value means (deal + status = a deal status).
QString value(const QString &entity, const QString &field, const nlohmann::ordered_json &value,
              const UserName &userName);
// The record's name from its values after the change (else before): a
// customer's or a contact's name, a deal's title, an order's number, a
// request's subject, a user's or a pipeline's name. Empty when there is none.
QString recordName(const QString &entity, const nlohmann::ordered_json &oldValues,
                   const nlohmann::ordered_json &newValues);

} // namespace peyvand::AuditValueText
