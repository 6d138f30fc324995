#include "DatabaseComparison.h"

#include "SnapshotComparison.h"

namespace peyvand::testing {

std::vector<std::string> compareDatabases(DataStore &left, DataStore &right, std::size_t limit)
{
    const auto a = left.snapshotReader();
    const auto b = right.snapshotReader();
    return SnapshotComparison::compare(*a, *b, limit);
}

} // namespace peyvand::testing
