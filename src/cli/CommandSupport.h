#pragma once
// Small helpers that several commands share: --format, --kind, and turning a
// phone, national id or name into customers.
#include "CliArgs.h"
#include "Customer.h"

#include <optional>

namespace peyvand::cli::CommandSupport {

enum class Format { Table, Json };

Format format(const CliArgs &args); // --format table|json, default table
std::optional<CustomerKind> kind(const CliArgs &args); // --kind legal|individual (b2b|b2c accepted)
// Exactly `count` positional words, or a UsageError naming what is missing.
void expectPositional(const CliArgs &args, int count, const char *what);

} // namespace peyvand::cli::CommandSupport
