#pragma once
// The users of the database for the Settings "Users" section: username, full
// name, role, active or disabled, whether a password is set, failed sign-ins.
// A handful of rows, loaded whole (UserService::list).
#include "UserService.h"

#include <QAbstractTableModel>

namespace peyvand {

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UserName, FullName, Role, Status, Password, Failures, ColumnCount };

    explicit UserTableModel(QObject *parent = nullptr);

    void setAccounts(QList<UserService::Account> accounts);
    const UserService::Account &account(int row) const { return m_accounts.at(row); }
    int rowOf(qint64 userId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UserService::Account> m_accounts;
};

} // namespace peyvand
