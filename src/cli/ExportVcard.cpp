// peyvand-cli export FILE.vcf: customers (individuals by default) or a
// company's contact persons as vCard 3.0 or 4.0 (see VcardExporter).
#include "CliArgs.h"
#include "CommandSupport.h"
#include "DatabaseError.h"
#include "ImportVcard.h"
#include "JsonFormat.h"
#include "UsageError.h"
#include "VcardExporter.h"

#include <QSaveFile>

namespace peyvand::cli {

const char *const kExportVcardUsage
    = "Usage: peyvand-cli [--db PATH] export FILE.vcf [--format vcf] [--kind individual|legal]\n"
      "         [--search TEXT] [--company CUSTOMER_ID] [--vcard-version 3|4] [--output table|json]\n\n"
      "Writes customers as vCards (UTF-8, CRLF, version 3.0 unless --vcard-version 4):\n"
      "individuals by default (--kind legal: companies as organisation cards), only those\n"
      "matching --search when given; or, with --company, that company's contact persons\n"
      "(ORG is the company, TITLE their job title).\n";

int runExportVcard(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words,
                       { QStringLiteral("format"), QStringLiteral("kind"), QStringLiteral("search"),
                         QStringLiteral("company"), QStringLiteral("vcard-version"), QStringLiteral("output") },
                       {});
    CommandSupport::expectPositional(args, 1, "FILE");
    const QString file = args.positional().front();
    VcardExportOptions options;
    const QString version = args.value(QStringLiteral("vcard-version"), QStringLiteral("3"));
    if (version == QLatin1String("3") || version == QLatin1String("3.0"))
        options.version = VcardVersion::V3;
    else if (version == QLatin1String("4") || version == QLatin1String("4.0"))
        options.version = VcardVersion::V4;
    else
        throw UsageError("--vcard-version must be 3 or 4, not '" + version.toStdString() + "'");
    const QString output = args.value(QStringLiteral("output"), QStringLiteral("table"));
    if (output != QLatin1String("table") && output != QLatin1String("json"))
        throw UsageError("--output must be table or json, not '" + output.toStdString() + "'");
    const auto company = args.value(QStringLiteral("company"));
    if (company && (args.has(QStringLiteral("kind")) || args.has(QStringLiteral("search"))))
        throw UsageError("--company exports that company's contacts; leave out --kind and --search");

    // An export only reads: a current file is opened read-only (as ExportCsv
    // does); an older one is migrated first, as every command does.
    const auto store = ctx.openStoreForReading();
    VcardExporter exporter(*store);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        ctx.err << "error: " << file << ": " << out.errorString() << '\n';
        return 1;
    }
    qint64 cards = 0;
    if (company) {
        cards = exporter.exportContacts(out, CommandSupport::id(*company, QStringLiteral("company")), options);
    } else {
        CustomerQuery query;
        query.kind = CommandSupport::kind(args).value_or(CustomerKind::Individual);
        query.text = args.value(QStringLiteral("search"), QString());
        query.sort = CustomerSort::Name;
        cards = exporter.exportCustomers(out, query, options);
    }
    if (!out.commit()) {
        ctx.err << "error: " << file << ": " << out.errorString() << '\n';
        return 1;
    }
    const QString versionText = options.version == VcardVersion::V4 ? QStringLiteral("4.0") : QStringLiteral("3.0");
    if (output == QLatin1String("json"))
        JsonFormat::print(ctx.out,
                          { { "file", file.toStdString() },
                            { "format", "vcf" },
                            { "version", versionText.toStdString() },
                            { "cards", cards } });
    else
        ctx.out << "exported " << cards << " vCards (" << versionText << ") to " << file << '\n';
    return 0;
}

} // namespace peyvand::cli
