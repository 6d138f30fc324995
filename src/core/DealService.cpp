#include "DealService.h"

#include "AccessPolicy.h"
#include "AuditTrail.h"
#include "AuditValues.h"
#include "ConcurrentChangeError.h"
#include "Ownership.h"
#include "PersianText.h"
#include "ValidationError.h"

namespace peyvand {

namespace {

DealStatus statusOf(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Won:
        return DealStatus::Won;
    case StageOutcome::Lost:
        return DealStatus::Lost;
    case StageOutcome::Open:
        break;
    }
    return DealStatus::Open;
}

void requireLostReason(const Stage &stage, const std::optional<LostReason> &reason)
{
    if (stage.outcome == StageOutcome::Lost && !reason)
        throw ValidationError(QStringLiteral("lost_reason"), QStringLiteral("required"),
                              QStringLiteral("a lost deal needs a lost reason (%1)").arg(allCodes<LostReason>()),
                              QStringLiteral("دلیل از دست رفتن فرصت را انتخاب کنید"));
}

} // namespace

DealService::DealService(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

qint64 DealService::create(Deal deal, qint64 userId)
{
    const User &actor = m_store.actor();
    deal.ownerId = Ownership::defaultOwner(actor, Permission::EditDeals, deal.ownerId);
    Ownership::requireCreate(actor, Permission::EditDeals, deal.ownerId);
    deal.amountHidden = false;
    deal.title = PersianText::tidy(deal.title);
    if (deal.title.isEmpty())
        throw ValidationError(QStringLiteral("title"), QStringLiteral("required"), QStringLiteral("title is required"),
                              QStringLiteral("عنوان فرصت را وارد کنید"));
    if (deal.amount < 0)
        throw ValidationError(QStringLiteral("amount"), QStringLiteral("negative"),
                              QStringLiteral("amount must not be negative"),
                              QStringLiteral("مبلغ نمی‌تواند منفی باشد"));
    const auto kind = m_store.customers().kindOf(deal.customerId);
    if (!kind)
        throw NotFoundError(QStringLiteral("customer_id"), QStringLiteral("customer"),
                            QString::number(deal.customerId));
    const auto pipeline
        = deal.pipelineId ? m_store.pipelines().get(deal.pipelineId) : m_store.pipelines().defaultFor(*kind);
    if (!pipeline)
        throw NotFoundError(QStringLiteral("pipeline_id"), QStringLiteral("pipeline"),
                            QString::number(deal.pipelineId));
    if (pipeline->kind != *kind)
        throw ValidationError(QStringLiteral("pipeline_id"), QStringLiteral("wrong_kind"),
                              QStringLiteral("pipeline '%1' is for %2 customers but customer %3 is %4")
                                  .arg(pipeline->name, toCode(pipeline->kind))
                                  .arg(deal.customerId)
                                  .arg(toCode(*kind)),
                              QStringLiteral("این فرایند فروش برای مشتریان %1 است و این مشتری %2 است")
                                  .arg(toPersian(pipeline->kind), toPersian(*kind)));
    const auto stage = deal.stageId ? pipeline->stage(deal.stageId) : pipeline->firstOpenStage();
    if (!stage)
        throw ValidationError(
            QStringLiteral("stage_id"), QStringLiteral("wrong_pipeline"),
            QStringLiteral("stage %1 is not a stage of pipeline '%2'").arg(deal.stageId).arg(pipeline->name),
            QStringLiteral("این مرحله متعلق به فرایند فروش «%1» نیست").arg(pipeline->name));
    requireLostReason(*stage, deal.lostReason);
    if (deal.ownerId && !m_store.users().get(deal.ownerId))
        throw NotFoundError(QStringLiteral("owner"), QStringLiteral("user"), QString::number(deal.ownerId));
    for (qint64 contactId : deal.contactIds) {
        const auto contact = m_store.contacts().get(contactId);
        if (!contact || contact->customerId != deal.customerId)
            throw ValidationError(
                QStringLiteral("contact_id"), QStringLiteral("wrong_customer"),
                QStringLiteral("contact %1 does not belong to customer %2").arg(contactId).arg(deal.customerId),
                QStringLiteral("این فرد رابط متعلق به همین مشتری نیست"));
    }
    deal.pipelineId = pipeline->id;
    deal.stageId = stage->id;
    deal.status = statusOf(stage->outcome);
    if (!deal.createdAt.isValid())
        deal.createdAt = m_clock.now();
    if (deal.status != DealStatus::Open && !deal.closedAt.isValid())
        deal.closedAt = m_clock.now();
    if (deal.status != DealStatus::Lost)
        deal.lostReason.reset();
    qint64 id = 0;
    m_store.transaction([&] {
        id = m_store.deals().add(deal, userId);
        deal.id = id;
        AuditTrail::record(m_store, m_clock, QStringLiteral("create"), QStringLiteral("deal"), id, nullptr,
                           AuditValues::deal(m_store.deals().get(id).value_or(deal)));
    });
    return id;
}

qint64 DealService::moveToStage(qint64 dealId, qint64 stageId, qint64 userId, std::optional<LostReason> reason,
                                qint64 expectedVersion)
{
    AccessPolicy::require(m_store.actor(), Permission::EditDeals);
    qint64 version = 0;
    // Read inside the write transaction: the move is judged on what is stored.
    m_store.transaction([&] {
        Deal deal = load(dealId); // unchecked: the amount must be written back as stored
        AccessPolicy::requireOn(m_store.actor(), Permission::EditDeals, deal.ownerId);
        ConcurrentChangeError::require(QStringLiteral("deal"), dealId, deal.version, expectedVersion);
        const Deal before = deal;
        version = deal.version;
        const auto pipeline = m_store.pipelines().get(deal.pipelineId);
        const auto stage = pipeline ? pipeline->stage(stageId) : std::nullopt;
        if (!stage)
            throw ValidationError(QStringLiteral("stage_id"), QStringLiteral("wrong_pipeline"),
                                  QStringLiteral("stage %1 is not a stage of this deal's pipeline").arg(stageId),
                                  QStringLiteral("این مرحله متعلق به فرایند فروش این فرصت نیست"));
        if (stage->id == deal.stageId)
            return;
        requireLostReason(*stage, reason);
        const QDateTime now = m_clock.now();
        deal.stageId = stage->id;
        deal.status = statusOf(stage->outcome);
        deal.lostReason = deal.status == DealStatus::Lost ? reason : std::nullopt;
        deal.closedAt = deal.status == DealStatus::Open ? QDateTime() : now;
        const QString action = deal.status == DealStatus::Won ? QStringLiteral("win")
            : deal.status == DealStatus::Lost                 ? QStringLiteral("lose")
                                                              : QStringLiteral("move_stage");
        version = m_store.deals().update(deal);
        m_store.deals().recordStageChange(deal.id, stage->id, now, userId);
        AuditTrail::record(m_store, m_clock, action, QStringLiteral("deal"), deal.id, AuditValues::deal(before),
                           AuditValues::deal(m_store.deals().get(deal.id).value_or(deal)));
    });
    return version;
}

bool DealService::amountsHidden() const
{
    return !AccessPolicy::allows(m_store.actor(), Permission::ViewDealAmounts);
}

Deal DealService::load(qint64 id) const
{
    auto d = m_store.deals().get(id);
    if (!d)
        throw NotFoundError(QStringLiteral("deal_id"), QStringLiteral("deal"), QString::number(id));
    return *d;
}

Deal DealService::get(qint64 id) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    Deal d = load(id);
    if (amountsHidden()) {
        d.amount = 0;
        d.amountHidden = true;
    }
    return d;
}

QList<Deal> DealService::forCustomer(qint64 customerId, bool openOnly) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    QList<Deal> deals = m_store.deals().forCustomer(customerId, openOnly);
    if (amountsHidden())
        for (Deal &d : deals) {
            d.amount = 0;
            d.amountHidden = true;
        }
    return deals;
}

QList<DealCard> DealService::openCards(qint64 stageId, qint64 ownerId, int limit) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    QList<DealCard> cards = m_store.deals().openCards(stageId, ownerId, limit);
    if (amountsHidden())
        for (DealCard &c : cards) {
            c.amount = 0;
            c.amountHidden = true;
        }
    return cards;
}

QList<StageTotals> DealService::openTotals(qint64 pipelineId, qint64 ownerId) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    QList<StageTotals> totals = m_store.deals().openTotals(pipelineId, ownerId);
    if (amountsHidden())
        for (StageTotals &t : totals) {
            t.amount = 0;
            t.amountHidden = true;
        }
    return totals;
}

} // namespace peyvand
