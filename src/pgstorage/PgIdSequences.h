#pragma once
// The identity sequences of the tables with a generated id. A load that
// writes its own ids (a snapshot copy, a bulk load with keepIds) moves them
// past the largest id afterwards, so that the repositories' next INSERT (and
// a new order's number, 100000 + id) does not collide with a loaded row.
// Sequences only move forward: one already past the ids is left alone.
namespace peyvand {

class PgConnection;

namespace PgIdSequences {

// Every table with a generated id, parents before children.
extern const char *const kTables[];
extern const int kTableCount;

// Moves each table's sequence past its largest id (a sequence change is not
// undone by a rollback; a gap in the numbers is all that can be left).
void advancePastIds(PgConnection &connection);

} // namespace PgIdSequences
} // namespace peyvand
