#pragma once
// Win rate by count and by amount, B2B beside B2C, in one chart.
#include "Reports.h"

#include <QList>

class QChart;

namespace peyvand::WinRateChart {

QList<QChart *> build(const FunnelReport &report);
// True when the period has nothing to draw (the view shows a message instead).
bool empty(const FunnelReport &report);

} // namespace peyvand::WinRateChart
