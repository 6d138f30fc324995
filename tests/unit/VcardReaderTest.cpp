// vCard parsing on real-world shapes: the samples in tests/data/vcard are what
// Android (2.1, quoted-printable), iPhone (3.0, grouped properties), Google
// Contacts (3.0), Outlook on Persian Windows (2.1, Windows-1256) and RFC 6350
// (4.0) writers produce (make_samples.py there), plus broken files.
#include "VcardReader.h"

#include "TestPrinters.h"
#include "VcardContact.h"

#include <QBuffer>
#include <QFile>
#include <gtest/gtest.h>

using namespace peyvand;

namespace {

struct Parsed
{
    QList<VcardCard> cards;
    std::optional<ImportProblem> error;
};

Parsed parse(const QByteArray &bytes, const VcardLimits &limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    VcardReader reader(buffer, limits);
    Parsed out;
    VcardCard card;
    while (reader.next(card))
        out.cards << card;
    out.error = reader.error();
    return out;
}

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(PEYVAND_TEST_DATA_DIR "/vcard/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

QList<VcardContact> contacts(const char *name)
{
    const Parsed p = parse(sample(name));
    EXPECT_FALSE(p.error) << (p.error ? p.error->message.toStdString() : std::string());
    QList<VcardContact> out;
    for (const VcardCard &c : p.cards) {
        EXPECT_TRUE(c.problems.isEmpty()) << name;
        out << VcardContact::fromCard(c);
    }
    return out;
}

QStringList numbers(const VcardContact &c)
{
    QStringList out;
    for (const auto &p : c.phones)
        out << p.number;
    return out;
}

} // namespace

TEST(VcardReader, android_21_quoted_printable_with_soft_breaks_inside_characters)
{
    const QList<VcardContact> c = contacts("android_21.vcf");
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[0].familyName, QStringLiteral("رضایی"));
    EXPECT_EQ(c[0].givenName, QStringLiteral("علی"));
    EXPECT_EQ(c[0].formattedName, QStringLiteral("علی رضایی"));
    EXPECT_EQ(numbers(c[0]), (QStringList { QStringLiteral("0912 123 4567"), QStringLiteral("021-88776655") }));
    EXPECT_EQ(c[0].phones[0].types, QStringList { QStringLiteral("cell") });
    EXPECT_EQ(c[0].emails.value(0).address, QStringLiteral("ali.rezaei@example.ir"));
    EXPECT_EQ(c[0].note,
              QStringLiteral("مشتری وفادار از سال ۱۳۹۸؛ چای سبز دوست دارد و همیشه تخفیف "
                             "می‌خواهد"));
    EXPECT_EQ(numbers(c[1]).value(0), QStringLiteral("۰۹۳۵۲۲۲۳۳۴۴"));
    EXPECT_EQ(c[1].phones[0].types, (QStringList { QStringLiteral("cell"), QStringLiteral("pref") }));
}

TEST(VcardReader, iphone_30_grouped_properties_repeated_types_and_yearless_birthday)
{
    const QList<VcardContact> c = contacts("iphone_30.vcf");
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[0].formattedName, QStringLiteral("Sara Karimi"));
    EXPECT_EQ(c[0].organization, QStringLiteral("Pars Co."));
    EXPECT_EQ(c[0].title, QStringLiteral("Purchasing manager"));
    EXPECT_EQ(c[0].emails.value(0).address, QStringLiteral("sara.karimi@example.com"));
    EXPECT_EQ(c[0].emails.value(0).types, (QStringList { QStringLiteral("internet"), QStringLiteral("pref") }));
    EXPECT_EQ(numbers(c[0]),
              (QStringList { QStringLiteral("+98 (935) 111-2233"), QStringLiteral("+98 21 4444 5555") }));
    ASSERT_EQ(c[0].addresses.size(), 1);
    EXPECT_EQ(c[0].addresses[0].street, QStringLiteral("No. 12, Valiasr St"));
    EXPECT_EQ(c[0].addresses[0].locality, QStringLiteral("Tehran"));
    EXPECT_EQ(c[0].addresses[0].postalCode, QStringLiteral("1593747811"));
    EXPECT_EQ(c[0].birthday, QString()) << "X-APPLE-OMIT-YEAR: no year to store";
    EXPECT_EQ(c[1].birthday, QStringLiteral("1988-03-21"));
}

TEST(VcardReader, iphone_groups_and_folded_photo_are_read)
{
    const Parsed p = parse(sample("iphone_30.vcf"));
    ASSERT_EQ(p.cards.size(), 2);
    const VcardProperty *email = p.cards[0].first(QStringLiteral("EMAIL"));
    ASSERT_TRUE(email);
    EXPECT_EQ(email->group, QStringLiteral("item1"));
    const VcardProperty *photo = p.cards[0].first(QStringLiteral("PHOTO"));
    ASSERT_TRUE(photo);
    EXPECT_EQ(photo->value.size(), 44 * 6) << "unfolded without the continuation spaces";
    EXPECT_EQ(p.cards[0].number, 1);
    EXPECT_EQ(p.cards[1].number, 2);
}

TEST(VcardReader, google_30_with_bom_escapes_and_national_code)
{
    const QList<VcardContact> c = contacts("google_30.vcf");
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].formattedName, QStringLiteral("مریم حسینی"));
    EXPECT_EQ(c[0].addresses.value(0).street, QStringLiteral("خیابان آزادی, کوچه ۵"));
    EXPECT_EQ(c[0].addresses.value(0).country, QStringLiteral("ایران"));
    EXPECT_EQ(c[0].note, QStringLiteral("خط اول\nخط دوم; با نقطه‌ویرگول"));
    EXPECT_EQ(c[0].birthday, QStringLiteral("1990-01-05"));
    EXPECT_EQ(c[0].nationalCode.size(), 10);
}

TEST(VcardReader, outlook_21_windows_1256_charset)
{
    const QList<VcardContact> c = contacts("outlook_21_1256.vcf");
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].familyName, QStringLiteral("نوري"));
    EXPECT_EQ(c[0].formattedName, QStringLiteral("حسن نوري"));
    EXPECT_EQ(c[0].organization, QStringLiteral("شركت پارس"));
    EXPECT_EQ(c[0].title, QStringLiteral("مدير خريد"));
    EXPECT_EQ(c[0].birthday, QStringLiteral("1985-04-12"));
    EXPECT_EQ(c[0].emails.value(0).types, (QStringList { QStringLiteral("pref"), QStringLiteral("internet") }));
}

TEST(VcardReader, rfc6350_40_uris_pref_and_a_fold_inside_a_character)
{
    const QList<VcardContact> c = contacts("rfc6350_40.vcf");
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(numbers(c[0]), (QStringList { QStringLiteral("+98-912-555-0101"), QStringLiteral("+98-21-2233-4455") }));
    EXPECT_EQ(c[0].phones[0].types, (QStringList { QStringLiteral("cell"), QStringLiteral("voice") }));
    EXPECT_EQ(c[0].birthday, QStringLiteral("1992-07-04"));
    EXPECT_EQ(
        c[0].note,
        QStringLiteral(
            "یادداشت بلند برای آزمودن تاخوردگی سطر در میان یک نویسه‌ی "
            "چندبایتی"));
    EXPECT_EQ(c[0].addresses.value(0).locality, QStringLiteral("شیراز"));
}

// Found by fuzzing (tests/data/fuzz/vcard/regression_space_after_tel_scheme):
// white space after the scheme stayed in the number and the address, so the
// card written again and read back had another number.
TEST(VcardReader, white_space_after_a_tel_or_mailto_scheme_is_not_part_of_the_value)
{
    const Parsed p = parse("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\nTEL;VALUE=uri:tel: \v+98-912-555-0101\r\n"
                           "EMAIL:mailto:\ta@example.ir\r\nEND:VCARD\r\n");
    ASSERT_EQ(p.cards.size(), 1);
    const VcardContact c = VcardContact::fromCard(p.cards[0]);
    EXPECT_EQ(numbers(c), QStringList { QStringLiteral("+98-912-555-0101") });
    ASSERT_EQ(c.emails.size(), 1);
    EXPECT_EQ(c.emails[0].address, QStringLiteral("a@example.ir"));
}

// Found by fuzzing (tests/data/fuzz/vcard/regression_quoted_printable_nul): =00
// put a NUL into a note, and the card written again was a binary file.
TEST(VcardReader, a_control_character_spelt_in_quoted_printable_is_damage_not_text)
{
    const Parsed p = parse("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:x\r\n"
                           "NOTE;ENCODING=QUOTED-PRINTABLE:a=00b=01c=0D=0Ad=09e\r\nEND:VCARD\r\n");
    ASSERT_EQ(p.cards.size(), 1);
    const VcardProperty *note = p.cards[0].first(QStringLiteral("NOTE"));
    ASSERT_TRUE(note);
    EXPECT_EQ(note->value, QStringLiteral("a\uFFFDb\uFFFDc\r\nd\te"));
    EXPECT_TRUE(note->invalidText);
}

// Found by fuzzing (tests/data/fuzz/vcard/regression_qp_word_in_a_type_parameter):
// a TYPE value that merely contains "QUOTED-PRINTABLE" made a folded 3.0 line
// ending in "=" a soft line break, and "=D8=9B" read back as "=D89B".
TEST(VcardReader, only_an_encoding_parameter_makes_a_line_quoted_printable)
{
    const Parsed p = parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\n"
                           "NOTE;TYPE=HOMEQUOTED-PRINTABLE:a=D8=\r\n 9Bb\r\n"
                           "X-A;PARAM=\"x:y\";ENCODING=QUOTED-PRINTABLE:c=\r\nd\r\n"
                           "X-B;quoted-printable:e=\r\nf\r\nEND:VCARD\r\n");
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.cards.size(), 1);
    const VcardProperty *note = p.cards[0].first(QStringLiteral("NOTE"));
    ASSERT_TRUE(note);
    EXPECT_EQ(note->value, QStringLiteral("a=D8=9Bb")); // folded, not a soft break
    const VcardProperty *a = p.cards[0].first(QStringLiteral("X-A"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->value, QStringLiteral("cd")); // a ':' inside quotes does not end the parameters
    const VcardProperty *b = p.cards[0].first(QStringLiteral("X-B"));
    ASSERT_TRUE(b);
    EXPECT_EQ(b->value, QStringLiteral("ef")); // 2.1's bare parameter, any case
}

TEST(VcardReader, parameters_in_both_syntaxes)
{
    const Parsed p = parse("BEGIN:VCARD\nVERSION:3.0\nFN:x\nTEL;TYPE=cell,voice;TYPE=pref:1\nTEL;CELL;VOICE:2\n"
                           "TEL;type=\"work,fax\":3\nX-A;PARAM=\"a;b:c\";Q=x^'y^':v\nEND:VCARD\n");
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.cards.size(), 1);
    const auto tels = p.cards[0].all(QStringLiteral("TEL"));
    ASSERT_EQ(tels.size(), 3);
    EXPECT_EQ(tels[0]->types(),
              (QStringList { QStringLiteral("cell"), QStringLiteral("voice"), QStringLiteral("pref") }));
    EXPECT_EQ(tels[1]->types(), (QStringList { QStringLiteral("cell"), QStringLiteral("voice") }));
    EXPECT_EQ(tels[2]->types(), (QStringList { QStringLiteral("work"), QStringLiteral("fax") }));
    const VcardProperty *x = p.cards[0].first(QStringLiteral("X-A"));
    ASSERT_TRUE(x);
    EXPECT_EQ(x->param(QStringLiteral("param")), QStringList { QStringLiteral("a;b:c") });
    EXPECT_EQ(x->param(QStringLiteral("Q")), QStringList { QStringLiteral("x\"y\"") });
    EXPECT_EQ(x->value, QStringLiteral("v"));
}

TEST(VcardReader, escapes_in_text_and_structured_values)
{
    const Parsed p = parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:a\\, b\\; c\\\\d\\ne\r\n"
                           "N:Family\\;Name;Given\\,s;;;\r\nEND:VCARD\r\n");
    ASSERT_EQ(p.cards.size(), 1);
    const VcardContact c = VcardContact::fromCard(p.cards[0]);
    EXPECT_EQ(c.formattedName, QStringLiteral("a, b; c\\d\ne"));
    EXPECT_EQ(c.familyName, QStringLiteral("Family;Name"));
    EXPECT_EQ(c.givenName, QStringLiteral("Given,s"));
}

TEST(VcardReader, many_cards_lf_line_ends_and_blank_lines_between)
{
    QByteArray file;
    for (int i = 0; i < 250; ++i)
        file += "BEGIN:VCARD\nVERSION:3.0\nFN:Person " + QByteArray::number(i) + "\nEND:VCARD\n\n";
    const Parsed p = parse(file);
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.cards.size(), 250);
    EXPECT_EQ(p.cards.last().number, 250);
    EXPECT_EQ(VcardContact::fromCard(p.cards.last()).formattedName, QStringLiteral("Person 249"));
}

TEST(VcardReader, birthday_forms)
{
    auto bday = [](const QByteArray &line) {
        const Parsed p = parse("BEGIN:VCARD\nVERSION:4.0\nFN:x\n" + line + "\nEND:VCARD\n");
        return p.cards.isEmpty() ? QStringLiteral("<none>") : VcardContact::fromCard(p.cards[0]).birthday;
    };
    EXPECT_EQ(bday("BDAY:19900517"), QStringLiteral("1990-05-17"));
    EXPECT_EQ(bday("BDAY:1990-05-17"), QStringLiteral("1990-05-17"));
    EXPECT_EQ(bday("BDAY:1990-05-17T00:00:00Z"), QStringLiteral("1990-05-17"));
    EXPECT_EQ(bday("BDAY:--0517"), QString());
    EXPECT_EQ(bday("BDAY:۱۹۹۰-۰۵-۱۷"), QStringLiteral("1990-05-17"));
    EXPECT_EQ(bday("BDAY:1369/02/27"), QStringLiteral("1369/02/27")) << "left for the domain's Jalali parser";
    EXPECT_EQ(bday("BDAY;VALUE=text:circa 1800"), QStringLiteral("circa 1800"));
}

TEST(VcardReader, a_line_that_is_not_a_property_makes_only_its_card_invalid)
{
    const Parsed p = parse("BEGIN:VCARD\nVERSION:3.0\nFN:a\nthis is not a property\nEND:VCARD\n"
                           "BEGIN:VCARD\nVERSION:3.0\nFN:b\nEND:VCARD\n");
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.cards.size(), 2);
    ASSERT_EQ(p.cards[0].problems.size(), 1);
    EXPECT_EQ(p.cards[0].problems[0].code, QStringLiteral("malformed_line"));
    EXPECT_EQ(p.cards[0].problems[0].row, 1);
    EXPECT_TRUE(p.cards[1].problems.isEmpty());
}

TEST(VcardReader, broken_structure_stops_with_a_clear_error)
{
    struct Case
    {
        QByteArray bytes;
        const char *code;
        qint64 row;
    };
    const QList<Case> cases {
        { "BEGIN:VCARD\nVERSION:3.0\nFN:a\n", "unterminated_card", 1 },
        { "BEGIN:VCARD\nFN:a\nEND:VCARD\nBEGIN:VCARD\nFN:b\nBEGIN:VCARD\nEND:VCARD\n", "nested_begin", 2 },
        { "END:VCARD\n", "unmatched_end", 0 },
        { "BEGIN:VCARD\nFN:a\nEND:VCALENDAR\n", "mismatched_end", 1 },
        { "name,mobile\nAli,0912\n", "outside_card", 0 },
        { QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "binary_file", 0 },
        { QByteArray("\xff\xfe"
                     "B\0E\0",
                     6),
          "unsupported_encoding", 0 },
    };
    for (const Case &c : cases) {
        const Parsed p = parse(c.bytes);
        ASSERT_TRUE(p.error) << c.code;
        EXPECT_EQ(p.error->code, QLatin1String(c.code));
        EXPECT_EQ(p.error->row, c.row) << c.code;
        EXPECT_FALSE(p.error->message.isEmpty());
        EXPECT_FALSE(p.error->persianMessage.isEmpty());
    }
}

TEST(VcardReader, empty_file_has_no_cards_and_no_error)
{
    const Parsed p = parse(QByteArray());
    EXPECT_TRUE(p.cards.isEmpty());
    EXPECT_FALSE(p.error);
}

TEST(VcardReader, a_huge_property_is_refused_without_reading_the_rest)
{
    QByteArray file = "BEGIN:VCARD\nVERSION:3.0\nFN:a\nNOTE:";
    file += QByteArray(10 * 1024 * 1024, 'x');
    file += "\nEND:VCARD\n";
    const Parsed p = parse(file);
    ASSERT_TRUE(p.error);
    EXPECT_EQ(p.error->code, QStringLiteral("line_too_long"));
    EXPECT_EQ(p.error->column, QStringLiteral("NOTE"));
    EXPECT_EQ(p.error->row, 1);
}

TEST(VcardReader, a_huge_folded_property_is_refused_too)
{
    VcardLimits limits;
    limits.maxLineBytes = 1000;
    QByteArray file = "BEGIN:VCARD\nVERSION:3.0\nNOTE:a\n";
    for (int i = 0; i < 100; ++i)
        file += " continued text of the note\n";
    file += "END:VCARD\n";
    const Parsed p = parse(file, limits);
    ASSERT_TRUE(p.error);
    EXPECT_EQ(p.error->code, QStringLiteral("line_too_long"));
    EXPECT_EQ(p.error->column, QStringLiteral("NOTE"));
}

// Found by fuzzing (tests/data/fuzz/vcard): a line longer than the limit was
// refused only when the chunk it came in ended before its line end.
TEST(VcardReader, a_long_line_is_refused_even_when_its_end_came_in_the_same_chunk)
{
    VcardLimits limits;
    limits.maxLineBytes = 200;
    const QByteArray file = "BEGIN:VCARD\nVERSION:3.0\nNOTE:" + QByteArray(300, 'x') + "\nEND:VCARD\n";
    const Parsed p = parse(file, limits);
    ASSERT_TRUE(p.error);
    EXPECT_EQ(p.error->code, QStringLiteral("line_too_long"));
    EXPECT_EQ(p.error->column, QStringLiteral("NOTE"));
    EXPECT_TRUE(p.cards.isEmpty());
}

// Found by fuzzing (tests/data/fuzz/vcard_line/regression_cr_in_parameter_name):
// a parameter name with a control character in it was accepted.
TEST(VcardReader, a_control_character_in_a_parameter_name_makes_the_line_malformed)
{
    const Parsed p = parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN;X-A\rB=1:x\r\nEND:VCARD\r\n");
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.cards.size(), 1);
    ASSERT_EQ(p.cards[0].problems.size(), 1);
    EXPECT_EQ(p.cards[0].problems[0].code, QStringLiteral("malformed_line"));
    EXPECT_EQ(p.cards[0].problems[0].column, QStringLiteral("FN"));
}

TEST(VcardReader, invalid_utf8_without_charset_is_read_as_windows_1256)
{
    const QByteArray name = QByteArray("FN:") + QByteArray("\xe3\xd1\xed\xe3", 4) + "\n"; // مريم in 1256
    const Parsed p = parse("BEGIN:VCARD\nVERSION:3.0\n" + name + "END:VCARD\n");
    ASSERT_EQ(p.cards.size(), 1);
    EXPECT_EQ(VcardContact::fromCard(p.cards[0]).formattedName, QStringLiteral("مريم"));
    EXPECT_FALSE(p.cards[0].first(QStringLiteral("FN"))->invalidText);
}

TEST(VcardReader, invalid_utf8_with_an_explicit_charset_is_flagged)
{
    const Parsed p = parse("BEGIN:VCARD\nVERSION:3.0\nFN;CHARSET=UTF-8:ab\xff\xfe\nEND:VCARD\n");
    ASSERT_EQ(p.cards.size(), 1);
    EXPECT_TRUE(p.cards[0].first(QStringLiteral("FN"))->invalidText);
}
