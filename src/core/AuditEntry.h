#pragma once
// One change in the audit trail: who, when, what happened to which record, and
// the record's values before and after (JSON objects, as in docs/formats.md;
// empty when the record did not exist before or does not exist after).
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace peyvand {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 userId = 0; // 0: no signed-in user (seeding, a snapshot import)
    QString action; // create, update, delete, move_stage, status, payment, sign_in, ...
    QString entity; // customer, contact, deal, activity, order, request, user, pipeline, backup, ...
    qint64 entityId = 0;
    QByteArray oldValues; // compact JSON object, or empty
    QByteArray newValues; // compact JSON object, or empty
};

} // namespace peyvand
