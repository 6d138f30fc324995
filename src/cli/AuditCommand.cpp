// peyvand-cli audit: the audit trail, newest first, filtered by record, user,
// action and Jalali days, with each entry's field-by-field changes. Managers
// and admins only (AuditService checks view_audit).
#include "AuditChanges.h"
#include "AuditService.h"
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "JalaliDate.h"
#include "JsonFormat.h"
#include "TableWriter.h"
#include "UsageError.h"

#include <QHash>
#include <QRegularExpression>

namespace peyvand::cli {

namespace {

// Printed with sorted keys like every other command's JSON (docs/cli.md).
using json = nlohmann::json;

constexpr qint64 kCounted = 100000;

// Entity and action names are codes (customer, move_stage): lower-case words.
QString code(const CliArgs &args, const QString &option)
{
    const QString value = args.value(option, QString()).trimmed().toLower();
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z_]*$"));
    if (args.has(option) && !word.match(value).hasMatch())
        throw UsageError("--" + option.toStdString() + " needs a name like customer or move_stage, not '"
                         + args.value(option, QString()).toStdString() + "'");
    return value;
}

QDate day(const CliArgs &args, const QString &option)
{
    const auto text = args.value(option);
    return text ? JalaliDate::parseDate(*text, option) : QDate();
}

// An entry's stored values: the JSON object, null when empty, the text itself when it is not JSON.
json values(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return nullptr;
    json parsed = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    return parsed.is_discarded() ? json(bytes.toStdString()) : parsed;
}

json sorted(const nlohmann::ordered_json &value)
{
    return json::parse(value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

json entryJson(const AuditEntry &e, const QString &userName)
{
    json changes = json::array(); // in AuditChanges' order: the record's field order
    for (const AuditChange &c : AuditChanges::of(e))
        changes.push_back(
            { { "field", c.field.toStdString() }, { "old", sorted(c.oldValue) }, { "new", sorted(c.newValue) } });
    return { { "id", e.id },
             { "at", JsonFormat::timestamp(e.at) },
             { "user", userName.isEmpty() ? json(nullptr) : json(userName.toStdString()) },
             { "action", e.action.toStdString() },
             { "entity", e.entity.toStdString() },
             { "entity_id", e.entityId ? json(e.entityId) : json(nullptr) },
             { "old", values(e.oldValues) },
             { "new", values(e.newValues) },
             { "changes", std::move(changes) } };
}

int runAudit(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words,
                       { QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("by"), QStringLiteral("action"),
                         QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("before"),
                         QStringLiteral("limit"), QStringLiteral("format") },
                       {});
    CommandSupport::expectPositional(args, 0, "");
    const auto format = CommandSupport::format(args);
    AuditQuery query;
    query.entity = code(args, QStringLiteral("entity"));
    query.action = code(args, QStringLiteral("action"));
    if (const auto id = args.value(QStringLiteral("id"))) {
        if (query.entity.isEmpty())
            throw UsageError("--id needs --entity (which kind of record)");
        query.entityId = CommandSupport::id(*id, QStringLiteral("id"));
    }
    if (const auto before = args.value(QStringLiteral("before")))
        query.beforeId = CommandSupport::id(*before, QStringLiteral("before"));
    const qint64 limit = args.integer(QStringLiteral("limit")).value_or(100);
    if (limit < 1 || limit > AuditService::MaxLimit)
        throw UsageError("--limit must be between 1 and " + std::to_string(AuditService::MaxLimit));
    query.limit = int(limit);
    AuditService::restrictToDays(query, day(args, QStringLiteral("from")), day(args, QStringLiteral("to")));

    const auto store = ctx.openStore();
    query.userId = CommandSupport::user(*store, args, QStringLiteral("by"));
    const AuditService audit(*store);
    const QList<AuditEntry> entries = audit.list(query);
    QHash<qint64, QString> names;
    for (const User &u : store->users().all())
        names.insert(u.id, u.username);

    if (format == CommandSupport::Format::Json) {
        json array = json::array();
        for (const AuditEntry &e : entries)
            array.push_back(entryJson(e, names.value(e.userId)));
        // Text that was stored as it came (not JSON) may hold bytes that are not UTF-8: replaced, never fatal.
        ctx.out << QString::fromStdString(array.dump(2, ' ', false, json::error_handler_t::replace)) << '\n';
        return 0;
    }
    TableWriter table({ QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"),
                        QStringLiteral("record"), QStringLiteral("changes") });
    for (const AuditEntry &e : entries) {
        QStringList fields = AuditChanges::fields(AuditChanges::of(e));
        fields.replaceInStrings(QRegularExpression(QStringLiteral("^$")), QStringLiteral("(value)"));
        table.addRow({ QString::number(e.id), JalaliDate::formatDateTime(e.at),
                       e.userId ? names.value(e.userId, QString::number(e.userId)) : QStringLiteral("-"), e.action,
                       e.entityId ? e.entity + u' ' + QString::number(e.entityId) : e.entity,
                       fields.join(QStringLiteral(", ")) });
    }
    table.write(ctx.out);
    // Counting stops past kCounted: the trail grows without bound.
    const qint64 total = audit.countAtMost(query, kCounted + 1);
    ctx.out << entries.size() << " of " << (total > kCounted ? "more than " : "") << std::min(total, kCounted)
            << " entr" << (total == 1 ? "y" : "ies");
    if (!entries.isEmpty() && entries.size() == query.limit && total > entries.size())
        ctx.out << " (older: --before " << entries.back().id << ')';
    ctx.out << '\n';
    return 0;
}

} // namespace

Command makeAuditCommand()
{
    return Command {
        QStringLiteral("audit"), QStringLiteral("the audit trail: who changed what, when (managers, admins)"),
        QStringLiteral("Usage: peyvand-cli [--db PATH] --user NAME audit [--entity KIND [--id N]] [--by USER]\n"
                       "                   [--action ACTION] [--from DATE] [--to DATE] [--before ID] [--limit N]\n"
                       "                   [--format table|json]\n\n"
                       "The audit trail, newest first: who changed which record when, with the\n"
                       "fields that changed (JSON: the values before and after too; see docs/cli.md).\n"
                       "KIND is a record kind (customer, contact, deal, activity, order, request,\n"
                       "user, pipeline, …); --id one record of that kind. USER is a user name or id.\n"
                       "ACTION is create, update, delete, move_stage, status, payment, …\n"
                       "DATE is Jalali (1405/09/01) or ISO (2026-11-22); days are Iran time\n"
                       "(UTC+03:30), both ends included. --limit: at most N entries (default 100);\n"
                       "--before ID: entries older than that one (the next page).\n"
                       "Needs the view_audit permission (managers and admins): exits 3 otherwise.\n"
                       "Exits 1 for an unknown --by user or a date that does not exist.\n"),
        runAudit
    };
}

} // namespace peyvand::cli
