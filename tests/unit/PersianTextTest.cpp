#include "PersianText.h"

#include "TestPrinters.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace PT = peyvand::PersianText;

namespace {
const QChar kZwnj(0x200C);
const QString zwnj(kZwnj);
} // namespace

// --- toLatinDigits / toPersianDigits ---------------------------------------

TEST(PersianText, converts_persian_digits_to_latin)
{
    EXPECT_EQ(PT::toLatinDigits(QStringLiteral("۰۱۲۳۴۵۶۷۸۹")), QStringLiteral("0123456789"));
    EXPECT_EQ(PT::toLatinDigits(QStringLiteral("۱۴۰۵/۰۹/۰۱")), QStringLiteral("1405/09/01"));
}

TEST(PersianText, converts_arabic_indic_digits_to_latin)
{
    EXPECT_EQ(PT::toLatinDigits(QStringLiteral("٠١٢٣٤٥٦٧٨٩")), QStringLiteral("0123456789"));
}

TEST(PersianText, leaves_letters_and_latin_digits_untouched_when_converting_to_latin)
{
    EXPECT_EQ(PT::toLatinDigits(QStringLiteral("پلاک ۱2٣ a")), QStringLiteral("پلاک 123 a"));
    EXPECT_EQ(PT::toLatinDigits(QString()), QString());
}

TEST(PersianText, converts_latin_digits_to_persian_for_display)
{
    EXPECT_EQ(PT::toPersianDigits(QStringLiteral("0123456789")), QStringLiteral("۰۱۲۳۴۵۶۷۸۹"));
    EXPECT_EQ(PT::toPersianDigits(QStringLiteral("12,500 ریال")), QStringLiteral("۱۲,۵۰۰ ریال"));
}

TEST(PersianText, round_trips_digits_between_scripts)
{
    const QString latin = QStringLiteral("09121234567");
    EXPECT_EQ(PT::toLatinDigits(PT::toPersianDigits(latin)), latin);
}

// --- tidy --------------------------------------------------------------------

TEST(PersianText, tidy_turns_arabic_yeh_and_kaf_into_persian)
{
    EXPECT_EQ(PT::tidy(QStringLiteral("علي")), QStringLiteral("علی"));
    EXPECT_EQ(PT::tidy(QStringLiteral("كاظم")), QStringLiteral("کاظم"));
    EXPECT_EQ(PT::tidy(QStringLiteral("موسى")), QStringLiteral("موسی")); // alef maksura
}

TEST(PersianText, tidy_removes_tatweel)
{
    EXPECT_EQ(PT::tidy(QStringLiteral("مـحـمـد")), QStringLiteral("محمد"));
}

TEST(PersianText, tidy_folds_white_space_runs_and_trims)
{
    EXPECT_EQ(PT::tidy(QStringLiteral("  محمد \t\n  رضا  ")), QStringLiteral("محمد رضا"));
    EXPECT_EQ(PT::tidy(QStringLiteral("   ")), QString());
}

TEST(PersianText, tidy_folds_zwnj_runs_to_one_and_trims_them)
{
    EXPECT_EQ(PT::tidy(QStringLiteral("می") + zwnj + zwnj + zwnj + QStringLiteral("خواهم")),
              QStringLiteral("می") + zwnj + QStringLiteral("خواهم"));
    EXPECT_EQ(PT::tidy(zwnj + QStringLiteral("کتاب") + zwnj), QStringLiteral("کتاب"));
}

TEST(PersianText, tidy_prefers_space_when_space_and_zwnj_meet)
{
    EXPECT_EQ(PT::tidy(QStringLiteral("می") + zwnj + QStringLiteral(" خواهم")), QStringLiteral("می خواهم"));
}

TEST(PersianText, tidy_keeps_diacritics_and_digits)
{
    // tidy is for storage: it keeps what the user meant, only search folds more.
    EXPECT_EQ(PT::tidy(QStringLiteral("مُحمد ۱۲")), QStringLiteral("مُحمد ۱۲"));
}

// --- searchKey ---------------------------------------------------------------

TEST(PersianText, search_key_lowercases_latin_and_drops_spaces_and_punctuation)
{
    EXPECT_EQ(PT::searchKey(QStringLiteral("Ali Rezaei, Co.")), QStringLiteral("alirezaeico"));
}

TEST(PersianText, search_key_folds_arabic_letters_and_drops_zwnj)
{
    EXPECT_EQ(PT::searchKey(QStringLiteral("علي") + zwnj + QStringLiteral("رضا")), QStringLiteral("علیرضا"));
    EXPECT_EQ(PT::searchKey(QStringLiteral("شركت")), PT::searchKey(QStringLiteral("شرکت")));
}

TEST(PersianText, search_key_drops_diacritics_and_tatweel)
{
    EXPECT_EQ(PT::searchKey(QStringLiteral("مُحَمَّد")), QStringLiteral("محمد"));
    EXPECT_EQ(PT::searchKey(QStringLiteral("مـحـمد")), QStringLiteral("محمد"));
}

TEST(PersianText, search_key_folds_hamza_forms_and_teh_marbuta)
{
    EXPECT_EQ(PT::searchKey(QStringLiteral("آرش")), QStringLiteral("ارش"));
    EXPECT_EQ(PT::searchKey(QStringLiteral("أحمد")), QStringLiteral("احمد"));
    EXPECT_EQ(PT::searchKey(QStringLiteral("مؤسسه")), QStringLiteral("موسسه"));
    EXPECT_EQ(PT::searchKey(QStringLiteral("مسئله")), QStringLiteral("مسیله"));
    EXPECT_EQ(PT::searchKey(QStringLiteral("فاطمة")), QStringLiteral("فاطمه"));
    EXPECT_EQ(PT::searchKey(QStringLiteral("خانۀ")), QStringLiteral("خانه"));
}

TEST(PersianText, search_key_turns_digits_of_any_script_to_latin)
{
    EXPECT_EQ(PT::searchKey(QStringLiteral("۰۹۱۲-۱۲۳ ٤٥٦٧")), QStringLiteral("09121234567"));
}

TEST(PersianText, search_key_of_only_punctuation_is_empty)
{
    EXPECT_EQ(PT::searchKey(QStringLiteral(" - ، . ")), QString());
}

// --- searchTerms -------------------------------------------------------------

TEST(PersianText, search_terms_split_words_and_reduce_each_to_its_key)
{
    EXPECT_EQ(PT::searchTerms(QStringLiteral("  علي   رضايي ")),
              (QStringList { QStringLiteral("علی"), QStringLiteral("رضایی") }));
}

TEST(PersianText, search_terms_drop_duplicates_and_empty_terms)
{
    EXPECT_EQ(PT::searchTerms(QStringLiteral("علی علي - Ali ALI")),
              (QStringList { QStringLiteral("علی"), QStringLiteral("ali") }));
}

TEST(PersianText, search_terms_of_blank_query_are_empty)
{
    EXPECT_TRUE(PT::searchTerms(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(PT::searchTerms(QString()).isEmpty());
}

TEST(PersianText, search_terms_keep_a_phone_typed_in_groups_as_one_term)
{
    EXPECT_EQ(PT::searchTerms(QStringLiteral("0912 123 4567")), QStringList { QStringLiteral("09121234567") });
    EXPECT_EQ(PT::searchTerms(QStringLiteral("(021) 8877-6655")), QStringList { QStringLiteral("02188776655") });
    EXPECT_EQ(PT::searchTerms(QStringLiteral("۰۹۱۲ ۱۲۳ ۴۵۶۷")), QStringList { QStringLiteral("09121234567") });
}

TEST(PersianText, search_terms_turn_country_prefix_into_leading_zero)
{
    const QStringList expected { QStringLiteral("09121234567") };
    EXPECT_EQ(PT::searchTerms(QStringLiteral("+98 912 123 4567")), expected);
    EXPECT_EQ(PT::searchTerms(QStringLiteral("0098 912 123 4567")), expected);
    EXPECT_EQ(PT::searchTerms(QStringLiteral("989121234567")), expected);
}

TEST(PersianText, search_terms_treat_mixed_words_and_digits_as_separate_terms)
{
    EXPECT_EQ(PT::searchTerms(QStringLiteral("سفارش ۱۲۳")),
              (QStringList { QStringLiteral("سفارش"), QStringLiteral("123") }));
}

// --- sortKey -----------------------------------------------------------------

TEST(PersianText, sort_key_puts_persian_letters_in_alphabet_order)
{
    // In Unicode پ چ ژ گ come after the Arabic letters; in Persian they do not.
    EXPECT_LT(PT::sortKey(QStringLiteral("پرویز")), PT::sortKey(QStringLiteral("تقی")));
    EXPECT_LT(PT::sortKey(QStringLiteral("چنگیز")), PT::sortKey(QStringLiteral("حسن")));
    EXPECT_LT(PT::sortKey(QStringLiteral("ژاله")), PT::sortKey(QStringLiteral("سارا")));
    EXPECT_LT(PT::sortKey(QStringLiteral("گلاره")), PT::sortKey(QStringLiteral("لیلا")));
    EXPECT_LT(PT::sortKey(QStringLiteral("کاوه")), PT::sortKey(QStringLiteral("گلاره")));
    EXPECT_LT(PT::sortKey(QStringLiteral("وحید")), PT::sortKey(QStringLiteral("یاسمن")));
    // Sanity check that the test is meaningful: plain Unicode order disagrees.
    EXPECT_GT(QStringLiteral("پرویز"), QStringLiteral("تقی"));
}

TEST(PersianText, sort_key_orders_a_shuffled_list_alphabetically)
{
    QStringList names { QStringLiteral("یاسمن"), QStringLiteral("گلاره"), QStringLiteral("بهرام"),
                        QStringLiteral("ژیلا"),  QStringLiteral("آرش"),   QStringLiteral("پریسا"),
                        QStringLiteral("زهرا"),  QStringLiteral("چکاوک") };
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return PT::sortKey(a) < PT::sortKey(b); });
    EXPECT_EQ(names,
              (QStringList { QStringLiteral("آرش"), QStringLiteral("بهرام"), QStringLiteral("پریسا"),
                             QStringLiteral("چکاوک"), QStringLiteral("زهرا"), QStringLiteral("ژیلا"),
                             QStringLiteral("گلاره"), QStringLiteral("یاسمن") }));
}

TEST(PersianText, sort_key_is_the_same_for_spellings_that_search_as_equal)
{
    EXPECT_EQ(PT::sortKey(QStringLiteral("علي")), PT::sortKey(QStringLiteral("علی")));
    EXPECT_EQ(PT::sortKey(QStringLiteral("آرش")), PT::sortKey(QStringLiteral("ارش")));
}

TEST(PersianText, sort_key_puts_latin_names_before_persian_ones)
{
    EXPECT_LT(PT::sortKey(QStringLiteral("Zahra")), PT::sortKey(QStringLiteral("آرش")));
    EXPECT_LT(PT::sortKey(QStringLiteral("9")), PT::sortKey(QStringLiteral("a")));
}

// --- isAllDigits ---------------------------------------------------------------

TEST(PersianText, is_all_digits_accepts_digits_of_every_script)
{
    EXPECT_TRUE(PT::isAllDigits(QStringLiteral("0123456789")));
    EXPECT_TRUE(PT::isAllDigits(QStringLiteral("۰۹۱۲")));
    EXPECT_TRUE(PT::isAllDigits(QStringLiteral("٠٩١٢")));
    EXPECT_TRUE(PT::isAllDigits(QStringLiteral("۱2٣")));
}

TEST(PersianText, is_all_digits_rejects_empty_text_and_any_other_character)
{
    EXPECT_FALSE(PT::isAllDigits(QString()));
    EXPECT_FALSE(PT::isAllDigits(QStringLiteral("12a")));
    EXPECT_FALSE(PT::isAllDigits(QStringLiteral("12 3")));
    EXPECT_FALSE(PT::isAllDigits(QStringLiteral("-1")));
    EXPECT_FALSE(PT::isAllDigits(QStringLiteral("0912-123")));
}
