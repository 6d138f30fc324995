#include "IsoTime.h"

#include "TestPrinters.h"

#include <gtest/gtest.h>

namespace IsoTime = peyvand::IsoTime;

TEST(IsoTime, formats_utc_times_with_z_and_whole_seconds)
{
    const QDateTime t(QDate(2025, 3, 20), QTime(23, 59, 58, 900), Qt::UTC);
    EXPECT_EQ(IsoTime::formatTime(t), "2025-03-20T23:59:58Z");
    EXPECT_EQ(IsoTime::formatTime(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)), "1970-01-01T00:00:00Z");
    EXPECT_EQ(IsoTime::formatTime(QDateTime::fromSecsSinceEpoch(-1, Qt::UTC)), "1969-12-31T23:59:59Z");
    EXPECT_EQ(IsoTime::formatDate(QDate(2024, 2, 29)), "2024-02-29");
}

TEST(IsoTime, fast_path_agrees_with_qt_over_many_years)
{
    for (qint64 secs = -86400LL * 365 * 30; secs < 86400LL * 365 * 80; secs += 86400 * 37 + 3671) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        const std::string text = IsoTime::formatTime(t);
        ASSERT_EQ(text, t.toString(Qt::ISODate).toStdString());
        const auto back = IsoTime::parseTime(text);
        ASSERT_TRUE(back.has_value()) << text;
        ASSERT_EQ(back->toSecsSinceEpoch(), secs) << text;
    }
}

TEST(IsoTime, parses_offsets_to_utc_and_refuses_times_without_a_zone)
{
    const auto tehran = IsoTime::parseTime("2025-01-15T13:00:00+03:30");
    ASSERT_TRUE(tehran.has_value());
    EXPECT_EQ(IsoTime::formatTime(*tehran), "2025-01-15T09:30:00Z");
    EXPECT_FALSE(IsoTime::parseTime("2025-01-15T13:00:00").has_value());
    EXPECT_FALSE(IsoTime::parseTime("2025-02-30T13:00:00Z").has_value());
    EXPECT_FALSE(IsoTime::parseTime("2025-01-15T24:00:00Z").has_value());
    EXPECT_FALSE(IsoTime::parseTime("yesterday").has_value());
    EXPECT_FALSE(IsoTime::parseTime("").has_value());
}

TEST(IsoTime, parses_only_real_dates)
{
    EXPECT_EQ(IsoTime::parseDate("2024-02-29"), QDate(2024, 2, 29));
    EXPECT_FALSE(IsoTime::parseDate("2025-02-29").has_value());
    EXPECT_FALSE(IsoTime::parseDate("1403/12/30").has_value());
    EXPECT_FALSE(IsoTime::parseDate("2025-1-5").has_value());
}

// Found by fuzzing (tests/data/fuzz/date/regression_offset_past_year_9999):
// accepted, such a time was exported as "10000-01-01T04:00:00Z", which no
// import reads.
TEST(IsoTime, refuses_a_time_whose_offset_carries_it_past_the_year_9999)
{
    EXPECT_FALSE(IsoTime::parseTime("9999-12-31T23:00:00-05:00").has_value());
    const auto last = IsoTime::parseTime("9999-12-31T23:00:00+01:00");
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(IsoTime::formatTime(*last), "9999-12-31T22:00:00Z");
    EXPECT_EQ(IsoTime::parseTime(IsoTime::formatTime(*last)), last);
}
