#include "ReminderNotifier.h"

#include "DatabaseError.h"
#include "FollowUpModel.h"
#include "Workspace.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace peyvand {

namespace {

constexpr int kLimit = 2000;
constexpr int kShownInOneMessage = 3;

} // namespace

ReminderNotifier::ReminderNotifier(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
    , m_lastCheck(workspace.clock().now())
{
    setObjectName(QStringLiteral("reminderNotifier"));
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::checkNow);
    m_timer->start();
}

void ReminderNotifier::setInterval(int msec)
{
    m_timer->setInterval(msec);
}

int ReminderNotifier::interval() const
{
    return m_timer->interval();
}

void ReminderNotifier::checkNow()
{
    const QDateTime now = m_workspace.clock().now();
    QList<Activity> due;
    try {
        due = m_workspace.activities().dueFollowUps(m_workspace.user().id, now, kLimit);
    } catch (const DatabaseError &e) {
        qWarning("reminders: %s", e.what()); // try again at the next tick
        return;
    }
    const QDateTime since = m_lastCheck;
    m_lastCheck = now;
    QStringList texts;
    for (const Activity &a : due) {
        if (a.followUpAt <= since)
            continue; // was due before the last look (or before the app started)
        const QPair<qint64, qint64> key(a.id, a.followUpAt.toSecsSinceEpoch());
        if (m_announced.contains(key))
            continue;
        m_announced.insert(key);
        const auto customer = m_workspace.store().customers().get(a.customerId);
        const QString text = tr("Follow up with %1: %2")
                                 .arg(customer ? customer->displayName() : QString(), FollowUpModel::describe(a));
        texts << text;
        emit reminderDue(a.id, text);
    }
    if (!texts.isEmpty())
        notify(texts);
}

void ReminderNotifier::notify(const QStringList &texts)
{
    const QString title = texts.size() == 1 ? tr("Follow-up due") : tr("%n follow-ups due", nullptr, int(texts.size()));
    QString body = texts.mid(0, kShownInOneMessage).join(QLatin1Char('\n'));
    if (texts.size() > kShownInOneMessage)
        body += QLatin1Char('\n') + tr("…and %n more", nullptr, int(texts.size()) - kShownInOneMessage);

    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        emit statusMessage(texts.size() == 1 ? texts.first() : title);
        return;
    }
    if (!m_tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setObjectName(QStringLiteral("reminderTrayIcon"));
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderNotifier::notificationClicked);
        connect(m_tray, &QSystemTrayIcon::activated, this, &ReminderNotifier::notificationClicked);
        m_tray->show();
    }
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, 15 * 1000);
}

} // namespace peyvand
