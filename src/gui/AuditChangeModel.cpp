#include "AuditChangeModel.h"

#include "AuditLabels.h"
#include "AuditValueText.h"
#include "Workspace.h"

namespace peyvand {

AuditChangeModel::AuditChangeModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

void AuditChangeModel::setChanges(const QString &entity, const QList<AuditChange> &changes)
{
    const auto userName = [this](qint64 id) { return m_workspace.userName(id); };
    beginResetModel();
    m_rows.clear();
    for (const AuditChange &c : changes)
        m_rows << Row { AuditLabels::field(c.field), AuditValueText::value(entity, c.field, c.oldValue, userName),
                        AuditValueText::value(entity, c.field, c.newValue, userName) };
    endResetModel();
}

int AuditChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case FieldColumn:
        return r.field;
    case OldColumn:
        return r.before;
    case NewColumn:
        return r.after;
    default:
        return {};
    }
}

QVariant AuditChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case OldColumn:
        return tr("Before");
    case NewColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace peyvand
