#pragma once
// A "Won" or "Lost" target under a pipeline board: drop a card of the same
// pipeline on it to close the deal that way.
#include <QFrame>

class QLabel;

namespace peyvand {

class DealDropZone : public QFrame
{
    Q_OBJECT
public:
    DealDropZone(qint64 pipelineId, const QString &text, const QColor &color, QWidget *parent = nullptr);

    QString text() const;

signals:
    void dealDropped(qint64 dealId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHighlighted(bool on);

    qint64 m_pipelineId;
    QColor m_color;
    QLabel *m_label;
};

} // namespace peyvand
