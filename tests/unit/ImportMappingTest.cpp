// Header recognition (English field names, Persian names in their many
// spellings), --map by header text and by position, the file-level problems of
// a mapping, and separator detection.
#include "ImportMapping.h"

#include "CsvSniffer.h"
#include "TestPrinters.h"

#include <gtest/gtest.h>

using namespace peyvand;

namespace {

QStringList list(std::initializer_list<const char *> utf8)
{
    QStringList out;
    for (const char *s : utf8)
        out << QString::fromUtf8(s);
    return out;
}

std::optional<ImportField> recognise(ImportKind kind, const char *header)
{
    return ImportFields::recognise(kind, QString::fromUtf8(header));
}

} // namespace

TEST(ImportFields, english_field_names_in_any_case_and_spacing)
{
    EXPECT_EQ(recognise(ImportKind::Individual, "first_name"), ImportField::FirstName);
    EXPECT_EQ(recognise(ImportKind::Individual, "First Name"), ImportField::FirstName);
    EXPECT_EQ(recognise(ImportKind::Individual, "LAST-NAME"), ImportField::LastName);
    EXPECT_EQ(recognise(ImportKind::Individual, "national_code"), ImportField::NationalCode);
    EXPECT_EQ(recognise(ImportKind::Individual, "E-mail"), ImportField::Email);
    EXPECT_EQ(recognise(ImportKind::Individual, "birth_date"), ImportField::BirthDate);
    EXPECT_EQ(recognise(ImportKind::Legal, "company_name"), ImportField::CompanyName);
    EXPECT_EQ(recognise(ImportKind::Legal, "registration_no"), ImportField::RegistrationNo);
    EXPECT_EQ(recognise(ImportKind::Legal, "employees"), ImportField::Employees);
    EXPECT_EQ(recognise(ImportKind::Contact, "company_national_id"), ImportField::CompanyNationalId);
    EXPECT_FALSE(recognise(ImportKind::Individual, "company_name"));
    EXPECT_FALSE(recognise(ImportKind::Legal, "birth_date"));
    EXPECT_FALSE(recognise(ImportKind::Individual, ""));
}

TEST(ImportFields, persian_names_of_the_issue_for_individuals)
{
    const QStringList header
        = list({ "نام", "نام خانوادگی", "کد ملی", "موبایل", "ایمیل", "تاریخ تولد", "شهر", "آدرس" });
    const QList<ImportField> expected { ImportField::FirstName, ImportField::LastName, ImportField::NationalCode,
                                        ImportField::Mobile,    ImportField::Email,    ImportField::BirthDate,
                                        ImportField::City,      ImportField::Address };
    for (qsizetype i = 0; i < header.size(); ++i)
        EXPECT_EQ(ImportFields::recognise(ImportKind::Individual, header[i]), expected[i]) << header[i].toStdString();
}

TEST(ImportFields, persian_names_of_the_issue_for_legal_entities)
{
    const QStringList header
        = list({ "نام شرکت", "شناسه ملی", "کد اقتصادی", "شماره ثبت", "تلفن", "شهر", "آدرس", "صنعت", "تعداد کارکنان" });
    const QList<ImportField> expected { ImportField::CompanyName,    ImportField::NationalId, ImportField::EconomicCode,
                                        ImportField::RegistrationNo, ImportField::Phone,      ImportField::City,
                                        ImportField::Address,        ImportField::Industry,   ImportField::Employees };
    for (qsizetype i = 0; i < header.size(); ++i)
        EXPECT_EQ(ImportFields::recognise(ImportKind::Legal, header[i]), expected[i]) << header[i].toStdString();
}

TEST(ImportFields, persian_spellings_fold_yeh_kaf_zwnj_and_spaces)
{
    // Arabic yeh and kaf, a ZWNJ or no space at all, doubled spaces, tatweel.
    EXPECT_EQ(recognise(ImportKind::Individual, "نام\u200cخانوادگي"), ImportField::LastName);
    EXPECT_EQ(recognise(ImportKind::Individual, "نامخانوادگی"), ImportField::LastName);
    EXPECT_EQ(recognise(ImportKind::Individual, "  نام   خانوادگی "), ImportField::LastName);
    EXPECT_EQ(recognise(ImportKind::Individual, "كد ملي"), ImportField::NationalCode);
    EXPECT_EQ(recognise(ImportKind::Individual, "کدملی"), ImportField::NationalCode);
    EXPECT_EQ(recognise(ImportKind::Legal, "تعداد كاركنان"), ImportField::Employees);
    EXPECT_EQ(recognise(ImportKind::Legal, "شناسه\u200cملی"), ImportField::NationalId);
    EXPECT_EQ(recognise(ImportKind::Individual, "تاريخ تـولد"), ImportField::BirthDate);
}

TEST(ImportFields, the_same_word_means_what_the_kind_of_file_needs)
{
    EXPECT_EQ(recognise(ImportKind::Individual, "نام"), ImportField::FirstName);
    EXPECT_EQ(recognise(ImportKind::Legal, "نام"), ImportField::CompanyName);
    EXPECT_EQ(recognise(ImportKind::Contact, "شناسه ملی"), ImportField::CompanyNationalId);
    EXPECT_EQ(recognise(ImportKind::Individual, "national id"), ImportField::NationalCode);
    EXPECT_EQ(recognise(ImportKind::Legal, "national id"), ImportField::NationalId);
}

TEST(ImportMapping, recognises_the_header_and_names_columns_by_their_text)
{
    const ImportMapping m = ImportMapping::recognise(ImportKind::Individual,
                                                     list({ "ردیف", "نام", "نام خانوادگی", "موبایل", "توضیح عجیب" }));
    EXPECT_EQ(m.column(ImportField::FirstName), 1);
    EXPECT_EQ(m.column(ImportField::LastName), 2);
    EXPECT_EQ(m.column(ImportField::Mobile), 3);
    EXPECT_EQ(m.column(ImportField::NationalCode), -1);
    EXPECT_FALSE(m.fieldAt(0));
    EXPECT_FALSE(m.fieldAt(4));
    EXPECT_EQ(m.columnName(ImportField::Mobile), QStringLiteral("موبایل"));
    EXPECT_TRUE(m.check().isEmpty());
}

TEST(ImportMapping, the_first_of_two_columns_for_one_field_wins)
{
    const ImportMapping m
        = ImportMapping::recognise(ImportKind::Individual, list({ "last_name", "موبایل", "تلفن همراه" }));
    EXPECT_EQ(m.column(ImportField::Mobile), 1);
}

TEST(ImportMapping, map_by_header_text_or_position_moves_a_column)
{
    ImportMapping m = ImportMapping::recognise(ImportKind::Individual, list({ "name", "cell no", "family", "code" }));
    EXPECT_FALSE(m.assign(ImportField::Mobile, QStringLiteral("cell no")));
    EXPECT_FALSE(m.assign(ImportField::NationalCode, QStringLiteral("۴"))); // Persian digit, 1-based
    EXPECT_EQ(m.column(ImportField::Mobile), 1);
    EXPECT_EQ(m.column(ImportField::NationalCode), 3);
    // A column given to another field leaves its first field.
    EXPECT_FALSE(m.assign(ImportField::LastName, QStringLiteral("name")));
    EXPECT_EQ(m.column(ImportField::LastName), 0);
    EXPECT_EQ(m.column(ImportField::FirstName), -1);
    m.assign(ImportField::Mobile, -1);
    EXPECT_FALSE(m.has(ImportField::Mobile));
}

TEST(ImportMapping, a_map_to_a_column_the_file_lacks_is_a_problem_listing_the_columns)
{
    ImportMapping m = ImportMapping::recognise(ImportKind::Individual, list({ "name", "family" }));
    const auto p = m.assign(ImportField::Mobile, QStringLiteral("cell"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->code, QStringLiteral("unknown_column"));
    EXPECT_EQ(p->row, 0);
    EXPECT_TRUE(p->message.contains(QStringLiteral("name, family"))) << p->message.toStdString();
    EXPECT_TRUE(m.assign(ImportField::Mobile, QStringLiteral("3")));
}

TEST(ImportMapping, a_header_split_at_the_wrong_separator_is_not_recognised)
{
    const ImportMapping m
        = ImportMapping::recognise(ImportKind::Individual, list({ "first_name;last_name;mobile;city" }));
    const ImportProblems problems = m.check();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("unknown_header"));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("separator"))) << problems[0].message.toStdString();
}

TEST(ImportMapping, required_columns_of_each_kind)
{
    auto codes = [](ImportKind kind, std::initializer_list<const char *> header) {
        QStringList out;
        for (const ImportProblem &p : ImportMapping::recognise(kind, list(header)).check())
            out << p.code + QLatin1Char(':') + p.column;
        return out;
    };
    EXPECT_EQ(codes(ImportKind::Individual, { "mobile", "city" }), QStringList { "missing_column:last_name" });
    EXPECT_TRUE(codes(ImportKind::Individual, { "full_name" }).isEmpty());
    EXPECT_EQ(codes(ImportKind::Legal, { "national_id", "phone" }), QStringList { "missing_column:company_name" });
    EXPECT_EQ(codes(ImportKind::Contact, { "first_name", "mobile" }),
              QStringList { "missing_column:company_national_id" });
    EXPECT_TRUE(codes(ImportKind::Contact, { "شناسه ملی شرکت", "نام", "سمت" }).isEmpty());
}

TEST(CsvSniffer, finds_comma_semicolon_tab_and_persian_semicolon)
{
    EXPECT_EQ(CsvSniffer::separator(QStringLiteral("a,b,c\n1,2,3\n"), true), QLatin1Char(','));
    EXPECT_EQ(CsvSniffer::separator(QStringLiteral("a;b;c\n1,5;2;3\n"), true), QLatin1Char(';'));
    EXPECT_EQ(CsvSniffer::separator(QStringLiteral("a\tb\tc\r\n1\t2\t3\r\n"), true), QLatin1Char('\t'));
    EXPECT_EQ(CsvSniffer::separator(QStringLiteral("نام؛شهر\nعلی؛تهران\n"), true), QChar(0x061B));
}

TEST(CsvSniffer, quoted_separators_do_not_count)
{
    // Commas inside quotes would make comma look like a 4-column separator.
    const QString sample = QStringLiteral("name;address\n\"Pars, Co\";\"Vanak, Tehran, Iran\"\n\"A, B\";\"C, D\"\n");
    EXPECT_EQ(CsvSniffer::separator(sample, true), QLatin1Char(';'));
}

TEST(CsvSniffer, one_column_files_and_a_cut_last_line)
{
    EXPECT_EQ(CsvSniffer::separator(QStringLiteral("name\nAli\n"), true), QLatin1Char(','));
    EXPECT_EQ(CsvSniffer::separator(QStringLiteral("a;b\n1;2\n3,4,5,6,7"), false), QLatin1Char(';'));
}
