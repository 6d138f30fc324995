#pragma once
// "Sign in to the team server": on a PostgreSQL server each person connects
// as their own database role, so the username and password are checked by
// the server before anything can be read, then by Peyvand (Authenticator).
// A refusal (wrong password, unreachable server, no such database, a server
// of a newer Peyvand) is shown in the UI language under the fields, which
// keep what was typed (the password is cleared). "Database…" chooses another
// database (DatabaseSwitch).
#include "Clock.h"
#include "DataStore.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand {

class ServerSignInDialog : public QDialog
{
    Q_OBJECT
public:
    ServerSignInDialog(const QString &location, const Clock &clock, const QString &userName = {},
                       QWidget *parent = nullptr);
    ~ServerSignInDialog() override;

    void accept() override; // connects and signs in; stays open with the reason on refusal
    // Once accepted: the store, connected as the user, and the user (the store's actor).
    std::unique_ptr<DataStore> takeStore() { return std::move(m_store); }
    const User &user() const { return m_user; }

private:
    QString m_location;
    const Clock &m_clock;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    std::unique_ptr<DataStore> m_store;
    User m_user;
};

} // namespace peyvand
