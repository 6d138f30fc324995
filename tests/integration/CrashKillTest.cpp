// Crash safety (issue 7, part 6): real peyvand-cli processes killed with
// SIGKILL at random moments of heavy writes, then the file checked: `check`
// passes (integrity_check, foreign keys, Peyvand's consistency rules: no
// half-written record), every acknowledged write is there, and what a killed
// process wrote is there whole or not at all.
//
// - seed (the bulk loader): whole chunks of customers or nothing, equal to the
//   same customers of an uninterrupted load; indexes a big load dropped are
//   built by the next open (which is killed too now and then);
// - import of a CSV file: every row of the file or none (new rows and updates);
// - import of a JSON full export into an empty file: all of it or nothing, and
//   the import can be run again.
// The telephone exchange (many concurrent `activity add`) is CrashExchangeTest.cpp,
// backup and restore CrashBackupTest.cpp.
//
// PEYVAND_CRASH_SEED replays the random choices (kill moments, chunk sizes…;
// the processes' own timing still varies); PEYVAND_CRASH_KILLS sets the number
// of kills (default 20 for CI; 120 for the nightly run, docs/crash-safety.md).
#include "CrashKill.h"

#include "IranianIds.h"
#include "JsonTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <iostream>

namespace peyvand::crash {

namespace {

using test::CliRunner;

void removeDatabase(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

bool hasTable(const QString &db, const char *table)
{
    RawSqlite raw(db);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'").arg(QLatin1String(table)))
        > 0;
}

bool deferredIndexesPending(const QString &db)
{
    if (!hasTable(db, "meta"))
        return false;
    RawSqlite raw(db);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'deferred_indexes'")) > 0;
}

// --- seed --------------------------------------------------------------------

constexpr qint64 kBigSeed = 50000; // from 50,000 customers the loader builds its indexes afterwards
constexpr qint64 kSmallSeed = 6000;

QStringList seedArgs(qint64 customers, qint64 chunk)
{
    QStringList args { QStringLiteral("seed"),       QStringLiteral("--customers"), QString::number(customers),
                       QStringLiteral("--seed"),     QStringLiteral("1405"),        QStringLiteral("--as-of"),
                       QStringLiteral("1405/09/01"), QStringLiteral("--quiet") };
    if (chunk > 0)
        args << QStringLiteral("--chunk") << QString::number(chunk);
    return args;
}

// The customer a row belongs to, for each table `seed` writes (x: the row; %S: its schema).
struct OwnedTable
{
    const char *table;
    const char *owner;
};
const OwnedTable kOwnedTables[] = {
    { "customers", "x.id" },
    { "customer_phones", "x.customer_id" },
    { "customer_addresses", "x.customer_id" },
    { "customer_tags", "x.customer_id" },
    { "contacts", "x.customer_id" },
    { "deals", "x.customer_id" },
    { "deal_contacts", "(SELECT customer_id FROM %S.deals d WHERE d.id = x.deal_id)" },
    { "deal_stage_history", "(SELECT customer_id FROM %S.deals d WHERE d.id = x.deal_id)" },
    { "activities", "x.customer_id" },
    { "orders", "x.customer_id" },
    { "order_lines", "(SELECT customer_id FROM %S.orders o WHERE o.id = x.order_id)" },
    { "payments", "(SELECT customer_id FROM %S.orders o WHERE o.id = x.order_id)" },
    { "order_status_history", "(SELECT customer_id FROM %S.orders o WHERE o.id = x.order_id)" },
    { "service_requests", "x.customer_id" },
    { "request_notes", "(SELECT customer_id FROM %S.service_requests r WHERE r.id = x.request_id)" },
};

QString ownerIn(const char *owner, const char *schema)
{
    return QString::fromLatin1(owner).replace(QLatin1String("%S"), QLatin1String(schema));
}

// A fresh file that a killed `seed` left with `customers` customers holds
// exactly what the uninterrupted load (`reference`, of `referenceCustomers`)
// wrote for its first customers, each with everything it has there (phones,
// addresses, tags, contacts, deals and their histories, activities, orders with
// lines, payments and histories, requests, search grams), and nothing else.
// Compared up to the smaller of the two; past that, `check` speaks for it.
// Returns the rows compared.
qint64 expectPrefixOfReference(const QString &db, const QString &reference, qint64 customers, qint64 referenceCustomers)
{
    const qint64 limit = std::min(customers, referenceCustomers);
    RawSqlite raw(db);
    raw.exec(QStringLiteral("ATTACH DATABASE '%1' AS ref").arg(reference));
    qint64 rows = 0;
    for (const OwnedTable &t : kOwnedTables) {
        const QString table = QLatin1String(t.table);
        const QString part = QStringLiteral("SELECT * FROM %1.%2 AS x WHERE %3 <= %4");
        const QString kept = part.arg(QLatin1String("main"), table, ownerIn(t.owner, "main")).arg(limit);
        const QString loaded = part.arg(QLatin1String("ref"), table, ownerIn(t.owner, "ref")).arg(limit);
        const qint64 extra
            = raw.scalar(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT SELECT * FROM ref.%2)").arg(kept, table));
        const qint64 missing
            = raw.scalar(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT SELECT * FROM main.%2)").arg(loaded, table));
        EXPECT_EQ(extra, 0) << table.toStdString() << ": rows the uninterrupted load does not have";
        EXPECT_EQ(missing, 0) << table.toStdString() << ": rows of the first " << limit
                              << " customers that are not there (a half-written customer)";
        rows += raw.scalar(QStringLiteral("SELECT count(*) FROM (%1)").arg(kept));
    }
    for (const char *table : { "pipelines", "stages", "households" })
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM (SELECT * FROM main.%1 EXCEPT SELECT * FROM ref.%1 "
                                            "UNION ALL SELECT * FROM (SELECT * FROM ref.%1 EXCEPT SELECT * FROM "
                                            "main.%1))")
                                 .arg(QLatin1String(table))),
                  0)
            << table;
    // The users, but for when they were created.
    EXPECT_EQ(
        raw.scalar(QStringLiteral("SELECT count(*) FROM (SELECT id, username, full_name, role, active FROM "
                                  "main.users EXCEPT SELECT id, username, full_name, role, active FROM ref.users)")),
        0);
    // The search grams of those customers and contact persons, exactly.
    const struct
    {
        const char *index;
        const char *owned; // %S: schema, %L: limit
    } grams[] = { { "customer_search", "doc <= %L" },
                  { "contact_search", "doc IN (SELECT id FROM %S.contacts WHERE customer_id <= %L)" } };
    for (const auto &g : grams) {
        const QString index = QLatin1String(g.index);
        raw.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.main_%1 USING fts5vocab(main, %1, instance);"
                                "CREATE VIRTUAL TABLE temp.ref_%1 USING fts5vocab(ref, %1, instance);")
                     .arg(index));
        auto owned = [&](const char *schema) {
            return ownerIn(g.owned, schema).replace(QLatin1String("%L"), QString::number(limit));
        };
        const qint64 extra = raw.scalar(QStringLiteral("SELECT count(*) FROM (SELECT term, doc FROM temp.main_%1 "
                                                       "WHERE %2 EXCEPT SELECT term, doc FROM temp.ref_%1)")
                                            .arg(index, owned("main")));
        const qint64 missing = raw.scalar(QStringLiteral("SELECT count(*) FROM (SELECT term, doc FROM temp.ref_%1 "
                                                         "WHERE %2 EXCEPT SELECT term, doc FROM temp.main_%1)")
                                              .arg(index, owned("ref")));
        EXPECT_EQ(extra, 0) << index.toStdString() << ": grams the uninterrupted load does not have";
        EXPECT_EQ(missing, 0) << index.toStdString() << ": grams of the kept records that are missing";
    }
    return rows;
}

// --- CSV ---------------------------------------------------------------------

// Individuals numbered from `first`: unique national codes and mobiles.
QString nationalCodeOf(qint64 serial)
{
    const QString nine = QString::number(300000000 + serial);
    return nine + IranianIds::nationalCodeCheckDigit(nine);
}

QByteArray individualsCsv(qint64 first, qint64 rows, const QString &city)
{
    QByteArray csv = "\xEF\xBB\xBF"
                     "نام;نام خانوادگی;کد ملی;موبایل;شهر\r\n";
    for (qint64 s = first; s < first + rows; ++s)
        csv += QStringLiteral("آزمون%1;کشته‌شده%1;%2;0939%3;%4\r\n")
                   .arg(s)
                   .arg(nationalCodeOf(s))
                   .arg(1000000 + s)
                   .arg(city)
                   .toUtf8();
    return csv;
}

QString writeFile(const CliRunner &cli, const QString &name, const QByteArray &bytes)
{
    const QString path = cli.path(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

// Rows of the file [first, first + rows) in the database, and how many of them have `city`.
std::pair<qint64, qint64> fileRowsIn(const QString &db, qint64 first, qint64 rows, const QString &city)
{
    RawSqlite raw(db);
    const QString range = QStringLiteral("national_id BETWEEN '%1' AND '%2'")
                              .arg(nationalCodeOf(first).left(9) + QLatin1Char('0'),
                                   nationalCodeOf(first + rows - 1).left(9) + QLatin1Char('9'));
    const qint64 present = raw.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE ") + range);
    const qint64 withCity
        = raw.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE city = '%1' AND ").arg(city) + range);
    return { present, withCity };
}

} // namespace

TEST(CrashKill, seed_kills_leave_whole_chunks_and_the_next_open_builds_the_indexes)
{
    const CrashSettings &settings = CrashSettings::get();
    Rng rng(settings.seed, Workload::Seed);
    const int wanted = settings.killsFor(Workload::Seed);
    CliRunner cli;
    ASSERT_TRUE(cli.isValid());
    QElapsedTimer total;
    total.start();

    // The uninterrupted small load: how long it takes, and what a killed load must have kept a prefix of.
    const QString reference = cli.path(QStringLiteral("reference.sqlite"));
    KillableRun full(cli, cliLine(cli, reference, Access::Open, seedArgs(kSmallSeed, 1000)), 600000);
    full.wait();
    ASSERT_TRUE(full.acknowledged()) << full.result().describe();
    qint64 smallMs = full.ranMs();
    const nlohmann::json referenceCheck = expectCheckOk(cli, reference, "reference load");
    ASSERT_TRUE(referenceCheck.is_object());
    ASSERT_EQ(referenceCheck["counts"]["customers"], kSmallSeed);
    const QStringList expectedIndexes = indexNames(reference);
    ASSERT_GT(expectedIndexes.size(), 30);
    // A big load writes about as fast per customer, then builds its indexes (a fifth more).
    qint64 bigMs = smallMs * kBigSeed / kSmallSeed * 12 / 10;

    int kills = 0, rebuildKills = 0, finished = 0, cycles = 0, prefixChecks = 0;
    qint64 customersVerified = 0, rowsCompared = 0;
    QString db;
    qint64 before = 0;
    int files = 0;
    while (kills < wanted && cycles < wanted * 6) {
        ++cycles;
        const bool big = rng.chance(0.4);
        const qint64 customers = big ? kBigSeed : kSmallSeed;
        const qint64 chunk = big ? rng.pick<qint64>({ 2500, 5000, 12500, 0 }) : rng.pick<qint64>({ 500, 1000, 0 });
        const bool fresh = db.isEmpty() || before > 40000 || rng.chance(0.5);
        if (fresh) {
            if (!db.isEmpty())
                removeDatabase(db);
            db = cli.path(QStringLiteral("seed-%1.sqlite").arg(++files));
            before = 0;
        }
        const qint64 killAt = rng.uniform(20, (big ? bigMs : smallMs) * 115 / 100);
        const std::string context = "cycle " + std::to_string(cycles) + ": seed --customers "
            + std::to_string(customers) + " --chunk " + std::to_string(chunk ? chunk : 50000) + " on a "
            + (fresh ? "new" : "seeded") + " file of " + std::to_string(before) + " customers, kill at "
            + std::to_string(killAt) + " ms";
        SCOPED_TRACE(context);
        KillableRun run(cli, cliLine(cli, db, Access::Open, seedArgs(customers, chunk)), killAt);
        run.wait();
        if (run.killed())
            ++kills;
        else {
            EXPECT_TRUE(run.acknowledged()) << run.result().describe();
            ++finished;
            // The machine may be busier or quieter than when timed: aim at the latest run.
            (big ? bigMs : smallMs) = run.ranMs();
        }
        if (!QFileInfo::exists(db)) {
            EXPECT_TRUE(run.killed()) << "a finished seed left no file";
            db.clear();
            continue;
        }
        // The next open builds what the load left out; kill that too now and then.
        if (deferredIndexesPending(db) && rng.chance(0.5)) {
            KillableRun opener(cli, cliLine(cli, db, Access::Open, { QStringLiteral("init") }), rng.uniform(5, 1500));
            opener.wait();
            if (opener.killed()) {
                ++kills;
                ++rebuildKills;
            } else {
                EXPECT_TRUE(opener.acknowledged()) << opener.result().describe();
            }
        }
        const nlohmann::json j = expectCheckOk(cli, db, context);
        if (!j.is_object())
            break;
        const qint64 after = j["counts"]["customers"].get<qint64>();
        const qint64 added = after - before;
        const qint64 perChunk = chunk ? chunk : 50000;
        if (run.acknowledged()) {
            EXPECT_EQ(added, customers) << "a finished seed lost customers";
        }
        EXPECT_TRUE(added == customers || (added >= 0 && added % perChunk == 0))
            << added << " customers kept: not whole chunks of " << perChunk;
        EXPECT_EQ(indexNames(db), expectedIndexes) << "the indexes are not all back";
        EXPECT_FALSE(deferredIndexesPending(db));
        if (fresh && after > 0) {
            rowsCompared += expectPrefixOfReference(db, reference, after, kSmallSeed);
            ++prefixChecks;
        }
        customersVerified += after - before;
        before = after;
        if (::testing::Test::HasFailure())
            break;
    }
    EXPECT_GE(kills, wanted);
    std::cout << "crash-safety seed: " << kills << " kills (" << rebuildKills << " of them while the next open built "
              << "the indexes), " << finished << " loads finished, " << cycles << " cycles, customers kept "
              << customersVerified << ", " << prefixChecks << " files compared with the uninterrupted load ("
              << rowsCompared << " rows), a load of " << kSmallSeed << " customers takes " << smallMs << " ms, of "
              << kBigSeed << " about " << bigMs << " ms, " << seconds(total) << " s" << std::endl;
}

TEST(CrashKill, csv_import_kills_leave_every_row_of_the_file_or_none)
{
    const CrashSettings &settings = CrashSettings::get();
    Rng rng(settings.seed, Workload::CsvImport);
    const int wanted = settings.killsFor(Workload::CsvImport);
    constexpr qint64 kRows = 10000;
    constexpr qint64 kBase = 20;
    CliRunner cli;
    ASSERT_TRUE(cli.isValid());
    QElapsedTimer total;
    total.start();

    struct File
    {
        qint64 first;
        QString city;
    };
    std::vector<File> committed; // in the database
    qint64 next = 0;
    int files = 0;
    QString db;
    auto newDatabase = [&] {
        if (!db.isEmpty())
            removeDatabase(db);
        db = cli.path(QStringLiteral("csv-%1.sqlite").arg(++files));
        // A few demo customers (and the demo users, whom sign-in will need); their
        // national codes and mobiles (0912, 0935…) are not the files' (300…, 0939…).
        const test::CliResult seeded = runLine(cli, cliLine(cli, db, Access::Open, seedArgs(kBase, 0)));
        ASSERT_EQ(seeded.exitCode, 0) << seeded.describe();
        committed.clear();
    };
    ASSERT_NO_FATAL_FAILURE(newDatabase());
    auto importArgs = [](const QString &file, bool update) {
        QStringList args { QStringLiteral("import"),   file,
                           QStringLiteral("--kind"),   QStringLiteral("individual"),
                           QStringLiteral("--output"), QStringLiteral("json") };
        if (update)
            args << QStringLiteral("--on-duplicate") << QStringLiteral("update");
        return args;
    };

    // How long a whole file takes.
    const QString first
        = writeFile(cli, QStringLiteral("timed.csv"), individualsCsv(next, kRows, QStringLiteral("تهران")));
    KillableRun timed(cli, cliLine(cli, db, Access::SignedIn, importArgs(first, false)), 300000);
    timed.wait();
    ASSERT_TRUE(timed.acknowledged()) << timed.result().describe();
    ASSERT_EQ(timed.result().json().value("imported", -1), kRows) << timed.result().describe();
    qint64 fileMs = timed.ranMs();
    committed.push_back({ next, QStringLiteral("تهران") });
    next += kRows;

    int kills = 0, finished = 0, cycles = 0, updateCycles = 0;
    qint64 rowsVerified = 0;
    while (kills < wanted && cycles < wanted * 6) {
        ++cycles;
        if (committed.size() * kRows > 80000) {
            ASSERT_NO_FATAL_FAILURE(newDatabase());
        }
        const bool update = !committed.empty() && rng.chance(0.35);
        File file = update ? committed[size_t(rng.uniform(0, qint64(committed.size()) - 1))]
                           : File { next, QStringLiteral("تهران") };
        if (update) {
            file.city = QStringLiteral("شهر %1").arg(cycles);
            ++updateCycles;
        } else {
            next += kRows;
        }
        const QString path
            = writeFile(cli, QStringLiteral("cycle-%1.csv").arg(cycles), individualsCsv(file.first, kRows, file.city));
        const qint64 killAt = rng.uniform(10, fileMs * 120 / 100);
        const std::string context = "cycle " + std::to_string(cycles) + ": " + (update ? "update of" : "new") + " "
            + std::to_string(kRows) + " rows from " + std::to_string(file.first) + ", kill at " + std::to_string(killAt)
            + " ms";
        SCOPED_TRACE(context);
        const qint64 customersBefore = kBase + qint64(committed.size()) * kRows;
        KillableRun run(cli, cliLine(cli, db, Access::SignedIn, importArgs(path, update)), killAt);
        run.wait();
        if (run.killed())
            ++kills;
        else {
            EXPECT_TRUE(run.acknowledged()) << run.result().describe();
            ++finished;
            fileMs = run.ranMs(); // the machine may be busier or quieter than when timed
        }
        const nlohmann::json j = expectCheckOk(cli, db, context);
        if (!j.is_object())
            break;
        const auto [present, withCity] = fileRowsIn(db, file.first, kRows, file.city);
        const qint64 customers = j["counts"]["customers"].get<qint64>();
        if (update) {
            EXPECT_EQ(present, kRows);
            EXPECT_TRUE(withCity == 0 || withCity == kRows) << withCity << " of " << kRows << " rows updated";
            if (run.acknowledged()) {
                EXPECT_EQ(withCity, kRows) << "a finished import's updates are missing";
            }
            EXPECT_EQ(customers, customersBefore);
            if (withCity == kRows)
                for (File &f : committed)
                    if (f.first == file.first)
                        f.city = file.city;
        } else {
            EXPECT_TRUE(present == 0 || present == kRows) << present << " of " << kRows << " rows imported";
            if (run.acknowledged()) {
                EXPECT_EQ(present, kRows) << "a finished import's rows are missing";
            }
            if (present == kRows)
                committed.push_back(file);
            EXPECT_EQ(customers, kBase + qint64(committed.size()) * kRows) << "customers that no file brought";
        }
        rowsVerified += kRows;
        if (::testing::Test::HasFailure())
            break;
    }
    EXPECT_GE(kills, wanted);
    std::cout << "crash-safety csv import: " << kills << " kills, " << finished << " imports finished, " << cycles
              << " cycles (" << updateCycles << " updating earlier rows), " << rowsVerified
              << " file rows verified all-or-nothing, a file of " << kRows << " rows takes " << fileMs << " ms, "
              << seconds(total) << " s" << std::endl;
}

TEST(CrashKill, json_import_kills_leave_the_whole_export_or_nothing)
{
    const CrashSettings &settings = CrashSettings::get();
    Rng rng(settings.seed, Workload::JsonImport);
    const int wanted = settings.killsFor(Workload::JsonImport);
    CliRunner cli;
    ASSERT_TRUE(cli.isValid());
    QElapsedTimer total;
    total.start();

    // An export of a seeded file, and the file an uninterrupted import makes.
    const QString source = cli.path(QStringLiteral("source.sqlite"));
    ASSERT_EQ(runLine(cli, cliLine(cli, source, Access::Open, seedArgs(800, 0))).exitCode, 0);
    const QString snapshot = cli.path(QStringLiteral("snapshot.json"));
    const test::CliResult exported = runLine(
        cli, cliLine(cli, source, Access::SignedIn, { QStringLiteral("export"), snapshot, QStringLiteral("--quiet") }));
    ASSERT_EQ(exported.exitCode, 0) << exported.describe();
    const nlohmann::json sourceCheck = expectCheckOk(cli, source, "source");
    ASSERT_TRUE(sourceCheck.is_object());
    const nlohmann::json sourceCounts = sourceCheck["counts"];
    // Progress on (not a terminal): a line per tenth, "import: checking …", then "import: writing …".
    const QStringList importArgs { QStringLiteral("import"), snapshot };
    const QString reference = cli.path(QStringLiteral("reference.sqlite"));
    KillableRun timed(cli, cliLine(cli, reference, Access::Open, importArgs), 600000);
    timed.watch(QStringLiteral("import: writing"));
    timed.wait();
    ASSERT_TRUE(timed.acknowledged()) << timed.result().describe();
    qint64 importMs = timed.ranMs();
    // The whole file is read and checked before anything is written: most kills go to the writing.
    ASSERT_GE(timed.seenAtMs(), 0) << timed.result().describe();
    qint64 writingFromMs = timed.seenAtMs();
    const double writingFrom = double(writingFromMs) / double(std::max<qint64>(1, importMs));
    QStringList referenceRows;
    {
        SqliteDataStore store(reference, SqliteDatabase::OpenMode::MigrateExisting);
        referenceRows = testing::everything(store.database());
    }
    auto expectReference = [&](const QString &db, const char *what) {
        SqliteDataStore store(db, SqliteDatabase::OpenMode::MigrateExisting);
        const QStringList rows = testing::everything(store.database());
        EXPECT_TRUE(rows == referenceRows) << what << ": " << testing::firstDifference(rows, referenceRows);
    };

    const char *const sections[]
        = { "customers", "contacts", "households", "deals", "activities", "orders", "service_requests" };
    int kills = 0, finished = 0, cycles = 0, full = 0, empty = 0, reimports = 0;
    QString db;
    while (kills < wanted && cycles < wanted * 6) {
        ++cycles;
        if (!db.isEmpty())
            removeDatabase(db);
        db = cli.path(QStringLiteral("json-%1.sqlite").arg(cycles));
        const bool initFirst = rng.chance(0.5);
        if (initFirst) {
            ASSERT_EQ(runLine(cli, cliLine(cli, db, Access::Open, { QStringLiteral("init") })).exitCode, 0);
        }
        const qint64 killAt = rng.chance(0.75) ? rng.uniform(writingFromMs * 9 / 10, importMs * 11 / 10)
                                               : rng.uniform(10, importMs * 11 / 10);
        const std::string context = "cycle " + std::to_string(cycles) + ": import into a "
            + (initFirst ? "new empty file (init)" : "file that does not exist") + ", kill at " + std::to_string(killAt)
            + " ms";
        SCOPED_TRACE(context);
        KillableRun run(cli, cliLine(cli, db, Access::Open, importArgs), killAt);
        run.wait();
        if (run.killed())
            ++kills;
        else {
            EXPECT_TRUE(run.acknowledged()) << run.result().describe();
            ++finished;
            // The machine may be busier or quieter than when timed: aim at the latest run.
            importMs = run.ranMs();
            writingFromMs = qint64(writingFrom * double(importMs));
        }
        if (!QFileInfo::exists(db)) {
            EXPECT_TRUE(run.killed()) << "a finished import left no file";
            continue;
        }
        const nlohmann::json j = expectCheckOk(cli, db, context);
        if (!j.is_object())
            break;
        bool isEmpty = true, isFull = true;
        for (const char *s : sections) {
            isEmpty = isEmpty && j["counts"][s] == 0;
            isFull = isFull && j["counts"][s] == sourceCounts[s];
        }
        EXPECT_TRUE(isEmpty || isFull) << "part of the export was imported:\n" << j["counts"].dump();
        if (run.acknowledged()) {
            EXPECT_TRUE(isFull) << "a finished import is not all there";
        }
        if (isFull) {
            ++full;
            expectReference(db, "the killed import's file");
        } else if (isEmpty) {
            ++empty;
            // The same import again, to its end, on what the killed one left.
            if (rng.chance(0.5)) {
                const test::CliResult again = runLine(cli, cliLine(cli, db, Access::Open, importArgs));
                EXPECT_EQ(again.exitCode, 0) << again.describe();
                expectCheckOk(cli, db, context + ", imported again");
                expectReference(db, "imported again after the kill");
                ++reimports;
            }
        }
        if (::testing::Test::HasFailure())
            break;
    }
    EXPECT_GE(kills, wanted);
    std::cout << "crash-safety json import: " << kills << " kills, " << finished << " imports finished, " << cycles
              << " cycles: " << full << " files whole and equal to an uninterrupted import, " << empty << " empty ("
              << reimports << " imported again to the end), " << sourceCounts["customers"] << " customers / "
              << sourceCounts["activities"] << " activities per import of " << importMs << " ms (writing from "
              << writingFromMs << " ms), " << seconds(total) << " s" << std::endl;
}

} // namespace peyvand::crash
