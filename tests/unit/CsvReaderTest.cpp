// The CSV reader on bytes in memory: RFC 4180 quoting, line ends, the broken
// inputs of issue 8 (unterminated quote, 10 MB field, binary junk, too many
// columns, invalid bytes), and records cut across the reader's 64 KiB chunks.
#include "CsvReader.h"

#include "TestPrinters.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace peyvand;

namespace {

struct ReadAll
{
    QList<QStringList> records;
    QList<qint64> lines;
    QList<QList<int>> invalid;
    std::optional<ImportProblem> error;
    qint64 bytesRead = 0;
};

ReadAll readAll(const QByteArray &bytes, QChar separator = QLatin1Char(','), CsvLimits limits = {},
                TextEncoding encoding = TextEncoding::Utf8)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvFormat format;
    format.encoding = encoding;
    format.separator = separator;
    CsvReader reader(buffer, format, limits);
    ReadAll out;
    CsvRecord record;
    while (reader.next(record)) {
        out.records << record.fields;
        out.lines << record.line;
        out.invalid << record.invalidTextColumns;
    }
    out.error = reader.error();
    out.bytesRead = reader.bytesRead();
    return out;
}

QStringList fields(std::initializer_list<const char *> utf8)
{
    QStringList out;
    for (const char *s : utf8)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST(CsvReader, reads_plain_records_with_crlf_lf_and_cr_line_ends)
{
    const ReadAll r = readAll("a,b,c\r\n1,2,3\n4,5,6\r7,8,9");
    ASSERT_FALSE(r.error);
    ASSERT_EQ(r.records.size(), 4);
    EXPECT_EQ(r.records[0], fields({ "a", "b", "c" }));
    EXPECT_EQ(r.records[1], fields({ "1", "2", "3" }));
    EXPECT_EQ(r.records[2], fields({ "4", "5", "6" }));
    EXPECT_EQ(r.records[3], fields({ "7", "8", "9" }));
    EXPECT_EQ(r.lines, (QList<qint64> { 1, 2, 3, 4 }));
}

TEST(CsvReader, quoted_fields_keep_separators_quotes_and_line_breaks)
{
    const ReadAll r = readAll("name,address,note\r\n"
                              "\"پارس, ابزار\",\"خیابان زند،\r\nطبقه دوم\",\"he said \"\"hi\"\"\"\r\n"
                              "x,\"\",\"\"\"\"\r\n");
    ASSERT_FALSE(r.error);
    ASSERT_EQ(r.records.size(), 3);
    EXPECT_EQ(r.records[1], fields({ "پارس, ابزار", "خیابان زند،\nطبقه دوم", "he said \"hi\"" }));
    EXPECT_EQ(r.records[2], fields({ "x", "", "\"" }));
    EXPECT_EQ(r.lines, (QList<qint64> { 1, 2, 4 })); // the quoted line break counts as a line
}

TEST(CsvReader, empty_fields_and_a_trailing_separator_are_fields)
{
    const ReadAll r = readAll(",a,\n\n");
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[0], fields({ "", "a", "" }));
    EXPECT_EQ(r.records[1], fields({ "" })); // a blank line is a record with one empty field
}

TEST(CsvReader, a_stray_quote_inside_an_unquoted_field_is_text_as_in_excel)
{
    const ReadAll r = readAll("12\" pipe,\"ok\"x\n");
    ASSERT_FALSE(r.error);
    ASSERT_EQ(r.records.size(), 1);
    EXPECT_EQ(r.records[0], fields({ "12\" pipe", "okx" }));
}

TEST(CsvReader, semicolon_tab_and_persian_semicolon_separators)
{
    EXPECT_EQ(readAll("a;b,c;d\n", QLatin1Char(';')).records.front(), fields({ "a", "b,c", "d" }));
    EXPECT_EQ(readAll("a\tb c\td\n", QLatin1Char('\t')).records.front(), fields({ "a", "b c", "d" }));
    EXPECT_EQ(readAll("نام؛شهر\n", QChar(0x061B)).records.front(), fields({ "نام", "شهر" }));
}

TEST(CsvReader, an_unterminated_quote_is_an_error_naming_the_line_it_opened_on)
{
    const ReadAll r = readAll("a,b\n1,2\n3,\"four\n5,6\n7,8\n");
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, QStringLiteral("unterminated_quote"));
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("line 3"))) << r.error->message.toStdString();
    EXPECT_EQ(r.error->row, 2); // records before it: the header and one row
    EXPECT_FALSE(r.error->persianMessage.isEmpty());
    EXPECT_EQ(r.records.size(), 2);
}

TEST(CsvReader, ten_megabytes_in_one_field_stops_early_with_a_clear_error)
{
    QByteArray bytes("name,notes\nعلی,");
    bytes += QByteArray(10 * 1024 * 1024, 'x');
    bytes += "\n";
    const ReadAll r = readAll(bytes);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, QStringLiteral("field_too_long"));
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("65536"))) << r.error->message.toStdString();
    // It stopped at the limit instead of reading the whole 10 MB into memory.
    EXPECT_LT(r.bytesRead, 256 * 1024);
}

TEST(CsvReader, an_open_quote_swallowing_the_file_hits_the_field_limit_and_says_so)
{
    QByteArray bytes("a,b\n\"open,");
    for (int i = 0; i < 20000; ++i)
        bytes += "row,row\n";
    const ReadAll r = readAll(bytes);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, QStringLiteral("field_too_long"));
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("quote"))) << r.error->message.toStdString();
}

TEST(CsvReader, too_many_columns_is_an_error)
{
    CsvLimits limits;
    limits.maxColumns = 10;
    const ReadAll r = readAll(QByteArray(50, ',') + "\n", QLatin1Char(','), limits);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, QStringLiteral("too_many_columns"));
}

TEST(CsvReader, binary_junk_after_good_lines_is_an_error_naming_the_line)
{
    QByteArray bytes("a,b\n1,2\n");
    bytes += QByteArray("\x00\x01\x02\xff\xfe garbage", 14);
    const ReadAll r = readAll(bytes);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, QStringLiteral("binary_data"));
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("line 3"))) << r.error->message.toStdString();
}

TEST(CsvReader, invalid_utf8_bytes_are_kept_as_replacement_and_the_column_is_named)
{
    const ReadAll r = readAll("a,b,c\nok,bad\xff\xfe here,\xc3\n");
    ASSERT_FALSE(r.error);
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_TRUE(r.invalid[0].isEmpty());
    EXPECT_EQ(r.invalid[1], (QList<int> { 1, 2 }));
    EXPECT_EQ(r.records[1][1], QStringLiteral("bad\uFFFD\uFFFD here"));
}

TEST(CsvReader, the_bom_is_skipped_and_only_at_the_start)
{
    const ReadAll r = readAll("\xEF\xBB\xBFname\n\xEF\xBB\xBFx\n");
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[0].front(), QStringLiteral("name"));
    EXPECT_EQ(r.records[1].front(), QStringLiteral("\uFEFFx"));
}

TEST(CsvReader, characters_and_records_cut_by_the_chunk_boundary_are_read_whole)
{
    // Put a two-byte Persian letter, a quoted line break and a CRLF across the
    // 65536-byte chunk boundary in turn.
    for (int shift = 0; shift < 4; ++shift) {
        QByteArray bytes("h1,h2\r\n");
        bytes += QByteArray(65536 - bytes.size() - 2 + shift, 'a');
        bytes += ",\"ی\r\nی\"\r\nz,w\r\n";
        const ReadAll r = readAll(bytes);
        ASSERT_FALSE(r.error) << shift;
        ASSERT_EQ(r.records.size(), 3) << shift;
        EXPECT_EQ(r.records[1][1], QStringLiteral("ی\nی")) << shift;
        EXPECT_EQ(r.records[2], fields({ "z", "w" })) << shift;
        EXPECT_EQ(r.lines[2], 4) << shift;
    }
}

TEST(CsvReader, utf16_text_is_read_through_its_decoder)
{
    const QString text = QStringLiteral("نام\tشهر\r\nعلی\tتهران\r\n");
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const ReadAll r = readAll(bytes, QLatin1Char('\t'), {}, TextEncoding::Utf16LE);
    ASSERT_FALSE(r.error);
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[1], fields({ "علی", "تهران" }));
}

TEST(CsvReader, an_empty_input_has_no_records)
{
    const ReadAll r = readAll("");
    EXPECT_FALSE(r.error);
    EXPECT_TRUE(r.records.isEmpty());
}
