// DataStore::transaction on a real file: all or nothing, nested as savepoints.
#include "CustomerService.h"
#include "TestStore.h"

#include <stdexcept>

using namespace peyvand;
using peyvand::testing::TestStore;

namespace {

qint64 addPerson(TestStore &s, const QString &last, const QString &code = {})
{
    return s->customers().add(peyvand::testing::individual(QStringLiteral("نام"), last, code));
}

qint64 searchCount(TestStore &s, const QString &text)
{
    CustomerQuery q;
    q.text = text;
    return s->customers().count(q);
}

} // namespace

TEST(StorageTransaction, a_failing_statement_rolls_back_every_row_of_the_change)
{
    TestStore s;
    addPerson(s, QStringLiteral("پیشین"));
    const qint64 customers = s.rows("customers");
    const qint64 phones = s.rows("customer_phones");
    const QString code = peyvand::testing::validNationalCode(QStringLiteral("123456789"));

    EXPECT_THROW(s->transaction([&] {
        addPerson(s, QStringLiteral("اول"), code);
        s->customers().add(peyvand::testing::individual(QStringLiteral("نام"), QStringLiteral("دوم"), {},
                                                        QStringLiteral("09121234567")));
        addPerson(s, QStringLiteral("سوم"), code); // the unique national id index refuses it
    }),
                 DatabaseError);

    EXPECT_EQ(s.rows("customers"), customers);
    EXPECT_EQ(s.rows("customer_phones"), phones);
    EXPECT_EQ(s.transactionDepth(), 0);
    EXPECT_FALSE(s->customers().findByNationalIdentifier(code));
    EXPECT_TRUE(s->customers().findByPhone(QStringLiteral("09121234567")).isEmpty());
    // The search index was rolled back with the rows.
    EXPECT_EQ(searchCount(s, QStringLiteral("اول")), 0);
    EXPECT_EQ(searchCount(s, QStringLiteral("پیشین")), 1);

    // The connection is usable afterwards, and the same change without the bad row commits.
    s->transaction([&] {
        addPerson(s, QStringLiteral("اول"), code);
        addPerson(s, QStringLiteral("دوم"));
    });
    EXPECT_EQ(s.rows("customers"), customers + 2);
    s.reopen();
    EXPECT_EQ(s.rows("customers"), customers + 2);
}

TEST(StorageTransaction, a_check_constraint_in_a_later_aggregate_rolls_back_the_earlier_ones)
{
    TestStore s;
    const Pipeline b2c = *s->pipelines().defaultFor(CustomerKind::Individual);
    EXPECT_THROW(s->transaction([&] {
        Deal d;
        d.customerId = addPerson(s, QStringLiteral("احمدی"));
        d.pipelineId = b2c.id;
        d.stageId = b2c.stages.front().id;
        d.title = QStringLiteral("فرصت");
        d.createdAt = s.clock.now();
        s->deals().add(d, 0);
        d.amount = -5; // CHECK (amount >= 0)
        s->deals().add(d, 0);
    }),
                 DatabaseError);
    EXPECT_EQ(s.rows("customers"), 0);
    EXPECT_EQ(s.rows("deals"), 0);
    EXPECT_EQ(s.rows("deal_stage_history"), 0);
}

TEST(StorageTransaction, any_exception_rolls_back_and_propagates_unchanged)
{
    TestStore s;
    try {
        s->transaction([&] {
            addPerson(s, QStringLiteral("احمدی"));
            throw std::logic_error("stop here");
        });
        FAIL() << "the exception was swallowed";
    } catch (const std::logic_error &e) {
        EXPECT_STREQ(e.what(), "stop here");
    }
    EXPECT_EQ(s.rows("customers"), 0);
    EXPECT_EQ(s.transactionDepth(), 0);
}

TEST(StorageTransaction, a_failed_inner_transaction_rolls_back_only_its_savepoint)
{
    TestStore s;
    s->transaction([&] {
        addPerson(s, QStringLiteral("بیرونی"));
        EXPECT_EQ(s.transactionDepth(), 1);
        EXPECT_THROW(s->transaction([&] {
            EXPECT_EQ(s.transactionDepth(), peyvand::testing::perBackend(2, 1)); // PostgreSQL does not count savepoints
            addPerson(s, QStringLiteral("درونی"));
            throw std::runtime_error("inner fails");
        }),
                     std::runtime_error);
        EXPECT_EQ(s.transactionDepth(), 1);
        s->transaction([&] { addPerson(s, QStringLiteral("دومی")); });
    });
    EXPECT_EQ(s.transactionDepth(), 0);
    s.reopen();
    EXPECT_EQ(s.rows("customers"), 2);
    EXPECT_EQ(searchCount(s, QStringLiteral("بیرونی")), 1);
    EXPECT_EQ(searchCount(s, QStringLiteral("درونی")), 0);
    EXPECT_EQ(searchCount(s, QStringLiteral("دومی")), 1);
}

TEST(StorageTransaction, a_committed_inner_transaction_is_undone_when_the_outer_one_fails)
{
    TestStore s;
    EXPECT_THROW(s->transaction([&] {
        addPerson(s, QStringLiteral("بیرونی"));
        s->transaction([&] { addPerson(s, QStringLiteral("درونی")); });
        s->transaction([&] { s->transaction([&] { addPerson(s, QStringLiteral("عمیق")); }); });
        EXPECT_EQ(s.rows("customers"), 3); // visible inside the transaction
        throw std::runtime_error("outer fails");
    }),
                 std::runtime_error);
    EXPECT_EQ(s.rows("customers"), 0);
    EXPECT_EQ(s.transactionDepth(), 0);
}

TEST(StorageTransaction, a_service_call_inside_a_failing_transaction_leaves_nothing)
{
    TestStore s;
    CustomerService service(*s, s.clock);
    EXPECT_THROW(s->transaction([&] {
        service.create(peyvand::testing::individual(QStringLiteral("علی"), QStringLiteral("احمدی")));
        service.create(peyvand::testing::individual(QStringLiteral("رضا"), QStringLiteral("محمدی")));
        // A refused third customer aborts the whole batch.
        service.create(
            peyvand::testing::individual(QStringLiteral("مینا"), QStringLiteral("کریمی"),
                                         peyvand::testing::invalidNationalCode(QStringLiteral("123456789"))));
    }),
                 ValidationError);
    EXPECT_EQ(s.rows("customers"), 0);
    EXPECT_EQ(searchCount(s, QStringLiteral("علی")), 0);
}

TEST(StorageTransaction, nested_begin_commit_and_rollback_on_the_connection)
{
    PEYVAND_SQLITE_ONLY("SqliteDatabase's own begin/commit; on PostgreSQL nesting goes through transaction()");
    TestStore s;
    SqliteDatabase &db = s.sqlite().database();
    db.begin();
    addPerson(s, QStringLiteral("یک"));
    db.begin();
    addPerson(s, QStringLiteral("دو"));
    db.rollback();
    db.begin();
    addPerson(s, QStringLiteral("سه"));
    db.commit();
    EXPECT_EQ(db.transactionDepth(), 1);
    db.commit();
    EXPECT_EQ(db.transactionDepth(), 0);
    s.reopen();
    EXPECT_EQ(s.rows("customers"), 2);
    EXPECT_EQ(searchCount(s, QStringLiteral("دو")), 0);
    EXPECT_EQ(searchCount(s, QStringLiteral("سه")), 1);
}
