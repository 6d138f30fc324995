#pragma once
// The manager reports. One computation serves the desktop Reports view and
// `peyvand-cli report`, so both show the same figures. Validates the filter
// (period, owner) and throws ValidationError / NotFoundError on bad input.
#include "Clock.h"
#include "DataStore.h"
#include "Reports.h"

namespace peyvand {

class ReportService
{
public:
    ReportService(DataStore &store, const Clock &clock);

    // pipeline, funnel, forecast and activity need view_pipeline_reports (the
    // deal amounts in them are hidden from a user without view_deal_amounts);
    // orders needs view_order_reports. A refusal is a PermissionError.
    PipelineReport pipeline(const ReportFilter &filter) const;
    FunnelReport funnel(const ReportFilter &filter) const;
    ForecastReport forecast(const ReportFilter &filter) const;
    ActivityReport activity(const ReportFilter &filter) const;
    OrdersReport orders(const ReportFilter &filter) const;

private:
    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
