#pragma once
// The schema's CHECK constraints, tested in C++ before a row is encoded. A
// bulk load switches SQLite's own CHECKs off (ignore_check_constraints): each
// `x IN ('a','b',…)` constraint builds a temporary b-tree every time a
// single-row INSERT runs, a third of the cost of an activity row. A failed
// check throws DatabaseError with SQLite's code and message, so a bulk load
// refuses exactly the rows SQLite would.
#include "Activity.h"
#include "ContactPerson.h"
#include "Customer.h"
#include "Deal.h"
#include "Order.h"
#include "ServiceRequest.h"

namespace peyvand::BulkChecks {

void customer(const Customer &c);
void contact(const ContactPerson &c);
void deal(const Deal &d);
void activity(const Activity &a);
void order(const Order &o); // with its lines and payments
void serviceRequest(const ServiceRequest &r);

} // namespace peyvand::BulkChecks
