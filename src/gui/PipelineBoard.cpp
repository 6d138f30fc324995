#include "PipelineBoard.h"

#include "ConcurrentChangeBox.h"
#include "ConcurrentChangeError.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "DealDialog.h"
#include "DealDrag.h"
#include "DealDropZone.h"
#include "Display.h"
#include "LostReasonDialog.h"
#include "RoleGate.h"
#include "StageCardList.h"
#include "StageColumn.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace peyvand {

PipelineBoard::PipelineBoard(Workspace &workspace, CustomerKind kind, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_ownerFilter(new QComboBox(this))
    , m_newDeal(new QPushButton(tr("&New deal"), this))
    , m_error(new QLabel(this))
{
    setObjectName(kind == CustomerKind::Legal ? QStringLiteral("pipelineBoardLegal")
                                              : QStringLiteral("pipelineBoardIndividual"));
    try {
        m_pipeline = m_workspace.store().pipelines().defaultFor(kind);
    } catch (const DatabaseError &e) {
        showError(QString::fromStdString(e.what()));
    }

    m_title->setObjectName(QStringLiteral("pipelineTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setText(m_pipeline ? m_pipeline->name : tr("No pipeline for these customers"));
    m_summary->setObjectName(QStringLiteral("pipelineSummary"));
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerFilter->addItem(tr("Everyone"), 0);
    for (const User &u : m_workspace.users())
        m_ownerFilter->addItem(u.fullName.isEmpty() ? u.username : u.fullName, u.id);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_ownerFilter);
    m_newDeal->setObjectName(QStringLiteral("newDealButton"));
    RoleGate::gate(m_newDeal, m_workspace.user(), Permission::EditDeals);
    if (!m_pipeline)
        m_newDeal->setEnabled(false);
    m_error->setObjectName(QStringLiteral("boardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(ownerLabel);
    bar->addWidget(m_ownerFilter);
    bar->addWidget(m_newDeal);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    buildColumns();

    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this, &PipelineBoard::reload);
    connect(m_newDeal, &QPushButton::clicked, this, &PipelineBoard::newDeal);
    connect(&m_workspace, &Workspace::dealChanged, this, [this](qint64 dealId, qint64) { refreshDeal(dealId); });
    connect(&m_workspace, &Workspace::dataReset, this, &PipelineBoard::reload);
    reload();
}

void PipelineBoard::buildColumns()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("boardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *strip = new QWidget(scroll);
    auto *columns = new QHBoxLayout(strip);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(6);
    scroll->setWidget(strip);
    layout->addWidget(scroll, 1);
    if (!m_pipeline)
        return;

    QWidget *previous = m_newDeal;
    for (const Stage &stage : m_pipeline->stages) {
        if (stage.outcome != StageOutcome::Open)
            continue;
        auto *column = new StageColumn(m_workspace, stage, strip);
        columns->addWidget(column, 1);
        m_columns << column;
        StageCardList *list = column->list();
        setTabOrder(previous, list);
        previous = list;
        // Queued: the drop finishes before the board rebuilds its columns.
        connect(list, &StageCardList::dealDropped, this, &PipelineBoard::moveDeal, Qt::QueuedConnection);
        connect(list, &StageCardList::stepRequested, this,
                [this, list](qint64 deal, int visualStep) { step(list, deal, visualStep); });
        connect(list, &QWidget::customContextMenuRequested, this,
                [this, list](const QPoint &pos) { showCardMenu(list, pos); });
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit openCustomer(item->data(StageCardList::CustomerIdRole).toLongLong());
        });
    }
    columns->addStretch(0);

    // Winning and losing are moves too: no drop zones for a role that moves no deals.
    const bool moves = RoleGate::decide(m_workspace.user(), Permission::EditDeals).visible;
    const auto won = moves ? m_pipeline->firstWithOutcome(StageOutcome::Won) : std::nullopt;
    const auto lost = moves ? m_pipeline->firstWithOutcome(StageOutcome::Lost) : std::nullopt;
    auto *zones = new QHBoxLayout;
    if (won) {
        m_wonZone = new DealDropZone(m_pipeline->id, tr("Won — drop a card here (%1)").arg(won->name),
                                     QColor(0x2e, 0x7d, 0x32), this);
        m_wonZone->setObjectName(QStringLiteral("wonZone"));
        zones->addWidget(m_wonZone);
        connect(m_wonZone, &DealDropZone::dealDropped, this, &PipelineBoard::markWon, Qt::QueuedConnection);
    }
    if (lost) {
        m_lostZone = new DealDropZone(m_pipeline->id, tr("Lost — drop a card here (%1)").arg(lost->name),
                                      QColor(0xc6, 0x28, 0x28), this);
        m_lostZone->setObjectName(QStringLiteral("lostZone"));
        zones->addWidget(m_lostZone);
        connect(m_lostZone, &DealDropZone::dealDropped, this, &PipelineBoard::askLost, Qt::QueuedConnection);
    }
    layout->addLayout(zones);
}

QList<qint64> PipelineBoard::stageIds() const
{
    QList<qint64> ids;
    for (const StageColumn *c : m_columns)
        ids << c->stage().id;
    return ids;
}

StageColumn *PipelineBoard::column(qint64 stageId) const
{
    for (StageColumn *c : m_columns)
        if (c->stage().id == stageId)
            return c;
    return nullptr;
}

void PipelineBoard::reload()
{
    refresh(m_columns);
}

StageColumn *PipelineBoard::columnShowing(qint64 dealId) const
{
    for (StageColumn *c : m_columns)
        if (c->list()->shownVersion(dealId))
            return c;
    return nullptr;
}

void PipelineBoard::refreshDeal(qint64 dealId)
{
    if (!m_pipeline)
        return;
    QList<StageColumn *> affected;
    if (StageColumn *shown = columnShowing(dealId))
        affected << shown;
    qint64 pipelineId = 0;
    try {
        const Deal deal = m_workspace.deals().get(dealId);
        pipelineId = deal.pipelineId;
        if (StageColumn *now = column(deal.stageId); now && !affected.contains(now))
            affected << now;
    } catch (const std::exception &) {
        // Deleted (or not readable): only its card, if shown, goes.
    }
    if (affected.isEmpty() && pipelineId != m_pipeline->id)
        return; // another pipeline's deal
    refresh(affected);
}

void PipelineBoard::refresh(const QList<StageColumn *> &columns)
{
    if (!m_pipeline)
        return;
    const qint64 owner = m_ownerFilter->currentData().toLongLong();
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    try {
        QHash<qint64, StageTotals> totals;
        for (const StageTotals &t : m_workspace.deals().openTotals(m_pipeline->id, owner))
            totals.insert(t.stageId, t);
        qint64 count = 0, amount = 0, weighted = 0;
        for (StageColumn *c : m_columns) {
            const StageTotals t = totals.value(c->stage().id);
            if (columns.contains(c))
                c->syncCards(m_workspace.deals().openCards(c->stage().id, owner, m_cardLimit));
            c->setTotals(t.count, t.amount);
            count += t.count;
            amount += t.amount;
            weighted += weightedAmount(t.amount, c->stage().probability);
        }
        if (RoleGate::showsDealAmounts(m_workspace.user()))
            m_summary->setText(tr("%1 open deals · %2 · weighted %3")
                                   .arg(Display::number(count), Display::money(amount), Display::money(weighted)));
        else
            m_summary->setText(tr("%1 open deals").arg(Display::number(count)));
    } catch (const DatabaseError &e) {
        showError(QString::fromStdString(e.what()));
    }
    if (m_focusDeal) {
        for (StageColumn *c : m_columns) {
            if (c->list()->selectDeal(m_focusDeal)) {
                if (hadFocus)
                    c->list()->setFocus();
                break;
            }
        }
        m_focusDeal = 0;
    }
}

void PipelineBoard::setCardLimit(int limit)
{
    m_cardLimit = qMax(1, limit);
    reload();
}

bool PipelineBoard::acceptsDrop(const QMimeData *data) const
{
    return m_pipeline && DealDrag::accepts(data, m_pipeline->id);
}

QStringList PipelineBoard::cardTitles(qint64 stageId) const
{
    QStringList titles;
    if (const StageColumn *c = column(stageId))
        for (int i = 0; i < c->list()->count(); ++i)
            titles << c->list()->item(i)->data(StageCardList::TitleRole).toString();
    return titles;
}

QString PipelineBoard::headerText(qint64 stageId) const
{
    const StageColumn *c = column(stageId);
    return c ? c->headerText() : QString();
}

QString PipelineBoard::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PipelineBoard::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PipelineBoard::apply(qint64 dealId, qint64 stageId, std::optional<LostReason> reason)
{
    showError({});
    try {
        const Deal before = m_workspace.deals().get(dealId);
        if (before.stageId == stageId)
            return; // already there: nothing to record
        // The card's version as shown: a deal someone else changed since is not moved blindly.
        m_workspace.deals().moveToStage(dealId, stageId, m_workspace.user().id, reason, shownVersion(dealId));
        m_focusDeal = dealId;
        emit m_workspace.dealChanged(dealId, before.customerId);
    } catch (const ConcurrentChangeError &e) {
        showError(Display::error(e));
        const auto choice = ConcurrentChangeBox::ask(
            e, this,
            tr("Reload: show the board as it is saved now.\nKeep editing: the board stays as it is; moving this "
               "deal again is refused until you reload."));
        if (choice == ConcurrentChangeBox::Choice::Reload) {
            m_focusDeal = dealId;
            reload();
        }
    } catch (const ValidationError &e) {
        showError(Display::error(e));
    } catch (const DatabaseError &e) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Database error"), DatabaseErrorText::whileSaving(e),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

qint64 PipelineBoard::shownVersion(qint64 dealId) const
{
    for (const StageColumn *c : m_columns)
        if (const qint64 version = c->list()->shownVersion(dealId))
            return version;
    return 0;
}

void PipelineBoard::moveDeal(qint64 dealId, qint64 stageId)
{
    apply(dealId, stageId, std::nullopt);
}

void PipelineBoard::markWon(qint64 dealId)
{
    const auto won = m_pipeline ? m_pipeline->firstWithOutcome(StageOutcome::Won) : std::nullopt;
    if (won)
        apply(dealId, won->id, std::nullopt);
}

void PipelineBoard::markLost(qint64 dealId, LostReason reason)
{
    const auto lost = m_pipeline ? m_pipeline->firstWithOutcome(StageOutcome::Lost) : std::nullopt;
    if (lost)
        apply(dealId, lost->id, reason);
}

void PipelineBoard::askLost(qint64 dealId)
{
    QString title;
    try {
        title = m_workspace.deals().get(dealId).title;
    } catch (const std::exception &) {
        return reload();
    }
    auto *dialog = new LostReasonDialog(title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, dealId] { markLost(dealId, dialog->reason()); });
    dialog->open();
}

void PipelineBoard::step(StageCardList *list, qint64 dealId, int visualStep)
{
    const QList<qint64> ids = stageIds();
    const int index = ids.indexOf(list->stageId());
    // On a right-to-left board the next stage is to the left.
    const int forward = layoutDirection() == Qt::RightToLeft ? -visualStep : visualStep;
    const int target = index + forward;
    if (index >= 0 && target >= 0 && target < ids.size())
        moveDeal(dealId, ids[target]);
}

void PipelineBoard::showCardMenu(StageCardList *list, const QPoint &pos)
{
    QListWidgetItem *item = list->itemAt(pos);
    if (!item)
        item = list->currentItem();
    if (!item)
        return;
    list->setCurrentItem(item);
    const qint64 dealId = item->data(StageCardList::DealIdRole).toLongLong();
    const qint64 customerId = item->data(StageCardList::CustomerIdRole).toLongLong();
    const bool rtl = layoutDirection() == Qt::RightToLeft;

    // Another rep's deal: the moves stay in the menu, disabled, saying why.
    const RoleGate::Decision move = RoleGate::decideOn(m_workspace.user(), Permission::EditDeals,
                                                       item->data(StageCardList::OwnerIdRole).toLongLong());
    const auto gated = [&move](QAction *action, bool possible) {
        RoleGate::apply(action, move);
        if (action->isEnabled())
            action->setEnabled(possible);
    };

    QMenu menu(this);
    menu.setObjectName(QStringLiteral("cardMenu"));
    menu.setToolTipsVisible(true);
    menu.addAction(tr("&Open customer"), this, [this, customerId] { emit openCustomer(customerId); });
    menu.addSeparator();
    const QList<qint64> ids = stageIds();
    const int index = ids.indexOf(list->stageId());
    QAction *next = menu.addAction(tr("Move to &next stage"), this, [=, this] { step(list, dealId, rtl ? -1 : 1); });
    next->setShortcut(rtl ? QKeySequence(Qt::CTRL | Qt::Key_Left) : QKeySequence(Qt::CTRL | Qt::Key_Right));
    gated(next, index + 1 < ids.size());
    QAction *back
        = menu.addAction(tr("Move to &previous stage"), this, [=, this] { step(list, dealId, rtl ? 1 : -1); });
    back->setShortcut(rtl ? QKeySequence(Qt::CTRL | Qt::Key_Right) : QKeySequence(Qt::CTRL | Qt::Key_Left));
    gated(back, index > 0);
    QMenu *moveTo = menu.addMenu(tr("&Move to"));
    moveTo->setObjectName(QStringLiteral("moveToMenu"));
    for (const StageColumn *c : m_columns) {
        QAction *a = moveTo->addAction(c->stage().name, this,
                                       [this, dealId, stage = c->stage().id] { moveDeal(dealId, stage); });
        a->setEnabled(c->stage().id != list->stageId());
    }
    gated(moveTo->menuAction(), true);
    menu.addSeparator();
    gated(menu.addAction(tr("Mark &won"), this, [this, dealId] { markWon(dealId); }), m_wonZone != nullptr);
    gated(menu.addAction(tr("Mark &lost…"), this, [this, dealId] { askLost(dealId); }), m_lostZone != nullptr);
    menu.exec(list->viewport()->mapToGlobal(pos));
}

void PipelineBoard::newDeal()
{
    auto *dialog = new DealDialog(m_workspace, m_kind, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace peyvand
