#pragma once
// Every figure the Reports view shows for one filter, computed together off
// the UI thread by ReportRunner (one ReportService call per measure).
#include "Reports.h"

namespace peyvand {

struct ReportSet
{
    ReportFilter filter;
    // Which measures were computed: a role gets only the reports it may see
    // (view_pipeline_reports: pipeline, funnel, win rate, lost reasons,
    // forecast, activity; view_order_reports: orders). The rest stay empty.
    bool pipelineMeasures = true;
    bool orderMeasures = true;
    PipelineReport pipeline;
    FunnelReport funnel;
    ForecastReport forecast;
    ActivityReport activity;
    OrdersReport orders;
};

} // namespace peyvand
