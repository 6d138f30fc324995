#pragma once
// New ids for a bulk load, taken from each table's identity sequence in
// blocks (one round trip per block): unique even while other connections
// insert, as the repositories' RETURNING id. Ids of a rolled-back chunk are
// gaps; ids taken but not used yet stay for the next chunk.
#include <QtGlobal>
#include <string>
#include <unordered_map>
#include <vector>

namespace peyvand {

class PgConnection;

class PgIdBlocks
{
public:
    static constexpr int kBlock = 1000;

    explicit PgIdBlocks(PgConnection &connection);

    // The next new id of `table` (one with a generated id column "id").
    qint64 next(const char *table);

private:
    struct Block
    {
        std::vector<qint64> ids;
        size_t next = 0;
    };

    PgConnection &m_connection;
    std::unordered_map<std::string, Block> m_blocks;
};

} // namespace peyvand
