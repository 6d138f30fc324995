#pragma once
// Peyvand's own consistency rules over a SQLite file, beyond SQLite's
// integrity and foreign-key checks: what every writer (repositories, triggers,
// the bulk loader, imports) keeps in step inside one transaction. A record
// whose parts are not all there, or derived data that disagrees with its
// base rows, is what a half-written transaction would leave behind, so
// `peyvand-cli check` and the crash-safety test rely on these.
//
// - every customer / contact person is in its search index, and the index
//   has no row of a record that is gone;
// - activity_daily and order_daily equal the summaries of their base rows;
// - deals.reached_position is what the stage history gives;
// - every deal has a stage history; every order has lines and a status history;
// - a customer's phone and city columns are its first phone and address, and
//   its tags column lists as many tags as customer_tags holds;
// - no index a bulk load left out is still missing;
// - no deal is in the pipeline of the other customer kind.
#include <QStringList>

namespace peyvand {

class SqliteDatabase;

namespace ConsistencyCheck {

// Human-readable problems (each names the rule, how many rows break it and
// the first such id); empty when the file keeps every rule. Reads only.
QStringList problems(SqliteDatabase &db);

} // namespace ConsistencyCheck

} // namespace peyvand
