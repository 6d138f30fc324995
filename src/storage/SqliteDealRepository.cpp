#include "SqliteDealRepository.h"

#include "RecordVersion.h"
#include "RowColumns.h"
#include "SqliteDatabase.h"

namespace peyvand {

namespace {

const char *const kSelect = "SELECT id, customer_id, pipeline_id, stage_id, title, amount, expected_close, owner_id, "
                            "status, lost_reason, created_at, closed_at, version FROM deals ";

Deal read(SqliteStatement &q)
{
    Deal d;
    d.id = q.int64(0);
    d.customerId = q.int64(1);
    d.pipelineId = q.int64(2);
    d.stageId = q.int64(3);
    d.title = q.text(4);
    d.amount = q.int64(5);
    d.expectedClose = q.date(6);
    d.ownerId = q.optionalInt64(7).value_or(0);
    d.status = fromCode<DealStatus>(q.text(8)).value_or(DealStatus::Open);
    if (!q.isNull(9))
        d.lostReason = fromCode<LostReason>(q.text(9));
    d.createdAt = q.dateTime(10);
    d.closedAt = q.dateTime(11);
    d.version = q.int64(12);
    return d;
}

} // namespace

qint64 SqliteDealRepository::add(const Deal &d, qint64 createdBy)
{
    auto q = m_db.prepare(RowColumns::kInsertDeal);
    RowColumns::bindDeal(*q, d);
    q->run();
    Deal stored = d;
    stored.id = m_db.lastInsertId();
    writeContacts(stored);
    auto h = m_db.prepare(RowColumns::kInsertStageHistory);
    RowColumns::bindStageHistory(
        *h, stored.id, DealStageChange { 0, stored.id, d.stageId, d.createdAt, {}, createdBy ? createdBy : d.ownerId });
    h->run();
    return stored.id;
}

qint64 SqliteDealRepository::update(const Deal &d)
{
    auto q = m_db.prepare("UPDATE deals SET customer_id=?, pipeline_id=?, stage_id=?, title=?, amount=?, "
                          "expected_close=?, owner_id=?, status=?, lost_reason=?, created_at=?, closed_at=?, "
                          "version = version + 1 WHERE id=?12 AND (?13 = 0 OR version = ?13) RETURNING version");
    RowColumns::bindDeal(*q, d);
    q->bind(12, d.id).bind(13, d.version);
    const qint64 version = RecordVersion::stepUpdate(m_db, *q, RecordVersion::kDeals, d.id);
    writeContacts(d);
    return version;
}

void SqliteDealRepository::writeContacts(const Deal &d)
{
    auto del = m_db.prepare("DELETE FROM deal_contacts WHERE deal_id = ?");
    del->bind(1, d.id);
    del->run();
    for (qint64 contactId : d.contactIds) {
        auto q = m_db.prepare(RowColumns::kInsertDealContact);
        q->bind(1, d.id).bind(2, contactId);
        q->run();
    }
}

std::optional<Deal> SqliteDealRepository::get(qint64 id) const
{
    static const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    Deal d;
    {
        auto q = m_db.prepare(sql.constData());
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        d = read(*q);
    }
    auto c = m_db.prepare("SELECT contact_id FROM deal_contacts WHERE deal_id = ? ORDER BY contact_id");
    c->bind(1, id);
    while (c->step())
        d.contactIds << c->int64(0);
    return d;
}

QList<Deal> SqliteDealRepository::forCustomer(qint64 customerId, bool openOnly) const
{
    static const QByteArray all = QByteArray(kSelect) + "WHERE customer_id = ? ORDER BY created_at DESC, id DESC";
    static const QByteArray open
        = QByteArray(kSelect) + "WHERE customer_id = ? AND status = 'open' ORDER BY created_at DESC, id DESC";
    auto q = m_db.prepare(openOnly ? open.constData() : all.constData());
    q->bind(1, customerId);
    QList<Deal> out;
    while (q->step())
        out << read(*q);
    return out;
}

void SqliteDealRepository::recordStageChange(qint64 dealId, qint64 stageId, const QDateTime &at, qint64 userId)
{
    auto close = m_db.prepare("UPDATE deal_stage_history SET left_at = ? WHERE deal_id = ? AND left_at IS NULL");
    close->bind(1, at).bind(2, dealId);
    close->run();
    auto open = m_db.prepare(RowColumns::kInsertStageHistory);
    RowColumns::bindStageHistory(*open, dealId, DealStageChange { 0, dealId, stageId, at, {}, userId });
    open->run();
}

QList<DealStageChange> SqliteDealRepository::history(qint64 dealId) const
{
    auto q = m_db.prepare("SELECT id, deal_id, stage_id, entered_at, left_at, changed_by FROM deal_stage_history "
                          "WHERE deal_id = ? ORDER BY entered_at, id");
    q->bind(1, dealId);
    QList<DealStageChange> out;
    while (q->step())
        out << DealStageChange { q->int64(0),    q->int64(1),    q->int64(2),
                                 q->dateTime(3), q->dateTime(4), q->optionalInt64(5).value_or(0) };
    return out;
}

QList<DealCard> SqliteDealRepository::openCards(qint64 stageId, qint64 ownerId, int limit) const
{
    auto q = m_db.prepare("SELECT d.id, d.customer_id, c.name, d.title, d.amount, d.expected_close, d.owner_id, "
                          "d.stage_id, d.version FROM deals d JOIN customers c ON c.id = d.customer_id "
                          "WHERE d.pipeline_id = (SELECT pipeline_id FROM stages WHERE id = ?1) AND d.status = 'open' "
                          "AND d.stage_id = ?1 AND (?2 = 0 OR d.owner_id = ?2) "
                          "ORDER BY d.expected_close IS NULL, d.expected_close, d.id LIMIT ?3");
    q->bind(1, stageId).bind(2, ownerId).bind(3, limit);
    QList<DealCard> out;
    while (q->step())
        out << DealCard {
            q->int64(0), q->int64(1), q->text(2), q->text(3), q->int64(4), q->date(5), q->optionalInt64(6).value_or(0),
            q->int64(7), q->int64(8)
        };
    return out;
}

QList<StageTotals> SqliteDealRepository::openTotals(qint64 pipelineId, qint64 ownerId) const
{
    auto q = m_db.prepare("SELECT stage_id, count(*), sum(amount) FROM deals "
                          "WHERE pipeline_id = ?1 AND status = 'open' AND (?2 = 0 OR owner_id = ?2) GROUP BY stage_id");
    q->bind(1, pipelineId).bind(2, ownerId);
    QList<StageTotals> out;
    while (q->step())
        out << StageTotals { q->int64(0), q->int64(1), q->int64(2) };
    return out;
}

QList<DealStageEvent> SqliteDealRepository::stageEventsForCustomer(qint64 customerId, int limit) const
{
    auto q = m_db.prepare("SELECT h.id, h.deal_id, h.stage_id, h.entered_at, h.left_at, h.changed_by, d.title "
                          "FROM deals d JOIN deal_stage_history h ON h.deal_id = d.id WHERE d.customer_id = ? "
                          "ORDER BY h.entered_at DESC, h.id DESC LIMIT ?");
    q->bind(1, customerId).bind(2, limit);
    QList<DealStageEvent> out;
    while (q->step())
        out << DealStageEvent { DealStageChange { q->int64(0), q->int64(1), q->int64(2), q->dateTime(3), q->dateTime(4),
                                                  q->optionalInt64(5).value_or(0) },
                                q->text(6) };
    return out;
}

} // namespace peyvand
