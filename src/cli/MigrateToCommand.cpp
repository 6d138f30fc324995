// peyvand-cli migrate-to TARGET: copies the whole database (--db) into an
// empty target — a PostgreSQL server for team mode — and proves the copy
// lossless by comparing both record by record (DatabaseMigration).
#include "AccessPolicy.h"
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "DataStoreFactory.h"
#include "DatabaseMigration.h"
#include "JsonFormat.h"
#include "UsageError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

namespace peyvand::cli {

namespace {

const char *const kUsage
    = "Usage: peyvand-cli [--db PATH] --user ADMIN migrate-to TARGET [--format table|json] [--quiet]\n\n"
      "Copies the whole database into TARGET, usually a PostgreSQL server for team mode\n"
      "(postgresql://owner:password@host:5432/peyvand; docs/team-mode.md), which must be\n"
      "empty: a database made with createdb, or one `init` set up and nothing else wrote to.\n"
      "Every record keeps its id; the audit trail and the users' password hashes come along,\n"
      "and the target's audit trail records the migration. The copy is one transaction:\n"
      "refused or failed, the target stays empty. The source is only read.\n\n"
      "Afterwards both databases are read back and compared record by record, every field\n"
      "of every entity; any difference is printed and the exit code is 1.\n\n"
      "  --format      table (default) or json\n"
      "  --quiet       no progress on standard error\n\n"
      "Exit codes: 0 copied and verified equal, 1 refused (nothing written) or the comparison\n"
      "found differences, 2 usage error, 3 sign-in or permission refused.\n";

const char *phaseName(DatabaseMigration::Phase phase)
{
    switch (phase) {
    case DatabaseMigration::Phase::Copying:
        return "copying";
    case DatabaseMigration::Phase::Finishing:
        return "finishing";
    case DatabaseMigration::Phase::Verifying:
        return "verifying";
    }
    return "";
}

// Progress on stderr: one updating line on a terminal, a line per tenth otherwise.
class MigrationProgress
{
public:
    explicit MigrationProgress(bool quiet)
        : m_quiet(quiet)
        , m_terminal(isatty(fileno(stderr)) != 0)
    {
    }
    ~MigrationProgress() { endLine(); }

    void operator()(DatabaseMigration::Phase phase, const char *section, qint64 done, qint64 total)
    {
        if (m_quiet)
            return;
        // Copying counts records of the whole snapshot; verifying goes section by section.
        const bool counted = phase == DatabaseMigration::Phase::Copying;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        const QString what = QStringLiteral("%1 %2").arg(QLatin1String(phaseName(phase)), QLatin1String(section));
        const QString shown = counted ? QStringLiteral("%1 %2%").arg(what.leftJustified(28)).arg(percent, 3) : what;
        if (m_terminal) {
            std::fprintf(stderr, "\rmigrate-to: %-33s", qPrintable(shown));
            m_lineOpen = true;
        } else if (what != m_last || (counted && percent / 10 != m_lastTenth)) {
            std::fprintf(stderr, "migrate-to: %s\n", qPrintable(shown.trimmed()));
        }
        std::fflush(stderr);
        m_last = what;
        m_lastTenth = percent / 10;
    }
    void endLine()
    {
        if (m_lineOpen)
            std::fputc('\n', stderr);
        m_lineOpen = false;
    }

private:
    bool m_quiet;
    bool m_terminal;
    bool m_lineOpen = false;
    QString m_last;
    int m_lastTenth = -1;
};

int runMigrateTo(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, { QStringLiteral("quiet") });
    if (args.positional().size() != 1)
        throw UsageError("migrate-to needs exactly one TARGET (a postgresql:// URL or a new database file)");
    const QString target = args.positional().at(0);
    const auto format = CommandSupport::format(args);
    if (target == ctx.databasePath)
        throw UsageError("TARGET is the database itself");

    const auto source = ctx.openStore();
    AccessPolicy::require(source->actor(), Permission::ExportData); // before anything is created
    const bool newFile = !DataStoreFactory::isServerUrl(target) && !QFileInfo::exists(target);
    std::unique_ptr<DataStore> destination;
    DatabaseMigration::Result result;
    QElapsedTimer timer;
    MigrationProgress progress(args.has(QStringLiteral("quiet")) || format == CommandSupport::Format::Json);
    try {
        destination = DataStoreFactory::open(target, StoreOpenMode::CreateAndMigrate);
        timer.start();
        result = DatabaseMigration(*source, *destination, ctx.clock)
                     .run([&](DatabaseMigration::Phase phase, const char *section, qint64 done, qint64 total) {
                         progress(phase, section, done, total);
                     });
    } catch (...) {
        progress.endLine();
        destination.reset();
        if (newFile) // a file this command made: nothing of it stays
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(target + QLatin1String(suffix));
        throw;
    }
    progress.endLine();
    const double seconds = timer.elapsed() / 1000.0;
    const SnapshotCounts &c = result.counts;
    if (format == CommandSupport::Format::Json) {
        nlohmann::json differences = nlohmann::json::array();
        for (const std::string &d : result.differences)
            differences.push_back(d);
        JsonFormat::print(ctx.out,
                          { { "from", ctx.databaseName().toStdString() },
                            { "to", DataStoreFactory::displayName(target).toStdString() },
                            { "counts",
                              { { "users", c.users },
                                { "households", c.households },
                                { "pipelines", c.pipelines },
                                { "customers", c.customers },
                                { "contacts", c.contacts },
                                { "deals", c.deals },
                                { "activities", c.activities },
                                { "orders", c.orders },
                                { "service_requests", c.serviceRequests },
                                { "audit_log", result.auditEntries } } },
                            { "verified", result.differences.empty() },
                            { "differences", differences },
                            { "seconds", seconds } });
    } else {
        ctx.out << "copied " << ctx.databaseName() << " to " << DataStoreFactory::displayName(target) << " in "
                << QString::number(seconds, 'f', 1) << " s: " << c.customers << " customers, " << c.contacts
                << " contacts, " << c.deals << " deals, " << c.activities << " activities, " << c.orders << " orders, "
                << c.serviceRequests << " service requests, " << c.users << " users, " << result.auditEntries
                << " audit entries\n";
        if (result.differences.empty())
            ctx.out << "verified: both databases hold the same records, field by field\n";
    }
    if (!result.differences.empty()) {
        ctx.err << "error: the copy differs from the source (" << result.differences.size()
                << (result.differences.size() >= 20 ? "+" : "") << " differences); do not use "
                << DataStoreFactory::displayName(target) << ":\n";
        for (const std::string &d : result.differences)
            ctx.err << "  " << QString::fromStdString(d) << '\n';
        return 1;
    }
    return 0;
}

} // namespace

Command makeMigrateToCommand()
{
    return Command { QStringLiteral("migrate-to"), QStringLiteral("copy the database to a server, verified"),
                     QString::fromUtf8(kUsage), runMigrateTo };
}

} // namespace peyvand::cli
