// The customer lists as the desktop app shows them: ours is the real
// CustomerListModel (count, key-paged pages of 200 in an LRU cache) asked for
// the visible rows the way QTableView asks; raw is the count and the visible
// rows by plain SQL (LIMIT/OFFSET on the same index).
#include "BenchHarness.h"
#include "BenchView.h"
#include "CustomerListModel.h"
#include "CustomerListSql.h"
#include "ListWait.h"
#include "Workspace.h"

using namespace peyvand;
using namespace peyvand::bench;

namespace {

// The desktop app from opening the file to the first list's rows: the
// connection (PRAGMAs, schema check), who acts, the workspace and the model.
struct OpenedApp
{
    std::unique_ptr<SqliteDataStore> store;
    std::unique_ptr<Workspace> workspace;
    std::shared_ptr<CustomerListModel> model;
};

// Whom the desktop app would work as, without signing in (a bench measures lists, not Argon2).
User firstUser(DataStore &store)
{
    const QList<User> users = store.users().all();
    for (UserRole role : { UserRole::SalesRep, UserRole::Manager, UserRole::Admin, UserRole::Support })
        for (const User &u : users)
            if (u.active && u.role == role)
                return u;
    return {};
}

QByteArray kindCode(CustomerKind kind)
{
    return kind == CustomerKind::Legal ? "legal" : "individual";
}

// Open the file and show the first rows of a list (what `peyvand --db FILE`
// does before the window is usable). Every run opens a new connection, so
// SQLite's cache is empty; the OS page cache is warm unless --cold.
Measure openFirstPage(Context &ctx, CustomerKind kind)
{
    auto app = std::make_shared<std::unique_ptr<OpenedApp>>();
    auto raw = std::make_shared<sqlite3 *>(nullptr);
    const QByteArray count = "SELECT count(*) FROM customers WHERE kind = '" + kindCode(kind) + "'";
    const QByteArray page = listSelect(kind) + " ORDER BY c.sort_name, c.id LIMIT " + QByteArray::number(kVisibleRows);
    const bool large = makeListModel(ctx, ctx.workspace(), kind)->isLarge();
    Measure m;
    m.beforeEach = [&ctx, app, raw] {
        app->reset(); // closing is not part of opening
        closeRaw(*raw);
        *raw = nullptr;
        if (ctx.cold)
            dropFromPageCache(ctx.dbPath);
    };
    m.ours = [&ctx, app, kind] {
        auto a = std::make_unique<OpenedApp>();
        a->store = std::make_unique<SqliteDataStore>(
            ctx.dbPath, ctx.writable ? SqliteDatabase::OpenMode::CreateAndMigrate : SqliteDatabase::OpenMode::ReadOnly);
        a->workspace = std::make_unique<Workspace>(*a->store, ctx.clock, firstUser(*a->store));
        a->model = makeListModel(ctx, *a->workspace, kind);
        // A large list paints its first rows before its count is known.
        waitForList(*a->model, ListReady::FirstRows);
        if (!a->model->isLarge())
            ctx.note(a->model->totalCount());
        const qint64 shown = showRows(ctx, *a->model, 0, kVisibleRows, CustomerListModel::CustomerIdRole);
        *app = std::move(a);
        return shown;
    };
    m.raw = [&ctx, raw, count, page, large] {
        *raw = ctx.openRaw();
        if (!large)
            ctx.note(rawScalar(*raw, count.constData()));
        return rawNotedRows(ctx, *raw, page.constData());
    };
    m.keepAlive = app;
    m.variant = ctx.cold ? ", file not in OS cache" : "";
    return m;
}

// A far jump (dragging the scrollbar): rows at a random position, or the last
// rows. The model's cached pages are dropped before each run, so the jump
// lands where nothing is loaded (its worst case).
Measure jump(Context &ctx, CustomerKind kind, bool toEnd)
{
    auto model = makeListModel(ctx, ctx.workspace(), kind);
    waitForList(*model, ListReady::Counted); // a jump needs the whole list's ids
    const qint64 count = model->totalCount();
    const qint64 last = std::max<qint64>(0, count - kVisibleRows);
    auto oursRng = std::make_shared<std::mt19937_64>(ctx.rng());
    auto rawRng = std::make_shared<std::mt19937_64>(*oursRng); // the same positions
    const auto position = [toEnd, last](std::mt19937_64 &rng) {
        return toEnd ? last : std::uniform_int_distribution<qint64>(0, last)(rng);
    };
    const QByteArray atOffset
        = listSelect(kind) + " ORDER BY c.sort_name, c.id LIMIT " + QByteArray::number(kVisibleRows) + " OFFSET ?";
    const QByteArray atEnd = "SELECT * FROM (" + listSelect(kind, ", c.sort_name AS k")
        + " ORDER BY c.sort_name DESC, c.id DESC LIMIT " + QByteArray::number(kVisibleRows) + ") ORDER BY k, id";
    Measure m;
    m.beforeEach
        = [model] { model->setPaging(CustomerListModel::DefaultPageSize, CustomerListModel::DefaultMaxPages); };
    m.ours = [&ctx, model, oursRng, position] {
        return showRows(ctx, *model, int(position(*oursRng)), kVisibleRows, CustomerListModel::CustomerIdRole);
    };
    m.raw = [&ctx, rawRng, position, toEnd, atOffset, atEnd] {
        const qint64 at = position(*rawRng);
        if (toEnd)
            return rawNotedRows(ctx, ctx.raw, atEnd.constData());
        return rawNotedRows(ctx, ctx.raw, atOffset.constData(),
                            [at](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, at); });
    };
    return m;
}

// Click another column's header: the model re-sorts in SQL (no recount) and
// the first rows are painted. Before each run the list goes back to the name order.
Measure sortBy(Context &ctx, CustomerKind kind, CustomerSort sort, bool descending, const char *orderBy)
{
    auto model = makeListModel(ctx, ctx.workspace(), kind);
    waitForList(*model, ListReady::Counted);
    int column = -1;
    for (int i = 0; i < model->columnCount(); ++i)
        if (model->sortOf(i) == sort)
            column = i;
    if (column < 0)
        throw std::runtime_error("the list has no such column");
    const QByteArray sql = listSelect(kind) + " ORDER BY " + orderBy + " LIMIT " + QByteArray::number(kVisibleRows);
    Measure m;
    m.beforeEach = [model] {
        model->sort(0, Qt::AscendingOrder);
        waitForList(*model, ListReady::Counted);
    };
    m.ours = [&ctx, model, column, descending] {
        model->sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        waitForList(*model, ListReady::FirstRows);
        return showRows(ctx, *model, 0, kVisibleRows, CustomerListModel::CustomerIdRole);
    };
    m.raw = [&ctx, sql] { return rawNotedRows(ctx, ctx.raw, sql.constData()); };
    return m;
}

} // namespace

PEYVAND_BENCH("list/open file, legal list first rows")
{
    return openFirstPage(ctx, CustomerKind::Legal);
}

PEYVAND_BENCH("list/open file, individual list first rows")
{
    return openFirstPage(ctx, CustomerKind::Individual);
}

PEYVAND_BENCH("list/individual jump to random place")
{
    return jump(ctx, CustomerKind::Individual, false);
}

PEYVAND_BENCH("list/individual jump to end")
{
    return jump(ctx, CustomerKind::Individual, true);
}

PEYVAND_BENCH("list/legal jump to random place")
{
    return jump(ctx, CustomerKind::Legal, false);
}

PEYVAND_BENCH("list/legal sort by city")
{
    return sortBy(ctx, CustomerKind::Legal, CustomerSort::City, false, "c.city, c.id");
}

PEYVAND_BENCH("list/individual sort by created, newest first")
{
    return sortBy(ctx, CustomerKind::Individual, CustomerSort::CreatedAt, true, "c.created_at DESC, c.id DESC");
}

PEYVAND_BENCH("list/individual sort by mobile")
{
    return sortBy(ctx, CustomerKind::Individual, CustomerSort::Phone, false, "ifnull(c.phone,''), c.id");
}
