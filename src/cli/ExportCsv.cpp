#include "ExportCsv.h"

#include "CommandSupport.h"
#include "CustomerCsvExport.h"
#include "DatabaseError.h"
#include "JsonFormat.h"
#include "UsageError.h"

#include <QSaveFile>
#include <spdlog/spdlog.h>

namespace peyvand::cli {

QSet<QString> exportCsvOptions()
{
    return { QStringLiteral("search"), QStringLiteral("city"), QStringLiteral("tag"),    QStringLiteral("lifecycle"),
             QStringLiteral("owner"),  QStringLiteral("sort"), QStringLiteral("headers") };
}

QSet<QString> exportCsvFlags()
{
    return { QStringLiteral("descending") };
}

int runExportCsv(CliContext &ctx, const CliArgs &args, const QString &file)
{
    CustomerQuery query;
    query.kind = CommandSupport::kind(args);
    query.text = args.value(QStringLiteral("search"), QString());
    query.city = args.value(QStringLiteral("city"), QString());
    query.tag = args.value(QStringLiteral("tag"), QString());
    if (const auto l = args.value(QStringLiteral("lifecycle"))) {
        query.lifecycle = fromCode<Lifecycle>(*l);
        if (!query.lifecycle)
            throw UsageError("--lifecycle must be one of " + allCodes<Lifecycle>().toStdString());
    }
    if (const auto s = args.value(QStringLiteral("sort"))) {
        const auto sort = fromCode<CustomerSort>(*s);
        if (!sort)
            throw UsageError("--sort must be one of " + allCodes<CustomerSort>().toStdString());
        query.sort = *sort;
    }
    query.descending = args.has(QStringLiteral("descending"));
    const QString headers = args.value(QStringLiteral("headers"), QStringLiteral("fa"));
    if (headers != QLatin1String("fa") && headers != QLatin1String("en"))
        throw UsageError("--headers must be fa or en, not '" + headers.toStdString() + "'");
    const QString output = args.value(QStringLiteral("output"), QStringLiteral("table"));
    if (output != QLatin1String("table") && output != QLatin1String("json"))
        throw UsageError("--output must be table or json, not '" + output.toStdString() + "'");

    const auto store = ctx.openStoreForReading();
    if (args.has(QStringLiteral("owner")))
        query.ownerId = CommandSupport::user(*store, args, QStringLiteral("owner"));

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        ctx.err << "error: " << file << ": " << out.errorString() << '\n';
        return 1;
    }
    CustomerCsvExport::Options options;
    options.persianHeaders = headers == QLatin1String("fa");
    qint64 rows = 0;
    CustomerCsvExport(*store).run(query, out, options, &rows);
    if (!out.commit()) {
        ctx.err << "error: " << file << ": " << out.errorString() << '\n';
        return 1;
    }
    spdlog::info("export csv {}: {} customers", file.toStdString(), rows);
    if (output == QLatin1String("json")) {
        nlohmann::json j;
        j["file"] = file.toStdString();
        j["format"] = "csv";
        j["kind"] = query.kind ? nlohmann::json(toCode(*query.kind).toStdString()) : nlohmann::json(nullptr);
        j["rows"] = rows;
        JsonFormat::print(ctx.out, j);
    } else {
        ctx.out << rows << " customers written to " << file << '\n';
    }
    return 0;
}

} // namespace peyvand::cli
