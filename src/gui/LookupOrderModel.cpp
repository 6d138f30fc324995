#include "LookupOrderModel.h"

#include "Display.h"
#include "StatusStyle.h"

#include <QFont>

namespace peyvand {

LookupOrderModel::LookupOrderModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LookupOrderModel::setOrders(QList<LookupOrder> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

qint64 LookupOrderModel::orderId(int row) const
{
    return row >= 0 && row < m_orders.size() ? m_orders.at(row).id : 0;
}

int LookupOrderModel::rowOf(qint64 orderId) const
{
    for (int i = 0; i < m_orders.size(); ++i)
        if (m_orders.at(i).id == orderId)
            return i;
    return -1;
}

int LookupOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int LookupOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LookupOrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LookupOrder &o = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return Display::isolate(Display::digits(o.number));
        case StatusColumn:
            return Display::label(o.status);
        case ChangedColumn:
            return Display::dateTime(o.changedAt);
        case TrackingColumn:
            return o.trackingCode.isEmpty() ? QString() : Display::isolate(Display::digits(o.trackingCode));
        case TotalColumn:
            return Display::money(o.total);
        case CreatedColumn:
            return Display::date(o.createdAt.toLocalTime().date());
        default:
            return {};
        }
    case IdRole:
        return o.id;
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? StatusStyle::orderColor(o.status) : QVariant();
    case Qt::FontRole:
        if (index.column() == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant LookupOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status");
    case ChangedColumn:
        return tr("Status changed");
    case TrackingColumn:
        return tr("Tracking code");
    case TotalColumn:
        return tr("Total");
    case CreatedColumn:
        return tr("Placed");
    default:
        return {};
    }
}

} // namespace peyvand
