// peyvand-live-latency URL [COUNT]: how long a committed change takes to reach
// another connection's change feed (docs/team-mode.md "Live updates"). Not a
// test: it prints figures. One process, one clock: a writer session moves a
// deal between two stages COUNT times (autocommit UPDATEs, as a desktop's
// save); after each, the event loop runs until the watcher's PgChangeListener
// emits the change. Latency = from sending the UPDATE (its commit included)
// to the signal in the main thread. The database must be a scratch one: the
// tool sets up the schema (CreateAndMigrate) and adds a user, customer and deal.
#include "ChangeFeed.h"
#include "PgConnection.h"
#include "PgDataStore.h"
#include "PgResult.h"
#include "PgStatement.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace peyvand;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: peyvand-live-latency postgresql://… [COUNT]\n");
        return 2;
    }
    const QString url = QString::fromLocal8Bit(argv[1]);
    const int count = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;
    try {
        PgDataStore watcher(url);
        PgConnection writer(url);
        const auto one = [&](const QString &sql) { return writer.prepare(sql).exec().int64(0, 0); };
        const qint64 user = one(QStringLiteral("INSERT INTO users(username, full_name, role, created_at) VALUES "
                                               "('latency' || (SELECT count(*) FROM users), 'x', 'manager', 0) "
                                               "RETURNING id"));
        const qint64 customer = one(QStringLiteral("INSERT INTO customers(kind, lifecycle, source, name, sort_name, "
                                                   "company_name, owner_id, created_at, updated_at) VALUES ('legal', "
                                                   "'lead', 'other', 'latency', 'latency', 'latency', %1, 0, 0) "
                                                   "RETURNING id")
                                        .arg(user));
        const qint64 pipeline
            = one(QStringLiteral("SELECT id FROM pipelines WHERE kind = 'legal' ORDER BY id LIMIT 1"));
        const PgResult stages = writer
                                    .prepare(QStringLiteral("SELECT id FROM stages WHERE pipeline_id = $1 AND "
                                                            "outcome = 'open' ORDER BY position LIMIT 2"))
                                    .bind(1, pipeline)
                                    .exec();
        const qint64 stage[2] = { stages.int64(0, 0), stages.int64(1, 0) };
        const qint64 deal = one(QStringLiteral("INSERT INTO deals(customer_id, pipeline_id, stage_id, title, amount, "
                                               "owner_id, status, created_at) VALUES (%1, %2, %3, 'latency', 0, %4, "
                                               "'open', 0) RETURNING id")
                                    .arg(customer)
                                    .arg(pipeline)
                                    .arg(stage[0])
                                    .arg(user));

        std::unique_ptr<ChangeFeed> feed = watcher.changeFeed();
        bool arrived = false;
        QObject::connect(feed.get(), &ChangeFeed::changed, [&](const QString &entity, qint64 id, qint64) {
            if (entity == QLatin1String("deals") && id == deal)
                arrived = true;
        });
        const auto spin = [](const std::function<bool()> &done, int ms) {
            QDeadlineTimer deadline(ms);
            while (!done() && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
            return done();
        };
        if (!spin([&] { return feed->isListening(); }, 15000)) {
            std::fprintf(stderr, "the listener did not connect\n");
            return 1;
        }
        std::vector<double> ms;
        int lost = 0;
        QElapsedTimer clock;
        for (int i = 0; i < count; ++i) {
            arrived = false;
            clock.start();
            writer.exec(QStringLiteral("UPDATE deals SET stage_id = %1, version = version + 1 WHERE id = %2")
                            .arg(stage[(i + 1) % 2])
                            .arg(deal));
            if (!spin([&] { return arrived; }, 5000)) {
                ++lost;
                continue;
            }
            ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        feed.reset();
        std::sort(ms.begin(), ms.end());
        const auto at = [&](double q) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, size_t(q * ms.size()))]; };
        std::printf("notices: %d sent, %zu arrived, %d not within 5 s\n", count, ms.size(), lost);
        std::printf("commit -> feed signal, ms: min %.2f  median %.2f  p90 %.2f  p99 %.2f  max %.2f\n",
                    ms.empty() ? 0.0 : ms.front(), at(0.5), at(0.9), at(0.99), ms.empty() ? 0.0 : ms.back());
        return lost == 0 ? 0 : 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "peyvand-live-latency: %s\n", e.what());
        return 1;
    }
}
