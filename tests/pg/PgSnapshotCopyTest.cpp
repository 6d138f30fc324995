// A snapshot copied SQLite → PostgreSQL (SqliteSnapshotReader → PgSnapshotWriter)
// reads back record by record the same (PgSnapshotReader, DatabaseComparison),
// with the same derived data (report summaries, furthest stages, search), and
// copies back to SQLite unchanged; a PostgreSQL database written through the
// repositories copies to another with every row equal, derived ones included;
// afterwards the repositories insert without colliding; a non-empty database
// is refused and a failed copy leaves nothing.
#include "../integration/DatabaseComparison.h"
#include "../integration/TestStore.h"
#include "DemoDataGenerator.h"
#include "PgActivityRepository.h"
#include "PgAuditRepository.h"
#include "PgContactRepository.h"
#include "PgCustomerRepository.h"
#include "PgDealRepository.h"
#include "PgMigrations.h"
#include "PgOrderRepository.h"
#include "PgResult.h"
#include "PgServiceRequestRepository.h"
#include "PgSnapshotReader.h"
#include "PgSnapshotSupport.h"
#include "PgSnapshotWriter.h"
#include "PgStatement.h"
#include "PgTestServer.h"
#include "PgUserRepository.h"
#include "SqliteSnapshotReader.h"

#include <gtest/gtest.h>

namespace peyvand::testing {

namespace {

std::string joined(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &l : lines)
        out += l + '\n';
    return out;
}

// A migrated PostgreSQL database with every repository on one connection.
struct PgStore
{
    PgStore()
        : connection(database.url())
    {
        PgMigrations::migrate(connection);
    }
    RepositorySet repositories() { return { users, customers, contacts, deals, activities, orders, requests, audit }; }
    qint64 scalar(const QString &sql) { return connection.prepare(sql).exec().int64(0, 0); }

    PgTestDatabase database;
    PgConnection connection;
    PgUserRepository users { connection };
    PgCustomerRepository customers { connection };
    PgContactRepository contacts { connection };
    PgDealRepository deals { connection };
    PgActivityRepository activities { connection };
    PgOrderRepository orders { connection };
    PgServiceRequestRepository requests { connection };
    PgAuditRepository audit { connection };
};

RepositorySet repositoriesOf(DataStore &s)
{
    return { s.users(),      s.customers(), s.contacts(),        s.deals(),
             s.activities(), s.orders(),    s.serviceRequests(), s.audit() };
}

QStringList sqliteRows(SqliteDatabase &db, const char *sql)
{
    auto q = db.prepare(sql);
    QStringList out;
    while (q->step()) {
        QStringList row;
        for (int i = 0; i < q->columnCount(); ++i)
            row << (q->isNull(i) ? QStringLiteral("NULL") : q->text(i));
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

// Rows of `columns` (text expressions) from `rest`, as "a|b|NULL".
QStringList pgRowsOf(PgConnection &c, const char *columns, const char *rest)
{
    QStringList texts;
    for (const QString &column : QString::fromLatin1(columns).split(QLatin1Char(',')))
        texts << column.trimmed() + QStringLiteral("::text");
    const PgResult r = c.prepare(QStringLiteral("SELECT array_to_string(ARRAY[%1], '|', 'NULL') %2")
                                     .arg(texts.join(QStringLiteral(", ")), QLatin1String(rest)))
                           .exec();
    QStringList out;
    for (int i = 0; i < r.rows(); ++i)
        out << r.text(i, 0);
    return out;
}

QList<qint64> searchIds(CustomerRepository &customers, const QString &text)
{
    CustomerQuery q;
    q.text = text;
    q.limit = 100;
    QList<qint64> ids;
    for (const CustomerRow &row : customers.list(q))
        ids << row.id;
    return ids;
}

} // namespace

TEST(PgSnapshotCopy, sqlite_demo_and_edge_data_copy_to_postgresql_and_back_unchanged)
{
    TestStore source;
    DemoDataGenerator::Options options;
    options.customers = 300;
    options.asOf = QDate(2026, 11, 22);
    DemoDataGenerator(*source, options).run();
    source->transaction([&] { writeEdgeData(repositoriesOf(*source)); });

    PgStore target;
    {
        SqliteSnapshotReader reader(source.sqlite().database());
        PgSnapshotWriter writer(target.connection);
        EXPECT_EQ(writer.schemaVersion(), 8);
        const SnapshotCounts counts = copySnapshot(reader, writer);
        EXPECT_GT(counts.customers, 300);
        EXPECT_GT(counts.households, 0);
    }
    {
        SqliteSnapshotReader left(source.sqlite().database());
        PgSnapshotReader right(target.connection);
        EXPECT_EQ(right.schemaVersion(), PgMigrations::latestVersion());
        const auto differences = compareDatabases(left, right);
        EXPECT_TRUE(differences.empty()) << joined(differences);
    }

    // Derived data: the report summaries and furthest stages SQLite's triggers and loader made.
    EXPECT_EQ(sqliteRows(source.sqlite().database(),
                         "SELECT day, owner_id, kind, type, n FROM activity_daily WHERE n <> 0 "
                         "ORDER BY day, owner_id, kind, type"),
              pgRowsOf(target.connection, "day, owner_id, kind, type, n",
                       "FROM activity_daily WHERE n <> 0 ORDER BY day, owner_id, kind, type"));
    EXPECT_EQ(sqliteRows(source.sqlite().database(),
                         "SELECT day, kind, owner_id, status, n, amount FROM order_daily "
                         "WHERE n <> 0 ORDER BY day, kind, owner_id, status"),
              pgRowsOf(target.connection, "day, kind, owner_id, status, n, amount",
                       "FROM order_daily WHERE n <> 0 ORDER BY day, kind, owner_id, status"));
    EXPECT_EQ(sqliteRows(source.sqlite().database(), "SELECT id, reached_position FROM deals ORDER BY id"),
              pgRowsOf(target.connection, "id, reached_position", "FROM deals ORDER BY id"));
    EXPECT_EQ(sqliteRows(source.sqlite().database(),
                         "SELECT id, name, sort_name, phone, city, tags "
                         "FROM customers ORDER BY id"),
              pgRowsOf(target.connection, "id, name, sort_name, phone, city, tags", "FROM customers ORDER BY id"));

    // Search finds the same customers by name, phone and national code.
    int checked = 0;
    Customer c;
    {
        SqliteSnapshotReader reader(source.sqlite().database());
        const auto customers = reader.customers();
        while (customers->next(c)) {
            if (c.id % 23 != 1 && c.displayName() != QStringLiteral("علی‌رضا احمدی‌نژاد"))
                continue;
            for (const QString &text : { c.displayName(), c.primaryPhone(), c.nationalIdentifier() }) {
                if (text.isEmpty())
                    continue;
                const QList<qint64> found = searchIds(target.customers, text);
                EXPECT_TRUE(found.contains(c.id)) << text.toStdString();
                EXPECT_EQ(found, searchIds(source->customers(), text)) << text.toStdString();
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 10);
    EXPECT_EQ(searchIds(target.customers, QStringLiteral("علیرضا")),
              searchIds(source->customers(), QStringLiteral("علیرضا")));

    // And back into a new SQLite file: the same as the source.
    TestStore back(TestStore::Actor::Nobody);
    {
        PgSnapshotReader reader(target.connection);
        const auto writer = back->snapshotWriter();
        copySnapshot(reader, *writer);
    }
    const auto differences = compareDatabases(*source, *back);
    EXPECT_TRUE(differences.empty()) << joined(differences);
}

TEST(PgSnapshotCopy, repositories_insert_after_a_copy_without_colliding_with_copied_ids)
{
    TestStore source;
    source->transaction([&] { writeEdgeData(repositoriesOf(*source)); });
    PgStore target;
    {
        SqliteSnapshotReader reader(source.sqlite().database());
        PgSnapshotWriter writer(target.connection);
        copySnapshot(reader, writer);
    }
    const qint64 maxCustomer = target.scalar(QStringLiteral("SELECT max(id) FROM customers"));
    const qint64 maxOrder = target.scalar(QStringLiteral("SELECT max(id) FROM orders"));
    const qint64 maxUser = target.scalar(QStringLiteral("SELECT max(id) FROM users"));

    User u;
    u.username = QStringLiteral("newcomer");
    EXPECT_EQ(target.users.add(u), maxUser + 1);
    const qint64 customer = target.customers.add(individual(QStringLiteral("سارا"), QStringLiteral("نو")));
    EXPECT_EQ(customer, maxCustomer + 1);
    Order o;
    o.customerId = customer;
    o.lines << OrderLine { 0, QStringLiteral("کالا"), 1, 1000 };
    o.total = 1000;
    o.createdAt = QDateTime(QDate(2025, 2, 1), QTime(9, 0), Qt::UTC);
    o.updatedAt = o.createdAt;
    o.history << OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, o.createdAt, 0, QString() };
    const qint64 order = target.orders.add(o);
    EXPECT_EQ(order, maxOrder + 1);
    EXPECT_EQ(target.orders.get(order)->number, QString::number(100000 + order));
    target.orders.addPayment(order, Payment { 0, 500, o.createdAt, PaymentMethod::Cash, QString() }, 0);
    Deal d;
    d.customerId = customer;
    d.pipelineId = 2;
    d.stageId = 8;
    d.title = QStringLiteral("تازه");
    d.createdAt = o.createdAt;
    const qint64 deal = target.deals.add(d, 0);
    target.deals.recordStageChange(deal, 9, o.createdAt.addDays(1), 0);
    Activity a;
    a.customerId = customer;
    a.at = o.createdAt;
    a.createdAt = o.createdAt;
    target.activities.add(a);
    ServiceRequest r;
    r.customerId = customer;
    r.subject = QStringLiteral("تازه");
    r.createdAt = o.createdAt;
    r.updatedAt = o.createdAt;
    target.requests.addNote(target.requests.add(r), RequestNote { 0, o.createdAt, 0, QStringLiteral("یادداشت") });
    ContactPerson cp;
    cp.customerId = customer;
    cp.firstName = QStringLiteral("تازه");
    target.contacts.add(cp);
    EXPECT_EQ(target.scalar(QStringLiteral("SELECT count(*) FROM customers")), maxCustomer + 1);
}

TEST(PgSnapshotCopy, repository_written_database_copies_with_every_row_and_derived_value_equal)
{
    PgStore written;
    writeEdgeData(written.repositories());
    PgStore copy;
    {
        PgSnapshotReader reader(written.connection);
        PgSnapshotWriter writer(copy.connection);
        copySnapshot(reader, writer);
    }
    const QStringList expected = pgDataTables(written.connection);
    const QStringList actual = pgDataTables(copy.connection);
    EXPECT_TRUE(expected == actual) << pgFirstDifference(expected, actual);
    EXPECT_EQ(disabledTriggers(copy.connection), 0);
    // The held-back parent reference is there, the summaries are not empty.
    EXPECT_EQ(copy.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE parent_id > id")), 1);
    EXPECT_GT(copy.scalar(QStringLiteral("SELECT count(*) FROM activity_daily")), 0);
    EXPECT_EQ(copy.scalar(QStringLiteral("SELECT max(reached_position) FROM deals")), 4);
    // The import's audit entry came along with the copy, the source's own trail did not.
    EXPECT_EQ(copy.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")), 1);
}

TEST(PgSnapshotCopy, a_database_with_data_is_refused_and_nothing_is_written)
{
    PgStore source;
    writeEdgeData(source.repositories());
    PgStore target;
    target.customers.add(individual(QStringLiteral("قبلی"), QStringLiteral("موجود")));
    try {
        PgSnapshotWriter writer(target.connection);
        FAIL() << "a database holding a customer was accepted";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("database"));
        EXPECT_EQ(e.code(), QStringLiteral("not_empty"));
    }
    EXPECT_EQ(target.scalar(QStringLiteral("SELECT count(*) FROM customers")), 1);
    EXPECT_EQ(target.scalar(QStringLiteral("SELECT count(*) FROM pipelines")), 2);
}

TEST(PgSnapshotCopy, an_exception_in_the_middle_of_a_copy_leaves_the_database_as_it_was)
{
    PgStore source;
    writeEdgeData(source.repositories());
    PgStore target;
    const QStringList before = pgDataTables(target.connection);
    {
        PgSnapshotReader reader(source.connection);
        PgSnapshotWriter writer(target.connection);
        writer.begin(reader.counts());
        for (const User &u : reader.users())
            writer.addUser(u);
        for (const Pipeline &p : reader.pipelines())
            writer.addPipeline(p);
        Customer c;
        const auto customers = reader.customers();
        while (customers->next(c))
            writer.addCustomer(c);
        // The caller stops here (a cancelled import): the writer goes without commit().
    }
    EXPECT_TRUE(pgDataTables(target.connection) == before);
    EXPECT_EQ(disabledTriggers(target.connection), 0);

    // A row the database refuses (a deal in a stage that does not exist) fails the commit: nothing kept.
    {
        PgSnapshotReader reader(source.connection);
        PgSnapshotWriter writer(target.connection);
        writer.begin(reader.counts());
        for (const User &u : reader.users())
            writer.addUser(u);
        for (const Pipeline &p : reader.pipelines())
            writer.addPipeline(p);
        Customer c;
        const auto customers = reader.customers();
        while (customers->next(c))
            writer.addCustomer(c);
        Deal bad;
        bad.id = 1;
        bad.customerId = 1;
        bad.pipelineId = 1;
        bad.stageId = 999;
        bad.title = QStringLiteral("بد");
        bad.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        writer.addDeal(bad, {});
        EXPECT_THROW(writer.commit(), DatabaseError);
    }
    EXPECT_TRUE(pgDataTables(target.connection) == before);
    EXPECT_EQ(disabledTriggers(target.connection), 0);
    EXPECT_EQ(target.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    // And a later copy into it goes through.
    {
        PgSnapshotReader reader(source.connection);
        PgSnapshotWriter writer(target.connection);
        copySnapshot(reader, writer);
    }
    EXPECT_TRUE(pgDataTables(target.connection) == pgDataTables(source.connection));
}

} // namespace peyvand::testing
