#pragma once
// The JSON of `peyvand-cli report …` (documented in docs/cli.md): amounts in
// whole Rials, dates as {"date": ISO, "jalali": "1403/12/30"}, ratios as
// fractions 0..1 (null when undefined), enums as their codes.
#include "Reports.h"

#include <nlohmann/json.hpp>

namespace peyvand::cli::ReportJson {

nlohmann::json day(const QDate &d); // {"date", "jalali"} or null
nlohmann::json of(const PipelineReport &report);
nlohmann::json of(const FunnelReport &report);
nlohmann::json of(const ForecastReport &report);
nlohmann::json of(const ActivityReport &report);
nlohmann::json of(const OrdersReport &report);

} // namespace peyvand::cli::ReportJson
