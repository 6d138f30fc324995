// peyvand-cli import FILE.vcf: people from vCards (2.1, 3.0, 4.0) as
// individual customers or as the contacts of one company, all or nothing
// (see VcardImporter).
#include "ImportVcard.h"

#include "CliArgs.h"
#include "CommandSupport.h"
#include "ImportOutput.h"
#include "ImportReport.h"
#include "JsonFormat.h"
#include "TableWriter.h"
#include "UsageError.h"
#include "VcardImporter.h"

#include <QFile>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace peyvand::cli {

const char *const kImportVcardUsage
    = "Usage: peyvand-cli [--db PATH] import FILE.vcf [--format vcf] --kind individual | --company CUSTOMER_ID\n"
      "         [--on-duplicate skip|update] [--skip-invalid] [--dry-run] [--report REPORT.json]\n"
      "         [--vcard-version 3|4] [--owner USER] [--output table|json]\n\n"
      "vCards (versions 2.1, 3.0 and 4.0, as phones, Google Contacts and Outlook export them)\n"
      "become individual customers (--kind individual) or the contact persons of the legal\n"
      "entity --company CUSTOMER_ID. Every card is validated like a CSV row; a card whose\n"
      "mobile or national code (X-PEYVAND-NATIONAL-CODE) is a stored customer's, a contact's\n"
      "of that company, or an earlier card's is skipped or updates it. Problems name the card\n"
      "(row 1 is the file's first card) and the property (column). --vcard-version, when\n"
      "given, refuses cards of another version.\n";

namespace {

constexpr int kTableProblems = 50;

std::optional<QString> optionValue(const QStringList &words, const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i] == option && i + 1 < words.size())
            return words[i + 1];
        if (words[i].startsWith(option + u'='))
            return words[i].mid(option.size() + 1);
    }
    return std::nullopt;
}

void table(QTextStream &out, const QString &file, const QString &target, const ImportResult &r)
{
    const QString would = r.written() ? QString() : QStringLiteral(" (not written)");
    TableWriter summary({ QStringLiteral("import"), QString() });
    summary.addRow({ QStringLiteral("file"), file });
    summary.addRow({ QStringLiteral("format"), QStringLiteral("vcf") });
    summary.addRow({ QStringLiteral("into"), target });
    summary.addRow({ QStringLiteral("cards"), QString::number(r.counts.rows) });
    summary.addRow({ QStringLiteral("imported") + would, QString::number(r.counts.imported) });
    summary.addRow({ QStringLiteral("updated") + would, QString::number(r.counts.updated) });
    summary.addRow({ QStringLiteral("skipped duplicates"), QString::number(r.counts.skippedDuplicates) });
    summary.addRow({ QStringLiteral("invalid cards"), QString::number(r.counts.invalid) });
    summary.addRow({ QStringLiteral("written"), r.written() ? QStringLiteral("yes") : QStringLiteral("no") });
    summary.write(out);
    if (r.problems.isEmpty())
        return;
    out << '\n';
    TableWriter problems({ QStringLiteral("card"), QStringLiteral("property"), QStringLiteral("value"),
                           QStringLiteral("code"), QStringLiteral("message") });
    for (qsizetype i = 0; i < r.problems.size() && i < kTableProblems; ++i) {
        const ImportProblem &p = r.problems[i];
        QString value = p.value;
        value.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (value.size() > 40)
            value = value.left(37) + QStringLiteral("...");
        problems.addRow(
            { p.row > 0 ? QString::number(p.row) : QStringLiteral("-"), p.column, value, p.code, p.message });
    }
    problems.write(out);
    if (r.problems.size() > kTableProblems)
        out << "... and " << (r.problems.size() - kTableProblems) << " more problems (--report FILE lists them all)\n";
}

} // namespace

bool isVcardImport(const QStringList &words)
{
    if (const auto format = optionValue(words, QStringLiteral("format")))
        return format->compare(QLatin1String("vcf"), Qt::CaseInsensitive) == 0
            || format->compare(QLatin1String("vcard"), Qt::CaseInsensitive) == 0;
    for (const QString &w : words) {
        const QString suffix = QFileInfo(w).suffix().toLower();
        if (!w.startsWith(QLatin1String("--")) && (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")))
            return true;
    }
    return false;
}

int runImportVcard(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words,
                       { QStringLiteral("kind"), QStringLiteral("company"), QStringLiteral("on-duplicate"),
                         QStringLiteral("report"), QStringLiteral("format"), QStringLiteral("vcard-version"),
                         QStringLiteral("owner"), QStringLiteral("output") },
                       { QStringLiteral("skip-invalid"), QStringLiteral("dry-run") });
    CommandSupport::expectPositional(args, 1, "FILE");
    const QString file = args.positional().front();
    ImportOptions options;
    const auto kind = args.value(QStringLiteral("kind"));
    const auto company = args.value(QStringLiteral("company"));
    if (company) {
        if (kind && *kind != QLatin1String("contact"))
            throw UsageError("--company imports contacts of that company; leave out --kind");
        options.kind = ImportKind::Contact;
        options.companyId = CommandSupport::id(*company, QStringLiteral("company"));
    } else if (!kind) {
        throw UsageError("give --kind individual, or --company CUSTOMER_ID for a company's contacts");
    } else if (*kind == QLatin1String("individual") || *kind == QLatin1String("b2c")) {
        options.kind = ImportKind::Individual;
    } else if (*kind == QLatin1String("contact")) {
        throw UsageError("--kind contact needs --company CUSTOMER_ID");
    } else {
        throw UsageError("vCards are people: --kind individual, or --company CUSTOMER_ID, not --kind "
                         + kind->toStdString());
    }
    const QString onDuplicate = args.value(QStringLiteral("on-duplicate"), QStringLiteral("skip"));
    const auto policy = fromCode<DuplicatePolicy>(onDuplicate);
    if (!policy)
        throw UsageError("--on-duplicate must be skip or update, not '" + onDuplicate.toStdString() + "'");
    options.onDuplicate = *policy;
    options.skipInvalid = args.has(QStringLiteral("skip-invalid"));
    options.dryRun = args.has(QStringLiteral("dry-run"));
    std::optional<QString> version;
    if (const auto v = args.value(QStringLiteral("vcard-version"))) {
        if (*v == QLatin1String("3") || *v == QLatin1String("3.0"))
            version = QStringLiteral("3.0");
        else if (*v == QLatin1String("4") || *v == QLatin1String("4.0"))
            version = QStringLiteral("4.0");
        else
            throw UsageError("--vcard-version must be 3 or 4, not '" + v->toStdString() + "'");
    }
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
    VcardImporter importer(*store, ctx.clock);
    VcardLimits limits;
    limits.requiredVersion = version;
    const ImportResult result = importer.run(input, options, limits);
    spdlog::info("import {} (vcf): {} cards, {} imported, {} updated, {} duplicates skipped, {} invalid, written: {}",
                 file.toStdString(), result.counts.rows, result.counts.imported, result.counts.updated,
                 result.counts.skippedDuplicates, result.counts.invalid, result.written());

    if (report) {
        QString error;
        if (!ImportReport::write(*report, result.problems, &error))
            ctx.err << "error: " << *report << ": " << error << '\n';
    }
    const QString target = options.companyId ? QStringLiteral("contacts of customer %1").arg(*options.companyId)
                                             : QStringLiteral("individual customers");
    if (output == QLatin1String("json")) {
        nlohmann::json j = ImportOutput::json(file, options.kind, result);
        j["format"] = "vcf";
        j.erase("encoding");
        j.erase("bom");
        j.erase("separator");
        j.erase("columns");
        j["company_id"] = options.companyId ? nlohmann::json(*options.companyId) : nlohmann::json();
        JsonFormat::print(ctx.out, j);
    } else {
        table(ctx.out, file, target, result);
    }

    switch (result.outcome) {
    case ImportResult::Outcome::Committed:
        return 0;
    case ImportResult::Outcome::DryRun:
        return result.problems.isEmpty() || options.skipInvalid ? 0 : 1;
    case ImportResult::Outcome::Refused:
        ctx.err << "error: " << result.counts.invalid
                << " invalid cards; nothing was written (--skip-invalid imports the valid cards)\n";
        return 1;
    case ImportResult::Outcome::FileRejected:
    case ImportResult::Outcome::Cancelled:
        break;
    }
    const QString reason = result.problems.isEmpty() ? QStringLiteral("cancelled") : result.problems.front().message;
    ctx.err << "error: " << file << ": " << reason << "; nothing was written\n";
    return 1;
}

} // namespace peyvand::cli
