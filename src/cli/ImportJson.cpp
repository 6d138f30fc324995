// peyvand-cli import --format json: a JSON full export into an empty database.
#include "DatabaseError.h"
#include "JsonFormat.h"
#include "JsonImporter.h"
#include "JsonTransfer.h"
#include "SignInError.h"
#include "ValidationError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace peyvand::cli::JsonTransfer {

namespace {

nlohmann::json countsJson(const SnapshotCounts &c)
{
    return { { "users", c.users },           { "pipelines", c.pipelines }, { "households", c.households },
             { "customers", c.customers },   { "contacts", c.contacts },   { "deals", c.deals },
             { "activities", c.activities }, { "orders", c.orders },       { "service_requests", c.serviceRequests } };
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int importJson(CliContext &ctx, const QString &file, bool quiet, bool jsonOutput)
{
    if (!QFileInfo(file).isFile()) {
        ctx.err << "error: " << file << ": no such file\n";
        return 1;
    }
    const bool created = !ctx.onServer() && !QFileInfo::exists(ctx.databasePath);
    const bool terminal = isatty(fileno(stderr)) != 0;
    QElapsedTimer timer;
    timer.start();
    JsonImporter::Result result;
    try {
        // An empty database has nothing to protect (like seed): sign in only when --user is given.
        const auto store = ctx.openStoreWithoutSignIn(true);
        if (!ctx.userName.isEmpty())
            ctx.signIn(*store);
        JsonImporter importer(*store, ctx.clock);
        int lastShown = -1;
        JsonImporter::Phase lastPhase = JsonImporter::Phase::Checking;
        result = importer.run(
            file, [&](JsonImporter::Phase phase, std::uint64_t read, std::uint64_t total, const char *step) {
                if (quiet)
                    return;
                if (phase == JsonImporter::Phase::Finishing) {
                    std::fprintf(stderr, "%simport: %s\n", terminal && lastShown >= 0 ? "\n" : "", step);
                    lastShown = -1;
                    return;
                }
                const int percent = total ? int(read * 100 / total) : 100;
                if (phase != lastPhase) {
                    if (terminal && lastShown >= 0)
                        std::fputc('\n', stderr);
                    lastShown = -1;
                    lastPhase = phase;
                }
                if (percent == lastShown || (!terminal && percent / 10 == lastShown / 10 && lastShown >= 0))
                    return;
                lastShown = percent;
                const char *what = phase == JsonImporter::Phase::Checking ? "checking" : "writing";
                std::fprintf(stderr, terminal ? "\rimport: %s %d%%" : "import: %s %d%%\n", what, percent);
                std::fflush(stderr);
            });
        if (terminal && !quiet && lastShown >= 0)
            std::fputc('\n', stderr);
    } catch (const SignInError &) {
        if (created)
            removeDatabase(ctx.databasePath);
        throw; // exit 3
    } catch (const ValidationError &e) {
        if (created)
            removeDatabase(ctx.databasePath);
        ctx.err << "error: " << file << ": " << e.field() << ": " << e.message() << "; nothing was written\n";
        return 1;
    } catch (const std::exception &e) {
        if (created)
            removeDatabase(ctx.databasePath);
        ctx.err << "error: " << file << ": " << e.what() << "; nothing was written\n";
        return 1;
    }
    if (jsonOutput) {
        JsonFormat::print(ctx.out,
                          nlohmann::json { { "file", file.toStdString() },
                                           { "format", "json" },
                                           { "schema_version", result.schemaVersion },
                                           { "exported_at", result.exportedAt.toStdString() },
                                           { "imported", countsJson(result.counts) } });
    } else {
        const SnapshotCounts &c = result.counts;
        ctx.out << "imported " << file << ": " << c.users << " users, " << c.pipelines << " pipelines, " << c.households
                << " households, " << c.customers << " customers, " << c.contacts << " contacts, " << c.deals
                << " deals, " << c.activities << " activities, " << c.orders << " orders, " << c.serviceRequests
                << " service requests";
        if (!quiet)
            ctx.out << " (" << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s)";
        ctx.out << '\n';
    }
    return 0;
}

} // namespace peyvand::cli::JsonTransfer
