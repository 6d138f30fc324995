#include "RequestTableModel.h"

#include "Display.h"
#include "StatusStyle.h"
#include "Workspace.h"

#include <algorithm>

namespace peyvand {

RequestTableModel::RequestTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

void RequestTableModel::setRequests(QList<ServiceRequest> requests)
{
    QHash<qint64, QString> customerNames, orderNumbers, userNames;
    for (const ServiceRequest &r : std::as_const(requests)) {
        if (!customerNames.contains(r.customerId)) {
            const auto c = m_workspace.store().customers().get(r.customerId);
            customerNames.insert(r.customerId, c ? c->displayName() : QString());
        }
        if (r.orderId && !orderNumbers.contains(*r.orderId)) {
            const auto o = m_workspace.store().orders().get(*r.orderId);
            orderNumbers.insert(*r.orderId, o ? o->number : QString());
        }
        if (r.assigneeId && !userNames.contains(r.assigneeId))
            userNames.insert(r.assigneeId, m_workspace.userName(r.assigneeId));
    }
    // The same requests in the same order (a note, a new assignee, here or on
    // another desktop): the rows change in place and the selection stays.
    const bool sameRows = std::equal(requests.cbegin(), requests.cend(), m_requests.cbegin(), m_requests.cend(),
                                     [](const ServiceRequest &a, const ServiceRequest &b) { return a.id == b.id; });
    if (!sameRows)
        beginResetModel();
    m_requests = std::move(requests);
    m_customerNames = std::move(customerNames);
    m_orderNumbers = std::move(orderNumbers);
    m_userNames = std::move(userNames);
    if (!sameRows)
        endResetModel();
    else if (!m_requests.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_requests.size()) - 1, columnCount({}) - 1));
}

qint64 RequestTableModel::requestId(int row) const
{
    return row >= 0 && row < m_requests.size() ? m_requests.at(row).id : 0;
}

int RequestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestTableModel::text(const ServiceRequest &r, int column) const
{
    switch (column) {
    case PriorityColumn:
        return Display::label(r.priority);
    case SubjectColumn:
        return r.subject;
    case CustomerColumn:
        return m_customerNames.value(r.customerId);
    case OrderColumn:
        return r.orderId ? Display::isolate(Display::digits(m_orderNumbers.value(*r.orderId))) : QString();
    case StatusColumn:
        return Display::label(r.status);
    case AssigneeColumn:
        return r.assigneeId ? m_userNames.value(r.assigneeId) : tr("Unassigned");
    case OpenedColumn:
        return Display::dateTime(r.createdAt);
    case UpdatedColumn:
        return Display::dateTime(r.updatedAt);
    default:
        return {};
    }
}

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceRequest &r = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == SubjectColumn && !r.description.isEmpty() ? r.description : text(r, index.column());
    case IdRole:
        return r.id;
    case CustomerIdRole:
        return r.customerId;
    case Qt::ForegroundRole:
        if (index.column() == PriorityColumn)
            return StatusStyle::priorityColor(r.priority);
        if (index.column() == StatusColumn)
            return StatusStyle::requestColor(r.status);
        return {};
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case SubjectColumn:
        return tr("Subject");
    case CustomerColumn:
        return tr("Customer");
    case OrderColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
    case OpenedColumn:
        return tr("Opened");
    case UpdatedColumn:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace peyvand
