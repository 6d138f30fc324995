#pragma once
// Desktop reminders while the app runs: every minute, the signed-in user's
// follow-ups that became due since the last look are announced once, in the
// system tray or, without one, as a status-bar message.
#include <QDateTime>
#include <QObject>
#include <QPair>
#include <QSet>

class QSystemTrayIcon;
class QTimer;

namespace peyvand {

class Workspace;

class ReminderNotifier : public QObject
{
    Q_OBJECT
public:
    // Starts looking right away; what was already due before is not announced
    // (the Today view lists it).
    explicit ReminderNotifier(Workspace &workspace, QObject *parent = nullptr);

    void setInterval(int msec); // 60 s by default
    int interval() const;
    // Looks now: announces each follow-up that fell due since the last look.
    void checkNow();

signals:
    void reminderDue(qint64 activityId, const QString &text);
    // For the status bar when there is no system tray.
    void statusMessage(const QString &text);
    // The user clicked a tray notification (show the Today view).
    void notificationClicked();

private:
    void notify(const QStringList &texts);

    Workspace &m_workspace;
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
    QDateTime m_lastCheck;
    QSet<QPair<qint64, qint64>> m_announced; // (activity, follow-up time) already told
};

} // namespace peyvand
