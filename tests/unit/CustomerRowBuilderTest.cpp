// One CSV row through the domain's validation: canonical values, every bad cell
// reported with its column and value, Jalali or ISO birth dates, updates that
// only touch non-empty cells; and the file-level problems of CsvInput.
#include "CustomerRowBuilder.h"

#include "ContactRowBuilder.h"
#include "CsvInput.h"
#include "IranianIds.h"
#include "TestPrinters.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace peyvand;

namespace {

const QDate kToday(2025, 1, 15);

QString nationalCode(const char *nine)
{
    const QString d = QString::fromLatin1(nine);
    return d + IranianIds::nationalCodeCheckDigit(d);
}

QString legalId(const char *ten)
{
    const QString d = QString::fromLatin1(ten);
    return d + IranianIds::legalNationalIdCheckDigit(d);
}

CsvRecord record(const QStringList &fields)
{
    CsvRecord r;
    r.fields = fields;
    r.line = 2;
    return r;
}

QStringList codes(const ImportProblems &problems)
{
    QStringList out;
    for (const ImportProblem &p : problems)
        out << p.column + QLatin1Char(':') + p.code;
    return out;
}

const QStringList kIndividualHeader { QStringLiteral("نام"),    QStringLiteral("نام خانوادگی"),
                                      QStringLiteral("کد ملی"), QStringLiteral("موبایل"),
                                      QStringLiteral("ایمیل"),  QStringLiteral("تاریخ تولد"),
                                      QStringLiteral("شهر"),    QStringLiteral("آدرس") };

} // namespace

TEST(CustomerRowBuilder, a_good_row_becomes_a_normalised_individual)
{
    const ImportMapping m = ImportMapping::recognise(ImportKind::Individual, kIndividualHeader);
    const CustomerRowBuilder builder(m, kToday, TextEncoding::Utf8);
    Customer c = builder.blank();
    const ImportProblems problems = builder.apply(
        record({ QStringLiteral(" علي "), QStringLiteral("رضايي"),
                 QStringLiteral("۰۰۱۲۳۴۵۶۷")
                     + QString::number(IranianIds::nationalCodeCheckDigit(QStringLiteral("001234567")).digitValue()),
                 QStringLiteral("+98 912 123 4567"), QStringLiteral("Ali@Example.IR"), QStringLiteral("1370/05/12"),
                 QStringLiteral("تهران"), QStringLiteral("ونک") }),
        1, c);
    ASSERT_TRUE(problems.isEmpty()) << codes(problems).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(c.kind, CustomerKind::Individual);
    EXPECT_EQ(c.individual.firstName, QStringLiteral("علی"));
    EXPECT_EQ(c.individual.lastName, QStringLiteral("رضایی"));
    EXPECT_EQ(c.individual.nationalCode, nationalCode("001234567"));
    EXPECT_EQ(c.individual.email, QStringLiteral("ali@example.ir"));
    EXPECT_EQ(c.individual.birthDate, QDate(1991, 8, 3));
    ASSERT_EQ(c.phones.size(), 1);
    EXPECT_EQ(c.phones[0].number, QStringLiteral("09121234567"));
    EXPECT_EQ(c.city(), QStringLiteral("تهران"));
    EXPECT_EQ(c.addresses[0].line, QStringLiteral("ونک"));
}

TEST(CustomerRowBuilder, iso_birth_dates_and_a_national_code_that_lost_its_zeros)
{
    const ImportMapping m = ImportMapping::recognise(ImportKind::Individual, kIndividualHeader);
    const CustomerRowBuilder builder(m, kToday, TextEncoding::Utf8);
    Customer c = builder.blank();
    const QString code = nationalCode("001234567");
    EXPECT_TRUE(builder.apply(record({ "a", "b", code.mid(2), "", "", "1988-03-21", "", "" }), 1, c).isEmpty());
    EXPECT_EQ(c.individual.birthDate, QDate(1988, 3, 21));
    EXPECT_EQ(c.individual.nationalCode, code);
}

TEST(CustomerRowBuilder, every_bad_cell_is_reported_with_its_column_and_value)
{
    const ImportMapping m = ImportMapping::recognise(ImportKind::Individual, kIndividualHeader);
    const CustomerRowBuilder builder(m, kToday, TextEncoding::Utf8);
    Customer c = builder.blank();
    const QString badCode
        = nationalCode("123456789").left(9) + QLatin1Char('0' + (nationalCode("123456789")[9].digitValue() + 1) % 10);
    const ImportProblems problems
        = builder.apply(record({ "a", "b", badCode, "0212345678", "not-an-email", "1403/12/31", "", "" }), 7, c);
    EXPECT_EQ(codes(problems),
              (QStringList { "کد ملی:check_digit", "ایمیل:format", "تاریخ تولد:no_such_day", "موبایل:format" }))
        << codes(problems).join(QLatin1Char(' ')).toStdString();
    for (const ImportProblem &p : problems) {
        EXPECT_EQ(p.row, 7);
        EXPECT_FALSE(p.message.isEmpty());
        EXPECT_FALSE(p.persianMessage.isEmpty());
    }
    EXPECT_EQ(problems[0].value, badCode);
}

TEST(CustomerRowBuilder, whole_customer_rules_come_from_the_validator)
{
    const ImportMapping m = ImportMapping::recognise(ImportKind::Individual, kIndividualHeader);
    const CustomerRowBuilder builder(m, kToday, TextEncoding::Utf8);
    Customer c = builder.blank();
    ImportProblems problems = builder.apply(record({ "", "", "", "09121234567", "", "", "", "" }), 3, c);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("required"));
    EXPECT_EQ(problems[0].column, QStringLiteral("نام خانوادگی"));
    c = builder.blank();
    problems = builder.apply(record({ "a", "b", "", "", "", "1450/01/01", "", "" }), 4, c);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("future"));
    EXPECT_EQ(problems[0].column, QStringLiteral("تاریخ تولد"));
    EXPECT_EQ(problems[0].value, QStringLiteral("1450/01/01"));
}

TEST(CustomerRowBuilder, a_full_name_column_splits_at_the_first_space)
{
    const ImportMapping m = ImportMapping::recognise(ImportKind::Individual, { QStringLiteral("نام و نام خانوادگی") });
    const CustomerRowBuilder builder(m, kToday, TextEncoding::Utf8);
    Customer c = builder.blank();
    ASSERT_TRUE(builder.apply(record({ QStringLiteral("محمد  حسینی نژاد") }), 1, c).isEmpty());
    EXPECT_EQ(c.individual.firstName, QStringLiteral("محمد"));
    EXPECT_EQ(c.individual.lastName, QStringLiteral("حسینی نژاد"));
}

TEST(CustomerRowBuilder, legal_entities_with_persian_digits_and_employee_counts)
{
    const ImportMapping m
        = ImportMapping::recognise(ImportKind::Legal,
                                   { QStringLiteral("نام شرکت"), QStringLiteral("شناسه ملی"), QStringLiteral("تلفن"),
                                     QStringLiteral("تعداد کارکنان"), QStringLiteral("موبایل") });
    const CustomerRowBuilder builder(m, kToday, TextEncoding::Utf8);
    Customer c = builder.blank();
    ASSERT_TRUE(builder
                    .apply(record({ QStringLiteral("پارس"), legalId("1010123456"), QStringLiteral("021 8877 6655"),
                                    QStringLiteral("۱٬۲۰۰"), QStringLiteral("09121112233") }),
                           1, c)
                    .isEmpty());
    EXPECT_EQ(c.kind, CustomerKind::Legal);
    EXPECT_EQ(c.legal.nationalId, legalId("1010123456"));
    EXPECT_EQ(c.legal.employees, 1200);
    ASSERT_EQ(c.phones.size(), 2);
    EXPECT_EQ(c.primaryPhone(), QStringLiteral("02188776655")); // a company's phone comes first
    c = builder.blank();
    EXPECT_EQ(codes(builder.apply(record({ "x", "12345678901", "", "many", "" }), 2, c)),
              (QStringList { "شناسه ملی:check_digit", "تعداد کارکنان:not_a_number" }));
}

TEST(CustomerRowBuilder, an_update_changes_only_the_non_empty_cells)
{
    const ImportMapping m = ImportMapping::recognise(ImportKind::Individual, kIndividualHeader);
    const CustomerRowBuilder builder(m, kToday, TextEncoding::Utf8);
    Customer stored = builder.blank();
    stored.id = 5;
    stored.individual.firstName = QStringLiteral("علی");
    stored.individual.lastName = QStringLiteral("رضایی");
    stored.individual.email = QStringLiteral("old@example.ir");
    stored.phones << PhoneEntry { QStringLiteral("09120000000"), QStringLiteral("موبایل") };
    stored.addresses << Address { QStringLiteral("اصلی"), QString(), QStringLiteral("تهران"), QStringLiteral("ونک"),
                                  QString() };
    ASSERT_TRUE(builder.apply(record({ "", "", "", "09121234567", "", "", "کرج", "" }), 1, stored).isEmpty());
    EXPECT_EQ(stored.individual.firstName, QStringLiteral("علی"));
    EXPECT_EQ(stored.individual.email, QStringLiteral("old@example.ir"));
    EXPECT_EQ(stored.city(), QStringLiteral("کرج"));
    EXPECT_EQ(stored.addresses[0].line, QStringLiteral("ونک"));
    ASSERT_EQ(stored.phones.size(), 2);
    EXPECT_EQ(stored.phones[0].number, QStringLiteral("09121234567"));
}

TEST(CustomerRowBuilder, bytes_invalid_in_the_encoding_are_a_problem_of_their_column)
{
    const ImportMapping m = ImportMapping::recognise(ImportKind::Individual, kIndividualHeader);
    const CustomerRowBuilder builder(m, kToday, TextEncoding::Utf8);
    Customer c = builder.blank();
    CsvRecord r = record({ "a", QStringLiteral("ر\uFFFDا"), "", "", "", "", "", "" });
    r.invalidTextColumns << 1;
    const ImportProblems problems = builder.apply(r, 9, c);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("invalid_encoding"));
    EXPECT_EQ(problems[0].column, QStringLiteral("نام خانوادگی"));
}

TEST(ContactRowBuilder, roles_and_attitudes_by_code_or_persian_label)
{
    const ImportMapping m
        = ImportMapping::recognise(ImportKind::Contact,
                                   { QStringLiteral("شناسه ملی شرکت"), QStringLiteral("نام"),
                                     QStringLiteral("نام خانوادگی"), QStringLiteral("سمت"), QStringLiteral("نقش"),
                                     QStringLiteral("نگرش"), QStringLiteral("میزان نفوذ"), QStringLiteral("موبایل") });
    const ContactRowBuilder builder(m, TextEncoding::Utf8);
    ContactPerson c;
    const CsvRecord good = record({ legalId("1010123456"), QStringLiteral("سارا"), QStringLiteral("احمدی"),
                                    QStringLiteral("مدیر خرید"), QStringLiteral("تصمیم گیرنده"),
                                    QStringLiteral("supporter"), QStringLiteral("۵"), QStringLiteral("09121234567") });
    ImportProblems problems;
    EXPECT_EQ(builder.companyNationalId(good, 1, problems), legalId("1010123456"));
    problems << builder.apply(good, 1, c);
    ASSERT_TRUE(problems.isEmpty()) << codes(problems).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(c.role, BuyingRole::Decider);
    EXPECT_EQ(c.attitude, Attitude::Supporter);
    EXPECT_EQ(c.influence, 5);
    c = ContactPerson {};
    problems = builder.apply(record({ "", "x", "", "", "boss", "", "9", "" }), 2, c);
    EXPECT_EQ(codes(problems), (QStringList { "نقش:unknown_value" }));
    c = ContactPerson {};
    problems = builder.apply(record({ "", "x", "", "", "", "", "9", "" }), 2, c);
    EXPECT_EQ(codes(problems), (QStringList { "میزان نفوذ:out_of_range" }));
}

namespace {

std::optional<ImportProblem> openProblem(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvInput input(buffer);
    return input.open(std::nullopt, std::nullopt);
}

} // namespace

TEST(CsvInput, files_that_are_not_csv_text_are_refused_with_a_clear_code)
{
    EXPECT_EQ(openProblem({})->code, QStringLiteral("empty_file"));
    EXPECT_EQ(openProblem("\xEF\xBB\xBF")->code, QStringLiteral("empty_file"));
    EXPECT_EQ(openProblem("\n\r\n,,\n")->code, QStringLiteral("empty_file"));
    EXPECT_EQ(openProblem(QByteArray("\x7F"
                                     "ELF\x02\x01\x01\x00\x00",
                                     9))
                  ->code,
              QStringLiteral("binary_file"));
    const auto xlsx = openProblem(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8));
    EXPECT_EQ(xlsx->code, QStringLiteral("workbook_file"));
    EXPECT_TRUE(xlsx->message.contains(QStringLiteral("CSV UTF-8"))) << xlsx->message.toStdString();
    EXPECT_EQ(openProblem("\"a,b\n1,2\n")->code, QStringLiteral("unterminated_quote"));
}

TEST(CsvInput, detects_format_skips_leading_blank_lines_and_numbers_rows_after_the_header)
{
    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBF\r\nنام;شهر\r\nعلی;تهران\r\n;\r\nرضا;\"کرج\r\nغرب\"\r\nمینا;قم");
    buffer.open(QIODevice::ReadOnly);
    CsvInput input(buffer);
    ASSERT_FALSE(input.open(std::nullopt, std::nullopt));
    EXPECT_EQ(input.format().encoding, TextEncoding::Utf8);
    EXPECT_TRUE(input.format().hasBom);
    EXPECT_EQ(input.format().separator, QLatin1Char(';'));
    EXPECT_EQ(input.header(), (QStringList { QStringLiteral("نام"), QStringLiteral("شهر") }));
    CsvRecord r;
    qint64 row = 0;
    QList<qint64> rows;
    while (input.next(r, row))
        rows << row;
    EXPECT_EQ(rows, (QList<qint64> { 1, 3, 4 })); // row 2 is blank: numbered, not handed out
    EXPECT_FALSE(input.error());
    EXPECT_EQ(input.bytesRead(), input.totalBytes());
}

TEST(CsvPreview, shows_the_detected_format_header_and_first_rows)
{
    QBuffer buffer;
    buffer.setData("a\tb\n1\t2\n3\t4\n5\t6\n");
    buffer.open(QIODevice::ReadOnly);
    const CsvPreview p = CsvPreview::read(buffer, std::nullopt, std::nullopt, 2);
    EXPECT_FALSE(p.problem);
    EXPECT_EQ(p.format.separator, QLatin1Char('\t'));
    EXPECT_EQ(p.header, (QStringList { "a", "b" }));
    ASSERT_EQ(p.rows.size(), 2);
    EXPECT_EQ(p.rows[1].fields, (QStringList { "3", "4" }));
    EXPECT_EQ(p.rowNumbers, (QList<qint64> { 1, 2 }));
}
