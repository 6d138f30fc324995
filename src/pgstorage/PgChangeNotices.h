#pragma once
// The server side of live updates (docs/team-mode.md "Live updates"): after
// every INSERT, UPDATE or DELETE statement on customers, contacts, deals,
// activities, orders and service_requests, a trigger sends one notice per row
// on the channel `peyvand_changes`:
//
//     entity:id:customer_id:writer_pid      e.g. "deals:12:7:4312"
//
// (entity = the table's name, writer_pid = pg_backend_pid() of the session that
// wrote). A statement that changes more than kMaxRowNotices rows sends one
// "reset:0:0:pid" instead, and a transaction that called quietTransaction()
// sends none but that reset. PostgreSQL delivers notices only when the
// transaction commits, once per distinct payload, in commit order.
// Order lines, payments, status history and request notes need no trigger:
// every write of them also updates their order's or request's row (its
// version), which sends the notice.
#include <QByteArray>
#include <QString>
#include <optional>

namespace peyvand {

class PgConnection;

namespace PgChangeNotices {

inline constexpr char kChannel[] = "peyvand_changes";
inline constexpr int kMaxRowNotices = 100;

// Installs (or brings up to date) the trigger functions and triggers, in one
// transaction; does nothing when this version is already there, so a program
// that opens the database takes no table locks. Called at the end of
// PgMigrations::migrate.
void install(PgConnection &db);

// For writers of many rows (bulk loads, snapshot copies), inside their
// transaction: the rows it writes send no notices; one "reset" notice goes out
// when it commits, and the other desktops reload what they show.
void quietTransaction(PgConnection &db);

struct Notice
{
    QString entity; // a table name, or "reset"
    qint64 id = 0;
    qint64 customerId = 0;
    int writerPid = 0;
};

// Reads a payload; nullopt for anything not of the form above.
std::optional<Notice> parse(const QByteArray &payload);

} // namespace PgChangeNotices

} // namespace peyvand
