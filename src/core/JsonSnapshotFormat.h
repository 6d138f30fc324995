#pragma once
// The names and limits of Peyvand's JSON full export (docs/formats.md, "JSON"):
// one object with a header and one array per section, sections in this order
// (every reference points to an earlier section, or for a parent company to
// the same one). A store of any backend reads and writes it through
// SnapshotReader / SnapshotWriter.
#include <array>
#include <cstddef>

namespace peyvand::JsonSnapshotFormat {

inline constexpr const char *kFormat = "peyvand";
// 2: records of customers, contacts, deals, activities, orders and requests
// carry their "version" (optimistic concurrency); a file of version 1 has none
// and its records import as version 1.
inline constexpr int kVersion = 2;

enum class Section { Users, Pipelines, Households, Customers, Contacts, Deals, Activities, Orders, ServiceRequests };
inline constexpr std::array<const char *, 9> kSectionNames { "users",      "pipelines", "households",
                                                             "customers",  "contacts",  "deals",
                                                             "activities", "orders",    "service_requests" };
inline constexpr std::size_t kSectionCount = kSectionNames.size();
// The fields of the header (before the sections).
inline constexpr std::array<const char *, 5> kHeaderNames { "format", "version", "schema_version", "exported_at",
                                                            "counts" };

inline const char *name(Section s)
{
    return kSectionNames[std::size_t(s)];
}

// Longest text value accepted (bytes of UTF-8): far above any real field, far
// below what would hurt (a 10 MB string is refused, not stored).
inline constexpr std::size_t kMaxTextBytes = 1 << 20;
// Deepest nesting inside one record (record → list → item is 3).
inline constexpr int kMaxRecordDepth = 4;

} // namespace peyvand::JsonSnapshotFormat
