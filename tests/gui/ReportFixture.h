#pragma once
// Hand-built report data for the Reports view tests, on GuiFixture's clock
// (1403/09/03, so "this month" is Azar 1403): B2B deals of 100 and 50 million
// Rials for the rep and 30 million for a second rep, a B2C deal of 20 million
// won, a call logged by the rep and one 5-million order; a manager reads them.
#include "GuiFixture.h"
#include "ReportsView.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace peyvand::testing {

struct ReportFixture : GuiFixture
{
    Pipeline b2b = *store->pipelines().defaultFor(CustomerKind::Legal);
    Pipeline b2c = *store->pipelines().defaultFor(CustomerKind::Individual);
    qint64 company = addLegal(QStringLiteral("شرکت پارس پمپ"));
    qint64 person = addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"));
    qint64 rep2 = 0;
    // The reports are a manager's (a rep sees none: RoleGate).
    RoleSession manager = sessionAs(UserRole::Manager, QStringLiteral("مدیر فروش"));

    ReportFixture()
    {
        User u;
        u.username = QStringLiteral("rep2");
        u.fullName = QStringLiteral("علی محمدی");
        store->transaction([&] { u.id = store->users().add(u); });
        rep2 = u.id;
        workspace->reloadUsers();
        deal(company, openStage(b2b, 0), 100'000'000, rep.id);
        deal(company, openStage(b2b, 1), 50'000'000, rep.id);
        deal(company, openStage(b2b, 0), 30'000'000, rep2);
        const qint64 won = deal(person, openStage(b2c, 0), 20'000'000, rep.id);
        workspace->deals().moveToStage(won, b2c.firstWithOutcome(StageOutcome::Won)->id, rep.id);
        Activity call;
        call.type = ActivityType::Call;
        call.customerId = company;
        call.at = clock.now().addSecs(-3600);
        call.ownerId = rep.id;
        workspace->activities().log(call);
        Order order;
        order.customerId = person;
        order.lines << OrderLine { 0, QStringLiteral("کولر گازی"), 1, 5'000'000 };
        workspace->orders().create(order, rep.id);
    }

    qint64 openStage(const Pipeline &p, int n) const
    {
        int i = 0;
        for (const Stage &s : p.stages)
            if (s.outcome == StageOutcome::Open && i++ == n)
                return s.id;
        return 0;
    }

    qint64 deal(qint64 customer, qint64 stageId, qint64 amount, qint64 owner)
    {
        Deal d;
        d.customerId = customer;
        d.stageId = stageId;
        d.title = QStringLiteral("فرصت");
        d.amount = amount;
        d.expectedClose = QDate(2025, 1, 20);
        d.ownerId = owner;
        return workspace->deals().create(d, rep.id);
    }
};

// Waits (on the event loop, not a sleep) until the view shows a computation.
inline bool waitForReports(ReportsView &view, const std::function<void()> &change = {})
{
    QSignalSpy shown(&view, &ReportsView::reportsShown);
    if (change)
        change();
    return shown.wait(20000);
}

} // namespace peyvand::testing
