#pragma once
// One field of a record as an audit entry saw it change: its value before and
// after, as the JSON the entry holds (null when the field was absent or null).
// Nested arrays and objects (a customer's phones, an order's lines) are one
// field, compared and shown as a whole.
#include <QString>
#include <nlohmann/json.hpp>

namespace peyvand {

struct AuditChange
{
    QString field; // the JSON key, e.g. "first_name"; empty: the record as a whole (not a JSON object)
    nlohmann::ordered_json oldValue; // null: absent before (a new record) or null
    nlohmann::ordered_json newValue; // null: absent after (a deleted record) or null
};

} // namespace peyvand
