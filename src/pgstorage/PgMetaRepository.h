#pragma once
// The per-database settings (the `meta` key/value table) in PostgreSQL, as
// SqliteMetaRepository.
#include "MetaRepository.h"

namespace peyvand {

class PgConnection;

class PgMetaRepository final : public MetaRepository
{
public:
    explicit PgMetaRepository(PgConnection &connection)
        : m_connection(connection)
    {
    }
    std::optional<QString> value(const QString &key) const override;
    void setValue(const QString &key, const QString &value) override;
    void remove(const QString &key) override;

private:
    PgConnection &m_connection;
};

} // namespace peyvand
