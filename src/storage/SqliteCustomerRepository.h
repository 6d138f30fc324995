#pragma once
// Customers in SQLite: one row per customer with both kinds' columns, child
// tables for phones, addresses and tags, and the FTS5 gram index for search.
#include "CustomerRepository.h"

namespace peyvand {

class SqliteDatabase;
class SqliteStatement;

class SqliteCustomerRepository final : public CustomerRepository
{
public:
    explicit SqliteCustomerRepository(SqliteDatabase &db)
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
    qint64 searchMatchesAtMost(const QString &text, qint64 limit) const;
    // searchText: CustomerSearchText::of(c), computed once per write.
    void writeChildren(const Customer &c, const QString &searchText, const std::optional<QString> &oldSearchText);
    void loadChildren(Customer &c) const;

    SqliteDatabase &m_db;
};

} // namespace peyvand
