#include "DemoDataGenerator.h"

#include "DemoContext.h"
#include "DemoCustomerFactory.h"
#include "DemoSalesFactory.h"

namespace peyvand {

namespace {

void createUsers(DataStore &store, DemoContext &x, DemoDataGenerator::Totals &totals, const QString &passwordHash)
{
    struct Seed
    {
        const char *username, *name;
        UserRole role;
    };
    const Seed seeds[]
        = { { "admin", "مدیر سیستم", UserRole::Admin },       { "manager", "مهدی کاظمی", UserRole::Manager },
            { "manager2", "الهام رضایی", UserRole::Manager }, { "rep1", "علی احمدی", UserRole::SalesRep },
            { "rep2", "زهرا محمدی", UserRole::SalesRep },     { "rep3", "رضا حسینی", UserRole::SalesRep },
            { "rep4", "مریم کریمی", UserRole::SalesRep },     { "rep5", "سعید موسوی", UserRole::SalesRep },
            { "rep6", "نرگس جعفری", UserRole::SalesRep },     { "support1", "حسن صادقی", UserRole::Support },
            { "support2", "سارا قاسمی", UserRole::Support },  { "support3", "پیمان نوری", UserRole::Support } };
    store.transaction([&] {
        for (const Seed &s : seeds) {
            const QString username = QString::fromUtf8(s.username);
            const auto existing = store.users().byUsername(username);
            const qint64 id = existing
                ? existing->id
                : store.users().add(User { 0, username, QString::fromUtf8(s.name), s.role, true });
            if (!existing)
                ++totals.users;
            if (!passwordHash.isEmpty() && store.users().credentials(id).passwordHash.isEmpty())
                store.users().setPasswordHash(id, passwordHash);
            if (s.role == UserRole::SalesRep)
                x.reps << id;
            else if (s.role == UserRole::Manager)
                x.managers << id;
            else if (s.role == UserRole::Support)
                x.support << id;
        }
    });
}

// One customer with everything that happened with it.
void addCustomer(BulkLoader &loader, qint64 n, DemoCustomerFactory &people, DemoSalesFactory &sales, DemoContext &x,
                 DemoDataGenerator::Totals &totals)
{
    Customer c = people.customer(n);
    c.id = loader.addCustomer(c);
    ++totals.customers;
    QList<qint64> contactIds;
    if (c.kind == CustomerKind::Legal) {
        for (const ContactPerson &p : people.contacts(c))
            contactIds << loader.addContact(p);
        totals.contacts += contactIds.size();
    }
    // About 0.5 deals per customer.
    QList<qint64> wonDeals;
    for (const double p : { 0.4, 0.1 }) {
        if (!x.chance(p))
            continue;
        const auto d = sales.deal(c, contactIds);
        const qint64 id = loader.addDeal(d.deal, d.history);
        ++totals.deals;
        if (d.deal.status == DealStatus::Won)
            wonDeals << id;
    }
    const QList<Activity> activities = sales.activities(c, contactIds);
    for (const Activity &a : activities)
        loader.addActivity(a);
    totals.activities += activities.size();
    QList<qint64> orderIds;
    for (const Order &o : sales.orders(c, wonDeals))
        orderIds << loader.addOrder(o);
    totals.orders += orderIds.size();
    if (const auto r = sales.request(c, orderIds)) {
        loader.addServiceRequest(*r);
        ++totals.requests;
    }
}

} // namespace

DemoDataGenerator::DemoDataGenerator(DataStore &store, Options options)
    : m_store(store)
    , m_options(options)
{
}

DemoDataGenerator::Totals DemoDataGenerator::run(const Progress &progress, const Phase &phase)
{
    if (phase)
        phase("users");
    DemoContext x(m_options.seed, m_options.asOf);
    Totals totals;
    createUsers(m_store, x, totals, m_options.passwordHash);
    x.b2b = *m_store.pipelines().defaultFor(CustomerKind::Legal);
    x.b2c = *m_store.pipelines().defaultFor(CustomerKind::Individual);
    DemoCustomerFactory people(x);
    DemoSalesFactory sales(x);

    // Continue numbering after existing customers so identifiers stay unique.
    const qint64 base = m_store.customers().count(CustomerQuery {});
    const qint64 total = m_options.customers;
    const qint64 chunk = std::max(1, m_options.batchSize);
    const qint64 every = std::max(1, m_options.progressEvery);
    if (phase)
        phase("customers");
    const auto loader = m_store.bulkLoader(BulkLoadPlan { total });
    for (qint64 done = 0; done < total;) {
        const qint64 chunkEnd = std::min(total, done + chunk);
        loader->beginChunk();
        while (done < chunkEnd) {
            const qint64 stepEnd = std::min(chunkEnd, done + every);
            for (; done < stepEnd; ++done)
                addCustomer(*loader, base + done + 1, people, sales, x, totals);
            if (done < chunkEnd && progress)
                progress(done, total);
        }
        loader->commitChunk();
        if (progress)
            progress(done, total);
    }
    loader->finish([&](const char *step) {
        if (phase)
            phase(step);
    });
    return totals;
}

} // namespace peyvand
