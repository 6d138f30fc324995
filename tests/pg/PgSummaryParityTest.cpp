// The report summaries on PostgreSQL follow the same changes exactly as
// SQLite's triggers do: one script of inserts, updates, reassignments and
// deletes runs on a real SQLite schema-8 file and on a migrated PostgreSQL
// database, and activity_daily, order_daily and deals.reached_position come
// out row for row the same (zero rows included).
#include "PgConnection.h"
#include "PgMigrations.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTestServer.h"
#include "SqliteDataStore.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"

#include <QStringList>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

QStringList script()
{
    QStringList sql;
    sql << QStringLiteral("INSERT INTO users(id, username, role, created_at) VALUES (1, 'rep1', 'sales_rep', 0), "
                          "(2, 'rep2', 'sales_rep', 0), (3, 'boss', 'manager', 0)");
    sql << QStringLiteral("INSERT INTO customers(id, kind, owner_id, lifecycle, source, name, sort_name, created_at, "
                          "updated_at) VALUES (1, 'legal', 1, 'lead', 'direct', 'الف', 'الف', 0, 0), "
                          "(2, 'individual', 2, 'lead', 'direct', 'ب', 'ب', 0, 0), "
                          "(3, 'individual', NULL, 'customer', 'direct', 'پ', 'پ', 0, 0), "
                          "(4, 'legal', 1, 'prospect', 'dealer', 'ت', 'ت', 0, 0)");
    const char *types[] = { "call", "meeting", "email", "sms", "note", "task" };
    const qint64 base = 1774000000; // March 2026, across several Iranian days
    for (int i = 1; i <= 60; ++i)
        sql << QStringLiteral("INSERT INTO activities(id, customer_id, type, at, owner_id, created_at) "
                              "VALUES (%1, %2, '%3', %4, %5, 0)")
                   .arg(i)
                   .arg(i % 4 + 1)
                   .arg(QLatin1String(types[i % 6]))
                   .arg(base + i * 7200)
                   .arg(i % 3 == 0 ? QStringLiteral("NULL") : QString::number(i % 2 + 1));
    // Either side of an Iranian midnight (00:00 at UTC+3:30): a wrong day formula shows here.
    const qint64 midnight = (base / 86400 + 3) * 86400 - 12600;
    sql << QStringLiteral("INSERT INTO activities(id, customer_id, type, at, owner_id, created_at) VALUES "
                          "(61, 1, 'call', %1, 1, 0), (62, 1, 'call', %2, 1, 0)")
               .arg(midnight)
               .arg(midnight - 1);
    const char *statuses[] = { "registered", "confirmed", "paid", "shipped", "delivered", "cancelled", "returned" };
    for (int i = 1; i <= 30; ++i)
        sql << QStringLiteral("INSERT INTO orders(id, number, customer_id, status, total, created_at, updated_at) "
                              "VALUES (%1, 'O-%1', %2, '%3', %4, %5, 0)")
                   .arg(i)
                   .arg(i % 4 + 1)
                   .arg(QLatin1String(statuses[i % 7]))
                   .arg(qint64(i) * 1'000'000'000)
                   .arg(base + i * 10000);
    sql << QStringLiteral("UPDATE activities SET at = at + 86400, type = 'note' WHERE id % 5 = 0")
        << QStringLiteral("UPDATE activities SET owner_id = 3 WHERE id % 7 = 0")
        << QStringLiteral("UPDATE activities SET customer_id = 2 WHERE id % 13 = 0")
        << QStringLiteral("UPDATE orders SET status = 'paid' WHERE id % 4 = 0")
        << QStringLiteral("UPDATE orders SET total = total + 1 WHERE id % 3 = 0")
        << QStringLiteral("UPDATE customers SET owner_id = 3 WHERE id = 1")
        << QStringLiteral("UPDATE customers SET owner_id = NULL WHERE id = 2")
        << QStringLiteral("UPDATE customers SET owner_id = 2 WHERE id = 3")
        << QStringLiteral("DELETE FROM activities WHERE id % 11 = 0")
        << QStringLiteral("DELETE FROM orders WHERE id = 7") << QStringLiteral("DELETE FROM customers WHERE id = 4");
    // Pipeline 1 has stages 1..7 (7 lost), pipeline 2 stages 8..12 (12 lost).
    sql << QStringLiteral("INSERT INTO deals(id, customer_id, pipeline_id, stage_id, title, amount, status, "
                          "created_at) VALUES (1, 1, 1, 1, 'd1', 10, 'open', 0), (2, 3, 2, 8, 'd2', 5, 'open', 0), "
                          "(3, 1, 1, 1, 'd3', 0, 'open', 0)");
    for (const auto &[deal, stage] :
         { std::pair { 1, 2 }, { 1, 4 }, { 1, 3 }, { 1, 7 }, { 2, 9 }, { 2, 12 }, { 2, 10 }, { 3, 7 } })
        sql << QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at) VALUES (%1, %2, 0)")
                   .arg(deal)
                   .arg(stage);
    return sql;
}

struct Query
{
    const char *table;
    const char *columns; // comma-separated; also the sort order
};
const Query kActivityDaily { "activity_daily", "day, owner_id, kind, type, n" };
const Query kOrderDaily { "order_daily", "day, kind, owner_id, status, n, amount" };
const Query kReached { "deals", "id, reached_position" };

QStringList sqliteRows(SqliteDatabase &db, const Query &query)
{
    const QStringList columns = QString::fromLatin1(query.columns).split(QStringLiteral(", "));
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %1")
                               .arg(QLatin1String(query.columns), QLatin1String(query.table))
                               .toUtf8();
    QStringList rows;
    auto q = db.prepare(sql.constData());
    while (q->step()) {
        QStringList cells;
        for (int c = 0; c < columns.size(); ++c)
            cells << q->text(c);
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList postgresRows(PgConnection &db, const Query &query)
{
    // Every column as text, as SQLite's text() gives it.
    const QStringList columns = QString::fromLatin1(query.columns).split(QStringLiteral(", "));
    QStringList asText;
    for (const QString &c : columns)
        asText << c + QStringLiteral("::text");
    const PgResult r = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                      .arg(asText.join(QStringLiteral(", ")), QLatin1String(query.table),
                                           QLatin1String(query.columns)))
                           .exec();
    QStringList rows;
    for (int i = 0; i < r.rows(); ++i) {
        QStringList cells;
        for (int c = 0; c < columns.size(); ++c)
            cells << r.text(i, c);
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

TEST(PgSummaryParity, summaries_follow_the_same_changes_as_sqlite)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("parity.sqlite"));
    {
        SqliteDataStore store(path);
    }
    SqliteDatabase sqlite(path);
    PgTestDatabase database;
    PgConnection postgres(database.url());
    PgMigrations::migrate(postgres);

    for (const QString &statement : script()) {
        sqlite.exec(statement.toUtf8().constData());
        postgres.exec(statement);
    }

    for (const Query &query : { kActivityDaily, kOrderDaily, kReached }) {
        const QStringList expected = sqliteRows(sqlite, query);
        EXPECT_GT(expected.size(), 2) << query.table;
        EXPECT_EQ(postgresRows(postgres, query).join(QLatin1Char('\n')).toStdString(),
                  expected.join(QLatin1Char('\n')).toStdString())
            << query.table;
    }
    // The script reaches the interesting cases: rows counted down to zero, and a lost stage not counted.
    const QStringList activity = sqliteRows(sqlite, kActivityDaily);
    EXPECT_TRUE(std::any_of(activity.begin(), activity.end(),
                            [](const QString &row) { return row.endsWith(QStringLiteral("|0")); }));
    EXPECT_EQ(sqliteRows(sqlite, kReached),
              (QStringList { QStringLiteral("1|4"), QStringLiteral("2|3"), QStringLiteral("3|0") }));
}
