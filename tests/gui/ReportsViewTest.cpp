// The Reports view: computes off the UI thread and shows the figures of the
// hand-built data; the filter (period preset, owner, scope) recomputes; a
// custom period ending before it starts shows a message and no report; a
// stuck order opens its customer.
#include "ReportsView.h"

#include "Display.h"
#include "ReportFilterBar.h"
#include "ReportFixture.h"
#include "ReportPage.h"
#include "ReportTableModel.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QTableView>

using namespace peyvand;
using peyvand::testing::ReportFixture;
using peyvand::testing::waitForReports;

namespace {

QString cell(ReportPage *page, const QString &table, int row, const QString &columnCode)
{
    ReportTableModel *model = page->model(table);
    if (!model)
        return QStringLiteral("<no table %1>").arg(table);
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->table().columns[c].code == columnCode)
            return model->index(row, c).data().toString();
    return QStringLiteral("<no column %1>").arg(columnCode);
}

qint64 total(const PipelineReport &report, CustomerKind kind)
{
    for (const PipelineSection &s : report.sections)
        if (s.kind == kind)
            return s.amount;
    return -1;
}

} // namespace

TEST(ReportsView, shows_the_figures_of_the_period_in_charts_and_persian_tables)
{
    ReportFixture f;
    ReportsView view(*f.manager.workspace);
    view.resize(1300, 800);
    view.show();
    ASSERT_TRUE(view.isComputing() || view.reports());
    if (!view.reports()) {
        ASSERT_TRUE(waitForReports(view));
    }
    ASSERT_TRUE(view.reports());
    const ReportSet &r = *view.reports();
    EXPECT_EQ(r.filter.period.from, QDate(2024, 11, 21)); // 1403/09/01
    EXPECT_EQ(r.filter.period.to, QDate(2024, 12, 20)); // 1403/09/30
    ASSERT_EQ(r.pipeline.sections.size(), 2);
    EXPECT_EQ(r.pipeline.sections[0].kind, CustomerKind::Legal);
    EXPECT_EQ(r.pipeline.sections[0].count, 3);
    EXPECT_EQ(r.pipeline.sections[0].amount, 180'000'000);
    EXPECT_EQ(r.pipeline.sections[1].count, 0); // the B2C deal was won
    EXPECT_EQ(r.orders.count, 1);
    EXPECT_EQ(r.orders.amount, 5'000'000);

    ReportPage *pipeline = view.page(QStringLiteral("pipeline"));
    EXPECT_EQ(pipeline->chartViews().size(), 2); // B2B beside B2C
    EXPECT_TRUE(pipeline->message().isEmpty());
    // The first open B2B stage: two deals, 130 million Rials, Persian digits.
    EXPECT_EQ(cell(pipeline, QStringLiteral("pipeline_b2b"), 0, QStringLiteral("count")), QStringLiteral("۲"));
    EXPECT_EQ(cell(pipeline, QStringLiteral("pipeline_b2b"), 0, QStringLiteral("amount")),
              QStringLiteral("۱۳۰٬۰۰۰٬۰۰۰"));

    ReportPage *win = view.page(QStringLiteral("win-rate"));
    ASSERT_TRUE(win->model(QStringLiteral("win_rate")));
    EXPECT_EQ(win->chartViews().size(), 1);
    EXPECT_EQ(r.funnel.sections[1].winRate.won, 1);

    ReportPage *orders = view.page(QStringLiteral("orders"));
    EXPECT_EQ(orders->chartViews().size(), 1);
    EXPECT_EQ(cell(orders, QStringLiteral("orders_by_status"), 0, QStringLiteral("count")), QStringLiteral("۱"));

    ReportPage *activity = view.page(QStringLiteral("activity"));
    ASSERT_TRUE(activity->model(QStringLiteral("activity_reps")));
    bool found = false;
    for (const RepActivity &rep : r.activity.reps)
        if (rep.ownerId == f.rep.id) {
            found = true;
            EXPECT_EQ(rep.calls, 1);
        }
    EXPECT_TRUE(found);
    EXPECT_TRUE(view.showTab(QStringLiteral("forecast")));
    EXPECT_FALSE(view.showTab(QStringLiteral("nonsense")));
}

TEST(ReportsView, switching_preset_owner_and_scope_recomputes)
{
    ReportFixture f;
    ReportsView view(*f.manager.workspace);
    if (!view.reports()) {
        ASSERT_TRUE(waitForReports(view));
    }
    ReportFilterBar *bar = view.filterBar();

    ASSERT_TRUE(waitForReports(view, [&] { bar->setOwner(f.rep.id); }));
    EXPECT_EQ(view.reports()->filter.ownerId, f.rep.id);
    EXPECT_EQ(total(view.reports()->pipeline, CustomerKind::Legal), 150'000'000);

    ASSERT_TRUE(waitForReports(view, [&] { bar->setOwner(f.rep2); }));
    EXPECT_EQ(total(view.reports()->pipeline, CustomerKind::Legal), 30'000'000);

    ASSERT_TRUE(waitForReports(view, [&] { bar->setScope(ReportScope::B2C); }));
    ASSERT_EQ(view.reports()->pipeline.sections.size(), 1);
    EXPECT_EQ(view.reports()->pipeline.sections[0].kind, CustomerKind::Individual);
    EXPECT_EQ(view.page(QStringLiteral("pipeline"))->chartViews().size(), 0); // nothing open: the message instead
    EXPECT_FALSE(view.page(QStringLiteral("pipeline"))->message().isEmpty());

    ASSERT_TRUE(waitForReports(view, [&] {
        bar->setScope(ReportScope::All);
        bar->setOwner(0);
        bar->setPreset(int(PeriodPreset::PreviousMonth));
    }));
    EXPECT_EQ(view.reports()->filter.period.from, QDate(2024, 10, 22)); // 1403/08/01
    EXPECT_EQ(view.reports()->filter.period.to, QDate(2024, 11, 20)); // 1403/08/30
    EXPECT_EQ(view.reports()->orders.count, 0);
    EXPECT_FALSE(view.page(QStringLiteral("orders"))->message().isEmpty());

    ASSERT_TRUE(waitForReports(view, [&] { bar->setPreset(int(PeriodPreset::ThisYear)); }));
    EXPECT_EQ(view.reports()->filter.period.from, QDate(2024, 3, 20)); // 1403/01/01
    EXPECT_EQ(view.reports()->orders.count, 1);
}

TEST(ReportsView, a_custom_period_ending_before_it_starts_shows_a_message_and_no_report)
{
    ReportFixture f;
    ReportsView view(*f.manager.workspace);
    view.show();
    if (!view.reports()) {
        ASSERT_TRUE(waitForReports(view));
    }
    view.filterBar()->setCustomPeriod(QDate(2024, 12, 10), QDate(2024, 12, 1));
    EXPECT_FALSE(view.reports());
    EXPECT_FALSE(view.isComputing());
    auto *message = view.findChild<QLabel *>(QStringLiteral("reportFilterMessage"));
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("۱۴۰۳/۰۹/۱۱"))) << message->text().toStdString();
    for (const QString &key : { QStringLiteral("pipeline"), QStringLiteral("orders") }) {
        EXPECT_TRUE(view.page(key)->chartViews().isEmpty());
        EXPECT_TRUE(view.page(key)->tableViews().isEmpty());
    }
    EXPECT_FALSE(view.findChild<QWidget *>(QStringLiteral("exportPdfButton"))->isEnabled());

    // Put right: the report comes back.
    ASSERT_TRUE(
        waitForReports(view, [&] { view.filterBar()->setCustomPeriod(QDate(2024, 11, 1), QDate(2024, 12, 1)); }));
    EXPECT_FALSE(message->isVisible());
    EXPECT_EQ(view.reports()->orders.count, 1);
}

TEST(ReportsView, double_clicking_a_stuck_order_opens_its_customer)
{
    ReportFixture f;
    f.clock.set(f.clock.now().addDays(20)); // the order has been registered for 20 days
    ReportsView view(*f.manager.workspace);
    view.resize(1300, 800);
    view.show();
    if (!view.reports()) {
        ASSERT_TRUE(waitForReports(view));
    }
    ASSERT_EQ(view.reports()->orders.stuck.size(), 1);
    ReportPage *orders = view.page(QStringLiteral("orders"));
    QTableView *stuck = orders->tableView(QStringLiteral("stuck_orders"));
    ASSERT_TRUE(stuck);
    QSignalSpy open(&view, &ReportsView::openCustomer);
    emit stuck->doubleClicked(stuck->model()->index(0, 0));
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).at(0).toLongLong(), f.person);
}
