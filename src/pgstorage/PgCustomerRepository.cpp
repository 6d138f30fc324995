#include "PgCustomerRepository.h"

#include "CustomerSearchText.h"
#include "PersianText.h"
#include "PgConnection.h"
#include "PgCustomerColumns.h"
#include "PgCustomerFilter.h"
#include "PgIdList.h"
#include "PgRecordVersion.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTransaction.h"
#include "PgValues.h"

#include <QHash>

namespace peyvand {

namespace {

const char *const kRowColumns = "c.id, c.kind, c.name, c.phone, c.national_id, c.city, c.lifecycle, c.owner_id, "
                                "c.created_at, %1, c.industry, c.email";

// A list row; column 9 is the sort value (the id for rows()).
CustomerRow readRow(const PgResult &r, int row, bool numericSort)
{
    CustomerRow out;
    out.id = r.int64(row, 0);
    out.kind = fromCode<CustomerKind>(r.text(row, 1)).value_or(CustomerKind::Individual);
    out.name = r.text(row, 2);
    out.phone = r.text(row, 3);
    out.nationalId = r.text(row, 4);
    out.city = r.text(row, 5);
    out.lifecycle = fromCode<Lifecycle>(r.text(row, 6)).value_or(Lifecycle::Lead);
    out.ownerId = PgValues::optionalInt64(r, row, 7).value_or(0);
    out.createdAt = PgValues::time(r, row, 8);
    out.sortValue = numericSort ? QVariant(r.int64(row, 9)) : QVariant(r.text(row, 9));
    out.industry = r.text(row, 10);
    out.email = r.text(row, 11);
    return out;
}

// Bulk lookups send this many keys per statement, as the SQLite side batches them.
constexpr int kKeysPerQuery = 200;

} // namespace

qint64 PgCustomerRepository::add(const Customer &c)
{
    return PgTransaction::run(m_db, [&] {
        auto q = m_db.prepare(QString::fromLatin1(PgCustomerColumns::kInsert));
        PgCustomerColumns::bind(q, c, CustomerSearchText::of(c));
        Customer stored = c;
        stored.id = q.exec().int64(0, 0);
        writeChildren(stored, false);
        return stored.id;
    });
}

qint64 PgCustomerRepository::update(const Customer &c)
{
    return PgTransaction::run(m_db, [&] {
        auto q = m_db.prepare(QString::fromLatin1(PgCustomerColumns::kUpdate));
        PgCustomerColumns::bind(q, c, CustomerSearchText::of(c));
        q.bind(33, c.id).bind(34, c.version);
        const qint64 version = PgRecordVersion::runUpdate(m_db, q, PgRecordVersion::kCustomers, c.id);
        writeChildren(c, true);
        return version;
    });
}

void PgCustomerRepository::writeChildren(const Customer &c, bool replace)
{
    if (replace) { // an update replaces the children wholesale
        for (const char *sql : { "DELETE FROM customer_phones WHERE customer_id = $1",
                                 "DELETE FROM customer_addresses WHERE customer_id = $1",
                                 "DELETE FROM customer_tags WHERE customer_id = $1" }) {
            auto d = m_db.prepare(QString::fromLatin1(sql));
            d.bind(1, c.id);
            d.run();
        }
    }
    int position = 0;
    auto phone = m_db.prepare(
        QStringLiteral("INSERT INTO customer_phones(customer_id, position, number, label) VALUES ($1,$2,$3,$4)"));
    for (const PhoneEntry &p : c.phones) {
        phone.bind(1, c.id).bind(2, ++position).bind(3, p.number).bind(4, p.label);
        phone.run();
    }
    position = 0;
    auto address = m_db.prepare(QStringLiteral("INSERT INTO customer_addresses(customer_id, position, label, "
                                               "province, city, line, postal_code) VALUES ($1,$2,$3,$4,$5,$6,$7)"));
    for (const Address &a : c.addresses) {
        address.bind(1, c.id).bind(2, ++position).bind(3, a.label).bind(4, a.province).bind(5, a.city);
        address.bind(6, a.line);
        PgValues::bindText(address, 7, a.postalCode);
        address.run();
    }
    auto tag = m_db.prepare(
        QStringLiteral("INSERT INTO customer_tags(tag, customer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"));
    for (const QString &t : c.tags) {
        tag.bind(1, t).bind(2, c.id);
        tag.run();
    }
}

std::optional<Customer> PgCustomerRepository::get(qint64 id) const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM customers WHERE id = $1").arg(QLatin1String(PgCustomerColumns::kSelectList)));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    Customer c = PgCustomerColumns::read(r, 0);
    loadChildren(c);
    return c;
}

void PgCustomerRepository::loadChildren(Customer &c) const
{
    auto p = m_db.prepare(
        QStringLiteral("SELECT number, label FROM customer_phones WHERE customer_id = $1 ORDER BY position"));
    p.bind(1, c.id);
    const PgResult phones = p.exec();
    for (int i = 0; i < phones.rows(); ++i)
        c.phones << PhoneEntry { phones.text(i, 0), phones.text(i, 1) };
    auto a = m_db.prepare(QStringLiteral("SELECT label, province, city, line, postal_code FROM customer_addresses "
                                         "WHERE customer_id = $1 ORDER BY position"));
    a.bind(1, c.id);
    const PgResult addresses = a.exec();
    for (int i = 0; i < addresses.rows(); ++i)
        c.addresses << Address { addresses.text(i, 0), addresses.text(i, 1), addresses.text(i, 2), addresses.text(i, 3),
                                 addresses.text(i, 4) };
}

bool PgCustomerRepository::exists(qint64 id) const
{
    return kindOf(id).has_value();
}

std::optional<CustomerKind> PgCustomerRepository::kindOf(qint64 id) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT kind FROM customers WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return fromCode<CustomerKind>(r.text(0, 0));
}

std::optional<qint64> PgCustomerRepository::findByNationalIdentifier(const QString &canonical) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE national_id = $1"));
    q.bind(1, canonical);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return r.int64(0, 0);
}

QList<qint64> PgCustomerRepository::findByPhone(const QString &canonical) const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT DISTINCT customer_id FROM customer_phones WHERE number = $1 ORDER BY customer_id"));
    q.bind(1, canonical);
    return PgIdList::ids(q.exec());
}

QList<CustomerRow> PgCustomerRepository::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    // One statement for the page, then the rows in the order asked for.
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM customers c WHERE c.id = ANY($1::bigint[])")
                              .arg(QString::fromLatin1(kRowColumns).arg(QStringLiteral("c.id"))));
    q.bind(1, PgIdList::bigintArray(ids));
    const PgResult r = q.exec();
    QHash<qint64, CustomerRow> byId;
    for (int i = 0; i < r.rows(); ++i) {
        const CustomerRow row = readRow(r, i, true);
        byId.insert(row.id, row);
    }
    QList<CustomerRow> out;
    for (qint64 id : ids) {
        const auto found = byId.constFind(id);
        if (found != byId.constEnd())
            out << *found;
    }
    return out;
}

QList<CustomerKeyMatch> PgCustomerRepository::matchNationalIdentifiers(const QStringList &canonical) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT national_id, id, kind FROM customers "
                                         "WHERE national_id = ANY($1::text[]) ORDER BY national_id"));
    QList<CustomerKeyMatch> out;
    for (qsizetype from = 0; from < canonical.size(); from += kKeysPerQuery) {
        q.bind(1, PgIdList::textArray(canonical.mid(from, kKeysPerQuery)));
        const PgResult r = q.exec();
        for (int i = 0; i < r.rows(); ++i) {
            const QString id = r.text(i, 0);
            out << CustomerKeyMatch { id, r.int64(i, 1),
                                      fromCode<CustomerKind>(r.text(i, 2)).value_or(CustomerKind::Individual), id };
        }
    }
    return out;
}

QList<CustomerKeyMatch> PgCustomerRepository::matchPhones(CustomerKind kind, const QStringList &canonical) const
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT p.number, p.customer_id, c.national_id FROM customer_phones p JOIN customers c ON c.id = "
        "p.customer_id WHERE c.kind = $1 AND p.number = ANY($2::text[]) ORDER BY p.number, p.customer_id"));
    QList<CustomerKeyMatch> out;
    for (qsizetype from = 0; from < canonical.size(); from += kKeysPerQuery) {
        q.bind(1, toCode(kind)).bind(2, PgIdList::textArray(canonical.mid(from, kKeysPerQuery)));
        const PgResult r = q.exec();
        for (int i = 0; i < r.rows(); ++i) {
            const QString number = r.text(i, 0);
            if (!out.isEmpty() && out.back().key == number)
                continue; // the lowest id of this number is already in
            out << CustomerKeyMatch { number, r.int64(i, 1), kind, r.text(i, 2) };
        }
    }
    return out;
}

QList<qint64> PgCustomerRepository::findSameName(CustomerKind kind, const QString &name, int limit) const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT id FROM customers WHERE kind = $1 AND sort_name = $2 ORDER BY id LIMIT $3"));
    q.bind(1, toCode(kind)).bind(2, PersianText::sortKey(name)).bind(3, limit);
    return PgIdList::ids(q.exec());
}

QList<CustomerRow> PgCustomerRepository::list(const CustomerQuery &query) const
{
    const PgCustomerFilter filter(query, true);
    const QString sql = QStringLiteral("SELECT %1 FROM customers c")
                            .arg(QString::fromLatin1(kRowColumns).arg(PgCustomerFilter::sortExpression(query.sort)))
        + filter.where() + PgCustomerFilter::orderBy(query) + QStringLiteral(" LIMIT $%1").arg(filter.paramCount() + 1);
    auto q = m_db.prepare(sql);
    filter.bind(q);
    q.bind(filter.paramCount() + 1, qint64(query.limit));
    const PgResult r = q.exec();
    const bool numeric = PgCustomerFilter::sortsByNumber(query.sort);
    QList<CustomerRow> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out << readRow(r, i, numeric);
    return out;
}

qint64 PgCustomerRepository::count(const CustomerQuery &query) const
{
    const PgCustomerFilter filter(query, false);
    auto q = m_db.prepare(QStringLiteral("SELECT count(*) FROM customers c") + filter.where());
    filter.bind(q);
    return q.exec().int64(0, 0);
}

std::optional<CustomerCursor> PgCustomerRepository::cursorAt(const CustomerQuery &query, qint64 position) const
{
    if (position < 0)
        return std::nullopt;
    // A far jump, as on SQLite: the (value, id) of the row at `position`, read
    // from the sort's index; the pages from there are key-paged again.
    const PgCustomerFilter filter(query, true);
    const QString sql
        = QStringLiteral("SELECT %1, c.id FROM customers c").arg(PgCustomerFilter::sortExpression(query.sort))
        + filter.where() + PgCustomerFilter::orderBy(query)
        + QStringLiteral(" LIMIT 1 OFFSET $%1").arg(filter.paramCount() + 1);
    auto q = m_db.prepare(sql);
    filter.bind(q);
    q.bind(filter.paramCount() + 1, position);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    const bool numeric = PgCustomerFilter::sortsByNumber(query.sort);
    return CustomerCursor { numeric ? QVariant(r.int64(0, 0)) : QVariant(r.text(0, 0)), r.int64(0, 1) };
}

qint64 PgCustomerRepository::countAtMost(const CustomerQuery &query, qint64 limit) const
{
    const PgCustomerFilter filter(query, false);
    auto q = m_db.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM customers c") + filter.where()
                          + QStringLiteral(" LIMIT $%1) s").arg(filter.paramCount() + 1));
    filter.bind(q);
    q.bind(filter.paramCount() + 1, limit);
    return q.exec().int64(0, 0);
}

QList<qint64> PgCustomerRepository::orderedIds(const CustomerQuery &query) const
{
    const PgCustomerFilter filter(query, false);
    auto q = m_db.prepare(QStringLiteral("SELECT c.id FROM customers c") + filter.where()
                          + PgCustomerFilter::orderBy(query));
    filter.bind(q);
    return PgIdList::ids(q.exec());
}

qint64 PgCustomerRepository::addHousehold(const Household &household)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO households(name) VALUES ($1) RETURNING id"));
    q.bind(1, PersianText::tidy(household.name));
    return q.exec().int64(0, 0);
}

std::optional<Household> PgCustomerRepository::household(qint64 id) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, name FROM households WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return Household { r.int64(0, 0), r.text(0, 1) };
}

QList<qint64> PgCustomerRepository::householdMembers(qint64 householdId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE household_id = $1 ORDER BY id"));
    q.bind(1, householdId);
    return PgIdList::ids(q.exec());
}

} // namespace peyvand
