#pragma once
// The SQLite BulkLoader. Rows are encoded on the caller's thread (with the
// repositories' own binders, RowColumns) into batches that a writer thread
// executes with prepared statements reused across rows, so generating data
// and writing it share the two cores. Ids are assigned here (max + 1, stable
// while the chunk's write transaction holds the lock) and written explicitly.
//
// Per-row derived data is done set-wise instead: the INSERT triggers of the
// report summaries and of deals.reached_position are dropped for the chunk's
// transaction (DeferredTriggers); activity_daily and order_daily get one upsert
// per summary row at commit (ReportSummaryDeltas) and each deal is written with
// the furthest stage of its history. The search grams are written row by row
// (contentless FTS5 has no faster way in) and merged once in finish().
#include "BulkLoadSettings.h"
#include "BulkLoader.h"
#include "BulkWriter.h"
#include "DeferredTriggers.h"
#include "ReportSummaryDeltas.h"
#include "SearchIndexLoad.h"

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace peyvand {

class SqliteDatabase;

class SqliteBulkLoader final : public BulkLoader
{
public:
    struct Options
    {
        bool writerThread = true;
        // Page cache while loading; unset: 1 GiB when indexes are kept up to date
        // row by row, 256 MiB when they are built afterwards (rows only append).
        std::optional<int> cacheMiB;
        bool rollbackJournal = true; // while nobody else has the file open (BulkLoadSettings)
        // Build random-order secondary indexes after the load (DeferredIndexes);
        // unset: when the plan is big and at least as big as the file's customers.
        std::optional<bool> deferIndexes;
    };

    SqliteBulkLoader(SqliteDatabase &db, const BulkLoadPlan &plan);
    SqliteBulkLoader(SqliteDatabase &db, const BulkLoadPlan &plan, const Options &options);
    ~SqliteBulkLoader() override;

    void beginChunk() override;
    qint64 addCustomer(const Customer &customer) override;
    qint64 addContact(const ContactPerson &contact) override;
    qint64 addDeal(const Deal &deal, const QList<DealStageChange> &history) override;
    qint64 addActivity(const Activity &activity) override;
    qint64 addOrder(const Order &order) override;
    qint64 addServiceRequest(const ServiceRequest &request) override;
    void addAuditEntry(const AuditEntry &entry) override;
    void commitChunk() override;
    void finish(const std::function<void(const char *step)> &step = {}) override;

    // Reads the stages again (for the furthest stage of each deal), after the
    // caller wrote pipelines in the open chunk (a snapshot import).
    void reloadStages();

private:
    struct CustomerFacts
    {
        CustomerKind kind;
        qint64 ownerId;
    };
    struct StageFacts
    {
        int position;
        bool lost;
    };

    BulkRow row(quint32 statement);
    void submitIfFull();
    void expectOpen() const;
    std::optional<CustomerFacts> customer(qint64 id);
    qint64 nextId(const char *table);
    qint64 takeId(qint64 given, qint64 &next) const;

    SqliteDatabase &m_db;
    Options m_options;
    bool m_keepIds = false;
    bool m_deferIndexes = false;
    BulkLoadSettings m_settings;
    DeferredTriggers m_triggers;
    SearchIndexLoad m_search;
    std::unordered_map<qint64, StageFacts> m_stages;
    std::unique_ptr<BulkWriter> m_writer;
    std::unique_ptr<BulkBatch> m_batch;
    ReportSummaryDeltas m_summaries;
    std::vector<AuditEntry> m_auditEntries; // written at the chunk's commit
    bool m_open = false;
    bool m_finished = false;

    qint64 m_nextCustomer = 0, m_nextContact = 0, m_nextDeal = 0, m_nextActivity = 0, m_nextOrder = 0,
           m_nextRequest = 0;
    // Kind and owner of the customers of the open chunk (from its first id on),
    // and of others looked up in the file (with keepIds, of every customer added).
    qint64 m_chunkFirstCustomer = 0;
    std::vector<CustomerFacts> m_chunkCustomers;
    std::unordered_map<qint64, std::optional<CustomerFacts>> m_otherCustomers;
};

} // namespace peyvand
