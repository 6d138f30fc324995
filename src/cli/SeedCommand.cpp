// peyvand-cli seed: deterministic Persian demo data, with progress on a terminal.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "DemoDataGenerator.h"
#include "JalaliDate.h"
#include "UsageError.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

namespace peyvand::cli {

namespace {

int runSeed(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("customers"), QStringLiteral("seed"), QStringLiteral("as-of") },
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
    if (const auto asOf = args.value(QStringLiteral("as-of")))
        options.asOf = JalaliDate::parseDate(*asOf, QStringLiteral("as-of"));

    const auto store = ctx.openStore(true);
    // Bulk loading: let the WAL grow between checkpoints and skip fsyncs. An
    // application crash still leaves a consistent file (WAL); only a power cut
    // during seeding could cost the demo data, which can be generated again.
    store->database().exec("PRAGMA synchronous = OFF; PRAGMA wal_autocheckpoint = 65536;");
    const bool terminal = isatty(fileno(stderr)) && !args.has(QStringLiteral("quiet"));
    QElapsedTimer timer;
    timer.start();
    DemoDataGenerator generator(*store, options);
    const auto totals = generator.run([&](qint64 done, qint64 total) {
        if (!terminal)
            return;
        const double seconds = timer.elapsed() / 1000.0;
        const double rate = seconds > 0 ? done / seconds : 0;
        const qint64 eta = rate > 0 ? qint64((total - done) / rate) : 0;
        std::fprintf(stderr, "\rseeding: %lld / %lld customers (%3d%%), %.0f/s, %llds left   ", (long long)done,
                     (long long)total, int(done * 100 / total), rate, (long long)eta);
        std::fflush(stderr);
    });
    if (terminal)
        std::fprintf(stderr, "\n");
    ctx.out << "seeded " << ctx.databasePath << " in " << QString::number(timer.elapsed() / 1000.0, 'f', 1)
            << " s: " << totals.customers << " customers, " << totals.contacts << " contacts, " << totals.deals
            << " deals, " << totals.activities << " activities, " << totals.orders << " orders, " << totals.requests
            << " service requests, " << totals.users << " new users\n";
    // Until the last connection closes, much of the data is still in the WAL file.
    const qint64 bytes
        = QFileInfo(ctx.databasePath).size() + QFileInfo(ctx.databasePath + QStringLiteral("-wal")).size();
    ctx.out << "file size: " << bytes / (1024 * 1024) << " MiB (with the write-ahead log)\n";
    return 0;
}

} // namespace

Command makeSeedCommand()
{
    return Command { QStringLiteral("seed"), QStringLiteral("fill the database with Persian demo data"),
                     QStringLiteral(
                         "Usage: peyvand-cli [--db PATH] seed --customers N [--seed S] [--as-of DATE] [--quiet]\n\n"
                         "Adds N customers (about one legal entity in five) with contacts, deals in\n"
                         "both pipelines with stage histories over the last two years, about 10\n"
                         "activities and 2 orders per customer, service requests, and the demo\n"
                         "users (admin, manager, manager2, rep1…rep6, support1…support3).\n"
                         "The same S and DATE (default: today) give the same data.\n"),
                     runSeed };
}

} // namespace peyvand::cli
