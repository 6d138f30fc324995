#pragma once
// A small harness for peyvand-bench: each case measures Peyvand's own code path
// (repository, service, item model — what the screen calls) and the same answer
// computed by plain SQL through the sqlite3 C API, in the same process on the
// same file, and reports both with their ratio. Figures only: nothing fails on
// a timing.
#include "SqliteDataStore.h"

#include <functional>
#include <memory>
#include <random>
#include <sqlite3.h>
#include <string>

namespace peyvand::bench {

struct Context
{
    QString dbPath;
    std::unique_ptr<SqliteDataStore> store; // Peyvand's connection
    sqlite3 *raw = nullptr; // a plain connection to the same file
    std::mt19937_64 rng { 1405 };
};

// One measurement: `ours` and `raw` each return the number of rows they
// produced (shown in the table and a check that both answered the same).
struct Measure
{
    std::function<qint64()> ours;
    std::function<qint64()> raw;
    int repeat = 15; // the median of this many runs after one warm-up run
};

using CaseFactory = std::function<Measure(Context &)>;

// Registers a case at static-initialisation time; cases run in name order.
struct Registrar
{
    Registrar(const char *name, CaseFactory factory);
};

// Plain SQL helper for the raw side: prepares `sql`, lets `bind` bind it,
// steps through every row and returns how many there were.
qint64 rawRows(sqlite3 *db, const char *sql, const std::function<void(sqlite3_stmt *)> &bind = {});

int run(int argc, char **argv);

} // namespace peyvand::bench

#define PEYVAND_BENCH_CONCAT2(a, b) a##b
#define PEYVAND_BENCH_CONCAT(a, b) PEYVAND_BENCH_CONCAT2(a, b)
// PEYVAND_BENCH("group/name") { return Measure { …, … }; }  (the body sees `Context &ctx`)
#define PEYVAND_BENCH(name)                                                                                            \
    static ::peyvand::bench::Measure PEYVAND_BENCH_CONCAT(benchCase_, __LINE__)(::peyvand::bench::Context & ctx);      \
    static const ::peyvand::bench::Registrar PEYVAND_BENCH_CONCAT(benchReg_, __LINE__)(                                \
        name, PEYVAND_BENCH_CONCAT(benchCase_, __LINE__));                                                             \
    static ::peyvand::bench::Measure PEYVAND_BENCH_CONCAT(benchCase_, __LINE__)(::peyvand::bench::Context & ctx)
