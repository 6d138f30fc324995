#pragma once
// Scope guard: begins on construction, rolls back on destruction unless committed.
#include "SqliteDatabase.h"

namespace peyvand {

class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db)
        : m_db(db)
    {
        m_db.begin();
    }
    ~SqliteTransaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};

} // namespace peyvand
