#include "FunnelChart.h"

#include "ReportChartStyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QObject>

namespace peyvand::FunnelChart {

using namespace ReportChartStyle;

QList<QChart *> build(const FunnelReport &report)
{
    QList<QChart *> charts;
    for (const FunnelSection &section : report.sections) {
        QChart *chart = newChart(
            QObject::tr("Deals that reached each stage — %1").arg(sectionName(section.kind == CustomerKind::Legal)));
        auto *reached = barSet(QObject::tr("Deals reached"), section.kind == CustomerKind::Legal ? 0 : 2);
        QStringList stages;
        for (const FunnelStep &step : section.steps) {
            stages << step.stage.name;
            *reached << double(step.reached);
        }
        auto *series = new QBarSeries;
        series->append(reached);
        series->setBarWidth(0.7);
        attach(chart, series, stages, Values::Count, largest(series));
        chart->legend()->hide();
        charts << chart;
    }
    return charts;
}

bool empty(const FunnelReport &report)
{
    for (const FunnelSection &section : report.sections)
        for (const FunnelStep &step : section.steps)
            if (step.reached > 0)
                return false;
    return true;
}

} // namespace peyvand::FunnelChart
