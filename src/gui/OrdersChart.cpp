#include "OrdersChart.h"

#include "Display.h"
#include "ReportChartStyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QObject>

namespace peyvand::OrdersChart {

using namespace ReportChartStyle;

QList<QChart *> build(const OrdersReport &report)
{
    QChart *chart = newChart(QObject::tr("Orders created in the period, by current status"));
    auto *orders = barSet(QObject::tr("Orders"), 4);
    QStringList statuses;
    for (const OrderStatusFigures &f : report.statuses) {
        statuses << Display::label(f.status);
        *orders << double(f.count);
    }
    auto *series = new QBarSeries;
    series->append(orders);
    series->setBarWidth(0.6);
    attach(chart, series, statuses, Values::Count, largest(series));
    chart->legend()->hide();
    return { chart };
}

bool empty(const OrdersReport &report)
{
    return report.count == 0 && report.stuckCount == 0;
}

} // namespace peyvand::OrdersChart
