#pragma once
// Each JSON record of an import as its entity (the inverse of
// JsonRecordEncoder), checking types, enum codes, dates, ranges and what the
// schema requires of a single record (non-empty names, amounts ≥ 0…).
// ValidationError names the path of the first bad field. References between
// records are SnapshotValidator's.
#include "SnapshotReader.h"

#include <nlohmann/json.hpp>
#include <string>

namespace peyvand::JsonRecordDecoder {

User user(const nlohmann::json &j, const std::string &path);
Pipeline pipeline(const nlohmann::json &j, const std::string &path);
Household household(const nlohmann::json &j, const std::string &path);
Customer customer(const nlohmann::json &j, const std::string &path);
ContactPerson contact(const nlohmann::json &j, const std::string &path);
DealRecord deal(const nlohmann::json &j, const std::string &path);
Activity activity(const nlohmann::json &j, const std::string &path);
Order order(const nlohmann::json &j, const std::string &path);
ServiceRequest serviceRequest(const nlohmann::json &j, const std::string &path);

} // namespace peyvand::JsonRecordDecoder
