// CustomerCsvExport on a real database: the rows of a list query (kind,
// search, filters, sort) page by page, read back with Python's csv module:
// byte order mark, Persian titles, Jalali dates, phones as text, formulas
// escaped; a cancel stops it.
#include "CustomerCsvExport.h"

#include "JalaliDate.h"
#include "PythonCsv.h"
#include "TestStore.h"

#include <QBuffer>
#include <QFile>
#include <gtest/gtest.h>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

class CustomerCsvExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        User u;
        u.username = QStringLiteral("rep");
        u.fullName = QStringLiteral("سارا رضایی");
        s->transaction([&] { owner = s->users().add(u); });
        s->transaction([&] {
            for (int i = 0; i < 25; ++i) {
                Customer c = individual(
                    QStringLiteral("علی%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("رضایی"),
                    validNationalCode(QStringLiteral("%1").arg(1000000 + i * 7919, 9, 10, QLatin1Char('0'))),
                    QStringLiteral("0912%1").arg(1000000 + i),
                    i % 2 ? QStringLiteral("تهران") : QStringLiteral("شیراز"));
                c.ownerId = owner;
                s->customers().add(c);
            }
            Customer evil = individual(QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@SUM(1+1)"));
            evil.individual.email = QStringLiteral("-2+3@example.com");
            evil.addresses << Address { QStringLiteral("اصلی"), QString(), QStringLiteral("+تهران"), QString(),
                                        QString() };
            s->customers().add(evil);
            s->customers().add(legalEntity(QStringLiteral("شرکت فولاد, \"سپاهان\""),
                                           validLegalId(QStringLiteral("1000000001")), QStringLiteral("02188776655"),
                                           QStringLiteral("اصفهان")));
        });
    }

    QString exportTo(const CustomerQuery &query, CustomerCsvExport::Options options = {})
    {
        const QString path = s.dir.filePath(QStringLiteral("out.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        options.pageRows = 4; // many pages, so the key cursor is exercised
        EXPECT_TRUE(CustomerCsvExport(*s).run(query, file, options));
        return path;
    }

    TestStore s;
    qint64 owner = 0;
};

} // namespace

TEST_F(CustomerCsvExportTest, writes_the_filtered_list_in_its_order_with_persian_titles)
{
    CustomerQuery q;
    q.kind = CustomerKind::Individual;
    q.city = QStringLiteral("تهران");
    q.sort = CustomerSort::Name;
    q.descending = true;
    const PythonCsv csv = PythonCsv::read(exportTo(q));
    EXPECT_TRUE(csv.bom);
    ASSERT_FALSE(csv.records.isEmpty());
    EXPECT_EQ(csv.records.front(), CustomerCsvExport::headers(CustomerKind::Individual, true));
    EXPECT_EQ(csv.records.front()[1], QStringLiteral("نام"));

    q.limit = 1000;
    const QList<CustomerRow> expected = s->customers().list(q);
    ASSERT_EQ(expected.size(), 12);
    ASSERT_EQ(csv.records.size(), expected.size() + 1);
    for (int i = 0; i < expected.size(); ++i) {
        const QStringList &r = csv.records[i + 1];
        ASSERT_EQ(r.size(), 9);
        EXPECT_EQ(r[0], QString::number(expected[i].id));
        EXPECT_EQ(r[1], expected[i].name);
        EXPECT_EQ(r[2], expected[i].nationalId);
        const QString phone = expected[i].phone;
        EXPECT_EQ(r[3], phone.left(4) + u' ' + phone.mid(4, 3) + u' ' + phone.mid(7)); // text, not a number
        EXPECT_EQ(r[5], QStringLiteral("تهران"));
        EXPECT_EQ(r[6], QStringLiteral("سرنخ"));
        EXPECT_EQ(r[7], QStringLiteral("سارا رضایی"));
        EXPECT_EQ(r[8], JalaliDate::format(expected[i].createdAt.toLocalTime().date()));
    }
    EXPECT_EQ(csv.records[1][8], QStringLiteral("1403/01/01"));
}

TEST_F(CustomerCsvExportTest, a_search_exports_only_its_matches)
{
    CustomerQuery q;
    q.kind = CustomerKind::Individual;
    q.text = QStringLiteral("علی1");
    q.limit = 1000;
    const QList<CustomerRow> expected = s->customers().list(q);
    ASSERT_EQ(expected.size(), 10); // علی10 … علی19
    const PythonCsv csv = PythonCsv::read(exportTo(q));
    ASSERT_EQ(csv.records.size(), 11);
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(csv.records[i + 1][0], QString::number(expected[i].id));
}

TEST_F(CustomerCsvExportTest, cells_a_spreadsheet_would_run_are_escaped)
{
    CustomerQuery q;
    q.kind = CustomerKind::Individual;
    q.text = QStringLiteral("cmd");
    const PythonCsv csv = PythonCsv::read(exportTo(q));
    ASSERT_EQ(csv.records.size(), 2);
    const QStringList &r = csv.records[1];
    EXPECT_TRUE(r[1].startsWith(QStringLiteral("'=cmd"))) << r[1].toStdString();
    EXPECT_EQ(r[4], QStringLiteral("'-2+3@example.com"));
    EXPECT_EQ(r[5], QStringLiteral("'+تهران"));
    for (const QStringList &record : csv.records)
        for (const QString &cell : record)
            EXPECT_FALSE(cell.startsWith(u'=') || cell.startsWith(u'+') || cell.startsWith(u'-')
                         || cell.startsWith(u'@'))
                << cell.toStdString();
}

TEST_F(CustomerCsvExportTest, legal_entities_quotes_and_english_titles)
{
    CustomerQuery q;
    q.kind = CustomerKind::Legal;
    CustomerCsvExport::Options options;
    options.persianHeaders = false;
    const PythonCsv csv = PythonCsv::read(exportTo(q, options));
    ASSERT_EQ(csv.records.size(), 2);
    EXPECT_EQ(csv.records[0], CustomerCsvExport::headers(CustomerKind::Legal, false));
    EXPECT_EQ(csv.records[0][1], QStringLiteral("Company name"));
    EXPECT_EQ(csv.records[1][1], QStringLiteral("شرکت فولاد, \"سپاهان\""));
    EXPECT_EQ(csv.records[1][3], QStringLiteral("021 8877 6655"));
    EXPECT_EQ(csv.records[1][6], QStringLiteral("lead"));
}

TEST_F(CustomerCsvExportTest, without_a_kind_both_kinds_are_written_with_a_kind_column)
{
    const PythonCsv csv = PythonCsv::read(exportTo(CustomerQuery {}));
    ASSERT_EQ(csv.records.size(), 1 + 27);
    EXPECT_EQ(csv.records[0], CustomerCsvExport::headers(std::nullopt, true));
    EXPECT_EQ(csv.records[1][1], QStringLiteral("حقوقی"));
    EXPECT_EQ(csv.records[2][1], QStringLiteral("حقیقی"));
}

TEST_F(CustomerCsvExportTest, a_cancel_stops_after_the_current_page)
{
    std::atomic_bool cancel { false };
    CustomerCsvExport::Options options;
    options.pageRows = 5;
    options.cancel = &cancel;
    qint64 lastTotal = 0;
    options.progress = [&](qint64 done, qint64 total) {
        lastTotal = total;
        if (done >= 5)
            cancel = true;
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CustomerQuery q;
    q.kind = CustomerKind::Individual;
    qint64 written = 0;
    EXPECT_FALSE(CustomerCsvExport(*s).run(q, buffer, options, &written));
    EXPECT_EQ(written, 5);
    EXPECT_EQ(lastTotal, 26);
}
