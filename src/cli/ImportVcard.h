#pragma once
// peyvand-cli import FILE.vcf: the vCard branch of `import` (ImportCommand
// dispatches to it), and `export --format vcf|ics` (ExportCommand dispatches).
#include "CliContext.h"

#include <QStringList>

namespace peyvand::cli {

// Whether `import`'s words name a vCard file: --format vcf, or a .vcf/.vcard
// file without --format.
bool isVcardImport(const QStringList &words);
int runImportVcard(CliContext &ctx, const QStringList &words);
extern const char *const kImportVcardUsage;

int runExportVcard(CliContext &ctx, const QStringList &words);
int runExportIcs(CliContext &ctx, const QStringList &words);
extern const char *const kExportVcardUsage;
extern const char *const kExportIcsUsage;

} // namespace peyvand::cli
