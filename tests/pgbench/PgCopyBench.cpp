// peyvand-pg-copy-bench: how fast a SQLite file is copied into PostgreSQL
// through SqliteSnapshotReader → PgSnapshotWriter (COPY), and read back
// through PgSnapshotReader; with --compare-insert also COPY against
// multi-row INSERTs for the activities rows alone (no triggers, no keys),
// the choice PgRowWriter made. A fresh database is created on the server of
// the URL (the server's database is only used to create and drop it).
//
//   peyvand-pg-copy-bench --sqlite FILE --pg postgresql://user:pw@host:port/postgres [--compare-insert] [--keep]
//                         [--before SQL]   (run on the new database before the copy, for experiments)
#include "PgConnection.h"
#include "PgCopyIn.h"
#include "PgMigrations.h"
#include "PgResult.h"
#include "PgSnapshotReader.h"
#include "PgSnapshotWriter.h"
#include "PgStatement.h"
#include "PgValues.h"
#include "SqliteDatabase.h"
#include "SqliteSnapshotReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <vector>

using namespace peyvand;

namespace {

// Every row the copy writes, children and derived summaries included.
qint64 rowsIn(PgConnection &c)
{
    qint64 n = 0;
    for (const char *table :
         { "users", "households", "pipelines", "stages", "customers", "customer_phones", "customer_addresses",
           "customer_tags", "contacts", "deals", "deal_contacts", "deal_stage_history", "activities", "orders",
           "order_lines", "payments", "order_status_history", "service_requests", "request_notes" })
        n += c.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).exec().int64(0, 0);
    return n;
}

template<class T, class Add> qint64 stream(SnapshotCursor<T> &cursor, Add add)
{
    T x;
    qint64 n = 0;
    while (cursor.next(x)) {
        add(x);
        ++n;
    }
    return n;
}

SnapshotCounts copy(SnapshotReader &reader, SnapshotWriter &writer)
{
    const SnapshotCounts counts = reader.counts();
    writer.begin(counts);
    for (const User &u : reader.users())
        writer.addUser(u);
    for (const Pipeline &p : reader.pipelines())
        writer.addPipeline(p);
    QElapsedTimer sent;
    sent.start();
    stream(*reader.households(), [&](const Household &x) { writer.addHousehold(x); });
    stream(*reader.customers(), [&](const Customer &x) { writer.addCustomer(x); });
    stream(*reader.contacts(), [&](const ContactPerson &x) { writer.addContact(x); });
    stream(*reader.deals(), [&](const DealRecord &x) { writer.addDeal(x.deal, x.history); });
    stream(*reader.activities(), [&](const Activity &x) { writer.addActivity(x); });
    stream(*reader.orders(), [&](const Order &x) { writer.addOrder(x); });
    stream(*reader.serviceRequests(), [&](const ServiceRequest &x) { writer.addServiceRequest(x); });
    QElapsedTimer t;
    t.start();
    std::fprintf(stderr, "  records sent in %.2f s; commit\n", sent.nsecsElapsed() / 1e9);
    writer.commit([&](const char *step) {
        std::fprintf(stderr, "  %.2f s into the commit: %s\n", t.nsecsElapsed() / 1e9, step);
    });
    std::fprintf(stderr, "  commit took %.2f s\n", t.nsecsElapsed() / 1e9);
    return counts;
}

qint64 readAll(SnapshotReader &reader)
{
    qint64 n = reader.users().size() + reader.pipelines().size();
    n += stream(*reader.households(), [](const Household &) {});
    n += stream(*reader.customers(), [](const Customer &) {});
    n += stream(*reader.contacts(), [](const ContactPerson &) {});
    n += stream(*reader.deals(), [](const DealRecord &) {});
    n += stream(*reader.activities(), [](const Activity &) {});
    n += stream(*reader.orders(), [](const Order &) {});
    n += stream(*reader.serviceRequests(), [](const ServiceRequest &) {});
    return n;
}

void bindActivity(PgStatement &q, int at, const Activity &a)
{
    q.bind(at + 1, a.id).bind(at + 2, a.customerId);
    PgValues::bindId(q, at + 3, a.dealId);
    PgValues::bindId(q, at + 4, a.contactId);
    q.bind(at + 5, toCode(a.type)).bind(at + 6, toCode(a.direction));
    PgValues::bindTime(q, at + 7, a.at);
    q.bind(at + 8, a.durationSeconds).bind(at + 9, a.outcome).bind(at + 10, a.notes);
    PgValues::bindId(q, at + 11, a.ownerId);
    PgValues::bindTime(q, at + 12, a.followUpAt);
    q.bind(at + 13, a.followUpDone);
    PgValues::bindTime(q, at + 14, a.createdAt);
    q.bind(at + 15, a.version);
}

// COPY against multi-row INSERTs (1000 rows a statement) of the same activities into a bare table.
void compareInsert(PgConnection &pg, SqliteDatabase &sqlite)
{
    std::vector<Activity> rows;
    {
        SqliteSnapshotReader reader(sqlite);
        stream(*reader.activities(), [&](const Activity &a) { rows.push_back(a); });
    }
    const char *columns = "id, customer_id, deal_id, contact_id, type, direction, at, duration, outcome, notes, "
                          "owner_id, follow_up_at, follow_up_done, created_at, version";
    pg.exec(QStringLiteral("CREATE TABLE bench_activities AS SELECT %1 FROM activities WITH NO DATA")
                .arg(QLatin1String(columns)));
    for (int round = 0; round < 2; ++round) {
        pg.exec(QStringLiteral("TRUNCATE bench_activities"));
        QElapsedTimer t;
        t.start();
        pg.exec(QStringLiteral("BEGIN"));
        QByteArray lines;
        PgStatement row(pg, QByteArray());
        for (const Activity &a : rows) {
            bindActivity(row, 0, a);
            row.appendCopyLine(lines);
            if (lines.size() > (8 << 20)) {
                PgCopyIn::run(pg, QByteArray("COPY bench_activities (") + columns + ") FROM STDIN", lines);
                lines.clear();
            }
        }
        if (!lines.isEmpty())
            PgCopyIn::run(pg, QByteArray("COPY bench_activities (") + columns + ") FROM STDIN", lines);
        pg.exec(QStringLiteral("COMMIT"));
        const double copySeconds = t.nsecsElapsed() / 1e9;

        pg.exec(QStringLiteral("TRUNCATE bench_activities"));
        t.restart();
        pg.exec(QStringLiteral("BEGIN"));
        constexpr int kRows = 1000, kColumns = 15;
        auto statementFor = [&](int n) {
            QString sql = QStringLiteral("INSERT INTO bench_activities (%1) VALUES ").arg(QLatin1String(columns));
            for (int r = 0; r < n; ++r) {
                sql += r ? QStringLiteral(",(") : QStringLiteral("(");
                for (int c = 1; c <= kColumns; ++c)
                    sql += QStringLiteral("$%1%2")
                               .arg(r * kColumns + c)
                               .arg(c < kColumns ? QStringLiteral(",") : QString());
                sql += QLatin1Char(')');
            }
            return sql;
        };
        const QString full = statementFor(kRows);
        for (size_t from = 0; from < rows.size(); from += kRows) {
            const int n = int(std::min<size_t>(kRows, rows.size() - from));
            auto q = pg.prepare(n == kRows ? full : statementFor(n));
            for (int r = 0; r < n; ++r)
                bindActivity(q, r * kColumns, rows[from + size_t(r)]);
            q.run();
        }
        pg.exec(QStringLiteral("COMMIT"));
        const double insertSeconds = t.nsecsElapsed() / 1e9;
        std::printf("activities only (%zu rows, bare table), round %d: COPY %.2f s (%.0f rows/s), "
                    "multi-row INSERT x1000 %.2f s (%.0f rows/s)\n",
                    rows.size(), round + 1, copySeconds, rows.size() / copySeconds, insertSeconds,
                    rows.size() / insertSeconds);
    }
    pg.exec(QStringLiteral("DROP TABLE bench_activities"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString sqlitePath, serverUrl, before;
    bool compare = false, keep = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--sqlite") && i + 1 < args.size())
            sqlitePath = args[++i];
        else if (args[i] == QLatin1String("--pg") && i + 1 < args.size())
            serverUrl = args[++i];
        else if (args[i] == QLatin1String("--before") && i + 1 < args.size())
            before = args[++i]; // SQL run on the new database before the copy (experiments)
        else if (args[i] == QLatin1String("--compare-insert"))
            compare = true;
        else if (args[i] == QLatin1String("--keep"))
            keep = true;
    }
    if (sqlitePath.isEmpty() || serverUrl.isEmpty()) {
        std::fprintf(stderr, "usage: peyvand-pg-copy-bench --sqlite FILE --pg URL [--compare-insert] [--keep]\n");
        return 2;
    }
    try {
        const PgUrl server = PgUrl::parse(serverUrl);
        const QString name = QStringLiteral("peyvand_copy_bench_%1").arg(QCoreApplication::applicationPid());
        {
            PgConnection admin(server);
            admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                                      "LC_CTYPE 'C.UTF-8'")
                           .arg(name));
        }
        int status = 0;
        {
            PgConnection pg(server.withDatabase(name));
            PgMigrations::migrate(pg);
            if (!before.isEmpty())
                pg.exec(before);
            SqliteDatabase sqlite(sqlitePath, SqliteDatabase::OpenMode::ReadOnly);

            QElapsedTimer t;
            t.start();
            SnapshotCounts counts;
            {
                SqliteSnapshotReader reader(sqlite);
                PgSnapshotWriter writer(pg);
                counts = copy(reader, writer);
            }
            const double copySeconds = t.nsecsElapsed() / 1e9;
            const qint64 rows = rowsIn(pg);
            std::printf("copy SQLite -> PostgreSQL: %lld customers, %lld records, %lld rows in %.2f s: "
                        "%.0f records/s, %.0f rows/s\n",
                        (long long)counts.customers, (long long)counts.total(), (long long)rows, copySeconds,
                        counts.total() / copySeconds, rows / copySeconds);
            t.restart();
            qint64 read = 0;
            {
                PgSnapshotReader reader(pg);
                read = readAll(reader);
            }
            const double readSeconds = t.nsecsElapsed() / 1e9;
            std::printf("read back through PgSnapshotReader: %lld records in %.2f s: %.0f records/s\n", (long long)read,
                        readSeconds, read / readSeconds);
            if (read != counts.total()) {
                std::printf("read %lld records, copied %lld\n", (long long)read, (long long)counts.total());
                status = 1;
            }
            if (compare)
                compareInsert(pg, sqlite);
        }
        if (!keep) {
            PgConnection admin(server);
            admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
        } else {
            std::printf("kept database %s\n", qPrintable(name));
        }
        return status;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
