#pragma once
// The customers row on PostgreSQL: the INSERT's columns bound from a Customer
// exactly as SQLite's RowColumns::bindCustomer binds them (the same NULLs, the
// same derived name, sort key, phone, city, tags and search text), and a
// stored row read back into a Customer (without its children).
#include "Customer.h"

namespace peyvand {
class PgResult;
class PgStatement;
} // namespace peyvand

namespace peyvand::PgCustomerColumns {

// Parameters $1–$32; the UPDATE adds the id as $33 and the expected version as $34.
extern const char *const kInsert;
extern const char *const kUpdate;
// The SELECT list read by read(), in its order.
extern const char *const kSelectList;

void bind(PgStatement &q, const Customer &c, const QString &searchText);
Customer read(const PgResult &r, int row);

} // namespace peyvand::PgCustomerColumns
