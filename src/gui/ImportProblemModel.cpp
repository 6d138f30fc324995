#include "ImportProblemModel.h"

#include "Display.h"
#include "ImportProblemText.h"

namespace peyvand {

ImportProblemModel::ImportProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportProblemModel::setProblems(const ImportProblems &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

void ImportProblemModel::setVcard(bool vcard)
{
    m_vcard = vcard;
    emit headerDataChanged(Qt::Horizontal, RowColumn, ColumnColumn);
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_problems.size())
        return {};
    const ImportProblem &p = m_problems[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RowColumn:
            return p.row > 0 ? Display::number(p.row) : tr("File");
        case ColumnColumn:
            return p.column;
        case ValueColumn: {
            if (role == Qt::ToolTipRole)
                return p.value.left(2000);
            QString v = p.value.left(120);
            return v.replace(u'\n', u' ');
        }
        case ReasonColumn:
            return ImportProblemText::reason(p);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole && index.column() == ReasonColumn)
        return p.code;
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return m_vcard ? tr("Card") : tr("Row");
    case ColumnColumn:
        return m_vcard ? tr("Property") : tr("Column");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace peyvand
