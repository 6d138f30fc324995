#pragma once
// "Sign in to Peyvand": username and password, the refusal in the UI language
// under them, and after repeated wrong passwords a disabled sign-in button
// counting down the wait (Authenticator::waitFor) instead of a frozen window.
// Remembers the last username per database (UiSettings), never the password.
#include "Clock.h"
#include "DataStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace peyvand {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // userName: the name to start with; empty: the one last signed in on this database.
    SignInDialog(DataStore &store, const Clock &clock, const QString &userName = {}, QWidget *parent = nullptr);

    const User &user() const { return m_user; } // valid (id > 0) once accepted
    void accept() override; // signs in; stays open with the reason on refusal

    // Re-reads the wait for the username typed and shows it on the button.
    void updateWait();

private:
    DataStore &m_store;
    const Clock &m_clock;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QTimer *m_tick;
    User m_user;
};

} // namespace peyvand
