// Crash safety of the telephone exchange (issue 7, parts 4 and 6): many
// `activity add` processes at once on one file, some killed with SIGKILL at
// random moments of their short lives (starting, waiting for the lock,
// writing, committing, checkpointing on close), and now and then a CSV import
// holding the write lock beside them (killed too, sometimes). Afterwards:
// `check` passes, every call whose process printed its id and exited 0 is
// there with exactly its fields, a killed call is there whole or not at all,
// nothing else appeared, and no writer gave up with "database is locked".
#include "CrashKill.h"
#include "IranianIds.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QThread>
#include <algorithm>
#include <gtest/gtest.h>
#include <iostream>

namespace peyvand::crash {

namespace {

using test::CliRunner;

constexpr int kParallel = 8; // calls in flight at once
constexpr qint64 kCustomers = 300;
constexpr qint64 kImportRows = 3000;
// The nightly run's first round: an import holding the write lock for longer
// than SQLite's usual 10-second busy timeout (Debug build, two shared cores).
constexpr qint64 kLongImportRows = 120000;

struct Call
{
    qint64 serial = 0;
    qint64 customer = 0;
    QString type;
    qint64 at = 0; // unix seconds
    int duration = 0;
    std::unique_ptr<KillableRun> run;

    QString notes() const { return QStringLiteral("exchange call %1").arg(serial); }
    QStringList args() const
    {
        return { QStringLiteral("activity"),    QStringLiteral("add"),
                 QStringLiteral("--customer"),  QString::number(customer),
                 QStringLiteral("--type"),      type,
                 QStringLiteral("--direction"), QStringLiteral("in"),
                 QStringLiteral("--at"),        QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate),
                 QStringLiteral("--duration"),  QString::number(duration),
                 QStringLiteral("--notes"),     notes() };
    }
    // The row as RawSqlite::rows prints it.
    QString row(qint64 id) const
    {
        return QStringLiteral("%1|%2|%3|in|%4|%5|%6")
            .arg(id)
            .arg(customer)
            .arg(type)
            .arg(at)
            .arg(duration)
            .arg(notes());
    }
};

QString importerCode(qint64 serial)
{
    const QString nine = QString::number(500000000 + serial);
    return nine + IranianIds::nationalCodeCheckDigit(nine);
}

QByteArray importCsv(qint64 first, qint64 rows)
{
    QByteArray csv = "\xEF\xBB\xBF"
                     "نام;نام خانوادگی;کد ملی;موبایل\r\n";
    for (qint64 s = first; s < first + rows; ++s)
        csv += QStringLiteral("تماس%1;گیرنده%1;%2;0939%3\r\n").arg(s).arg(importerCode(s)).arg(1000000 + s).toUtf8();
    return csv;
}

bool gaveUpOnTheLock(const test::CliResult &r)
{
    const QString text = r.err.toLower();
    return text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"));
}

} // namespace

TEST(CrashKill, concurrent_activity_adds_keep_every_acknowledged_call_and_wait_politely)
{
    const CrashSettings &settings = CrashSettings::get();
    Rng rng(settings.seed, Workload::Exchange);
    const int wanted = settings.killsFor(Workload::Exchange);
    const int minCalls = wanted * 6;
    CliRunner cli;
    ASSERT_TRUE(cli.isValid());
    QElapsedTimer total;
    total.start();
    const QString db = cli.path(QStringLiteral("exchange.sqlite"));
    const test::CliResult seeded
        = runLine(cli,
                  cliLine(cli, db, Access::Open,
                          { QStringLiteral("seed"), QStringLiteral("--customers"), QString::number(kCustomers),
                            QStringLiteral("--as-of"), QStringLiteral("1405/09/01"), QStringLiteral("--quiet") }));
    ASSERT_EQ(seeded.exitCode, 0) << seeded.describe();

    const QStringList types { QStringLiteral("call"), QStringLiteral("call"), QStringLiteral("call"),
                              QStringLiteral("sms"),  QStringLiteral("note"), QStringLiteral("meeting") };
    const qint64 firstAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    qint64 serial = 0;
    auto makeCall = [&] {
        Call c;
        c.serial = ++serial;
        c.customer = rng.uniform(1, kCustomers);
        c.type = types[rng.uniform(0, types.size() - 1)];
        c.at = firstAt + c.serial * 37 + rng.uniform(0, 30);
        c.duration = int(rng.uniform(0, 900));
        return c;
    };
    auto start = [&](Call &c, qint64 killAt) {
        c.run = std::make_unique<KillableRun>(cli, cliLine(cli, db, Access::SignedIn, c.args()), killAt);
    };

    // How long a call lives with kParallel others: kills are spread over that.
    std::vector<Call> done;
    {
        std::vector<Call> batch;
        for (int i = 0; i < kParallel; ++i) {
            batch.push_back(makeCall());
            start(batch.back(), 120000);
        }
        for (Call &c : batch) {
            c.run->wait();
            done.push_back(std::move(c));
        }
    }
    std::vector<qint64> lives;
    for (const Call &c : done)
        lives.push_back(c.run->ranMs());
    std::sort(lives.begin(), lives.end());
    const qint64 life = std::max<qint64>(10, lives[lives.size() / 2]);

    int kills = 0, importKills = 0, checksBeside = 0, imports = 0, rounds = 0, lockFailures = 0, otherFailures = 0;
    qint64 longImportMs = 0, maxAcknowledgedMs = 0, importSerial = 0, acknowledged = 0, killedWritten = 0,
           killedNot = 0;

    // Calls in rounds of about 60; between rounds nothing runs and the file is checked.
    while ((kills < wanted || serial < minCalls) && serial < qint64(minCalls) * 4) {
        ++rounds;
        SCOPED_TRACE("round " + std::to_string(rounds));
        std::unique_ptr<KillableRun> importer;
        qint64 importFirst = 0;
        const bool longImport = settings.kills >= 100 && rounds == 1;
        const qint64 importRows = longImport ? kLongImportRows : kImportRows;
        if (longImport || rng.chance(0.4)) {
            // A manager imports a file while the calls come in.
            importFirst = importSerial;
            importSerial += importRows;
            const QString file = cli.path(QStringLiteral("beside-%1.csv").arg(rounds));
            QFile f(file);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(importCsv(importFirst, importRows));
            f.close();
            const qint64 killAt = !longImport && rng.chance(0.5) ? rng.uniform(10, 1500) : 600000;
            importer = std::make_unique<KillableRun>(
                cli,
                cliLine(cli, db, Access::SignedIn,
                        { QStringLiteral("import"), file, QStringLiteral("--kind"), QStringLiteral("individual") }),
                killAt);
            ++imports;
        }
        std::vector<Call> running;
        const qint64 roundEnd = serial + 60;
        bool importerOver = !importer;
        // Now and then `check` reads while the calls write (one snapshot: summaries agree with their rows).
        std::unique_ptr<KillableRun> checker;
        const bool checkBeside = rng.chance(0.5);
        bool checkerOver = true;
        while (serial < roundEnd || !running.empty() || !importerOver || !checkerOver) {
            if (importer && !importerOver)
                importerOver = importer->poll();
            if (checkBeside && !checker && serial >= roundEnd - 30) {
                checker = std::make_unique<KillableRun>(
                    cli,
                    cliLine(cli, db, Access::Open,
                            { QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json") }),
                    300000);
                checkerOver = false;
                ++checksBeside;
            }
            if (checker && !checkerOver)
                checkerOver = checker->poll();
            while (serial < roundEnd && running.size() < size_t(kParallel)) {
                Call c = makeCall();
                // Half the kills anywhere in a call's life, half near its end (writing, committing, closing).
                const qint64 killAt = !rng.chance(0.2) ? 120000
                    : rng.chance(0.5)                  ? rng.uniform(0, life * 2)
                                                       : rng.uniform(life * 3 / 4, life * 3 / 2);
                start(c, killAt);
                running.push_back(std::move(c));
            }
            for (auto it = running.begin(); it != running.end();) {
                if (it->run->poll()) {
                    done.push_back(std::move(*it));
                    it = running.erase(it);
                } else {
                    ++it;
                }
            }
            QThread::msleep(1);
        }
        if (checker) {
            EXPECT_TRUE(checker->acknowledged()) << "check beside the calls: " << checker->result().describe();
            if (!checker->acknowledged() && gaveUpOnTheLock(checker->result()))
                ++lockFailures;
        }
        if (importer) {
            if (importer->killed()) {
                ++importKills;
            } else {
                EXPECT_TRUE(importer->acknowledged()) << importer->result().describe();
                if (!importer->acknowledged() && gaveUpOnTheLock(importer->result()))
                    ++lockFailures;
            }
        }

        // The file after the round.
        const nlohmann::json j = expectCheckOk(cli, db, "after round " + std::to_string(rounds));
        if (!j.is_object())
            break;
        RawSqlite raw(db);
        if (importer) {
            const qint64 present
                = raw.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE national_id "
                                            "BETWEEN '%1' AND '%2'")
                                 .arg(importerCode(importFirst).left(9) + QLatin1Char('0'),
                                      importerCode(importFirst + importRows - 1).left(9) + QLatin1Char('9')));
            EXPECT_TRUE(present == 0 || present == importRows) << present << " rows of the import beside the calls";
            if (importer->acknowledged()) {
                EXPECT_EQ(present, importRows) << "a finished import's rows are missing";
            }
            if (longImport)
                longImportMs = importer->ranMs();
        }
        QHash<QString, QString> stored; // notes → row
        for (const QString &row :
             raw.rows(QStringLiteral("SELECT id, customer_id, type, direction, at, duration, notes FROM activities "
                                     "WHERE notes LIKE 'exchange call %' ORDER BY id"))) {
            const QString notes = row.section(QLatin1Char('|'), 6);
            EXPECT_FALSE(stored.contains(notes)) << "written twice: " << notes.toStdString();
            stored.insert(notes, row);
        }
        acknowledged = killedWritten = killedNot = 0;
        for (const Call &c : done) {
            const KillableRun &r = *c.run;
            const auto found = stored.constFind(c.notes());
            if (r.acknowledged()) {
                ++acknowledged;
                maxAcknowledgedMs = std::max(maxAcknowledgedMs, r.ranMs());
                bool ok = false;
                const qint64 id = r.result().out.trimmed().toLongLong(&ok);
                EXPECT_TRUE(ok && id > 0) << "not an id: " << r.result().describe();
                EXPECT_TRUE(found != stored.constEnd())
                    << "acknowledged call " << c.serial << " (id " << id << ") is not in the file";
                if (found != stored.constEnd()) {
                    EXPECT_EQ(found->toStdString(), c.row(id).toStdString());
                }
            } else if (r.killed()) {
                if (found != stored.constEnd()) {
                    ++killedWritten;
                    EXPECT_EQ(found->toStdString(),
                              c.row(found->section(QLatin1Char('|'), 0, 0).toLongLong()).toStdString())
                        << "a killed call was written in part";
                } else {
                    ++killedNot;
                }
            } else {
                EXPECT_TRUE(false) << "call " << c.serial << " failed: " << r.result().describe();
                EXPECT_EQ(found, stored.constEnd()) << "a refused call was written";
                if (gaveUpOnTheLock(r.result()))
                    ++lockFailures;
                else
                    ++otherFailures;
            }
        }
        EXPECT_EQ(qint64(stored.size()), acknowledged + killedWritten) << "activities that no call wrote";
        kills = importKills + int(killedWritten + killedNot);
        if (::testing::Test::HasFailure())
            break;
    }
    std::cout << "crash-safety exchange: " << kills << " kills (" << killedWritten + killedNot
              << " calls: " << killedWritten << " had committed, " << killedNot << " had not; " << importKills
              << " imports beside the calls, of " << imports << "), " << checksBeside << " checks beside the calls, "
              << serial << " calls in " << rounds << " rounds of up to " << kParallel << " at once, " << acknowledged
              << " acknowledged calls verified, " << lockFailures << " gave up on the lock, " << otherFailures
              << " other failures, a call lives about " << life << " ms (longest acknowledged " << maxAcknowledgedMs
              << " ms; a long import beside them: " << longImportMs << " ms), " << seconds(total) << " s" << std::endl;
    EXPECT_EQ(lockFailures, 0) << "writers must wait for the lock, not fail";
    EXPECT_GE(kills, wanted);
}

} // namespace peyvand::crash
