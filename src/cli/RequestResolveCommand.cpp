// peyvand-cli request resolve / request note: close a request with a note, or
// add a note to it.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "RequestTable.h"
#include "ServiceRequestService.h"

namespace peyvand::cli {

namespace {

int runResolve(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("note"), QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 1, "ID");
    const qint64 id = CommandSupport::id(args.positional().front(), QStringLiteral("request"));
    const auto store = ctx.openStore();
    const qint64 userId = store->actor().id; // recorded as the signed-in user
    ServiceRequestService requests(*store, ctx.clock);
    requests.setStatus(id, RequestStatus::Resolved, userId, args.value(QStringLiteral("note"), QString()));
    RequestTable::printOne(ctx, format, requests.get(id));
    return 0;
}

int runNote(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 2, "ID and TEXT");
    const qint64 id = CommandSupport::id(args.positional().front(), QStringLiteral("request"));
    const auto store = ctx.openStore();
    const qint64 userId = store->actor().id; // written by the signed-in user
    ServiceRequestService requests(*store, ctx.clock);
    requests.addNote(id, userId, args.positional().at(1));
    RequestTable::printOne(ctx, format, requests.get(id));
    return 0;
}

} // namespace

Command makeRequestResolveCommand()
{
    return Command { QStringLiteral("request resolve"), QStringLiteral("resolve a service request"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] --user NAME request resolve ID [--note TEXT]\n"
                                    "                   [--format table|json]\n\n"
                                    "Resolves an open or in-progress request, recording the note (or\n"
                                    "\"وضعیت: حل شده\") by the signed-in user. An unknown ID or a\n"
                                    "request already resolved exits 1 and changes nothing.\n"),
                     runResolve };
}

Command makeRequestNoteCommand()
{
    return Command { QStringLiteral("request note"), QStringLiteral("add a note to a service request"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] --user NAME request note ID TEXT\n"
                                    "                   [--format table|json]\n\n"
                                    "Adds a note by the signed-in user. An unknown ID or an empty\n"
                                    "TEXT exits 1.\n"),
                     runNote };
}

} // namespace peyvand::cli
