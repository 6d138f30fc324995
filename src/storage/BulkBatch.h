#pragma once
// Rows of several prepared INSERTs, encoded to be written later, possibly on
// another thread: integers, NULLs and UTF-8 text kept in one growing arena, so
// that a row costs no allocation of its own. BulkRow fills a row with the same
// bind overloads as SqliteStatement, so RowColumns' binders serve both.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringEncoder>
#include <memory>
#include <optional>
#include <vector>

namespace peyvand {

class BulkBatch
{
public:
    static constexpr qint32 kNull = -1;
    static constexpr qint32 kInteger = -2;
    struct Cell
    {
        qint64 value = 0; // the integer, or the text's offset in the arena
        qint32 size = kNull; // kNull, kInteger or the text's length in bytes
    };
    struct Row
    {
        quint32 statement; // index into the writer's statements
        quint32 firstCell;
        quint32 columns;
    };

    BulkBatch() = default;
    BulkBatch(const BulkBatch &) = delete;
    BulkBatch &operator=(const BulkBatch &) = delete;

    void clear();
    bool isEmpty() const { return m_rows.empty(); }
    size_t rowCount() const { return m_rows.size(); }
    size_t bytes() const { return m_cells.size() * sizeof(Cell) + m_arenaSize; }

    const std::vector<Row> &rows() const { return m_rows; }
    const Cell *cells(const Row &row) const { return m_cells.data() + row.firstCell; }
    const char *text(const Cell &cell) const { return m_arena.get() + cell.value; }

    // Appends a row of `columns` NULL cells for `statement`; returns its first cell's index.
    quint32 appendRow(quint32 statement, quint32 columns);
    Cell &cell(quint32 index) { return m_cells[index]; }
    // Appends the UTF-8 form of `text` to the arena; returns its offset and sets `size`.
    qint64 appendText(QStringView text, qint32 &size);

private:
    std::vector<Row> m_rows;
    std::vector<Cell> m_cells;
    std::unique_ptr<char[]> m_arena;
    size_t m_arenaSize = 0;
    size_t m_arenaCapacity = 0;
    QStringEncoder m_utf8 { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
};

// One row of a batch being bound (1-based parameter indexes, as SqliteStatement).
class BulkRow
{
public:
    BulkRow(BulkBatch &batch, quint32 statement, quint32 columns)
        : m_batch(batch)
        , m_first(batch.appendRow(statement, columns))
    {
    }

    BulkRow &bind(int index, qint64 value)
    {
        BulkBatch::Cell &c = m_batch.cell(m_first + index - 1);
        c.value = value;
        c.size = BulkBatch::kInteger;
        return *this;
    }
    BulkRow &bind(int index, int value) { return bind(index, qint64(value)); }
    BulkRow &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    BulkRow &bind(int index, const QString &value); // always text, '' for a null QString
    BulkRow &bind(int index, const QDateTime &value)
    {
        return value.isValid() ? bind(index, qint64(value.toSecsSinceEpoch())) : bindNull(index);
    }
    BulkRow &bind(int index, const QDate &value)
    {
        return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
    }
    BulkRow &bind(int index, const std::optional<qint64> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    BulkRow &bindNull(int index)
    {
        m_batch.cell(m_first + index - 1).size = BulkBatch::kNull;
        return *this;
    }
    BulkRow &bindId(int index, qint64 id) { return id ? bind(index, id) : bindNull(index); }
    BulkRow &bindText(int index, const QString &value)
    {
        return value.isEmpty() ? bindNull(index) : bind(index, value);
    }

private:
    BulkBatch &m_batch;
    quint32 m_first;
};

} // namespace peyvand
