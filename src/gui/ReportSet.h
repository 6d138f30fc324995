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
};

} // namespace peyvand
