#include "SearchIndexLoad.h"

#include "SqliteDatabase.h"

namespace peyvand {

namespace {

const char *const kTables[] = { "customer_search", "contact_search" };

struct LoadValue
{
    const char *name;
    const char *fts5Default; // what FTS5 uses when the config table has no row
    const char *whileLoading;
};
const LoadValue kValues[] = { { "automerge", "4", "0" }, { "hashsize", "1048576", "16777216" } };

} // namespace

SearchIndexLoad::SearchIndexLoad(SqliteDatabase &db)
    : m_db(db)
{
    for (const char *table : kTables) {
        // FTS5 keeps explicit settings in its config table.
        auto q = m_db.prepare((QByteArray("SELECT v FROM ") + table + "_config WHERE k = ?").constData());
        for (const LoadValue &v : kValues) {
            q->bind(1, v.name);
            const QByteArray value = q->step() ? QByteArray::number(q->int64(0)) : QByteArray(v.fts5Default);
            q->reset();
            m_settings << Setting { table, v.name, value };
        }
    }
}

void SearchIndexLoad::set(const Setting &s, const QByteArray &value)
{
    m_db.exec(
        ("INSERT INTO " + s.table + "(" + s.table + ", rank) VALUES ('" + s.name + "', " + value + ")").constData());
}

void SearchIndexLoad::beginChunk()
{
    for (const Setting &s : m_settings)
        for (const LoadValue &v : kValues)
            if (s.name == v.name)
                set(s, v.whileLoading);
}

void SearchIndexLoad::endChunk()
{
    for (const Setting &s : m_settings)
        set(s, s.value);
}

void SearchIndexLoad::optimize()
{
    for (const char *table : kTables)
        m_db.exec((QByteArray("INSERT INTO ") + table + "(" + table + ") VALUES ('optimize')").constData());
}

} // namespace peyvand
