// The fuzz target of a CSV file, everything the import does before the database.
#include "CsvInput.h"
#include "CsvSniffer.h"
#include "EncodingDetector.h"
#include "FuzzEntries.h"
#include "FuzzSupport.h"
#include "ImportField.h"
#include "ImportRowCheck.h"

#include <QBuffer>

namespace peyvand::fuzz {

namespace {

// The file's bytes decoded in one piece and cut into pieces of `step` bytes
// must give the same text and the same count of invalid sequences.
void decodeInPieces(const QByteArray &file, TextEncoding encoding, qsizetype step)
{
    TextDecoder whole(encoding);
    QString wholeText;
    whole.decode(file, wholeText);
    whole.finish(wholeText);

    TextDecoder pieces(encoding);
    QString piecesText;
    for (qsizetype at = 0; at < file.size(); at += step)
        pieces.decode(file.constData() + at, std::min(step, file.size() - at), piecesText);
    pieces.finish(piecesText);
    expect(piecesText == wholeText, "TextDecoder gives other text when the bytes come in pieces");
    expect(pieces.invalidSequences() == whole.invalidSequences(),
           "TextDecoder counts other invalid sequences when the bytes come in pieces");
    expect(whole.invalidSequences() <= file.size(), "TextDecoder counts more invalid sequences than bytes");
}

struct ReadOut
{
    QList<CsvRecord> records;
    std::optional<ImportProblem> error;
};

ReadOut readAll(QIODevice &device, const CsvFormat &format, const CsvLimits &limits)
{
    ReadOut out;
    CsvReader reader(device, format, limits);
    CsvRecord record;
    while (reader.next(record)) {
        expect(record.fields.size() >= 1 && record.fields.size() <= limits.maxColumns,
               "CsvReader gave a record without fields or beyond the column limit");
        for (const QString &f : record.fields)
            expect(f.size() <= limits.maxFieldChars, "CsvReader gave a field beyond the length limit");
        out.records << record;
    }
    out.error = reader.error();
    if (out.error)
        expectClear(*out.error);
    expect(reader.bytesRead() == device.size() || out.error, "CsvReader stopped before the end without an error");
    return out;
}

bool sameRecords(const ReadOut &a, const ReadOut &b)
{
    if (a.records.size() != b.records.size() || a.error.has_value() != b.error.has_value())
        return false;
    for (qsizetype i = 0; i < a.records.size(); ++i)
        if (a.records[i].fields != b.records[i].fields || a.records[i].line != b.records[i].line
            || a.records[i].invalidTextColumns != b.records[i].invalidTextColumns)
            return false;
    return !a.error || (a.error->code == b.error->code && a.error->row == b.error->row);
}

// Every column fills some field of the kind, so every cell goes through a
// row builder whatever the header says.
ImportMapping everyColumnMapped(ImportKind kind, const QStringList &header)
{
    ImportMapping mapping = ImportMapping::recognise(kind, header);
    const QList<ImportField> fields = ImportFields::of(kind);
    for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c)
        if (!mapping.fieldAt(int(c)))
            for (const ImportField f : fields)
                if (!mapping.has(f)) {
                    mapping.assign(f, int(c));
                    break;
                }
    return mapping;
}

void checkRows(const CsvInput &input, const QList<CsvRecord> &rows, const QList<qint64> &numbers)
{
    const QDate today(2025, 3, 21);
    for (const ImportKind kind : { ImportKind::Individual, ImportKind::Legal, ImportKind::Contact }) {
        const ImportMapping recognised = ImportMapping::recognise(kind, input.header());
        expectClear(recognised.check());
        const ImportMapping mapping = everyColumnMapped(kind, input.header());
        if (!mapping.check().isEmpty())
            continue;
        const QList<ImportProblems> problems
            = ImportRowCheck::problems(mapping, input.format().encoding, rows, numbers, today);
        expect(problems.size() == rows.size(), "ImportRowCheck gave problems for another number of rows");
        for (const ImportProblems &p : problems)
            expectClear(p);
    }
}

} // namespace

void csv(const std::uint8_t *data, std::size_t size)
{
    const QByteArray file = bytes(data, size);

    // Encoding detection of the whole file and of a cut sample.
    for (const bool complete : { true, false }) {
        const auto detected = EncodingDetector::detect(file, complete);
        expect(detected.bomLength >= 0 && detected.bomLength <= file.size(), "a byte order mark beyond the file");
        expect(detected.verdict != EncodingDetector::Verdict::Binary
                   || (detected.offset >= 0 && detected.offset < file.size()),
               "a binary verdict points outside the file");
    }
    const qsizetype step = 1 + (size ? data[size / 2] % 7 : 0);
    for (const TextEncoding e :
         { TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1256 })
        decodeInPieces(file, e, step);

    // The wizard's preview, everything detected.
    {
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        const CsvPreview preview = CsvPreview::read(buffer, std::nullopt, std::nullopt);
        if (preview.problem)
            expectClear(*preview.problem);
        expect(preview.rows.size() == preview.rowNumbers.size(), "the preview's rows and numbers disagree");
    }

    // The import's reading: the header, then every row through the row builders;
    // everything detected with default limits and with tight ones (a field too
    // long, too many columns), and an encoding and separator given as on the
    // command line (--encoding, --separator), chosen by the first two bytes.
    struct Reading
    {
        std::optional<TextEncoding> encoding;
        std::optional<QChar> separator;
        CsvLimits limits;
    };
    const Reading readings[] = {
        { std::nullopt, std::nullopt, CsvLimits {} },
        { std::nullopt, std::nullopt, CsvLimits { 40, 12 } },
        { TextEncoding(size > 0 ? data[0] % 4 : 0), QChar(kCsvSeparators[size > 1 ? data[1] % 4 : 0]), CsvLimits {} },
    };
    for (const Reading &reading : readings) {
        const CsvLimits &limits = reading.limits;
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        CsvInput input(buffer);
        if (const auto problem = input.open(reading.encoding, reading.separator, limits)) {
            expectClear(*problem);
            continue;
        }
        expect(!input.header().isEmpty(), "an opened file has no header");
        QList<CsvRecord> rows;
        QList<qint64> numbers;
        CsvRecord record;
        qint64 row = 0, last = 0;
        while (input.next(record, row)) {
            expect(row > last, "row numbers do not increase");
            last = row;
            if (rows.size() < 200) {
                rows << record;
                numbers << row;
            }
        }
        if (const auto error = input.error())
            expectClear(*error);
        checkRows(input, rows, numbers);

        // The same bytes read in short reads give the same records.
        QBuffer again;
        again.setData(file);
        again.open(QIODevice::ReadOnly);
        const ReadOut whole = readAll(again, input.format(), limits);
        ShortReadDevice dribble(file, 4 + step);
        expect(sameRecords(readAll(dribble, input.format(), limits), whole),
               "CsvReader reads other records when the file comes in short reads");
    }

    // The sniffer on text cut anywhere.
    const QString text = QString::fromUtf8(file);
    for (const bool complete : { true, false }) {
        const QChar separator = CsvSniffer::separator(text, complete);
        expect(std::find(std::begin(kCsvSeparators), std::end(kCsvSeparators), separator.unicode())
                   != std::end(kCsvSeparators),
               "the sniffer chose a separator that is not a candidate");
    }
}

} // namespace peyvand::fuzz
