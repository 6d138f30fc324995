#pragma once
// What peyvand-cli import prints: the summary as a table for people or as JSON
// (documented in docs/cli.md), with the problems and duplicates.
#include "ImportKind.h"
#include "ImportResult.h"

#include <QTextStream>
#include <nlohmann/json.hpp>

namespace peyvand::cli::ImportOutput {

nlohmann::json json(const QString &file, ImportKind kind, const ImportResult &result);
void table(QTextStream &out, const QString &file, ImportKind kind, const ImportResult &result);
// "," ";" "tab" "؛" — how a separator is named in output and accepted in --separator.
QString separatorName(QChar separator);

} // namespace peyvand::cli::ImportOutput
