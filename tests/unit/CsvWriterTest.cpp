#include "CsvWriter.h"

#include "JalaliDate.h"
#include "TestPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace peyvand;

namespace {

ReportTable sample()
{
    ReportTable t;
    t.code = QStringLiteral("sample");
    t.english = QStringLiteral("Sample, with \"quotes\"");
    t.persian = QStringLiteral("نمونه");
    using Type = ReportColumn::Type;
    t.columns = { { QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("نام"), Type::Text },
                  { QStringLiteral("count"), QStringLiteral("Count"), QStringLiteral("تعداد"), Type::Integer },
                  { QStringLiteral("amount"), QStringLiteral("Amount, Rials"), QStringLiteral("مبلغ"), Type::Money },
                  { QStringLiteral("rate"), QStringLiteral("Rate"), QStringLiteral("نرخ"), Type::Percent },
                  { QStringLiteral("day"), QStringLiteral("Day"), QStringLiteral("روز"), Type::Date },
                  { QStringLiteral("cycle"), QStringLiteral("Cycle"), QStringLiteral("چرخه"), Type::Days } };
    t.rows << QList<QVariant> { QStringLiteral("شرکت \"پارس\", تهران"), qint64(12), qint64(9'000'000'000'000LL), 0.625,
                                JalaliDate::fromJalali(1403, 12, 30),   12.25 };
    t.rows << QList<QVariant> {
        QStringLiteral("line one\nline two\r\nthree"), qint64(0), qint64(0), QVariant(), QVariant(), QVariant()
    };
    t.rows << QList<QVariant> { QStringLiteral("plain"), qint64(-3), qint64(1), 1.0 / 3.0, QDate(2026, 11, 23), 0.0 };
    return t;
}

// Parses CSV bytes with Python's csv module; returns the records, or an
// empty list (and a test failure) when python3 is missing or fails.
QList<QStringList> parseWithPython(const QByteArray &csv)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        ADD_FAILURE() << "python3 not found";
        return {};
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(csv);
    f.close();
    QProcess p;
    p.start(python,
            { QStringLiteral("-c"),
              QStringLiteral("import csv, json, sys\n"
                             "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                             "    rows = list(csv.reader(f, strict=True))\n"
                             "sys.stdout.write(json.dumps(rows))\n"),
              path });
    p.waitForFinished(30000);
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    QList<QStringList> out;
    for (const QJsonValue &row : QJsonDocument::fromJson(p.readAllStandardOutput()).array()) {
        QStringList fields;
        for (const QJsonValue &v : row.toArray())
            fields << v.toString();
        out << fields;
    }
    return out;
}

} // namespace

TEST(CsvWriter, fields_are_quoted_only_when_needed)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("abc")), QStringLiteral("abc"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
    EXPECT_EQ(CsvWriter::field(QString()), QString());
}

TEST(CsvWriter, cells_have_latin_digits_jalali_dates_and_percent)
{
    using Type = ReportColumn::Type;
    EXPECT_EQ(CsvWriter::cell(qint64(1234567), Type::Money), QStringLiteral("1234567"));
    EXPECT_EQ(CsvWriter::cell(0.625, Type::Percent), QStringLiteral("62.5"));
    EXPECT_EQ(CsvWriter::cell(1.0 / 3.0, Type::Percent), QStringLiteral("33.33"));
    EXPECT_EQ(CsvWriter::cell(QVariant(), Type::Percent), QString());
    EXPECT_EQ(CsvWriter::cell(12.25, Type::Days), QStringLiteral("12.3"));
    EXPECT_EQ(CsvWriter::cell(QDate(2025, 3, 20), Type::Date), QStringLiteral("1403/12/30"));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("=cmd|' /C calc'!A0"), Type::Text), QStringLiteral("'=cmd|' /C calc'!A0"));
    EXPECT_EQ(CsvWriter::cell(qint64(-3), Type::Integer), QStringLiteral("-3")); // numbers stay numbers
}

TEST(CsvWriter, output_is_crlf_utf8_with_a_byte_order_mark)
{
    const QByteArray bytes = CsvWriter::table(sample(), { true, false });
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBFName,Count,\"Amount, Rials\",Rate,Day,Cycle\r\n"));
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("\"شرکت \"\"پارس\"\", تهران\",12,9000000000000,62.5,"
                                                                 "1403/12/30,12.3\r\n")));
    EXPECT_FALSE(CsvWriter::table(sample(), { false, false }).startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(QString::fromUtf8(CsvWriter::table(sample(), { false, true })).startsWith(QStringLiteral("نام,تعداد")));
}

TEST(CsvWriter, pythons_csv_module_reads_back_every_field)
{
    const ReportTable t = sample();
    const auto rows = parseWithPython(CsvWriter::table(t, { true, false }));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0], (QStringList { "Name", "Count", "Amount, Rials", "Rate", "Day", "Cycle" }));
    EXPECT_EQ(
        rows[1],
        (QStringList { QStringLiteral("شرکت \"پارس\", تهران"), "12", "9000000000000", "62.5", "1403/12/30", "12.3" }));
    EXPECT_EQ(rows[2], (QStringList { QStringLiteral("line one\nline two\r\nthree"), "0", "0", "", "", "" }));
    EXPECT_EQ(rows[3], (QStringList { "plain", "-3", "1", "33.33", "1405/09/02", "0" }));
}

TEST(CsvWriter, several_tables_each_with_its_title)
{
    ReportTable second = sample();
    second.english = QStringLiteral("Second");
    second.rows.clear();
    const auto rows = parseWithPython(CsvWriter::tables({ sample(), second }, { true, false }));
    ASSERT_EQ(rows.size(), 8);
    EXPECT_EQ(rows[0], QStringList { QStringLiteral("Sample, with \"quotes\"") });
    EXPECT_EQ(rows[1].size(), 6);
    EXPECT_EQ(rows[5], QStringList {}); // the empty line between tables
    EXPECT_EQ(rows[6], QStringList { QStringLiteral("Second") });
    EXPECT_EQ(rows[7][0], QStringLiteral("Name"));
}
