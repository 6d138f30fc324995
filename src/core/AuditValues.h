#pragma once
// The old and new values an audit entry keeps: each record as the JSON full
// export writes it (JsonRecordEncoder, docs/formats.md), so the audit view and
// `peyvand-cli audit` read one format. A deal is kept without its stage
// history (each stage change has its own entry).
#include "SnapshotReader.h"

#include <nlohmann/json.hpp>

namespace peyvand::AuditValues {

nlohmann::ordered_json customer(const Customer &c);
nlohmann::ordered_json contact(const ContactPerson &c);
nlohmann::ordered_json deal(const Deal &d);
nlohmann::ordered_json activity(const Activity &a);
nlohmann::ordered_json order(const Order &o);
nlohmann::ordered_json serviceRequest(const ServiceRequest &r);

} // namespace peyvand::AuditValues
