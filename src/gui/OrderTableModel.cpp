#include "OrderTableModel.h"

#include "Display.h"

#include <QColor>

namespace peyvand {

OrderTableModel::OrderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrderTableModel::setOrders(QList<Order> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

qint64 OrderTableModel::orderId(int row) const
{
    return row >= 0 && row < m_orders.size() ? m_orders.at(row).id : 0;
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &o = m_orders.at(index.row());
    if (role == IdRole)
        return o.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return Display::isolate(Display::digits(o.number));
        case DateColumn:
            return Display::date(o.createdAt.toLocalTime().date());
        case TotalColumn:
            return Display::money(o.total);
        case StatusColumn:
            return Display::label(o.status);
        case ChangedColumn:
            return Display::dateTime(o.updatedAt);
        case TrackingColumn:
            return Display::isolate(o.trackingCode);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (o.status) {
        case OrderStatus::Delivered:
            return QColor(0x2e, 0x7d, 0x32);
        case OrderStatus::Cancelled:
        case OrderStatus::Returned:
            return QColor(0xc6, 0x28, 0x28);
        default:
            return {};
        }
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case DateColumn:
        return tr("Date");
    case TotalColumn:
        return tr("Total");
    case StatusColumn:
        return tr("Status");
    case ChangedColumn:
        return tr("Status changed");
    case TrackingColumn:
        return tr("Tracking code");
    default:
        return {};
    }
}

} // namespace peyvand
