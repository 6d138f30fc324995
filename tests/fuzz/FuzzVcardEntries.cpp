// The fuzz targets of vCard files and of single content lines.
#include "ContentLine.h"
#include "FuzzEntries.h"
#include "FuzzSupport.h"
#include "ImportRowCheck.h"
#include "VcardContact.h"
#include "VcardImportRecord.h"
#include "VcardPropertyParser.h"
#include "VcardReader.h"
#include "VcardWriter.h"

#include <QBuffer>
#include <QRegularExpression>

namespace peyvand::fuzz {

namespace {

struct ReadOut
{
    QList<VcardCard> cards;
    std::optional<ImportProblem> error;
};

ReadOut readAll(QIODevice &device, const VcardLimits &limits)
{
    ReadOut out;
    VcardReader reader(device, limits);
    VcardCard card;
    while (reader.next(card)) {
        expect(card.number == out.cards.size() + 1, "cards are not numbered in order");
        expect(card.properties.size() <= limits.maxProperties, "a card beyond the property limit");
        expectClear(card.problems);
        out.cards << card;
    }
    out.error = reader.error();
    if (out.error)
        expectClear(*out.error);
    return out;
}

// Without an error, the same cards. A broken file is refused whatever its
// chunks, but which problem is met first may differ: binary data is found a
// chunk at a time, ahead of the lines being read.
bool sameCards(const ReadOut &a, const ReadOut &b)
{
    if (a.error.has_value() != b.error.has_value())
        return false;
    if (a.error)
        return true;
    if (a.cards.size() != b.cards.size())
        return false;
    for (qsizetype i = 0; i < a.cards.size(); ++i) {
        const VcardCard &x = a.cards[i], &y = b.cards[i];
        if (x.line != y.line || x.version != y.version || x.properties.size() != y.properties.size()
            || x.problems.size() != y.problems.size())
            return false;
        for (qsizetype p = 0; p < x.properties.size(); ++p)
            if (x.properties[p].name != y.properties[p].name || x.properties[p].value != y.properties[p].value)
                return false;
    }
    return true;
}

// Line ends as escape() writes them: a CR, alone or before LF, is a newline.
QString newlines(QString s)
{
    return s.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
}

// Exporting what was read and reading it back gives the same person.
void roundTrip(const VcardContact &c, VcardVersion version)
{
    VcardCard card = c.toCard(version);
    QBuffer buffer;
    buffer.setData(VcardWriter::card(card));
    buffer.open(QIODevice::ReadOnly);
    VcardReader reader(buffer);
    VcardCard back;
    expect(reader.next(back), "a written card does not read back");
    expect(!reader.error() && back.problems.isEmpty(), "a written card reads back with problems");
    const VcardContact r = VcardContact::fromCard(back);
    if (!c.formattedName.isEmpty())
        expect(r.formattedName == newlines(c.formattedName), "FN changed on the way out and back");
    expect(r.familyName == newlines(c.familyName) && r.givenName == newlines(c.givenName)
               && r.additionalNames == newlines(c.additionalNames),
           "N changed on the way out and back");
    expect(r.organization == newlines(c.organization), "ORG changed on the way out and back");
    expect(r.title == newlines(c.title), "TITLE changed on the way out and back");
    expect(r.note == newlines(c.note), "NOTE changed on the way out and back");
    expect(r.nationalCode == newlines(c.nationalCode), "the national code changed on the way out and back");
    // A value that still starts with its scheme (tel:tel:…) loses it once more: not compared.
    const auto schemed
        = [](const QString &v, const char *scheme) { return v.startsWith(QLatin1String(scheme), Qt::CaseInsensitive); };
    expect(r.emails.size() == c.emails.size(), "e-mails got lost on the way out and back");
    for (qsizetype i = 0; i < c.emails.size(); ++i)
        expect(schemed(c.emails[i].address, "mailto:") || r.emails[i].address == newlines(c.emails[i].address),
               "an e-mail changed on the way out and back");
    expect(r.phones.size() == c.phones.size(), "phones got lost on the way out and back");
    static const QRegularExpression national(QStringLiteral("^0[1-9]\\d{9}$"));
    for (qsizetype i = 0; i < c.phones.size(); ++i) {
        const QString &n = c.phones[i].number;
        const QString written = national.match(n).hasMatch() ? QStringLiteral("+98") + n.mid(1) : n;
        expect(schemed(n, "tel:") || r.phones[i].number == newlines(written),
               "a phone changed on the way out and back");
    }
    expect(r.addresses.size() == c.addresses.size(), "addresses got lost on the way out and back");
}

void checkCard(const VcardCard &card)
{
    const VcardContact contact = VcardContact::fromCard(card);
    const QDate today(2025, 3, 21);
    for (const ImportKind kind : { ImportKind::Individual, ImportKind::Contact }) {
        const ImportMapping mapping = VcardImportRecord::mapping(kind);
        const CsvRecord record = VcardImportRecord::record(card, contact);
        expect(record.fields.size() == mapping.header().size(), "a card's record does not fit its mapping");
        for (const ImportProblems &p :
             ImportRowCheck::problems(mapping, TextEncoding::Utf8, { record }, { card.number }, today))
            expectClear(p);
    }
    roundTrip(contact, VcardVersion::V3);
    roundTrip(contact, VcardVersion::V4);
}

} // namespace

void vcard(const std::uint8_t *data, std::size_t size)
{
    const QByteArray file = bytes(data, size);
    VcardLimits tight;
    tight.maxLineBytes = 200;
    tight.maxProperties = 12;
    tight.requiredVersion = QStringLiteral("3.0");
    for (const VcardLimits &limits : { VcardLimits {}, tight }) {
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        const ReadOut whole = readAll(buffer, limits);
        if (!limits.requiredVersion) // the tight limits' cards are some of these
            for (const VcardCard &card : whole.cards)
                checkCard(card);
        // Every read allocates a whole chunk: short reads of up to 64 bytes keep it quick.
        ShortReadDevice dribble(file, 1 + (size ? data[size / 2] % 64 : 0));
        expect(sameCards(readAll(dribble, limits), whole), "VcardReader reads other cards in short reads");
    }
}

void vcardLine(const std::uint8_t *data, std::size_t size)
{
    const QByteArray line = bytes(data, size);
    VcardProperty p;
    if (VcardPropertyParser::parse(line, 1, p)) {
        expect(!p.name.isEmpty() && p.name == p.name.toUpper(), "a property without an upper-case name");
        p.text();
        p.components();
        p.types();
        // Written and parsed again, a property keeps its name (its value may be
        // decoded otherwise: the parameters still name the original charset).
        QByteArray written = VcardWriter::line(p);
        expect(written.endsWith("\r\n"), "a written line does not end in CRLF");
        written.chop(2);
        written.replace("\r\n ", "");
        expect(!written.contains('\n') && !written.contains('\r'), "a written property holds a line break");
        VcardProperty again;
        expect(VcardPropertyParser::parse(written, 1, again), "a written property does not parse");
        expect(again.name == p.name && again.group == p.group, "a written property changed its name");
    }
    VcardPropertyParser::isQuotedPrintable(line);
    VcardPropertyParser::decodeQuotedPrintable(line);

    const QString text = QString::fromUtf8(line);
    expect(ContentLine::unescape(ContentLine::escape(text)) == newlines(text), "unescape(escape(text)) changed it");
    const QStringList parts = text.split(u'|');
    expect(ContentLine::components(ContentLine::structured(parts))
               == QStringList(parts)
                      .replaceInStrings(QStringLiteral("\r\n"), QStringLiteral("\n"))
                      .replaceInStrings(QStringLiteral("\r"), QStringLiteral("\n")),
           "components(structured(parts)) changed them");
    const QByteArray folded = ContentLine::fold(text);
    for (const QByteArray &physical : folded.split('\n'))
        expect(physical.size() <= 76, "a folded line is longer than 75 octets");
    QByteArray unfolded = folded;
    unfolded.chop(2);
    expect(unfolded.replace("\r\n ", "") == text.toUtf8() || text.contains(u'\n') || text.contains(u'\r'),
           "fold() does not unfold to the line");
}

} // namespace peyvand::fuzz
