// On a table of realistic size (20,000 demo customers, analysed), the server
// answers a search term of three letters or more through the pg_trgm GIN
// index customers_search_trgm, for a count and for a page of a list; one- and
// two-letter terms, which pg_trgm cannot index, still find exactly the rows
// whose search text contains them. The plans are read with EXPLAIN over the
// WHERE clause and ORDER BY the repository builds (PgCustomerFilter).
#include "DemoContext.h"
#include "DemoCustomerFactory.h"
#include "PersianText.h"
#include "PgCustomerFilter.h"
#include "PgRepoStore.h"
#include "PgTransaction.h"

#include <algorithm>
#include <iostream>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

// 20,000 unless PEYVAND_PG_SEARCH_ROWS asks for more (to measure, with
// PEYVAND_PG_SHOW_PLANS).
const int kCustomers = std::max(20000, qEnvironmentVariableIntValue("PEYVAND_PG_SEARCH_ROWS"));

class PgCustomerSearchIndex : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s = new PgRepoStore;
        DemoContext context(20260501, QDate(2025, 1, 15));
        DemoCustomerFactory factory(context);
        PgTransaction::run(*s->connection, [&] {
            for (int n = 1; n <= kCustomers; ++n) {
                const Customer c = factory.customer(n);
                s->customers->add(c);
                if (n == 1234)
                    sample = c;
            }
        });
        s->connection->exec(QStringLiteral("ANALYZE customers"));
    }
    static void TearDownTestSuite()
    {
        delete s;
        s = nullptr;
    }

    // EXPLAIN of the statement the repository runs for `query` (a count, or a page).
    static QString plan(const CustomerQuery &query, bool count, bool analyse = false)
    {
        const PgCustomerFilter filter(query, true);
        const QString explain = analyse ? QStringLiteral("EXPLAIN (ANALYZE, COSTS OFF) ") : QStringLiteral("EXPLAIN ");
        QString sql = count ? explain + QStringLiteral("SELECT count(*) FROM customers c") + filter.where()
                            : explain + QStringLiteral("SELECT c.id FROM customers c") + filter.where()
                + PgCustomerFilter::orderBy(query) + QStringLiteral(" LIMIT %1").arg(query.limit);
        auto q = s->connection->prepare(sql);
        filter.bind(q);
        const PgResult r = q.exec();
        QString out;
        for (int i = 0; i < r.rows(); ++i)
            out += r.text(i, 0) + QLatin1Char('\n');
        return out;
    }

    // With PEYVAND_PG_SHOW_PLANS set, the plans and timings of the searches
    // (for docs/team-mode.md; nothing is asserted on a time).
    static void show(const CustomerQuery &query)
    {
        if (qEnvironmentVariableIsEmpty("PEYVAND_PG_SHOW_PLANS"))
            return;
        std::cout << "---- " << query.text.toStdString() << " count\n"
                  << plan(query, true, true).toStdString() << "---- page\n"
                  << plan(query, false, true).toStdString();
        CustomerQuery ofKind = query;
        ofKind.kind = CustomerKind::Individual;
        ofKind.sort = CustomerSort::Name;
        ofKind.limit = 50;
        std::cout << "---- page of individuals by name\n" << plan(ofKind, false, true).toStdString();
    }

    static PgRepoStore *s;
    static Customer sample;
};
PgRepoStore *PgCustomerSearchIndex::s = nullptr;
Customer PgCustomerSearchIndex::sample;

} // namespace

TEST_F(PgCustomerSearchIndex, the_table_is_of_realistic_size)
{
    EXPECT_EQ(s->rows("customers"), kCustomers);
    EXPECT_GT(s->scalar(QStringLiteral("SELECT count(DISTINCT sort_name) FROM customers")), 5000);
}

TEST_F(PgCustomerSearchIndex, long_terms_are_answered_through_the_trigram_index)
{
    const QString lastName = sample.kind == CustomerKind::Legal ? sample.legal.companyName : sample.individual.lastName;
    const QString national = sample.nationalIdentifier();
    ASSERT_FALSE(national.isEmpty());
    for (const QString &text :
         { national, national.mid(2, 6), sample.primaryPhone(), lastName + QLatin1Char(' ') + national }) {
        SCOPED_TRACE(text.toStdString());
        CustomerQuery q;
        q.text = text;
        EXPECT_TRUE(plan(q, true).contains(QStringLiteral("customers_search_trgm"))) << plan(q, true).toStdString();
        q.kind = sample.kind;
        q.sort = CustomerSort::Name;
        EXPECT_TRUE(plan(q, false).contains(QStringLiteral("customers_search_trgm"))) << plan(q, false).toStdString();
        show(q);
        q.limit = 1000;
        const auto rows = s->customers->list(q);
        ASSERT_FALSE(rows.isEmpty());
        EXPECT_EQ(s->customers->count(q), rows.size());
        bool found = false;
        for (const CustomerRow &r : rows)
            found = found || r.nationalId == national;
        EXPECT_TRUE(found);
    }
}

TEST_F(PgCustomerSearchIndex, short_terms_find_exactly_the_rows_containing_them)
{
    // Checked against the search text of every row read in C++.
    QHash<qint64, QString> texts;
    {
        auto q = s->connection->prepare(QStringLiteral("SELECT id, search_text FROM customers"));
        const PgResult r = q.exec();
        for (int i = 0; i < r.rows(); ++i)
            texts.insert(r.int64(i, 0), r.text(i, 1));
    }
    for (const QString &term : { QStringLiteral("ژ"), QStringLiteral("پو"), QStringLiteral("۹۸"), QStringLiteral("ي"),
                                 QStringLiteral("ژژ") }) {
        SCOPED_TRACE(term.toStdString());
        const QString key = PersianText::searchTerms(term).value(0);
        ASSERT_FALSE(key.isEmpty());
        qint64 expected = 0;
        for (const QString &t : std::as_const(texts))
            expected += t.contains(key) ? 1 : 0;
        if (term != QStringLiteral("ژژ")) // a rare pair: perhaps nothing to find
            ASSERT_GT(expected, 0);
        CustomerQuery q;
        q.text = term;
        EXPECT_EQ(s->customers->count(q), expected);
        EXPECT_EQ(s->customers->orderedIds(q).size(), expected);
        q.limit = 20;
        show(q);
        const auto page = s->customers->list(q);
        ASSERT_EQ(page.size(), std::min<qint64>(20, expected));
        for (const CustomerRow &r : page)
            EXPECT_TRUE(texts.value(r.id).contains(key));
    }
}
