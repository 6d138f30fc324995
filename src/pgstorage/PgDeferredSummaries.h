#pragma once
// The per-row derived-data triggers switched off for one load transaction and
// their work done set-wise at its end, as SQLite's bulk loader does
// (DeferredTriggers + ReportSummaryDeltas): activities_daily_insert and
// orders_daily_insert become one grouped upsert per 20,000 loaded rows into
// activity_daily / order_daily (the same day arithmetic, kind and owner as the
// triggers; or one upsert over the whole tables after a snapshot into an
// empty database), and deal_stage_history_reached is not needed because the rows
// carry their reached_position. Halves a copy's time (see docs/team-mode.md).
//
// ALTER TABLE … DISABLE TRIGGER is transactional and needs the tables' owner:
// a rollback (or a lost session) switches the triggers back on by itself; a
// role that does not own the tables keeps the triggers, which then do the same
// work row by row. The disabled triggers hold a SHARE ROW EXCLUSIVE lock on
// activities, orders and deal_stage_history until the transaction ends, so
// other sessions' writes to them wait for the load's commit.
#include <QList>
#include <QtGlobal>

namespace peyvand {

class PgConnection;

class PgDeferredSummaries
{
public:
    explicit PgDeferredSummaries(PgConnection &connection);

    // Which rows the summaries are folded from at the end.
    enum class Scope {
        LoadedRows, // the ids added (a bulk load's chunk into a database that has rows)
        WholeTables // every activity and order (a snapshot into an empty database)
    };
    // In the load's open transaction: switches the triggers off if this role may.
    void begin(Scope scope);
    bool deferred() const { return m_deferred; }
    // Rows written while deferred, to be counted at the end.
    void addActivity(qint64 id);
    void addOrder(qint64 id);
    // Folds the rows written into the summaries and switches the triggers back
    // on; before the transaction commits.
    void finish();
    // Forgets the rows (the transaction was rolled back, the triggers with it).
    void discard();

private:
    void flush();

    PgConnection &m_connection;
    bool m_deferred = false;
    Scope m_scope = Scope::LoadedRows;
    QList<qint64> m_activities;
    QList<qint64> m_orders;
};

} // namespace peyvand
