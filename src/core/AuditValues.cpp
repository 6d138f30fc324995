#include "AuditValues.h"

#include "JsonRecordEncoder.h"

namespace peyvand::AuditValues {

nlohmann::ordered_json customer(const Customer &c)
{
    return JsonRecordEncoder::customer(c);
}

nlohmann::ordered_json contact(const ContactPerson &c)
{
    return JsonRecordEncoder::contact(c);
}

nlohmann::ordered_json deal(const Deal &d)
{
    nlohmann::ordered_json j = JsonRecordEncoder::deal(DealRecord { d, {} });
    j.erase("stage_history");
    return j;
}

nlohmann::ordered_json activity(const Activity &a)
{
    return JsonRecordEncoder::activity(a);
}

nlohmann::ordered_json order(const Order &o)
{
    return JsonRecordEncoder::order(o);
}

nlohmann::ordered_json serviceRequest(const ServiceRequest &r)
{
    return JsonRecordEncoder::serviceRequest(r);
}

} // namespace peyvand::AuditValues
