#pragma once
// A migrated database with one user of every role, each with their own login
// role made by PgServerAccounts (as an administrator's UserService would),
// and rows owned by a rep and by a colleague: the world of the server-side
// access tests (PgServerRolesTest, PgServerRolesPsqlTest).
#include "PgAccessNames.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgRepoFixture.h"
#include "PgResult.h"
#include "PgServerAccounts.h"
#include "PgStatement.h"

#include <functional>
#include <memory>

namespace peyvand::testing {

class PgServerRolesFixture : public PgRepoFixture
{
protected:
    PgServerRolesFixture();

    // Adds a user with SQL, then its login role with a password through PgServerAccounts.
    qint64 addLogin(const QString &username, UserRole role);
    static QString passwordOf(const QString &username) { return QStringLiteral("secret-of-") + username; }
    QString loginOf(const QString &username) const { return PgAccessNames::loginRole(db.name(), username); }
    // A connection of the user's own, as their desktop would open it.
    std::unique_ptr<PgConnection> as(const QString &username) const;
    User userRow(qint64 id);

    qint64 addDeal(qint64 customerId, qint64 ownerId, qint64 amount);
    qint64 addOrder(qint64 customerId, std::optional<qint64> dealId, qint64 total);
    qint64 addActivity(qint64 customerId, qint64 ownerId);
    void setOwner(qint64 customerId, qint64 ownerId);

    PgServerAccounts accounts { connection };
    qint64 rep = 0, colleague = 0, manager = 0, support = 0, admin = 0;
    qint64 own = 0, theirs = 0; // customers of rep and of colleague
    qint64 ownDeal = 0, theirDeal = 0;
    qint64 ownOrder = 0, theirOrder = 0;
    qint64 ownActivity = 0, theirActivity = 0;
    qint64 stage0 = 0, stage1 = 0, b2b = 0;
};

// The SQLSTATE of what `work` threw (empty when it threw nothing or no PgError).
QByteArray sqlStateOf(const std::function<void()> &work);

} // namespace peyvand::testing
