#pragma once
// The rows of a child table (phones, stage changes, order lines…) read
// alongside their parents: one query ordered by the parent's id (column 0),
// stepped forward as the parents go by, so a whole table is read in one index
// walk instead of one query per parent.
#include "SqliteDatabase.h"
#include "SqliteStatement.h"

namespace peyvand {

class ChildRows
{
public:
    ChildRows(SqliteDatabase &db, const char *sql)
        : m_query(db.prepare(sql))
    {
        m_has = m_query->step();
    }

    // Calls take(statement) for each row of `parentId`; parents must come in ascending id order.
    template<class F> void forParent(qint64 parentId, F take)
    {
        while (m_has && m_query->int64(0) < parentId)
            m_has = m_query->step();
        while (m_has && m_query->int64(0) == parentId) {
            take(*m_query);
            m_has = m_query->step();
        }
    }

private:
    SqliteDatabase::Query m_query;
    bool m_has = false;
};

} // namespace peyvand
