#include "LostReasonsChart.h"

#include "Display.h"
#include "ReportChartStyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QObject>

namespace peyvand::LostReasonsChart {

using namespace ReportChartStyle;

namespace {

// Every reason in the enum's order, then "not given"; index -1 is "not given".
int slot(const std::optional<LostReason> &reason)
{
    return reason ? int(*reason) : int(EnumInfo<LostReason>::rows.size());
}

} // namespace

QList<QChart *> build(const FunnelReport &report)
{
    QChart *chart = newChart(QObject::tr("Deals lost in the period, by reason"));
    const int slotCount = int(EnumInfo<LostReason>::rows.size()) + 1;
    QList<QList<qint64>> counts;
    QList<bool> used(slotCount, false);
    for (const FunnelSection &section : report.sections) {
        QList<qint64> c(slotCount, 0);
        for (const LostReasonFigures &f : section.lostReasons) {
            c[slot(f.reason)] += f.count;
            if (f.count > 0)
                used[slot(f.reason)] = true;
        }
        counts << c;
    }
    QStringList reasons;
    QList<int> shown;
    for (int i = 0; i < slotCount; ++i) {
        if (!used[i])
            continue;
        shown << i;
        reasons << (i < slotCount - 1 ? Display::label(EnumInfo<LostReason>::rows[i].value) : QObject::tr("Not given"));
    }
    auto *series = new QBarSeries;
    for (int s = 0; s < report.sections.size(); ++s) {
        const bool legal = report.sections[s].kind == CustomerKind::Legal;
        auto *set = barSet(sectionName(legal), legal ? 3 : 1);
        for (int i : shown)
            *set << double(counts[s][i]);
        series->append(set);
    }
    attach(chart, series, reasons, Values::Count, largest(series));
    return { chart };
}

bool empty(const FunnelReport &report)
{
    for (const FunnelSection &section : report.sections)
        for (const LostReasonFigures &f : section.lostReasons)
            if (f.count > 0)
                return false;
    return true;
}

} // namespace peyvand::LostReasonsChart
