#include "SearchGrams.h"

#include "PersianText.h"
#include "TestPrinters.h"

#include <gtest/gtest.h>

namespace Grams = peyvand::SearchGrams;

TEST(SearchGrams, indexes_up_to_three_characters_from_every_position)
{
    EXPECT_EQ(Grams::gramsOf(QStringLiteral("علی")), QStringLiteral("علی لی ی"));
    EXPECT_EQ(Grams::gramsOf(QStringLiteral("محمد")), QStringLiteral("محم حمد مد د"));
}

TEST(SearchGrams, indexes_every_key_of_a_search_text)
{
    EXPECT_EQ(Grams::gramsOf(QStringLiteral("ab  cde")), QStringLiteral("ab b cde de e"));
    EXPECT_EQ(Grams::gramsOf(QStringLiteral(" x ")), QStringLiteral("x"));
}

TEST(SearchGrams, indexes_nothing_for_empty_text)
{
    EXPECT_EQ(Grams::gramsOf(QString()), QString());
    EXPECT_EQ(Grams::gramsOf(QStringLiteral("   ")), QString());
}

TEST(SearchGrams, matches_short_terms_as_prefix_queries)
{
    EXPECT_EQ(Grams::matchExpression({ QStringLiteral("ع") }), QStringLiteral("\"ع\"*"));
    EXPECT_EQ(Grams::matchExpression({ QStringLiteral("عل") }), QStringLiteral("\"عل\"*"));
}

TEST(SearchGrams, matches_three_letter_term_as_one_exact_token)
{
    EXPECT_EQ(Grams::matchExpression({ QStringLiteral("علی") }), QStringLiteral("\"علی\""));
}

TEST(SearchGrams, matches_longer_term_as_and_of_its_trigrams)
{
    EXPECT_EQ(Grams::matchExpression({ QStringLiteral("محمدی") }), QStringLiteral("\"محم\" AND \"حمد\" AND \"مدی\""));
    EXPECT_EQ(Grams::matchExpression({ QStringLiteral("0912") }), QStringLiteral("\"091\" AND \"912\""));
}

TEST(SearchGrams, lists_a_repeated_trigram_once)
{
    EXPECT_EQ(Grams::matchExpression({ QStringLiteral("aaaaa") }), QStringLiteral("\"aaa\""));
    EXPECT_EQ(Grams::matchExpression({ QStringLiteral("ababa") }), QStringLiteral("\"aba\" AND \"bab\""));
}

TEST(SearchGrams, joins_several_terms_with_and)
{
    EXPECT_EQ(Grams::matchExpression({ QStringLiteral("ع"), QStringLiteral("رضا") }),
              QStringLiteral("\"ع\"* AND \"رضا\""));
}

TEST(SearchGrams, match_expression_is_empty_without_terms)
{
    EXPECT_EQ(Grams::matchExpression({}), QString());
    EXPECT_EQ(Grams::matchExpression({ QString() }), QString());
    EXPECT_EQ(Grams::matchExpression({ QString(), QStringLiteral("ab") }), QStringLiteral("\"ab\"*"));
}

TEST(SearchGrams, only_terms_longer_than_three_need_the_instr_check)
{
    EXPECT_EQ(Grams::termsNeedingCheck({ QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abc"),
                                         QStringLiteral("abcd"), QStringLiteral("محمدی") }),
              (QStringList { QStringLiteral("abcd"), QStringLiteral("محمدی") }));
    EXPECT_TRUE(Grams::termsNeedingCheck({}).isEmpty());
}

TEST(SearchGrams, every_gram_of_a_query_term_is_indexed_for_text_containing_it)
{
    // The contract between indexing and querying: a substring's grams are a subset of the text's.
    const QString key = peyvand::PersianText::searchKey(QStringLiteral("علی‌رضا محمدی"));
    const QStringList indexed = Grams::gramsOf(key).split(QLatin1Char(' '));
    const QString term = peyvand::PersianText::searchKey(QStringLiteral("رضامح"));
    for (qsizetype i = 0; i + 3 <= term.size(); ++i)
        EXPECT_TRUE(indexed.contains(term.mid(i, 3))) << term.mid(i, 3).toStdString();
}
