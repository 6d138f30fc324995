#pragma once
// Parity tests: the same rows written to a real SQLite file through its
// repositories and to a fresh PostgreSQL database through these, so that
// every answer can be compared. Users and customers get the same ids on both
// (the fixture checks); tests add their own records the same way.
#include "PgCustomerRepository.h"
#include "PgRepoFixture.h"
#include "SqliteDataStore.h"
#include "User.h"

#include <QTemporaryDir>

namespace peyvand::testing {

class PgParityFixture : public PgRepoFixture
{
protected:
    PgParityFixture();

    // A user with `role` on both backends; its id (the same on both).
    qint64 addUserOnBoth(const QString &username, UserRole role = UserRole::SalesRep);
    // A customer through SqliteCustomerRepository and PgCustomerRepository; its id.
    qint64 addCustomerOnBoth(const Customer &customer);
    // The customer as stored on SQLite, changed by `change`, saved on both
    // (a reassignment moves its orders in the summaries).
    template<class Change> void updateCustomerOnBoth(qint64 id, Change change)
    {
        Customer c = *sqlite.customers().get(id);
        change(c);
        c.version = 0;
        sqlite.customers().update(c);
        pgCustomers.update(c);
    }
    // One statement of plain SQL on both (a delete the repositories do not offer).
    void execOnBoth(const QString &sql);

    QTemporaryDir dir;
    SqliteDataStore sqlite;
    PgCustomerRepository pgCustomers;
};

} // namespace peyvand::testing
