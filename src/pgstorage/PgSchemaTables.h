#pragma once
// The tables, indexes and default pipelines of PostgreSQL schema 8: the same
// tables and columns as SQLite's schema 8 (src/storage/SchemaV1.cpp and
// Migrations.cpp), in PostgreSQL types; docs/team-mode.md "Schema" maps them
// table by table. The report summaries' triggers are in PgSchemaReports.
namespace peyvand {

class PgConnection;

namespace PgSchemaTables {

void apply(PgConnection &connection);

} // namespace PgSchemaTables
} // namespace peyvand
