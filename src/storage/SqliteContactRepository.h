#pragma once
// Contact persons in SQLite.
#include "ContactRepository.h"

namespace peyvand {

class SqliteDatabase;

class SqliteContactRepository final : public ContactRepository
{
public:
    explicit SqliteContactRepository(SqliteDatabase &db)
        : m_db(db)
    {
    }
    qint64 add(const ContactPerson &contact) override;
    qint64 update(const ContactPerson &contact) override;
    std::optional<ContactPerson> get(qint64 id) const override;
    QList<ContactPerson> forCustomer(qint64 customerId) const override;
    QList<qint64> customersByPhone(const QString &canonical) const override;
    QList<ContactPerson> search(const QString &text, int limit) const override;

private:
    void index(qint64 id, const std::optional<QString> &oldSearchText, const QString &searchText);

    SqliteDatabase &m_db;
};

} // namespace peyvand
