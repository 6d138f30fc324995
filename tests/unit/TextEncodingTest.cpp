// Encodings from real bytes: the fixtures in tests/data/import were written by
// Python's codecs (make_fixtures.py), and the Windows-1256 table is checked
// byte by byte against Python's cp1256 codec run from the test.
#include "EncodingDetector.h"
#include "TestPrinters.h"
#include "TextDecoder.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace peyvand;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(PEYVAND_TEST_DATA_DIR "/import/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

QString decodeAll(const QByteArray &bytes, TextEncoding encoding, qsizetype chunk = 0)
{
    TextDecoder decoder(encoding);
    QString out;
    if (chunk <= 0) {
        decoder.decode(bytes, out);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += chunk)
            decoder.decode(bytes.constData() + i, std::min(chunk, bytes.size() - i), out);
    }
    decoder.finish(out);
    return out;
}

// Python's decoding of the same bytes, as UTF-8.
QString pythonDecode(const QByteArray &bytes, const char *codec)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        ADD_FAILURE() << "python3 not found";
        return {};
    }
    QProcess p;
    p.start(python,
            { QStringLiteral("-c"),
              QStringLiteral("import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('%1')"
                             ".encode('utf-8'))")
                  .arg(QString::fromLatin1(codec)) });
    p.write(bytes);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(EncodingDetector, byte_order_marks_name_the_encoding)
{
    using EncodingDetector::detect;
    auto r = detect(fixture("individuals_utf8_bom.csv"), true);
    EXPECT_EQ(r.encoding, TextEncoding::Utf8);
    EXPECT_EQ(r.bomLength, 3);
    r = detect(fixture("individuals_utf16le.csv"), true);
    EXPECT_EQ(r.verdict, EncodingDetector::Verdict::Text);
    EXPECT_EQ(r.encoding, TextEncoding::Utf16LE);
    EXPECT_EQ(r.bomLength, 2);
    r = detect(fixture("individuals_utf16be.csv"), true);
    EXPECT_EQ(r.encoding, TextEncoding::Utf16BE);
    EXPECT_EQ(r.bomLength, 2);
}

TEST(EncodingDetector, utf8_without_bom_and_windows_1256_are_told_apart)
{
    using EncodingDetector::detect;
    auto r = detect(fixture("individuals_utf8.csv"), true);
    EXPECT_EQ(r.encoding, TextEncoding::Utf8);
    EXPECT_EQ(r.bomLength, 0);
    r = detect(fixture("individuals_cp1256.csv"), true);
    EXPECT_EQ(r.verdict, EncodingDetector::Verdict::Text);
    EXPECT_EQ(r.encoding, TextEncoding::Windows1256);
    EXPECT_EQ(detect("plain ascii,only\n", true).encoding, TextEncoding::Utf8);
}

TEST(EncodingDetector, a_damaged_utf8_file_stays_utf8_so_the_bad_row_is_reported)
{
    QByteArray bytes = fixture("individuals_utf8.csv");
    bytes.insert(bytes.size() / 2, '\xff');
    EXPECT_EQ(EncodingDetector::detect(bytes, true).encoding, TextEncoding::Utf8);
}

TEST(EncodingDetector, a_sample_cut_inside_a_character_is_not_damage)
{
    const QByteArray persian = QStringLiteral("علی رضایی").toUtf8();
    EXPECT_EQ(EncodingDetector::detect(persian.left(persian.size() - 1), false).encoding, TextEncoding::Utf8);
}

TEST(EncodingDetector, empty_binary_and_workbooks_are_not_text)
{
    using EncodingDetector::Verdict;
    EXPECT_EQ(EncodingDetector::detect({}, true).verdict, Verdict::Empty);
    EXPECT_EQ(EncodingDetector::detect("\xEF\xBB\xBF", true).verdict, Verdict::Empty);
    const auto binary = EncodingDetector::detect(QByteArray("abc\x00\x01xyz", 8), true);
    EXPECT_EQ(binary.verdict, Verdict::Binary);
    EXPECT_EQ(binary.offset, 3);
    const auto xlsx = EncodingDetector::detect(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8), true);
    EXPECT_EQ(xlsx.verdict, Verdict::Workbook);
    EXPECT_EQ(xlsx.workbookFormat, QStringLiteral("xlsx"));
    EXPECT_EQ(EncodingDetector::detect(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00", 9), true).verdict,
              Verdict::Workbook);
}

TEST(TextDecoder, every_fixture_decodes_to_the_same_persian_text_as_python)
{
    const struct
    {
        const char *file;
        TextEncoding encoding;
        const char *codec;
        int bom;
    } cases[] = { { "individuals_utf8_bom.csv", TextEncoding::Utf8, "utf-8", 3 },
                  { "individuals_utf16le.csv", TextEncoding::Utf16LE, "utf-16-le", 2 },
                  { "individuals_utf16be.csv", TextEncoding::Utf16BE, "utf-16-be", 2 },
                  { "individuals_cp1256.csv", TextEncoding::Windows1256, "cp1256", 0 } };
    for (const auto &c : cases) {
        const QByteArray bytes = fixture(c.file).mid(c.bom);
        const QString expected = pythonDecode(bytes, c.codec);
        ASSERT_FALSE(expected.isEmpty()) << c.file;
        EXPECT_EQ(decodeAll(bytes, c.encoding), expected) << c.file;
        // Fed one, two and three bytes at a time: characters cut between chunks.
        for (int chunk = 1; chunk <= 3; ++chunk)
            EXPECT_EQ(decodeAll(bytes, c.encoding, chunk), expected) << c.file << " chunk " << chunk;
    }
    EXPECT_TRUE(decodeAll(fixture("individuals_cp1256.csv"), TextEncoding::Windows1256)
                    .contains(QStringLiteral("نام\u200cخانوادگي")));
}

TEST(TextDecoder, windows_1256_matches_python_for_every_byte)
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        if (b != '\r') // Python's text layer is not involved, but keep the stream plain
            all.append(char(b));
    EXPECT_EQ(decodeAll(all, TextEncoding::Windows1256), pythonDecode(all, "cp1256"));
}

TEST(TextDecoder, invalid_utf8_becomes_replacement_characters_and_is_counted)
{
    TextDecoder d(TextEncoding::Utf8);
    QString out;
    // A lone continuation byte, an overlong '/', a surrogate, a cut sequence at the end.
    d.decode(QByteArray("a\x80"
                        "b\xC0\xAF"
                        "c\xED\xA0\x80"
                        "d\xE2\x82"),
             out);
    d.finish(out);
    EXPECT_EQ(out.left(2), QStringLiteral("a\uFFFD"));
    EXPECT_TRUE(out.endsWith(QStringLiteral("d\uFFFD"))) << out.toStdString();
    EXPECT_EQ(d.invalidSequences(), out.count(QChar(0xFFFD)));
    EXPECT_GE(d.invalidSequences(), 5);
    EXPECT_FALSE(out.contains(QChar(0xD800)));
}

TEST(TextDecoder, four_byte_utf8_becomes_a_surrogate_pair)
{
    EXPECT_EQ(decodeAll("\xF0\x9F\x98\x80", TextEncoding::Utf8, 1), QString::fromUtf8("\xF0\x9F\x98\x80"));
}

TEST(TextDecoder, broken_utf16_is_replaced_not_crashed_on)
{
    // An odd final byte, a lone low surrogate, a high surrogate without its low half.
    QByteArray bytes("a\x00", 2);
    bytes += QByteArray("\x00\xDC", 2);
    bytes += QByteArray("\x00\xD8"
                        "b\x00",
                        4);
    bytes += "x";
    TextDecoder d(TextEncoding::Utf16LE);
    QString out;
    d.decode(bytes, out);
    d.finish(out);
    EXPECT_EQ(out, QStringLiteral("a\uFFFD\uFFFDb\uFFFD"));
    EXPECT_EQ(d.invalidSequences(), 3);
}
