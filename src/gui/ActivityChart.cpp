#include "ActivityChart.h"

#include "Display.h"
#include "ReportChartStyle.h"

#include <QBarSet>
#include <QChart>
#include <QObject>
#include <QStackedBarSeries>

namespace peyvand::ActivityChart {

using namespace ReportChartStyle;

QList<QChart *> build(const ActivityReport &report)
{
    const qint64 weeks = std::max<qint64>(1, report.weekStarts.size());
    QChart *chart
        = newChart(QObject::tr("Activities per rep per week (average over %1 weeks)").arg(Display::number(weeks)));
    auto *calls = barSet(QObject::tr("Calls"), 0);
    auto *meetings = barSet(QObject::tr("Meetings"), 1);
    auto *other = barSet(QObject::tr("Other"), 5);
    QStringList reps;
    for (const RepActivity &rep : report.reps) {
        reps << (rep.ownerName.isEmpty() ? Display::digits(QStringLiteral("#%1").arg(rep.ownerId)) : rep.ownerName);
        *calls << double(rep.calls) / weeks;
        *meetings << double(rep.meetings) / weeks;
        *other << double(rep.other) / weeks;
    }
    auto *series = new QStackedBarSeries;
    series->append({ calls, meetings, other });
    attach(chart, series, reps, Values::Count, largest(series, true));
    return { chart };
}

bool empty(const ActivityReport &report)
{
    for (const RepActivity &rep : report.reps)
        if (rep.calls + rep.meetings + rep.other > 0)
            return false;
    return true;
}

} // namespace peyvand::ActivityChart
