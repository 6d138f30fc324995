#include "DealTableModel.h"

#include "Display.h"

#include <QColor>
#include <algorithm>

namespace peyvand {

DealTableModel::DealTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DealTableModel::setDeals(QList<Deal> deals, const QHash<qint64, QString> &stageNames)
{
    std::stable_sort(deals.begin(), deals.end(), [](const Deal &a, const Deal &b) {
        const bool aOpen = a.status == DealStatus::Open;
        const bool bOpen = b.status == DealStatus::Open;
        if (aOpen != bOpen)
            return aOpen;
        if (aOpen) {
            // Soonest expected close first; deals without a date last.
            if (a.expectedClose.isValid() != b.expectedClose.isValid())
                return a.expectedClose.isValid();
            return a.expectedClose < b.expectedClose;
        }
        return a.closedAt > b.closedAt;
    });
    beginResetModel();
    m_deals = std::move(deals);
    m_stageNames = stageNames;
    endResetModel();
}

void DealTableModel::setShowAmounts(bool show)
{
    if (show == m_showAmounts)
        return;
    beginResetModel();
    m_showAmounts = show;
    endResetModel();
}

qint64 DealTableModel::dealId(int row) const
{
    return row >= 0 && row < m_deals.size() ? m_deals.at(row).id : 0;
}

int DealTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

int DealTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deal &d = m_deals.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return d.title;
        case StageColumn:
            return m_stageNames.value(d.stageId);
        case AmountColumn:
            return m_showAmounts ? Display::money(d.amount) : QString();
        case ExpectedCloseColumn:
            return Display::date(d.expectedClose);
        case StatusColumn:
            return Display::label(d.status);
        case LostReasonColumn:
            return d.lostReason ? Display::label(*d.lostReason) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (d.status) {
        case DealStatus::Won:
            return QColor(0x2e, 0x7d, 0x32);
        case DealStatus::Lost:
            return QColor(0xc6, 0x28, 0x28);
        case DealStatus::Open:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && d.closedAt.isValid())
        return tr("Closed %1").arg(Display::dateTime(d.closedAt));
    return {};
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StageColumn:
        return tr("Stage");
    case AmountColumn:
        return tr("Amount");
    case ExpectedCloseColumn:
        return tr("Expected close");
    case StatusColumn:
        return tr("Status");
    case LostReasonColumn:
        return tr("Lost reason");
    default:
        return {};
    }
}

} // namespace peyvand
