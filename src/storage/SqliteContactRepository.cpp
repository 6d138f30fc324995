#include "SqliteContactRepository.h"

#include "SqliteDatabase.h"

namespace peyvand {

namespace {

const char *const kSelect = "SELECT id, customer_id, first_name, last_name, job_title, role, influence, attitude, "
                            "mobile, phone, email, notes FROM contacts ";

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
    return c;
}

void bindFields(SqliteStatement &q, const ContactPerson &c)
{
    q.bind(1, c.customerId).bind(2, c.firstName).bind(3, c.lastName).bind(4, c.jobTitle);
    q.bind(5, toCode(c.role)).bind(6, c.influence).bind(7, toCode(c.attitude));
    q.bindText(8, c.mobile).bindText(9, c.phone).bindText(10, c.email).bind(11, c.notes);
}

} // namespace

qint64 SqliteContactRepository::add(const ContactPerson &c)
{
    auto q = m_db.prepare("INSERT INTO contacts(customer_id, first_name, last_name, job_title, role, influence, "
                          "attitude, mobile, phone, email, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    bindFields(*q, c);
    q->run();
    return m_db.lastInsertId();
}

void SqliteContactRepository::update(const ContactPerson &c)
{
    auto q = m_db.prepare("UPDATE contacts SET customer_id=?, first_name=?, last_name=?, job_title=?, role=?, "
                          "influence=?, attitude=?, mobile=?, phone=?, email=?, notes=? WHERE id=?");
    bindFields(*q, c);
    q->bind(12, c.id);
    q->run();
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

} // namespace peyvand
