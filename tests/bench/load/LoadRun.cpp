#include "LoadRun.h"

#include "LoadPlan.h"
#include "LoadRecord.h"
#include "LoadReport.h"
#include "LoadSetup.h"
#include "LoadVerifier.h"
#include "PgConnection.h"
#include "PgDataStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

namespace peyvand::load {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void sleepUntilNs(qint64 ns)
{
    const qint64 wait = ns - nowNs();
    if (wait > 0)
        std::this_thread::sleep_for(std::chrono::nanoseconds(wait));
}

bool script(const LoadOptions &o, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(o.serverScript, args);
    const bool ok = p.waitForFinished(180000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromUtf8(p.readAll()).trimmed();
    return ok;
}

// --break-one-write: what a lost write would leave, so the checks must fail.
void breakOneWrite(PgConnection &c, const QList<LoadRecord> &records)
{
    bool activity = false, deal = false;
    for (const LoadRecord &r : records)
        for (const Write &w : r.acknowledged) {
            if (w.op == Op::Log && !activity) {
                c.exec(QStringLiteral("DELETE FROM activities WHERE id = %1").arg(w.id));
                activity = true;
            } else if (w.op == Op::Move && !deal) {
                c.exec(QStringLiteral("UPDATE deals SET version = version - 1 WHERE id = %1").arg(w.id));
                deal = true;
            }
        }
}

void say(const QString &text)
{
    std::fprintf(stderr, "peyvand-load: %s\n", qPrintable(text));
}

} // namespace

int LoadRun::run(const LoadOptions &given, const QString &program, const QStringList &arguments)
{
    LoadOptions o = given;
    QString out;
    if (o.url.isEmpty() && !o.serverDir.isEmpty()) {
        if (!script(o, { QStringLiteral("url"), o.serverDir }, &out)) {
            say(QStringLiteral("no server in %1: %2").arg(o.serverDir, out));
            return 2;
        }
        o.url = out;
    }
    if (o.url.isEmpty()) {
        say(QStringLiteral("no server: give --url, --server-dir or PEYVAND_TEST_PG_URL\n") + LoadOptions::usage());
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        say(QStringLiteral("cannot make a temporary directory"));
        return 2;
    }
    const PgUrl server = PgUrl::parse(o.url);
    const QString database = QStringLiteral("peyvand_load_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->bounded(1000000));
    const PgUrl url = server.withDatabase(database);
    {
        PgConnection admin(server);
        admin.exec(QStringLiteral("CREATE DATABASE %1").arg(database));
    }
    struct Dropper
    {
        PgUrl server;
        QString database;
        bool keep;
        ~Dropper()
        {
            if (keep) {
                say(QStringLiteral("kept the database %1").arg(database));
                return;
            }
            try {
                PgConnection admin(server);
                admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
            } catch (const std::exception &e) {
                say(QStringLiteral("could not drop %1: %2").arg(database, QString::fromUtf8(e.what())));
            }
        }
    } dropper { server, database, o.keepDatabase };

    LoadPlan plan;
    LoadBaseline baseline;
    {
        const auto began = nowNs();
        PgDataStore store(url, StoreOpenMode::CreateAndMigrate);
        plan = LoadSetup::create(store, o);
        baseline = LoadVerifier::baseline(store.connection());
        say(QStringLiteral("set up %1 in %2 s").arg(url.redacted()).arg(double(nowNs() - began) / 1e9, 0, 'f', 1));
    }
    const QString planFile = dir.filePath(QStringLiteral("plan.json"));
    if (!plan.write(planFile)) {
        say(QStringLiteral("cannot write %1").arg(planFile));
        return 2;
    }

    // Every worker connects first, then all start together.
    const int workers = int(plan.workers.size());
    LoadRunInfo info;
    info.command = QStringLiteral("peyvand-load ") + arguments.join(QLatin1Char(' '));
    info.workers = workers;
    info.reps = o.reps;
    info.managers = o.managers;
    info.desk = o.desk;
    info.startNs = nowNs() + qint64(3 + workers / 10) * 1000000000LL;
    info.endNs = info.startNs + qint64(o.seconds * 1e9);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PEYVAND_LOAD_URL"), url.toString());
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < workers; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(dir.filePath(QStringLiteral("w%1.log").arg(i)));
        QStringList args { QStringLiteral("--worker"),   QString::number(i),
                           QStringLiteral("--plan"),     planFile,
                           QStringLiteral("--out"),      dir.filePath(QStringLiteral("w%1.tsv").arg(i)),
                           QStringLiteral("--start-ns"), QString::number(info.startNs),
                           QStringLiteral("--end-ns"),   QString::number(info.endNs),
                           QStringLiteral("--think-ms"), QStringLiteral("%1-%2").arg(o.thinkMinMs).arg(o.thinkMaxMs) };
        p->start(program, args);
        processes.push_back(std::move(p));
    }
    say(QStringLiteral("%1 workers started; running %2 s").arg(workers).arg(o.seconds));

    if (o.restartAt >= 0) {
        sleepUntilNs(info.startNs + qint64(o.restartAt * 1e9));
        info.restarted = true;
        info.restart.stopBeginNs = nowNs();
        if (!script(o, { QStringLiteral("pause"), o.serverDir }, &out))
            say(QStringLiteral("stopping the server failed: %1").arg(out));
        info.restart.stoppedNs = nowNs();
        std::this_thread::sleep_for(std::chrono::seconds(o.downSeconds));
        if (!script(o, { QStringLiteral("resume"), o.serverDir }, &out))
            say(QStringLiteral("starting the server again failed: %1").arg(out));
        info.restart.upNs = nowNs();
        say(QStringLiteral("server restarted: down %1 s")
                .arg(double(info.restart.upNs - info.restart.stopBeginNs) / 1e9, 0, 'f', 2));
    }

    QList<LoadRecord> records;
    for (int i = 0; i < workers; ++i) {
        QProcess &p = *processes[i];
        const qint64 left = std::max<qint64>(0, (info.endNs - nowNs()) / 1000000) + 120000;
        if (!p.waitForFinished(int(left))) {
            p.kill();
            p.waitForFinished(5000);
            info.workerProblems.append(QStringLiteral("worker %1 did not finish in time (killed)").arg(i));
        } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            QFile log(dir.filePath(QStringLiteral("w%1.log").arg(i)));
            log.open(QIODevice::ReadOnly);
            info.workerProblems.append(QStringLiteral("worker %1 exited with %2: %3")
                                           .arg(i)
                                           .arg(p.exitCode())
                                           .arg(QString::fromUtf8(log.readAll().right(500)).trimmed()));
        }
        LoadRecord r;
        QString error;
        if (LoadRecord::read(dir.filePath(QStringLiteral("w%1.tsv").arg(i)), &r, &error))
            records.append(r);
        else if (info.workerProblems.isEmpty()
                 || !info.workerProblems.last().startsWith(QStringLiteral("worker %1 ").arg(i)))
            info.workerProblems.append(error);
    }
    info.workerFailures = int(info.workerProblems.size());

    LoadVerdict verdict;
    {
        PgConnection check(url);
        if (o.breakOneWrite)
            breakOneWrite(check, records);
        verdict = LoadVerifier::verify(check, baseline, records);
    }
    LoadReport report(info, records, verdict);
    std::fputs(qPrintable(report.text()), stdout);
    if (!o.jsonFile.isEmpty()) {
        QFile f(o.jsonFile);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(report.json()).toJson());
    }
    if (!o.markdownFile.isEmpty()) {
        QFile f(o.markdownFile);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(report.markdown().toUtf8());
    }
    const bool unexpectedUnavailable = !info.restarted && report.unavailable() > 0;
    const bool failed = !verdict.failures.isEmpty() || report.unexpectedErrors() > 0 || info.workerFailures > 0
        || unexpectedUnavailable;
    if (unexpectedUnavailable)
        std::fprintf(stdout, "FAILED: %lld calls found the server unavailable without a restart\n",
                     static_cast<long long>(report.unavailable()));
    std::fprintf(stdout, "%s\n",
                 failed ? "load: FAILED" : "load: ok (no acknowledged write lost, no unexpected error)");
    return failed ? 1 : 0;
}

} // namespace peyvand::load
