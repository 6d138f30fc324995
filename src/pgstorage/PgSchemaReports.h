#pragma once
// The report summaries of PostgreSQL schema 8, kept as on SQLite: the
// activity_daily / order_daily tables per Iranian business day
// (day = (epoch seconds + 12600) / 86400) and deals.reached_position, kept up
// to date by PL/pgSQL triggers with the same names and the same arithmetic as
// SQLite's (src/storage/Migrations.cpp, version 6), so the reports' SQL ports
// one to one and a copied database needs no recount.
namespace peyvand {

class PgConnection;

namespace PgSchemaReports {

void apply(PgConnection &connection);

} // namespace PgSchemaReports
} // namespace peyvand
