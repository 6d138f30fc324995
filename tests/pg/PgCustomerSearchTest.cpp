// Free-text customer search on PostgreSQL (StorageCustomerSearchTest's cases):
// terms of any length, Arabic letter forms, any digit script, phone numbers in
// any form, and search text that follows updates. The customers are written
// through the repository as CustomerService would pass them (tidy, canonical
// phones), the one with Arabic letters as it is.
#include "PersianText.h"
#include "PgRepoStore.h"

#include <algorithm>

using namespace peyvand;
using peyvand::testing::PgRepoStore;

namespace {

QString toArabicIndicDigits(const QString &latin)
{
    QString out = latin;
    for (QChar &ch : out)
        if (ch >= u'0' && ch <= u'9')
            ch = QChar(char16_t(0x0660 + (ch.unicode() - u'0')));
    return out;
}

class PgCustomerSearch : public ::testing::Test
{
protected:
    PgCustomerSearch()
    {
        aliCode = peyvand::testing::validNationalCode(QStringLiteral("008457594"));
        ali = s.customers->add(peyvand::testing::individual(QStringLiteral("علی"), QStringLiteral("احمدی"), aliCode,
                                                            QStringLiteral("09121234567")));
        abbas = s.customers->add(peyvand::testing::individual(QStringLiteral("عباس"), QStringLiteral("کریمی"), {},
                                                              QStringLiteral("09357654321")));
        maryam = s.customers->add(peyvand::testing::individual(QStringLiteral("مریم"), QStringLiteral("علوی")));
        reza = s.customers->add(peyvand::testing::individual(QStringLiteral("رضا"), QStringLiteral("محمدی")));
        sara = s.customers->add(peyvand::testing::individual(QStringLiteral("سارا"), QStringLiteral("فرهادی")));
        // Every gram of "فرهادی" but not the word itself: "فرهاد" + "هادی".
        farhad = s.customers->add(peyvand::testing::individual(QStringLiteral("فرهاد"), QStringLiteral("هادی")));
        yekta = s.customers->add(peyvand::testing::individual(QStringLiteral("یکتا"), QStringLiteral("رحیمی")));
        // Written with Arabic yeh and kaf, straight through the repository (no tidying).
        arabic = s.customers->add(peyvand::testing::individual(QStringLiteral("علي"), QStringLiteral("كاظمي")));
        companyId = peyvand::testing::validLegalId(QStringLiteral("1038028479"));
        company = s.customers->add(
            peyvand::testing::legalEntity(QStringLiteral("شرکت کیمیا پارس"), companyId, QStringLiteral("02188776655")));
    }

    QList<qint64> find(const QString &text, std::optional<CustomerKind> kind = {})
    {
        CustomerQuery q;
        q.text = text;
        q.kind = kind;
        q.sort = CustomerSort::Id;
        q.limit = 1000;
        QList<qint64> ids;
        for (const CustomerRow &r : s.customers->list(q))
            ids << r.id;
        EXPECT_EQ(s.customers->count(q), ids.size()) << "count differs for " << text.toStdString();
        return ids;
    }

    PgRepoStore s;
    QString aliCode, companyId;
    qint64 ali = 0, abbas = 0, maryam = 0, reza = 0, sara = 0, farhad = 0, yekta = 0, arabic = 0, company = 0;
};

} // namespace

TEST_F(PgCustomerSearch, a_one_letter_term_finds_every_name_containing_it)
{
    EXPECT_EQ(find(QStringLiteral("ع")), (QList<qint64> { ali, abbas, maryam, arabic }));
    EXPECT_EQ(find(QStringLiteral("ع"), CustomerKind::Legal), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("پ")), QList<qint64> { company });
}

TEST_F(PgCustomerSearch, a_two_letter_term_is_a_substring_match)
{
    EXPECT_EQ(find(QStringLiteral("عل")), (QList<qint64> { ali, maryam, arabic }));
    EXPECT_EQ(find(QStringLiteral("اد")), (QList<qint64> { sara, farhad }));
}

TEST_F(PgCustomerSearch, three_and_six_letter_terms_match_exact_substrings_only)
{
    EXPECT_EQ(find(QStringLiteral("علی")), (QList<qint64> { ali, arabic }));
    EXPECT_EQ(find(QStringLiteral("علو")), QList<qint64> { maryam });
    // Six letters: all four grams of "فرهادی" are also in "فرهادهادی"; only the
    // real substring matches.
    EXPECT_EQ(find(QStringLiteral("فرهادی")), QList<qint64> { sara });
    EXPECT_EQ(find(QStringLiteral("فرهاد")), (QList<qint64> { sara, farhad }));
    EXPECT_EQ(find(QStringLiteral("کیمیاپ")), QList<qint64> { company }); // across the space of the name
}

TEST_F(PgCustomerSearch, arabic_and_persian_letter_forms_find_each_other)
{
    // Arabic yeh/kaf in the query find Persian yeh/keheh in the data…
    EXPECT_EQ(find(QStringLiteral("يكتا")), QList<qint64> { yekta });
    EXPECT_EQ(find(QStringLiteral("كريمي")), QList<qint64> { abbas });
    // …and Persian letters find data stored with Arabic ones.
    EXPECT_EQ(find(QStringLiteral("کاظمی")), QList<qint64> { arabic });
    EXPECT_EQ(find(QStringLiteral("كاظمي")), QList<qint64> { arabic });
    // Diacritics, tatweel and ZWNJ in the query are ignored.
    EXPECT_EQ(find(QStringLiteral("کـاظِمی")), QList<qint64> { arabic });
}

TEST_F(PgCustomerSearch, national_codes_match_in_persian_and_arabic_indic_digits)
{
    EXPECT_EQ(find(aliCode), QList<qint64> { ali });
    EXPECT_EQ(find(PersianText::toPersianDigits(aliCode)), QList<qint64> { ali });
    EXPECT_EQ(find(toArabicIndicDigits(aliCode)), QList<qint64> { ali });
    EXPECT_EQ(find(PersianText::toPersianDigits(companyId)), QList<qint64> { company });
    EXPECT_EQ(find(PersianText::toPersianDigits(aliCode.left(6))), QList<qint64> { ali });
}

TEST_F(PgCustomerSearch, phones_match_in_every_written_form)
{
    for (const QString &form :
         { QStringLiteral("09121234567"), QStringLiteral("+98 912 123 4567"), QStringLiteral("+989121234567"),
           QStringLiteral("0098 912 123 4567"), QStringLiteral("00989121234567"), QStringLiteral("0912-123-4567"),
           QStringLiteral("912 123 45 67"), QStringLiteral("(0912) 123-4567"), QStringLiteral("۰۹۱۲ ۱۲۳ ۴۵۶۷"),
           QStringLiteral("+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷"), toArabicIndicDigits(QStringLiteral("09121234567")) }) {
        EXPECT_EQ(find(form), QList<qint64> { ali }) << form.toStdString();
    }
    EXPECT_EQ(find(QStringLiteral("021-8877-6655")), QList<qint64> { company });
    EXPECT_EQ(find(QStringLiteral("۰۹۳۵")), QList<qint64> { abbas });
}

TEST_F(PgCustomerSearch, a_multi_word_query_needs_every_word)
{
    EXPECT_EQ(find(QStringLiteral("علی احمدی")), QList<qint64> { ali });
    EXPECT_EQ(find(QStringLiteral("احمدی   علی")), QList<qint64> { ali });
    EXPECT_EQ(find(QStringLiteral("علی کاظمی")), QList<qint64> { arabic });
    EXPECT_EQ(find(QStringLiteral("مریم احمدی")), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("شرکت کیمیا")), QList<qint64> { company });
}

TEST_F(PgCustomerSearch, counts_within_one_kind_agree_with_its_rows_for_terms_of_any_length)
{
    // A count with a term of three letters or more is driven by the search
    // index (the kind checked per match), shorter ones by the kind's index:
    // either way only that kind is counted (find() compares count and rows).
    EXPECT_EQ(find(QStringLiteral("کیمیا"), CustomerKind::Legal), QList<qint64> { company });
    EXPECT_EQ(find(QStringLiteral("کیمیا"), CustomerKind::Individual), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("علی احمدی"), CustomerKind::Individual), QList<qint64> { ali });
    EXPECT_EQ(find(QStringLiteral("علی احمدی"), CustomerKind::Legal), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("فرهادی"), CustomerKind::Individual), QList<qint64> { sara });
    EXPECT_EQ(find(QStringLiteral("۰۲۱۸۸۷۷"), CustomerKind::Legal), QList<qint64> { company });
    EXPECT_EQ(find(QStringLiteral("۰۲۱۸۸۷۷"), CustomerKind::Individual), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("یم"), CustomerKind::Legal), QList<qint64> { company });
    EXPECT_EQ(find(QStringLiteral("یم"), CustomerKind::Individual), (QList<qint64> { abbas, maryam, yekta }));
}

TEST_F(PgCustomerSearch, every_paging_plan_gives_the_same_rows_in_the_same_order)
{
    // A list that knows its count (matchCount) reads few matches by id, or walks
    // the sort index checking each row (one- and two-letter terms by instr() on
    // the search text): the rows and their order never depend on the plan.
    const auto ids = [](const QList<CustomerRow> &rows) {
        QList<qint64> out;
        for (const CustomerRow &r : rows)
            out << r.id;
        return out;
    };
    for (const QString &text :
         { QStringLiteral("ع"), QStringLiteral("عل"), QStringLiteral("ی"), QStringLiteral("یم"), QStringLiteral("علی"),
           QStringLiteral("فرهادی"), QStringLiteral("علی احمدی"), QStringLiteral("علی ک"), QStringLiteral("كريمي"),
           QStringLiteral("۰۹۱۲"), QStringLiteral("09"), QStringLiteral("ژ") }) {
        for (CustomerKind kind : { CustomerKind::Individual, CustomerKind::Legal }) {
            SCOPED_TRACE(text.toStdString() + (kind == CustomerKind::Legal ? " legal" : " individual"));
            CustomerQuery q;
            q.text = text;
            q.kind = kind;
            q.sort = CustomerSort::Name;
            q.limit = 1000;
            const QList<qint64> planner = ids(s.customers->list(q));
            EXPECT_EQ(qint64(planner.size()), s.customers->count(q));
            for (qint64 matchCount : { qint64(0), qint64(planner.size()), qint64(20000), qint64(1'000'000'000) }) {
                q.matchCount = matchCount;
                q.after.reset();
                q.limit = 1000;
                EXPECT_EQ(ids(s.customers->list(q)), planner) << "matchCount " << matchCount;
                // Page by page with the key cursor, as the list model reads.
                q.limit = 2;
                QList<qint64> paged;
                for (QList<CustomerRow> page = s.customers->list(q); !page.isEmpty(); page = s.customers->list(q)) {
                    paged << ids(page);
                    q.after = CustomerCursor { page.back().sortValue, page.back().id };
                }
                EXPECT_EQ(paged, planner) << "paged, matchCount " << matchCount;
            }
        }
    }
}

TEST_F(PgCustomerSearch, a_term_that_matches_nothing_finds_nothing)
{
    EXPECT_EQ(find(QStringLiteral("زرتشت")), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("ژ")), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("0999")), QList<qint64> {});
    // An empty or punctuation-only query is no filter at all.
    EXPECT_EQ(find(QStringLiteral("  ")).size(), 9);
    EXPECT_EQ(find(QStringLiteral("؟!")).size(), 9);
}

TEST_F(PgCustomerSearch, the_search_text_follows_a_renamed_customer)
{
    Customer c = *s.customers->get(abbas);
    c.individual.lastName = QStringLiteral("نوروزی");
    c.phones = { PhoneEntry { QStringLiteral("09191112233"), {} } };
    s.customers->update(c);

    EXPECT_EQ(find(QStringLiteral("کریمی")), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("کر")), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("09357654321")), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("نوروزی")), QList<qint64> { abbas });
    EXPECT_EQ(find(QStringLiteral("عباس")), QList<qint64> { abbas });
    EXPECT_EQ(find(QStringLiteral("0919 111 2233")), QList<qint64> { abbas });

    // Renaming twice and connecting again keeps the search exact.
    c = *s.customers->get(abbas);
    c.individual.lastName = QStringLiteral("کریمی\u200cپور");
    s.customers->update(c);
    s.reopen();
    EXPECT_EQ(find(QStringLiteral("نوروزی")), QList<qint64> {});
    EXPECT_EQ(find(QStringLiteral("کریمیپور")), QList<qint64> { abbas });
    EXPECT_EQ(find(QStringLiteral("كريمي")), QList<qint64> { abbas });
}
