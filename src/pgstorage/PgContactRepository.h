#pragma once
// Contact persons of companies on PostgreSQL, as SqliteContactRepository: the
// version checked on update, search over the normalised search_text through
// the contacts_search_trgm GIN index (PgSearchCondition), lookup by phone.
#include "ContactRepository.h"

namespace peyvand {

class PgConnection;

class PgContactRepository final : public ContactRepository
{
public:
    explicit PgContactRepository(PgConnection &db)
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
    PgConnection &m_db;
};

} // namespace peyvand
