#pragma once
// Records a change in the audit trail as the store's signed-in user. Services
// call it inside the transaction that makes the change.
#include "Clock.h"
#include "DataStore.h"

#include <nlohmann/json.hpp>

namespace peyvand::AuditTrail {

// oldValues / newValues: the record as JsonRecordEncoder writes it, or null.
void record(DataStore &store, const Clock &clock, const QString &action, const QString &entity, qint64 entityId,
            const nlohmann::ordered_json &oldValues, const nlohmann::ordered_json &newValues);

} // namespace peyvand::AuditTrail
