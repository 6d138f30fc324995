#pragma once
// Forecast: weighted amount by expected close Jalali month, a bar set per pipeline.
#include "Reports.h"

#include <QList>

class QChart;

namespace peyvand::ForecastChart {

QList<QChart *> build(const ForecastReport &report);
// True when the period has nothing to draw (the view shows a message instead).
bool empty(const ForecastReport &report);

} // namespace peyvand::ForecastChart
