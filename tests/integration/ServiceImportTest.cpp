// CsvImporter on real SQLite files: what it writes is what the services write
// (rows, search index), all or nothing (a bad row, a broken file, a cancel and
// a dry run leave the file as it was), --skip-invalid, and the same customers
// from every encoding Excel and Windows save.
#include "ImportFixture.h"
#include "JalaliDate.h"

#include <QBuffer>
#include <QCryptographicHash>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

QByteArray individualsCsv(int count, int from = 0)
{
    QByteArray csv = "نام,نام خانوادگی,کد ملی,موبایل,ایمیل,تاریخ تولد,شهر,آدرس\r\n";
    for (int i = from; i < from + count; ++i)
        csv += QStringLiteral("علی%1,رضایی%1,%2,%3,u%1@example.ir,1370/05/%4,تهران,\"ونک، پلاک %1\"\r\n")
                   .arg(i)
                   .arg(nationalCodeOf(i), mobileOf(i))
                   .arg(1 + i % 28)
                   .toUtf8();
    return csv;
}

const char *const kCustomerColumns
    = "SELECT id, kind, owner_id, lifecycle, source, do_not_call, do_not_sms, name, sort_name, national_id, phone, "
      "city, tags, search_text, company_name, economic_code, registration_no, registration_date, industry, "
      "employees, website, parent_id, first_name, last_name, email, birth_date, preferences, loyalty_card, "
      "household_id, household_role, household_decides, created_at, updated_at FROM customers ORDER BY id";

class Import : public ImportFixture
{
};

} // namespace

TEST_F(Import, writes_exactly_what_the_customer_service_writes_including_the_search_index)
{
    const ImportResult r = import(individualsCsv(120));
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.rows, 120);
    EXPECT_EQ(r.counts.imported, 120);
    EXPECT_TRUE(r.problems.isEmpty());

    TestStore other;
    CustomerService service(*other, other.clock);
    for (int i = 0; i < 120; ++i) {
        Customer c = individual(QStringLiteral("علی%1").arg(i), QStringLiteral("رضایی%1").arg(i), nationalCodeOf(i),
                                mobileOf(i), QStringLiteral("تهران"));
        c.individual.email = QStringLiteral("u%1@example.ir").arg(i);
        c.individual.birthDate = JalaliDate::fromJalali(1370, 5, 1 + i % 28);
        c.addresses.front().line = QStringLiteral("ونک، پلاک %1").arg(i);
        c.createdAt = QDateTime();
        service.create(c);
    }
    EXPECT_EQ(dump(store, kCustomerColumns), dump(other, kCustomerColumns));
    EXPECT_EQ(dump(store, "SELECT * FROM customer_phones ORDER BY customer_id, position"),
              dump(other, "SELECT * FROM customer_phones ORDER BY customer_id, position"));
    EXPECT_EQ(dump(store, "SELECT * FROM customer_addresses ORDER BY customer_id, position"),
              dump(other, "SELECT * FROM customer_addresses ORDER BY customer_id, position"));
    const QStringList index = searchIndex(store, "customer_search");
    EXPECT_GT(index.size(), 100);
    EXPECT_EQ(index, searchIndex(other, "customer_search"));

    CustomerQuery q;
    q.text = QStringLiteral("رضايي17"); // Arabic yeh, as a user might type it
    const QList<CustomerRow> found = store->customers().list(q);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].phone, mobileOf(17));
    EXPECT_EQ(CustomerService(*store, store.clock).findByPhone(QStringLiteral("+98 912 000 0042")).size(), 1);
}

TEST_F(Import, one_invalid_row_writes_nothing_and_names_row_column_value)
{
    store->transaction([&] { store->customers().add(individual("پیشین", "مشتری", nationalCodeOf(9000))); });
    const RowCounts before = RowCounts::of(store);
    QByteArray csv = individualsCsv(30);
    csv += "بد,ردیف,1234567890,09121112233,,,,\r\n"; // row 31: wrong check digit
    const QByteArray more = individualsCsv(5, 40);
    csv += more.mid(more.indexOf('\n') + 1);
    const ImportResult r = import(csv);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Refused) << describe(r).toStdString();
    EXPECT_EQ(RowCounts::of(store), before);
    EXPECT_EQ(store.rows("customers"), 1);
    ASSERT_EQ(r.problems.size(), 1) << describe(r).toStdString();
    EXPECT_EQ(r.problems[0].row, 31);
    EXPECT_EQ(r.problems[0].column, QStringLiteral("کد ملی"));
    EXPECT_EQ(r.problems[0].value, QStringLiteral("1234567890"));
    EXPECT_EQ(r.problems[0].code, QStringLiteral("check_digit"));
    EXPECT_EQ(r.counts.invalid, 1);
    EXPECT_EQ(r.counts.imported, 35); // what would have been imported
    EXPECT_FALSE(r.written());
}

TEST_F(Import, skip_invalid_writes_the_good_rows_in_one_go_and_reports_the_rest)
{
    QByteArray csv = "first_name,last_name,mobile,birth_date\n"
                     "a,b,09121111111,1370/01/01\n"
                     "c,d,0212222222,1370/01/01\n" // not a mobile
                     "e,f,09123333333,1403/12/31\n" // no such day
                     "g,h,09124444444\n" // ragged
                     "i,j,09125555555,2001-02-03\n";
    ImportOptions o;
    o.skipInvalid = true;
    const ImportResult r = import(csv, o);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.rows, 5);
    EXPECT_EQ(r.counts.imported, 2);
    EXPECT_EQ(r.counts.invalid, 3);
    QStringList problems;
    for (const ImportProblem &p : r.problems)
        problems << QStringLiteral("%1:%2").arg(p.row).arg(p.code);
    EXPECT_EQ(problems, (QStringList { "2:format", "3:no_such_day", "4:ragged_row" }));
    EXPECT_EQ(store.rows("customers"), 2);
    EXPECT_EQ(dump(store, "SELECT number FROM customer_phones ORDER BY number"),
              (QStringList { "09121111111", "09125555555" }));
}

TEST_F(Import, a_file_broken_half_way_writes_nothing_even_with_skip_invalid)
{
    QByteArray csv = individualsCsv(2500);
    csv += "x,\"y,";
    csv += mobileOf(1).toUtf8() + ",,,,\n";
    ImportOptions o;
    o.skipInvalid = true;
    o.chunkRows = 500; // several chunks were written before the break
    const ImportResult r = import(csv, o);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::FileRejected) << describe(r).toStdString();
    ASSERT_FALSE(r.problems.isEmpty());
    EXPECT_EQ(r.problems.back().code, QStringLiteral("unterminated_quote"));
    EXPECT_EQ(r.problems.back().row, 2501);
    EXPECT_EQ(store.rows("customers"), 0);
    EXPECT_EQ(store.rows("customer_phones"), 0);
    EXPECT_TRUE(searchIndex(store, "customer_search").isEmpty());
}

TEST_F(Import, cancelling_after_chunks_were_written_leaves_nothing)
{
    std::atomic_bool cancel { false };
    ImportOptions o;
    o.chunkRows = 100;
    o.cancel = &cancel;
    QList<qint64> progress;
    o.progress = [&](const ImportProgress &p) {
        progress << p.rows;
        EXPECT_LE(p.bytesRead, p.totalBytes);
        if (p.rows >= 300)
            cancel = true;
    };
    const ImportResult r = import(individualsCsv(1000), o);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Cancelled);
    EXPECT_EQ(progress.mid(0, 3), (QList<qint64> { 100, 200, 300 }));
    EXPECT_EQ(store.rows("customers"), 0);
    EXPECT_EQ(store.rows("customer_phones"), 0);
    EXPECT_TRUE(searchIndex(store, "customer_search").isEmpty());
}

TEST_F(Import, progress_ends_at_the_whole_file)
{
    ImportOptions o;
    o.chunkRows = 64;
    ImportProgress last;
    int calls = 0;
    o.progress = [&](const ImportProgress &p) {
        last = p;
        ++calls;
    };
    const QString path = writeFile(QStringLiteral("p.csv"), individualsCsv(300));
    ASSERT_EQ(importFile(path, o).outcome, ImportResult::Outcome::Committed);
    EXPECT_GE(calls, 5);
    EXPECT_EQ(last.rows, 300);
    EXPECT_EQ(last.bytesRead, QFileInfo(path).size());
    EXPECT_EQ(last.totalBytes, QFileInfo(path).size());
}

TEST_F(Import, a_dry_run_counts_everything_and_writes_nothing)
{
    store.reopen(); // the schema is in the main file, not the WAL
    const QByteArray before = store.contentHash();
    ImportOptions o;
    o.dryRun = true;
    const ImportResult r = import(individualsCsv(50), o);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::DryRun);
    EXPECT_EQ(r.counts.imported, 50);
    EXPECT_EQ(store.rows("customers"), 0);
    if (!onPostgresql())
        store.store.reset(); // checkpoint the WAL so the file is comparable
    EXPECT_EQ(store.contentHash(), before);
}

TEST_F(Import, bad_files_are_rejected_before_anything_is_written)
{
    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *code;
    };
    QByteArray bigField("first_name,last_name\nعلی,");
    bigField += QByteArray(10 * 1024 * 1024, 'z') + "\n";
    const Case cases[] = {
        { "empty", QByteArray(), "empty_file" },
        { "bom only", QByteArray("\xEF\xBB\xBF"), "empty_file" },
        { "header only", QByteArray("first_name,last_name\r\n"), "no_rows" },
        { "header and blank lines", QByteArray("first_name,last_name\r\n,\r\n\r\n"), "no_rows" },
        { "binary junk", QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16), "binary_file" },
        { "workbook", QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00", 10), "workbook_file" },
        { "wrong separator", QByteArray("first_name|last_name|mobile\nعلی|رضایی|09121234567\n"), "unknown_header" },
        { "missing name column", QByteArray("mobile,city\n09121234567,تهران\n"), "missing_column" },
        { "unterminated quote", QByteArray("first_name,last_name\n\"علی,رضایی\n"), "unterminated_quote" },
        { "10 MB field", bigField, "field_too_long" },
    };
    for (const Case &c : cases) {
        const ImportResult r = import(c.bytes);
        EXPECT_EQ(r.outcome, ImportResult::Outcome::FileRejected) << c.name;
        ASSERT_FALSE(r.problems.isEmpty()) << c.name;
        EXPECT_EQ(r.problems.front().code, QString::fromLatin1(c.code)) << c.name << ": " << describe(r).toStdString();
        EXPECT_FALSE(r.problems.front().persianMessage.isEmpty()) << c.name;
        EXPECT_EQ(store.rows("customers"), 0) << c.name;
    }
}

TEST_F(Import, invalid_bytes_in_an_imported_column_make_that_row_invalid)
{
    QByteArray csv = individualsCsv(3);
    csv += "علی,رض\xff\xfeایی,,09120000099,,,,\r\n";
    ImportOptions o;
    o.skipInvalid = true;
    const ImportResult r = import(csv, o);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.imported, 3);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].row, 4);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("invalid_encoding"));
    EXPECT_EQ(r.problems[0].column, QStringLiteral("نام خانوادگی"));
}

TEST_F(Import, the_same_customers_from_every_encoding_excel_and_windows_write)
{
    const char *files[] = { "individuals_utf8_bom.csv", "individuals_utf8.csv", "individuals_utf16le.csv",
                            "individuals_utf16be.csv", "individuals_cp1256.csv" };
    const TextEncoding encodings[] = { TextEncoding::Utf8, TextEncoding::Utf8, TextEncoding::Utf16LE,
                                       TextEncoding::Utf16BE, TextEncoding::Windows1256 };
    const QChar separators[] = { u',', u',', u'\t', u',', u';' };
    QStringList first;
    for (int i = 0; i < 5; ++i) {
        TestStore fresh;
        QFile f(QStringLiteral(PEYVAND_TEST_DATA_DIR "/import/") + QString::fromLatin1(files[i]));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const ImportResult r = CsvImporter(*fresh, fresh.clock).run(f, {});
        ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << files[i] << describe(r).toStdString();
        EXPECT_EQ(r.format.encoding, encodings[i]) << files[i];
        EXPECT_EQ(r.format.separator, separators[i]) << files[i];
        EXPECT_EQ(r.counts.imported, 3) << files[i];
        EXPECT_EQ(r.mapping.fields().size(), 8) << files[i];
        const QStringList rows
            = dump(fresh,
                   "SELECT c.name, c.national_id, c.phone, c.email, c.birth_date, c.city, a.line "
                   "FROM customers c JOIN customer_addresses a ON a.customer_id = c.id ORDER BY c.id");
        if (i == 0) {
            first = rows;
            ASSERT_EQ(rows.size(), 3);
            EXPECT_TRUE(rows[0].startsWith(QStringLiteral("علی رضایی|0012345679|09121234567|ali@example.ir|"
                                                          "1991-08-03|تهران|")))
                << rows[0].toStdString();
            EXPECT_TRUE(rows[1].contains(QStringLiteral("|09127654321|"))) << rows[1].toStdString();
            EXPECT_TRUE(rows[1].contains(QStringLiteral("|1988-03-21|"))) << rows[1].toStdString();
            // Addresses are tidied as the customer dialog does: the line break becomes a space.
            EXPECT_TRUE(rows[2].endsWith(QStringLiteral("|خیابان زند، طبقه دوم"))) << rows[2].toStdString();
        } else if (i < 4) {
            EXPECT_EQ(rows, first) << files[i];
        } else {
            // Windows-1256 cannot hold Persian digits: the address says "پلاک 12".
            QStringList expected = first;
            expected[0].replace(QStringLiteral("۱۲"), QStringLiteral("12"));
            EXPECT_EQ(rows, expected) << files[i];
        }
    }
}

TEST_F(Import, an_explicit_encoding_wins_over_detection)
{
    // Windows-1256 bytes forced to UTF-8: every Persian cell has invalid bytes.
    QFile f(QStringLiteral(PEYVAND_TEST_DATA_DIR "/import/individuals_cp1256.csv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ImportOptions o;
    o.encoding = TextEncoding::Utf8;
    o.mapOverrides
        = { { ImportField::FirstName, QStringLiteral("1") }, { ImportField::LastName, QStringLiteral("2") } };
    const ImportResult r = CsvImporter(*store, store.clock).run(f, o);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Refused) << describe(r).toStdString();
    ASSERT_FALSE(r.problems.isEmpty());
    EXPECT_EQ(r.problems[0].code, QStringLiteral("invalid_encoding"));
    EXPECT_EQ(store.rows("customers"), 0);
}

TEST_F(Import, legal_entities_with_persian_headers_and_semicolons)
{
    QFile f(QStringLiteral(PEYVAND_TEST_DATA_DIR "/import/legal_utf8_bom.csv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ImportOptions o;
    o.kind = ImportKind::Legal;
    const ImportResult r = CsvImporter(*store, store.clock).run(f, o);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.imported, 2);
    EXPECT_EQ(dump(store,
                   "SELECT kind, name, phone, city, industry, employees, registration_no FROM customers "
                   "ORDER BY id"),
              (QStringList { "legal|شرکت پارس ابزار|02188776655|تهران|صنعتی|120|12345",
                             "legal|گروه صنعتی کاوه|03133221100|اصفهان|فولاد|1200|6789" }));
}

TEST_F(Import, an_owner_that_does_not_exist_is_refused)
{
    ImportOptions o;
    o.ownerId = 999;
    EXPECT_THROW(import(individualsCsv(1), o), NotFoundError);
    EXPECT_EQ(store.rows("customers"), 0);
}
