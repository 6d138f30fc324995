#include "CsvImporter.h"

#include "AccessPolicy.h"
#include "ContactImportWriter.h"
#include "CsvInput.h"
#include "CustomerImportWriter.h"
#include "ValidationError.h"

#include <algorithm>
#include <memory>

namespace peyvand {

namespace {

// Thrown inside the transaction to roll it back.
struct RollBack
{
};
struct Cancel
{
};

QString shortened(const QStringList &fields, QChar separator)
{
    const QString text = fields.join(separator);
    return text.size() > 200 ? text.left(197) + QStringLiteral("...") : text;
}

} // namespace

CsvImporter::CsvImporter(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

ImportResult CsvImporter::run(QIODevice &device, const ImportOptions &options)
{
    AccessPolicy::require(m_store.actor(), Permission::ImportData);
    if (options.ownerId != 0 && !m_store.users().get(options.ownerId))
        throw NotFoundError(QStringLiteral("owner"), QStringLiteral("user"), QString::number(options.ownerId));

    ImportResult result;
    result.outcome = ImportResult::Outcome::FileRejected;
    CsvInput input(device);
    if (const auto problem = input.open(options.encoding, options.separator, options.limits)) {
        result.format = input.format();
        result.problems << *problem;
        return result;
    }
    result.format = input.format();
    const QStringList &header = input.header();

    if (options.mapping) {
        result.mapping = *options.mapping;
        if (result.mapping.header() != header || result.mapping.kind() != options.kind) {
            result.problems << ImportProblem::file(
                QStringLiteral("header_changed"),
                QStringLiteral("the file's header is not the one the columns were mapped from"),
                QStringLiteral("سطر عنوان فایل با ستون‌هایی که تطبیق داده شده‌اند "
                               "یکی "
                               "نیست"));
            return result;
        }
    } else {
        result.mapping = ImportMapping::recognise(options.kind, header);
    }
    for (const auto &[field, column] : options.mapOverrides)
        if (const auto problem = result.mapping.assign(field, column))
            result.problems << *problem;
    if (result.problems.isEmpty())
        result.problems << result.mapping.check();
    if (!result.problems.isEmpty())
        return result;

    std::unique_ptr<ImportWriter> writer;
    if (options.kind == ImportKind::Contact)
        writer = std::make_unique<ContactImportWriter>(m_store, options, m_clock.now(), result);
    else
        writer = std::make_unique<CustomerImportWriter>(m_store, options, m_clock.now(), result);

    auto report = [&] {
        if (options.progress)
            options.progress(ImportProgress { result.counts.rows, input.bytesRead(), input.totalBytes() });
    };
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    bool fileBroken = false;
    try {
        m_store.transaction([&] {
            const int chunkRows = std::max(1, options.chunkRows);
            QList<ImportRow> chunk;
            chunk.reserve(chunkRows);
            auto flush = [&] {
                if (cancelled())
                    throw Cancel {};
                writer->write(chunk);
                chunk.clear();
                report();
                if (cancelled())
                    throw Cancel {};
            };
            ImportRow next;
            while (input.next(next.record, next.row)) {
                ++result.counts.rows;
                if (next.record.fields.size() != header.size()) {
                    result.problems << ImportProblem {
                        next.row,
                        QString(),
                        shortened(next.record.fields, result.format.separator),
                        QStringLiteral("ragged_row"),
                        QStringLiteral("the row (from line %1) has %2 fields but the header has %3")
                            .arg(next.record.line)
                            .arg(next.record.fields.size())
                            .arg(header.size()),
                        QStringLiteral("این ردیف (از سطر %1 فایل) %2 خانه دارد ولی سطر عنوان %3 ستون")
                            .arg(next.record.line)
                            .arg(next.record.fields.size())
                            .arg(header.size())
                    };
                    ++result.counts.invalid;
                    continue;
                }
                chunk << next;
                if (chunk.size() >= chunkRows)
                    flush();
            }
            flush();
            if (const auto error = input.error()) {
                result.problems << *error;
                fileBroken = true;
                throw RollBack {};
            }
            if (result.counts.rows == 0) {
                result.problems << ImportProblem::file(QStringLiteral("no_rows"),
                                                       QStringLiteral("the file has a header but no rows"),
                                                       QStringLiteral("فایل فقط سطر عنوان دارد و ردیفی ندارد"));
                fileBroken = true;
                throw RollBack {};
            }
            if (options.dryRun || (!result.problems.isEmpty() && !options.skipInvalid))
                throw RollBack {};
        });
        result.outcome = ImportResult::Outcome::Committed;
    } catch (const RollBack &) {
        result.outcome = fileBroken ? ImportResult::Outcome::FileRejected
            : options.dryRun        ? ImportResult::Outcome::DryRun
                                    : ImportResult::Outcome::Refused;
    } catch (const Cancel &) {
        result.outcome = ImportResult::Outcome::Cancelled;
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    report();
    return result;
}

} // namespace peyvand
