// peyvand-cli export FILE.ics: meetings and open follow-ups of a Jalali (or
// ISO) date range as iCalendar (see CalendarExporter).
#include "CalendarExporter.h"
#include "CliArgs.h"
#include "CommandSupport.h"
#include "DatabaseError.h"
#include "ImportVcard.h"
#include "JalaliDate.h"
#include "JsonFormat.h"
#include "ReportPeriod.h"
#include "UsageError.h"

#include <QSaveFile>

namespace peyvand::cli {

const char *const kExportIcsUsage
    = "Usage: peyvand-cli [--db PATH] export FILE.ics [--format ics] [--from DATE --to DATE]\n"
      "         [--follow-ups event|todo] [--output table|json]\n\n"
      "Writes the meetings and open follow-ups of the days from --from to --to (Tehran days,\n"
      "both included; DATE is Jalali 1405/09/01 or ISO 2026-11-22, in any digits; without\n"
      "them this Jalali month) as an iCalendar file for Thunderbird or Google Calendar:\n"
      "times in UTC, titles in Persian with the Jalali day. Follow-ups are short events,\n"
      "or with --follow-ups todo tasks (VTODO) with a due time, which Google Calendar skips.\n";

int runExportIcs(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words,
                       { QStringLiteral("format"), QStringLiteral("from"), QStringLiteral("to"),
                         QStringLiteral("follow-ups"), QStringLiteral("output") },
                       {});
    CommandSupport::expectPositional(args, 1, "FILE");
    const QString file = args.positional().front();
    const auto from = args.value(QStringLiteral("from"));
    const auto to = args.value(QStringLiteral("to"));
    if (from.has_value() != to.has_value())
        throw UsageError("give both --from and --to (or neither for this Jalali month)");
    const QString followUps = args.value(QStringLiteral("follow-ups"), QStringLiteral("event"));
    if (followUps != QLatin1String("event") && followUps != QLatin1String("todo"))
        throw UsageError("--follow-ups must be event or todo, not '" + followUps.toStdString() + "'");
    const QString output = args.value(QStringLiteral("output"), QStringLiteral("table"));
    if (output != QLatin1String("table") && output != QLatin1String("json"))
        throw UsageError("--output must be table or json, not '" + output.toStdString() + "'");
    const ReportPeriod period = from ? ReportPeriod::custom(JalaliDate::parseDate(*from, QStringLiteral("from")),
                                                            JalaliDate::parseDate(*to, QStringLiteral("to")))
                                     : ReportPeriod::preset(PeriodPreset::ThisMonth, businessDay(ctx.clock.now()));

    // An export only reads: a current file is opened read-only (as ExportCsv
    // does); an older one is migrated first, as every command does.
    const auto store = ctx.openStoreForReading();
    CalendarExportOptions options = CalendarExportOptions::days(period.from, period.to);
    options.followUpsAsTodos = followUps == QLatin1String("todo");
    CalendarExporter exporter(*store, ctx.clock);
    CalendarExportCounts counts;
    const QByteArray ics = exporter.exportRange(options, &counts);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(ics) != ics.size() || !out.commit()) {
        ctx.err << "error: " << file << ": " << out.errorString() << '\n';
        return 1;
    }
    if (output == QLatin1String("json"))
        JsonFormat::print(ctx.out,
                          { { "file", file.toStdString() },
                            { "format", "ics" },
                            { "from", JalaliDate::format(period.from).toStdString() },
                            { "to", JalaliDate::format(period.to).toStdString() },
                            { "meetings", counts.meetings },
                            { "follow_ups", counts.followUps } });
    else
        ctx.out << "exported " << counts.meetings << " meetings and " << counts.followUps << " follow-ups ("
                << JalaliDate::format(period.from) << " to " << JalaliDate::format(period.to) << ") to " << file
                << '\n';
    return 0;
}

} // namespace peyvand::cli
