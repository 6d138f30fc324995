#pragma once
// Schema version 1: users, customers of both kinds with phones, addresses and
// tags, households, contacts, pipelines and stages (seeded with the default B2B
// and B2C pipelines), deals with stage history, activities, orders with lines,
// payments and status history.
namespace peyvand {
class SqliteDatabase;
namespace SchemaV1 {
void apply(SqliteDatabase &db);
}
} // namespace peyvand
