#pragma once
// A customer's orders as a table, newest first: number, date, total, current
// status, when the status last changed and the shipping tracking code.
#include "Order.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand {

class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, DateColumn, TotalColumn, StatusColumn, ChangedColumn, TrackingColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; // the order's id (qint64)

    explicit OrderTableModel(QObject *parent = nullptr);

    void setOrders(QList<Order> orders);
    const QList<Order> &orders() const { return m_orders; }
    qint64 orderId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Order> m_orders;
};

} // namespace peyvand
