#pragma once
// The bodies of the fuzz targets, shared by the libFuzzer programs
// (tests/fuzz/*Fuzz.cpp, built with clang by PEYVAND_FUZZ) and by the unit
// test that replays every corpus file of tests/data/fuzz/<target>/ in the
// normal build (tests/unit/FuzzCorpusTest.cpp), so a crash found once stays
// fixed in every build. Each feeds one input to a parser of outside input and
// checks what must hold for any input: bad input is refused with a
// ValidationError (or an ImportProblem) carrying a clear message; anything
// else (a crash, another exception, a broken round trip) is a finding.
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>

namespace peyvand::fuzz {

// A parser broke a promise on some input. Uncaught, it aborts a libFuzzer
// run (a crash, with the input saved); the replay test reports it as a failure.
class Failure : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

using Entry = void (*)(const std::uint8_t *data, std::size_t size);

// Jalali and ISO dates as people, the CLI and CSV cells write them, and the
// JSON export's ISO times (JalaliDate::parseDate/parseDateTime, IsoTime).
void date(const std::uint8_t *data, std::size_t size);
// National code, legal national ID, economic code, Sheba, postal code, e-mail.
void ids(const std::uint8_t *data, std::size_t size);
// Phone numbers (PhoneNumber) and the support desk's lookup text (LookupText).
void phone(const std::uint8_t *data, std::size_t size);
// Amounts of money and whole numbers in any digit script (Money, ImportCells).
void money(const std::uint8_t *data, std::size_t size);
// A CSV file: encoding detection, decoding, separator sniffing, the reader
// (whole and in short reads), the preview and every row through the row builders.
void csv(const std::uint8_t *data, std::size_t size);
// A JSON full export through the import's checking pass (JsonSnapshotParser,
// JsonRecordDecoder, SnapshotValidator).
void jsonSnapshot(const std::uint8_t *data, std::size_t size);
// A vCard file: VcardReader, VcardContact, the import's row builders, and a
// write-and-read-back of each card.
void vcard(const std::uint8_t *data, std::size_t size);
// One vCard content line (VcardPropertyParser) and ContentLine's escaping,
// structured values and folding.
void vcardLine(const std::uint8_t *data, std::size_t size);
// The whole import into a SQLite database (in memory, every run rolled back):
// the first byte chooses CSV or vCard, the kind and the options; the rest is the file.
void import(const std::uint8_t *data, std::size_t size);

struct Target
{
    const char *name; // its corpus directory, tests/data/fuzz/<name>
    Entry entry;
};

// Every target, in the order scripts/fuzz.sh runs them.
std::span<const Target> targets();

} // namespace peyvand::fuzz
