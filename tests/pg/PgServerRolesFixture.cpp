#include "PgServerRolesFixture.h"

namespace peyvand::testing {

PgServerRolesFixture::PgServerRolesFixture()
{
    rep = addLogin(QStringLiteral("rep1"), UserRole::SalesRep);
    colleague = addLogin(QStringLiteral("rep2"), UserRole::SalesRep);
    manager = addLogin(QStringLiteral("manager1"), UserRole::Manager);
    support = addLogin(QStringLiteral("support1"), UserRole::Support);
    admin = addLogin(QStringLiteral("admin1"), UserRole::Admin);

    own = addLegal(QStringLiteral("شرکت فولاد پارس"), validLegalId(QStringLiteral("1038028479")));
    theirs = addLegal(QStringLiteral("شرکت سیمان کرمان"), validLegalId(QStringLiteral("1086000112")));
    setOwner(own, rep);
    setOwner(theirs, colleague);
    b2b = pipelineOf(CustomerKind::Legal);
    const QList<qint64> stages = stagesOf(b2b);
    stage0 = stages[0];
    stage1 = stages[1];
    ownDeal = addDeal(own, rep, 5'000'000);
    theirDeal = addDeal(theirs, colleague, 7'000'000);
    ownOrder = addOrder(own, std::nullopt, 1'000'000);
    theirOrder = addOrder(theirs, std::nullopt, 2'000'000);
    ownActivity = addActivity(own, rep);
    theirActivity = addActivity(own, colleague); // the colleague's call on the rep's customer
}

qint64 PgServerRolesFixture::addLogin(const QString &username, UserRole role)
{
    const qint64 id = addUser(username, toCode(role));
    accounts.createLogin(userRow(id), passwordOf(username));
    return id;
}

User PgServerRolesFixture::userRow(qint64 id)
{
    auto q = connection.prepare(QStringLiteral("SELECT username, role, active FROM users WHERE id = $1"));
    const PgResult r = q.bind(1, id).exec();
    User u;
    u.id = id;
    u.username = r.text(0, 0);
    u.role = fromCode<UserRole>(r.text(0, 1)).value_or(UserRole::SalesRep);
    u.active = r.boolean(0, 2);
    return u;
}

std::unique_ptr<PgConnection> PgServerRolesFixture::as(const QString &username) const
{
    return std::make_unique<PgConnection>(db.url().withCredentials(loginOf(username), passwordOf(username)));
}

qint64 PgServerRolesFixture::addDeal(qint64 customerId, qint64 ownerId, qint64 amount)
{
    auto q = connection.prepare(
        QStringLiteral("INSERT INTO deals(customer_id, pipeline_id, stage_id, title, amount, owner_id, status, "
                       "created_at) VALUES ($1, $2, $3, 'قرارداد', $4, $5, 'open', 0) RETURNING id"));
    q.bind(1, customerId).bind(2, b2b).bind(3, stage0).bind(4, amount).bind(5, ownerId);
    const qint64 id = q.exec().int64(0, 0);
    auto h = connection.prepare(QStringLiteral(
        "INSERT INTO deal_stage_history(deal_id, stage_id, entered_at, changed_by) VALUES ($1,$2,0,$3)"));
    h.bind(1, id).bind(2, stage0).bind(3, ownerId);
    h.run();
    return id;
}

qint64 PgServerRolesFixture::addOrder(qint64 customerId, std::optional<qint64> dealId, qint64 total)
{
    auto q = connection.prepare(
        QStringLiteral("INSERT INTO orders(number, customer_id, deal_id, status, total, created_at, updated_at) "
                       "VALUES ($4, $1, $2::bigint, 'registered', $3, 0, 0) RETURNING id"));
    static int numbers = 0;
    q.bind(1, customerId);
    dealId ? q.bind(2, *dealId) : q.bindNull(2);
    q.bind(3, total).bind(4, QStringLiteral("T%1").arg(++numbers));
    return q.exec().int64(0, 0);
}

qint64 PgServerRolesFixture::addActivity(qint64 customerId, qint64 ownerId)
{
    auto q = connection.prepare(QStringLiteral("INSERT INTO activities(customer_id, type, at, owner_id, created_at) "
                                               "VALUES ($1, 'call', 86400, $2, 0) RETURNING id"));
    return q.bind(1, customerId).bind(2, ownerId).exec().int64(0, 0);
}

void PgServerRolesFixture::setOwner(qint64 customerId, qint64 ownerId)
{
    auto q = connection.prepare(QStringLiteral("UPDATE customers SET owner_id = $1 WHERE id = $2"));
    q.bind(1, ownerId).bind(2, customerId);
    q.run();
}

QByteArray sqlStateOf(const std::function<void()> &work)
{
    try {
        work();
    } catch (const PgError &e) {
        return e.sqlState();
    }
    return {};
}

} // namespace peyvand::testing
