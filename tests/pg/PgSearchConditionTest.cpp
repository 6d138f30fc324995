// The search conditions: terms of three characters or more as LIKE patterns
// (the trigram index's operator) with LIKE's special characters escaped, and
// shorter ones as strpos(); a LIKE pattern matches its text literally on the
// server.
#include "PgSearchCondition.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTestServer.h"

#include <gtest/gtest.h>

using namespace peyvand;

TEST(PgSearchCondition, long_terms_are_like_patterns_and_short_ones_strpos)
{
    const auto c = PgSearchCondition::forQuery(QStringLiteral("c.search_text"), QStringLiteral("علي  ک ۰۹۱۲"), 3);
    ASSERT_EQ(c.clauses.size(), 3);
    EXPECT_EQ(c.clauses[0], QStringLiteral("c.search_text LIKE $3"));
    EXPECT_EQ(c.params[0], QStringLiteral("%علی%"));
    EXPECT_EQ(c.clauses[1], QStringLiteral("strpos(c.search_text, $4) > 0"));
    EXPECT_EQ(c.params[1], QStringLiteral("ک"));
    EXPECT_EQ(c.clauses[2], QStringLiteral("c.search_text LIKE $5"));
    EXPECT_EQ(c.params[2], QStringLiteral("%0912%"));
    EXPECT_TRUE(PgSearchCondition::forQuery(QStringLiteral("x"), QStringLiteral(" ؟! "), 1).isEmpty());
}

TEST(PgSearchCondition, like_special_characters_are_matched_literally)
{
    EXPECT_EQ(PgSearchCondition::containsPattern(QStringLiteral("a%b_c\\")), QStringLiteral("%a\\%b\\_c\\\\%"));
    peyvand::testing::PgTestDatabase database;
    PgConnection db(database.url());
    auto q = db.prepare(QStringLiteral("SELECT $1 LIKE $2"));
    q.bind(1, QStringLiteral("xa%b_c\\y")).bind(2, PgSearchCondition::containsPattern(QStringLiteral("a%b_c\\")));
    EXPECT_TRUE(q.exec().boolean(0, 0));
    q.bind(1, QStringLiteral("xaZbQc\\y"));
    EXPECT_FALSE(q.exec().boolean(0, 0));
}
