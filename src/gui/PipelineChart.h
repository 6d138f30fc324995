#pragma once
// Pipeline by stage: one chart per pipeline, amount and weighted amount per open stage.
#include "Reports.h"

#include <QList>

class QChart;

namespace peyvand::PipelineChart {

QList<QChart *> build(const PipelineReport &report);
// True when the period has nothing to draw (the view shows a message instead).
bool empty(const PipelineReport &report);

} // namespace peyvand::PipelineChart
