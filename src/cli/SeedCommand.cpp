// peyvand-cli seed: deterministic Persian demo data through the bulk loader, with progress.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "DemoDataGenerator.h"
#include "JalaliDate.h"
#include "PasswordHash.h"
#include "SeedProgress.h"
#include "UsageError.h"

#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

namespace peyvand::cli {

namespace {

int runSeed(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(
        words,
        { QStringLiteral("customers"), QStringLiteral("seed"), QStringLiteral("as-of"), QStringLiteral("chunk") },
        { QStringLiteral("quiet") });
    CommandSupport::expectPositional(args, 0, "");
    DemoDataGenerator::Options options;
    const auto customers = args.integer(QStringLiteral("customers"));
    if (!customers)
        throw UsageError("--customers N is required");
    if (*customers < 1 || *customers > 20000000)
        throw UsageError("--customers must be between 1 and 20000000");
    options.customers = *customers;
    options.seed = quint64(args.integer(QStringLiteral("seed")).value_or(1405));
    if (const auto chunk = args.integer(QStringLiteral("chunk"))) {
        if (*chunk < 1 || *chunk > 1000000)
            throw UsageError("--chunk must be between 1 and 1000000");
        options.batchSize = int(*chunk);
    }
    if (const auto asOf = args.value(QStringLiteral("as-of")))
        options.asOf = JalaliDate::parseDate(*asOf, QStringLiteral("as-of"));

    // One hash for every demo user: Argon2id costs about 0.1 s and 64 MiB each time.
    options.passwordHash = PasswordHash::hash(QString::fromLatin1(DemoDataGenerator::kDemoPassword));
    const auto store = ctx.openStore(true);
    SeedProgress shown(isatty(fileno(stderr)) != 0, args.has(QStringLiteral("quiet")));
    DemoDataGenerator generator(*store, options);
    const auto totals = generator.run([&](qint64 done, qint64 total) { shown.customers(done, total); },
                                      [&](const char *phase) { shown.phase(phase); });
    shown.phase(nullptr);
    ctx.out << "seeded " << ctx.databaseName() << " in " << QString::number(shown.elapsedSeconds(), 'f', 1)
            << " s: " << totals.customers << " customers, " << totals.contacts << " contacts, " << totals.deals
            << " deals, " << totals.activities << " activities, " << totals.orders << " orders, " << totals.requests
            << " service requests, " << totals.users << " new users\n";
    if (ctx.onServer())
        return 0;
    // The load folds the write-ahead log into the file at the end; count what is left of it anyway.
    const qint64 bytes
        = QFileInfo(ctx.databasePath).size() + QFileInfo(ctx.databasePath + QStringLiteral("-wal")).size();
    ctx.out << "file size: " << bytes / (1024 * 1024) << " MiB";
    if (totals.activities > 0) // activities are most of the rows; the figure includes every table and index
        ctx.out << ", " << bytes / totals.activities << " bytes per activity";
    ctx.out << "\n";
    return 0;
}

} // namespace

Command makeSeedCommand()
{
    return Command { QStringLiteral("seed"), QStringLiteral("fill the database with Persian demo data"),
                     QStringLiteral(
                         "Usage: peyvand-cli [--db PATH] seed --customers N [--seed S] [--as-of DATE] [--chunk C]\n"
                         "         [--quiet]\n\n"
                         "Adds N customers (about one legal entity in five) with contacts, deals in\n"
                         "both pipelines with stage histories over the last two years, about 10\n"
                         "activities and 2 orders per customer, service requests, and the demo\n"
                         "users (admin, manager, manager2, rep1…rep6, support1…support3) with the\n"
                         "password peyvand-demo (given also to demo users that have none yet).\n"
                         "The same S and DATE (default: today) give the same data. Written in\n"
                         "chunks of whole customers (C per transaction, default 50000): stopped at\n"
                         "any point, the file stays consistent and keeps the chunks written.\n"
                         "Progress and each phase's time go to standard error (not with --quiet).\n"),
                     runSeed, true };
}

} // namespace peyvand::cli
