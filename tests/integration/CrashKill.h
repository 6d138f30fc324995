#pragma once
// Support of the crash-safety test (CrashKillTest.cpp, CrashExchangeTest.cpp,
// CrashBackupTest.cpp):
// real peyvand-cli processes killed with SIGKILL (QProcess::kill) at random
// moments, then the file checked.
//
// - CrashSettings: the PRNG seed (PEYVAND_CRASH_SEED, printed so a failure can
//   be replayed) and the number of kills (PEYVAND_CRASH_KILLS: about 20 for CI
//   by default, 100+ for the nightly run), shared out between the workloads.
// - cliLine(): the ONE place that builds peyvand-cli command lines.
// - KillableRun: a process that is killed at a given moment unless it ended.
// - RawSqlite: reads a file with the sqlite3 C API only (no migration, no
//   repair), to see what a killed process left.
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>

struct sqlite3;

namespace peyvand::crash {

enum class Workload { Seed, CsvImport, JsonImport, Exchange, Restore };

struct CrashSettings
{
    quint64 seed = 0;
    int kills = 20;

    // Read once from the environment; prints the seed and the replay command.
    static const CrashSettings &get();
    // This workload's share of the kills (at least 2 each).
    int killsFor(Workload w) const;
};

// Deterministic for a seed and a workload (a test can be replayed alone).
class Rng
{
public:
    Rng(quint64 seed, Workload w);
    qint64 uniform(qint64 lo, qint64 hi); // inclusive
    bool chance(double p);
    template<typename T> const T &pick(const std::vector<T> &v) { return v[size_t(uniform(0, qint64(v.size()) - 1))]; }

private:
    std::mt19937_64 m_engine;
};

// Whether a command reads or changes customer data (sign-in will be needed)
// or stays open to whoever can open the file (seed, init, check).
enum class Access { Open, SignedIn };

struct CliLine
{
    QStringList args;
    QProcessEnvironment env;
};

// The one place where this test builds command lines: `--db DB` + args, in
// the runner's environment. When sign-in lands (issue 7), SignedIn commands
// get `--user NAME` and PEYVAND_PASSWORD here and nowhere else.
CliLine cliLine(const test::CliRunner &cli, const QString &db, Access access, const QStringList &args);

// Runs a line to its end (up to timeoutMs).
test::CliResult runLine(const test::CliRunner &cli, const CliLine &line, int timeoutMs = 300000);

// A started peyvand-cli process that will be killed at killAtMs (from its
// start) unless it finished before; poll() never blocks.
class KillableRun
{
public:
    KillableRun(const test::CliRunner &cli, const CliLine &line, qint64 killAtMs);
    ~KillableRun();
    KillableRun(const KillableRun &) = delete;
    KillableRun &operator=(const KillableRun &) = delete;

    // Kills when due; true once the process is over (exited or killed).
    bool poll();
    // Waits (killing when due) until it is over.
    void wait();

    // Notes when `text` first appears on standard error (a phase's progress line).
    void watch(const QString &text) { m_watch = text; }
    qint64 seenAtMs() const { return m_seenAt; }

    bool started() const { return m_started; }
    bool killed() const { return m_killed; }
    // Exited by itself with code 0: its writes are acknowledged.
    bool acknowledged() const { return m_done && !m_killed && m_result.finished && m_result.exitCode == 0; }
    const test::CliResult &result() const { return m_result; }
    qint64 killAtMs() const { return m_killAt; }
    qint64 ranMs() const { return m_ranMs; }

private:
    void collect();
    void look();

    std::unique_ptr<QProcess> m_process;
    QElapsedTimer m_clock;
    qint64 m_killAt;
    qint64 m_ranMs = 0;
    bool m_started = false;
    bool m_done = false;
    bool m_killed = false;
    test::CliResult m_result;
    QString m_watch;
    QByteArray m_errSoFar;
    qint64 m_seenAt = -1;
};

// A connection through the sqlite3 C API only: no migration, no index
// rebuild, no PRAGMA optimize on close.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    qint64 scalar(const QString &sql); // first column of the first row; -1 on error (a test failure)
    QStringList rows(const QString &sql); // columns joined by '|'
    void exec(const QString &sql); // a test failure on error

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// `check --format json` after a kill: exit 0, "ok", no problem (these cover
// PRAGMA integrity_check and foreign_key_check). Returns the document (null
// after a failure, which is recorded).
nlohmann::json expectCheckOk(const test::CliRunner &cli, const QString &db, const std::string &context);

// The names of every index of the file (SQLite's automatic ones left out).
QStringList indexNames(const QString &db);

// Seconds since `timer` started, for the figures.
double seconds(const QElapsedTimer &timer);

} // namespace peyvand::crash
