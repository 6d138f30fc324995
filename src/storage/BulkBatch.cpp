#include "BulkBatch.h"

#include <algorithm>
#include <cstring>

namespace peyvand {

void BulkBatch::clear()
{
    m_rows.clear();
    m_cells.clear();
    m_arenaSize = 0;
}

quint32 BulkBatch::appendRow(quint32 statement, quint32 columns)
{
    const auto first = quint32(m_cells.size());
    m_rows.push_back(Row { statement, first, columns });
    m_cells.resize(m_cells.size() + columns);
    return first;
}

qint64 BulkBatch::appendText(QStringView text, qint32 &size)
{
    const size_t needed = size_t(m_utf8.requiredSpace(text.size()));
    if (m_arenaSize + needed > m_arenaCapacity) {
        const size_t capacity = std::max<size_t>({ 1 << 16, m_arenaCapacity * 2, m_arenaSize + needed });
        std::unique_ptr<char[]> grown(new char[capacity]); // not zero-filled
        if (m_arenaSize)
            std::memcpy(grown.get(), m_arena.get(), m_arenaSize);
        m_arena = std::move(grown);
        m_arenaCapacity = capacity;
    }
    char *start = m_arena.get() + m_arenaSize;
    char *end = m_utf8.appendToBuffer(start, text);
    const auto offset = qint64(m_arenaSize);
    size = qint32(end - start);
    m_arenaSize += size_t(size);
    return offset;
}

BulkRow &BulkRow::bind(int index, const QString &value)
{
    BulkBatch::Cell &c = m_batch.cell(m_first + index - 1);
    qint32 size = 0;
    c.value = m_batch.appendText(value, size);
    c.size = size;
    return *this;
}

} // namespace peyvand
