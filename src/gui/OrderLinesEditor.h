#pragma once
// The lines of a new order as an editable table: product, quantity, unit
// price (in the money unit of the settings) and the line total, with the
// order's total updated as you type and the first problem shown under it.
#include "Order.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace peyvand {

class OrderLinesEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { ProductColumn, QuantityColumn, PriceColumn, TotalColumn, ColumnCount };

    explicit OrderLinesEditor(QWidget *parent = nullptr);

    // Replaces the lines (prices in Rials).
    void setLines(const QList<OrderLine> &lines);
    // Appends a row as typed (prices in the display unit; no quantity: one); returns its index.
    int addLine(const QString &product = {}, const QString &quantity = {}, const QString &unitPrice = {});
    void setCell(int row, Column column, const QString &text);
    int rowCountShown() const;

    // The lines when every filled row is valid and there is at least one; else none.
    std::optional<QList<OrderLine>> lines() const;
    QString error() const; // why lines() is empty, in the UI language
    qint64 total() const; // of the valid rows, Rials
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    struct Parsed
    {
        QList<OrderLine> lines;
        QString error;
        qint64 total = 0;
    };
    Parsed parse() const;
    void refresh();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_total;
    QLabel *m_error;
    bool m_updating = false;
};

} // namespace peyvand
