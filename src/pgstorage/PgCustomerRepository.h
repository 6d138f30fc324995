#pragma once
// Customers on PostgreSQL, behaving as SqliteCustomerRepository: one row per
// customer with both kinds' columns, child tables for phones, addresses and
// tags, the version checked on every update (PgRecordVersion), lists filtered,
// sorted and key-paged in SQL (PgCustomerFilter), and search over the same
// normalised search_text through the pg_trgm GIN index (PgSearchCondition).
// Writes run in a transaction of their own (a savepoint inside the caller's),
// so a refused or failed write leaves nothing.
#include "CustomerRepository.h"

namespace peyvand {

class PgConnection;

class PgCustomerRepository final : public CustomerRepository
{
public:
    explicit PgCustomerRepository(PgConnection &db)
        : m_db(db)
    {
    }

    qint64 add(const Customer &customer) override;
    qint64 update(const Customer &customer) override;
    std::optional<Customer> get(qint64 id) const override;
    bool exists(qint64 id) const override;
    std::optional<CustomerKind> kindOf(qint64 id) const override;
    std::optional<qint64> findByNationalIdentifier(const QString &canonical) const override;
    QList<qint64> findByPhone(const QString &canonical) const override;
    QList<CustomerRow> rows(const QList<qint64> &ids) const override;
    QList<CustomerKeyMatch> matchNationalIdentifiers(const QStringList &canonical) const override;
    QList<CustomerKeyMatch> matchPhones(CustomerKind kind, const QStringList &canonical) const override;
    QList<qint64> findSameName(CustomerKind kind, const QString &name, int limit) const override;
    QList<CustomerRow> list(const CustomerQuery &query) const override;
    qint64 count(const CustomerQuery &query) const override;
    std::optional<CustomerCursor> cursorAt(const CustomerQuery &query, qint64 position) const override;
    qint64 countAtMost(const CustomerQuery &query, qint64 limit) const override;
    QList<qint64> orderedIds(const CustomerQuery &query) const override;
    qint64 addHousehold(const Household &household) override;
    std::optional<Household> household(qint64 id) const override;
    QList<qint64> householdMembers(qint64 householdId) const override;

private:
    void writeChildren(const Customer &c, bool replace);
    void loadChildren(Customer &c) const;

    PgConnection &m_db;
};

} // namespace peyvand
