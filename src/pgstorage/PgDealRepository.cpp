#include "PgDealRepository.h"

#include "PgConnection.h"
#include "PgRecordVersion.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgValues.h"

namespace peyvand {

namespace {

// The deal columns; %1 is the amount, or 0 for a session that may not read it.
const QString kSelect
    = QStringLiteral("SELECT id, customer_id, pipeline_id, stage_id, title, %1, expected_close, owner_id, "
                     "status, lost_reason, created_at, closed_at, version FROM deals ");

Deal read(const PgResult &r, int row)
{
    Deal d;
    d.id = r.int64(row, 0);
    d.customerId = r.int64(row, 1);
    d.pipelineId = r.int64(row, 2);
    d.stageId = r.int64(row, 3);
    d.title = r.text(row, 4);
    d.amount = r.int64(row, 5);
    d.expectedClose = PgValues::date(r, row, 6);
    d.ownerId = PgValues::optionalInt64(r, row, 7).value_or(0);
    d.status = fromCode<DealStatus>(r.text(row, 8)).value_or(DealStatus::Open);
    if (!r.isNull(row, 9))
        d.lostReason = fromCode<LostReason>(r.text(row, 9));
    d.createdAt = PgValues::time(r, row, 10);
    d.closedAt = PgValues::time(r, row, 11);
    d.version = r.int64(row, 12);
    return d;
}

// Parameters 1–11, as RowColumns::bindDeal.
void bindDeal(PgStatement &q, const Deal &d)
{
    q.bind(1, d.customerId);
    q.bind(2, d.pipelineId);
    q.bind(3, d.stageId);
    q.bind(4, d.title);
    q.bind(5, d.amount);
    PgValues::bindDate(q, 6, d.expectedClose);
    PgValues::bindId(q, 7, d.ownerId);
    q.bind(8, toCode(d.status));
    PgValues::bindText(q, 9, d.lostReason ? toCode(*d.lostReason) : QString());
    PgValues::bindTime(q, 10, d.createdAt);
    PgValues::bindTime(q, 11, d.closedAt);
}

QList<Deal> readAll(const PgResult &r)
{
    QList<Deal> out;
    for (int i = 0; i < r.rows(); ++i)
        out << read(r, i);
    return out;
}

} // namespace

bool PgDealRepository::amountsReadable() const
{
    if (!m_amountsReadable)
        m_amountsReadable
            = m_connection.prepare(QStringLiteral("SELECT has_column_privilege('deals', 'amount', 'SELECT')"))
                  .exec()
                  .boolean(0, 0);
    return *m_amountsReadable;
}

QString PgDealRepository::amount(const QString &expression) const
{
    return amountsReadable() ? expression : QStringLiteral("0::bigint");
}

QString PgDealRepository::selectDeals() const
{
    return kSelect.arg(amount(QStringLiteral("amount")));
}

qint64 PgDealRepository::add(const Deal &d, qint64 createdBy)
{
    auto q = m_connection.prepare(
        QStringLiteral("INSERT INTO deals(customer_id, pipeline_id, stage_id, title, amount, expected_close, owner_id, "
                       "status, lost_reason, created_at, closed_at) "
                       "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id"));
    bindDeal(q, d);
    Deal stored = d;
    stored.id = q.exec().int64(0, 0);
    writeContacts(stored);
    insertHistory(stored.id, d.stageId, d.createdAt, createdBy ? createdBy : d.ownerId);
    return stored.id;
}

qint64 PgDealRepository::update(const Deal &d)
{
    auto q = m_connection.prepare(
        QStringLiteral("UPDATE deals SET customer_id=$1, pipeline_id=$2, stage_id=$3, title=$4, amount=$5, "
                       "expected_close=$6, owner_id=$7, status=$8, lost_reason=$9, created_at=$10, closed_at=$11, "
                       "version = version + 1 WHERE id=$12 AND ($13 = 0 OR version = $13) RETURNING version"));
    bindDeal(q, d);
    q.bind(12, d.id).bind(13, d.version);
    const qint64 version = PgRecordVersion::runUpdate(m_connection, q, PgRecordVersion::kDeals, d.id);
    writeContacts(d);
    return version;
}

void PgDealRepository::writeContacts(const Deal &d)
{
    auto del = m_connection.prepare(QStringLiteral("DELETE FROM deal_contacts WHERE deal_id = $1"));
    del.bind(1, d.id);
    del.run();
    auto q = m_connection.prepare(
        QStringLiteral("INSERT INTO deal_contacts(deal_id, contact_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"));
    for (qint64 contactId : d.contactIds) {
        q.bind(1, d.id).bind(2, contactId);
        q.run();
    }
}

void PgDealRepository::insertHistory(qint64 dealId, qint64 stageId, const QDateTime &at, qint64 changedBy)
{
    auto q = m_connection.prepare(QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at, "
                                                 "left_at, changed_by) VALUES ($1,$2,$3,NULL,$4)"));
    q.bind(1, dealId);
    q.bind(2, stageId);
    PgValues::bindTime(q, 3, at);
    PgValues::bindId(q, 4, changedBy);
    q.run();
}

std::optional<Deal> PgDealRepository::get(qint64 id) const
{
    auto q = m_connection.prepare(selectDeals() + QStringLiteral("WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    Deal d = read(r, 0);
    auto c = m_connection.prepare(
        QStringLiteral("SELECT contact_id FROM deal_contacts WHERE deal_id = $1 ORDER BY contact_id"));
    c.bind(1, id);
    const PgResult contacts = c.exec();
    for (int i = 0; i < contacts.rows(); ++i)
        d.contactIds << contacts.int64(i, 0);
    return d;
}

QList<Deal> PgDealRepository::forCustomer(qint64 customerId, bool openOnly) const
{
    auto q = m_connection.prepare(selectDeals()
                                  + (openOnly ? QStringLiteral("WHERE customer_id = $1 AND status = 'open' ")
                                              : QStringLiteral("WHERE customer_id = $1 "))
                                  + QStringLiteral("ORDER BY created_at DESC, id DESC"));
    q.bind(1, customerId);
    return readAll(q.exec());
}

void PgDealRepository::recordStageChange(qint64 dealId, qint64 stageId, const QDateTime &at, qint64 userId)
{
    auto close = m_connection.prepare(
        QStringLiteral("UPDATE deal_stage_history SET left_at = $1 WHERE deal_id = $2 AND left_at IS NULL"));
    PgValues::bindTime(close, 1, at);
    close.bind(2, dealId);
    close.run();
    insertHistory(dealId, stageId, at, userId);
}

QList<DealStageChange> PgDealRepository::history(qint64 dealId) const
{
    auto q = m_connection.prepare(
        QStringLiteral("SELECT id, deal_id, stage_id, entered_at, left_at, changed_by FROM deal_stage_history "
                       "WHERE deal_id = $1 ORDER BY entered_at, id"));
    q.bind(1, dealId);
    const PgResult r = q.exec();
    QList<DealStageChange> out;
    for (int i = 0; i < r.rows(); ++i) {
        out << DealStageChange { r.int64(i, 0),           r.int64(i, 1),
                                 r.int64(i, 2),           PgValues::time(r, i, 3),
                                 PgValues::time(r, i, 4), PgValues::optionalInt64(r, i, 5).value_or(0) };
    }
    return out;
}

QList<DealCard> PgDealRepository::openCards(qint64 stageId, qint64 ownerId, int limit) const
{
    auto q = m_connection.prepare(
        QStringLiteral("SELECT d.id, d.customer_id, c.name, d.title, %1, d.expected_close, d.owner_id, "
                       "d.stage_id, d.version FROM deals d JOIN customers c ON c.id = d.customer_id "
                       "WHERE d.pipeline_id = (SELECT pipeline_id FROM stages WHERE id = $1) AND d.status = 'open' "
                       "AND d.stage_id = $1 AND ($2 = 0 OR d.owner_id = $2) "
                       "ORDER BY d.expected_close IS NULL, d.expected_close, d.id LIMIT $3")
            .arg(amount(QStringLiteral("d.amount"))));
    q.bind(1, stageId);
    q.bind(2, ownerId);
    PgValues::bindLimit(q, 3, limit);
    const PgResult r = q.exec();
    QList<DealCard> out;
    for (int i = 0; i < r.rows(); ++i) {
        out << DealCard { r.int64(i, 0),
                          r.int64(i, 1),
                          r.text(i, 2),
                          r.text(i, 3),
                          r.int64(i, 4),
                          PgValues::date(r, i, 5),
                          PgValues::optionalInt64(r, i, 6).value_or(0),
                          r.int64(i, 7),
                          r.int64(i, 8) };
    }
    return out;
}

QList<StageTotals> PgDealRepository::openTotals(qint64 pipelineId, qint64 ownerId) const
{
    auto q = m_connection.prepare(
        QStringLiteral("SELECT stage_id, count(*), %1 FROM deals WHERE pipeline_id = $1 AND status = 'open' "
                       "AND ($2 = 0 OR owner_id = $2) GROUP BY stage_id ORDER BY stage_id")
            .arg(amount(QStringLiteral("sum(amount)"))));
    q.bind(1, pipelineId).bind(2, ownerId);
    const PgResult r = q.exec();
    QList<StageTotals> out;
    for (int i = 0; i < r.rows(); ++i)
        out << StageTotals { r.int64(i, 0), r.int64(i, 1), r.int64(i, 2) };
    return out;
}

QList<DealStageEvent> PgDealRepository::stageEventsForCustomer(qint64 customerId, int limit) const
{
    auto q = m_connection.prepare(
        QStringLiteral("SELECT h.id, h.deal_id, h.stage_id, h.entered_at, h.left_at, h.changed_by, d.title "
                       "FROM deals d JOIN deal_stage_history h ON h.deal_id = d.id WHERE d.customer_id = $1 "
                       "ORDER BY h.entered_at DESC, h.id DESC LIMIT $2"));
    q.bind(1, customerId);
    PgValues::bindLimit(q, 2, limit);
    const PgResult r = q.exec();
    QList<DealStageEvent> out;
    for (int i = 0; i < r.rows(); ++i) {
        out << DealStageEvent { DealStageChange { r.int64(i, 0), r.int64(i, 1), r.int64(i, 2), PgValues::time(r, i, 3),
                                                  PgValues::time(r, i, 4),
                                                  PgValues::optionalInt64(r, i, 5).value_or(0) },
                                r.text(i, 6) };
    }
    return out;
}

} // namespace peyvand
