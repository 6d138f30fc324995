#pragma once
// Plain-text tables for a terminal: a header row, a rule, and rows with columns
// padded to their widest cell.
#include <QStringList>
#include <QTextStream>

namespace peyvand::cli {

class TableWriter
{
public:
    explicit TableWriter(QStringList headers)
        : m_headers(std::move(headers))
    {
    }
    void addRow(QStringList cells) { m_rows << std::move(cells); }
    void write(QTextStream &out) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace peyvand::cli
