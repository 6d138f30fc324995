// peyvand-cli activity add: log a call, meeting… This is how a telephone exchange
// (Asterisk/Issabel) logs calls, so it is one short write transaction, safe to
// run from many processes at once (WAL + busy timeout + BEGIN IMMEDIATE).
#include "ActivityService.h"
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "CustomerService.h"
#include "JalaliDate.h"
#include "PersianText.h"
#include "UsageError.h"
#include "ValidationError.h"

namespace peyvand::cli {

namespace {

qint64 resolveCustomer(DataStore &store, const Clock &clock, const CliArgs &args)
{
    const auto id = args.value(QStringLiteral("customer"));
    const auto phone = args.value(QStringLiteral("phone"));
    if (bool(id) == bool(phone))
        throw UsageError("give exactly one of --customer ID or --phone P");
    if (id) {
        bool ok = false;
        const qint64 value = PersianText::toLatinDigits(*id).toLongLong(&ok);
        if (!ok || value <= 0)
            throw ValidationError(QStringLiteral("customer"), QStringLiteral("format"),
                                  QStringLiteral("'%1' is not a customer id").arg(*id),
                                  QStringLiteral("شماره مشتری معتبر نیست"));
        if (!store.customers().exists(value))
            throw NotFoundError(QStringLiteral("customer"), QStringLiteral("customer"), QString::number(value));
        return value;
    }
    CustomerService customers(store, clock);
    const QList<qint64> ids = customers.findByPhone(*phone);
    if (ids.isEmpty())
        throw NotFoundError(QStringLiteral("phone"), QStringLiteral("customer"), *phone);
    if (ids.size() > 1)
        throw ValidationError(QStringLiteral("phone"), QStringLiteral("ambiguous"),
                              QStringLiteral("%1 customers have phone %2; use --customer").arg(ids.size()).arg(*phone),
                              QStringLiteral("چند مشتری این شماره را دارند"));
    return ids.front();
}

int runAdd(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words,
                       { QStringLiteral("customer"), QStringLiteral("phone"), QStringLiteral("type"),
                         QStringLiteral("direction"), QStringLiteral("at"), QStringLiteral("duration"),
                         QStringLiteral("outcome"), QStringLiteral("notes"), QStringLiteral("follow-up"),
                         QStringLiteral("deal"), QStringLiteral("contact"), QStringLiteral("owner") },
                       {});
    CommandSupport::expectPositional(args, 0, "");
    Activity a;
    const auto type = args.value(QStringLiteral("type"));
    if (!type)
        throw UsageError("--type is required (" + allCodes<ActivityType>().toStdString() + ")");
    const auto parsedType = fromCode<ActivityType>(*type);
    if (!parsedType)
        throw UsageError("--type must be one of " + allCodes<ActivityType>().toStdString());
    a.type = *parsedType;
    if (const auto d = args.value(QStringLiteral("direction"))) {
        const auto dir = fromCode<Direction>(*d);
        if (!dir)
            throw UsageError("--direction must be in or out");
        a.direction = *dir;
    }
    if (const auto at = args.value(QStringLiteral("at")))
        a.at = JalaliDate::parseDateTime(*at, QStringLiteral("at"));
    if (const auto f = args.value(QStringLiteral("follow-up")))
        a.followUpAt = JalaliDate::parseDateTime(*f, QStringLiteral("follow-up"));
    if (const auto d = args.value(QStringLiteral("duration"))) {
        bool ok = false;
        a.durationSeconds = PersianText::toLatinDigits(*d).toInt(&ok);
        if (!ok || a.durationSeconds < 0)
            throw ValidationError(QStringLiteral("duration"), QStringLiteral("format"),
                                  QStringLiteral("'%1' is not a number of seconds").arg(*d),
                                  QStringLiteral("مدت باید عدد ثانیه باشد"));
    }
    a.outcome = args.value(QStringLiteral("outcome"), QString());
    a.notes = args.value(QStringLiteral("notes"), QString());
    if (const auto deal = args.integer(QStringLiteral("deal")))
        a.dealId = *deal;
    if (const auto contact = args.integer(QStringLiteral("contact")))
        a.contactId = *contact;
    a.ownerId = args.integer(QStringLiteral("owner")).value_or(0);

    const auto store = ctx.openStore();
    a.customerId = resolveCustomer(*store, ctx.clock, args);
    ActivityService service(*store, ctx.clock);
    const qint64 id = service.log(a); // returns only after COMMIT
    ctx.out << id << '\n';
    return 0;
}

} // namespace

Command makeActivityAddCommand()
{
    return Command { QStringLiteral("activity add"), QStringLiteral("log a call, meeting, e-mail, SMS, note or task"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] activity add (--customer ID | --phone P)\n"
                                    "         --type call|meeting|email|sms|note|task [--direction in|out]\n"
                                    "         [--at DATETIME] [--duration SECONDS] [--outcome TEXT] [--notes TEXT]\n"
                                    "         [--follow-up DATETIME] [--deal ID] [--contact ID] [--owner USER_ID]\n\n"
                                    "Logs an activity and prints its id once it is committed. --phone takes a\n"
                                    "number in any format (+98 912…, 0912…, ۰۹۱۲…). DATETIME is Jalali or ISO\n"
                                    "(1405/09/01 14:30, 2026-11-22T14:30:00Z); without a zone it is local time.\n"
                                    "Safe to run from many processes at once.\n"),
                     runAdd };
}

} // namespace peyvand::cli
