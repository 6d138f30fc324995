// peyvand-cli search: find customers by name, phone, national id… in any form.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "CustomerService.h"
#include "JsonFormat.h"
#include "TableWriter.h"
#include "UsageError.h"

namespace peyvand::cli {

namespace {

int runSearch(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("kind"), QStringLiteral("limit"), QStringLiteral("format") }, {});
    CommandSupport::expectPositional(args, 1, "search TEXT");
    const auto format = CommandSupport::format(args);
    CustomerQuery query;
    query.text = args.positional().front();
    query.kind = CommandSupport::kind(args);
    query.limit = int(args.integer(QStringLiteral("limit")).value_or(20));
    if (query.limit < 1 || query.limit > 10000)
        throw UsageError("--limit must be between 1 and 10000");
    query.sort = CustomerSort::Id;
    const auto store = ctx.openStore();
    CustomerService service(*store, ctx.clock);
    const QList<CustomerRow> rows = service.search(query);
    if (format == CommandSupport::Format::Json) {
        nlohmann::json array = nlohmann::json::array();
        for (const CustomerRow &r : rows)
            array.push_back(JsonFormat::customerRow(r));
        JsonFormat::print(ctx.out, array);
        return 0;
    }
    TableWriter table({ QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("phone"),
                        QStringLiteral("national_id"), QStringLiteral("city") });
    for (const CustomerRow &r : rows)
        table.addRow({ QString::number(r.id), toCode(r.kind), r.name, r.phone, r.nationalId, r.city });
    table.write(ctx.out);
    ctx.out << rows.size() << " customer(s)\n";
    return 0;
}

} // namespace

Command makeSearchCommand()
{
    return Command { QStringLiteral("search"), QStringLiteral("find customers by name, phone, national id…"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] search TEXT [--kind legal|individual] [--limit N]\n"
                                    "                   [--format table|json]\n\n"
                                    "Finds customers whose name, phone, national code / legal national ID,\n"
                                    "e-mail or loyalty card contains every word of TEXT. Persian, Arabic and\n"
                                    "Latin digits and letter forms are alike; phones match in any format\n"
                                    "(+98 912…, 0912…, ۰۹۱۲…). --limit defaults to 20.\n"),
                     runSearch };
}

} // namespace peyvand::cli
