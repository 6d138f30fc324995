// peyvand-cli order status: the orders of a number, a phone or a national id,
// with their current status — what support is asked on the phone.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "CustomerService.h"
#include "JalaliDate.h"
#include "JsonFormat.h"
#include "LookupText.h"
#include "Money.h"
#include "OrderService.h"
#include "PhoneNumber.h"
#include "SupportLookup.h"
#include "TableWriter.h"
#include "UsageError.h"
#include "ValidationError.h"

namespace peyvand::cli {

namespace {

int runStatus(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(
        words,
        { QStringLiteral("phone"), QStringLiteral("national-id"), QStringLiteral("format"), QStringLiteral("limit") },
        {});
    const auto format = CommandSupport::format(args);
    const int given = int(args.positional().size()) + (args.has(QStringLiteral("phone")) ? 1 : 0)
        + (args.has(QStringLiteral("national-id")) ? 1 : 0);
    if (given != 1 || args.positional().size() > 1)
        throw UsageError("give exactly one of NUMBER, --phone P or --national-id X");
    const int limit = int(args.integer(QStringLiteral("limit")).value_or(50));

    const auto store = ctx.openStore();
    CustomerService customers(*store, ctx.clock);
    OrderService orders(*store, ctx.clock);
    QList<Order> found;
    if (!args.positional().isEmpty()) {
        // An order number gives that order; anything else the lookup box takes
        // (a phone, a national code or ID, part of a name) gives the orders of
        // the customers it finds.
        const QString text = args.positional().front();
        const LookupText key = LookupText::classify(text);
        if (const auto id = store->orders().idByNumber(key.isNumber ? key.digits : key.normalised)) {
            found << orders.get(*id);
        } else {
            const LookupResult result = SupportLookup(*store).find(text, 20, limit);
            if (result.matches.isEmpty()) {
                if (key.isNumber && key.phone.isEmpty() && key.nationalId.isEmpty())
                    throw NotFoundError(QStringLiteral("number"), QStringLiteral("order"), key.digits);
                throw ValidationError(
                    QStringLiteral("query"), QStringLiteral("not_found"),
                    QStringLiteral("no order or customer matches '%1'").arg(text),
                    QStringLiteral("سفارش یا مشتری‌ای با این مشخصات پیدا نشد: %1")
                        .arg(text));
            }
            for (const LookupMatch &m : result.matches)
                found << orders.forCustomer(m.customer.id, limit);
        }
    } else {
        QList<qint64> customerIds;
        if (const auto phone = args.value(QStringLiteral("phone"))) {
            customerIds = customers.findByPhone(*phone);
            // A contact person's phone finds the company too.
            for (qint64 id : store->contacts().customersByPhone(PhoneNumber::normalise(*phone)))
                if (!customerIds.contains(id))
                    customerIds << id;
            if (customerIds.isEmpty())
                throw NotFoundError(QStringLiteral("phone"), QStringLiteral("customer"), *phone);
        } else {
            const QString nid = *args.value(QStringLiteral("national-id"));
            const auto id = customers.findByNationalIdentifier(nid);
            if (!id)
                throw NotFoundError(QStringLiteral("national-id"), QStringLiteral("customer"), nid);
            customerIds << *id;
        }
        for (qint64 cid : customerIds)
            found << orders.forCustomer(cid, limit);
    }
    QHash<qint64, QString> names;
    auto nameOf = [&](qint64 id) {
        if (!names.contains(id)) {
            const auto c = store->customers().get(id);
            names.insert(id, c ? c->displayName() : QString());
        }
        return names.value(id);
    };
    if (format == CommandSupport::Format::Json) {
        nlohmann::json array = nlohmann::json::array();
        for (const Order &o : found)
            array.push_back(JsonFormat::orderSummary(o, nameOf(o.customerId)));
        JsonFormat::print(ctx.out, array);
        return 0;
    }
    TableWriter t({ QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("customer"),
                    QStringLiteral("total"), QStringLiteral("updated"), QStringLiteral("tracking") });
    for (const Order &o : found)
        t.addRow({ o.number, toCode(o.status) + QStringLiteral(" (") + toPersian(o.status) + u')', nameOf(o.customerId),
                   Money::formatRials(o.total), JalaliDate::formatDateTime(o.updatedAt), o.trackingCode });
    t.write(ctx.out);
    ctx.out << found.size() << " order(s)\n";
    return 0;
}

} // namespace

Command makeOrderStatusCommand()
{
    return Command { QStringLiteral("order status"), QStringLiteral("orders' current status by number, phone or id"),
                     QStringLiteral(
                         "Usage: peyvand-cli [--db PATH] order status (QUERY | --phone P | --national-id X)\n"
                         "                   [--limit N] [--format table|json]\n\n"
                         "Shows the order with that number, or the orders (newest first) of the\n"
                         "customer with that phone (any format; a contact person's phone gives the\n"
                         "company) or national code / legal national ID. QUERY is what the support\n"
                         "lookup takes: an order number, a phone, a national code or ID, or part of\n"
                         "a name. Exits 1 when nothing matches.\n"),
                     runStatus };
}

} // namespace peyvand::cli
