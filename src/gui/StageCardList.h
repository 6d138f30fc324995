#pragma once
// The cards of one stage column on a pipeline board: drag a card out, drop a
// card of the same pipeline in, Ctrl+arrow to move the selected card a column.
#include <QListWidget>

namespace peyvand {

class StageCardList : public QListWidget
{
    Q_OBJECT
public:
    enum Role {
        DealIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        TitleRole,
        CustomerNameRole,
        AmountTextRole,
        CloseTextRole,
        OwnerTextRole,
        OwnerIdRole, // the deal's owner (qint64)
        MovableRole, // bool: the signed-in user may move this deal (edit_deals on its owner)
        VersionRole, // the deal's version as shown: a move checks it
    };

    StageCardList(qint64 pipelineId, qint64 stageId, QWidget *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    qint64 currentDealId() const; // 0: none selected
    bool selectDeal(qint64 dealId);
    // The version of the deal's card as shown; 0 when the deal has no card here.
    qint64 shownVersion(qint64 dealId) const;

signals:
    void dealDropped(qint64 dealId, qint64 stageId);
    // Ctrl+Left (-1) or Ctrl+Right (+1): a move one column that way on screen.
    void stepRequested(qint64 dealId, int visualStep);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    qint64 m_pipelineId;
    qint64 m_stageId;
};

} // namespace peyvand
