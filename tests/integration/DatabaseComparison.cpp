#include "DatabaseComparison.h"

#include "SnapshotComparison.h"

namespace peyvand::testing {

std::vector<std::string> compareDatabases(DataStore &left, DataStore &right, std::size_t limit)
{
    const auto a = left.snapshotReader();
    const auto b = right.snapshotReader();
    return compareDatabases(*a, *b, limit);
}

std::vector<std::string> compareDatabases(SnapshotReader &left, SnapshotReader &right, std::size_t limit)
{
    return SnapshotComparison::compare(left, right, limit);
}

} // namespace peyvand::testing
