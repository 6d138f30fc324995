#include "CrashKill.h"

#include <QRandomGenerator>
#include <QThread>
#include <cmath>
#include <gtest/gtest.h>
#include <iostream>
#include <sqlite3.h>

namespace peyvand::crash {

const CrashSettings &CrashSettings::get()
{
    static const CrashSettings settings = [] {
        CrashSettings s;
        bool ok = false;
        const quint64 given = qEnvironmentVariable("PEYVAND_CRASH_SEED").toULongLong(&ok);
        s.seed = ok ? given : QRandomGenerator::global()->bounded(1u, 1000000000u);
        const int kills = qEnvironmentVariableIntValue("PEYVAND_CRASH_KILLS", &ok);
        if (ok && kills > 0)
            s.kills = kills;
        std::cout << "crash-safety: PEYVAND_CRASH_SEED=" << s.seed << " PEYVAND_CRASH_KILLS=" << s.kills
                  << " (replay: PEYVAND_CRASH_SEED=" << s.seed << " PEYVAND_CRASH_KILLS=" << s.kills
                  << " build/tests/peyvand_integration_tests --gtest_filter='CrashKill.*')" << std::endl;
        return s;
    }();
    return settings;
}

int CrashSettings::killsFor(Workload w) const
{
    // Seeding and the exchange's many small writers get the larger shares.
    double share = 0.25;
    switch (w) {
    case Workload::Seed:
        share = 0.25;
        break;
    case Workload::CsvImport:
    case Workload::JsonImport:
    case Workload::Restore:
        share = 0.15;
        break;
    case Workload::Exchange:
        share = 0.30;
        break;
    }
    return std::max(2, int(std::lround(kills * share)));
}

Rng::Rng(quint64 seed, Workload w)
    : m_engine(seed * 0x9E3779B97F4A7C15ull + quint64(w) + 1)
{
}

qint64 Rng::uniform(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    // Modulo, not std::uniform_int_distribution: the same numbers with every standard library.
    return lo + qint64(m_engine() % quint64(hi - lo + 1));
}

bool Rng::chance(double p)
{
    return double(m_engine() >> 11) * (1.0 / 9007199254740992.0) < p;
}

CliLine cliLine(const test::CliRunner &cli, const QString &db, Access access, const QStringList &args)
{
    CliLine line { QStringList { QStringLiteral("--db"), db } + args, cli.environment() };
    if (access == Access::SignedIn) {
        // The demo administrator that seed creates (docs/cli.md), which
        // initWithAdmin() also makes on an empty file.
        line.args = QStringList { QStringLiteral("--user"), QStringLiteral("admin") } + line.args;
        line.env.insert(QStringLiteral("PEYVAND_PASSWORD"), QString::fromLatin1(test::CliRunner::kDemoPassword));
    }
    return line;
}

test::CliResult runLine(const test::CliRunner &cli, const CliLine &line, int timeoutMs)
{
    KillableRun run(cli, line, timeoutMs);
    run.wait();
    test::CliResult r = run.result();
    if (run.killed())
        r.err += QStringLiteral("\n(killed after %1 ms: did not finish in time)").arg(timeoutMs);
    return r;
}

KillableRun::KillableRun(const test::CliRunner &cli, const CliLine &line, qint64 killAtMs)
    : m_process(std::make_unique<QProcess>())
    , m_killAt(killAtMs)
{
    cli.prepare(*m_process, line.args);
    m_process->setProcessEnvironment(line.env);
    m_clock.start();
    m_process->start();
    m_started = m_process->waitForStarted(30000);
    if (!m_started) {
        m_done = true;
        m_result.err = QStringLiteral("could not start: ") + m_process->errorString();
    }
}

KillableRun::~KillableRun()
{
    if (!m_done) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

bool KillableRun::poll()
{
    if (m_done)
        return true;
    if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(0)) {
        look();
        if (m_clock.elapsed() < m_killAt)
            return false;
        // QProcess::kill() is SIGKILL on Unix: no handler, no flush, no cleanup.
        m_process->kill();
        m_killed = true;
        m_process->waitForFinished(10000);
    }
    collect();
    return true;
}

void KillableRun::look()
{
    if (m_watch.isEmpty() || m_seenAt >= 0)
        return;
    m_errSoFar += m_process->readAllStandardError();
    if (QString::fromUtf8(m_errSoFar).contains(m_watch))
        m_seenAt = m_clock.elapsed();
}

void KillableRun::wait()
{
    while (!m_done && !m_watch.isEmpty()) {
        if (poll())
            break;
        QThread::msleep(2);
    }
    while (!m_done) {
        const qint64 left = m_killAt - m_clock.elapsed();
        if (left > 0 && m_process->waitForFinished(int(std::min<qint64>(left, 1000))))
            continue; // poll() collects below
        if (poll())
            break;
    }
    poll();
}

void KillableRun::collect()
{
    m_done = true;
    m_ranMs = m_clock.elapsed();
    // A process that ended by itself just before the kill is not a kill.
    if (m_killed && m_process->exitStatus() == QProcess::NormalExit)
        m_killed = false;
    m_result.finished = m_process->exitStatus() == QProcess::NormalExit;
    m_result.exitCode = m_result.finished ? m_process->exitCode() : -1;
    m_result.out = QString::fromUtf8(m_process->readAllStandardOutput());
    look();
    m_result.err = QString::fromUtf8(m_errSoFar + m_process->readAllStandardError());
}

RawSqlite::RawSqlite(const QString &path)
    : m_path(path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << path.toStdString() << ": cannot open: " << (m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 10000);
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

QStringList RawSqlite::rows(const QString &sql)
{
    QStringList out;
    if (!m_db)
        return out;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << m_path.toStdString() << ": " << sqlite3_errmsg(m_db) << "\n" << sql.toStdString();
        return out;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList cells;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            cells << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        out << cells.join(QLatin1Char('|'));
    }
    if (rc != SQLITE_DONE)
        ADD_FAILURE() << m_path.toStdString() << ": " << sqlite3_errmsg(m_db) << "\n" << sql.toStdString();
    sqlite3_finalize(stmt);
    return out;
}

qint64 RawSqlite::scalar(const QString &sql)
{
    const QStringList r = rows(sql);
    if (r.isEmpty()) {
        ADD_FAILURE() << "no row: " << sql.toStdString();
        return -1;
    }
    return r.front().section(QLatin1Char('|'), 0, 0).toLongLong();
}

void RawSqlite::exec(const QString &sql)
{
    if (!m_db)
        return;
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK)
        ADD_FAILURE() << m_path.toStdString() << ": " << (error ? error : "?") << "\n" << sql.toStdString();
    sqlite3_free(error);
}

nlohmann::json expectCheckOk(const test::CliRunner &cli, const QString &db, const std::string &context)
{
    const test::CliResult r
        = runLine(cli,
                  cliLine(cli, db, Access::Open,
                          { QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json") }));
    EXPECT_EQ(r.exitCode, 0) << context << "\n" << r.describe();
    if (r.exitCode != 0 && r.out.trimmed().isEmpty())
        return nullptr;
    nlohmann::json j = r.json();
    if (!j.is_object()) {
        ADD_FAILURE() << context << ": check printed no JSON object\n" << r.describe();
        return nullptr;
    }
    EXPECT_EQ(j.value("ok", false), true) << context << "\n" << j.dump(2);
    EXPECT_TRUE(j.value("problems", nlohmann::json::array()).empty()) << context << "\n" << j.dump(2);
    return j;
}

QStringList indexNames(const QString &db)
{
    RawSqlite raw(db);
    return raw.rows(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.elapsed()) / 1000.0;
}

} // namespace peyvand::crash
