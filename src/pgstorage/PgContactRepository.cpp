#include "PgContactRepository.h"

#include "ContactSearchText.h"
#include "PgConnection.h"
#include "PgIdList.h"
#include "PgRecordVersion.h"
#include "PgResult.h"
#include "PgSearchCondition.h"
#include "PgStatement.h"
#include "PgValues.h"

namespace peyvand {

namespace {

const char *const kSelect = "SELECT id, customer_id, first_name, last_name, job_title, role, influence, attitude, "
                            "mobile, phone, email, notes, version FROM contacts ";

ContactPerson read(const PgResult &r, int row)
{
    ContactPerson c;
    c.id = r.int64(row, 0);
    c.customerId = r.int64(row, 1);
    c.firstName = r.text(row, 2);
    c.lastName = r.text(row, 3);
    c.jobTitle = r.text(row, 4);
    c.role = fromCode<BuyingRole>(r.text(row, 5)).value_or(BuyingRole::User);
    c.influence = int(r.int64(row, 6));
    c.attitude = fromCode<Attitude>(r.text(row, 7)).value_or(Attitude::Neutral);
    c.mobile = r.text(row, 8);
    c.phone = r.text(row, 9);
    c.email = r.text(row, 10);
    c.notes = r.text(row, 11);
    c.version = r.int64(row, 12);
    return c;
}

QList<ContactPerson> readAll(const PgResult &r)
{
    QList<ContactPerson> out;
    for (int i = 0; i < r.rows(); ++i)
        out << read(r, i);
    return out;
}

// Parameters $1–$12 as SQLite's RowColumns::bindContact.
void bindContact(PgStatement &q, const ContactPerson &c)
{
    q.bind(1, c.customerId).bind(2, c.firstName).bind(3, c.lastName).bind(4, c.jobTitle);
    q.bind(5, toCode(c.role)).bind(6, c.influence).bind(7, toCode(c.attitude));
    PgValues::bindText(q, 8, c.mobile);
    PgValues::bindText(q, 9, c.phone);
    PgValues::bindText(q, 10, c.email);
    q.bind(11, c.notes).bind(12, ContactSearchText::of(c));
}

} // namespace

qint64 PgContactRepository::add(const ContactPerson &c)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO contacts(customer_id, first_name, last_name, job_title, role, influence, attitude, mobile, "
        "phone, email, notes, search_text) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) RETURNING id"));
    bindContact(q, c);
    return q.exec().int64(0, 0);
}

qint64 PgContactRepository::update(const ContactPerson &c)
{
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE contacts SET customer_id=$1, first_name=$2, last_name=$3, job_title=$4, role=$5, influence=$6, "
        "attitude=$7, mobile=$8, phone=$9, email=$10, notes=$11, search_text=$12, version = version + 1 "
        "WHERE id = $13 AND ($14 = 0 OR version = $14) RETURNING version"));
    bindContact(q, c);
    q.bind(13, c.id).bind(14, c.version);
    return PgRecordVersion::runUpdate(m_db, q, PgRecordVersion::kContacts, c.id);
}

std::optional<ContactPerson> PgContactRepository::get(qint64 id) const
{
    auto q = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return read(r, 0);
}

QList<ContactPerson> PgContactRepository::forCustomer(qint64 customerId) const
{
    auto q = m_db.prepare(QString::fromLatin1(kSelect)
                          + QStringLiteral("WHERE customer_id = $1 ORDER BY influence DESC, id"));
    q.bind(1, customerId);
    return readAll(q.exec());
}

QList<qint64> PgContactRepository::customersByPhone(const QString &canonical) const
{
    // Two index lookups (contacts_mobile, contacts_phone), merged.
    auto q = m_db.prepare(QStringLiteral("SELECT customer_id FROM contacts WHERE mobile = $1 UNION "
                                         "SELECT customer_id FROM contacts WHERE phone = $1 ORDER BY 1"));
    q.bind(1, canonical);
    return PgIdList::ids(q.exec());
}

QList<ContactPerson> PgContactRepository::search(const QString &text, int limit) const
{
    const PgSearchCondition::Condition match = PgSearchCondition::forQuery(QStringLiteral("search_text"), text, 1);
    if (match.isEmpty())
        return {};
    const int limitParam = int(match.params.size()) + 1;
    auto q = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE ")
                          + match.clauses.join(QStringLiteral(" AND "))
                          + QStringLiteral(" ORDER BY last_name, first_name, id LIMIT $%1").arg(limitParam));
    for (qsizetype i = 0; i < match.params.size(); ++i)
        q.bind(int(i) + 1, match.params[i]);
    q.bind(limitParam, qint64(limit));
    return readAll(q.exec());
}

} // namespace peyvand
