#pragma once
// The problems of an import as JSON (peyvand-cli import --report, and the
// wizard's "save report"): an array of {"row", "column", "value", "code",
// "message"}; row counts from 1 for the first data row and is null for a
// problem with the whole file; column is the header text, null when the
// problem is not about one column; message is English.
#include "ImportProblem.h"

#include <nlohmann/json.hpp>

namespace peyvand::ImportReport {

nlohmann::json problems(const ImportProblems &problems);
// Writes the problems to `path` (UTF-8, indented, a final newline); false and
// `error` set when the file cannot be written.
bool write(const QString &path, const ImportProblems &problems, QString *error = nullptr);

} // namespace peyvand::ImportReport
