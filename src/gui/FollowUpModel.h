#pragma once
// The rows of the Today view: open follow-ups due today or overdue, with the
// customer's name, what the original activity was and how many days late.
#include "Activity.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace peyvand {

struct FollowUpRow
{
    Activity activity;
    QString customerName;
};

class FollowUpModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DueColumn, CustomerColumn, ActivityColumn, StatusColumn, ColumnCount };
    enum Role { ActivityIdRole = Qt::UserRole + 1, CustomerIdRole, DaysLateRole };

    explicit FollowUpModel(QObject *parent = nullptr);

    // Replaces all rows; `today` (local) decides which are overdue.
    void setRows(const QList<FollowUpRow> &rows, const QDate &today);
    const QList<FollowUpRow> &rows() const { return m_rows; }
    const FollowUpRow &row(int n) const { return m_rows.at(n); }
    QDate today() const { return m_today; }
    int daysLate(int row) const; // 0: due today
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Outbound call on 1403/09/02 — asked for a price list", for lists and reminders.
    static QString describe(const Activity &activity);

private:
    QList<FollowUpRow> m_rows;
    QDate m_today;
};

} // namespace peyvand
