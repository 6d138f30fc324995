#include "SqliteCustomerRepository.h"

#include "CustomerSearchText.h"
#include "PersianText.h"
#include "RecordVersion.h"
#include "RowColumns.h"
#include "SearchGrams.h"
#include "SqliteDatabase.h"

#include <algorithm>

namespace peyvand {

namespace {

const char *const kColumns
    = "id, kind, owner_id, lifecycle, source, do_not_call, do_not_sms, national_id, tags, "
      "company_name, economic_code, registration_no, registration_date, industry, employees, website, parent_id, "
      "first_name, last_name, email, birth_date, preferences, loyalty_card, household_id, household_role, "
      "household_decides, created_at, updated_at, version";

// The ORDER BY expression of each sort. The NULL-able columns are sorted as
// '' so that the (value, id) cursor comparison works; each expression is
// exactly the one in its index (see Migrations, version 4).
QString sortColumn(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name:
        return QStringLiteral("c.sort_name");
    case CustomerSort::CreatedAt:
        return QStringLiteral("c.created_at");
    case CustomerSort::City:
        return QStringLiteral("c.city");
    case CustomerSort::NationalId:
        return QStringLiteral("ifnull(c.national_id,'')");
    case CustomerSort::Phone:
        return QStringLiteral("ifnull(c.phone,'')");
    case CustomerSort::Industry:
        return QStringLiteral("ifnull(c.industry,'')");
    case CustomerSort::Email:
        return QStringLiteral("ifnull(c.email,'')");
    case CustomerSort::Lifecycle:
        return QStringLiteral("(CASE c.lifecycle WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1 WHEN 'customer' THEN 2 "
                              "ELSE 3 END)");
    case CustomerSort::Owner:
        return QStringLiteral("ifnull(c.owner_id,0)");
    case CustomerSort::Id:
        break;
    }
    return QStringLiteral("c.id");
}

bool sortsByNumber(CustomerSort sort)
{
    return sort == CustomerSort::CreatedAt || sort == CustomerSort::Id || sort == CustomerSort::Lifecycle
        || sort == CustomerSort::Owner;
}

// A text search matching at most this many rows reads them all and sorts
// them; more are found by walking the sort's index (see Filter::TextPlan).
constexpr qint64 kFewMatches = 5000;
// Past this many matches a search of one- and two-letter terms is cheaper
// checked row by row (instr() on the search text, the walk stops after a page
// of dense matches) than by first listing every match of the index.
constexpr qint64 kDenseMatches = 50000;

// Builds the WHERE clause of a customer list and remembers its parameters.
struct Filter
{
    QString where;
    QVariantList params;

    // How a text search is joined to the list of one kind (a unary + keeps
    // SQLite from using a term to drive the query):
    // - FromMatches: the search index's matches are read by id and sorted
    //   (`+c.kind`): cheap when they are few;
    // - AlongSortIndex: the kind's sort index is walked in order and each row
    //   checked (`+c.id IN`, or for one- and two-letter terms with more than
    //   kDenseMatches matches `instr()` on the row's search text, which is what
    //   their prefix query means) until the page is full: cheap when matches
    //   are many, and no list of hundreds of thousands of ids is built;
    // - Planner: SQLite's choice (no count known).
    // A count, which no order helps, reads the matches when the text has a
    // term of three letters or more (grams select few rows), else walks the
    // kind's index: without the +, SQLite walks every row of the kind whatever
    // the text.
    enum class TextPlan { Planner, FromMatches, AlongSortIndex };

    explicit Filter(const CustomerQuery &q, bool withCursor, bool forCount = false)
    {
        QStringList parts;
        const QStringList terms = PersianText::searchTerms(q.text);
        const QString match = SearchGrams::matchExpression(terms);
        const bool anyLongTerm
            = std::any_of(terms.cbegin(), terms.cend(), [](const QString &t) { return t.size() >= 3; });
        TextPlan plan = TextPlan::Planner;
        if (!match.isEmpty() && q.kind) {
            if (forCount)
                plan = anyLongTerm ? TextPlan::FromMatches : TextPlan::Planner;
            else if (q.matchCount >= 0)
                plan = q.matchCount <= kFewMatches ? TextPlan::FromMatches : TextPlan::AlongSortIndex;
        }
        if (q.kind) {
            // In id order (the CLI's search) the rows are walked by rowid, the
            // kind checked per row: an index on the kind would read every
            // customer of the kind and sort them by id before the first row.
            const bool byRowid = q.sort == CustomerSort::Id && !forCount;
            parts << (plan == TextPlan::FromMatches || byRowid ? QStringLiteral("+c.kind = ?")
                                                               : QStringLiteral("c.kind = ?"));
            params << toCode(*q.kind);
        }
        if (q.ownerId) {
            parts << QStringLiteral("c.owner_id = ?");
            params << *q.ownerId;
        }
        if (q.lifecycle) {
            // The lifecycle sort's expression, so its index serves the filter too.
            parts << sortColumn(CustomerSort::Lifecycle) + QStringLiteral(" = ?");
            params << qint64(*q.lifecycle); // Lead 0, Prospect 1, Customer 2, Inactive 3
        }
        if (!q.city.isEmpty()) {
            parts << QStringLiteral("c.city = ?");
            params << PersianText::tidy(q.city);
        }
        if (!q.tag.isEmpty()) {
            parts << QStringLiteral("EXISTS (SELECT 1 FROM customer_tags t WHERE t.tag = ? AND t.customer_id = c.id)");
            params << PersianText::tidy(q.tag);
        }
        if (!match.isEmpty() && plan == TextPlan::AlongSortIndex && !anyLongTerm && q.matchCount > kDenseMatches) {
            for (const QString &term : terms) {
                parts << QStringLiteral("instr(c.search_text, ?) > 0");
                params << term;
            }
        } else if (!match.isEmpty()) {
            parts << (plan == TextPlan::AlongSortIndex
                          ? QStringLiteral("+c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)")
                          : QStringLiteral(
                              "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)"));
            params << match;
            for (const QString &term : SearchGrams::termsNeedingCheck(terms)) {
                parts << QStringLiteral("instr(c.search_text, ?) > 0");
                params << term;
            }
        }
        if (withCursor && q.after) {
            const QString column = sortColumn(q.sort);
            if (q.sort == CustomerSort::Id) {
                parts << QStringLiteral("c.id %1 ?").arg(QLatin1Char(q.descending ? '<' : '>'));
                params << q.after->id;
            } else {
                parts << QStringLiteral("(%1, c.id) %2 (?, ?)").arg(column).arg(QLatin1Char(q.descending ? '<' : '>'));
                params << (sortsByNumber(q.sort) ? QVariant(q.after->sortValue.toLongLong())
                                                 : QVariant(q.after->sortValue.toString()))
                       << q.after->id;
            }
        }
        if (!parts.isEmpty())
            where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }

    void bind(SqliteStatement &stmt, int first = 1) const
    {
        int i = first;
        for (const QVariant &v : params) {
            if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                stmt.bind(i++, v.toLongLong());
            else
                stmt.bind(i++, v.toString());
        }
    }
};

} // namespace

qint64 SqliteCustomerRepository::add(const Customer &c)
{
    auto q = m_db.prepare(RowColumns::kInsertCustomer);
    const QString searchText = CustomerSearchText::of(c);
    RowColumns::bindCustomer(*q, c, searchText);
    q->run();
    Customer stored = c;
    stored.id = m_db.lastInsertId();
    writeChildren(stored, searchText, std::nullopt);
    return stored.id;
}

qint64 SqliteCustomerRepository::update(const Customer &c)
{
    QString oldSearchText;
    {
        auto old = m_db.prepare("SELECT search_text FROM customers WHERE id = ?");
        old->bind(1, c.id);
        if (!old->step())
            RecordVersion::refuse(m_db, RecordVersion::kCustomers, c.id);
        oldSearchText = old->text(0);
    }
    qint64 version = 0;
    {
        auto q = m_db.prepare(
            "UPDATE customers SET kind=?, owner_id=?, lifecycle=?, source=?, do_not_call=?, do_not_sms=?, name=?, "
            "sort_name=?, national_id=?, phone=?, city=?, tags=?, search_text=?, company_name=?, economic_code=?, "
            "registration_no=?, registration_date=?, industry=?, employees=?, website=?, parent_id=?, first_name=?, "
            "last_name=?, email=?, birth_date=?, preferences=?, loyalty_card=?, household_id=?, household_role=?, "
            "household_decides=?, created_at=?, updated_at=?, version = version + 1 "
            "WHERE id=?33 AND (?34 = 0 OR version = ?34) RETURNING version");
        const QString searchText = CustomerSearchText::of(c);
        RowColumns::bindCustomer(*q, c, searchText);
        q->bind(33, c.id).bind(34, c.version);
        version = RecordVersion::stepUpdate(m_db, *q, RecordVersion::kCustomers, c.id);
        writeChildren(c, searchText, oldSearchText);
    }
    return version;
}

void SqliteCustomerRepository::writeChildren(const Customer &c, const QString &searchText,
                                             const std::optional<QString> &oldSearchText)
{
    if (oldSearchText) { // an update: replace the children wholesale
        for (const char *sql : { "DELETE FROM customer_phones WHERE customer_id = ?",
                                 "DELETE FROM customer_addresses WHERE customer_id = ?",
                                 "DELETE FROM customer_tags WHERE customer_id = ?" }) {
            auto d = m_db.prepare(sql);
            d->bind(1, c.id);
            d->run();
        }
    }
    int position = 0;
    for (const PhoneEntry &p : c.phones) {
        auto q = m_db.prepare(RowColumns::kInsertPhone);
        RowColumns::bindPhone(*q, c.id, ++position, p);
        q->run();
    }
    position = 0;
    for (const Address &a : c.addresses) {
        auto q = m_db.prepare(RowColumns::kInsertAddress);
        RowColumns::bindAddress(*q, c.id, ++position, a);
        q->run();
    }
    for (const QString &tag : c.tags) {
        auto q = m_db.prepare(RowColumns::kInsertTag);
        RowColumns::bindTag(*q, c.id, tag);
        q->run();
    }
    if (oldSearchText) {
        // Contentless FTS5 forgets a row only when told exactly what it indexed.
        auto d = m_db.prepare("INSERT INTO customer_search(customer_search, rowid, grams) VALUES ('delete', ?, ?)");
        d->bind(1, c.id).bind(2, SearchGrams::gramsOf(*oldSearchText));
        d->run();
    }
    auto s = m_db.prepare(RowColumns::kInsertCustomerGrams);
    s->bind(1, c.id).bind(2, SearchGrams::gramsOf(searchText));
    s->run();
}

std::optional<Customer> SqliteCustomerRepository::get(qint64 id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM customers WHERE id = ?";
    auto q = m_db.prepare(sql.constData());
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    Customer c;
    c.id = q->int64(0);
    c.kind = fromCode<CustomerKind>(q->text(1)).value_or(CustomerKind::Individual);
    c.ownerId = q->optionalInt64(2).value_or(0);
    c.lifecycle = fromCode<Lifecycle>(q->text(3)).value_or(Lifecycle::Lead);
    c.source = fromCode<SourceChannel>(q->text(4)).value_or(SourceChannel::Direct);
    c.doNotCall = q->int64(5) != 0;
    c.doNotSms = q->int64(6) != 0;
    const QString nationalId = q->text(7);
    const QString tags = q->text(8);
    c.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char('\n'));
    if (c.kind == CustomerKind::Legal) {
        LegalDetails &d = c.legal;
        d.nationalId = nationalId;
        d.companyName = q->text(9);
        d.economicCode = q->text(10);
        d.registrationNo = q->text(11);
        d.registrationDate = q->date(12);
        d.industry = q->text(13);
        d.employees = int(q->int64(14));
        d.website = q->text(15);
        d.parentId = q->optionalInt64(16);
    } else {
        IndividualDetails &d = c.individual;
        d.nationalCode = nationalId;
        d.firstName = q->text(17);
        d.lastName = q->text(18);
        d.email = q->text(19);
        d.birthDate = q->date(20);
        d.preferences = q->text(21);
        d.loyaltyCard = q->text(22);
        d.householdId = q->optionalInt64(23);
        d.householdRole = q->text(24);
        d.householdDecides = q->text(25);
    }
    c.createdAt = q->dateTime(26);
    c.updatedAt = q->dateTime(27);
    c.version = q->int64(28);
    loadChildren(c);
    return c;
}

void SqliteCustomerRepository::loadChildren(Customer &c) const
{
    auto p = m_db.prepare("SELECT number, label FROM customer_phones WHERE customer_id = ? ORDER BY position");
    p->bind(1, c.id);
    while (p->step())
        c.phones << PhoneEntry { p->text(0), p->text(1) };
    auto a = m_db.prepare("SELECT label, province, city, line, postal_code FROM customer_addresses "
                          "WHERE customer_id = ? ORDER BY position");
    a->bind(1, c.id);
    while (a->step())
        c.addresses << Address { a->text(0), a->text(1), a->text(2), a->text(3), a->text(4) };
}

bool SqliteCustomerRepository::exists(qint64 id) const
{
    return kindOf(id).has_value();
}

std::optional<CustomerKind> SqliteCustomerRepository::kindOf(qint64 id) const
{
    auto q = m_db.prepare("SELECT kind FROM customers WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return fromCode<CustomerKind>(q->text(0));
}

std::optional<qint64> SqliteCustomerRepository::findByNationalIdentifier(const QString &canonical) const
{
    auto q = m_db.prepare("SELECT id FROM customers WHERE national_id = ?");
    q->bind(1, canonical);
    if (!q->step())
        return std::nullopt;
    return q->int64(0);
}

QList<qint64> SqliteCustomerRepository::findByPhone(const QString &canonical) const
{
    auto q = m_db.prepare("SELECT DISTINCT customer_id FROM customer_phones WHERE number = ? ORDER BY customer_id");
    q->bind(1, canonical);
    return q->ids();
}

QList<CustomerRow> SqliteCustomerRepository::rows(const QList<qint64> &ids) const
{
    auto q = m_db.prepare("SELECT id, kind, name, phone, national_id, city, lifecycle, owner_id, created_at, industry, "
                          "email FROM customers WHERE id = ?");
    QList<CustomerRow> out;
    for (qint64 id : ids) {
        q->bind(1, id);
        if (q->step()) {
            CustomerRow r;
            r.id = q->int64(0);
            r.kind = fromCode<CustomerKind>(q->text(1)).value_or(CustomerKind::Individual);
            r.name = q->text(2);
            r.phone = q->text(3);
            r.nationalId = q->text(4);
            r.city = q->text(5);
            r.lifecycle = fromCode<Lifecycle>(q->text(6)).value_or(Lifecycle::Lead);
            r.ownerId = q->optionalInt64(7).value_or(0);
            r.createdAt = q->dateTime(8);
            r.sortValue = r.id;
            r.industry = q->text(9);
            r.email = q->text(10);
            out << r;
        }
        q->reset();
    }
    return out;
}

namespace {

// Bulk lookups bind this many keys per statement (unused places bind NULL, which
// matches nothing), so one cached statement serves every batch.
constexpr int kKeysPerQuery = 200;

QByteArray inList(const char *prefix, const char *suffix)
{
    QByteArray sql(prefix);
    sql += " IN (?";
    for (int i = 1; i < kKeysPerQuery; ++i)
        sql += ",?";
    return sql + ")" + suffix;
}

} // namespace

QList<CustomerKeyMatch> SqliteCustomerRepository::matchNationalIdentifiers(const QStringList &canonical) const
{
    static const QByteArray sql = inList("SELECT national_id, id, kind FROM customers WHERE national_id", "");
    QList<CustomerKeyMatch> out;
    for (qsizetype from = 0; from < canonical.size(); from += kKeysPerQuery) {
        auto q = m_db.prepare(sql.constData());
        for (int i = 0; i < kKeysPerQuery; ++i) {
            if (from + i < canonical.size())
                q->bind(i + 1, canonical[from + i]);
            else
                q->bindNull(i + 1);
        }
        while (q->step()) {
            const QString id = q->text(0);
            out << CustomerKeyMatch { id, q->int64(1),
                                      fromCode<CustomerKind>(q->text(2)).value_or(CustomerKind::Individual), id };
        }
    }
    return out;
}

QList<CustomerKeyMatch> SqliteCustomerRepository::matchPhones(CustomerKind kind, const QStringList &canonical) const
{
    static const QByteArray sql
        = inList("SELECT p.number, p.customer_id, c.national_id FROM customer_phones p JOIN customers c ON "
                 "c.id = p.customer_id WHERE c.kind = ? AND p.number",
                 " ORDER BY p.number, p.customer_id");
    QList<CustomerKeyMatch> out;
    for (qsizetype from = 0; from < canonical.size(); from += kKeysPerQuery) {
        auto q = m_db.prepare(sql.constData());
        q->bind(1, toCode(kind));
        for (int i = 0; i < kKeysPerQuery; ++i) {
            if (from + i < canonical.size())
                q->bind(i + 2, canonical[from + i]);
            else
                q->bindNull(i + 2);
        }
        while (q->step()) {
            const QString number = q->text(0);
            if (!out.isEmpty() && out.back().key == number)
                continue; // the lowest id of this number is already in
            out << CustomerKeyMatch { number, q->int64(1), kind, q->text(2) };
        }
    }
    return out;
}

QList<qint64> SqliteCustomerRepository::findSameName(CustomerKind kind, const QString &name, int limit) const
{
    auto q = m_db.prepare("SELECT id FROM customers WHERE kind = ? AND sort_name = ? ORDER BY id LIMIT ?");
    q->bind(1, toCode(kind)).bind(2, PersianText::sortKey(name)).bind(3, limit);
    return q->ids();
}

// How many documents of the search index match `text`, counted up to `limit`
// (the index alone, no customer row read: a millisecond or two).
qint64 SqliteCustomerRepository::searchMatchesAtMost(const QString &text, qint64 limit) const
{
    const QString match = SearchGrams::matchExpression(PersianText::searchTerms(text));
    if (match.isEmpty())
        return 0;
    auto q = m_db.prepare(
        "SELECT count(*) FROM (SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?)");
    q->bind(1, match).bind(2, limit);
    return q->step() ? q->int64(0) : 0;
}

QList<CustomerRow> SqliteCustomerRepository::list(const CustomerQuery &request) const
{
    CustomerQuery query = request;
    if (query.matchCount < 0 && query.kind && !query.text.trimmed().isEmpty()) {
        // No count yet (a large list's first page comes before its count): the
        // index's own bounded count chooses the plan. Left to itself SQLite
        // walks the whole sort index probing the matches, 100 ms for a
        // national code that matches one row.
        query.matchCount = searchMatchesAtMost(query.text, kDenseMatches + 1);
    }
    const Filter filter(query, true);
    const QString column = sortColumn(query.sort);
    const QString order = query.descending ? QStringLiteral(" DESC") : QString();
    const QString sql = QStringLiteral("SELECT c.id, c.kind, c.name, c.phone, c.national_id, c.city, c.lifecycle, "
                                       "c.owner_id, c.created_at, %1, c.industry, c.email FROM customers c%2 "
                                       "ORDER BY %1%3")
                            .arg(column, filter.where, order)
        + (query.sort == CustomerSort::Id ? QString() : QStringLiteral(", c.id") + order) + QStringLiteral(" LIMIT ?");
    const QByteArray utf8 = sql.toUtf8();
    auto q = m_db.prepare(utf8.constData());
    filter.bind(*q);
    q->bind(int(filter.params.size()) + 1, qint64(query.limit));
    QList<CustomerRow> rows;
    while (q->step()) {
        CustomerRow r;
        r.id = q->int64(0);
        r.kind = fromCode<CustomerKind>(q->text(1)).value_or(CustomerKind::Individual);
        r.name = q->text(2);
        r.phone = q->text(3);
        r.nationalId = q->text(4);
        r.city = q->text(5);
        r.lifecycle = fromCode<Lifecycle>(q->text(6)).value_or(Lifecycle::Lead);
        r.ownerId = q->optionalInt64(7).value_or(0);
        r.createdAt = q->dateTime(8);
        r.sortValue = sortsByNumber(query.sort) ? QVariant(q->int64(9)) : QVariant(q->text(9));
        r.industry = q->text(10);
        r.email = q->text(11);
        rows << r;
    }
    return rows;
}

qint64 SqliteCustomerRepository::count(const CustomerQuery &query) const
{
    const Filter filter(query, false, true);
    const QByteArray sql = (QStringLiteral("SELECT count(*) FROM customers c") + filter.where).toUtf8();
    auto q = m_db.prepare(sql.constData());
    filter.bind(*q);
    return q->step() ? q->int64(0) : 0;
}

std::optional<CustomerCursor> SqliteCustomerRepository::cursorAt(const CustomerQuery &query, qint64 position) const
{
    if (position < 0)
        return std::nullopt;
    // An index-only walk: the planner reads (value, id) from the sort's index.
    const Filter filter(query, true);
    const QString column = sortColumn(query.sort);
    const QString order = query.descending ? QStringLiteral(" DESC") : QString();
    const QString sql
        = QStringLiteral("SELECT %1, c.id FROM customers c%2 ORDER BY %1%3").arg(column, filter.where, order)
        + (query.sort == CustomerSort::Id ? QString() : QStringLiteral(", c.id") + order)
        + QStringLiteral(" LIMIT 1 OFFSET ?");
    const QByteArray utf8 = sql.toUtf8();
    auto q = m_db.prepare(utf8.constData());
    filter.bind(*q);
    q->bind(int(filter.params.size()) + 1, position);
    if (!q->step())
        return std::nullopt;
    return CustomerCursor { sortsByNumber(query.sort) ? QVariant(q->int64(0)) : QVariant(q->text(0)), q->int64(1) };
}

qint64 SqliteCustomerRepository::countAtMost(const CustomerQuery &query, qint64 limit) const
{
    const Filter filter(query, false);
    const QByteArray sql = (QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM customers c") + filter.where
                            + QStringLiteral(" LIMIT ?)"))
                               .toUtf8();
    auto q = m_db.prepare(sql.constData());
    filter.bind(*q);
    q->bind(int(filter.params.size()) + 1, limit);
    return q->step() ? q->int64(0) : 0;
}

QList<qint64> SqliteCustomerRepository::orderedIds(const CustomerQuery &query) const
{
    // The same order as list(), read from the sort's index without the rows.
    const Filter filter(query, false);
    const QString column = sortColumn(query.sort);
    const QString order = query.descending ? QStringLiteral(" DESC") : QString();
    const QString sql = QStringLiteral("SELECT c.id FROM customers c%1 ORDER BY %2%3").arg(filter.where, column, order)
        + (query.sort == CustomerSort::Id ? QString() : QStringLiteral(", c.id") + order);
    const QByteArray utf8 = sql.toUtf8();
    auto q = m_db.prepare(utf8.constData());
    filter.bind(*q);
    QList<qint64> ids;
    while (q->step())
        ids << q->int64(0);
    return ids;
}

qint64 SqliteCustomerRepository::addHousehold(const Household &household)
{
    auto q = m_db.prepare("INSERT INTO households(name) VALUES (?)");
    q->bind(1, PersianText::tidy(household.name));
    q->run();
    return m_db.lastInsertId();
}

std::optional<Household> SqliteCustomerRepository::household(qint64 id) const
{
    auto q = m_db.prepare("SELECT id, name FROM households WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return Household { q->int64(0), q->text(1) };
}

QList<qint64> SqliteCustomerRepository::householdMembers(qint64 householdId) const
{
    auto q = m_db.prepare("SELECT id FROM customers WHERE household_id = ? ORDER BY id");
    q->bind(1, householdId);
    return q->ids();
}

} // namespace peyvand
