// Search as you type in a customer list: what the list does once the 150 ms
// debounce fires — CustomerListModel::setText until the first rows are shown
// (a small database counts the matches first; a large one shows the first
// rows and counts on its worker thread: the "every match counted" cases time
// that). Raw is given the query already in
// its stored form (the normalised grams and checks that PersianText and
// SearchGrams make of it) and runs the count and the visible rows on the same
// search index.
#include "BenchHarness.h"
#include "BenchView.h"
#include "CustomerListModel.h"
#include "CustomerListSql.h"
#include "ListWait.h"
#include "PersianText.h"
#include "SearchGrams.h"
#include "Workspace.h"

using namespace peyvand;
using namespace peyvand::bench;

namespace {

// `counted`: the time until every match is known (the count and the
// scrollbar; on a large database the worker thread reads them while the first
// rows are already on screen), else until the first rows are shown.
Measure search(Context &ctx, CustomerKind kind, const QString &typed, bool counted = false)
{
    auto model = makeListModel(ctx, ctx.workspace(), kind);
    waitForList(*model, ListReady::Counted);
    const bool large = model->isLarge();
    const QStringList terms = PersianText::searchTerms(typed);
    const QString match = SearchGrams::matchExpression(terms);
    const QStringList checks = SearchGrams::termsNeedingCheck(terms);
    if (match.isEmpty())
        throw std::runtime_error("the query makes no search terms");
    QByteArray where = " AND c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?1)";
    for (qsizetype i = 0; i < checks.size(); ++i)
        where += " AND instr(c.search_text, ?" + QByteArray::number(i + 2) + ") > 0";
    const QByteArray kindCode = kind == CustomerKind::Legal ? "legal" : "individual";
    const QByteArray count = "SELECT count(*) FROM customers c WHERE c.kind = '" + kindCode + "'" + where;
    const QByteArray ids
        = "SELECT c.id FROM customers c WHERE c.kind = '" + kindCode + "'" + where + " ORDER BY c.sort_name, c.id";
    const QByteArray page
        = listSelect(kind) + where + " ORDER BY c.sort_name, c.id LIMIT " + QByteArray::number(kVisibleRows);
    const Binder bind = [match, checks](sqlite3_stmt *s) {
        bindText(s, 1, match);
        for (qsizetype i = 0; i < checks.size(); ++i)
            bindText(s, int(i + 2), checks[i]);
    };
    Measure m;
    // The box emptied between runs (the whole list again, untimed).
    m.beforeEach = [model] {
        model->setText(QString());
        waitForList(*model, ListReady::Counted);
    };
    if (counted) {
        m.ours = [&ctx, model, typed] {
            model->setText(typed);
            waitForList(*model, ListReady::Counted);
            ctx.note(model->totalCount());
            return model->totalCount();
        };
        m.raw = [&ctx, ids, bind] {
            const qint64 n = rawRows(ctx.raw, ids.constData(), bind);
            ctx.note(n);
            return n;
        };
        m.budget = Budget::Background;
        m.repeat = 5;
        return m;
    }
    m.ours = [&ctx, model, typed, large] {
        model->setText(typed);
        waitForList(*model, ListReady::FirstRows);
        if (!large) // a small list counts on the spot, before showing
            ctx.note(model->totalCount());
        return showRows(ctx, *model, 0, kVisibleRows, CustomerListModel::CustomerIdRole);
    };
    m.raw = [&ctx, count, page, bind, large] {
        if (!large)
            ctx.note(rawScalar(ctx.raw, count.constData(), bind));
        return rawNotedRows(ctx, ctx.raw, page.constData(), bind);
    };
    return m;
}

// A value of an individual about a third into the file (a real customer's).
QString individualValue(Context &ctx, const char *column)
{
    const qint64 from = rawScalar(ctx.raw, "SELECT max(id) / 3 FROM customers");
    const QByteArray sql = QByteArray("SELECT ") + column + " FROM customers WHERE id >= ? AND kind = 'individual' AND "
        + column + " IS NOT NULL ORDER BY id LIMIT 1";
    const QString value
        = rawText(ctx.raw, sql.constData(), [from](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, from); });
    if (value.isEmpty())
        throw std::runtime_error("no individual with that value");
    return value;
}

} // namespace

// Typing a surname letter by letter: س، سل، سلی … سلیمان (سلیمانی is a common surname).
PEYVAND_BENCH("search/individual 1 letter")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("س"));
}

PEYVAND_BENCH("search/individual 1 letter, every match counted")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("س"), true);
}

PEYVAND_BENCH("search/individual 3 letters, every match counted")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("سلی"), true);
}

PEYVAND_BENCH("search/individual 2 letters")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("سل"));
}

PEYVAND_BENCH("search/individual 3 letters")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("سلی"));
}

PEYVAND_BENCH("search/individual 6 letters")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("سلیمان"));
}

// The same typed on an Arabic keyboard layout: ي (U+064A) and ك (U+0643)
// must find what ی and ک find.
PEYVAND_BENCH("search/individual 1 letter, Arabic kaf")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("\u0643"));
}

PEYVAND_BENCH("search/individual 3 letters, Arabic kaf and yeh")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("\u0643\u0631\u064A"));
}

PEYVAND_BENCH("search/individual 6 letters, Arabic yeh")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("\u0633\u0644\u064A\u0645\u0627\u0646"));
}

PEYVAND_BENCH("search/individual first and last name, Arabic forms")
{
    return search(ctx, CustomerKind::Individual, QStringLiteral("\u0639\u0644\u064A \u0643\u0631\u064A\u0645\u064A"));
}

// Seven digits from the middle of a real mobile, typed in Persian digits with a space.
PEYVAND_BENCH("search/individual mobile fragment")
{
    const QString mobile = individualValue(ctx, "phone");
    const QString fragment = mobile.mid(4, 3) + u' ' + mobile.mid(7, 4);
    return search(ctx, CustomerKind::Individual, PersianText::toPersianDigits(fragment));
}

PEYVAND_BENCH("search/individual national code")
{
    return search(ctx, CustomerKind::Individual, PersianText::toPersianDigits(individualValue(ctx, "national_id")));
}

PEYVAND_BENCH("search/legal 3 letters")
{
    return search(ctx, CustomerKind::Legal, QStringLiteral("فول"));
}

PEYVAND_BENCH("search/legal 6 letters")
{
    return search(ctx, CustomerKind::Legal, QStringLiteral("پیشگام"));
}
