#pragma once
// The `meta` key/value table (schema 1) as a MetaRepository.
#include "MetaRepository.h"

namespace peyvand {

class SqliteDatabase;

class SqliteMetaRepository final : public MetaRepository
{
public:
    explicit SqliteMetaRepository(SqliteDatabase &db)
        : m_db(db)
    {
    }
    std::optional<QString> value(const QString &key) const override;
    void setValue(const QString &key, const QString &value) override;
    void remove(const QString &key) override;

private:
    SqliteDatabase &m_db;
};

} // namespace peyvand
