#include "OrderListModel.h"

#include "DatabaseError.h"
#include "Display.h"
#include "StatusStyle.h"
#include "Workspace.h"

#include <algorithm>

namespace peyvand {

OrderListModel::OrderListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_query.limit = m_pageSize;
    resetWith([] {});
}

qint64 OrderListModel::orderId(int r) const
{
    const OrderRow *o = row(r);
    return o ? o->id : 0;
}

qint64 OrderListModel::customerId(int r) const
{
    const OrderRow *o = row(r);
    return o ? o->customerId : 0;
}

const OrderRow *OrderListModel::row(int r) const
{
    return r >= 0 && r < m_rows.size() ? &m_rows[r] : nullptr;
}

void OrderListModel::setText(const QString &text)
{
    if (text.trimmed() != m_query.text)
        resetWith([&] { m_query.text = text.trimmed(); });
}

void OrderListModel::setStatus(std::optional<OrderStatus> status)
{
    if (status != m_query.status)
        resetWith([&] { m_query.status = status; });
}

void OrderListModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from != m_query.from || to != m_query.to)
        resetWith([&] {
            m_query.from = from;
            m_query.to = to;
        });
}

void OrderListModel::setCustomer(std::optional<qint64> customerId)
{
    if (customerId != m_query.customerId)
        resetWith([&] { m_query.customerId = customerId; });
}

void OrderListModel::reload()
{
    resetWith([] {});
}

std::optional<OrderRow> OrderListModel::matchingRow(qint64 orderId, const QDateTime &createdAt) const
{
    OrderQuery q = m_query;
    q.after = OrderCursor { createdAt, orderId + 1 }; // newest first: the order itself is the first row after this key
    q.limit = 1;
    const QList<OrderRow> rows = m_workspace.store().orders().list(q);
    if (rows.isEmpty() || rows.first().id != orderId)
        return std::nullopt;
    return rows.first();
}

void OrderListModel::refreshOrder(qint64 orderId)
{
    if (m_busy)
        return;
    const auto loaded
        = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const OrderRow &r) { return r.id == orderId; });
    const int at = loaded == m_rows.cend() ? -1 : int(loaded - m_rows.cbegin());
    const qint64 before = m_count;
    try {
        std::optional<OrderRow> now;
        if (const std::optional<Order> order = m_workspace.store().orders().get(orderId))
            now = matchingRow(orderId, order->createdAt);
        if (at >= 0 && now) {
            m_rows[at] = *now;
            emit dataChanged(index(at, 0), index(at, columnCount({}) - 1));
        } else if (at >= 0) { // deleted, or filtered out now
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
            m_count = std::max<qint64>(0, m_count - 1);
        } else if (now) {
            const auto newer = [&](const OrderRow &r) {
                return r.createdAt > now->createdAt || (r.createdAt == now->createdAt && r.id > now->id);
            };
            const int place = int(std::find_if_not(m_rows.cbegin(), m_rows.cend(), newer) - m_rows.cbegin());
            // Among (or after all of) the loaded rows, where every matching row is
            // loaded: it did not match before. Below them a later page brings it.
            if (place < m_rows.size() || m_atEnd) {
                ++m_count;
                beginInsertRows({}, place, place);
                m_rows.insert(place, *now);
                endInsertRows();
            }
        }
    } catch (const DatabaseError &e) {
        emit databaseFailed(QString::fromUtf8(e.what()));
    }
    if (m_count != before)
        emit countChanged(m_count);
}

void OrderListModel::setPageSize(int rows)
{
    resetWith([&] { m_pageSize = std::max(1, rows); });
}

void OrderListModel::resetWith(const std::function<void()> &change)
{
    m_busy = true;
    beginResetModel();
    change();
    m_rows.clear();
    const qint64 before = m_count;
    try {
        m_count = m_workspace.store().orders().count(m_query);
        m_atEnd = m_count == 0;
        if (!m_atEnd) {
            m_rows = fetch();
            m_atEnd = m_rows.size() < m_pageSize;
        }
    } catch (const DatabaseError &e) {
        m_count = 0;
        m_atEnd = true;
        emit databaseFailed(QString::fromUtf8(e.what()));
    }
    endResetModel();
    // Qt 6.4's model tester fetches from inside modelReset, before it counts the reset as done.
    m_busy = false;
    if (m_count != before)
        emit countChanged(m_count);
}

QList<OrderRow> OrderListModel::fetch() const
{
    OrderQuery q = m_query;
    q.limit = m_pageSize;
    if (!m_rows.isEmpty())
        q.after = OrderCursor { m_rows.back().createdAt, m_rows.back().id };
    ++m_pageLoads;
    return m_workspace.store().orders().list(q);
}

bool OrderListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void OrderListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    QList<OrderRow> more;
    try {
        more = fetch();
    } catch (const DatabaseError &e) {
        m_atEnd = true;
        emit databaseFailed(QString::fromUtf8(e.what()));
        return;
    }
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_busy = true;
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows += more;
    endInsertRows();
    m_busy = false;
}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderListModel::text(const OrderRow &o, int column) const
{
    switch (column) {
    case NumberColumn:
        return Display::isolate(Display::digits(o.number));
    case CustomerColumn:
        return o.customerName;
    case StatusColumn:
        return Display::label(o.status);
    case TotalColumn:
        return Display::money(o.total);
    case CreatedColumn:
        return Display::date(o.createdAt.toLocalTime().date());
    case ChangedColumn:
        return Display::dateTime(o.updatedAt);
    case TrackingColumn:
        return o.trackingCode.isEmpty() ? QString() : Display::isolate(Display::digits(o.trackingCode));
    default:
        return {};
    }
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow &o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(o, index.column());
    case Qt::ToolTipRole:
        return index.column() == CreatedColumn ? Display::dateTime(o.createdAt) : text(o, index.column());
    case IdRole:
        return o.id;
    case CustomerIdRole:
        return o.customerId;
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? StatusStyle::orderColor(o.status) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        if (index.column() == CreatedColumn || index.column() == ChangedColumn || index.column() == StatusColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeading | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case TotalColumn:
        return tr("Total");
    case CreatedColumn:
        return tr("Created");
    case ChangedColumn:
        return tr("Last change");
    case TrackingColumn:
        return tr("Tracking code");
    default:
        return {};
    }
}

} // namespace peyvand
