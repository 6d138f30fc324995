#pragma once
// The table and JSON output the request commands share.
#include "CliContext.h"
#include "CommandSupport.h"
#include "ServiceRequest.h"

namespace peyvand::cli::RequestTable {

// A list of requests (without notes): a JSON array or a table with a count line.
void print(CliContext &ctx, CommandSupport::Format format, const QList<ServiceRequest> &requests);
// One request with its notes: a JSON object or a few lines of text.
void printOne(CliContext &ctx, CommandSupport::Format format, const ServiceRequest &request);

} // namespace peyvand::cli::RequestTable
