#pragma once
// The managers' reports: a filter bar (pipeline scope, owner, Jalali period,
// stuck-order days) and one tab per measure — pipeline by stage, funnel, win
// rate and cycle, lost reasons, forecast, activity per rep, orders — each a
// chart beside its table. Computed off the UI thread (ReportRunner); exported
// to PDF and CSV (ReportExporter). Double-clicking a stuck order opens its customer.
#include "ReportSet.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace peyvand {

class ReportFilterBar;
class ReportPage;
class ReportRunner;
class Workspace;

class ReportsView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsView(Workspace &workspace, QWidget *parent = nullptr);

    // Recomputes for the current filter (or shows why there is no report).
    void reload();
    ReportFilterBar *filterBar() const { return m_filter; }
    ReportPage *page(const QString &key) const { return m_pages.value(key); }
    // Shows a measure's tab: "pipeline", "funnel", "win-rate", "lost-reasons", "forecast", "activity", "orders".
    bool showTab(const QString &key);
    bool isComputing() const;
    // The figures on screen; none while there is no report.
    const std::optional<ReportSet> &reports() const { return m_reports; }

    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);

signals:
    void openCustomer(qint64 customerId);
    void reportsShown(); // a computation finished and is on screen

private:
    void showReports(const ReportSet &reports);
    void showFailure(const QString &message);
    void choosePdf();
    void chooseCsv();
    void scheduleReload();

    Workspace &m_workspace;
    ReportFilterBar *m_filter;
    ReportRunner *m_runner;
    QLabel *m_status;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QTabWidget *m_tabs;
    QHash<QString, ReportPage *> m_pages;
    QTimer *m_reloadTimer;
    std::optional<ReportSet> m_reports;
};

} // namespace peyvand
