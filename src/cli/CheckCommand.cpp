// peyvand-cli check: integrity, Peyvand's consistency rules (ConsistencyCheck),
// schema version and row counts.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "ConsistencyCheck.h"
#include "JsonFormat.h"
#include "Migrations.h"
#include "SqliteDataStore.h"
#include "TableWriter.h"

#include <QFileInfo>

namespace peyvand::cli {

namespace {

int runCheck(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, {});
    CommandSupport::expectPositional(args, 0, "");
    const auto format = CommandSupport::format(args);
    if (ctx.onServer()) {
        // SQLite's checks (integrity_check, the consistency rules) read the file itself; a server keeps its
        // own (constraints, checksums) and is checked by its administrator (docs/team-mode.md).
        ctx.err << "error: " << ctx.databaseName()
                << ": check works on a SQLite database file; a server database is checked on the server\n";
        return 2;
    }
    if (!QFileInfo::exists(ctx.databasePath)) {
        ctx.err << "error: " << ctx.databasePath << ": no such database file\n";
        return 1;
    }
    SqliteDataStore store(ctx.databasePath, SqliteDatabase::OpenMode::MigrateExisting);
    SqliteDatabase &db = store.database();
    QStringList problems;
    {
        auto q = db.prepare("PRAGMA integrity_check");
        while (q->step())
            if (q->text(0) != QLatin1String("ok"))
                problems << QStringLiteral("integrity: ") + q->text(0);
    }
    {
        auto q = db.prepare("PRAGMA foreign_key_check");
        int n = 0;
        while (q->step() && n++ < 20)
            problems << QStringLiteral("foreign key: %1 row %2 → %3").arg(q->text(0)).arg(q->int64(1)).arg(q->text(2));
    }
    problems << ConsistencyCheck::problems(db);
    const int version = db.userVersion();
    const char *tables[] = { "users",
                             "customers",
                             "contacts",
                             "households",
                             "pipelines",
                             "stages",
                             "deals",
                             "deal_stage_history",
                             "activities",
                             "orders",
                             "order_lines",
                             "payments",
                             "order_status_history",
                             "service_requests",
                             "request_notes" };
    nlohmann::json counts = nlohmann::json::object();
    TableWriter table({ QStringLiteral("table"), QStringLiteral("rows") });
    for (const char *t : tables) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + t;
        auto q = db.prepare(sql.constData());
        const qint64 n = q->step() ? q->int64(0) : 0;
        counts[t] = n;
        table.addRow({ QString::fromLatin1(t), QString::number(n) });
    }
    const qint64 bytes = QFileInfo(ctx.databasePath).size();
    if (format == CommandSupport::Format::Json) {
        nlohmann::json problemList = nlohmann::json::array();
        for (const QString &p : problems)
            problemList.push_back(p.toStdString());
        JsonFormat::print(ctx.out,
                          { { "ok", problems.isEmpty() },
                            { "path", ctx.databasePath.toStdString() },
                            { "schema_version", version },
                            { "latest_schema_version", Migrations::latestVersion() },
                            { "file_bytes", bytes },
                            { "counts", counts },
                            { "problems", problemList } });
    } else {
        ctx.out << "database: " << ctx.databasePath << " (" << bytes / (1024 * 1024) << " MiB)\n";
        ctx.out << "schema version: " << version << '\n';
        table.write(ctx.out);
        for (const QString &p : problems)
            ctx.out << "PROBLEM: " << p << '\n';
        ctx.out << (problems.isEmpty() ? "ok\n" : "NOT OK\n");
    }
    return problems.isEmpty() ? 0 : 1;
}

} // namespace

Command makeCheckCommand()
{
    return Command { QStringLiteral("check"), QStringLiteral("integrity check, schema version and row counts"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] check [--format table|json]\n\n"
                                    "Runs SQLite's integrity and foreign-key checks and Peyvand's own\n"
                                    "consistency checks, and prints the schema version and row counts.\n"
                                    "Exits 1 when anything is wrong.\n"),
                     runCheck, true };
}

} // namespace peyvand::cli
