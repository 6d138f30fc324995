// Two desktops save the same customer at the same moment: the second UPDATE
// waits for the first one's row lock, and when the first commits, the server
// checks the second's version against the row just committed and refuses it
// (ConcurrentChangeError); nothing of it is written. If the first rolls back
// instead, the second goes through. No update is lost either way.
#include "ConcurrentChangeError.h"
#include "PgCustomerSamples.h"
#include "PgTransaction.h"

#include <chrono>
#include <future>
#include <thread>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

// True once `connection`'s backend waits for a lock (seen from another session).
bool waitsForLock(PgConnection &observer)
{
    for (int i = 0; i < 500; ++i) {
        auto q = observer.prepare(
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock'"));
        if (q.exec().int64(0, 0) > 0)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

Customer stored(PgRepoStore &s)
{
    Customer c = individual(QStringLiteral("مریم"), QStringLiteral("کریمی"), {}, QStringLiteral("09121112233"));
    c.id = s.customers->add(c);
    return *s.customers->get(c.id);
}

} // namespace

TEST(PgConcurrentSave, the_second_of_two_simultaneous_saves_is_refused_when_the_first_commits)
{
    PgRepoStore s;
    const Customer read = stored(s);
    auto second = s.connect();
    PgCustomerRepository secondCustomers(*second);

    PgTransaction first(*s.connection);
    Customer mine = read;
    mine.individual.lastName = QStringLiteral("اول");
    EXPECT_EQ(s.customers->update(mine), 2); // holds the row until commit

    Customer theirs = read;
    theirs.individual.lastName = QStringLiteral("دوم");
    theirs.phones = { PhoneEntry { QStringLiteral("09350000000"), {} } };
    auto saving = std::async(std::launch::async, [&] { return secondCustomers.update(theirs); });
    auto observer = s.connect();
    const bool waited = waitsForLock(*observer);
    first.commit(); // before any assertion: the waiting save must not outlive the test
    ASSERT_TRUE(waited);

    EXPECT_THROW(saving.get(), ConcurrentChangeError);
    const Customer now = *s.customers->get(read.id);
    EXPECT_EQ(now.individual.lastName, QStringLiteral("اول"));
    EXPECT_EQ(now.version, 2);
    ASSERT_EQ(now.phones.size(), 1);
    EXPECT_EQ(now.phones[0].number, QStringLiteral("09121112233"));
}

TEST(PgConcurrentSave, the_second_save_goes_through_when_the_first_rolls_back)
{
    PgRepoStore s;
    const Customer read = stored(s);
    auto second = s.connect();
    PgCustomerRepository secondCustomers(*second);

    auto first = std::make_unique<PgTransaction>(*s.connection);
    Customer mine = read;
    mine.individual.lastName = QStringLiteral("اول");
    s.customers->update(mine);

    Customer theirs = read;
    theirs.individual.lastName = QStringLiteral("دوم");
    auto saving = std::async(std::launch::async, [&] { return secondCustomers.update(theirs); });
    auto observer = s.connect();
    const bool waited = waitsForLock(*observer);
    first->rollback();
    ASSERT_TRUE(waited);

    EXPECT_EQ(saving.get(), 2);
    EXPECT_EQ(s.customers->get(read.id)->individual.lastName, QStringLiteral("دوم"));
}
