// PgStatement / PgResult: every parameter type goes to the server and comes
// back unchanged, through a real table, NULLs included; reads are type-checked.
#include "PgStatement.h"

#include "PgConnection.h"
#include "PgError.h"
#include "PgResult.h"
#include "PgTestServer.h"

#include <gtest/gtest.h>
#include <limits>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

class PgStatementTest : public ::testing::Test
{
protected:
    PgStatementTest()
        : connection(database.url())
    {
        connection.exec(QStringLiteral("CREATE TABLE t (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                                       "i BIGINT, s TEXT, b BOOLEAN, raw BYTEA, doc JSON, small INTEGER)"));
    }

    qint64 insert(PgStatement &statement) { return statement.exec().int64(0, 0); }

    PgTestDatabase database;
    PgConnection connection;
};

} // namespace

TEST_F(PgStatementTest, round_trips_every_parameter_type)
{
    const QString persian
        = QStringLiteral("شرکت پیوند‌گستر — «علی» ۰۹۱۲۱۲۳۴۵۶۷ ي ك");
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(static_cast<char>(i));
    const QByteArray json = R"({"نام": "رضا", "b":[1, 2], "a" :null})";
    auto insert = connection.prepare(
        QStringLiteral("INSERT INTO t(i, s, b, raw, doc, small) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"));
    insert.bind(1, std::numeric_limits<qint64>::max())
        .bind(2, persian)
        .bind(3, true)
        .bindBytes(4, bytes)
        .bindJson(5, json)
        .bind(6, -7);
    const qint64 first = this->insert(insert);
    insert.bind(1, std::numeric_limits<qint64>::min()).bind(2, QString()).bind(3, false).bindBytes(4, QByteArray());
    const qint64 second = this->insert(insert);

    const PgResult r = connection.prepare(QStringLiteral("SELECT i, s, b, raw, doc, small FROM t WHERE id = $1"))
                           .bind(1, first)
                           .exec();
    ASSERT_EQ(r.rows(), 1);
    EXPECT_EQ(r.int64(0, 0), std::numeric_limits<qint64>::max());
    EXPECT_EQ(r.text(0, 1), persian);
    EXPECT_TRUE(r.boolean(0, 2));
    EXPECT_EQ(r.bytes(0, 3), bytes);
    EXPECT_EQ(r.json(0, 4), json); // json keeps the text as given
    EXPECT_EQ(r.int64(0, 5), -7);

    const PgResult r2 = connection.prepare(QStringLiteral("SELECT i, s, b, raw, length(raw) FROM t WHERE id = $1"))
                            .bind(1, second)
                            .exec();
    EXPECT_EQ(r2.int64(0, 0), std::numeric_limits<qint64>::min());
    EXPECT_FALSE(r2.isNull(0, 1)); // an empty QString is '' (not NULL)
    EXPECT_EQ(r2.text(0, 1), QString());
    EXPECT_FALSE(r2.boolean(0, 2));
    EXPECT_FALSE(r2.isNull(0, 3));
    EXPECT_EQ(r2.int64(0, 4), 0);
}

TEST_F(PgStatementTest, round_trips_nulls_of_every_type)
{
    auto insert = connection.prepare(
        QStringLiteral("INSERT INTO t(i, s, b, raw, doc) VALUES ($1, $2, $3, $4, $5) RETURNING id"));
    for (int p = 1; p <= 5; ++p)
        insert.bindNull(p);
    const qint64 id = this->insert(insert);
    const PgResult r = connection
                           .prepare(QStringLiteral("SELECT i, s, b, raw, doc, i IS NULL AND s IS NULL AND "
                                                   "b IS NULL AND raw IS NULL AND doc IS NULL FROM t "
                                                   "WHERE id = $1"))
                           .bind(1, id)
                           .exec();
    for (int c = 0; c < 5; ++c)
        EXPECT_TRUE(r.isNull(0, c)) << c;
    EXPECT_TRUE(r.boolean(0, 5));
    EXPECT_EQ(r.int64(0, 0), 0);
    EXPECT_TRUE(r.text(0, 1).isNull());
}

TEST_F(PgStatementTest, a_statement_runs_again_with_new_bindings_and_types)
{
    auto insert = connection.prepare(QStringLiteral("INSERT INTO t(i, s) VALUES ($1, $2)"));
    for (int i = 0; i < 10; ++i) {
        insert.bind(1, i).bind(2, QStringLiteral("ردیف %1").arg(i));
        EXPECT_EQ(insert.run(), 1);
    }
    insert.bindNull(1).bind(2, "utf8 از char*");
    EXPECT_EQ(insert.run(), 1);
    const PgResult r = connection
                           .prepare(QStringLiteral("SELECT count(*), count(i), sum(i), "
                                                   "max(s) FILTER (WHERE i IS NULL) FROM t"))
                           .exec();
    EXPECT_EQ(r.int64(0, 0), 11);
    EXPECT_EQ(r.int64(0, 1), 10);
    EXPECT_EQ(r.text(0, 3), QStringLiteral("utf8 از char*"));
    EXPECT_EQ(connection.prepare(QStringLiteral("UPDATE t SET s = 'x' WHERE i >= $1")).bind(1, 5).run(), 5);
}

TEST_F(PgStatementTest, reads_are_checked_against_the_column_type)
{
    const PgResult r
        = connection.prepare(QStringLiteral("SELECT 'text'::text AS a, 42::bigint AS b, true AS c")).exec();
    EXPECT_THROW(r.int64(0, 0), PgError);
    EXPECT_THROW(r.text(0, 1), PgError);
    EXPECT_THROW(r.bytes(0, 2), PgError);
    EXPECT_THROW(r.int64(1, 1), PgError); // no such row
    EXPECT_EQ(r.column("b"), 1);
    EXPECT_THROW(r.column("nope"), PgError);
    // numeric is read as an integer only when it is a whole 64-bit number (sum() of bigint is numeric).
    const PgResult sums = connection
                              .prepare(QStringLiteral("SELECT sum(x), 1.5::numeric, 1e30::numeric FROM (VALUES "
                                                      "(9223372036854775806::bigint), (1::bigint)) v(x)"))
                              .exec();
    EXPECT_EQ(sums.int64(0, 0), std::numeric_limits<qint64>::max());
    EXPECT_THROW(sums.int64(0, 1), PgError);
    EXPECT_THROW(sums.int64(0, 2), PgError);
    try {
        r.boolean(0, 0);
        FAIL();
    } catch (const PgError &e) {
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("\"a\") is text, read as a boolean")))
            << e.what();
    }
}

TEST_F(PgStatementTest, text_is_a_parameter_not_sql)
{
    const QString hostile = QStringLiteral("'); DROP TABLE t; --");
    connection.prepare(QStringLiteral("INSERT INTO t(s) VALUES ($1)")).bind(1, hostile).run();
    const PgResult r = connection.prepare(QStringLiteral("SELECT s FROM t")).exec();
    ASSERT_EQ(r.rows(), 1);
    EXPECT_EQ(r.text(0, 0), hostile);
}
