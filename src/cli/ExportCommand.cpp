// peyvand-cli export: data out of Peyvand. Each format has its own file
// (ExportCsv.cpp: customer lists as CSV); this file only parses the common
// arguments and dispatches on the format.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "ExportCsv.h"
#include "UsageError.h"

#include <QFileInfo>

namespace peyvand::cli {

namespace {

const char *const kUsage
    = "Usage: peyvand-cli [--db PATH] export FILE [--format csv] [--kind legal|individual]\n"
      "         [--search TEXT] [--city CITY] [--tag TAG] [--lifecycle lead|prospect|customer|inactive]\n"
      "         [--owner USER] [--sort name|created|city|id|national_id|phone|industry|email|lifecycle|owner]\n"
      "         [--descending] [--headers fa|en] [--output table|json]\n\n"
      "Writes data to FILE. The format comes from FILE's extension unless --format gives it.\n\n"
      "csv: a customer list as the desktop app's list shows it (the same search, filters\n"
      "and sort): UTF-8 with a byte order mark, Persian column titles (--headers en for\n"
      "English), Jalali dates, phones as text, cells that a spreadsheet would run as a\n"
      "formula (= + - @) escaped with a leading apostrophe. Without --kind both kinds are\n"
      "written, with a kind column. See docs/formats.md.\n"
      "Exit codes: 0 written, 1 the file or database cannot be used, 2 usage error.\n";

QString exportFormat(const CliArgs &args, const QString &file)
{
    QString format = args.value(QStringLiteral("format"), QString()).toLower();
    if (format.isEmpty()) {
        format = QFileInfo(file).suffix().toLower();
        if (format.isEmpty())
            throw UsageError("cannot tell the format of '" + file.toStdString() + "' from its name; give --format");
    }
    return format;
}

int runExport(CliContext &ctx, const QStringList &words)
{
    QSet<QString> options { QStringLiteral("format"), QStringLiteral("kind"), QStringLiteral("output") };
    options.unite(exportCsvOptions());
    const CliArgs args(words, options, exportCsvFlags());
    CommandSupport::expectPositional(args, 1, "FILE");
    const QString file = args.positional().front();
    const QString format = exportFormat(args, file);
    if (format == QLatin1String("csv"))
        return runExportCsv(ctx, args, file);
    throw UsageError("--format must be csv, not '" + format.toStdString() + "'");
}

} // namespace

Command makeExportCommand()
{
    return Command { QStringLiteral("export"), QStringLiteral("export customers to a CSV file (as a list shows them)"),
                     QString::fromUtf8(kUsage), runExport };
}

} // namespace peyvand::cli
