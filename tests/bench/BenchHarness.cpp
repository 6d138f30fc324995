#include "BenchHarness.h"

#include <QFileInfo>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

namespace peyvand::bench {

namespace {

std::map<std::string, CaseFactory> &registry()
{
    static std::map<std::string, CaseFactory> cases;
    return cases;
}

// Median wall time in milliseconds of `repeat` runs after one warm-up; the
// row count of the last run.
double medianMs(const std::function<qint64()> &work, int repeat, qint64 &rows)
{
    rows = work();
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        const auto start = std::chrono::steady_clock::now();
        rows = work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void usage()
{
    std::fprintf(stderr,
                 "usage: peyvand-bench --db FILE [--json] [--filter TEXT] [--repeat N] [--list]\n"
                 "  FILE is a seeded database (peyvand-cli --db FILE seed --customers 1000000)\n");
}

} // namespace

Registrar::Registrar(const char *name, CaseFactory factory)
{
    registry().emplace(name, std::move(factory));
}

qint64 rawRows(sqlite3 *db, const char *sql, const std::function<void(sqlite3_stmt *)> &bind)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw SQL failed: %s\n  %s\n", sqlite3_errmsg(db), sql);
        std::exit(2);
    }
    if (bind)
        bind(stmt);
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        ++rows;
    if (rc != SQLITE_DONE)
        std::fprintf(stderr, "raw SQL step failed: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return rows;
}

int run(int argc, char **argv)
{
    QString db;
    std::string filter;
    bool json = false;
    bool list = false;
    int repeat = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--db" && i + 1 < argc)
            db = QString::fromLocal8Bit(argv[++i]);
        else if (a == "--filter" && i + 1 < argc)
            filter = argv[++i];
        else if (a == "--repeat" && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else if (a == "--json")
            json = true;
        else if (a == "--list")
            list = true;
        else {
            usage();
            return 1;
        }
    }
    if (list) {
        for (const auto &[name, factory] : registry())
            std::printf("%s\n", name.c_str());
        return 0;
    }
    if (db.isEmpty() || !QFileInfo::exists(db)) {
        usage();
        return 1;
    }

    Context ctx;
    ctx.dbPath = db;
    ctx.store = std::make_unique<SqliteDataStore>(db);
    if (sqlite3_open_v2(db.toUtf8().constData(), &ctx.raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(db));
        return 1;
    }

    nlohmann::json out = nlohmann::json::array();
    if (!json)
        std::printf("%-48s %10s %10s %7s %10s\n", "operation", "ours ms", "raw ms", "ratio", "rows");
    for (const auto &[name, factory] : registry()) {
        if (!filter.empty() && name.find(filter) == std::string::npos)
            continue;
        Measure m = factory(ctx);
        const int n = repeat > 0 ? repeat : m.repeat;
        qint64 oursRows = 0;
        qint64 rawRowsCount = 0;
        const double ours = medianMs(m.ours, n, oursRows);
        const double raw = medianMs(m.raw, n, rawRowsCount);
        const double ratio = raw > 0 ? ours / raw : 0;
        if (oursRows != rawRowsCount)
            std::fprintf(stderr, "%s: ours gave %lld rows, raw %lld\n", name.c_str(), (long long)oursRows,
                         (long long)rawRowsCount);
        if (json)
            out.push_back(
                { { "name", name }, { "ours_ms", ours }, { "raw_ms", raw }, { "ratio", ratio }, { "rows", oursRows } });
        else {
            std::printf("%-48s %10.3f %10.3f %7.2f %10lld\n", name.c_str(), ours, raw, ratio, (long long)oursRows);
            std::fflush(stdout);
        }
    }
    if (json)
        std::printf("%s\n", out.dump(2).c_str());
    sqlite3_close(ctx.raw);
    return 0;
}

} // namespace peyvand::bench
