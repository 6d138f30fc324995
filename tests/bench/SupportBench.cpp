// The support desk: the lookup box by each kind of key, and the orders list's
// first page and count. Ours = SupportLookup / OrderRepository (what the
// screens call); raw = plain SQL giving the same rows.
#include "BenchHarness.h"
#include "PersianText.h"
#include "SearchGrams.h"
#include "SupportLookup.h"

using namespace peyvand;
using namespace peyvand::bench;

namespace {

// Rows a lookup shows: one per customer, one per order, one per open request
// (customer and order ids noted for the answer check).
qint64 shown(Context &ctx, const LookupResult &r)
{
    qint64 n = 0;
    for (const LookupMatch &m : r.matches) {
        ctx.note(m.customer.id);
        for (const LookupOrder &o : m.orders)
            ctx.note(o.id);
        n += 1 + m.orders.size() + m.openRequests.size();
    }
    return n;
}

// The same rows with plain SQL for customer ids already found.
qint64 rawShown(Context &ctx, sqlite3 *db, const QList<qint64> &ids)
{
    qint64 n = 0;
    for (qint64 id : ids) {
        auto bindId = [id](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, id); };
        n += rawNotedRows(ctx, db, "SELECT id, kind, name, phone, national_id, city FROM customers WHERE id = ?",
                          bindId);
        n += rawNotedRows(ctx, db,
                          "SELECT id, number, status, updated_at, tracking_code, total, created_at FROM orders "
                          "WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT 50",
                          bindId);
        n += rawRows(db,
                     "SELECT id, subject, priority, status, created_at FROM service_requests "
                     "WHERE customer_id = ? AND status <> 'resolved' ORDER BY priority DESC, created_at",
                     bindId);
    }
    return n;
}

} // namespace

PEYVAND_BENCH("support/lookup by order number")
{
    const QString number = rawText(ctx.raw, "SELECT number FROM orders ORDER BY id DESC LIMIT 1 OFFSET 1000");
    return Measure {
        [&ctx, number] { return shown(ctx, SupportLookup(*ctx.store).find(number)); },
        [&ctx, number] {
            return rawShown(ctx, ctx.raw,
                            rawIds(ctx.raw, "SELECT customer_id FROM orders WHERE number = ?",
                                   [&](sqlite3_stmt *s) { bindText(s, 1, number); }));
        },
    };
}

PEYVAND_BENCH("support/lookup by mobile (+98 form)")
{
    const QString phone = rawText(ctx.raw,
                                  "SELECT number FROM customer_phones WHERE number LIKE '09%' "
                                  "ORDER BY customer_id DESC LIMIT 1 OFFSET 500");
    const QString typed = QStringLiteral("+98 ") + phone.mid(1, 3) + u' ' + phone.mid(4, 3) + u' ' + phone.mid(7);
    return Measure {
        [&ctx, typed] { return shown(ctx, SupportLookup(*ctx.store).find(typed)); },
        [&ctx, phone] {
            return rawShown(ctx, ctx.raw,
                            rawIds(ctx.raw,
                                   "SELECT customer_id FROM customer_phones WHERE number = ?1 UNION "
                                   "SELECT customer_id FROM contacts WHERE mobile = ?1 UNION "
                                   "SELECT customer_id FROM contacts WHERE phone = ?1",
                                   [&](sqlite3_stmt *s) { bindText(s, 1, phone); }));
        },
    };
}

PEYVAND_BENCH("support/lookup by national code")
{
    const QString code = rawText(ctx.raw,
                                 "SELECT national_id FROM customers WHERE kind = 'individual' AND "
                                 "national_id IS NOT NULL ORDER BY id DESC LIMIT 1 OFFSET 700");
    const QString typed = PersianText::toPersianDigits(code);
    return Measure {
        [&ctx, typed] { return shown(ctx, SupportLookup(*ctx.store).find(typed)); },
        [&ctx, code] {
            return rawShown(ctx, ctx.raw,
                            rawIds(ctx.raw, "SELECT id FROM customers WHERE national_id = ?",
                                   [&](sqlite3_stmt *s) { bindText(s, 1, code); }));
        },
    };
}

PEYVAND_BENCH("support/lookup by name fragment")
{
    const QString fragment = QStringLiteral("کریم");
    return Measure {
        [&ctx, fragment] { return shown(ctx, SupportLookup(*ctx.store).find(fragment)); },
        [&ctx, fragment] {
            const QStringList terms = PersianText::searchTerms(fragment);
            // The first 20 matches by id, shown in name order (as SupportLookup does).
            const QByteArray sql = QByteArray("SELECT id FROM (SELECT id, sort_name FROM customers WHERE id IN "
                                              "(SELECT rowid FROM customer_search WHERE customer_search MATCH ?)")
                + (SearchGrams::termsNeedingCheck(terms).isEmpty() ? "" : " AND instr(search_text, ?) > 0")
                + " ORDER BY id LIMIT 20) ORDER BY sort_name, id";
            return rawShown(ctx, ctx.raw, rawIds(ctx.raw, sql.constData(), [&](sqlite3_stmt *s) {
                                bindText(s, 1, SearchGrams::matchExpression(terms));
                                if (!SearchGrams::termsNeedingCheck(terms).isEmpty())
                                    bindText(s, 2, SearchGrams::termsNeedingCheck(terms).front());
                            }));
        },
    };
}

PEYVAND_BENCH("support/orders first page")
{
    return Measure {
        [&ctx] { return qint64(ctx.store->orders().list(OrderQuery {}).size()); },
        [&ctx] {
            return rawRows(ctx.raw,
                           "SELECT o.id, o.number, o.customer_id, c.name, c.kind, o.status, o.total, "
                           "o.tracking_code, o.created_at, o.updated_at FROM orders o JOIN customers c "
                           "ON c.id = o.customer_id ORDER BY o.created_at DESC, o.id DESC LIMIT 200");
        },
    };
}

PEYVAND_BENCH("support/orders first page shipped")
{
    return Measure {
        [&ctx] {
            OrderQuery q;
            q.status = OrderStatus::Shipped;
            return qint64(ctx.store->orders().list(q).size());
        },
        [&ctx] {
            return rawRows(ctx.raw,
                           "SELECT o.id, o.number, o.customer_id, c.name, c.kind, o.status, o.total, "
                           "o.tracking_code, o.created_at, o.updated_at FROM orders o JOIN customers c "
                           "ON c.id = o.customer_id WHERE o.status = 'shipped' "
                           "ORDER BY o.created_at DESC, o.id DESC LIMIT 200");
        },
    };
}

PEYVAND_BENCH("support/orders count shipped")
{
    return Measure {
        [&ctx] {
            OrderQuery q;
            q.status = OrderStatus::Shipped;
            return ctx.store->orders().count(q);
        },
        [&ctx] { return rawScalar(ctx.raw, "SELECT count(*) FROM orders WHERE status = 'shipped'"); },
    };
}

PEYVAND_BENCH("support/orders count all")
{
    return Measure {
        [&ctx] { return ctx.store->orders().count(OrderQuery {}); },
        [&ctx] { return rawScalar(ctx.raw, "SELECT count(*) FROM orders"); },
    };
}
