// The fuzz targets of single values: dates, identifiers, phones, money.
#include "FuzzEntries.h"
#include "FuzzSupport.h"
#include "ImportCells.h"
#include "IranianIds.h"
#include "IsoTime.h"
#include "JalaliDate.h"
#include "LookupText.h"
#include "Money.h"
#include "PersianText.h"
#include "PhoneNumber.h"
#include "ReportPeriod.h"
#include "ValidationError.h"

#include <functional>
#include <string_view>

namespace peyvand::fuzz {

namespace {

// Runs `parse`; a ValidationError must be a clear one. True when it parsed.
bool attempt(const std::function<void()> &parse)
{
    try {
        parse();
        return true;
    } catch (const ValidationError &e) {
        expectClear(e);
        return false;
    }
}

} // namespace

void date(const std::uint8_t *data, std::size_t size)
{
    const QString input = text(data, size);
    attempt([&] {
        const QDate d = JalaliDate::parseDate(input);
        expect(d.isValid(), "parseDate returned an invalid date");
        // A year written below 1700 is Jalali: a Jalali date written back reads as itself.
        if (JalaliDate::year(d) < 1700) {
            expect(JalaliDate::parseDate(JalaliDate::format(d)) == d, "format() does not parse back");
            expect(JalaliDate::parseDate(JalaliDate::formatPersian(d)) == d, "formatPersian() does not parse back");
        }
        expect(!JalaliDate::formatLong(d).isEmpty(), "formatLong() of a valid date is empty");
        // The CLI's report periods and the JSON export take every date parsed.
        const ReportPeriod period = ReportPeriod::custom(d, d);
        expect(period.days() == 1 && period.startUtc() < period.endUtc(), "a one-day report period is not one day");
        expect(businessDayOf(businessDayNumber(d)) == d, "a business day number does not map back to its day");
        expect(IsoTime::parseDate(IsoTime::formatDate(d)) == d, "a parsed date does not survive the JSON export");
    });
    attempt([&] {
        const QDateTime t = JalaliDate::parseDateTime(input);
        expect(t.isValid(), "parseDateTime returned an invalid time");
        expect(!JalaliDate::formatDateTime(t).isEmpty(), "formatDateTime() of a valid time is empty");
        // An activity's time from the command line goes into the JSON export and must come back.
        const auto back = IsoTime::parseTime(IsoTime::formatTime(t));
        expect(back && back->toSecsSinceEpoch() == t.toSecsSinceEpoch(),
               "a parsed time does not survive the JSON export");
    });

    const std::string_view raw(reinterpret_cast<const char *>(data), size);
    if (const auto t = IsoTime::parseTime(raw)) {
        expect(t->isValid() && t->timeSpec() == Qt::UTC, "IsoTime::parseTime returned an invalid or local time");
        const auto back = IsoTime::parseTime(IsoTime::formatTime(*t));
        expect(back && back->toSecsSinceEpoch() == t->toSecsSinceEpoch(), "IsoTime::formatTime does not parse back");
    }
    if (const auto d = IsoTime::parseDate(raw)) {
        expect(d->isValid(), "IsoTime::parseDate returned an invalid date");
        expect(IsoTime::formatDate(*d) == raw, "IsoTime::parseDate accepted a non-canonical date");
    }
}

void ids(const std::uint8_t *data, std::size_t size)
{
    const QString input = text(data, size);
    using Normaliser = QString (*)(const QString &, const QString &);
    struct Id
    {
        Normaliser normalise;
        bool (*valid)(const QString &);
    };
    const Id all[] = {
        { IranianIds::normaliseNationalCode, IranianIds::isValidNationalCode },
        { IranianIds::normaliseLegalNationalId, IranianIds::isValidLegalNationalId },
        { IranianIds::normaliseSheba, IranianIds::isValidSheba },
        { IranianIds::normalisePostalCode, nullptr },
        { IranianIds::normaliseEmail, nullptr },
        { IranianIds::normaliseEconomicCode, nullptr },
    };
    for (const Id &id : all) {
        attempt([&] {
            const QString canonical = id.normalise(input, QStringLiteral("id"));
            expect(!canonical.isEmpty(), "an identifier normalised to nothing");
            expect(id.normalise(canonical, QStringLiteral("id")) == canonical, "normalising is not idempotent");
            if (id.valid)
                expect(id.valid(canonical), "a normalised identifier is not valid");
        });
    }
    // The checks take any text, not only well-formed digits.
    IranianIds::isValidNationalCode(input);
    IranianIds::isValidLegalNationalId(input);
    IranianIds::isValidSheba(input);
    const QString digits = IranianIds::digitsOnly(input);
    expect(IranianIds::digitsOnly(digits) == digits, "digitsOnly is not idempotent");
}

void phone(const std::uint8_t *data, std::size_t size)
{
    const QString input = text(data, size);
    const QString canonical = PhoneNumber::tryNormalise(input);
    if (!canonical.isEmpty()) {
        expect(canonical.size() == 11 && canonical.startsWith(u'0'), "a canonical phone is not 0 + 10 digits");
        expect(PhoneNumber::tryNormalise(canonical) == canonical, "tryNormalise is not idempotent");
        expect(PhoneNumber::normalise(input) == canonical, "normalise and tryNormalise disagree");
    } else {
        expect(!attempt([&] { PhoneNumber::normalise(input); }), "normalise accepted what tryNormalise refused");
    }
    attempt([&] {
        const QString mobile = PhoneNumber::normaliseMobile(input);
        expect(mobile == canonical && PhoneNumber::kindOf(mobile) == PhoneNumber::Kind::Mobile,
               "normaliseMobile disagrees with tryNormalise");
    });

    const LookupText lookup = LookupText::classify(input);
    expect(lookup.phone.isEmpty() || PhoneNumber::tryNormalise(lookup.phone) == lookup.phone,
           "LookupText's phone is not canonical");
    expect(lookup.isNumber || lookup.digits.isEmpty(), "LookupText has digits but is not a number");

    // Every text a person types is tidied and turned into search keys.
    const QString tidy = PersianText::tidy(input);
    expect(PersianText::tidy(tidy) == tidy, "PersianText::tidy is not idempotent");
    const QString key = PersianText::searchKey(input);
    expect(PersianText::searchKey(key) == key, "PersianText::searchKey is not idempotent");
    for (const QString &term : PersianText::searchTerms(input))
        expect(!term.isEmpty(), "PersianText::searchTerms gave an empty term");
    PersianText::sortKey(input);
    expect(PersianText::toLatinDigits(PersianText::toPersianDigits(PersianText::toLatinDigits(input)))
               == PersianText::toLatinDigits(input),
           "Persian digits do not turn back into Latin ones");
}

void money(const std::uint8_t *data, std::size_t size)
{
    const QString input = text(data, size);
    attempt([&] {
        const qint64 rials = Money::parseRials(input);
        expect(rials >= 0, "parseRials returned a negative amount");
        expect(Money::parseRials(Money::formatRials(rials)) == rials, "formatRials does not parse back");
        expect(Money::parseRials(Money::formatPersian(rials, false)) == rials, "formatPersian does not parse back");
    });
    attempt([&] { ImportCells::wholeNumber(input, QStringLiteral("employees")); });
}

} // namespace peyvand::fuzz
