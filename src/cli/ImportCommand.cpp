// peyvand-cli import: customers (individuals or legal entities) or the contact
// persons of companies from a CSV file, all or nothing (see CsvImporter).
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "CsvImporter.h"
#include "ImportOutput.h"
#include "ImportReport.h"
#include "ImportVcard.h"
#include "JsonFormat.h"
#include "JsonTransfer.h"
#include "UsageError.h"
#include "ValidationError.h"

#include <QFile>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace peyvand::cli {

namespace {

const char *const kUsage
    = "Usage: peyvand-cli [--db PATH] [--user NAME] import FILE.json [--format json] [--quiet]\n"
      "         [--output table|json]\n"
      "       peyvand-cli [--db PATH] --user NAME import FILE --kind individual|legal|contact\n"
      "         [--map FIELD=COLUMN]… [--on-duplicate skip|update] [--skip-invalid] [--dry-run]\n"
      "         [--report REPORT.json] [--format csv] [--encoding utf-8|utf-16le|utf-16be|windows-1256]\n"
      "         [--separator ,|;|tab|؛] [--owner USER] [--output table|json]\n\n"
      "Imports customers (individual, legal) or the contact persons of companies already\n"
      "in the database (contact: each row names its company by company_national_id).\n"
      "All or nothing: when a row is invalid nothing is written and the problems are\n"
      "listed (row 1 is the first row after the header); --skip-invalid writes the valid\n"
      "rows and reports the others. A row whose national code/ID or mobile is already a\n"
      "customer's (or an earlier row's) is skipped, or with --on-duplicate update its\n"
      "non-empty cells update that customer.\n\n"
      "Columns are recognised by their header (English field names or the usual Persian\n"
      "names, see docs/formats.md); --map FIELD=COLUMN names the column of a field by its\n"
      "header text or 1-based position. The encoding (UTF-8 with or without BOM, UTF-16\n"
      "with BOM, Windows-1256) and separator (comma, semicolon, tab, ؛) are detected\n"
      "unless given. --format is the file's format (from the extension: .csv .tsv .txt);\n"
      "--output chooses how the summary is printed. --dry-run checks and writes nothing.\n"
      "Exit codes: 0 imported (or nothing to complain about), 1 invalid rows or a file\n"
      "that cannot be imported (nothing written), 2 usage error.\n\n"
      "A .json file (or --format json) is a full export (peyvand-cli export FILE.json):\n"
      "the whole file is checked first, then written in one transaction with its ids,\n"
      "into a new database (--db NEW.sqlite, created) or one that holds no customers,\n"
      "contacts, deals, activities, orders or requests (its users and pipelines are\n"
      "replaced). Any problem names its place (customers[12].national_id) and nothing\n"
      "is written. Progress goes to standard error unless --quiet. Like seed, it needs\n"
      "no --user (the database is empty); given, the user is signed in first.\n";

ImportKind importKind(const CliArgs &args)
{
    const auto k = args.value(QStringLiteral("kind"));
    if (!k)
        throw UsageError("--kind is required (individual, legal or contact)");
    if (*k == QLatin1String("b2b"))
        return ImportKind::Legal;
    if (*k == QLatin1String("b2c"))
        return ImportKind::Individual;
    if (const auto kind = fromCode<ImportKind>(*k))
        return *kind;
    throw UsageError("--kind must be individual, legal or contact, not '" + k->toStdString() + "'");
}

QString fileFormat(const CliArgs &args, const QString &file)
{
    if (const auto f = args.value(QStringLiteral("format"))) {
        if (*f == QLatin1String("csv") || *f == QLatin1String("json") || *f == QLatin1String("vcf"))
            return *f;
        throw UsageError("--format must be csv, json or vcf, not '" + f->toStdString() + "'");
    }
    const QString suffix = QFileInfo(file).suffix().toLower();
    // A workbook is read as CSV only to be told, with the way out, that it is not one.
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")
        || suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls"))
        return QStringLiteral("csv");
    if (suffix == QLatin1String("json") || suffix == QLatin1String("vcf"))
        return suffix;
    throw UsageError("cannot tell the format of '" + file.toStdString()
                     + "' from its name; give --format csv, json or vcf");
}

std::optional<TextEncoding> encoding(const CliArgs &args)
{
    const auto e = args.value(QStringLiteral("encoding"));
    if (!e)
        return std::nullopt;
    const QString name = e->toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (name == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (name == QLatin1String("utf16le") || name == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (name == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (name == QLatin1String("windows1256") || name == QLatin1String("cp1256"))
        return TextEncoding::Windows1256;
    throw UsageError("--encoding must be utf-8, utf-16le, utf-16be or windows-1256, not '" + e->toStdString() + "'");
}

std::optional<QChar> separator(const CliArgs &args)
{
    const auto s = args.value(QStringLiteral("separator"));
    if (!s)
        return std::nullopt;
    if (*s == QLatin1String("tab") || *s == QLatin1String("\\t") || *s == QLatin1String("\t"))
        return QChar(u'\t');
    if (*s == QLatin1String("comma"))
        return QChar(u',');
    if (*s == QLatin1String("semicolon"))
        return QChar(u';');
    for (const char16_t c : kCsvSeparators)
        if (*s == QString(QChar(c)))
            return QChar(c);
    throw UsageError("--separator must be , ; tab or ؛, not '" + s->toStdString() + "'");
}

QList<QPair<ImportField, QString>> mapOverrides(const CliArgs &args, ImportKind kind)
{
    QList<QPair<ImportField, QString>> overrides;
    QStringList maps = args.values(QStringLiteral("map"));
    std::reverse(maps.begin(), maps.end()); // in the order given: a later --map wins
    for (const QString &m : maps) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == m.size() - 1)
            throw UsageError("--map needs FIELD=COLUMN, not '" + m.toStdString() + "'");
        const QString name = m.left(eq).trimmed();
        const auto field = ImportFields::recognise(kind, name);
        if (!field) {
            QStringList known;
            for (ImportField f : ImportFields::of(kind))
                known << toCode(f);
            throw UsageError("--map: '" + name.toStdString() + "' is not a field of " + toCode(kind).toStdString()
                             + " (" + known.join(QStringLiteral(", ")).toStdString() + ")");
        }
        overrides << qMakePair(*field, m.mid(eq + 1));
    }
    return overrides;
}

int runImport(CliContext &ctx, const QStringList &words)
{
    if (isVcardImport(words))
        return runImportVcard(ctx, words);
    const CliArgs args(words,
                       { QStringLiteral("kind"), QStringLiteral("map"), QStringLiteral("on-duplicate"),
                         QStringLiteral("report"), QStringLiteral("format"), QStringLiteral("encoding"),
                         QStringLiteral("separator"), QStringLiteral("owner"), QStringLiteral("output") },
                       { QStringLiteral("skip-invalid"), QStringLiteral("dry-run"), QStringLiteral("quiet") });
    CommandSupport::expectPositional(args, 1, "FILE");
    const QString file = args.positional().front();
    const QString format = fileFormat(args, file);
    if (format == QLatin1String("json")) {
        const QString output = args.value(QStringLiteral("output"), QStringLiteral("table"));
        if (output != QLatin1String("table") && output != QLatin1String("json"))
            throw UsageError("--output must be table or json, not '" + output.toStdString() + "'");
        return JsonTransfer::importJson(ctx, file, args.has(QStringLiteral("quiet")), output == QLatin1String("json"));
    }
    if (format == QLatin1String("vcf")) // isVcardImport() sent these to runImportVcard above
        return runImportVcard(ctx, words);
    ImportOptions options;
    options.kind = importKind(args);
    options.encoding = encoding(args);
    options.separator = separator(args);
    options.mapOverrides = mapOverrides(args, options.kind);
    const QString onDuplicate = args.value(QStringLiteral("on-duplicate"), QStringLiteral("skip"));
    const auto policy = fromCode<DuplicatePolicy>(onDuplicate);
    if (!policy)
        throw UsageError("--on-duplicate must be skip or update, not '" + onDuplicate.toStdString() + "'");
    options.onDuplicate = *policy;
    options.skipInvalid = args.has(QStringLiteral("skip-invalid"));
    options.dryRun = args.has(QStringLiteral("dry-run"));
    const QString output = args.value(QStringLiteral("output"), QStringLiteral("table"));
    if (output != QLatin1String("table") && output != QLatin1String("json"))
        throw UsageError("--output must be table or json, not '" + output.toStdString() + "'");
    const auto report = args.value(QStringLiteral("report"));

    QFile input(file);
    if (!QFileInfo(file).isFile()) {
        ctx.err << "error: " << file << ": no such file\n";
        return 1;
    }
    if (!input.open(QIODevice::ReadOnly)) {
        ctx.err << "error: " << file << ": " << input.errorString() << '\n';
        return 1;
    }
    if (report) {
        // Find out before importing that the report can be written.
        QFile probe(*report);
        const bool existed = probe.exists();
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Append)) {
            ctx.err << "error: " << *report << ": " << probe.errorString() << '\n';
            return 1;
        }
        probe.close();
        if (!existed)
            probe.remove();
    }

    const auto store = ctx.openStore();
    options.ownerId = CommandSupport::user(*store, args, QStringLiteral("owner"));
    CsvImporter importer(*store, ctx.clock);
    const ImportResult result = importer.run(input, options);
    spdlog::info("import {}: {} rows, {} imported, {} updated, {} duplicates skipped, {} invalid, written: {}",
                 file.toStdString(), result.counts.rows, result.counts.imported, result.counts.updated,
                 result.counts.skippedDuplicates, result.counts.invalid, result.written());

    if (report) {
        QString error;
        if (!ImportReport::write(*report, result.problems, &error))
            ctx.err << "error: " << *report << ": " << error << '\n';
    }
    if (output == QLatin1String("json"))
        JsonFormat::print(ctx.out, ImportOutput::json(file, options.kind, result));
    else
        ImportOutput::table(ctx.out, file, options.kind, result);

    switch (result.outcome) {
    case ImportResult::Outcome::Committed:
        return 0;
    case ImportResult::Outcome::DryRun:
        return result.problems.isEmpty() || options.skipInvalid ? 0 : 1;
    case ImportResult::Outcome::Refused:
        ctx.err << "error: " << result.counts.invalid
                << " invalid rows; nothing was written (--skip-invalid imports the valid rows)\n";
        return 1;
    case ImportResult::Outcome::FileRejected:
    case ImportResult::Outcome::Cancelled:
        break;
    }
    const QString reason = result.problems.isEmpty() ? QStringLiteral("cancelled") : result.problems.front().message;
    ctx.err << "error: " << file << ": " << reason << "; nothing was written\n";
    return 1;
}

} // namespace

Command makeImportCommand()
{
    return Command { QStringLiteral("import"),
                     QStringLiteral("import customers or contacts from CSV or vCards, or a whole JSON export (all "
                                    "or nothing)"),
                     QString::fromUtf8(kUsage) + u'\n' + QString::fromUtf8(kImportVcardUsage), runImport };
}

} // namespace peyvand::cli
