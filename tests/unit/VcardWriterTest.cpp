// Writing vCards and iCalendar lines: folding at 75 octets without cutting a
// UTF-8 character, escaping, and a write → read round trip in both versions.
#include "VcardWriter.h"

#include "ContentLine.h"
#include "IcsWriter.h"
#include "TestPrinters.h"
#include "VcardContact.h"
#include "VcardReader.h"

#include <QBuffer>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace peyvand;

namespace {

VcardContact sampleContact()
{
    VcardContact c;
    c.givenName = QStringLiteral("علی");
    c.familyName = QStringLiteral("رضایی");
    c.formattedName = QStringLiteral("علی رضایی");
    c.phones << VcardContact::Phone { QStringLiteral("09121234567"), { QStringLiteral("cell") } };
    c.phones << VcardContact::Phone { QStringLiteral("02188776655"),
                                      { QStringLiteral("voice"), QStringLiteral("home") } };
    c.emails << VcardContact::Email { QStringLiteral("ali@example.ir"), { QStringLiteral("home") } };
    c.organization = QStringLiteral("شرکت پارس، سهامی خاص; تهران");
    c.title = QStringLiteral("مدیر خرید");
    c.addresses << VcardContact::Address {
        { QStringLiteral("home") },   QStringLiteral("خیابان ولیعصر, پلاک ۱۲; واحد ۳"),
        QStringLiteral("تهران"),      QStringLiteral("تهران"),
        QStringLiteral("1593747811"), QStringLiteral("Iran")
    };
    c.birthDate = QDate(1990, 5, 17);
    c.note = QStringLiteral("خط اول\nخط دوم، با ویرگول, و \\ بک‌اسلش ")
        + QString(200, QChar(u'ی'));
    c.nationalCode = QStringLiteral("0012345679");
    c.uid = QStringLiteral("urn:uuid:6f1c2d4e-8a0b-5c3d-9e7f-1a2b3c4d5e6f");
    return c;
}

VcardContact readBack(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    VcardReader reader(buffer);
    VcardCard card;
    EXPECT_TRUE(reader.next(card));
    EXPECT_FALSE(reader.error());
    EXPECT_TRUE(card.problems.isEmpty());
    return VcardContact::fromCard(card);
}

} // namespace

TEST(ContentLine, folds_at_75_octets_without_splitting_utf8)
{
    const QString text = QStringLiteral("NOTE:") + QString(100, QChar(u'ب')) + QStringLiteral("abc")
        + QStringLiteral("😀").repeated(50);
    const QByteArray folded = ContentLine::fold(text);
    ASSERT_TRUE(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = folded.left(folded.size() - 2).split('\n');
    ASSERT_GT(lines.size(), 3);
    QByteArray unfolded;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i + 1 < lines.size()) {
            ASSERT_TRUE(line.endsWith('\r'));
            line.chop(1);
        }
        EXPECT_LE(line.size(), 75);
        if (i > 0) {
            ASSERT_TRUE(line.startsWith(' '));
            line = line.mid(1);
        }
        // Each physical line is valid UTF-8 on its own.
        EXPECT_EQ(QString::fromUtf8(line).toUtf8(), line);
        EXPECT_FALSE(QString::fromUtf8(line).contains(QChar(0xFFFD)));
        unfolded += line;
    }
    EXPECT_EQ(QString::fromUtf8(unfolded), text);
}

TEST(ContentLine, escape_and_unescape)
{
    EXPECT_EQ(ContentLine::escape(QStringLiteral("a,b;c\\d\ne\r\nf")), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    EXPECT_EQ(ContentLine::unescape(QStringLiteral("a\\,b\\;c\\\\d\\ne\\Nf")), QStringLiteral("a,b;c\\d\ne\nf"));
    EXPECT_EQ(ContentLine::unescape(QStringLiteral("C:\\Users")), QStringLiteral("C:\\Users"));
    EXPECT_EQ(ContentLine::components(QStringLiteral("a\\;b;c\\,d;;")),
              (QStringList { QStringLiteral("a;b"), QStringLiteral("c,d"), QString(), QString() }));
}

TEST(VcardWriter, v3_round_trip)
{
    const VcardContact c = sampleContact();
    const QByteArray bytes = VcardWriter::card(c.toCard(VcardVersion::V3));
    EXPECT_TRUE(bytes.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    EXPECT_TRUE(bytes.contains("TEL;TYPE=CELL:+989121234567\r\n"));
    EXPECT_TRUE(bytes.contains("BDAY:1990-05-17\r\n"));
    EXPECT_TRUE(bytes.contains("EMAIL;TYPE=INTERNET,HOME:ali@example.ir\r\n"));
    for (const QByteArray &line : bytes.split('\n'))
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 + the CR
    const VcardContact r = readBack(bytes);
    EXPECT_EQ(r.formattedName, c.formattedName);
    EXPECT_EQ(r.familyName, c.familyName);
    EXPECT_EQ(r.givenName, c.givenName);
    EXPECT_EQ(r.phones.value(0).number, QStringLiteral("+989121234567"));
    EXPECT_EQ(r.phones.value(1).types, (QStringList { QStringLiteral("voice"), QStringLiteral("home") }));
    EXPECT_EQ(r.emails.value(0).address, c.emails[0].address);
    EXPECT_EQ(r.organization, c.organization);
    EXPECT_EQ(r.title, c.title);
    EXPECT_EQ(r.addresses.value(0).street, c.addresses[0].street);
    EXPECT_EQ(r.addresses.value(0).postalCode, c.addresses[0].postalCode);
    EXPECT_EQ(r.birthday, QStringLiteral("1990-05-17"));
    EXPECT_EQ(r.note, c.note);
    EXPECT_EQ(r.nationalCode, c.nationalCode);
    EXPECT_EQ(r.uid, c.uid);
}

TEST(VcardWriter, v4_uses_tel_uris_and_basic_dates)
{
    const VcardContact c = sampleContact();
    const QByteArray bytes = VcardWriter::card(c.toCard(VcardVersion::V4));
    EXPECT_TRUE(bytes.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    EXPECT_TRUE(bytes.contains("TEL;VALUE=uri;TYPE=cell:tel:+989121234567\r\n"));
    EXPECT_TRUE(bytes.contains("BDAY:19900517\r\n"));
    const VcardContact r = readBack(bytes);
    EXPECT_EQ(r.phones.value(0).number, QStringLiteral("+989121234567"));
    EXPECT_EQ(r.birthday, QStringLiteral("1990-05-17"));
    EXPECT_EQ(r.note, c.note);
    EXPECT_EQ(r.organization, c.organization);
}

// Found by fuzzing (tests/data/fuzz/vcard/regression_tel_with_escaped_newline):
// a 4.0 TEL was written as a tel: URI whatever it held, so a number read as
// "(021) \n77-1122" put a raw line break into the file.
TEST(VcardWriter, v4_writes_a_number_that_is_no_tel_uri_as_text)
{
    VcardContact c;
    c.formattedName = QStringLiteral("x");
    c.phones << VcardContact::Phone { QStringLiteral("(021) \n77-1122"), { QStringLiteral("work") } };
    c.phones << VcardContact::Phone { QStringLiteral("(021) 7711-22"), {} };
    const QByteArray bytes = VcardWriter::card(c.toCard(VcardVersion::V4));
    EXPECT_TRUE(bytes.contains("TEL;TYPE=work:(021) \\n77-1122\r\n")) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("TEL;VALUE=uri:tel:(021) 7711-22\r\n")) << bytes.toStdString();
    const VcardContact r = readBack(bytes);
    ASSERT_EQ(r.phones.size(), 2);
    EXPECT_EQ(r.phones[0].number, c.phones[0].number);
    EXPECT_EQ(r.phones[1].number, c.phones[1].number);
}

// Found by fuzzing (tests/data/fuzz/vcard_line): a CR in a parameter value,
// or any line break left in a value, was written raw.
TEST(VcardWriter, line_breaks_in_values_and_parameters_never_break_the_line)
{
    VcardProperty p;
    p.name = QStringLiteral("NOTE");
    p.params << VcardParam { QStringLiteral("X-A"), { QStringLiteral("a\rb"), QStringLiteral("c\r\nd") } };
    p.value = QStringLiteral("one\ntwo\rthree");
    const QByteArray line = VcardWriter::line(p);
    EXPECT_EQ(line, QByteArray("NOTE;X-A=\"a^nb\",\"c^nd\":one\\ntwo\\nthree\r\n"));
}

TEST(IcsWriter, calendar_frame_times_in_utc_and_crlf)
{
    IcsWriter ics(QStringLiteral("پیوند"));
    ics.begin(QStringLiteral("VEVENT"));
    ics.time(QStringLiteral("DTSTART"), QDateTime(QDate(2026, 11, 22), QTime(10, 30), QTimeZone(12600)));
    ics.text(QStringLiteral("SUMMARY"), QStringLiteral("جلسه: شرکت پارس, تهران; ۱ آذر"));
    ics.end(QStringLiteral("VEVENT"));
    const QByteArray out = ics.finish();
    EXPECT_TRUE(out.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    EXPECT_TRUE(out.endsWith("END:VCALENDAR\r\n"));
    EXPECT_TRUE(out.contains("DTSTART:20261122T070000Z\r\n"));
    EXPECT_TRUE(out.contains(QStringLiteral("SUMMARY:جلسه: شرکت پارس\\, تهران\\; ۱ آذر").toUtf8()));
    EXPECT_FALSE(out.contains("\n\n"));
    EXPECT_EQ(out.count('\n'), out.count("\r\n"));
}
