#include "VcardImporter.h"

#include "AccessPolicy.h"
#include "ContactImportWriter.h"
#include "CustomerImportWriter.h"
#include "ValidationError.h"
#include "VcardImportRecord.h"

#include <algorithm>
#include <memory>

namespace peyvand {

namespace {

struct RollBack
{
};
struct Cancel
{
};

void checkTarget(DataStore &store, const ImportOptions &options)
{
    if (options.kind == ImportKind::Legal)
        throw ValidationError(
            QStringLiteral("kind"), QStringLiteral("unsupported"),
            QStringLiteral("vCards hold people: import them as individuals or as a company's contacts"),
            QStringLiteral("کارت ویزیت‌ها افراد هستند: آن‌ها را به عنوان مشتری حقیقی "
                           "یا "
                           "افراد "
                           "رابط "
                           "یک "
                           "شرکت وارد کنید"));
    if (options.ownerId != 0 && !store.users().get(options.ownerId))
        throw NotFoundError(QStringLiteral("owner"), QStringLiteral("user"), QString::number(options.ownerId));
    if (options.kind != ImportKind::Contact)
        return;
    if (!options.companyId)
        throw ValidationError(
            QStringLiteral("company"), QStringLiteral("required"),
            QStringLiteral("contacts are imported into a company: give its customer id"),
            QStringLiteral(
                "افراد رابط در یک شرکت وارد می‌شوند: شماره‌ی مشتری شرکت "
                "را "
                "بدهید"));
    const auto kind = store.customers().kindOf(*options.companyId);
    if (!kind)
        throw NotFoundError(QStringLiteral("company"), QStringLiteral("customer"), QString::number(*options.companyId));
    if (*kind != CustomerKind::Legal)
        throw ValidationError(
            QStringLiteral("company"), QStringLiteral("not_legal"),
            QStringLiteral("customer %1 is not a legal entity; contacts belong to companies").arg(*options.companyId),
            QStringLiteral(
                "مشتری %1 حقوقی نیست؛ افراد رابط فقط برای شرکت‌ها ثبت "
                "می‌شوند")
                .arg(*options.companyId));
}

} // namespace

VcardImporter::VcardImporter(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

ImportResult VcardImporter::run(QIODevice &device, const ImportOptions &options, const VcardLimits &limits)
{
    AccessPolicy::require(m_store.actor(), Permission::ImportData);
    checkTarget(m_store, options);
    ImportResult result;
    result.outcome = ImportResult::Outcome::FileRejected;
    result.format = CsvFormat { TextEncoding::Utf8, false, QLatin1Char(',') };
    result.mapping = VcardImportRecord::mapping(options.kind);

    std::unique_ptr<ImportWriter> writer;
    if (options.kind == ImportKind::Contact)
        writer = std::make_unique<ContactImportWriter>(m_store, options, m_clock.now(), result);
    else
        writer = std::make_unique<CustomerImportWriter>(m_store, options, m_clock.now(), result);

    VcardReader reader(device, limits);
    auto report = [&] {
        if (options.progress)
            options.progress(ImportProgress { result.counts.rows, reader.bytesRead(), reader.totalBytes() });
    };
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    bool fileBroken = false;
    try {
        m_store.transaction([&] {
            const int chunkRows = std::max(1, options.chunkRows);
            // The records live in `cards` order; ImportRow points at nothing else.
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
            VcardCard card;
            while (reader.next(card)) {
                ++result.counts.rows;
                if (!card.problems.isEmpty()) {
                    result.problems << card.problems;
                    ++result.counts.invalid;
                    continue;
                }
                if (!card.version.isEmpty() && card.version != QLatin1String("2.1")
                    && card.version != QLatin1String("3.0") && card.version != QLatin1String("4.0")) {
                    result.problems << ImportProblem {
                        card.number,
                        QStringLiteral("VERSION"),
                        card.version,
                        QStringLiteral("unsupported_version"),
                        QStringLiteral("vCard version %1 is not 2.1, 3.0 or 4.0").arg(card.version),
                        QStringLiteral("نسخه‌ی %1 کارت ویزیت پشتیبانی نمی‌شود (2.1، "
                                       "3.0 یا 4.0)")
                            .arg(card.version)
                    };
                    ++result.counts.invalid;
                    continue;
                }
                if (limits.requiredVersion && card.version != *limits.requiredVersion) {
                    result.problems << ImportProblem {
                        card.number,
                        QStringLiteral("VERSION"),
                        card.version,
                        QStringLiteral("wrong_version"),
                        QStringLiteral("the card is vCard %1, not %2").arg(card.version, *limits.requiredVersion),
                        QStringLiteral("نسخه‌ی کارت %1 است، نه %2")
                            .arg(card.version, *limits.requiredVersion)
                    };
                    ++result.counts.invalid;
                    continue;
                }
                chunk << ImportRow { VcardImportRecord::record(card, VcardContact::fromCard(card)), card.number };
                if (chunk.size() >= chunkRows)
                    flush();
            }
            flush();
            if (const auto &error = reader.error()) {
                result.problems << *error;
                fileBroken = true;
                throw RollBack {};
            }
            if (result.counts.rows == 0) {
                result.problems << ImportProblem::file(QStringLiteral("no_cards"),
                                                       QStringLiteral("the file holds no vCard (BEGIN:VCARD)"),
                                                       QStringLiteral("فایل هیچ کارت ویزیتی (BEGIN:VCARD) ندارد"));
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
