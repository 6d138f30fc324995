#pragma once
// The Reports view's filter: pipeline scope (B2B, B2C or both side by side),
// owner (everyone or one rep), a Jalali period (this / previous month,
// quarter (فصل) or year, or custom dates with Jalali pickers) and how many
// days make an order "stuck". A custom period that ends before it starts is
// explained inline and gives no filter.
#include "Reports.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;

namespace peyvand {

class JalaliDateEdit;
class Workspace;

class ReportFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReportFilterBar(Workspace &workspace, QWidget *parent = nullptr);

    // The filter chosen, or none when the period is not valid (see problem()).
    std::optional<ReportFilter> filter() const;
    QString problem() const; // why there is no filter, in the UI language
    // Combo data: a PeriodPreset as int, or -1 for custom.
    static constexpr int kCustom = -1;

    void setScope(ReportScope scope);
    void setOwner(qint64 ownerId);
    void setPreset(int presetOrCustom);
    void setCustomPeriod(const QDate &from, const QDate &to);
    void reloadUsers();

signals:
    void filterChanged();

private:
    void updateCustom();

    Workspace &m_workspace;
    QComboBox *m_scope;
    QComboBox *m_owner;
    QComboBox *m_period;
    JalaliDateEdit *m_from;
    JalaliDateEdit *m_to;
    QSpinBox *m_stuckDays;
    QLabel *m_message;
};

} // namespace peyvand
