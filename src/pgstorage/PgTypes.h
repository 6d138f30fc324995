#pragma once
// The built-in type OIDs Peyvand binds and reads (pg_type.dat; fixed across
// PostgreSQL versions), and their names for messages.
#include <QString>

namespace peyvand::PgTypes {

constexpr unsigned int kBool = 16;
constexpr unsigned int kBytea = 17;
constexpr unsigned int kName = 19;
constexpr unsigned int kInt8 = 20;
constexpr unsigned int kInt2 = 21;
constexpr unsigned int kInt4 = 23;
constexpr unsigned int kText = 25;
constexpr unsigned int kJson = 114;
constexpr unsigned int kNumeric = 1700;
constexpr unsigned int kVarchar = 1043;
constexpr unsigned int kJsonb = 3802;

QString nameOf(unsigned int oid);

} // namespace peyvand::PgTypes
