#pragma once
// "Add user" (Settings, administrators): username, full name, role and the
// password twice; UserService::add, the refusal shown under the form.
#include "User.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace peyvand {

class PasswordPair;
class Workspace;

class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~NewUserDialog() override;

    const User &added() const { return m_added; }
    void accept() override;

private:
    Workspace &m_workspace;
    QLineEdit *m_userName;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    std::unique_ptr<PasswordPair> m_password;
    QLabel *m_error;
    User m_added;
};

} // namespace peyvand
