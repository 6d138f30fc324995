#include "UserTableModel.h"

#include "Display.h"

#include <QColor>

namespace peyvand {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UserTableModel::setAccounts(QList<UserService::Account> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (int i = 0; i < m_accounts.size(); ++i)
        if (m_accounts[i].user.id == userId)
            return i;
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return {};
    const UserService::Account &a = m_accounts[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserName:
            return Display::isolate(a.user.username);
        case FullName:
            return a.user.fullName;
        case Role:
            return Display::label(a.user.role);
        case Status:
            return a.user.active ? tr("Active") : tr("Disabled");
        case Password:
            return a.hasPassword ? tr("Set") : tr("None");
        case Failures:
            return Display::number(a.failedSignIns);
        }
    } else if (role == Qt::ForegroundRole) {
        if ((index.column() == Status && !a.user.active) || (index.column() == Password && !a.hasPassword)
            || (index.column() == Failures && a.failedSignIns > 0))
            return QColor(0xc6, 0x28, 0x28);
    } else if (role == Qt::UserRole) {
        return a.user.id;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserName:
        return tr("Username");
    case FullName:
        return tr("Full name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Password:
        return tr("Password");
    case Failures:
        return tr("Failed sign-ins");
    }
    return {};
}

} // namespace peyvand
