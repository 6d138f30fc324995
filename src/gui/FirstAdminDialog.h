#pragma once
// "Create the administrator": on a database where no active administrator has
// a password (new, or from before sign-in existed), the first start asks for
// the administrator's username, full name and password (twice). An existing
// administrator account without a password is proposed and given the password
// (UserService::add). Sign-in follows.
#include "Clock.h"
#include "DataStore.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;

namespace peyvand {

class PasswordPair;

class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    FirstAdminDialog(DataStore &store, const Clock &clock, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;

    const User &admin() const { return m_admin; } // valid once accepted
    void accept() override; // creates the administrator; stays open with the reason on refusal

private:
    DataStore &m_store;
    const Clock &m_clock;
    QLineEdit *m_userName;
    QLineEdit *m_fullName;
    std::unique_ptr<PasswordPair> m_password;
    QLabel *m_error;
    User m_admin;
};

} // namespace peyvand
