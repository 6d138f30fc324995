// peyvand-cli order set-status: move an order to its next status, as support
// does on the phone. Only the allowed transitions; a refusal names the current
// status and the allowed next ones and changes nothing.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "JsonFormat.h"
#include "OrderService.h"
#include "OrderStatusFlow.h"
#include "UsageError.h"

namespace peyvand::cli {

namespace {

int runSetStatus(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("note"), QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 2, "NUMBER and STATUS");
    const auto to = fromCode<OrderStatus>(args.positional().at(1).trimmed().toLower());
    if (!to)
        throw UsageError("STATUS must be one of " + allCodes<OrderStatus>().toStdString());

    const auto store = ctx.openStore();
    const qint64 userId = store->actor().id; // the change is recorded as the signed-in user
    OrderService orders(*store, ctx.clock);
    const Order before = orders.getByNumber(args.positional().at(0));
    orders.changeStatus(before.id, *to, userId, args.value(QStringLiteral("note"), QString()));
    const Order after = orders.get(before.id);
    const auto customer = store->customers().get(after.customerId);
    if (format == CommandSupport::Format::Json) {
        nlohmann::json j = JsonFormat::orderSummary(after, customer ? customer->displayName() : QString());
        j["previous_status"] = JsonFormat::text(toCode(before.status));
        j["allowed_next"] = nlohmann::json::array();
        for (OrderStatus s : OrderStatusFlow::nextStatuses(after.status))
            j["allowed_next"].push_back(JsonFormat::text(toCode(s)));
        JsonFormat::print(ctx.out, j);
        return 0;
    }
    ctx.out << after.number << ": " << toCode(before.status) << " -> " << toCode(after.status) << " ("
            << toPersian(after.status) << ")\n";
    return 0;
}

} // namespace

Command makeOrderSetStatusCommand()
{
    return Command { QStringLiteral("order set-status"), QStringLiteral("move an order to its next status"),
                     QStringLiteral(
                         "Usage: peyvand-cli [--db PATH] --user NAME order set-status NUMBER STATUS\n"
                         "                   [--note TEXT] [--format table|json]\n\n"
                         "STATUS is registered, confirmed, paid, shipped, delivered, cancelled or returned.\n"
                         "Allowed: registered -> confirmed -> paid -> shipped -> delivered; cancelled\n"
                         "before shipping; returned after delivery. The change is recorded with the\n"
                         "signed-in user (--user) and the note and appears on the customer's\n"
                         "timeline. A refused change exits 1 naming the current status and\n"
                         "the allowed next ones; nothing is written. An unknown NUMBER exits 1.\n"),
                     runSetStatus };
}

} // namespace peyvand::cli
