// The bulk loader on real files: the same demo data written through the
// repositories (every trigger firing row by row) and through SqliteBulkLoader
// (triggers deferred, summaries counted in memory, indexes built afterwards)
// gives identical tables; what the load derives equals what the base rows
// say; a load that stops leaves a consistent file; the rows SQLite's CHECK
// constraints would refuse are refused.
#include "CustomerSearchText.h"
#include "DatabaseError.h"
#include "DeferredIndexes.h"
#include "DemoDataGenerator.h"
#include "SearchGrams.h"
#include "SqliteBulkLoader.h"
#include "TestStore.h"

#include <QSet>
#include <algorithm>

using peyvand::Activity;
using peyvand::ActivityRepository;
using peyvand::ActivityType;
using peyvand::BulkLoader;
using peyvand::BulkLoadPlan;
using peyvand::ContactPerson;
using peyvand::ContactRepository;
using peyvand::Customer;
using peyvand::CustomerKind;
using peyvand::CustomerQuery;
using peyvand::CustomerRepository;
using peyvand::CustomerRow;
using peyvand::DatabaseError;
using peyvand::DataStore;
using peyvand::Deal;
using peyvand::DealRepository;
using peyvand::DealStageChange;
using peyvand::DealStatus;
using peyvand::DemoDataGenerator;
using peyvand::Order;
using peyvand::OrderLine;
using peyvand::OrderRepository;
using peyvand::OrderStatus;
using peyvand::OrderStatusChange;
using peyvand::PipelineRepository;
using peyvand::ReportRepository;
using peyvand::RequestNote;
using peyvand::ServiceRequest;
using peyvand::ServiceRequestRepository;
using peyvand::SqliteDatabase;
using peyvand::SqliteDataStore;
using peyvand::UserRepository;
namespace CustomerSearchText = peyvand::CustomerSearchText;
namespace DeferredIndexes = peyvand::DeferredIndexes;
namespace SearchGrams = peyvand::SearchGrams;
using peyvand::testing::TestStore;

namespace {

constexpr qint64 kCustomers = 2000;
const QDate kAsOf(2025, 3, 10);

// The reference: each aggregate through its repository, one transaction per chunk.
class RepositoryLoader final : public BulkLoader
{
public:
    explicit RepositoryLoader(SqliteDataStore &store)
        : m_store(store)
    {
    }
    ~RepositoryLoader() override
    {
        if (m_open)
            m_store.database().rollback();
    }
    void beginChunk() override
    {
        m_store.database().begin();
        m_open = true;
    }
    qint64 addCustomer(const Customer &c) override { return m_store.customers().add(c); }
    qint64 addContact(const ContactPerson &c) override { return m_store.contacts().add(c); }
    qint64 addDeal(const Deal &d, const QList<DealStageChange> &history) override
    {
        Deal first = d;
        first.stageId = history.front().stageId;
        first.status = DealStatus::Open;
        first.lostReason.reset();
        first.closedAt = {};
        const qint64 id = m_store.deals().add(first, history.front().changedBy);
        for (qsizetype i = 1; i < history.size(); ++i)
            m_store.deals().recordStageChange(id, history[i].stageId, history[i].enteredAt, history[i].changedBy);
        Deal last = d;
        last.id = id;
        m_store.deals().update(last);
        // The loader writes the deal once, as a new record (version 1); the
        // reference reached the same state in two saves.
        auto version = m_store.database().prepare("UPDATE deals SET version = 1 WHERE id = ?");
        version->bind(1, id);
        version->run();
        return id;
    }
    qint64 addActivity(const Activity &a) override { return m_store.activities().add(a); }
    qint64 addOrder(const Order &o) override { return m_store.orders().add(o); }
    qint64 addServiceRequest(const ServiceRequest &r) override
    {
        const qint64 id = m_store.serviceRequests().add(r);
        for (const RequestNote &n : r.notes)
            m_store.serviceRequests().addNote(id, n);
        return id;
    }
    void addAuditEntry(const peyvand::AuditEntry &e) override { m_store.audit().add(e); }
    void commitChunk() override
    {
        m_store.database().commit();
        m_open = false;
    }
    void finish(const std::function<void(const char *)> &) override { }

private:
    SqliteDataStore &m_store;
    bool m_open = false;
};

// A store whose bulk loader is chosen by the test; everything else is the SQLite store's.
class ChosenLoaderStore final : public DataStore
{
public:
    using Make = std::function<std::unique_ptr<BulkLoader>(SqliteDataStore &)>;
    ChosenLoaderStore(SqliteDataStore &store, Make make)
        : m_store(store)
        , m_make(std::move(make))
    {
    }
    CustomerRepository &customers() override { return m_store.customers(); }
    ContactRepository &contacts() override { return m_store.contacts(); }
    PipelineRepository &pipelines() override { return m_store.pipelines(); }
    DealRepository &deals() override { return m_store.deals(); }
    ActivityRepository &activities() override { return m_store.activities(); }
    OrderRepository &orders() override { return m_store.orders(); }
    ServiceRequestRepository &serviceRequests() override { return m_store.serviceRequests(); }
    UserRepository &users() override { return m_store.users(); }
    ReportRepository &reports() override { return m_store.reports(); }
    peyvand::AuditRepository &audit() override { return m_store.audit(); }
    void transaction(const std::function<void()> &work) override { m_store.transaction(work); }
    std::unique_ptr<BulkLoader> bulkLoader(const BulkLoadPlan &) override { return m_make(m_store); }
    std::unique_ptr<peyvand::SnapshotReader> snapshotReader() override { return m_store.snapshotReader(); }
    std::unique_ptr<peyvand::SnapshotWriter> snapshotWriter() override { return m_store.snapshotWriter(); }
    peyvand::MetaRepository &meta() override { return m_store.meta(); }
    std::unique_ptr<peyvand::DatabaseBackup> backup() override { return m_store.backup(); }
    QString location() const override { return m_store.location(); }
    int schemaVersion() override { return m_store.schemaVersion(); }

private:
    SqliteDataStore &m_store;
    Make m_make;
};

DemoDataGenerator::Totals seed(DataStore &store, qint64 customers = kCustomers, int chunk = 700)
{
    DemoDataGenerator::Options options;
    options.customers = customers;
    options.asOf = kAsOf;
    options.batchSize = chunk; // several chunks, the last one short
    return DemoDataGenerator(store, options).run();
}

// Every row of a query as text, for comparing two files.
QStringList rowsOf(SqliteDatabase &db, const QString &sql)
{
    auto q = db.prepare(sql.toUtf8().constData());
    QStringList rows;
    while (q->step()) {
        QString row;
        for (int i = 0; i < q->columnCount(); ++i)
            row += (q->isNull(i) ? QStringLiteral("NULL") : q->text(i)) + QLatin1Char('|');
        rows << row;
    }
    return rows;
}

} // namespace

namespace {

// Tables in a stable order, keyed as their primary key orders them.
const char *const kTables[][2] = {
    { "users", "id" }, // created_at comes from the real clock: compared without it below
    { "customers", "id" },
    { "customer_phones", "customer_id, position" },
    { "customer_addresses", "customer_id, position" },
    { "customer_tags", "tag, customer_id" },
    { "contacts", "id" },
    { "deals", "id" },
    { "deal_contacts", "deal_id, contact_id" },
    { "deal_stage_history", "id" },
    { "activities", "id" },
    { "orders", "id" },
    { "order_lines", "id" },
    { "payments", "id" },
    { "order_status_history", "id" },
    { "service_requests", "id" },
    { "request_notes", "id" },
    { "activity_daily", "day, owner_id, kind, type" },
    { "order_daily", "day, kind, owner_id, status" },
};

QStringList tableRows(SqliteDatabase &db, const char *table, const char *key)
{
    const QString columns = QLatin1String(table) == QLatin1String("users")
        ? QStringLiteral("id, username, full_name, role, active")
        : QStringLiteral("*");
    return rowsOf(
        db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns, QLatin1String(table), QLatin1String(key)));
}

// What an FTS5 index holds: (term, row) pairs, read through an fts5vocab table.
QStringList searchIndexOf(SqliteDatabase &db, const char *schema, const char *table)
{
    const QString vocab = QStringLiteral("temp.vocab_%1_%2").arg(QLatin1String(schema), QLatin1String(table));
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5vocab(%2, %3, instance)")
                .arg(vocab, QLatin1String(schema), QLatin1String(table))
                .toUtf8()
                .constData());
    return rowsOf(db, QStringLiteral("SELECT term, doc FROM %1 ORDER BY term, doc").arg(vocab));
}

// The search index as it would be rebuilt from the rows' search_text.
QStringList searchIndexFromRows(SqliteDatabase &db, const char *rowsTable, const char *indexTable)
{
    const QString name = QStringLiteral("expect_%1").arg(QLatin1String(indexTable));
    db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1; CREATE VIRTUAL TABLE temp.%1 USING fts5(grams, "
                           "content='', detail=none, prefix='1 2', tokenize='unicode61 remove_diacritics 0')")
                .arg(name)
                .toUtf8()
                .constData());
    const QByteArray readSql = QStringLiteral("SELECT id, search_text FROM %1").arg(QLatin1String(rowsTable)).toUtf8();
    const QByteArray writeSql = QStringLiteral("INSERT INTO temp.%1(rowid, grams) VALUES (?, ?)").arg(name).toUtf8();
    auto read = db.prepare(readSql.constData());
    auto write = db.prepare(writeSql.constData());
    while (read->step()) {
        write->bind(1, read->int64(0)).bind(2, SearchGrams::gramsOf(read->text(1)));
        write->run();
    }
    return searchIndexOf(db, "temp", name.toUtf8().constData());
}

QStringList schemaOf(SqliteDatabase &db)
{
    // sqlite_stat1 comes and goes with PRAGMA optimize when a connection closes.
    return rowsOf(db,
                  QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                 "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"));
}

QStringList problems(SqliteDatabase &db)
{
    QStringList out = rowsOf(db, QStringLiteral("PRAGMA integrity_check"));
    out.removeAll(QStringLiteral("ok|"));
    out << rowsOf(db, QStringLiteral("PRAGMA foreign_key_check"));
    return out;
}

// Differences between two row lists, for a readable failure.
std::string firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i])
            return "row " + std::to_string(i) + ":\n  " + a[i].toStdString() + "\n  " + b[i].toStdString();
    return "sizes " + std::to_string(a.size()) + " and " + std::to_string(b.size());
}

// Named after the class under test (peyvand::SqliteBulkLoader).
class SqliteBulkLoader : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        reference = new TestStore(TestStore::Actor::Nobody);
        ChosenLoaderStore byRepositories(reference->sqlite(), [](SqliteDataStore &s) {
            return std::unique_ptr<BulkLoader>(new RepositoryLoader(s));
        });
        referenceTotals = seed(byRepositories);

        bulk = new TestStore(TestStore::Actor::Nobody);
        bulkTotals = seed(**bulk); // the store's own loader: writer thread, indexes kept

        deferred = new TestStore(TestStore::Actor::Nobody);
        ChosenLoaderStore withDeferredIndexes(deferred->sqlite(), [](SqliteDataStore &s) {
            peyvand::SqliteBulkLoader::Options options;
            options.writerThread = false;
            options.deferIndexes = true;
            return std::make_unique<peyvand::SqliteBulkLoader>(s.database(), BulkLoadPlan { kCustomers }, options);
        });
        deferredTotals = seed(withDeferredIndexes);
    }
    static void TearDownTestSuite()
    {
        delete reference;
        delete bulk;
        delete deferred;
        reference = bulk = deferred = nullptr;
    }

    static TestStore *reference, *bulk, *deferred;
    static DemoDataGenerator::Totals referenceTotals, bulkTotals, deferredTotals;
};
TestStore *SqliteBulkLoader::reference = nullptr;
TestStore *SqliteBulkLoader::bulk = nullptr;
TestStore *SqliteBulkLoader::deferred = nullptr;
DemoDataGenerator::Totals SqliteBulkLoader::referenceTotals;
DemoDataGenerator::Totals SqliteBulkLoader::bulkTotals;
DemoDataGenerator::Totals SqliteBulkLoader::deferredTotals;

} // namespace

TEST_F(SqliteBulkLoader, writes_exactly_the_rows_the_repositories_and_triggers_write)
{
    ASSERT_GT(referenceTotals.activities, 5 * kCustomers);
    for (TestStore *loaded : { bulk, deferred }) {
        SCOPED_TRACE(loaded == bulk ? "writer thread, indexes kept" : "inline, indexes deferred");
        for (const auto &[table, key] : kTables) {
            SCOPED_TRACE(table);
            const QStringList expected = tableRows(reference->sqlite().database(), table, key);
            const QStringList actual = tableRows(loaded->sqlite().database(), table, key);
            EXPECT_FALSE(expected.isEmpty());
            EXPECT_TRUE(expected == actual) << firstDifference(expected, actual);
        }
        for (const char *index : { "customer_search", "contact_search" }) {
            SCOPED_TRACE(index);
            const QStringList expected = searchIndexOf(reference->sqlite().database(), "main", index);
            const QStringList actual = searchIndexOf(loaded->sqlite().database(), "main", index);
            EXPECT_FALSE(expected.isEmpty());
            EXPECT_TRUE(expected == actual) << firstDifference(expected, actual);
        }
        // Triggers and indexes all back, as the migrations made them.
        EXPECT_EQ(schemaOf(reference->sqlite().database()), schemaOf(loaded->sqlite().database()));
        EXPECT_FALSE(DeferredIndexes::pending(loaded->sqlite().database()));
    }
    EXPECT_EQ(bulkTotals.activities, referenceTotals.activities);
    EXPECT_EQ(deferredTotals.orders, referenceTotals.orders);
}

TEST_F(SqliteBulkLoader, summaries_reached_stages_and_search_index_are_what_the_rows_say)
{
    for (TestStore *loaded : { bulk, deferred }) {
        SqliteDatabase &db = loaded->sqlite().database();
        EXPECT_GT(loaded->rows("activity_daily"), 100);
        EXPECT_EQ(loaded->scalar("SELECT count(*) FROM (SELECT day, owner_id, kind, type, n FROM activity_daily "
                                 "EXCEPT SELECT (a.at + 12600) / 86400, ifnull(a.owner_id, 0), c.kind, a.type, "
                                 "count(*) FROM activities a JOIN customers c ON c.id = a.customer_id "
                                 "GROUP BY 1, 2, 3, 4)"),
                  0);
        EXPECT_EQ(loaded->scalar("SELECT sum(n) FROM activity_daily"), loaded->rows("activities"));
        EXPECT_EQ(loaded->scalar("SELECT count(*) FROM (SELECT day, kind, owner_id, status, n, amount FROM "
                                 "order_daily EXCEPT SELECT (o.created_at + 12600) / 86400, c.kind, "
                                 "ifnull(c.owner_id, 0), o.status, count(*), sum(o.total) FROM orders o "
                                 "JOIN customers c ON c.id = o.customer_id GROUP BY 1, 2, 3, 4)"),
                  0);
        EXPECT_EQ(loaded->scalar("SELECT sum(n) FROM order_daily"), loaded->rows("orders"));
        EXPECT_EQ(loaded->scalar("SELECT count(*) FROM deals d WHERE reached_position <> coalesce((SELECT "
                                 "max(s.position) FROM deal_stage_history h JOIN stages s ON s.id = h.stage_id "
                                 "WHERE h.deal_id = d.id AND s.outcome <> 'lost'), 0)"),
                  0);
        EXPECT_GT(loaded->scalar("SELECT count(DISTINCT reached_position) FROM deals"), 3);
        EXPECT_EQ(searchIndexOf(db, "main", "customer_search"),
                  searchIndexFromRows(db, "customers", "customer_search"));
        EXPECT_EQ(searchIndexOf(db, "main", "contact_search"), searchIndexFromRows(db, "contacts", "contact_search"));
        // search_text is what the customer's fields give.
        for (qint64 id = 1; id <= kCustomers; id += 97) {
            const auto c = loaded->store->customers().get(id);
            ASSERT_TRUE(c);
            EXPECT_EQ(rowsOf(db, QStringLiteral("SELECT search_text FROM customers WHERE id = %1").arg(id)),
                      QStringList { CustomerSearchText::of(*c) + QLatin1Char('|') });
        }
    }
}

TEST_F(SqliteBulkLoader, leaves_a_file_that_passes_the_integrity_and_foreign_key_checks)
{
    for (TestStore *loaded : { bulk, deferred }) {
        EXPECT_EQ(problems(loaded->sqlite().database()), QStringList());
        EXPECT_EQ(loaded->rows("customers"), kCustomers);
        EXPECT_EQ(loaded->rows("customer_search"), kCustomers);
    }
}

TEST_F(SqliteBulkLoader, search_finds_seeded_customers_by_name_phone_and_national_code)
{
    int individuals = 0, companies = 0;
    for (qint64 id = 3; id <= kCustomers; id += 89) {
        const auto c = bulk->store->customers().get(id);
        ASSERT_TRUE(c);
        QStringList texts { c->displayName(), c->primaryPhone() };
        if (!c->nationalIdentifier().isEmpty())
            texts << c->nationalIdentifier();
        (c->kind == CustomerKind::Legal ? companies : individuals)++;
        for (const QString &text : texts) {
            CustomerQuery q;
            q.text = text;
            q.limit = 5000;
            QList<qint64> ids;
            for (const CustomerRow &row : bulk->store->customers().list(q))
                ids << row.id;
            EXPECT_TRUE(ids.contains(id)) << "customer " << id << " not found by " << text.toStdString();
        }
    }
    EXPECT_GT(individuals, 0);
    EXPECT_GT(companies, 0);
}

TEST_F(SqliteBulkLoader, puts_the_connection_settings_back)
{
    TestStore s;
    SqliteDatabase &db = s.sqlite().database();
    auto settings = [&db] {
        QStringList out;
        for (const char *name : { "synchronous", "cache_size", "foreign_keys", "wal_autocheckpoint",
                                  "ignore_check_constraints", "threads", "journal_mode" })
            out << rowsOf(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        return out;
    };
    const QStringList before = settings();
    seed(*s, 30);
    EXPECT_EQ(settings(), before);
}

// --- chunks ----------------------------------------------------------------------

namespace {

Customer person(int n)
{
    Customer c = peyvand::testing::individual(QStringLiteral("نام%1").arg(n), QStringLiteral("خانوادگی"));
    c.ownerId = 0;
    return c;
}

Activity call(qint64 customerId, qint64 at, int duration = 60)
{
    Activity a;
    a.customerId = customerId;
    a.type = ActivityType::Call;
    a.at = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    a.createdAt = a.at;
    a.durationSeconds = duration;
    return a;
}

Order order(qint64 customerId, qint64 at, OrderStatus status)
{
    Order o;
    o.customerId = customerId;
    o.lines << OrderLine { 0, QStringLiteral("کالا"), 2, 1500 };
    o.total = o.linesTotal();
    o.createdAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    o.updatedAt = o.createdAt;
    o.status = status;
    o.history << OrderStatusChange { 0, std::nullopt, status, o.createdAt, 0, {} };
    return o;
}

qint64 summaryMismatches(TestStore &s)
{
    return s.scalar("SELECT (SELECT count(*) FROM (SELECT day, owner_id, kind, type, n FROM activity_daily EXCEPT "
                    "SELECT (a.at + 12600) / 86400, ifnull(a.owner_id, 0), c.kind, a.type, count(*) FROM activities a "
                    "JOIN customers c ON c.id = a.customer_id GROUP BY 1, 2, 3, 4)) + (SELECT count(*) FROM (SELECT "
                    "day, kind, owner_id, status, n, amount FROM order_daily EXCEPT SELECT (o.created_at + 12600) / "
                    "86400, c.kind, ifnull(c.owner_id, 0), o.status, count(*), sum(o.total) FROM orders o JOIN "
                    "customers c ON c.id = o.customer_id GROUP BY 1, 2, 3, 4))");
}

} // namespace

TEST(SqliteBulkLoaderChunks, a_load_that_stops_keeps_the_committed_chunks_whole_and_the_triggers)
{
    TestStore s;
    const QStringList freshSchema = schemaOf(s.sqlite().database());
    {
        auto loader = s->bulkLoader(BulkLoadPlan {});
        loader->beginChunk();
        const qint64 a = loader->addCustomer(person(1));
        loader->addActivity(call(a, 1735700000));
        loader->addOrder(order(a, 1735700000, OrderStatus::Paid));
        loader->commitChunk();
        loader->beginChunk();
        const qint64 b = loader->addCustomer(person(2));
        loader->addActivity(call(b, 1735800000));
        // The loader goes away with the chunk open: as if the program stopped here.
    }
    EXPECT_EQ(s.rows("customers"), 1);
    EXPECT_EQ(s.rows("customer_search"), 1);
    EXPECT_EQ(s.rows("activities"), 1);
    EXPECT_EQ(s.scalar("SELECT sum(n) FROM activity_daily"), 1);
    EXPECT_EQ(summaryMismatches(s), 0);
    EXPECT_EQ(schemaOf(s.sqlite().database()), freshSchema);
    // The triggers work again for the repositories.
    s->activities().add(call(1, 1735900000));
    EXPECT_EQ(s.scalar("SELECT sum(n) FROM activity_daily"), 2);
    EXPECT_EQ(problems(s.sqlite().database()), QStringList());
}

TEST(SqliteBulkLoaderChunks, counts_activities_and_orders_of_customers_from_earlier_chunks_and_loads)
{
    TestStore s;
    Customer company = peyvand::testing::legalEntity(QStringLiteral("شرکت نمونه"));
    company.ownerId = 0;
    const qint64 before = s->customers().add(company); // written before the load
    auto loader = s->bulkLoader(BulkLoadPlan {});
    loader->beginChunk();
    const qint64 first = loader->addCustomer(person(1));
    loader->commitChunk();
    loader->beginChunk();
    for (int i = 0; i < 5; ++i) {
        loader->addActivity(call(first, 1735700000 + i * 40000));
        loader->addActivity(call(before, 1735700000 + i * 40000));
        loader->addOrder(order(i % 2 ? first : before, 1735700000 + i * 50000, OrderStatus::Registered));
    }
    loader->commitChunk();
    loader->finish();
    EXPECT_EQ(s.scalar("SELECT sum(n) FROM activity_daily WHERE kind = 'legal'"), 5);
    EXPECT_EQ(s.scalar("SELECT sum(n) FROM activity_daily WHERE kind = 'individual'"), 5);
    EXPECT_EQ(s.scalar("SELECT sum(n) FROM order_daily"), 5);
    EXPECT_EQ(summaryMismatches(s), 0);
}

TEST(SqliteBulkLoaderChunks, refuses_what_the_schemas_check_constraints_refuse_and_keeps_nothing_of_the_chunk)
{
    TestStore s;
    auto loader = s->bulkLoader(BulkLoadPlan {});
    loader->beginChunk();
    const qint64 id = loader->addCustomer(person(1));
    EXPECT_THROW(loader->addActivity(call(id, 1735700000, -5)), DatabaseError);
    Order free = order(id, 1735700000, OrderStatus::Paid);
    free.lines.front().quantity = 0;
    EXPECT_THROW(loader->addOrder(free), DatabaseError);
    Customer nameless = person(2);
    nameless.individual.firstName.clear();
    nameless.individual.lastName.clear();
    EXPECT_THROW(loader->addCustomer(nameless), DatabaseError);
    loader.reset(); // the caller gives up: the chunk rolls back
    EXPECT_EQ(s.rows("customers"), 0);
    EXPECT_EQ(s.rows("activities"), 0);
}

TEST(SqliteBulkLoaderChunks, indexes_left_out_by_a_stopped_load_are_built_when_the_file_is_opened_again)
{
    TestStore s;
    const QStringList freshSchema = schemaOf(s.sqlite().database());
    {
        peyvand::SqliteBulkLoader::Options options;
        options.deferIndexes = true;
        peyvand::SqliteBulkLoader loader(s.sqlite().database(), BulkLoadPlan { 1 }, options);
        EXPECT_TRUE(DeferredIndexes::pending(s.sqlite().database()));
        EXPECT_NE(schemaOf(s.sqlite().database()), freshSchema);
        loader.beginChunk();
        const qint64 id = loader.addCustomer(person(1));
        loader.addActivity(call(id, 1735700000));
        loader.commitChunk();
        // No finish(): the program stopped before building the indexes.
    }
    EXPECT_TRUE(DeferredIndexes::pending(s.sqlite().database()));
    s.reopen();
    EXPECT_FALSE(DeferredIndexes::pending(s.sqlite().database()));
    EXPECT_EQ(schemaOf(s.sqlite().database()), freshSchema);
    EXPECT_EQ(s.rows("activities"), 1);
    EXPECT_EQ(problems(s.sqlite().database()), QStringList());
}

TEST(SqliteBulkLoaderChunks, chooses_to_build_indexes_afterwards_only_for_big_loads)
{
    TestStore s;
    {
        peyvand::SqliteBulkLoader small(s.sqlite().database(), BulkLoadPlan { 5000 });
        EXPECT_FALSE(DeferredIndexes::pending(s.sqlite().database()));
    }
    {
        peyvand::SqliteBulkLoader big(s.sqlite().database(), BulkLoadPlan { 1000000 });
        EXPECT_TRUE(DeferredIndexes::pending(s.sqlite().database()));
        big.finish();
    }
    EXPECT_FALSE(DeferredIndexes::pending(s.sqlite().database()));
}
