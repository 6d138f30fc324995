#pragma once
// Every figure the Reports view shows for one filter, computed together off
// the UI thread by ReportRunner (one ReportService call per measure).
#include "Reports.h"

namespace peyvand {

struct ReportSet
{
    ReportFilter filter;
    PipelineReport pipeline;
    FunnelReport funnel;
    ForecastReport forecast;
    ActivityReport activity;
    OrdersReport orders;
    // Which reports the user may see and were computed (the others are empty):
    // view_pipeline_reports for pipeline, funnel, forecast and activity,
    // view_order_reports for orders (support sees the orders report only).
    bool pipelineReports = true;
    bool orderReports = true;
};

} // namespace peyvand
