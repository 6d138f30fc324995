#include "ImportOutput.h"

#include "ImportReport.h"
#include "TableWriter.h"

namespace peyvand::cli::ImportOutput {

namespace {

constexpr int kTableProblems = 50;

QString outcomeText(ImportResult::Outcome outcome)
{
    switch (outcome) {
    case ImportResult::Outcome::Committed:
        return QStringLiteral("yes");
    case ImportResult::Outcome::Refused:
        return QStringLiteral("no: invalid rows (fix them, or --skip-invalid imports the others)");
    case ImportResult::Outcome::FileRejected:
        return QStringLiteral("no: the file cannot be imported");
    case ImportResult::Outcome::Cancelled:
        return QStringLiteral("no: cancelled");
    case ImportResult::Outcome::DryRun:
        return QStringLiteral("no: dry run");
    }
    return {};
}

const char *outcomeCode(ImportResult::Outcome outcome)
{
    switch (outcome) {
    case ImportResult::Outcome::Committed:
        return "committed";
    case ImportResult::Outcome::Refused:
        return "refused";
    case ImportResult::Outcome::FileRejected:
        return "file_rejected";
    case ImportResult::Outcome::Cancelled:
        return "cancelled";
    case ImportResult::Outcome::DryRun:
        break;
    }
    return "dry_run";
}

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

QString separatorName(QChar separator)
{
    if (separator == u'\t')
        return QStringLiteral("tab");
    return QString(separator);
}

nlohmann::json json(const QString &file, ImportKind kind, const ImportResult &r)
{
    using nlohmann::json;
    json columns = json::array();
    const QStringList &header = r.mapping.header();
    for (int i = 0; i < header.size(); ++i) {
        const auto field = r.mapping.fieldAt(i);
        columns.push_back({ { "position", i + 1 },
                            { "column", text(header[i]) },
                            { "field", field ? json(text(toCode(*field))) : json() } });
    }
    json duplicates = json::array();
    for (const ImportDuplicate &d : r.duplicates)
        duplicates.push_back({ { "row", d.row },
                               { "existing_id", d.existingId },
                               { "earlier_row", d.earlierRow > 0 ? json(d.earlierRow) : json() },
                               { "matched_on", text(d.matchedOn) },
                               { "action", d.updated ? "updated" : "skipped" } });
    return json { { "file", text(file) },
                  { "kind", text(toCode(kind)) },
                  { "format", "csv" },
                  { "encoding", text(toCode(r.format.encoding)) },
                  { "bom", r.format.hasBom },
                  { "separator", text(separatorName(r.format.separator)) },
                  { "written", r.written() },
                  { "outcome", outcomeCode(r.outcome) },
                  { "rows", r.counts.rows },
                  { "imported", r.counts.imported },
                  { "updated", r.counts.updated },
                  { "skipped_duplicates", r.counts.skippedDuplicates },
                  { "invalid", r.counts.invalid },
                  { "columns", columns },
                  { "duplicates", duplicates },
                  { "problems", ImportReport::problems(r.problems) } };
}

void table(QTextStream &out, const QString &file, ImportKind kind, const ImportResult &r)
{
    const bool written = r.written();
    const QString would = written ? QString() : QStringLiteral(" (not written)");
    TableWriter summary({ QStringLiteral("import"), QString() });
    summary.addRow({ QStringLiteral("file"), file });
    summary.addRow({ QStringLiteral("kind"), toCode(kind) });
    summary.addRow({ QStringLiteral("encoding"),
                     toCode(r.format.encoding) + (r.format.hasBom ? QStringLiteral(" with BOM") : QString()) });
    summary.addRow({ QStringLiteral("separator"), separatorName(r.format.separator) });
    summary.addRow({ QStringLiteral("rows"), QString::number(r.counts.rows) });
    summary.addRow({ QStringLiteral("imported") + would, QString::number(r.counts.imported) });
    summary.addRow({ QStringLiteral("updated") + would, QString::number(r.counts.updated) });
    summary.addRow({ QStringLiteral("skipped duplicates"), QString::number(r.counts.skippedDuplicates) });
    summary.addRow({ QStringLiteral("invalid rows"), QString::number(r.counts.invalid) });
    summary.addRow({ QStringLiteral("written"), outcomeText(r.outcome) });
    summary.write(out);
    if (r.problems.isEmpty())
        return;
    out << '\n';
    TableWriter problems({ QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("value"),
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

} // namespace peyvand::cli::ImportOutput
