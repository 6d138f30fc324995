// peyvand-cli customer show: one customer with contacts, open deals, latest
// activities and orders.
#include "ActivityService.h"
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "ContactService.h"
#include "CustomerService.h"
#include "DealService.h"
#include "JalaliDate.h"
#include "JsonFormat.h"
#include "Money.h"
#include "OrderService.h"
#include "PersianText.h"
#include "TableWriter.h"
#include "UsageError.h"
#include "ValidationError.h"

namespace peyvand::cli {

namespace {

qint64 parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = PersianText::toLatinDigits(text).toLongLong(&ok);
    if (!ok || id <= 0)
        throw ValidationError(QStringLiteral("customer_id"), QStringLiteral("format"),
                              QStringLiteral("'%1' is not a customer id").arg(text),
                              QStringLiteral("شماره مشتری معتبر نیست"));
    return id;
}

int runShow(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format"), QStringLiteral("activities") }, {});
    CommandSupport::expectPositional(args, 1, "customer ID");
    const auto format = CommandSupport::format(args);
    const int activityLimit = int(args.integer(QStringLiteral("activities")).value_or(10));
    const qint64 id = parseId(args.positional().front());
    const auto store = ctx.openStore();
    CustomerService customers(*store, ctx.clock);
    const Customer c = customers.get(id);
    const QList<ContactPerson> contacts = ContactService(*store, ctx.clock).forCustomer(id);
    // Amounts hidden (null in JSON) for a user without view_deal_amounts.
    const QList<Deal> deals = DealService(*store, ctx.clock).forCustomer(id, true);
    const QList<Activity> activities = ActivityService(*store, ctx.clock).timeline(id, activityLimit);
    const QList<Order> orders = OrderService(*store, ctx.clock).forCustomer(id, 20);
    auto stageName = [&](qint64 stageId) {
        const auto s = store->pipelines().stage(stageId);
        return s ? s->name : QString();
    };

    if (format == CommandSupport::Format::Json) {
        nlohmann::json j = JsonFormat::customer(c);
        j["contacts"] = nlohmann::json::array();
        for (const ContactPerson &p : contacts)
            j["contacts"].push_back(JsonFormat::contact(p));
        j["open_deals"] = nlohmann::json::array();
        for (const Deal &d : deals)
            j["open_deals"].push_back(JsonFormat::deal(d, stageName(d.stageId)));
        j["activities"] = nlohmann::json::array();
        for (const Activity &a : activities)
            j["activities"].push_back(JsonFormat::activity(a));
        j["orders"] = nlohmann::json::array();
        for (const Order &o : orders)
            j["orders"].push_back(JsonFormat::orderSummary(o, c.displayName()));
        JsonFormat::print(ctx.out, j);
        return 0;
    }

    QTextStream &out = ctx.out;
    out << c.displayName() << "  (#" << c.id << ", " << toCode(c.kind) << ", " << toCode(c.lifecycle) << ")\n";
    if (!c.nationalIdentifier().isEmpty())
        out << "national id: " << c.nationalIdentifier() << '\n';
    for (const PhoneEntry &p : c.phones)
        out << "phone: " << p.number << (p.label.isEmpty() ? QString() : QStringLiteral(" (") + p.label + u')') << '\n';
    for (const Address &a : c.addresses)
        out << "address: " << QStringList { a.province, a.city, a.line }.join(QStringLiteral("، ")) << '\n';
    if (c.kind == CustomerKind::Legal) {
        out << "industry: " << c.legal.industry << ", employees: " << c.legal.employees << '\n';
    } else if (c.individual.birthDate.isValid()) {
        out << "birth date: " << JalaliDate::format(c.individual.birthDate) << '\n';
    }
    if (!c.tags.isEmpty())
        out << "tags: " << c.tags.join(QStringLiteral(", ")) << '\n';
    out << "created: " << JalaliDate::formatDateTime(c.createdAt) << '\n';

    if (!contacts.isEmpty()) {
        out << "\nContacts\n";
        TableWriter t({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("role"),
                        QStringLiteral("influence"), QStringLiteral("attitude"), QStringLiteral("mobile") });
        for (const ContactPerson &p : contacts)
            t.addRow({ QString::number(p.id), p.displayName(), p.jobTitle, toCode(p.role), QString::number(p.influence),
                       toCode(p.attitude), p.mobile });
        t.write(out);
    }
    out << "\nOpen deals\n";
    TableWriter dt({ QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("stage"), QStringLiteral("amount"),
                     QStringLiteral("expected close") });
    for (const Deal &d : deals)
        dt.addRow({ QString::number(d.id), d.title, stageName(d.stageId),
                    d.amountHidden ? QStringLiteral("-") : Money::formatRials(d.amount),
                    JalaliDate::format(d.expectedClose) });
    dt.write(out);
    out << "\nLatest activities\n";
    TableWriter at({ QStringLiteral("id"), QStringLiteral("when"), QStringLiteral("type"), QStringLiteral("dir"),
                     QStringLiteral("outcome"), QStringLiteral("follow-up") });
    for (const Activity &a : activities)
        at.addRow({ QString::number(a.id), JalaliDate::formatDateTime(a.at), toCode(a.type), toCode(a.direction),
                    a.outcome, JalaliDate::formatDateTime(a.followUpAt) });
    at.write(out);
    out << "\nOrders\n";
    TableWriter ot({ QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("total"),
                     QStringLiteral("updated"), QStringLiteral("tracking") });
    for (const Order &o : orders)
        ot.addRow({ o.number, toCode(o.status), Money::formatRials(o.total), JalaliDate::formatDateTime(o.updatedAt),
                    o.trackingCode });
    ot.write(out);
    return 0;
}

} // namespace

Command makeCustomerShowCommand()
{
    return Command { QStringLiteral("customer show"),
                     QStringLiteral("a customer with contacts, open deals, activities, orders"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] customer show ID [--activities N]\n"
                                    "                   [--format table|json]\n\n"
                                    "Shows one customer with its contacts, open deals, the latest N\n"
                                    "activities (default 10) and latest orders. Exits 1 for an unknown id.\n"),
                     runShow };
}

} // namespace peyvand::cli
