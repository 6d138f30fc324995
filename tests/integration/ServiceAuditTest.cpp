// The audit trail the services write, on a real file: every kind of change
// leaves exactly one entry naming who, when, the entity and its id, with the
// record's old and new values as JSON; an import one per record, a seed and a
// snapshot import one summary; a refused or failed change, a dry run and a
// change rolled back with its transaction leave none.
#include "CsvImporter.h"
#include "DemoDataGenerator.h"
#include "JsonExporter.h"
#include "JsonImporter.h"
#include "PermissionError.h"
#include "PermissionWorld.h"

#include <QBuffer>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace peyvand;
using namespace peyvand::testing;
using nlohmann::json;

namespace {

class ServiceAudit : public ::testing::Test
{
protected:
    ServiceAudit()
    {
        w.s.clock.set(QDateTime(QDate(2025, 2, 1), QTime(8, 15), Qt::UTC));
        w.s.actAs(w.admin);
        firstNew = lastId() + 1;
    }

    qint64 lastId() { return w.s.scalar("SELECT coalesce(max(id), 0) FROM audit_log"); }

    // The entries written since the fixture was built (or since `since`), oldest first.
    QList<AuditEntry> added(qint64 since = 0)
    {
        QList<AuditEntry> out;
        for (const AuditEntry &e : w.s->audit().list(AuditQuery { {}, 0, 0, {}, {}, {}, 0, 1000 }))
            if (e.id >= (since ? since : firstNew))
                out.prepend(e);
        return out;
    }

    // The one entry a change wrote, checked for who, when, what and which.
    AuditEntry one(const char *action, const char *entity, qint64 id, qint64 since = 0)
    {
        const QList<AuditEntry> entries = added(since);
        EXPECT_EQ(entries.size(), 1);
        if (entries.isEmpty())
            return {};
        const AuditEntry &e = entries.front();
        EXPECT_EQ(e.action.toStdString(), action);
        EXPECT_EQ(e.entity.toStdString(), entity);
        EXPECT_EQ(e.entityId, id);
        EXPECT_EQ(e.userId, w.s->actor().id);
        EXPECT_EQ(e.at, w.s.clock.now());
        return e;
    }

    static json values(const QByteArray &text) { return text.isEmpty() ? json() : json::parse(text.toStdString()); }

    PermissionWorld w;
    qint64 firstNew = 0;
};

} // namespace

TEST_F(ServiceAudit, customer_create_and_update_keep_old_and_new_values)
{
    CustomerService service(*w.s, w.s.clock);
    Customer c = legalEntity(QStringLiteral("شرکت دماوند"));
    c.ownerId = w.rep.id;
    const qint64 id = service.create(c);
    AuditEntry e = one("create", "customer", id);
    EXPECT_TRUE(e.oldValues.isEmpty());
    EXPECT_EQ(values(e.newValues).at("company_name"), "شرکت دماوند");
    EXPECT_EQ(values(e.newValues).at("owner_id"), w.rep.id);
    EXPECT_EQ(values(e.newValues).at("id"), id);

    const qint64 since = lastId() + 1;
    Customer changed = *w.s->customers().get(id);
    changed.legal.industry = QStringLiteral("فولاد");
    changed.ownerId = w.colleague.id;
    service.update(changed);
    e = one("update", "customer", id, since);
    EXPECT_EQ(values(e.oldValues).at("industry"), "");
    EXPECT_EQ(values(e.newValues).at("industry"), "فولاد");
    EXPECT_EQ(values(e.oldValues).at("owner_id"), w.rep.id);
    EXPECT_EQ(values(e.newValues).at("owner_id"), w.colleague.id);
}

TEST_F(ServiceAudit, contact_add_and_update)
{
    ContactService service(*w.s, w.s.clock);
    const qint64 id = service.add(PermissionWorld::contact(w.ownCompany, QStringLiteral("سعید")));
    AuditEntry e = one("create", "contact", id);
    EXPECT_EQ(values(e.newValues).at("first_name"), "سعید");
    EXPECT_EQ(values(e.newValues).at("customer_id"), w.ownCompany);

    const qint64 since = lastId() + 1;
    ContactPerson p = *w.s->contacts().get(id);
    p.jobTitle = QStringLiteral("مدیر مالی");
    service.update(p);
    e = one("update", "contact", id, since);
    EXPECT_EQ(values(e.oldValues).at("job_title"), "");
    EXPECT_EQ(values(e.newValues).at("job_title"), "مدیر مالی");
}

TEST_F(ServiceAudit, deal_create_move_win_and_lose)
{
    DealService service(*w.s, w.s.clock);
    const qint64 id = service.create(w.deal(w.ownCompany, w.rep.id, w.firstStage()), w.admin.id);
    AuditEntry e = one("create", "deal", id);
    EXPECT_EQ(values(e.newValues).at("amount"), 2'500'000'000);
    EXPECT_EQ(values(e.newValues).at("stage_id"), w.firstStage());
    EXPECT_FALSE(values(e.newValues).contains("stage_history"));

    qint64 since = lastId() + 1;
    service.moveToStage(id, w.secondStage(), w.admin.id);
    e = one("move_stage", "deal", id, since);
    EXPECT_EQ(values(e.oldValues).at("stage_id"), w.firstStage());
    EXPECT_EQ(values(e.newValues).at("stage_id"), w.secondStage());

    since = lastId() + 1;
    service.moveToStage(id, w.wonStage(), w.admin.id);
    e = one("win", "deal", id, since);
    EXPECT_EQ(values(e.oldValues).at("status"), "open");
    EXPECT_EQ(values(e.newValues).at("status"), "won");

    since = lastId() + 1;
    service.moveToStage(w.otherDeal, w.lostStage(), w.admin.id, LostReason::Competitor);
    e = one("lose", "deal", w.otherDeal, since);
    EXPECT_EQ(values(e.oldValues).at("lost_reason"), json());
    EXPECT_EQ(values(e.newValues).at("lost_reason"), "competitor");

    // Moving to the stage it is in changes nothing and records nothing.
    since = lastId() + 1;
    service.moveToStage(w.otherDeal, w.lostStage(), w.admin.id, LostReason::Competitor);
    EXPECT_TRUE(added(since).isEmpty());
}

TEST_F(ServiceAudit, activity_log_complete_and_reschedule)
{
    ActivityService service(*w.s, w.s.clock);
    const qint64 id = service.log(w.followUp(w.otherCompany, w.rep.id));
    AuditEntry e = one("create", "activity", id);
    EXPECT_EQ(values(e.newValues).at("owner_id"), w.rep.id);
    EXPECT_EQ(values(e.newValues).at("type"), "call");

    qint64 since = lastId() + 1;
    service.rescheduleFollowUp(id, QDateTime(QDate(2025, 2, 10), QTime(9, 0), Qt::UTC));
    e = one("reschedule", "activity", id, since);
    EXPECT_NE(values(e.oldValues).at("follow_up_at"), values(e.newValues).at("follow_up_at"));
    EXPECT_EQ(values(e.newValues).at("follow_up_at"), "2025-02-10T09:00:00Z");

    since = lastId() + 1;
    service.completeFollowUp(id);
    e = one("complete", "activity", id, since);
    EXPECT_EQ(values(e.oldValues).at("follow_up_done"), false);
    EXPECT_EQ(values(e.newValues).at("follow_up_done"), true);
}

TEST_F(ServiceAudit, order_create_status_payment_and_tracking)
{
    OrderService service(*w.s, w.s.clock);
    const qint64 id = service.create(PermissionWorld::order(w.ownCompany), w.admin.id);
    AuditEntry e = one("create", "order", id);
    EXPECT_EQ(values(e.newValues).at("total"), 80'000'000);
    EXPECT_EQ(values(e.newValues).at("lines").size(), 1u);

    qint64 since = lastId() + 1;
    service.changeStatus(id, OrderStatus::Confirmed, w.admin.id, QStringLiteral("تأیید تلفنی"));
    e = one("status", "order", id, since);
    EXPECT_EQ(values(e.oldValues).at("status"), "registered");
    EXPECT_EQ(values(e.newValues).at("status"), "confirmed");
    EXPECT_EQ(values(e.newValues).at("status_history").size(), 2u);

    since = lastId() + 1;
    Payment p;
    p.amount = 30'000'000;
    service.addPayment(id, p);
    e = one("payment", "order", id, since);
    EXPECT_EQ(values(e.oldValues).at("payments").size(), 0u);
    ASSERT_EQ(values(e.newValues).at("payments").size(), 1u);
    EXPECT_EQ(values(e.newValues).at("payments")[0].at("amount"), 30'000'000);

    since = lastId() + 1;
    service.setTrackingCode(id, QStringLiteral("۱۲۳۴۵"));
    e = one("tracking", "order", id, since);
    EXPECT_EQ(values(e.oldValues).at("tracking_code"), "");
    EXPECT_EQ(values(e.newValues).at("tracking_code"), "12345");
}

TEST_F(ServiceAudit, request_open_note_status_assign_and_resolve)
{
    w.s.actAs(w.support);
    ServiceRequestService service(*w.s, w.s.clock);
    ServiceRequest r;
    r.customerId = w.otherCompany;
    r.subject = QStringLiteral("نصب");
    const qint64 id = service.open(r);
    AuditEntry e = one("open", "request", id);
    EXPECT_EQ(values(e.newValues).at("status"), "open");
    EXPECT_EQ(e.userId, w.support.id);

    qint64 since = lastId() + 1;
    service.addNote(id, w.support.id, QStringLiteral("تماس گرفتم"));
    e = one("note", "request", id, since);
    EXPECT_EQ(values(e.oldValues).at("notes").size(), 0u);
    EXPECT_EQ(values(e.newValues).at("notes").back().at("text"), "تماس گرفتم");

    since = lastId() + 1;
    service.assign(id, w.support.id);
    e = one("assign", "request", id, since);
    EXPECT_EQ(values(e.oldValues).at("assignee_id"), json());
    EXPECT_EQ(values(e.newValues).at("assignee_id"), w.support.id);

    since = lastId() + 1;
    service.setStatus(id, RequestStatus::InProgress, w.support.id);
    e = one("status", "request", id, since);
    EXPECT_EQ(values(e.newValues).at("status"), "in_progress");

    since = lastId() + 1;
    service.setStatus(id, RequestStatus::Resolved, w.support.id, QStringLiteral("حل شد"));
    e = one("resolve", "request", id, since);
    EXPECT_EQ(values(e.oldValues).at("status"), "in_progress");
    EXPECT_EQ(values(e.newValues).at("status"), "resolved");
    EXPECT_NE(values(e.newValues).at("resolved_at"), json());
}

TEST_F(ServiceAudit, a_refused_or_invalid_change_leaves_no_entry)
{
    w.s.actAs(w.rep);
    Customer other = *w.s->customers().get(w.otherCompany);
    other.legal.industry = QStringLiteral("فولاد");
    EXPECT_THROW(CustomerService(*w.s, w.s.clock).update(other), PermissionError);
    Customer nameless = legalEntity(QString());
    EXPECT_THROW(CustomerService(*w.s, w.s.clock).create(nameless), ValidationError);
    Deal negative = w.deal(w.ownCompany, w.rep.id, w.firstStage());
    negative.amount = -1;
    EXPECT_THROW(DealService(*w.s, w.s.clock).create(negative, w.rep.id), ValidationError);
    EXPECT_THROW(DealService(*w.s, w.s.clock).moveToStage(w.ownDeal, w.lostStage(), w.rep.id), ValidationError);
    w.s.actAs(w.support);
    EXPECT_THROW(OrderService(*w.s, w.s.clock).changeStatus(w.ownOrder, OrderStatus::Delivered, w.support.id),
                 ValidationError);
    EXPECT_TRUE(added().isEmpty());
}

TEST_F(ServiceAudit, an_entry_is_rolled_back_with_the_transaction_of_its_change)
{
    const qint64 customers = w.s.rows("customers");
    EXPECT_THROW(w.s->transaction([&] {
        CustomerService(*w.s, w.s.clock).create(legalEntity(QStringLiteral("شرکت موقت")));
        throw std::runtime_error("the caller's later step failed");
    }),
                 std::runtime_error);
    EXPECT_EQ(w.s.rows("customers"), customers);
    EXPECT_TRUE(added().isEmpty());
}

TEST_F(ServiceAudit, an_import_records_each_new_and_updated_record_and_a_dry_run_none)
{
    auto run = [&](const QByteArray &csv, DuplicatePolicy policy, bool dryRun) {
        QByteArray bytes = csv;
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        ImportOptions o;
        o.kind = ImportKind::Individual;
        o.onDuplicate = policy;
        o.dryRun = dryRun;
        return CsvImporter(*w.s, w.s.clock).run(in, o);
    };
    const QByteArray csv = "first_name,last_name,mobile\nعلی,رضایی,09121110001\nزهرا,کریمی,09121110002\n";
    run(csv, DuplicatePolicy::Skip, true);
    EXPECT_TRUE(added().isEmpty());

    ASSERT_EQ(run(csv, DuplicatePolicy::Skip, false).counts.imported, 2);
    QList<AuditEntry> entries = added();
    ASSERT_EQ(entries.size(), 2);
    for (const AuditEntry &e : entries) {
        EXPECT_EQ(e.action, QStringLiteral("import"));
        EXPECT_EQ(e.entity, QStringLiteral("customer"));
        EXPECT_EQ(e.userId, w.admin.id);
        EXPECT_TRUE(e.oldValues.isEmpty());
        EXPECT_EQ(values(e.newValues).at("id"), e.entityId);
    }
    EXPECT_EQ(values(entries[0].newValues).at("first_name"), "علی");

    const qint64 since = lastId() + 1;
    const QByteArray update = "first_name,last_name,mobile,city\nعلی,رضایی,09121110001,شیراز\n";
    ASSERT_EQ(run(update, DuplicatePolicy::Update, false).counts.updated, 1);
    entries = added(since);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].entityId, values(added()[0].newValues).at("id").get<qint64>());
    EXPECT_EQ(values(entries[0].oldValues).at("addresses").size(), 0u);
    EXPECT_EQ(values(entries[0].newValues).at("addresses")[0].at("city"), "شیراز");
}

TEST_F(ServiceAudit, a_seed_and_a_snapshot_import_are_one_summary_entry_each_by_nobody)
{
    TestStore seeded(TestStore::Actor::Nobody);
    DemoDataGenerator::Options options;
    options.customers = 30;
    options.asOf = QDate(2025, 1, 15);
    options.batchSize = 10; // three chunks, one entry
    const DemoDataGenerator::Totals totals = DemoDataGenerator(*seeded, options).run();
    QList<AuditEntry> entries = seeded->audit().list({});
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].action, QStringLiteral("seed"));
    EXPECT_EQ(entries[0].entity, QStringLiteral("database"));
    EXPECT_EQ(entries[0].userId, 0);
    EXPECT_EQ(seeded.scalar("SELECT count(*) FROM audit_log WHERE user_id IS NULL"), 1);
    const json seed = values(entries[0].newValues);
    EXPECT_EQ(seed.at("customers"), 30);
    EXPECT_EQ(seed.at("deals"), totals.deals);
    EXPECT_EQ(seed.at("activities"), totals.activities);
    EXPECT_EQ(seed.at("as_of"), "2025-01-15");

    const QString file = seeded.dir.filePath(QStringLiteral("all.json"));
    {
        seeded.actAs(*seeded->users().byUsername(QStringLiteral("manager")));
        const auto reader = seeded->snapshotReader();
        std::ofstream out(file.toStdString());
        JsonExporter(*seeded, *reader, seeded.clock.now()).write(out);
    }
    TestStore copy(TestStore::Actor::Nobody);
    JsonImporter(*copy, copy.clock).run(file);
    entries = copy->audit().list({});
    ASSERT_EQ(entries.size(), 1); // the source's own trail is not part of a snapshot
    EXPECT_EQ(entries[0].action, QStringLiteral("import_snapshot"));
    EXPECT_EQ(entries[0].entity, QStringLiteral("database"));
    EXPECT_EQ(entries[0].userId, 0);
    EXPECT_EQ(entries[0].at, copy.clock.now());
    const json snapshot = values(entries[0].newValues);
    EXPECT_EQ(snapshot.at("file"), "all.json");
    EXPECT_EQ(snapshot.at("counts").at("customers"), 30);
    EXPECT_EQ(snapshot.at("counts").at("deals"), totals.deals);
}
