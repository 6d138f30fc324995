// peyvand-cli request open: an after-sales request for a customer, or for one
// of its orders (the customer then comes from the order).
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "OrderService.h"
#include "RequestTable.h"
#include "ServiceRequestService.h"
#include "UsageError.h"
#include "ValidationError.h"

namespace peyvand::cli {

namespace {

int runOpen(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words,
                       { QStringLiteral("customer"), QStringLiteral("order"), QStringLiteral("subject"),
                         QStringLiteral("description"), QStringLiteral("priority"), QStringLiteral("assignee"),
                         QStringLiteral("format") },
                       {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 0, "");
    const auto customer = args.value(QStringLiteral("customer"));
    const auto order = args.value(QStringLiteral("order"));
    if (!customer && !order)
        throw UsageError("give --customer ID or --order NUMBER (or both)");
    const auto subject = args.value(QStringLiteral("subject"));
    if (!subject)
        throw UsageError("--subject is required");
    ServiceRequest r;
    r.subject = *subject;
    r.description = args.value(QStringLiteral("description"), QString());
    if (const auto p = args.value(QStringLiteral("priority"))) {
        const auto priority = fromCode<Priority>(p->trimmed().toLower());
        if (!priority)
            throw UsageError("--priority must be one of " + allCodes<Priority>().toStdString());
        r.priority = *priority;
    }

    const auto store = ctx.openStore();
    r.assigneeId = CommandSupport::user(*store, args, QStringLiteral("assignee"));
    if (order) {
        const Order o = OrderService(*store, ctx.clock).getByNumber(*order);
        r.orderId = o.id;
        r.customerId = o.customerId;
    }
    if (customer) {
        const qint64 id = CommandSupport::id(*customer, QStringLiteral("customer"));
        if (order && id != r.customerId)
            throw ValidationError(QStringLiteral("order"), QStringLiteral("wrong_customer"),
                                  QStringLiteral("order %1 does not belong to customer %2").arg(*order).arg(id),
                                  QStringLiteral("این سفارش متعلق به همین مشتری نیست"));
        r.customerId = id;
    }
    ServiceRequestService requests(*store, ctx.clock);
    const qint64 id = requests.open(r);
    if (format == CommandSupport::Format::Json)
        RequestTable::printOne(ctx, format, requests.get(id));
    else
        ctx.out << id << '\n';
    return 0;
}

} // namespace

Command makeRequestOpenCommand()
{
    return Command { QStringLiteral("request open"), QStringLiteral("open an after-sales service request"),
                     QStringLiteral(
                         "Usage: peyvand-cli [--db PATH] request open (--customer ID | --order NUMBER)\n"
                         "         --subject TEXT [--description TEXT] [--priority low|normal|high|urgent]\n"
                         "         [--assignee USER] [--format table|json]\n\n"
                         "Opens a request and prints its id (JSON: the request). With --order the\n"
                         "customer is the order's; with both, the order must be that customer's.\n"
                         "--assignee is a user id or a username. Unknown customer, order or user: exit 1.\n"),
                     runOpen };
}

} // namespace peyvand::cli
