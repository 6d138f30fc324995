#pragma once
// Settings: the UI language (Persian right-to-left or English left-to-right),
// money in Rial or Toman, who is signed in (change my password, sign out), the
// database in use, and for administrators the users (UsersSection) and the
// backups (BackupSettingsBox, when the window's BackupScheduler is given).
#include "UiSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace peyvand {

class BackupScheduler;
class PasswordDialog;
class UsersSection;
class Workspace;

class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(Workspace &workspace, QWidget *parent = nullptr, BackupScheduler *backups = nullptr);

    UsersSection *usersSection() const { return m_users; } // nullptr unless the user manages users
    PasswordDialog *openOwnPassword(); // window-modal, deleted when closed

signals:
    void languageChanged(UiSettings::Language language);
    void moneyUnitChanged();
    void switchUserRequested();
    void demoDataRequested();

private:
    void showUser();

    Workspace &m_workspace;
    QComboBox *m_language;
    QComboBox *m_money;
    QLabel *m_user;
    UsersSection *m_users = nullptr;
};

} // namespace peyvand
