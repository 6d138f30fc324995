#pragma once
// Each entity of a snapshot as its JSON record (field names in docs/formats.md):
// snake_case, money as integer Rials, dates "YYYY-MM-DD", times UTC
// "YYYY-MM-DDTHH:MM:SSZ", enums as their stored codes, absent references null.
#include "SnapshotReader.h"

#include <nlohmann/json.hpp>

namespace peyvand::JsonRecordEncoder {

nlohmann::ordered_json user(const User &u);
nlohmann::ordered_json pipeline(const Pipeline &p);
nlohmann::ordered_json household(const Household &h);
nlohmann::ordered_json customer(const Customer &c);
nlohmann::ordered_json contact(const ContactPerson &c);
nlohmann::ordered_json deal(const DealRecord &d);
nlohmann::ordered_json activity(const Activity &a);
nlohmann::ordered_json order(const Order &o);
nlohmann::ordered_json serviceRequest(const ServiceRequest &r);

} // namespace peyvand::JsonRecordEncoder
