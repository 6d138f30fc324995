#pragma once
// Compares two databases entity by entity through their SnapshotReaders:
// core's SnapshotComparison (which `migrate-to` runs too), for tests.
#include "DataStore.h"
#include "SnapshotReader.h"

#include <string>
#include <vector>

namespace peyvand::testing {

// The first `limit` differences, each as "customers[id 12].national_id: "…" vs "…"";
// empty when the databases hold the same data.
std::vector<std::string> compareDatabases(DataStore &left, DataStore &right, std::size_t limit = 10);
// The same through two readers (e.g. a SqliteSnapshotReader and a PgSnapshotReader).
std::vector<std::string> compareDatabases(SnapshotReader &left, SnapshotReader &right, std::size_t limit = 10);

} // namespace peyvand::testing
