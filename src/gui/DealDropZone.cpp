#include "DealDropZone.h"

#include "DealDrag.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace peyvand {

DealDropZone::DealDropZone(qint64 pipelineId, const QString &text, const QColor &color, QWidget *parent)
    : QFrame(parent)
    , m_pipelineId(pipelineId)
    , m_color(color)
    , m_label(new QLabel(text, this))
{
    setAcceptDrops(true);
    setMinimumHeight(48);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    setHighlighted(false);
}

QString DealDropZone::text() const
{
    return m_label->text();
}

void DealDropZone::setHighlighted(bool on)
{
    QColor fill = m_color;
    fill.setAlpha(on ? 110 : 35);
    setStyleSheet(QStringLiteral("peyvand--DealDropZone { border: 2px dashed %1; border-radius: 8px; background: %2; }")
                      .arg(m_color.name(), fill.name(QColor::HexArgb)));
}

void DealDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (DealDrag::accepts(event->mimeData(), m_pipelineId)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        setHighlighted(true);
    } else {
        event->ignore();
    }
}

void DealDropZone::dragMoveEvent(QDragMoveEvent *event)
{
    if (DealDrag::accepts(event->mimeData(), m_pipelineId)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DealDropZone::dragLeaveEvent(QDragLeaveEvent *)
{
    setHighlighted(false);
}

void DealDropZone::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const auto payload = DealDrag::decode(event->mimeData());
    if (!payload || payload->pipelineId != m_pipelineId) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit dealDropped(payload->dealId);
}

} // namespace peyvand
