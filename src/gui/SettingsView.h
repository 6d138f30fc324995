#pragma once
// Settings: the UI language (Persian right-to-left or English left-to-right),
// money in Rial or Toman, who the app acts as, the database in use, and its
// backups (BackupSettingsBox, when the window's BackupScheduler is given).
#include "UiSettings.h"

#include <QWidget>

class QComboBox;

namespace peyvand {

class BackupScheduler;
class Workspace;

class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(Workspace &workspace, QWidget *parent = nullptr, BackupScheduler *backups = nullptr);

signals:
    void languageChanged(UiSettings::Language language);
    void moneyUnitChanged();
    void userChanged(qint64 userId);
    void demoDataRequested();

private:
    void fillUsers();

    Workspace &m_workspace;
    QComboBox *m_language;
    QComboBox *m_money;
    QComboBox *m_user;
};

} // namespace peyvand
