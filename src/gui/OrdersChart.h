#pragma once
// Orders: how many orders are in each status.
#include "Reports.h"

#include <QList>

class QChart;

namespace peyvand::OrdersChart {

QList<QChart *> build(const OrdersReport &report);
// True when the period has nothing to draw (the view shows a message instead).
bool empty(const OrdersReport &report);

} // namespace peyvand::OrdersChart
