#include "LoadSetup.h"

#include "CustomerService.h"
#include "DataStore.h"
#include "DealService.h"
#include "DemoNames.h"
#include "OrderService.h"

#include <QRandomGenerator>
#include <cstdio>

namespace peyvand::load {

namespace {

User addUser(DataStore &store, const QString &username, const QString &fullName, UserRole role)
{
    User u { 0, username, fullName, role, true };
    store.transaction([&] { u.id = store.users().add(u); });
    return u;
}

template<typename List> QString pick(const List &list, QRandomGenerator &random)
{
    return QString::fromUtf8(list[random.bounded(int(list.size()))].first);
}

Customer customer(int n, qint64 owner, QRandomGenerator &random, QStringList *terms)
{
    Customer c;
    c.ownerId = owner;
    if (n % 4 == 0) {
        c.kind = CustomerKind::Legal;
        const auto &words = DemoNames::companyWords();
        const QString word = QString::fromUtf8(words[random.bounded(int(words.size()))]);
        c.legal.companyName = QStringLiteral("شرکت %1 %2").arg(word).arg(n);
        c.phones << PhoneEntry { QStringLiteral("021%1").arg(30000000 + n, 8, 10, QLatin1Char('0')),
                                 QStringLiteral("دفتر") };
        if (terms->size() < 400)
            terms->append(word);
    } else {
        c.kind = CustomerKind::Individual;
        c.individual.firstName = pick(DemoNames::maleFirstNames(), random);
        c.individual.lastName = pick(DemoNames::lastNames(), random);
        c.phones << PhoneEntry { QStringLiteral("0912%1").arg(1000000 + n, 7, 10, QLatin1Char('0')),
                                 QStringLiteral("موبایل") };
        if (terms->size() < 400)
            terms->append(n % 3 ? c.individual.lastName
                                : QStringLiteral("%1 %2").arg(c.individual.firstName, c.individual.lastName));
    }
    return c;
}

} // namespace

LoadPlan LoadSetup::create(DataStore &store, const LoadOptions &o)
{
    QRandomGenerator random(20261124);
    SystemClock clock;
    const User admin = addUser(store, QStringLiteral("loadadmin"), QStringLiteral("مدیر سامانه"), UserRole::Admin);
    store.setActor(admin);
    CustomerService customers(store, clock);
    DealService deals(store, clock);
    OrderService orders(store, clock);
    LoadPlan plan;
    int n = 0;
    for (int r = 1; r <= o.reps; ++r) {
        const User rep
            = addUser(store, QStringLiteral("rep%1").arg(r), QStringLiteral("کارشناس %1").arg(r), UserRole::SalesRep);
        WorkerPlan w { rep.username, QStringLiteral("rep"), {}, {} };
        // One transaction per rep: the services' own transactions nest as savepoints.
        store.transaction([&] {
            for (int i = 0; i < o.customersPerRep; ++i)
                w.customers.append(customers.create(customer(++n, rep.id, random, &plan.searchTerms)));
            for (int i = 0; i < o.dealsPerRep; ++i) {
                Deal d;
                d.customerId = w.customers[i % w.customers.size()];
                d.title
                    = QString::fromUtf8(DemoNames::dealTitles()[random.bounded(int(DemoNames::dealTitles().size()))]);
                d.amount = 1'000'000 * (1 + random.bounded(1000));
                d.ownerId = rep.id;
                w.deals.append(deals.create(d, admin.id));
            }
            for (int i = 0; i < o.ordersPerRep; ++i) {
                Order order;
                order.customerId = w.customers[i % w.customers.size()];
                const auto &p = DemoNames::products()[random.bounded(int(DemoNames::products().size()))];
                order.lines = { OrderLine { 0, QString::fromUtf8(p.first), 1 + random.bounded(3), p.second } };
                plan.orders.append(orders.create(order, admin.id));
            }
        });
        plan.workers.append(w);
        if (r % 10 == 0 || r == o.reps)
            std::fprintf(stderr, "peyvand-load: set up %d of %d reps\n", r, o.reps);
    }
    for (const WorkerPlan &w : plan.workers)
        for (qint64 d : w.deals)
            if (plan.managerDeals.size() < o.managerDeals)
                plan.managerDeals.append(d);
    for (int m = 1; m <= o.managers; ++m)
        plan.workers.append(WorkerPlan {
            addUser(store, QStringLiteral("manager%1").arg(m), QStringLiteral("مدیر فروش %1").arg(m), UserRole::Manager)
                .username,
            QStringLiteral("manager"),
            {},
            {} });
    for (int d = 1; d <= o.desk; ++d)
        plan.workers.append(WorkerPlan {
            addUser(store, QStringLiteral("desk%1").arg(d), QStringLiteral("پشتیبانی %1").arg(d), UserRole::Support)
                .username,
            QStringLiteral("desk"),
            {},
            {} });
    plan.searchTerms.append(QStringLiteral("0912100")); // a mobile fragment
    plan.searchTerms.append(QStringLiteral("شرکت"));
    return plan;
}

} // namespace peyvand::load
