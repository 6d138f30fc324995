// peyvand-cli export: data out of Peyvand. Each format has its own file
// (ExportCsv.cpp: customer lists as CSV; ExportJson.cpp: the whole database as
// JSON; ExportVcard.cpp, ExportIcs.cpp: vCards and calendars; the last three
// parse their own options); this file only dispatches on the format.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "ExportCsv.h"
#include "ImportVcard.h"
#include "JsonTransfer.h"
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

const char *const kExportJsonUsage
    = "Usage: peyvand-cli [--db PATH] export FILE.json [--format json] [--quiet]\n\n"
      "json: the whole database (every entity with its ids and histories) as a JSON full\n"
      "export (docs/formats.md); peyvand-cli import FILE.json reads it back into a new\n"
      "database. The file is written as FILE.part and renamed when complete. Progress goes\n"
      "to standard error unless --quiet.\n";

// The format named by --format, else by the first positional word's extension
// (before the options are parsed: each format knows its own options).
QString formatOfWords(const QStringList &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i] == QLatin1String("--format") && i + 1 < words.size())
            return words[i + 1].toLower();
        if (words[i].startsWith(QLatin1String("--format=")))
            return words[i].mid(9).toLower();
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i].startsWith(QLatin1String("--"))) {
            if (!words[i].contains(u'=') && words[i] != QLatin1String("--descending"))
                ++i; // its value
            continue;
        }
        const QString suffix = QFileInfo(words[i]).suffix().toLower();
        return suffix == QLatin1String("vcard") ? QStringLiteral("vcf") : suffix;
    }
    return {};
}

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
    const QString early = formatOfWords(words);
    if (early == QLatin1String("vcf") || early == QLatin1String("vcard"))
        return runExportVcard(ctx, words);
    if (early == QLatin1String("ics"))
        return runExportIcs(ctx, words);
    if (early == QLatin1String("json")) {
        const CliArgs args(words, { QStringLiteral("format") }, { QStringLiteral("quiet") });
        CommandSupport::expectPositional(args, 1, "FILE");
        return JsonTransfer::exportJson(ctx, args.positional().front(), args.has(QStringLiteral("quiet")));
    }
    QSet<QString> options { QStringLiteral("format"), QStringLiteral("kind"), QStringLiteral("output") };
    options.unite(exportCsvOptions());
    const CliArgs args(words, options, exportCsvFlags());
    CommandSupport::expectPositional(args, 1, "FILE");
    const QString file = args.positional().front();
    const QString format = exportFormat(args, file);
    if (format == QLatin1String("csv"))
        return runExportCsv(ctx, args, file);
    throw UsageError("--format must be csv, json, vcf or ics, not '" + format.toStdString() + "'");
}

} // namespace

Command makeExportCommand()
{
    return Command { QStringLiteral("export"),
                     QStringLiteral("export customers (CSV, vCard), the whole database (JSON), a company's "
                                    "contacts (vCard) or meetings and follow-ups (iCalendar)"),
                     QString::fromUtf8(kUsage) + u'\n' + QString::fromUtf8(kExportJsonUsage) + u'\n'
                         + QString::fromUtf8(kExportVcardUsage) + u'\n' + QString::fromUtf8(kExportIcsUsage),
                     runExport };
}

} // namespace peyvand::cli
