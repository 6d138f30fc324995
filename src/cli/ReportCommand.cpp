// peyvand-cli report: the manager reports (the figures of the desktop Reports
// view, computed by the same ReportService) as a table, JSON or CSV.
#include "CliArgs.h"
#include "Command.h"
#include "CsvWriter.h"
#include "JalaliDate.h"
#include "JsonFormat.h"
#include "Money.h"
#include "ReportJson.h"
#include "ReportService.h"
#include "ReportTables.h"
#include "TableWriter.h"
#include "UsageError.h"
#include "ValidationError.h"

namespace peyvand::cli {

namespace {

enum class Format { Table, Json, Csv };

Format formatOf(const CliArgs &args)
{
    const QString f = args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (f == QLatin1String("table"))
        return Format::Table;
    if (f == QLatin1String("json"))
        return Format::Json;
    if (f == QLatin1String("csv"))
        return Format::Csv;
    throw UsageError("--format must be table, json or csv, not '" + f.toStdString() + "'");
}

ReportScope scopeOf(const CliArgs &args)
{
    const QString k = args.value(QStringLiteral("kind"), QStringLiteral("all")).trimmed().toLower();
    if (k == QLatin1String("legal"))
        return ReportScope::B2B;
    if (k == QLatin1String("individual"))
        return ReportScope::B2C;
    if (const auto scope = fromCode<ReportScope>(k))
        return *scope;
    throw ValidationError(QStringLiteral("kind"), QStringLiteral("unknown"),
                          QStringLiteral("unknown kind '%1' (b2b|b2c|all)").arg(k),
                          QStringLiteral("نوع گزارش «%1» شناخته نشد").arg(k));
}

qint64 ownerOf(const CliArgs &args, DataStore &store)
{
    const auto given = args.value(QStringLiteral("owner"));
    if (!given)
        return 0;
    const QString owner = given->trimmed();
    bool isNumber = false;
    const qint64 id = owner.toLongLong(&isNumber);
    std::optional<User> user = isNumber ? store.users().get(id) : store.users().byUsername(owner);
    if (!user)
        throw NotFoundError(QStringLiteral("owner"), QStringLiteral("user"), owner);
    return user->id;
}

ReportPeriod periodOf(const CliArgs &args, const Clock &clock)
{
    const auto from = args.value(QStringLiteral("from"));
    const auto to = args.value(QStringLiteral("to"));
    if (!from && !to)
        return ReportPeriod::preset(PeriodPreset::ThisMonth, businessDay(clock.now()));
    if (!from || !to)
        throw UsageError("give both --from and --to (or neither for this Jalali month)");
    return ReportPeriod::custom(JalaliDate::parseDate(*from, QStringLiteral("from")),
                                JalaliDate::parseDate(*to, QStringLiteral("to")));
}

QString tableCell(const QVariant &v, ReportColumn::Type type)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("-");
    switch (type) {
    case ReportColumn::Type::Money:
        return Money::formatRials(v.toLongLong());
    case ReportColumn::Type::Percent:
        return CsvWriter::cell(v, type) + u'%';
    default:
        return CsvWriter::cell(v, type);
    }
}

void writeTables(QTextStream &out, const QList<ReportTable> &tables)
{
    bool first = true;
    for (const ReportTable &t : tables) {
        if (!first)
            out << '\n';
        first = false;
        out << "== " << t.english << " ==\n";
        QStringList headers;
        for (const ReportColumn &c : t.columns)
            headers << c.code;
        TableWriter w(headers);
        for (const QList<QVariant> &row : t.rows) {
            QStringList cells;
            for (qsizetype i = 0; i < t.columns.size(); ++i)
                cells << tableCell(i < row.size() ? row[i] : QVariant(), t.columns[i].type);
            w.addRow(cells);
        }
        w.write(out);
        if (w.isEmpty())
            out << "(none)\n";
    }
}

template<typename R> int writeReport(CliContext &ctx, Format format, const R &report)
{
    switch (format) {
    case Format::Json:
        JsonFormat::print(ctx.out, ReportJson::of(report));
        break;
    case Format::Csv: {
        ctx.out.flush();
        const QByteArray bytes = CsvWriter::tables(ReportTables::of(report), { true, false });
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        break;
    }
    case Format::Table:
        writeTables(ctx.out, ReportTables::of(report));
        break;
    }
    return 0;
}

int runReport(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words,
                       { QStringLiteral("kind"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("owner"),
                         QStringLiteral("stuck-days"), QStringLiteral("format") },
                       {});
    if (args.positional().size() != 1)
        throw UsageError("name one report: pipeline, funnel, forecast, activity or orders");
    const QString which = args.positional().front();
    static const QStringList reports { QStringLiteral("pipeline"), QStringLiteral("funnel"), QStringLiteral("forecast"),
                                       QStringLiteral("activity"), QStringLiteral("orders") };
    if (!reports.contains(which))
        throw UsageError("unknown report '" + which.toStdString() + "' (pipeline|funnel|forecast|activity|orders)");
    const Format format = formatOf(args);

    ReportFilter filter;
    filter.scope = scopeOf(args);
    filter.period = periodOf(args, ctx.clock);
    if (const auto days = args.integer(QStringLiteral("stuck-days")))
        filter.stuckDays = int(std::clamp<qint64>(*days, -1, 100000));
    const auto store = ctx.openStore();
    filter.ownerId = ownerOf(args, *store);
    const ReportService service(*store, ctx.clock);
    if (which == QLatin1String("pipeline"))
        return writeReport(ctx, format, service.pipeline(filter));
    if (which == QLatin1String("funnel"))
        return writeReport(ctx, format, service.funnel(filter));
    if (which == QLatin1String("forecast"))
        return writeReport(ctx, format, service.forecast(filter));
    if (which == QLatin1String("activity"))
        return writeReport(ctx, format, service.activity(filter));
    return writeReport(ctx, format, service.orders(filter));
}

} // namespace

Command makeReportCommand()
{
    return Command { QStringLiteral("report"),
                     QStringLiteral("manager reports: pipeline, funnel, forecast, activity, orders"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] report pipeline|funnel|forecast|activity|orders\n"
                                    "                   [--kind b2b|b2c|all] [--from DATE --to DATE] [--owner USER]\n"
                                    "                   [--stuck-days N] [--format table|json|csv]\n\n"
                                    "The figures of the desktop Reports view for a period of whole days in Iran\n"
                                    "time (UTC+03:30), both dates included. DATE is Jalali (1403/12/30) or ISO\n"
                                    "(2025-03-20); without --from/--to: this Jalali month. USER is a user name or\n"
                                    "id (default: every rep). --kind all (default) gives a B2B and a B2C section.\n"
                                    "--stuck-days (orders, default 7): an order is stuck when its status is older.\n"
                                    "CSV is UTF-8 with a byte order mark, one block per table.\n"
                                    "Exits 1 (nothing printed on standard output) for a date that does not exist,\n"
                                    "a period that ends before it starts, an unknown owner or kind.\n"),
                     runReport };
}

} // namespace peyvand::cli
