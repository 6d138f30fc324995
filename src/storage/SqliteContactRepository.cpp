#include "SqliteContactRepository.h"

#include "ContactSearchText.h"
#include "PersianText.h"
#include "RecordVersion.h"
#include "RowColumns.h"
#include "SearchGrams.h"
#include "SqliteDatabase.h"

namespace peyvand {

namespace {

const char *const kSelect = "SELECT id, customer_id, first_name, last_name, job_title, role, influence, attitude, "
                            "mobile, phone, email, notes, version FROM contacts ";

ContactPerson read(SqliteStatement &q)
{
    ContactPerson c;
    c.id = q.int64(0);
    c.customerId = q.int64(1);
    c.firstName = q.text(2);
    c.lastName = q.text(3);
    c.jobTitle = q.text(4);
    c.role = fromCode<BuyingRole>(q.text(5)).value_or(BuyingRole::User);
    c.influence = int(q.int64(6));
    c.attitude = fromCode<Attitude>(q.text(7)).value_or(Attitude::Neutral);
    c.mobile = q.text(8);
    c.phone = q.text(9);
    c.email = q.text(10);
    c.notes = q.text(11);
    c.version = q.int64(12);
    return c;
}

} // namespace

qint64 SqliteContactRepository::add(const ContactPerson &c)
{
    auto q = m_db.prepare(RowColumns::kInsertContact);
    const QString searchText = ContactSearchText::of(c);
    RowColumns::bindContact(*q, c, searchText);
    q->run();
    const qint64 id = m_db.lastInsertId();
    index(id, std::nullopt, searchText);
    return id;
}

void SqliteContactRepository::index(qint64 id, const std::optional<QString> &oldSearchText, const QString &searchText)
{
    if (oldSearchText) {
        // Contentless FTS5 forgets a row only when told exactly what it indexed.
        auto d = m_db.prepare("INSERT INTO contact_search(contact_search, rowid, grams) VALUES ('delete', ?, ?)");
        d->bind(1, id).bind(2, SearchGrams::gramsOf(*oldSearchText));
        d->run();
    }
    auto s = m_db.prepare(RowColumns::kInsertContactGrams);
    s->bind(1, id).bind(2, SearchGrams::gramsOf(searchText));
    s->run();
}

qint64 SqliteContactRepository::update(const ContactPerson &c)
{
    auto old = m_db.prepare("SELECT search_text FROM contacts WHERE id = ?");
    old->bind(1, c.id);
    if (!old->step())
        RecordVersion::refuse(m_db, RecordVersion::kContacts, c.id);
    const QString oldSearchText = old->text(0);
    old->reset();
    auto q = m_db.prepare("UPDATE contacts SET customer_id=?, first_name=?, last_name=?, job_title=?, role=?, "
                          "influence=?, attitude=?, mobile=?, phone=?, email=?, notes=?, search_text=?, "
                          "version = version + 1 WHERE id=?13 AND (?14 = 0 OR version = ?14) RETURNING version");
    const QString searchText = ContactSearchText::of(c);
    RowColumns::bindContact(*q, c, searchText);
    q->bind(13, c.id).bind(14, c.version);
    const qint64 version = RecordVersion::stepUpdate(m_db, *q, RecordVersion::kContacts, c.id);
    index(c.id, oldSearchText, searchText);
    return version;
}

std::optional<ContactPerson> SqliteContactRepository::get(qint64 id) const
{
    static const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    auto q = m_db.prepare(sql.constData());
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return read(*q);
}

QList<ContactPerson> SqliteContactRepository::forCustomer(qint64 customerId) const
{
    static const QByteArray sql = QByteArray(kSelect) + "WHERE customer_id = ? ORDER BY influence DESC, id";
    auto q = m_db.prepare(sql.constData());
    q->bind(1, customerId);
    QList<ContactPerson> out;
    while (q->step())
        out << read(*q);
    return out;
}

QList<qint64> SqliteContactRepository::customersByPhone(const QString &canonical) const
{
    // Two index lookups (contacts_mobile, contacts_phone of schema 5), merged.
    auto q = m_db.prepare("SELECT customer_id FROM contacts WHERE mobile = ?1 UNION "
                          "SELECT customer_id FROM contacts WHERE phone = ?1 ORDER BY 1");
    q->bind(1, canonical);
    return q->ids();
}

QList<ContactPerson> SqliteContactRepository::search(const QString &text, int limit) const
{
    const QStringList terms = PersianText::searchTerms(text);
    const QString match = SearchGrams::matchExpression(terms);
    if (match.isEmpty())
        return {};
    QString sql = QString::fromLatin1(kSelect)
        + QStringLiteral("WHERE id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)");
    const QStringList checks = SearchGrams::termsNeedingCheck(terms);
    for (qsizetype i = 0; i < checks.size(); ++i)
        sql += QStringLiteral(" AND instr(search_text, ?) > 0");
    sql += QStringLiteral(" ORDER BY last_name, first_name, id LIMIT ?");
    const QByteArray utf8 = sql.toUtf8();
    auto q = m_db.prepare(utf8.constData());
    int i = 1;
    q->bind(i++, match);
    for (const QString &term : checks)
        q->bind(i++, term);
    q->bind(i, qint64(limit));
    QList<ContactPerson> out;
    while (q->step())
        out << read(*q);
    return out;
}

} // namespace peyvand
