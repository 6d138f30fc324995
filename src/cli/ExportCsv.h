#pragma once
// The csv format of peyvand-cli export: a customer list, filtered and sorted
// like the desktop app's lists, streamed to a CSV file (CustomerCsvExport).
#include "CliArgs.h"
#include "CliContext.h"

namespace peyvand::cli {

// The options the csv format reads besides the command's own.
QSet<QString> exportCsvOptions();
QSet<QString> exportCsvFlags();
int runExportCsv(CliContext &ctx, const CliArgs &args, const QString &file);

} // namespace peyvand::cli
