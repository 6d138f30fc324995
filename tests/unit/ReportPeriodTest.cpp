#include "ReportPeriod.h"

#include "JalaliDate.h"
#include "TestPrinters.h"
#include "ValidationError.h"

#include <gtest/gtest.h>

using namespace peyvand;
namespace JD = peyvand::JalaliDate;

namespace {

QDate j(int y, int m, int d)
{
    return JD::fromJalali(y, m, d);
}

// The field and code of the rejection of custom(from, to), or "<accepted>".
QString rejection(const QDate &from, const QDate &to)
{
    try {
        ReportPeriod::custom(from, to);
    } catch (const ValidationError &e) {
        return e.field() + u'/' + e.code();
    }
    return QStringLiteral("<accepted>");
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

TEST(JalaliLeapYears, esfand_30_exists_in_1403_and_not_in_1404)
{
    EXPECT_TRUE(JD::calendar().isLeapYear(1403));
    EXPECT_FALSE(JD::calendar().isLeapYear(1404));
    EXPECT_EQ(j(1403, 12, 30), QDate(2025, 3, 20));
    EXPECT_FALSE(j(1404, 12, 30).isValid());
    EXPECT_EQ(j(1404, 12, 29), QDate(2026, 3, 20));
}

TEST(ReportPeriodPreset, month_quarter_and_year_containing_today)
{
    const QDate today = j(1405, 9, 2); // 2026-11-23
    EXPECT_EQ(today, QDate(2026, 11, 23));
    const ReportPeriod month = ReportPeriod::preset(PeriodPreset::ThisMonth, today);
    EXPECT_EQ(month.from, j(1405, 9, 1));
    EXPECT_EQ(month.to, j(1405, 9, 30));
    EXPECT_EQ(month.days(), 30);
    const ReportPeriod quarter = ReportPeriod::preset(PeriodPreset::ThisQuarter, today);
    EXPECT_EQ(quarter.from, j(1405, 7, 1));
    EXPECT_EQ(quarter.to, j(1405, 9, 30));
    EXPECT_EQ(quarter.days(), 90);
    const ReportPeriod year = ReportPeriod::preset(PeriodPreset::ThisYear, today);
    EXPECT_EQ(year.from, j(1405, 1, 1));
    EXPECT_EQ(year.to, j(1405, 12, 29));
}

TEST(ReportPeriodPreset, first_quarter_of_the_year_and_its_months)
{
    const QDate today = j(1404, 2, 31);
    const ReportPeriod quarter = ReportPeriod::preset(PeriodPreset::ThisQuarter, today);
    EXPECT_EQ(quarter.from, j(1404, 1, 1));
    EXPECT_EQ(quarter.to, j(1404, 3, 31));
    EXPECT_EQ(quarter.days(), 93); // the first six months have 31 days
    const ReportPeriod autumn = ReportPeriod::preset(PeriodPreset::ThisQuarter, j(1404, 8, 15));
    EXPECT_EQ(autumn.from, j(1404, 7, 1));
    EXPECT_EQ(autumn.to, j(1404, 9, 30));
    const ReportPeriod winter = ReportPeriod::preset(PeriodPreset::ThisQuarter, j(1404, 12, 29));
    EXPECT_EQ(winter.from, j(1404, 10, 1));
    EXPECT_EQ(winter.to, j(1404, 12, 29));
}

TEST(ReportPeriodPreset, previous_periods_cross_into_the_leap_year_before)
{
    // In Farvardin 1404 the previous month, quarter and year all end on
    // 1403/12/30, the extra day of the leap year 1403.
    const QDate today = j(1404, 1, 10);
    const ReportPeriod month = ReportPeriod::preset(PeriodPreset::PreviousMonth, today);
    EXPECT_EQ(month.from, j(1403, 12, 1));
    EXPECT_EQ(month.to, j(1403, 12, 30));
    EXPECT_EQ(month.days(), 30);
    const ReportPeriod quarter = ReportPeriod::preset(PeriodPreset::PreviousQuarter, today);
    EXPECT_EQ(quarter.from, j(1403, 10, 1));
    EXPECT_EQ(quarter.to, j(1403, 12, 30));
    const ReportPeriod year = ReportPeriod::preset(PeriodPreset::PreviousYear, today);
    EXPECT_EQ(year.from, j(1403, 1, 1));
    EXPECT_EQ(year.to, j(1403, 12, 30));
    EXPECT_EQ(year.days(), 366);
    // A year later the previous year is the common year 1404.
    const ReportPeriod common = ReportPeriod::preset(PeriodPreset::PreviousYear, j(1405, 1, 10));
    EXPECT_EQ(common.to, j(1404, 12, 29));
    EXPECT_EQ(common.days(), 365);
}

TEST(ReportPeriodPreset, previous_month_and_quarter_inside_the_year)
{
    const QDate today = j(1405, 7, 1);
    EXPECT_EQ(ReportPeriod::preset(PeriodPreset::PreviousMonth, today).from, j(1405, 6, 1));
    EXPECT_EQ(ReportPeriod::preset(PeriodPreset::PreviousMonth, today).to, j(1405, 6, 31));
    EXPECT_EQ(ReportPeriod::preset(PeriodPreset::PreviousQuarter, today).from, j(1405, 4, 1));
    EXPECT_EQ(ReportPeriod::preset(PeriodPreset::PreviousQuarter, today).to, j(1405, 6, 31));
}

TEST(ReportPeriodCustom, accepts_one_day_and_rejects_end_before_start_and_missing_days)
{
    EXPECT_EQ(rejection(j(1403, 12, 30), j(1403, 12, 30)), QStringLiteral("<accepted>"));
    EXPECT_EQ(ReportPeriod::custom(j(1403, 12, 30), j(1403, 12, 30)).days(), 1);
    EXPECT_EQ(rejection(j(1404, 2, 1), j(1404, 1, 31)), QStringLiteral("period/end_before_start"));
    EXPECT_EQ(rejection(j(1404, 1, 1), j(1404, 12, 30)), QStringLiteral("to/invalid"));
    EXPECT_EQ(rejection(QDate(), j(1404, 1, 1)), QStringLiteral("from/invalid"));
}

TEST(ReportPeriodBounds, days_are_iran_standard_time)
{
    // The leap day 1403/12/30 (2025-03-20) as a period bound.
    const ReportPeriod p = ReportPeriod::custom(j(1403, 12, 1), j(1403, 12, 30));
    EXPECT_EQ(p.startUtc(), utc(2025, 2, 18, 20, 30)); // 1403/12/01 = 2025-02-19
    EXPECT_EQ(p.endUtc(), utc(2025, 3, 20, 20, 30));
    EXPECT_EQ(p.startUtc().timeSpec(), Qt::UTC);
    EXPECT_EQ(businessDay(utc(2025, 3, 20, 20, 29, 59)), QDate(2025, 3, 20));
    EXPECT_EQ(businessDay(utc(2025, 3, 20, 20, 30)), QDate(2025, 3, 21)); // Nowruz 1404 in Tehran
    EXPECT_EQ(businessDayStart(QDate(2025, 3, 21)), utc(2025, 3, 20, 20, 30));
    EXPECT_EQ(businessDayNumber(QDate(1970, 1, 1)), 0);
    EXPECT_EQ(businessDayOf(businessDayNumber(QDate(2026, 11, 23))), QDate(2026, 11, 23));
    // The summaries' day key is the same day.
    const qint64 t = utc(2025, 3, 20, 20, 30).toSecsSinceEpoch();
    EXPECT_EQ(businessDayOf((t + kIranOffsetSeconds) / 86400), QDate(2025, 3, 21));
    EXPECT_EQ(businessDayOf((t - 1 + kIranOffsetSeconds) / 86400), QDate(2025, 3, 20));
}
