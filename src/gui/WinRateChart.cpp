#include "WinRateChart.h"

#include "ReportChartStyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QObject>

namespace peyvand::WinRateChart {

using namespace ReportChartStyle;

QList<QChart *> build(const FunnelReport &report)
{
    QChart *chart = newChart(QObject::tr("Win rate of the deals closed in the period"));
    auto *byCount = barSet(QObject::tr("By count"), 0);
    auto *byAmount = barSet(QObject::tr("By amount"), 1);
    QStringList sections;
    for (const FunnelSection &section : report.sections) {
        sections << sectionName(section.kind == CustomerKind::Legal);
        *byCount << section.winRate.byCount.value_or(0);
        *byAmount << section.winRate.byAmount.value_or(0);
    }
    auto *series = new QBarSeries;
    series->append({ byCount, byAmount });
    series->setBarWidth(report.sections.size() > 1 ? 0.6 : 0.4);
    attach(chart, series, sections, Values::Percent, 1);
    return { chart };
}

bool empty(const FunnelReport &report)
{
    for (const FunnelSection &section : report.sections)
        if (section.winRate.won + section.winRate.lost > 0)
            return false;
    return true;
}

} // namespace peyvand::WinRateChart
