#pragma once
// peyvand-load's command line: the parent's run settings and a worker's own.
#include <QString>
#include <QStringList>
#include <optional>

namespace peyvand::load {

struct LoadOptions
{
    // The server: an administrator's URL (a fresh database is created on it
    // for the run and dropped afterwards unless keepDatabase).
    QString url;
    int reps = 50;
    int managers = 2; // move any rep's deal (the conflicts) and change order status
    int desk = 3; // support desk: search and change order status
    double seconds = 60;
    int thinkMinMs = 100; // pause between two operations, and between reading a record and saving it
    int thinkMaxMs = 500;
    int customersPerRep = 20;
    int dealsPerRep = 4;
    int ordersPerRep = 20;
    int managerDeals = 40; // the managers move deals among the first this many (reps' deals)
    double restartAt = -1; // seconds after the start; < 0: no restart
    QString serverDir; // scripts/pg-server.sh's DIR of the server to restart
    QString serverScript; // scripts/pg-server.sh
    int downSeconds = 2; // how long the server stays stopped during a restart
    bool keepDatabase = false;
    // Tests the checks: before verifying, delete one acknowledged activity and
    // take one back from a deal's version, as a lost write would; the run must then fail.
    bool breakOneWrite = false;
    QString jsonFile; // also write the report as JSON
    QString markdownFile; // also write the report's tables as Markdown

    // Worker mode (the same binary, started by the parent).
    int worker = -1;
    QString planFile;
    QString outFile;
    qint64 startNs = 0; // steady_clock (CLOCK_MONOTONIC, shared by the processes)
    qint64 endNs = 0;

    // Parses argv (without the program name); std::nullopt and a message on a bad one.
    static std::optional<LoadOptions> parse(const QStringList &args, QString *error);
    static QString usage();
};

} // namespace peyvand::load
