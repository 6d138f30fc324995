#include "ForecastChart.h"

#include "ReportChartStyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QObject>

namespace peyvand::ForecastChart {

using namespace ReportChartStyle;

QList<QChart *> build(const ForecastReport &report)
{
    QChart *chart = newChart(QObject::tr("Weighted amount by expected close month"));
    QStringList months;
    if (!report.sections.isEmpty())
        for (const ForecastMonth &m : report.sections.first().months)
            months << monthName(m.jalaliYear, m.jalaliMonth);
    auto *series = new QBarSeries;
    for (const ForecastSection &section : report.sections) {
        const bool legal = section.kind == CustomerKind::Legal;
        auto *set = barSet(sectionName(legal), legal ? 0 : 2);
        for (const ForecastMonth &m : section.months)
            *set << double(m.weighted);
        series->append(set);
    }
    attach(chart, series, months, Values::Money, largest(series));
    return { chart };
}

bool empty(const ForecastReport &report)
{
    for (const ForecastSection &section : report.sections)
        for (const ForecastMonth &m : section.months)
            if (m.count > 0)
                return false;
    return true;
}

} // namespace peyvand::ForecastChart
