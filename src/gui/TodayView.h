#pragma once
// The signed-in rep's day: follow-ups due today and overdue (one click to done
// or to move), their recent activity, and a button to log a new one.
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace peyvand {

class ConcurrentChangeError;
class FollowUpModel;
class Workspace;

class TodayView : public QWidget
{
    Q_OBJECT
public:
    explicit TodayView(Workspace &workspace, QWidget *parent = nullptr);

    int followUpCount() const;
    int overdueCount() const;
    FollowUpModel *followUpModel() const { return m_model; }
    // Completes / moves the follow-up in `row` of the table; false (with the
    // reason shown) when refused.
    bool markDone(int row);
    bool reschedule(int row, const QDateTime &when);
    int selectedRow() const { return currentRow(); } // -1: none
    void selectRow(int row);
    // Reloads the follow-ups and recent activity (signals and a minute timer call it).
    void refresh();
    void setRefreshInterval(int msec);

signals:
    void logActivityRequested();
    void openCustomer(qint64 customerId);

private:
    int currentRow() const;
    void updateButtons();
    void rescheduleSelected(int days);
    void pickReschedule();
    void loadFollowUps();
    void loadRecent();
    QString customerName(qint64 id);
    void showError(const QString &text);
    // Someone else changed the follow-up since the list showed it: asks whether to reload.
    void resolveConflict(const ConcurrentChangeError &error);

    Workspace &m_workspace;
    FollowUpModel *m_model;
    QLabel *m_header;
    QLabel *m_counts;
    QLabel *m_error;
    QTableView *m_table;
    QPushButton *m_done;
    QPushButton *m_reschedule;
    QPushButton *m_log;
    QListWidget *m_recent;
    QTimer *m_timer;
    QHash<qint64, QString> m_names; // customer names, per refresh
};

} // namespace peyvand
