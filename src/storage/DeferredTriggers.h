#pragma once
// Triggers whose per-row work a bulk load does set-wise instead. They are
// dropped at the start of a chunk's transaction and created again from their
// own stored SQL before it commits, so every committed state of the file has
// them exactly as its migrations made them; a rollback restores them too.
#include <QByteArray>
#include <QList>
#include <initializer_list>

namespace peyvand {

class SqliteDatabase;

class DeferredTriggers
{
public:
    // Reads the triggers' SQL; throws DatabaseError when one does not exist
    // (the schema changed under the bulk loader: it would count twice or not at all).
    DeferredTriggers(SqliteDatabase &db, std::initializer_list<const char *> names);

    void drop(); // inside the chunk's transaction
    void restore(); // inside the same transaction, before it commits

private:
    SqliteDatabase &m_db;
    QList<QByteArray> m_names;
    QList<QByteArray> m_sql;
};

} // namespace peyvand
