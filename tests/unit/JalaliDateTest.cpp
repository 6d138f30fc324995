#include "JalaliDate.h"

#include "TestPrinters.h"
#include "ValidationError.h"

#include <gtest/gtest.h>

using peyvand::ValidationError;
namespace JD = peyvand::JalaliDate;

namespace {

QString rejectionCode(const QString &text)
{
    try {
        JD::parseDate(text);
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("date"));
        return e.code();
    }
    return QStringLiteral("<accepted>");
}

QString dateTimeRejectionCode(const QString &text)
{
    try {
        JD::parseDateTime(text);
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("datetime"));
        return e.code();
    }
    return QStringLiteral("<accepted>");
}

const QDate kFirstOfAzar1405(2026, 11, 22);

} // namespace

// --- parseDate -------------------------------------------------------------------

TEST(JalaliDate, parses_jalali_date_with_slashes)
{
    EXPECT_EQ(JD::parseDate(QStringLiteral("1405/09/01")), kFirstOfAzar1405);
}

TEST(JalaliDate, parses_jalali_date_in_persian_and_arabic_indic_digits)
{
    EXPECT_EQ(JD::parseDate(QStringLiteral("۱۴۰۵/۰۹/۰۱")), kFirstOfAzar1405);
    EXPECT_EQ(JD::parseDate(QStringLiteral("١٤٠٥/٠٩/٠١")), kFirstOfAzar1405);
}

TEST(JalaliDate, parses_jalali_date_with_dashes_dots_and_no_padding)
{
    EXPECT_EQ(JD::parseDate(QStringLiteral("1405-9-1")), kFirstOfAzar1405);
    EXPECT_EQ(JD::parseDate(QStringLiteral("1405.09.01")), kFirstOfAzar1405);
    EXPECT_EQ(JD::parseDate(QStringLiteral("  1405/9/01  ")), kFirstOfAzar1405);
}

TEST(JalaliDate, parses_iso_gregorian_date)
{
    EXPECT_EQ(JD::parseDate(QStringLiteral("2026-11-22")), kFirstOfAzar1405);
    EXPECT_EQ(JD::parseDate(QStringLiteral("2025-03-21")), QDate(2025, 3, 21));
}

TEST(JalaliDate, maps_nowruz_to_the_march_equinox)
{
    EXPECT_EQ(JD::parseDate(QStringLiteral("1404/01/01")), QDate(2025, 3, 21));
    EXPECT_EQ(JD::parseDate(QStringLiteral("1405/01/01")), QDate(2026, 3, 21));
}

TEST(JalaliDate, accepts_esfand_30_in_leap_year_1403)
{
    EXPECT_EQ(JD::parseDate(QStringLiteral("1403/12/30")), QDate(2025, 3, 20));
}

TEST(JalaliDate, rejects_esfand_31_and_esfand_30_of_common_year)
{
    EXPECT_EQ(rejectionCode(QStringLiteral("1403/12/31")), QStringLiteral("no_such_day"));
    EXPECT_EQ(rejectionCode(QStringLiteral("1404/12/30")), QStringLiteral("no_such_day"));
    EXPECT_EQ(JD::parseDate(QStringLiteral("1404/12/29")), QDate(2026, 3, 20));
}

TEST(JalaliDate, gives_first_six_months_31_days_and_next_five_30)
{
    EXPECT_EQ(JD::parseDate(QStringLiteral("1405/06/31")), QDate(2026, 9, 22));
    EXPECT_EQ(JD::parseDate(QStringLiteral("1405/07/30")), QDate(2026, 10, 22));
    EXPECT_EQ(rejectionCode(QStringLiteral("1405/07/31")), QStringLiteral("no_such_day"));
    EXPECT_EQ(rejectionCode(QStringLiteral("1405/11/31")), QStringLiteral("no_such_day"));
}

TEST(JalaliDate, rejects_month_13_and_zero_month_or_day)
{
    EXPECT_EQ(rejectionCode(QStringLiteral("1405/13/01")), QStringLiteral("no_such_day"));
    EXPECT_EQ(rejectionCode(QStringLiteral("1405/00/10")), QStringLiteral("no_such_day"));
    EXPECT_EQ(rejectionCode(QStringLiteral("1405/01/00")), QStringLiteral("no_such_day"));
}

TEST(JalaliDate, rejects_nonexistent_gregorian_day)
{
    EXPECT_EQ(rejectionCode(QStringLiteral("2026-02-29")), QStringLiteral("no_such_day"));
    EXPECT_EQ(JD::parseDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
}

TEST(JalaliDate, no_such_day_error_explains_in_both_languages)
{
    try {
        JD::parseDate(QStringLiteral("1404/12/30"), QStringLiteral("birth_date"));
        FAIL() << "1404/12/30 was accepted";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("birth_date"));
        EXPECT_EQ(e.code(), QStringLiteral("no_such_day"));
        EXPECT_EQ(e.message(), QStringLiteral("1404/12/30 does not exist in the Jalali calendar"));
        EXPECT_EQ(e.persianMessage(), QStringLiteral("چنین روزی در تقویم وجود ندارد: ۱۴۰۴/۱۲/۳۰"));
    }
}

TEST(JalaliDate, rejects_malformed_text_with_format_error)
{
    for (const char *bad : { "", "1405", "1405/09", "14050901", "1405/09/01x", "yesterday", "05/09/01", "1405/009/01",
                             "1405/09/01 12:00" })
        EXPECT_EQ(rejectionCode(QString::fromLatin1(bad)), QStringLiteral("format")) << bad;
}

// --- parseDateTime --------------------------------------------------------------

TEST(JalaliDate, parses_iso_timestamp_with_z_as_utc)
{
    const QDateTime dt = JD::parseDateTime(QStringLiteral("2026-11-22T10:30:00Z"));
    EXPECT_EQ(dt, QDateTime(kFirstOfAzar1405, QTime(10, 30), Qt::UTC));
    EXPECT_EQ(dt.timeSpec(), Qt::UTC);
}

TEST(JalaliDate, parses_iso_timestamp_with_offset_into_utc)
{
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("2026-11-22T14:00:00+03:30")),
              QDateTime(kFirstOfAzar1405, QTime(10, 30), Qt::UTC));
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("2026-11-22T05:30:00-05:00")),
              QDateTime(kFirstOfAzar1405, QTime(10, 30), Qt::UTC));
}

TEST(JalaliDate, reads_jalali_date_and_time_as_local_time)
{
    const QDateTime expected = QDateTime(kFirstOfAzar1405, QTime(14, 30), Qt::LocalTime).toUTC();
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("1405/09/01 14:30")), expected);
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("۱۴۰۵/۰۹/۰۱ ۱۴:۳۰")), expected);
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("1405/09/01T14:30:00")), expected);
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("2026-11-22T14:30")), expected);
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("1405/09/01 14:30")).timeSpec(), Qt::UTC);
}

TEST(JalaliDate, reads_date_without_time_as_local_midnight)
{
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("1405/09/01")),
              QDateTime(kFirstOfAzar1405, QTime(0, 0), Qt::LocalTime).toUTC());
}

TEST(JalaliDate, keeps_seconds_of_local_time)
{
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("1405/09/01 09:05:07")),
              QDateTime(kFirstOfAzar1405, QTime(9, 5, 7), Qt::LocalTime).toUTC());
}

TEST(JalaliDate, rejects_impossible_time_of_day)
{
    EXPECT_EQ(dateTimeRejectionCode(QStringLiteral("1405/09/01 25:00")), QStringLiteral("no_such_time"));
    EXPECT_EQ(dateTimeRejectionCode(QStringLiteral("1405/09/01 12:60")), QStringLiteral("no_such_time"));
}

TEST(JalaliDate, rejects_impossible_day_in_date_time)
{
    EXPECT_EQ(dateTimeRejectionCode(QStringLiteral("1404/12/30 10:00")), QStringLiteral("no_such_day"));
}

TEST(JalaliDate, rejects_malformed_date_time)
{
    EXPECT_EQ(dateTimeRejectionCode(QStringLiteral("1405/09/01 1430")), QStringLiteral("format"));
    EXPECT_EQ(dateTimeRejectionCode(QStringLiteral("2026-13-45T10:00:00Z")), QStringLiteral("format"));
    EXPECT_EQ(dateTimeRejectionCode(QString()), QStringLiteral("format"));
}

// Found by fuzzing (tests/data/fuzz/date/regression_offset_past_year_9999): an
// offset carried the last day of 9999 into the year 10000, which the JSON
// export cannot write back in a form its import reads.
TEST(JalaliDate, refuses_a_time_that_falls_past_the_year_9999_in_utc)
{
    EXPECT_EQ(dateTimeRejectionCode(QStringLiteral("9999-12-31T23:00:00-05:00")), QStringLiteral("out_of_range"));
    EXPECT_EQ(JD::parseDateTime(QStringLiteral("9999-12-31T23:00:00+03:30")),
              QDateTime(QDate(9999, 12, 31), QTime(19, 30), Qt::UTC));
    try {
        JD::parseDateTime(QStringLiteral("9999-12-31T23:00:00-05:00"), QStringLiteral("at"));
        FAIL() << "accepted";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("at"));
        EXPECT_TRUE(e.message().contains(QStringLiteral("9999-12-31T23:00:00-05:00")));
        EXPECT_FALSE(e.persianMessage().isEmpty());
    }
}

// --- formatting -----------------------------------------------------------------

TEST(JalaliDate, formats_with_latin_digits_and_zero_padding)
{
    EXPECT_EQ(JD::format(kFirstOfAzar1405), QStringLiteral("1405/09/01"));
    EXPECT_EQ(JD::format(QDate(2025, 3, 20)), QStringLiteral("1403/12/30"));
}

TEST(JalaliDate, formats_with_persian_digits_for_display)
{
    EXPECT_EQ(JD::formatPersian(kFirstOfAzar1405), QStringLiteral("۱۴۰۵/۰۹/۰۱"));
}

TEST(JalaliDate, formats_invalid_date_as_empty_text)
{
    EXPECT_EQ(JD::format(QDate()), QString());
    EXPECT_EQ(JD::formatPersian(QDate()), QString());
    EXPECT_EQ(JD::formatLong(QDate()), QString());
    EXPECT_EQ(JD::formatDateTime(QDateTime()), QString());
}

TEST(JalaliDate, formats_long_with_jalali_month_name)
{
    EXPECT_EQ(JD::formatLong(kFirstOfAzar1405), QStringLiteral("۱ آذر ۱۴۰۵"));
    EXPECT_EQ(JD::formatLong(QDate(2026, 3, 21)), QStringLiteral("۱ فروردین ۱۴۰۵"));
    EXPECT_EQ(JD::formatLong(QDate(2025, 3, 20)), QStringLiteral("۳۰ اسفند ۱۴۰۳"));
}

TEST(JalaliDate, names_all_twelve_months_in_persian)
{
    const char *names[]
        = { "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند" };
    for (int m = 1; m <= 12; ++m) {
        const QString expected = QStringLiteral("۱۰ %1 ۱۴۰۵").arg(QString::fromUtf8(names[m - 1]));
        EXPECT_EQ(JD::formatLong(JD::fromJalali(1405, m, 10)), expected) << m;
    }
}

TEST(JalaliDate, formats_date_time_in_local_time)
{
    EXPECT_EQ(JD::formatDateTime(QDateTime(kFirstOfAzar1405, QTime(14, 30), Qt::LocalTime)),
              QStringLiteral("1405/09/01 14:30"));
    const QDateTime utc = QDateTime(kFirstOfAzar1405, QTime(14, 30), Qt::LocalTime).toUTC();
    EXPECT_EQ(JD::formatDateTime(utc), QStringLiteral("1405/09/01 14:30"));
}

TEST(JalaliDate, splits_date_into_jalali_parts)
{
    EXPECT_EQ(JD::year(kFirstOfAzar1405), 1405);
    EXPECT_EQ(JD::month(kFirstOfAzar1405), 9);
    EXPECT_EQ(JD::day(kFirstOfAzar1405), 1);
}

TEST(JalaliDate, from_jalali_builds_only_existing_days)
{
    EXPECT_EQ(JD::fromJalali(1405, 9, 1), kFirstOfAzar1405);
    EXPECT_EQ(JD::fromJalali(1403, 12, 30), QDate(2025, 3, 20));
    EXPECT_FALSE(JD::fromJalali(1404, 12, 30).isValid());
    EXPECT_FALSE(JD::fromJalali(1405, 13, 1).isValid());
}

TEST(JalaliDate, round_trips_every_day_of_four_years_through_text)
{
    for (QDate d(2024, 1, 1); d < QDate(2028, 1, 1); d = d.addDays(1)) {
        ASSERT_EQ(JD::parseDate(JD::format(d)), d) << JD::format(d).toStdString();
        ASSERT_EQ(JD::parseDate(JD::formatPersian(d)), d) << JD::format(d).toStdString();
    }
}

TEST(JalaliDate, calendar_is_jalali)
{
    EXPECT_EQ(JD::calendar().monthsInYear(1405), 12);
    EXPECT_TRUE(JD::calendar().isLeapYear(1403));
    EXPECT_FALSE(JD::calendar().isLeapYear(1404));
}
