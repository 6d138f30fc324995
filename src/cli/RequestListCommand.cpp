// peyvand-cli request list: the support queue (open and in-progress requests,
// most urgent first, then oldest), or every request of a customer / of all.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "RequestTable.h"
#include "ServiceRequestService.h"
#include "ValidationError.h"

namespace peyvand::cli {

namespace {

int runList(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("customer"), QStringLiteral("limit"), QStringLiteral("format") },
                       { QStringLiteral("all") });
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 0, "");
    const int limit = int(args.integer(QStringLiteral("limit")).value_or(100));
    const bool all = args.has(QStringLiteral("all"));

    const auto store = ctx.openStore();
    ServiceRequestService requests(*store, ctx.clock);
    QList<ServiceRequest> found;
    if (const auto customer = args.value(QStringLiteral("customer"))) {
        const qint64 id = CommandSupport::id(*customer, QStringLiteral("customer"));
        if (!store->customers().exists(id))
            throw NotFoundError(QStringLiteral("customer"), QStringLiteral("customer"), QString::number(id));
        found = requests.forCustomer(id, !all);
        if (found.size() > limit)
            found.resize(limit);
    } else {
        found = all ? requests.recent(limit) : requests.queue(limit);
    }
    RequestTable::print(ctx, format, found);
    return 0;
}

} // namespace

Command makeRequestListCommand()
{
    return Command { QStringLiteral("request list"), QStringLiteral("the support queue, or a customer's requests"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] request list [--all] [--customer ID]\n"
                                    "                   [--limit N] [--format table|json]\n\n"
                                    "Without options: the queue of open and in-progress requests, most urgent\n"
                                    "first, then oldest first. --customer ID: that customer's open requests,\n"
                                    "newest first. --all: resolved ones too (newest first). --limit: at most N\n"
                                    "(default 100). An unknown customer exits 1.\n"),
                     runList };
}

} // namespace peyvand::cli
