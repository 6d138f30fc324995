#include "ReportsView.h"

#include "Display.h"
#include "ReportExporter.h"
#include "ReportFilterBar.h"
#include "ReportMeasures.h"
#include "ReportPage.h"
#include "ReportRunner.h"
#include "RoleGate.h"
#include "Workspace.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace peyvand {

ReportsView::ReportsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(new ReportFilterBar(workspace, this))
    , m_runner(new ReportRunner(workspace.store().openLocation(), workspace.clock(), this))
    , m_status(new QLabel(this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_tabs(new QTabWidget(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportsView"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);

    // Only the measures the role may see are computed and shown (RoleGate).
    const bool pipeline = RoleGate::showsPipelineReports(workspace.user());
    const bool orders = RoleGate::showsOrderReports(workspace.user());
    auto *title = new QLabel(pipeline ? tr("Sales reports") : tr("Reports"), this);
    QFont big = title->font();
    big.setPointSize(big.pointSize() + 3);
    big.setBold(true);
    title->setFont(big);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    top->addWidget(m_pdf);
    top->addWidget(m_csv);

    for (const QString &key : ReportMeasures::keys(pipeline, orders)) {
        auto *page = new ReportPage(key, m_tabs);
        m_pages.insert(key, page);
        m_tabs->addTab(page, ReportMeasures::title(key));
    }
    if (ReportPage *ordersPage = m_pages.value(QStringLiteral("orders")))
        connect(ordersPage, &ReportPage::rowActivated, this, [this](const QString &code, int row) {
            if (code == QLatin1String("stuck_orders") && m_reports && row >= 0 && row < m_reports->orders.stuck.size())
                emit openCustomer(m_reports->orders.stuck.at(row).customerId);
        });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs, 1);

    connect(m_filter, &ReportFilterBar::filterChanged, this, &ReportsView::reload);
    connect(m_runner, &ReportRunner::finished, this, &ReportsView::showReports);
    connect(m_runner, &ReportRunner::failed, this, &ReportsView::showFailure);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsView::choosePdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportsView::chooseCsv);

    // Data changed elsewhere: recompute once things settle.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_reloadTimer, &QTimer::timeout, this, &ReportsView::reload);
    connect(&m_workspace, &Workspace::dealChanged, this, &ReportsView::scheduleReload);
    connect(&m_workspace, &Workspace::activityChanged, this, &ReportsView::scheduleReload);
    connect(&m_workspace, &Workspace::orderChanged, this, &ReportsView::scheduleReload);
    connect(&m_workspace, &Workspace::dataReset, this, [this] {
        m_filter->reloadUsers();
        scheduleReload();
    });
    reload();
}

void ReportsView::scheduleReload()
{
    m_reloadTimer->start();
}

bool ReportsView::isComputing() const
{
    return m_runner->isBusy();
}

void ReportsView::reload()
{
    const std::optional<ReportFilter> filter = m_filter->filter();
    if (!filter) {
        m_runner->cancel();
        m_reports.reset();
        const QString problem = m_filter->problem();
        for (ReportPage *page : std::as_const(m_pages))
            page->clear(problem);
        m_status->clear();
        m_pdf->setEnabled(false);
        m_csv->setEnabled(false);
        return;
    }
    m_status->setText(tr("Computing…"));
    m_pdf->setEnabled(false);
    m_csv->setEnabled(false);
    m_runner->setUser(m_workspace.user());
    m_runner->run(*filter);
}

void ReportsView::showReports(const ReportSet &reports)
{
    m_reports = reports;
    for (ReportMeasures::Measure &m : ReportMeasures::of(reports, Display::persian()))
        if (ReportPage *page = m_pages.value(m.key))
            page->show(m.charts, m.tables, m.emptyText);
    m_status->setText(
        tr("%1 to %2").arg(Display::longDate(reports.filter.period.from), Display::longDate(reports.filter.period.to)));
    m_pdf->setEnabled(true);
    m_csv->setEnabled(true);
    emit reportsShown();
}

void ReportsView::showFailure(const QString &message)
{
    m_reports.reset();
    for (ReportPage *page : std::as_const(m_pages))
        page->clear(message);
    m_status->clear();
}

bool ReportsView::showTab(const QString &key)
{
    ReportPage *page = m_pages.value(key);
    if (!page)
        return false;
    m_tabs->setCurrentWidget(page);
    return true;
}

bool ReportsView::exportPdf(const QString &path)
{
    if (!m_reports)
        return false;
    QString error;
    const QString owner = m_workspace.userName(m_reports->filter.ownerId);
    if (ReportExporter::writePdf(path, *m_reports, ReportExporter::describe(m_reports->filter, owner), &error))
        return true;
    QMessageBox::warning(this, tr("Export PDF"), error);
    return false;
}

bool ReportsView::exportCsv(const QString &path)
{
    if (!m_reports)
        return false;
    QString error;
    if (ReportExporter::writeCsv(path, *m_reports, &error))
        return true;
    QMessageBox::warning(this, tr("Export CSV"), error);
    return false;
}

void ReportsView::choosePdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), dir + QStringLiteral("/reports.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportsView::chooseCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), dir + QStringLiteral("/reports.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace peyvand
