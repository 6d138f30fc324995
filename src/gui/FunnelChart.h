#pragma once
// Funnel: how many deals reached each stage, one chart per pipeline.
#include "Reports.h"

#include <QList>

class QChart;

namespace peyvand::FunnelChart {

QList<QChart *> build(const FunnelReport &report);
// True when the period has nothing to draw (the view shows a message instead).
bool empty(const FunnelReport &report);

} // namespace peyvand::FunnelChart
