// peyvand-app-exercise: opens a database READ-ONLY, builds the real MainWindow
// and drives both customer lists (scroll end to end page by page, random jumps,
// sorts, searches typed letter by letter) while a 10 ms heartbeat records the
// longest time the UI thread did not answer. Prints each phase's step times and
// the memory after each phase. Run by tests/bench/app/measure-app.sh; a bench,
// not a test: it never fails on a timing.
#include "CustomerListModel.h"
#include "CustomerListView.h"
#include "DesktopMemory.h"
#include "Display.h"
#include "FirstPaintProbe.h"
#include "LanguageSetup.h"
#include "ListExercise.h"
#include "MainWindow.h"
#include "SafeApplication.h"
#include "SqliteDataStore.h"
#include "StallMeter.h"
#include "Trace.h"
#include "UiSettings.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <cstdio>
#include <memory>
#include <spdlog/spdlog.h>

using namespace peyvand;
using namespace peyvand::bench;

namespace {

struct Memory
{
    qint64 rss = 0, hwm = 0, anon = 0, file = 0; // KiB

    static Memory now()
    {
        return { Trace::statusKiB("VmRSS"), Trace::statusKiB("VmHWM"), Trace::statusKiB("RssAnon"),
                 Trace::statusKiB("RssFile") };
    }
};

struct Row
{
    StepStats stats;
    Memory memory;
};

void print(const char *format, auto... args)
{
    std::printf(format, args...);
    std::fflush(stdout);
}

// The signed-in user without writing anything: the first active sales rep,
// else anyone active, else nobody.
User someone(DataStore &store)
{
    const QList<User> users = store.users().all();
    for (const User &u : users)
        if (u.active && u.role == UserRole::SalesRep)
            return u;
    for (const User &u : users)
        if (u.active)
            return u;
    return {};
}

void waitForPaint(FirstPaintProbe &probe)
{
    QElapsedTimer clock;
    clock.start();
    while (!probe.hasPainted() && clock.elapsed() < 30000)
        ListExercise::settle(5);
}

} // namespace

int main(int argc, char **argv)
{
    SafeApplication app(argc, argv);
    // Own settings file: the exercise never changes the real app's settings.
    QApplication::setOrganizationName(QStringLiteral("Peyvand"));
    QApplication::setApplicationName(QStringLiteral("peyvand-app-exercise"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Drives Peyvand's customer lists and measures UI stalls."));
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file (opened read-only)."),
                                QStringLiteral("PATH"));
    QCommandLineOption pagesOption(QStringLiteral("max-page-steps"),
                                   QStringLiteral("Stop scrolling each list after N page steps (default: the end)."),
                                   QStringLiteral("N"), QStringLiteral("-1"));
    QCommandLineOption jumpsOption(QStringLiteral("jumps"), QStringLiteral("Random jumps per list (default 40)."),
                                   QStringLiteral("N"), QStringLiteral("40"));
    QCommandLineOption listsOption(QStringLiteral("lists"),
                                   QStringLiteral("Which lists: legal,individual (default both)."),
                                   QStringLiteral("KEYS"), QStringLiteral("legal,individual"));
    QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("fa (default) or en."),
                                      QStringLiteral("LANG"), QStringLiteral("fa"));
    QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object at the end."));
    QCommandLineOption cacheOption(QStringLiteral("sqlite-cache-kib"),
                                   QStringLiteral("Override the desktop app's SQLite page cache per connection."),
                                   QStringLiteral("KIB"));
    QCommandLineOption syncOption(QStringLiteral("sync-limit"),
                                  QStringLiteral("Load lists in the background past N customers (default: the app's)."),
                                  QStringLiteral("N"));
    QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                   QStringLiteral("A few steps of each kind, for a quick check that it still runs."));
    QCommandLineOption mmapOption(QStringLiteral("sqlite-mmap"),
                                  QStringLiteral("Override the desktop app's SQLite mmap_size (bytes)."),
                                  QStringLiteral("BYTES"));
    for (const auto &option : { dbOption, pagesOption, jumpsOption, listsOption, languageOption, jsonOption,
                                cacheOption, mmapOption, syncOption, smokeOption })
        parser.addOption(option);
    parser.process(app);
    spdlog::set_level(spdlog::level::err); // the figures only (e.g. no note that translations are not embedded)
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "peyvand-app-exercise: --db PATH is required\n");
        return 2;
    }

    const auto language = parser.value(languageOption) == QLatin1String("en") ? UiSettings::Language::English
                                                                              : UiSettings::Language::Persian;
    LanguageSetup::apply(language);
    LanguageSetup::applyPersianFont();
    Display::setMoneyUnit(UiSettings::MoneyUnit::Rial);

    // The same SQLite memory budget as the app, unless comparing another.
    SqliteDatabase::MemoryLimits limits = DesktopMemory::limits;
    if (parser.isSet(cacheOption))
        limits.cacheKiB = parser.value(cacheOption).toLongLong();
    if (parser.isSet(mmapOption))
        limits.mmapBytes = parser.value(mmapOption).toLongLong();
    SqliteDatabase::setMemoryLimits(limits);
    print("SQLite per connection: cache %lld KiB, mmap %lld bytes\n", limits.cacheKiB, limits.mmapBytes);

    QElapsedTimer total;
    total.start();
    std::unique_ptr<SqliteDataStore> store;
    try {
        store = std::make_unique<SqliteDataStore>(parser.value(dbOption), SqliteDatabase::OpenMode::ReadOnly);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "peyvand-app-exercise: %s\n", e.what());
        return 1;
    }
    SystemClock clock;
    Workspace workspace(*store, clock, someone(*store));
    StallMeter meter;
    meter.setPhase(QStringLiteral("start"));

    const QStringList keys = parser.value(listsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    MainWindow window(workspace, nullptr, keys.value(0));
    window.resize(1200, 760);
    QList<Row> rows;

    for (const QString &key : keys) {
        auto *list = qobject_cast<CustomerListView *>(window.view(key));
        if (!list) {
            std::fprintf(stderr, "peyvand-app-exercise: no list %s\n", qPrintable(key));
            return 2;
        }
        meter.setPhase(QStringLiteral("show ") + key);
        auto *probe = new FirstPaintProbe(list->table(), QStringLiteral("first page painted ") + key);
        QElapsedTimer showClock;
        showClock.start();
        window.showView(key);
        if (!window.isVisible())
            window.show();
        if (parser.isSet(syncOption))
            list->model()->setSyncLimit(parser.value(syncOption).toLongLong());
        waitForPaint(*probe);
        StepStats shown;
        shown.phase = QStringLiteral("show ") + key;
        shown.add(double(showClock.nsecsElapsed()) / 1e6);
        rows << Row { shown, Memory::now() };
        print("%-18s first rows painted after %.1f ms (large list: %s)\n", qPrintable(key), shown.ms.value(0),
              list->model()->isLarge() ? "yes, loaded in the background" : "no, read on the spot");

        ListExercise::Options options;
        options.maxPageSteps = parser.value(pagesOption).toInt();
        options.jumps = parser.value(jumpsOption).toInt();
        options.searches = key == QLatin1String("legal")
            ? QStringList { QStringLiteral("شرکت پارس"), QStringLiteral("كيميا"), QStringLiteral("۰۲۱۸"),
                            QStringLiteral("1040") }
            : QStringList { QStringLiteral("محمد رضايي"), QStringLiteral("علی"), QStringLiteral("09123"),
                            QStringLiteral("۰۰۱۲۳") };
        if (parser.isSet(smokeOption)) {
            options.maxPageSteps = 5;
            options.jumps = 2;
            options.searches = options.searches.mid(1, 1);
            options.sortColumns = 1;
        }
        ListExercise exercise(*list, key, meter, options);
        exercise.settle();
        StepStats counted;
        counted.phase = QStringLiteral("count ") + key;
        counted.add(double(showClock.nsecsElapsed()) / 1e6);
        rows << Row { counted, Memory::now() };
        print("%-18s all %lld rows counted after %.1f ms\n", qPrintable(key), list->model()->totalCount(),
              counted.ms.value(0));
        for (auto phase : { &ListExercise::scrollToEnd, &ListExercise::jumps, &ListExercise::sorts,
                            &ListExercise::searches, &ListExercise::searchCounts }) {
            StepStats stats = (exercise.*phase)();
            rows << Row { stats, Memory::now() };
            print("%-18s %7lld steps  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  total %9.0f ms  VmRSS %4lld MB  "
                  "VmHWM %4lld MB\n",
                  qPrintable(stats.phase), qint64(stats.ms.size()), stats.percentile(50), stats.percentile(99),
                  stats.max(), stats.total(), rows.last().memory.rss / 1024, rows.last().memory.hwm / 1024);
        }
        print("%-18s model page loads %d, cached pages %d\n", qPrintable(key), list->model()->pageLoads(),
              list->model()->cachedPages());
    }
    meter.setPhase(QStringLiteral("end"));
    ListExercise::settle(50);

    const Memory end = Memory::now();
    const StallMeter::Gap longest = meter.longest();
    const StallMeter::Gap busiest = meter.longestCpu();
    print("longest UI-thread gap: %.1f ms wall, %.1f ms of it on the CPU (heartbeat every %d ms), during '%s'; "
          "gaps over 100 ms: %d\n",
          longest.wallMs, longest.cpuMs, StallMeter::IntervalMs, qPrintable(longest.phase), meter.gapsOver(100));
    print("most UI-thread CPU time in one gap: %.1f ms (gap %.1f ms wall) during '%s'\n", busiest.cpuMs, busiest.wallMs,
          qPrintable(busiest.phase));
    for (const StallMeter::Gap &g : meter.worst(5))
        print("  gap %.1f ms wall, %.1f ms CPU, %ld times preempted, %ld waits, during '%s'\n", g.wallMs, g.cpuMs,
              g.preempted, g.waited, qPrintable(g.phase));
    print("memory at the end: VmRSS %lld MB (anonymous %lld MB, file-backed %lld MB), VmHWM %lld MB\n", end.rss / 1024,
          end.anon / 1024, end.file / 1024, end.hwm / 1024);
    print("whole exercise: %.1f s\n", double(total.elapsed()) / 1000.0);

    if (parser.isSet(jsonOption)) {
        QJsonArray phases;
        for (const Row &r : rows)
            phases.append(QJsonObject { { QStringLiteral("phase"), r.stats.phase },
                                        { QStringLiteral("steps"), r.stats.ms.size() },
                                        { QStringLiteral("p50_ms"), r.stats.percentile(50) },
                                        { QStringLiteral("p99_ms"), r.stats.percentile(99) },
                                        { QStringLiteral("max_ms"), r.stats.max() },
                                        { QStringLiteral("vm_rss_kb"), r.memory.rss },
                                        { QStringLiteral("vm_hwm_kb"), r.memory.hwm } });
        const QJsonObject result { { QStringLiteral("phases"), phases },
                                   { QStringLiteral("longest_gap_ms"), longest.wallMs },
                                   { QStringLiteral("longest_gap_cpu_ms"), longest.cpuMs },
                                   { QStringLiteral("longest_gap_phase"), longest.phase },
                                   { QStringLiteral("most_cpu_in_a_gap_ms"), busiest.cpuMs },
                                   { QStringLiteral("gaps_over_100ms"), meter.gapsOver(100) },
                                   { QStringLiteral("vm_rss_kb"), end.rss },
                                   { QStringLiteral("vm_hwm_kb"), end.hwm },
                                   { QStringLiteral("rss_anon_kb"), end.anon },
                                   { QStringLiteral("rss_file_kb"), end.file } };
        print("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
