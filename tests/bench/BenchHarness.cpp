#include "BenchHarness.h"

#include "BenchOutput.h"
#include "ReaderProcess.h"
#include "Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>

namespace peyvand::bench {

namespace {

std::map<std::string, CaseFactory> &registry()
{
    static std::map<std::string, CaseFactory> cases;
    return cases;
}

struct Options
{
    QString db;
    std::string filter;
    OutputFormat format = OutputFormat::Table;
    bool list = false;
    bool smoke = false;
    bool writable = false;
    bool cold = false;
    bool readerLoop = false;
    bool writeCopy = false;
    int repeat = 0;
};

void usage()
{
    std::fprintf(stderr,
                 "usage: peyvand-bench --db FILE [--json|--markdown] [--filter TEXT] [--repeat N]\n"
                 "                     [--writable|--write-copy] [--cold] [--smoke] [--list]\n"
                 "  FILE      a seeded database (peyvand-cli --db FILE seed --customers 1000000); opened\n"
                 "            read-only unless --writable\n"
                 "  --writable  FILE is a copy the bench may change: the write cases run on it (they add rows)\n"
                 "  --write-copy  the write cases run on a temporary copy of FILE (sqlite3 backup), deleted after\n"
                 "  --cold      open cases first drop FILE from the OS page cache (posix_fadvise)\n"
                 "  --smoke     one run per side, checking only that ours and raw give the same answer\n"
                 "  --repeat N  timed runs per side instead of each case's own count\n"
                 "  peyvand-bench --db FILE --reader-loop   reads FILE in a loop until SIGTERM\n"
                 "                                          (the write cases start it themselves)\n");
}

bool parse(int argc, char **argv, Options &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--db" && i + 1 < argc)
            o.db = QString::fromLocal8Bit(argv[++i]);
        else if (a == "--filter" && i + 1 < argc)
            o.filter = argv[++i];
        else if (a == "--repeat" && i + 1 < argc)
            o.repeat = std::max(1, std::atoi(argv[++i]));
        else if (a == "--json")
            o.format = OutputFormat::Json;
        else if (a == "--markdown")
            o.format = OutputFormat::Markdown;
        else if (a == "--list")
            o.list = true;
        else if (a == "--smoke")
            o.smoke = true;
        else if (a == "--writable")
            o.writable = true;
        else if (a == "--cold")
            o.cold = true;
        else if (a == "--write-copy")
            o.writeCopy = true;
        else if (a == "--reader-loop")
            o.readerLoop = true;
        else
            return false;
    }
    return true;
}

constexpr int kMinRuns = 3;
constexpr int kCaseSeconds = 120;

double percentile(std::vector<double> times, double p)
{
    if (times.empty())
        return 0;
    std::sort(times.begin(), times.end());
    const auto rank = size_t(std::max(0.0, std::ceil(p * double(times.size())) - 1));
    return times[std::min(rank, times.size() - 1)];
}

std::string firstDifference(const std::vector<qint64> &ours, const std::vector<qint64> &raw)
{
    size_t i = 0;
    while (i < ours.size() && i < raw.size() && ours[i] == raw[i])
        ++i;
    const auto at = [i](const std::vector<qint64> &v) { return i < v.size() ? std::to_string(v[i]) : "nothing"; };
    return "value " + std::to_string(i + 1) + " of " + std::to_string(ours.size()) + "/" + std::to_string(raw.size())
        + " noted: ours " + at(ours) + ", raw " + at(raw);
}

double timed(const std::function<qint64()> &work, qint64 &rows)
{
    const auto start = std::chrono::steady_clock::now();
    rows = work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Runs one case: a checked run of each side (answers compared), then
// `repeat` timed runs of each, interleaved so both see the same noise.
Result measure(Context &ctx, const std::string &name, Measure &m, int repeat)
{
    Result r;
    r.name = name;
    r.budget = m.budget;
    const auto side = [&](const std::function<qint64()> &work, qint64 &rows, std::vector<qint64> &noted) {
        if (m.beforeEach)
            m.beforeEach();
        ctx.startNoting();
        const double ms = timed(work, rows);
        noted = ctx.stopNoting();
        return ms;
    };
    std::vector<qint64> oursNoted, rawNoted;
    qint64 rawRowCount = 0;
    const double firstOurs = side(m.ours, r.rows, oursNoted);
    const double firstRaw = side(m.raw, rawRowCount, rawNoted);
    if (r.rows != rawRowCount)
        r.problem = "ours gave " + std::to_string(r.rows) + " rows, raw " + std::to_string(rawRowCount);
    else if (oursNoted != rawNoted)
        r.problem = "same row count but different rows or figures: " + firstDifference(oursNoted, rawNoted);
    std::vector<double> ours, raw;
    if (!m.warmUp || ctx.smoke) {
        ours.push_back(firstOurs);
        raw.push_back(firstRaw);
    }
    if (!ctx.smoke) {
        qint64 rows = 0;
        const auto run = [&](const std::function<qint64()> &work, std::vector<double> &times) {
            if (m.beforeEach)
                m.beforeEach();
            times.push_back(timed(work, rows));
        };
        // ABBA: the side that goes second may find the file's pages warmed by
        // the first (the same customer, the same jump), so the order alternates.
        // A case whose runs are long (a minute-long raw report) stops after
        // kMinRuns once it has taken kCaseSeconds.
        const auto started = std::chrono::steady_clock::now();
        for (int i = 0; i < repeat; ++i) {
            if (i >= kMinRuns && std::chrono::steady_clock::now() - started > std::chrono::seconds(kCaseSeconds))
                break;
            if (i % 2 == 0) {
                run(m.ours, ours);
                run(m.raw, raw);
            } else {
                run(m.raw, raw);
                run(m.ours, ours);
            }
        }
    }
    r.runs = int(ours.size());
    r.oursP50 = percentile(ours, 0.5);
    r.rawP50 = percentile(raw, 0.5);
    r.oursP99 = percentile(ours, 0.99);
    r.rawP99 = percentile(raw, 0.99);
    return r;
}

} // namespace

User benchUser(DataStore &store)
{
    const QList<User> users = store.users().all();
    for (UserRole role : { UserRole::Manager, UserRole::Admin })
        for (const User &u : users)
            if (u.active && u.role == role)
                return u;
    for (const User &u : users)
        if (u.active)
            return u;
    return {};
}

Registrar::Registrar(const char *name, CaseFactory factory)
{
    registry().emplace(name, std::move(factory));
}

Workspace &Context::workspace()
{
    if (!m_workspace)
        m_workspace = std::make_unique<Workspace>(*store, clock, user);
    return *m_workspace;
}

sqlite3 *Context::openRaw() const
{
    sqlite3 *db = nullptr;
    const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dbPath), sqlite3_errmsg(db));
        std::exit(1);
    }
    // The settings Peyvand's connection uses (SqliteDatabase::configure), so the
    // ratio shows what our code adds, not a different cache or durability.
    sqlite3_busy_timeout(db, 10000);
    rawExec(db,
            "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;"
            "PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 268435456; PRAGMA wal_autocheckpoint = 4000;");
    return db;
}

Context::~Context()
{
    m_workspace.reset();
    closeRaw(raw);
}

namespace {

// Opens Peyvand's and the plain connection on `path` for the cases.
void openContext(Context &ctx, const QString &path, const Options &o, bool writable)
{
    ctx.dbPath = path;
    ctx.writable = writable;
    ctx.smoke = o.smoke;
    ctx.cold = o.cold;
    ctx.store = std::make_unique<SqliteDataStore>(
        path, writable ? SqliteDatabase::OpenMode::MigrateExisting : SqliteDatabase::OpenMode::ReadOnly);
    ctx.raw = ctx.openRaw();
    ctx.user = benchUser(*ctx.store);
    ctx.store->setActor(ctx.user);
}

// Runs the cases named (in order); a writing case on a read-only context is
// skipped or, with --write-copy, left in `deferred` for the copy.
int runCases(Context &ctx, const std::vector<std::string> &names, const Options &o, Output &out,
             std::vector<std::string> *deferred, const char *suffix = "")
{
    int failures = 0;
    for (const std::string &name : names) {
        try {
            Measure m = registry().at(name)(ctx);
            if (m.writes && !ctx.writable) {
                if (deferred)
                    deferred->push_back(name);
                else
                    out.skipped(name, "changes the file: run on a copy (--write-copy or --writable)");
                continue;
            }
            Result r = measure(ctx, name, m, o.repeat > 0 ? o.repeat : m.repeat);
            r.name += m.variant + suffix;
            if (!r.problem.empty())
                ++failures;
            out.add(r);
        } catch (const std::exception &e) {
            ++failures;
            out.failed(name, e.what());
        }
    }
    return failures;
}

} // namespace

int run(int argc, char **argv)
{
    Options o;
    if (!parse(argc, argv, o)) {
        usage();
        return 1;
    }
    if (o.list) {
        for (const auto &[name, factory] : registry())
            std::printf("%s\n", name.c_str());
        return 0;
    }
    if (o.db.isEmpty() || !QFileInfo::exists(o.db)) {
        usage();
        return 1;
    }
    if (o.readerLoop)
        return readerLoop(o.db);

    // The list and page cases use the desktop app's item models.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    std::vector<std::string> names;
    for (const auto &[name, factory] : registry())
        if (o.filter.empty() || name.find(o.filter) != std::string::npos)
            names.push_back(name);

    Output out(o.format, o.smoke);
    out.begin(o.db, o.writable, o.cold);
    std::vector<std::string> deferred;
    int failures = 0;
    {
        Context ctx;
        openContext(ctx, o.db, o, o.writable);
        failures += runCases(ctx, names, o, out, o.writeCopy ? &deferred : nullptr);
    }
    if (!deferred.empty()) {
        // The writing cases on a consistent copy (sqlite3 backup), deleted afterwards.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("bench-write-copy.sqlite"));
        if (!dir.isValid() || !copyDatabase(o.db, copy)) {
            std::fprintf(stderr, "cannot copy %s for the write cases\n", qPrintable(o.db));
            return 1;
        }
        Context ctx;
        openContext(ctx, copy, o, true);
        failures += runCases(ctx, deferred, o, out, nullptr, ", on a copy");
    }
    out.end();
    return failures == 0 ? 0 : 3;
}

} // namespace peyvand::bench
