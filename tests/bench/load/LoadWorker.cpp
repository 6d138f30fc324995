#include "LoadWorker.h"

#include "ActivityService.h"
#include "ConcurrentChangeError.h"
#include "CustomerService.h"
#include "DealService.h"
#include "LoadPlan.h"
#include "LoadRecord.h"
#include "OrderService.h"
#include "OrderStatusFlow.h"
#include "PgDataStore.h"
#include "PgError.h"

#include <QRandomGenerator>
#include <chrono>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <thread>

namespace peyvand::load {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void sleepUntilNs(qint64 ns)
{
    const qint64 wait = ns - nowNs();
    if (wait > 0)
        std::this_thread::sleep_for(std::chrono::nanoseconds(wait));
}

class Worker
{
public:
    Worker(const LoadOptions &o, const LoadPlan &plan, PgDataStore &store)
        : m_o(o)
        , m_me(plan.workers.at(o.worker))
        , m_plan(plan)
        , m_store(store)
        , m_random(quint32(20261124 + 7919 * o.worker))
        , m_customers(store, m_clock)
        , m_activities(store, m_clock)
        , m_deals(store, m_clock)
        , m_orders(store, m_clock)
    {
        m_record.worker = o.worker;
        m_record.username = m_me.username;
        m_record.role = m_me.role;
    }

    LoadRecord &record() { return m_record; }

    void signIn()
    {
        const auto user = m_store.users().byUsername(m_me.username);
        if (!user)
            throw std::runtime_error("no user " + m_me.username.toStdString());
        m_user = *user;
        m_store.setActor(m_user);
    }

    void loop()
    {
        sleepUntilNs(m_o.startNs);
        while (nowNs() < m_o.endNs) {
            runOne(pickOp());
            think();
        }
    }

    void finish()
    {
        const PgDataStore::Counters &c = m_store.counters();
        m_record.counters[QStringLiteral("retried_after_lost_session")] = c.retriedAfterLostSession;
        m_record.counters[QStringLiteral("retried_after_conflict")] = c.retriedAfterConflict;
        m_record.counters[QStringLiteral("outcome_unknown_commits")] = c.outcomeUnknown;
        m_record.counters[QStringLiteral("reconnects")] = m_store.connection().reconnectCount();
    }

private:
    Op pickOp()
    {
        const int r = m_random.bounded(100);
        if (m_me.role == QLatin1String("rep"))
            return r < 40 ? Op::Search : r < 70 ? Op::Log : Op::Move;
        if (m_me.role == QLatin1String("manager"))
            return r < 20 ? Op::Search : r < 60 ? Op::Move : Op::Status;
        return r < 30 ? Op::Search : Op::Status;
    }

    void think()
    {
        const int ms = m_o.thinkMaxMs > m_o.thinkMinMs ? int(m_random.bounded(m_o.thinkMinMs, m_o.thinkMaxMs + 1))
                                                       : m_o.thinkMinMs;
        if (ms > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    }

    // Runs one operation: the reads a screen does first, the think time, then
    // the timed call. Failures are classified; the unexpected ones recorded.
    void runOne(Op op)
    {
        Sample s;
        s.op = op;
        std::optional<Write> pending; // the write being attempted, for an unknown outcome
        try {
            switch (op) {
            case Op::Search:
                search(s);
                break;
            case Op::Log:
                log(s, pending);
                break;
            case Op::Move:
                move(s, pending);
                break;
            case Op::Status:
                status(s, pending);
                break;
            }
            if (s.startNs == 0) // nothing to do (no order left to move): not a sample
                return;
            s.outcome = Outcome::Ok;
        } catch (const ConcurrentChangeError &) {
            s.outcome = Outcome::Conflict;
        } catch (const PgError &e) {
            if (e.sqlState() == "08007") {
                s.outcome = Outcome::Unknown;
                if (pending)
                    m_record.unknown.append(*pending);
            } else if (e.isConnectionLost()) {
                s.outcome = Outcome::Unavailable;
            } else {
                s.outcome = Outcome::Error;
                error(op, e.what());
            }
        } catch (const ValidationError &e) {
            if (e.code() == QLatin1String("unreachable")) {
                s.outcome = Outcome::Unavailable;
            } else {
                s.outcome = Outcome::Error;
                error(op, e.what());
            }
        } catch (const std::exception &e) {
            s.outcome = Outcome::Error;
            error(op, e.what());
        }
        const qint64 end = nowNs();
        if (s.startNs == 0)
            s.startNs = end; // failed in the reads before the timed call
        s.durationNs = end - s.startNs;
        m_record.samples.append(s);
        if (s.outcome == Outcome::Unavailable) // a person would wait a moment and try again
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }

    void error(Op op, const char *what)
    {
        if (m_record.errors.size() < 50)
            m_record.errors.append(QStringLiteral("%1: %2").arg(QLatin1String(opName(op)), QString::fromUtf8(what)));
    }

    template<typename T> T one(const QList<T> &list) { return list.at(m_random.bounded(int(list.size()))); }

    void search(Sample &s)
    {
        CustomerQuery q;
        q.text = one(m_plan.searchTerms);
        q.limit = 50;
        s.startNs = nowNs();
        m_customers.search(q);
    }

    void log(Sample &s, std::optional<Write> &pending)
    {
        Activity a;
        a.type = ActivityType::Call;
        a.direction = Direction::Outbound;
        a.customerId = one(m_me.customers);
        a.durationSeconds = 60 + m_random.bounded(600);
        const QString token = QStringLiteral("load w%1-%2").arg(m_o.worker).arg(++m_sequence);
        a.notes = token;
        pending = Write { Op::Log, 0, 0, token, a.customerId, m_user.id };
        s.startNs = nowNs();
        const qint64 id = m_activities.log(a);
        m_record.acknowledged.append(Write { Op::Log, id, 1, token, a.customerId, m_user.id });
    }

    qint64 otherOpenStage(const Deal &deal)
    {
        auto found = m_openStages.constFind(deal.pipelineId);
        if (found == m_openStages.constEnd()) {
            QList<qint64> open;
            if (const auto p = m_store.pipelines().get(deal.pipelineId))
                for (const Stage &st : p->stages)
                    if (st.outcome == StageOutcome::Open)
                        open.append(st.id);
            found = m_openStages.insert(deal.pipelineId, open);
        }
        QList<qint64> choices = found.value();
        choices.removeAll(deal.stageId);
        return one(choices);
    }

    void move(Sample &s, std::optional<Write> &pending)
    {
        const qint64 dealId = m_me.role == QLatin1String("rep") ? one(m_me.deals) : one(m_plan.managerDeals);
        const Deal deal = m_deals.get(dealId); // the card on the board
        const qint64 stage = otherOpenStage(deal);
        think(); // dragging it
        pending = Write { Op::Move, dealId, deal.version, QString::number(stage), 0, m_user.id };
        s.startNs = nowNs();
        const qint64 version = m_deals.moveToStage(dealId, stage, m_user.id, std::nullopt, deal.version);
        m_record.acknowledged.append(Write { Op::Move, dealId, version, QString::number(stage), 0, m_user.id });
    }

    void status(Sample &s, std::optional<Write> &pending)
    {
        for (int attempt = 0; attempt < 10; ++attempt) {
            const qint64 orderId = one(m_plan.orders);
            const Order order = m_orders.get(orderId); // the order on the support desk's screen
            QList<OrderStatus> next = OrderStatusFlow::nextStatuses(order.status);
            if (next.isEmpty())
                continue; // final (delivered and returned, or cancelled): look at another
            // Mostly forward; cancelling sometimes.
            if (next.size() > 1 && next.contains(OrderStatus::Cancelled) && m_random.bounded(10) != 0)
                next.removeAll(OrderStatus::Cancelled);
            const OrderStatus to = one(next);
            think();
            pending = Write { Op::Status, orderId, order.version, toCode(to), 0, m_user.id };
            s.startNs = nowNs();
            const qint64 version = m_orders.changeStatus(orderId, to, m_user.id, QString(), order.version);
            m_record.acknowledged.append(Write { Op::Status, orderId, version, toCode(to), 0, m_user.id });
            return;
        }
    }

    const LoadOptions &m_o;
    const WorkerPlan &m_me;
    const LoadPlan &m_plan;
    PgDataStore &m_store;
    QRandomGenerator m_random;
    SystemClock m_clock;
    CustomerService m_customers;
    ActivityService m_activities;
    DealService m_deals;
    OrderService m_orders;
    User m_user;
    LoadRecord m_record;
    QHash<qint64, QList<qint64>> m_openStages;
    int m_sequence = 0;
};

} // namespace

int LoadWorker::run(const LoadOptions &o)
{
    spdlog::set_level(spdlog::level::err); // retries are counted, not logged
    LoadPlan plan;
    if (!LoadPlan::read(o.planFile, &plan) || o.worker >= plan.workers.size()) {
        std::fprintf(stderr, "peyvand-load worker %d: cannot read the plan %s\n", o.worker, qPrintable(o.planFile));
        return 2;
    }
    const QString url = QString::fromUtf8(qgetenv("PEYVAND_LOAD_URL"));
    try {
        PgDataStore store(url, StoreOpenMode::MigrateExisting);
        Worker worker(o, plan, store);
        worker.signIn();
        worker.loop();
        worker.finish();
        if (!worker.record().write(o.outFile)) {
            std::fprintf(stderr, "peyvand-load worker %d: cannot write %s\n", o.worker, qPrintable(o.outFile));
            return 2;
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "peyvand-load worker %d: %s\n", o.worker, e.what());
        return 2;
    }
    return 0;
}

} // namespace peyvand::load
