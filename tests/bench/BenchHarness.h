#pragma once
// A small harness for peyvand-bench: each case measures Peyvand's own code path
// (repository, service, item model — what the screen calls) and the same answer
// computed by plain SQL through the sqlite3 C API, in the same process on the
// same file, and reports both with their ratio and the budget of issue 6.
// Figures only: a timing never fails a run; a wrong answer (ours and raw
// disagree) or an exception does.
#include "Clock.h"
#include "SqliteDataStore.h"
#include "User.h"

#include <functional>
#include <memory>
#include <random>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace peyvand {
class Workspace;
}

namespace peyvand::bench {

// The speed budget a case is held to (issue 6, part 3).
enum class Budget {
    Interactive, // at most 1.5× raw and under 100 ms
    Write, // p99 under 20 ms
    Report, // under 1 s
    Background, // work the screen does not wait for (a worker thread): under 1 s
    Import, // 100,000 CSV rows under 10 s (issue 8)
    None, // figures only
};

struct Context
{
    QString dbPath;
    bool writable = false; // the file may be changed (a copy): write cases run
    bool smoke = false; // one run per side, checking answers only
    bool cold = false; // open cases drop the file from the OS page cache first
    std::unique_ptr<SqliteDataStore> store; // Peyvand's connection
    sqlite3 *raw = nullptr; // a plain connection to the same file, same PRAGMAs
    std::mt19937_64 rng { 1405 };
    SystemClock clock;
    User user; // the first active manager (else an admin, else anyone): who the store and the screens act as

    // The desktop app's Workspace over `store` (created on first use).
    Workspace &workspace();
    // Opens a plain connection to `dbPath` with Peyvand's PRAGMAs (read-only
    // unless `writable`); the caller closes it.
    sqlite3 *openRaw() const;

    // Answer checking: while the harness checks a run, cases note what they
    // return (ids, counts, sums); ours and raw must note the same sequence.
    void note(qint64 value)
    {
        if (m_noting)
            m_noted.push_back(value);
    }
    bool noting() const { return m_noting; }

    // Harness side.
    void startNoting()
    {
        m_noted.clear();
        m_noting = true;
    }
    std::vector<qint64> stopNoting()
    {
        m_noting = false;
        return std::move(m_noted);
    }
    ~Context();

private:
    bool m_noting = false;
    std::vector<qint64> m_noted;
    std::unique_ptr<Workspace> m_workspace;
};

// One measurement: `ours` and `raw` each return the number of rows they
// produced (shown in the table, and compared: both must answer the same).
struct Measure
{
    std::function<qint64()> ours;
    std::function<qint64()> raw;
    int repeat = 15; // timed runs per side, after one checked warm-up run each
    Budget budget = Budget::Interactive;
    std::function<void()> beforeEach = {}; // untimed, before every run of either side
    bool warmUp = true; // false: the checked first run is timed too (cold cases)
    bool writes = false; // changes the file: runs only with --writable
    std::shared_ptr<void> keepAlive = {}; // lives while the case runs (a reader process)
    std::string variant = {}; // appended to the name in the output (how it was run)
};

using CaseFactory = std::function<Measure(Context &)>;

// Registers a case at static-initialisation time; cases run in name order.
struct Registrar
{
    Registrar(const char *name, CaseFactory factory);
};

int run(int argc, char **argv);

// A manager of the seeded file (else an admin, else anyone active): the
// services check permissions, and a manager may do every case's work.
User benchUser(DataStore &store);

} // namespace peyvand::bench

#define PEYVAND_BENCH_CONCAT2(a, b) a##b
#define PEYVAND_BENCH_CONCAT(a, b) PEYVAND_BENCH_CONCAT2(a, b)
// PEYVAND_BENCH("group/name") { return Measure { …, … }; }  (the body sees `Context &ctx`)
#define PEYVAND_BENCH(name)                                                                                            \
    static ::peyvand::bench::Measure PEYVAND_BENCH_CONCAT(benchCase_, __LINE__)(::peyvand::bench::Context & ctx);      \
    static const ::peyvand::bench::Registrar PEYVAND_BENCH_CONCAT(benchReg_, __LINE__)(                                \
        name, PEYVAND_BENCH_CONCAT(benchCase_, __LINE__));                                                             \
    static ::peyvand::bench::Measure PEYVAND_BENCH_CONCAT(benchCase_, __LINE__)(::peyvand::bench::Context & ctx)

// Raw SQL helpers (BenchSql.h) are what every case file uses beside the harness.
#include "BenchSql.h"
