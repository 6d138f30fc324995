// Logging an activity (a rep saves a call) while another process reads the
// same file: ours is ActivityService::log (checks the customer and owner,
// BEGIN IMMEDIATE, the insert, the activity_daily trigger, COMMIT); raw is
// BEGIN IMMEDIATE, the same INSERT (same triggers), COMMIT. p50 and p99 over
// 1,000 writes per side. The file must be one the bench may change: a copy
// (--writable), never the shared read-only database.
#include "Activity.h"
#include "BenchHarness.h"
#include "ReaderProcess.h"
#include "Workspace.h"

using namespace peyvand;
using namespace peyvand::bench;

namespace {

// Both cases: 64 real customers spread over the file, a reader process
// beside, ours through ActivityService::log; raw is the activity's INSERT in
// BEGIN IMMEDIATE … COMMIT, with its audit_log row when `withAudit`.
Measure activityWrites(Context &ctx, bool withAudit)
{
    QList<qint64> customers;
    const qint64 maxId = rawScalar(ctx.raw, "SELECT max(id) FROM customers");
    for (int i = 0; i < 64; ++i) {
        const qint64 from = 1 + maxId * i / 64;
        customers << rawScalar(ctx.raw, "SELECT id FROM customers WHERE id >= ? ORDER BY id LIMIT 1",
                               [from](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, from); });
    }
    const qint64 owner = ctx.user.id;
    auto oursTurn = std::make_shared<qsizetype>(0);
    auto rawTurn = std::make_shared<qsizetype>(0);
    const QString outcome = QStringLiteral("پیش‌فاکتور خواست");
    const QString notes = QStringLiteral("تماس پیگیری؛ قرار جلسه برای هفتهٔ بعد");

    Measure m;
    m.budget = Budget::Write;
    m.repeat = 1000;
    m.writes = true;
    if (ctx.writable)
        m.keepAlive = std::make_shared<ReaderProcess>(ctx.dbPath);
    m.ours = [&ctx, customers, owner, oursTurn, outcome, notes] {
        Activity a;
        a.type = ActivityType::Call;
        a.customerId = customers[(*oursTurn)++ % customers.size()];
        a.direction = Direction::Outbound;
        a.durationSeconds = 95;
        a.outcome = outcome;
        a.notes = notes;
        a.ownerId = owner;
        ctx.workspace().activities().log(a);
        return qint64(1);
    };
    m.raw = [&ctx, customers, owner, rawTurn, outcome, notes, withAudit] {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 customer = customers[(*rawTurn)++ % customers.size()];
        rawExec(ctx.raw, "BEGIN IMMEDIATE");
        sqlite3_stmt *s = rawStatement(ctx.raw,
                                       "INSERT INTO activities(customer_id, type, direction, at, duration, outcome, "
                                       "notes, owner_id, created_at) VALUES (?, 'call', 'out', ?, 95, ?, ?, ?, ?)");
        sqlite3_bind_int64(s, 1, customer);
        sqlite3_bind_int64(s, 2, now);
        bindText(s, 3, outcome);
        bindText(s, 4, notes);
        if (owner)
            sqlite3_bind_int64(s, 5, owner);
        sqlite3_bind_int64(s, 6, now);
        if (sqlite3_step(s) != SQLITE_DONE)
            throw std::runtime_error(sqlite3_errmsg(ctx.raw));
        sqlite3_reset(s);
        if (withAudit) {
            const qint64 id = sqlite3_last_insert_rowid(ctx.raw);
            // The JSON the service writes, built here by hand (same fields and size).
            const QString json
                = QStringLiteral("{\"id\":%1,\"customer_id\":%2,\"deal_id\":null,\"contact_id\":null,"
                                 "\"type\":\"call\",\"direction\":\"out\",\"at\":\"%3\",\"duration\":95,"
                                 "\"outcome\":\"%4\",\"notes\":\"%5\",\"owner_id\":%6,\"follow_up_at\":null,"
                                 "\"follow_up_done\":false,\"created_at\":\"%3\",\"version\":1}")
                      .arg(id)
                      .arg(customer)
                      .arg(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate), outcome, notes)
                      .arg(owner);
            sqlite3_stmt *a = rawStatement(ctx.raw,
                                           "INSERT INTO audit_log(at, user_id, action, entity, entity_id, "
                                           "old_values, new_values) VALUES (?, ?, 'create', 'activity', ?, NULL, ?)");
            sqlite3_bind_int64(a, 1, now);
            if (owner)
                sqlite3_bind_int64(a, 2, owner);
            sqlite3_bind_int64(a, 3, id);
            bindText(a, 4, json);
            if (sqlite3_step(a) != SQLITE_DONE)
                throw std::runtime_error(sqlite3_errmsg(ctx.raw));
            sqlite3_reset(a);
        }
        rawExec(ctx.raw, "COMMIT");
        return qint64(1);
    };
    return m;
}

} // namespace

PEYVAND_BENCH("write/log an activity, another process reading")
{
    return activityWrites(ctx, false);
}

// The same call, with raw SQL doing what the service does since the audit
// trail (issue 7): the activity's INSERT and, in the same transaction, its
// audit_log row (who, when, the new record as JSON; three indexes). The case
// above compares with the bare INSERT and so shows the audit trail's cost;
// this one shows what our layers add over the same two statements.
PEYVAND_BENCH("write/log an activity and its audit entry, another process reading")
{
    return activityWrites(ctx, true);
}
