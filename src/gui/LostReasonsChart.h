#pragma once
// Lost reasons: deals lost per reason, a bar set per pipeline.
#include "Reports.h"

#include <QList>

class QChart;

namespace peyvand::LostReasonsChart {

QList<QChart *> build(const FunnelReport &report);
// True when the period has nothing to draw (the view shows a message instead).
bool empty(const FunnelReport &report);

} // namespace peyvand::LostReasonsChart
