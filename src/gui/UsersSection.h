#pragma once
// Settings → "Users", shown to administrators only (manage_users): the users
// of the database with role, status and password state, and buttons to add a
// user, change a role, reset a password and disable or enable an account.
// Refusals (the last administrator, your own account) appear under the table.
#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace peyvand {

class NewUserDialog;
class PasswordDialog;
class RoleDialog;
class UserTableModel;
class Workspace;

class UsersSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit UsersSection(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    UserTableModel *model() const { return m_model; }
    void selectUser(qint64 userId);
    void reload();

    // Each opens its dialog window-modal (deleted when closed) and returns it.
    NewUserDialog *openAddUser();
    RoleDialog *openChangeRole(); // for the selected user; nullptr when none
    PasswordDialog *openResetPassword(); // for the selected user; nullptr when none
    void toggleActive(); // disables or enables the selected user

private:
    qint64 selectedId() const; // 0 when none
    void updateButtons();
    void showError(const QString &text);
    void changed(qint64 userId); // reload, keep the selection, tell the workspace

    Workspace &m_workspace;
    UserTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_password;
    QPushButton *m_active;
    QLabel *m_error;
};

} // namespace peyvand
