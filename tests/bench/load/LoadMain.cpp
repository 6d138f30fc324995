// peyvand-load: simulated sales reps, managers and support desk users, each a
// separate process, against a PostgreSQL server through the real services;
// throughput, latency, retries, and a check that nothing acknowledged was
// lost (docs/performance.md, "Team mode under load").
#include "LoadOptions.h"
#include "LoadRun.h"
#include "LoadWorker.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    using namespace peyvand::load;
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help"))) {
        std::fputs(qPrintable(LoadOptions::usage()), stdout);
        return 0;
    }
    QString error;
    auto options = LoadOptions::parse(args, &error);
    if (!options) {
        std::fprintf(stderr, "peyvand-load: %s\n%s", qPrintable(error), qPrintable(LoadOptions::usage()));
        return 2;
    }
    if (options->serverScript.isEmpty())
        options->serverScript = QStringLiteral(PEYVAND_PG_SERVER_SCRIPT);
    try {
        if (options->worker >= 0)
            return LoadWorker::run(*options);
        return LoadRun::run(*options, QCoreApplication::applicationFilePath(), args);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "peyvand-load: %s\n", e.what());
        return 2;
    }
}
