// The fuzz target of a JSON full export: the import's checking pass.
#include "FuzzEntries.h"
#include "FuzzSupport.h"
#include "JsonImporter.h"
#include "ValidationError.h"

#include <sstream>
#include <string>

namespace peyvand::fuzz {

namespace {

// Newer than any schema, so that a file is never refused only for its version.
constexpr int kProgramSchema = 1000000;

} // namespace

void jsonSnapshot(const std::uint8_t *data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size), std::ios::binary);
    try {
        const JsonImporter::Result result = JsonImporter::check(in, kProgramSchema);
        expect(result.schemaVersion >= 1, "an accepted export has no schema version");
        expect(!result.exportedAt.isEmpty(), "an accepted export has no time");
        for (const qint64 n : { result.counts.users, result.counts.pipelines, result.counts.households,
                                result.counts.customers, result.counts.contacts, result.counts.deals,
                                result.counts.activities, result.counts.orders, result.counts.serviceRequests })
            expect(n >= 0, "an accepted export has a negative count");
    } catch (const ValidationError &e) {
        expectClear(e);
    }
}

} // namespace peyvand::fuzz
