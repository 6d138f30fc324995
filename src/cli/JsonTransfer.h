#pragma once
// The JSON part of `peyvand-cli export` and `import` (--format json), kept
// apart from the commands' option parsing and the other formats.
#include "CliArgs.h"
#include "CliContext.h"

namespace peyvand::cli::JsonTransfer {

// Writes the whole database to `file` (through FILE.part, renamed at the end). Exit code.
int exportJson(CliContext &ctx, const QString &file, bool quiet);
// Imports `file` into the database (created when missing; must be empty). Exit code.
int importJson(CliContext &ctx, const QString &file, bool quiet, bool jsonOutput);

} // namespace peyvand::cli::JsonTransfer
