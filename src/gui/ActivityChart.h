#pragma once
// Activity per rep: calls, meetings and other activities stacked, one column per rep.
#include "Reports.h"

#include <QList>

class QChart;

namespace peyvand::ActivityChart {

QList<QChart *> build(const ActivityReport &report);
// True when the period has nothing to draw (the view shows a message instead).
bool empty(const ActivityReport &report);

} // namespace peyvand::ActivityChart
