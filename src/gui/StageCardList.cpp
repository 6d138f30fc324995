#include "StageCardList.h"

#include "DealDrag.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace peyvand {

StageCardList::StageCardList(qint64 pipelineId, qint64 stageId, QWidget *parent)
    : QListWidget(parent)
    , m_pipelineId(pipelineId)
    , m_stageId(stageId)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setFrameShape(QFrame::NoFrame);
}

qint64 StageCardList::currentDealId() const
{
    const QListWidgetItem *item = currentItem();
    return item && item->isSelected() ? item->data(DealIdRole).toLongLong() : 0;
}

bool StageCardList::selectDeal(qint64 dealId)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(DealIdRole).toLongLong() == dealId) {
            setCurrentRow(i);
            scrollToItem(item(i));
            return true;
        }
    }
    return false;
}

qint64 StageCardList::shownVersion(qint64 dealId) const
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(DealIdRole).toLongLong() == dealId)
            return item(i)->data(VersionRole).toLongLong();
    return 0;
}

void StageCardList::startDrag(Qt::DropActions)
{
    QListWidgetItem *card = currentItem();
    if (!card || !card->data(MovableRole).toBool())
        return; // another rep's deal: it stays where it is
    auto *drag = new QDrag(this);
    drag->setMimeData(DealDrag::encode({ card->data(DealIdRole).toLongLong(), m_pipelineId, m_stageId }));
    const QRect rect = visualItemRect(card);
    drag->setPixmap(viewport()->grab(rect));
    drag->setHotSpot(QPoint(rect.width() / 2, rect.height() / 2));
    // The board reloads every column after a move: nothing to remove here.
    drag->exec(Qt::MoveAction);
}

void StageCardList::dragEnterEvent(QDragEnterEvent *event)
{
    dragMoveEvent(event);
}

void StageCardList::dragMoveEvent(QDragMoveEvent *event)
{
    // Only a card of this pipeline from another column; anything else shows no drop cursor.
    if (DealDrag::accepts(event->mimeData(), m_pipelineId, m_stageId)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void StageCardList::dropEvent(QDropEvent *event)
{
    const auto payload = DealDrag::decode(event->mimeData());
    if (!payload || !DealDrag::accepts(event->mimeData(), m_pipelineId, m_stageId)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit dealDropped(payload->dealId, m_stageId);
}

void StageCardList::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (ctrl && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const qint64 deal = currentDealId();
        if (deal && currentItem()->data(MovableRole).toBool())
            emit stepRequested(deal, event->key() == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    const bool menuKey
        = event->key() == Qt::Key_Menu || (event->key() == Qt::Key_F10 && (event->modifiers() & Qt::ShiftModifier));
    if (menuKey && currentItem()) {
        emit customContextMenuRequested(visualItemRect(currentItem()).center());
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace peyvand
