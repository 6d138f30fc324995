#pragma once
// The report figures as tables: one table per section and measure (pipeline
// by stage per pipeline; funnel steps, win rate and lost reasons; forecast per
// pipeline; activity per rep and per week; orders by status and stuck orders).
// With `persian`, text cells (enum labels, month names, "overdue") are Persian;
// otherwise enum codes and English. Stage and user names are as stored.
#include "ReportTable.h"
#include "Reports.h"

namespace peyvand::ReportTables {

QList<ReportTable> of(const PipelineReport &report, bool persian = false);
QList<ReportTable> of(const FunnelReport &report, bool persian = false);
QList<ReportTable> of(const ForecastReport &report, bool persian = false);
QList<ReportTable> of(const ActivityReport &report, bool persian = false);
QList<ReportTable> of(const OrdersReport &report, bool persian = false);

// "b2b" / "b2c" for a section's customer kind (table code suffixes, JSON).
QString scopeCode(CustomerKind kind);

} // namespace peyvand::ReportTables
