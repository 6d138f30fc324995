#include "PipelineChart.h"

#include "Display.h"
#include "ReportChartStyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QObject>

namespace peyvand::PipelineChart {

using namespace ReportChartStyle;

QList<QChart *> build(const PipelineReport &report)
{
    QList<QChart *> charts;
    for (const PipelineSection &section : report.sections) {
        QChart *chart
            = newChart(QObject::tr("Open deals by stage — %1").arg(sectionName(section.kind == CustomerKind::Legal)));
        auto *amount = barSet(QObject::tr("Amount"), 0);
        auto *weighted = barSet(QObject::tr("Weighted amount"), 1);
        QStringList stages;
        for (const StageFigures &s : section.stages) {
            stages << s.stage.name;
            *amount << double(s.amount);
            *weighted << double(s.weighted);
        }
        auto *series = new QBarSeries;
        series->append({ amount, weighted });
        attach(chart, series, stages, Values::Money, largest(series));
        charts << chart;
    }
    return charts;
}

bool empty(const PipelineReport &report)
{
    for (const PipelineSection &section : report.sections)
        if (section.count > 0)
            return false;
    return true;
}

} // namespace peyvand::PipelineChart
