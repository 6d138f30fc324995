#pragma once
// What the permission and audit tests start from: a real database with a user
// of every role (and a disabled rep), two companies — one owned by the rep,
// one by a colleague — each with a contact person, an open deal, a follow-up
// and an order, a deal the rep won on the colleague's company, and a service
// request. Everything is made by the manager; tests then act as whoever they
// test.
#include "ActivityService.h"
#include "ContactService.h"
#include "CustomerService.h"
#include "DealService.h"
#include "OrderService.h"
#include "ServiceRequestService.h"
#include "TestStore.h"

namespace peyvand::testing {

struct PermissionWorld
{
    TestStore s; // acts as its manager
    User admin, rep, colleague, support, disabled;
    Pipeline b2b;
    qint64 ownCompany = 0, otherCompany = 0;
    qint64 ownContact = 0, otherContact = 0;
    qint64 ownDeal = 0, otherDeal = 0, wonDeal = 0; // wonDeal: the rep's, on the colleague's company
    qint64 ownActivity = 0, otherActivity = 0; // open follow-ups
    qint64 ownOrder = 0, otherOrder = 0;
    qint64 request = 0;
    QString otherLegalId;

    PermissionWorld()
    {
        admin = s.addUser(QStringLiteral("admin"), UserRole::Admin);
        rep = s.addUser(QStringLiteral("rep1"), UserRole::SalesRep);
        colleague = s.addUser(QStringLiteral("rep2"), UserRole::SalesRep);
        support = s.addUser(QStringLiteral("support1"), UserRole::Support);
        disabled = s.addUser(QStringLiteral("gone"), UserRole::SalesRep, false);
        b2b = *s->pipelines().defaultFor(CustomerKind::Legal);
        otherLegalId = validLegalId(QStringLiteral("1038028479"));

        CustomerService customers(*s, s.clock);
        Customer own = legalEntity(QStringLiteral("شرکت البرز"), {}, QStringLiteral("021-8877 6655"));
        own.ownerId = rep.id;
        ownCompany = customers.create(own);
        Customer other = legalEntity(QStringLiteral("شرکت زاگرس"), otherLegalId);
        other.ownerId = colleague.id;
        otherCompany = customers.create(other);

        ContactService contacts(*s, s.clock);
        ownContact = contacts.add(contact(ownCompany, QStringLiteral("رضا")));
        otherContact = contacts.add(contact(otherCompany, QStringLiteral("مینا")));

        DealService deals(*s, s.clock);
        ownDeal = deals.create(deal(ownCompany, rep.id, firstStage()), rep.id);
        otherDeal = deals.create(deal(otherCompany, colleague.id, firstStage()), colleague.id);
        wonDeal = deals.create(deal(otherCompany, rep.id, wonStage()), rep.id);

        ActivityService activities(*s, s.clock);
        ownActivity = activities.log(followUp(ownCompany, rep.id));
        otherActivity = activities.log(followUp(otherCompany, colleague.id));

        OrderService orders(*s, s.clock);
        ownOrder = orders.create(order(ownCompany), rep.id);
        otherOrder = orders.create(order(otherCompany), colleague.id);

        ServiceRequest r;
        r.customerId = ownCompany;
        r.subject = QStringLiteral("یخچال کار نمی‌کند");
        request = ServiceRequestService(*s, s.clock).open(r);
    }

    static ContactPerson contact(qint64 company, const QString &name)
    {
        ContactPerson c;
        c.customerId = company;
        c.firstName = name;
        c.lastName = QStringLiteral("صادقی");
        return c;
    }

    qint64 firstStage() const { return b2b.firstOpenStage()->id; }
    qint64 secondStage() const { return b2b.stages.at(1).id; }
    qint64 wonStage() const
    {
        for (const Stage &st : b2b.stages)
            if (st.outcome == StageOutcome::Won)
                return st.id;
        return 0;
    }
    qint64 lostStage() const
    {
        for (const Stage &st : b2b.stages)
            if (st.outcome == StageOutcome::Lost)
                return st.id;
        return 0;
    }

    Deal deal(qint64 customer, qint64 owner, qint64 stage) const
    {
        Deal d;
        d.customerId = customer;
        d.stageId = stage;
        d.title = QStringLiteral("خط تولید");
        d.amount = 2'500'000'000;
        d.ownerId = owner;
        return d;
    }

    Activity followUp(qint64 customer, qint64 owner) const
    {
        Activity a;
        a.customerId = customer;
        a.type = ActivityType::Call;
        a.ownerId = owner;
        a.at = s.clock.now().addSecs(-3600);
        a.followUpAt = s.clock.now().addDays(2);
        return a;
    }

    static Order order(qint64 customer)
    {
        Order o;
        o.customerId = customer;
        o.lines = { OrderLine { 0, QStringLiteral("یخچال"), 2, 40'000'000 } };
        return o;
    }

    qint64 auditCount() { return s.rows("audit_log"); }
    // Changes when something is written: rows changed on this connection since
    // it opened (SQLite's total_changes()); on PostgreSQL every row of every table.
    QByteArray changes()
    {
        return onPostgresql() ? s.contentHash() : QByteArray::number(s.scalar("SELECT total_changes()"));
    }
};

} // namespace peyvand::testing
