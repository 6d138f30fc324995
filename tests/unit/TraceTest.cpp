// Trace: start-up milestones measured from the start of the process.
#include "Trace.h"

#include <QThread>
#include <gtest/gtest.h>

using namespace peyvand;

TEST(Trace, counts_milliseconds_from_the_process_start_and_keeps_counting)
{
    const double first = Trace::sinceStart();
    EXPECT_GT(first, 0.0);
    EXPECT_LT(first, 24.0 * 3600 * 1000); // a test process younger than a day
    QThread::msleep(20);
    const double later = Trace::sinceStart();
    EXPECT_GE(later - first, 19.0);
    EXPECT_LT(later - first, 10000.0);
}

TEST(Trace, is_off_unless_enabled_and_follows_enable)
{
    const bool before = Trace::enabled();
    Trace::enable(true);
    EXPECT_TRUE(Trace::enabled());
    Trace::enable(false);
    EXPECT_FALSE(Trace::enabled());
    Trace::mark(QStringLiteral("not printed")); // off: nothing to see, nothing to crash
    Trace::enable(before);
}

#ifdef Q_OS_LINUX
TEST(Trace, reads_resident_memory_from_proc)
{
    const qint64 rss = Trace::statusKiB("VmRSS");
    EXPECT_GT(rss, 1000); // a Qt test binary is more than a megabyte
    EXPECT_GE(Trace::statusKiB("VmHWM"), rss);
    EXPECT_EQ(Trace::statusKiB("NoSuchField"), 0);
}
#endif
