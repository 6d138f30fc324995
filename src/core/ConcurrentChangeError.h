#pragma once
// Saving a record that someone else changed (or removed) since it was read:
// its stored version is no longer the one the caller holds. Nothing is written;
// the caller offers to reload. A ValidationError with field "version", code "changed".
#include "ValidationError.h"

namespace peyvand {

class ConcurrentChangeError : public ValidationError
{
public:
    // entity: "customer", "deal", ...; id: the record.
    ConcurrentChangeError(const QString &entity, qint64 id);

    // Throws when the caller expected another version than the stored one
    // (expectedVersion 0: the caller does not check).
    static void require(const QString &entity, qint64 id, qint64 storedVersion, qint64 expectedVersion)
    {
        if (expectedVersion != 0 && expectedVersion != storedVersion)
            throw ConcurrentChangeError(entity, id);
    }

    const QString &entity() const { return m_entity; }
    qint64 id() const { return m_id; }

private:
    QString m_entity;
    qint64 m_id;
};

} // namespace peyvand
