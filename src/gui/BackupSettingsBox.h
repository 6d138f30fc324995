#pragma once
// The "Backups" group of the Settings view: the folder (with a chooser), how
// often automatic backups run and how many are kept — stored in the database,
// so every PC using it agrees — the last and next backup, the folder's
// backups, "Back up now" and "Restore from backup…" (after a confirmation
// that says the current data is kept as a backup first). Jobs run on the
// window's BackupScheduler.
#include <QGroupBox>

class QLabel;
class QLineEdit;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace peyvand {

class BackupScheduler;
class Workspace;
struct BackupRunOutcome;

class BackupSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    BackupSettingsBox(Workspace &workspace, BackupScheduler &scheduler, QWidget *parent = nullptr);

    // Settings, last and next backup, and the list, from the database and the folder.
    void reload();
    // Asks (a window-modal box named restoreConfirmBox) and restores `file` when confirmed.
    void confirmRestore(const QString &file);

private:
    void save();
    void chooseFolder();
    void chooseRestoreFile();
    void fillList();
    void updateTimes();
    void setBusy(bool busy);
    void onFinished(const BackupRunOutcome &outcome);

    Workspace &m_workspace;
    BackupScheduler &m_scheduler;
    QLineEdit *m_folder;
    QPushButton *m_chooseFolder;
    QSpinBox *m_interval;
    QSpinBox *m_keep;
    QLabel *m_last;
    QLabel *m_next;
    QLabel *m_error;
    QPushButton *m_backupNow;
    QPushButton *m_restore;
    QProgressBar *m_progress;
    QTreeWidget *m_list;
    QProgressDialog *m_restoreProgress = nullptr;
    bool m_loading = false;
};

} // namespace peyvand
