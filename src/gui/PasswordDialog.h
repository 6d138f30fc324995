#pragma once
// "Change my password" (your current password, then the new one twice) or, for
// an administrator, "Reset password" of another user (the new one twice).
// UserService::setPassword; the refusal shown under the form.
#include "User.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;

namespace peyvand {

class PasswordPair;
class Workspace;

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // target: whose password; the signed-in user's own asks for the current one.
    PasswordDialog(Workspace &workspace, const User &target, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    void accept() override;

private:
    Workspace &m_workspace;
    User m_target;
    QLineEdit *m_current = nullptr; // only for your own password
    std::unique_ptr<PasswordPair> m_password;
    QLabel *m_error;
};

} // namespace peyvand
