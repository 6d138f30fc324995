#pragma once
// Deterministic, realistic Persian demo data: users of every role, customers
// of both kinds (about one legal entity in five) with contacts, deals in both
// pipelines and every stage with stage histories over the last two Jalali
// years, about 10 activities, 0.5 deals and 2 orders per customer, orders in
// every status, a few service requests. Written through the store's
// BulkLoader, in chunks of whole customers (one transaction each).
// Every report has something to show: won and lost deals with lost reasons
// over the last two years, some deals that went back a stage, open deals
// expected over the next six months and about one in eight overdue, a third
// of the activities in the last eight weeks with a few open overdue
// follow-ups, and old orders mostly delivered with a few stuck in a status.
// The same seed and the same "as of" day give the same data.
#include "DataStore.h"

#include <functional>

namespace peyvand {

class DemoDataGenerator
{
public:
    struct Options
    {
        qint64 customers = 1000;
        quint64 seed = 1405;
        QDate asOf; // "today" for the generated history; default: today
        int batchSize = 50000; // customers per transaction (chunk)
        int progressEvery = 1000; // customers between progress calls
        // PasswordHash of kDemoPassword, hashed once by the caller: given to the
        // demo users created now and to those without a password. Empty: none.
        QString passwordHash;
    };
    // The demo users' password when the caller asks for one (docs/cli.md, "Demo users").
    static constexpr const char *kDemoPassword = "peyvand-demo";
    struct Totals
    {
        qint64 users = 0, customers = 0, contacts = 0, deals = 0, activities = 0, orders = 0, requests = 0;
    };
    // Customers generated so far (those of the open chunk are committed with
    // it); throwing from it stops the load, keeping the chunks committed before.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Called as each phase starts: "users", "customers", then the loader's
    // finishing steps ("indexes", "search index", "checkpoint").
    using Phase = std::function<void(const char *phase)>;

    DemoDataGenerator(DataStore &store, Options options);
    Totals run(const Progress &progress = {}, const Phase &phase = {});

private:
    DataStore &m_store;
    Options m_options;
};

} // namespace peyvand
