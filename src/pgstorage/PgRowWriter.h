#pragma once
// Writes whole aggregates as rows for PgSnapshotWriter and PgBulkLoader (one
// writer, both loads): each row is bound as the repositories bind it
// (PgValues conventions; customers through PgCustomerColumns), encoded as a
// line of COPY text and buffered per table; flush() sends every buffered
// table with one COPY each, parents before children, so that a row's
// references are in the database or earlier in the same flush.
//
// Derived data as the repositories and triggers leave it: search_text from
// CustomerSearchText / ContactSearchText, deals.reached_position computed
// from the history (the furthest non-lost stage, what the trigger keeps), and
// the report summaries (activity_daily, order_daily) by one grouped upsert
// per table at the end (PgDeferredSummaries, the per-row triggers switched
// off for the transaction), or, for a role that does not own the tables, by
// the triggers themselves, which COPY fires row by row.
//
// A parent company may come after its subsidiary (a snapshot in id order): a
// customer whose parent_id is not below its own id is written without it and
// the reference is set by finishRows() once the parent is in (a bulk load's
// later chunk, or the snapshot's end).
#include "Activity.h"
#include "ContactPerson.h"
#include "Customer.h"
#include "Deal.h"
#include "Household.h"
#include "Order.h"
#include "PgDeferredSummaries.h"
#include "PgIdBlocks.h"
#include "PgStatement.h"
#include "ServiceRequest.h"

#include <QByteArray>
#include <deque>
#include <unordered_map>
#include <utility>
#include <vector>

namespace peyvand {

class PgConnection;

class PgRowWriter
{
public:
    explicit PgRowWriter(PgConnection &connection);

    // In the load's newly opened transaction: switches the per-row summary
    // triggers off for it when this role may (PgDeferredSummaries).
    void beginTransaction(PgDeferredSummaries::Scope scope);
    // Reads the stages (positions and lost outcomes for reached_position);
    // again after pipelines were written in the same transaction.
    void reloadStages();

    // Children's ids: given ones are written when `keepChildIds` and not 0;
    // the others are taken from the tables' sequences.
    void addHousehold(const Household &household);
    void addCustomer(qint64 id, const Customer &customer);
    void addContact(qint64 id, const ContactPerson &contact);
    void addDeal(qint64 id, const Deal &deal, const QList<DealStageChange> &history, bool keepChildIds);
    void addActivity(qint64 id, const Activity &activity);
    void addOrder(qint64 id, const Order &order, bool keepChildIds);
    void addServiceRequest(qint64 id, const ServiceRequest &request, bool keepChildIds);

    // Sends what is buffered when it has grown past the flush size.
    void flushIfFull();
    // Sends everything buffered.
    void flush();
    // flush(), the report summaries of the rows written (triggers back on),
    // then sets the parent references held back. Not `last` (a bulk
    // load's chunk): those whose parent is not in yet wait for a later chunk.
    // `last`: all of them, a parent that never came fails on its foreign key.
    void finishRows(bool last);
    // Parent references still waiting for their parent.
    qint64 heldParents() const;
    // Forgets the rows buffered (their transaction was rolled back).
    void discard();

    qint64 bufferedBytes() const { return m_bytes; }
    // New ids from the tables' sequences (also for the bulk loader's records).
    PgIdBlocks &ids() { return m_ids; }

private:
    enum TableIndex : int {
        Households,
        Customers,
        Phones,
        Addresses,
        Tags,
        Contacts,
        Deals,
        DealContacts,
        StageHistory,
        Activities,
        Orders,
        OrderLines,
        Payments,
        OrderHistory,
        Requests,
        RequestNotes,
        TableCount
    };
    struct Table
    {
        QByteArray copySql;
        PgStatement row; // bound per row, encoded, never executed
        QByteArray lines;
    };

    PgStatement &row(TableIndex table) { return m_tables[table].row; }
    void endRow(TableIndex table);
    qint64 childId(qint64 given, bool keep, const char *table);

    PgConnection &m_connection;
    PgIdBlocks m_ids;
    PgDeferredSummaries m_summaries;
    std::deque<Table> m_tables;
    qint64 m_bytes = 0;
    struct StageFacts
    {
        int position;
        bool lost;
    };
    std::unordered_map<qint64, StageFacts> m_stages;
    std::vector<std::pair<qint64, qint64>> m_heldParents; // (customer, parent)
};

} // namespace peyvand
