#pragma once
// How a database is opened, the same words for every backend (SQLite file or
// PostgreSQL server; see DataStoreFactory in src/backend).
namespace peyvand {

enum class StoreOpenMode {
    CreateAndMigrate, // a missing SQLite file, or a PostgreSQL database without Peyvand's schema, is set up
    MigrateExisting, // the database must already be Peyvand's; an older schema is brought up to date
    ReadOnly // the database must be Peyvand's at this program's schema; nothing is written
};

} // namespace peyvand
