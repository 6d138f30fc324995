// peyvand-cli export --format json: the whole database as Peyvand's JSON full export.
#include "JsonExporter.h"
#include "JsonTransfer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <fstream>
#include <memory>
#include <unistd.h>

namespace peyvand::cli::JsonTransfer {

int exportJson(CliContext &ctx, const QString &file, bool quiet)
{
    const auto store = ctx.openStore();
    const QString part = file + QStringLiteral(".part");
    auto buffer = std::make_unique<char[]>(1 << 20);
    std::ofstream out;
    out.rdbuf()->pubsetbuf(buffer.get(), 1 << 20);
    out.open(QFile::encodeName(part).constData(), std::ios::binary | std::ios::trunc);
    if (!out) {
        ctx.err << "error: " << file << ": cannot write here\n";
        return 1;
    }
    const bool terminal = isatty(fileno(stderr)) != 0;
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    SnapshotCounts counts;
    try {
        const auto reader = store->snapshotReader();
        JsonExporter exporter(*store, *reader, ctx.clock.now()); // export_data
        counts = exporter.write(out, [&](qint64 done, qint64 total) {
            const int percent = total ? int(done * 100 / total) : 100;
            if (quiet || percent == lastPercent || (!terminal && percent / 10 == lastPercent / 10))
                return;
            lastPercent = percent;
            std::fprintf(stderr,
                         terminal ? "\rexport: %lld of %lld records (%d%%)" : "export: %lld of %lld records (%d%%)\n",
                         static_cast<long long>(done), static_cast<long long>(total), percent);
            std::fflush(stderr);
        });
        out.close();
        if (!out)
            throw std::runtime_error("the export could not be written (disk full?)");
    } catch (...) {
        out.close();
        QFile::remove(part);
        if (terminal && !quiet)
            std::fputc('\n', stderr);
        throw;
    }
    if (terminal && !quiet && lastPercent >= 0)
        std::fputc('\n', stderr);
    QFile::remove(file);
    if (!QFile::rename(part, file)) {
        ctx.err << "error: " << file << ": cannot replace it\n";
        QFile::remove(part);
        return 1;
    }
    if (!quiet)
        ctx.err << "exported " << counts.customers << " customers, " << counts.deals << " deals, " << counts.activities
                << " activities, " << counts.orders << " orders (" << counts.total() << " records) to " << file
                << " in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    return 0;
}

} // namespace peyvand::cli::JsonTransfer
