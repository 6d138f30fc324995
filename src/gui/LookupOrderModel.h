#pragma once
// One looked-up customer's orders on the support desk, newest first: number,
// current status (coloured), when it last changed, tracking code, total and
// when it was placed.
#include "SupportLookup.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand {

class LookupOrderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, StatusColumn, ChangedColumn, TrackingColumn, TotalColumn, CreatedColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; // the order's id (qint64)

    explicit LookupOrderModel(QObject *parent = nullptr);

    void setOrders(QList<LookupOrder> orders);
    const QList<LookupOrder> &orders() const { return m_orders; }
    qint64 orderId(int row) const; // 0 when out of range
    int rowOf(qint64 orderId) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LookupOrder> m_orders;
};

} // namespace peyvand
