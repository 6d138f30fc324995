#include "PgIdBlocks.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"

namespace peyvand {

PgIdBlocks::PgIdBlocks(PgConnection &connection)
    : m_connection(connection)
{
}

qint64 PgIdBlocks::next(const char *table)
{
    Block &block = m_blocks[table];
    if (block.next >= block.ids.size()) {
        auto q = m_connection.prepare(
            QStringLiteral("SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)"));
        q.bind(1, QString::fromLatin1(table)).bind(2, kBlock);
        const PgResult r = q.exec();
        block.ids.clear();
        block.next = 0;
        for (int i = 0; i < r.rows(); ++i)
            block.ids.push_back(r.int64(i, 0));
    }
    return block.ids[block.next++];
}

} // namespace peyvand
