#include "StageColumn.h"

#include "AccessPolicy.h"
#include "DealCardDelegate.h"
#include "Display.h"
#include "RoleGate.h"
#include "StageCardList.h"
#include "Workspace.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace peyvand {

namespace {

QString percent(int value)
{
    return Display::number(value) + (Display::persian() ? QStringLiteral("٪") : QStringLiteral("%"));
}

} // namespace

StageColumn::StageColumn(Workspace &workspace, const Stage &stage, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_stage(stage)
    , m_header(new QLabel(this))
    , m_list(new StageCardList(stage.pipelineId, stage.id, this))
    , m_more(new QLabel(this))
{
    const QString id = QString::number(stage.id);
    setObjectName(QStringLiteral("stageColumn_") + id);
    m_header->setObjectName(QStringLiteral("stageHeader_") + id);
    m_list->setObjectName(QStringLiteral("stageList_") + id);
    m_more->setObjectName(QStringLiteral("stageMore_") + id);
    m_list->setAccessibleName(stage.name);
    m_list->setItemDelegate(new DealCardDelegate(m_list));

    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(230);
    setMaximumWidth(300);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setMargin(6);
    m_header->setBackgroundRole(QPalette::AlternateBase);
    m_header->setAutoFillBackground(true);
    m_more->setAlignment(Qt::AlignCenter);
    m_more->setForegroundRole(QPalette::PlaceholderText);
    m_more->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more);
    setCards({}, 0, 0);
}

void StageColumn::setCards(const QList<DealCard> &cards, qint64 count, qint64 amount)
{
    syncCards(cards);
    setTotals(count, amount);
}

void StageColumn::setTotals(qint64 count, qint64 amount)
{
    const User &user = m_workspace.user();
    const bool amounts = RoleGate::showsDealAmounts(user); // support: counts, never amounts
    const QString title = tr("%1 (%2)").arg(m_stage.name, percent(m_stage.probability));
    if (amounts) {
        const QString deals = tr("%1 deals · %2").arg(Display::number(count), Display::money(amount));
        const QString weighted = tr("Weighted: %1").arg(Display::money(weightedAmount(amount, m_stage.probability)));
        m_headerText = QStringList { title, deals, weighted }.join(QLatin1Char('\n'));
        m_header->setText(QStringLiteral("<b>%1</b><br>%2<br><span>%3</span>")
                              .arg(title.toHtmlEscaped(), deals.toHtmlEscaped(), weighted.toHtmlEscaped()));
    } else {
        const QString deals = tr("%1 deals").arg(Display::number(count));
        m_headerText = QStringList { title, deals }.join(QLatin1Char('\n'));
        m_header->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), deals.toHtmlEscaped()));
    }
    m_header->setToolTip(m_headerText);
    m_count = count;
    const qint64 hidden = count - m_list->count();
    m_more->setVisible(hidden > 0);
    m_more->setText(hidden > 0 ? tr("and %1 more").arg(Display::number(hidden)) : QString());
}

void StageColumn::syncCards(const QList<DealCard> &cards)
{
    const bool moves = AccessPolicy::allows(m_workspace.user(), Permission::EditDeals);
    m_list->setDragEnabled(moves);
    m_list->setAcceptDrops(moves);

    const qint64 selected = m_list->currentDealId();
    QSet<qint64> wanted;
    for (const DealCard &card : cards)
        wanted.insert(card.id);
    for (int row = m_list->count() - 1; row >= 0; --row)
        if (!wanted.contains(m_list->item(row)->data(StageCardList::DealIdRole).toLongLong()))
            delete m_list->takeItem(row);
    for (int row = 0; row < cards.size(); ++row) {
        const DealCard &card = cards[row];
        int at = row;
        while (at < m_list->count() && m_list->item(at)->data(StageCardList::DealIdRole).toLongLong() != card.id)
            ++at;
        QListWidgetItem *item = nullptr;
        if (at >= m_list->count()) { // not shown yet
            item = new QListWidgetItem;
            m_list->insertItem(row, item);
        } else if (at == row) {
            item = m_list->item(row);
        } else { // further down: its place changed
            item = m_list->takeItem(at);
            m_list->insertItem(row, item);
        }
        fill(item, card);
    }
    if (selected && m_list->currentDealId() != selected)
        m_list->selectDeal(selected);
    const qint64 hidden = m_count - m_list->count();
    m_more->setVisible(hidden > 0);
    m_more->setText(hidden > 0 ? tr("and %1 more").arg(Display::number(hidden)) : QString());
}

void StageColumn::fill(QListWidgetItem *item, const DealCard &card) const
{
    const User &user = m_workspace.user();
    const bool amounts = RoleGate::showsDealAmounts(user);
    const QString amountText = amounts ? Display::money(card.amount) : QString();
    const RoleGate::Decision move = RoleGate::decideOn(user, Permission::EditDeals, card.ownerId);
    const QString closeText = card.expectedClose.isValid() ? Display::date(card.expectedClose) : QString();
    const QString owner = card.ownerId ? m_workspace.userName(card.ownerId) : tr("No owner");
    const auto set = [item](int role, const QVariant &value) {
        if (item->data(role) != value) // unchanged values emit no dataChanged
            item->setData(role, value);
    };
    set(StageCardList::DealIdRole, card.id);
    set(StageCardList::CustomerIdRole, card.customerId);
    set(StageCardList::TitleRole, card.title);
    set(StageCardList::CustomerNameRole, card.customerName);
    set(StageCardList::AmountTextRole, amountText);
    set(StageCardList::CloseTextRole, closeText);
    set(StageCardList::OwnerTextRole, owner);
    set(StageCardList::OwnerIdRole, card.ownerId);
    set(StageCardList::MovableRole, move.enabled);
    set(StageCardList::VersionRole, card.version);
    QStringList summary { card.title, card.customerName };
    if (amounts)
        summary << amountText;
    if (!closeText.isEmpty())
        summary << tr("Expected close: %1").arg(closeText);
    summary << tr("Owner: %1").arg(owner);
    const QString text = summary.join(QStringLiteral(" — ")); // for screen readers and type-ahead
    if (item->text() != text)
        item->setText(text);
    if (move.visible && !move.enabled)
        summary << move.reason; // why it does not move
    const QString tip = summary.join(QLatin1Char('\n'));
    if (item->toolTip() != tip)
        item->setToolTip(tip);
}

} // namespace peyvand
