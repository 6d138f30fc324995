#pragma once
// ISO-8601 text for the JSON export, fast (millions of times per export):
// UTC times as "2025-01-15T09:30:00Z" and dates as "2025-01-15". Parsing takes
// that canonical form on a fast path and any ISO-8601 time with a zone
// (Z or ±hh:mm) through QDateTime.
#include <QDate>
#include <QDateTime>
#include <optional>
#include <string>
#include <string_view>

namespace peyvand::IsoTime {

std::string formatTime(const QDateTime &time); // UTC, whole seconds
std::string formatDate(const QDate &date);
// nullopt when not an ISO-8601 time with a time zone, or when in UTC it falls
// outside the years 1 to 9999 (formatTime could not write it back).
std::optional<QDateTime> parseTime(std::string_view text);
// nullopt when not a valid YYYY-MM-DD date.
std::optional<QDate> parseDate(std::string_view text);

} // namespace peyvand::IsoTime
