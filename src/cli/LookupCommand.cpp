// peyvand-cli lookup: the support desk's lookup box on the command line — an
// order number, a phone in any form, a national code / ID or part of a name
// gives the customers with their orders and open service requests.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "JalaliDate.h"
#include "JsonFormat.h"
#include "Money.h"
#include "SupportLookup.h"

namespace peyvand::cli {

namespace {

const char *keyCode(LookupKey key)
{
    switch (key) {
    case LookupKey::OrderNumber:
        return "order_number";
    case LookupKey::Phone:
        return "phone";
    case LookupKey::NationalId:
        return "national_id";
    case LookupKey::Name:
        break;
    }
    return "name";
}

nlohmann::json matchJson(const LookupMatch &m)
{
    nlohmann::json orders = nlohmann::json::array();
    for (const LookupOrder &o : m.orders)
        orders.push_back(nlohmann::json { { "id", o.id },
                                          { "number", JsonFormat::text(o.number) },
                                          { "status", JsonFormat::text(toCode(o.status)) },
                                          { "changed_at", JsonFormat::timestamp(o.changedAt) },
                                          { "tracking_code", JsonFormat::text(o.trackingCode) },
                                          { "total", o.total },
                                          { "created_at", JsonFormat::timestamp(o.createdAt) } });
    nlohmann::json requests = nlohmann::json::array();
    for (const ServiceRequest &r : m.openRequests)
        requests.push_back(JsonFormat::serviceRequest(r, false));
    return nlohmann::json { { "customer", JsonFormat::customerRow(m.customer) },
                            { "matched_by", keyCode(m.matchedBy) },
                            { "matched_order_number",
                              m.matchedOrderNumber.isEmpty() ? nlohmann::json(nullptr)
                                                             : nlohmann::json(JsonFormat::text(m.matchedOrderNumber)) },
                            { "orders", orders },
                            { "open_requests", requests } };
}

int runLookup(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("limit"), QStringLiteral("orders"), QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 1, "TEXT");
    const int limit = int(args.integer(QStringLiteral("limit")).value_or(20));
    const int orders = int(args.integer(QStringLiteral("orders")).value_or(50));
    const auto store = ctx.openStore();
    const LookupResult result = SupportLookup(*store).find(args.positional().front(), limit, orders);
    if (format == CommandSupport::Format::Json) {
        nlohmann::json matches = nlohmann::json::array();
        for (const LookupMatch &m : result.matches)
            matches.push_back(matchJson(m));
        JsonFormat::print(ctx.out,
                          nlohmann::json { { "query", JsonFormat::text(result.query) },
                                           { "matches", matches },
                                           { "more", result.more } });
        return 0;
    }
    if (result.matches.isEmpty()) {
        ctx.out << "nothing found for '" << result.query << "'\n";
        return 0;
    }
    for (const LookupMatch &m : result.matches) {
        ctx.out << m.customer.id << "  " << m.customer.name << "  " << m.customer.phone << "  " << m.customer.nationalId
                << "  (by " << keyCode(m.matchedBy) << ")\n";
        for (const LookupOrder &o : m.orders)
            ctx.out << "  order " << o.number << "  " << toCode(o.status) << "  "
                    << JalaliDate::formatDateTime(o.changedAt) << "  " << Money::formatRials(o.total) << "  "
                    << o.trackingCode << '\n';
        for (const ServiceRequest &r : m.openRequests)
            ctx.out << "  request " << r.id << "  " << toCode(r.status) << "  " << toCode(r.priority) << "  "
                    << r.subject << '\n';
    }
    if (result.more)
        ctx.out << "(more customers match; narrow the query)\n";
    return 0;
}

} // namespace

Command makeLookupCommand()
{
    return Command { QStringLiteral("lookup"), QStringLiteral("support lookup: customer, orders, open requests"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] lookup TEXT [--limit N] [--orders N]\n"
                                    "                   [--format table|json]\n\n"
                                    "TEXT is an order number, a phone in any form (+98 912…, ۰۹۱۲…; also a\n"
                                    "contact person's, giving the company), a national code or legal national\n"
                                    "ID, or part of a name. Prints each matching customer (at most N, default\n"
                                    "20) with its newest orders (at most --orders, default 50) and its open\n"
                                    "service requests. Nothing found is not an error: exit 0, no matches.\n"),
                     runLookup };
}

} // namespace peyvand::cli
