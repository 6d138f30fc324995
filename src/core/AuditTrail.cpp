#include "AuditTrail.h"

namespace peyvand::AuditTrail {

namespace {

QByteArray compact(const nlohmann::ordered_json &value)
{
    if (value.is_null())
        return {};
    return QByteArray::fromStdString(value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

} // namespace

void record(DataStore &store, const Clock &clock, const QString &action, const QString &entity, qint64 entityId,
            const nlohmann::ordered_json &oldValues, const nlohmann::ordered_json &newValues)
{
    AuditEntry e;
    e.at = clock.now();
    e.userId = store.actor().id;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.oldValues = compact(oldValues);
    e.newValues = compact(newValues);
    store.audit().add(e);
}

} // namespace peyvand::AuditTrail
