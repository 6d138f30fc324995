#pragma once
// The kanban board of one pipeline (B2B or B2C): a column per open stage with
// its totals and cards, Won / Lost drop zones, moves by mouse, menu or keyboard.
#include "Customer.h"
#include "Deal.h"
#include "Pipeline.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QMimeData;
class QPushButton;

namespace peyvand {

class DealDropZone;
class StageCardList;
class StageColumn;
class Workspace;

class PipelineBoard : public QWidget
{
    Q_OBJECT
public:
    PipelineBoard(Workspace &workspace, CustomerKind kind, QWidget *parent = nullptr);

    CustomerKind kind() const { return m_kind; }
    qint64 pipelineId() const { return m_pipeline ? m_pipeline->id : 0; }
    QList<qint64> stageIds() const; // the open stages shown, in pipeline order

    // What a drop on a column does: move the deal there (any stage of this
    // pipeline; a lost stage needs markLost). Errors appear on the board. The
    // move carries the card's version as shown; when someone else changed the
    // deal since, nothing moves and ConcurrentChangeBox offers to reload.
    void moveDeal(qint64 dealId, qint64 stageId);
    void markWon(qint64 dealId);
    void markLost(qint64 dealId, LostReason reason);
    // Whether `data` is a deal card of this board's pipeline.
    bool acceptsDrop(const QMimeData *data) const;

    QStringList cardTitles(qint64 stageId) const;
    QString headerText(qint64 stageId) const;
    QString errorText() const;
    void setCardLimit(int limit); // cards per column (default 100)
    void reload();
    // One deal changed (here or on another desktop): the cards of the column
    // that shows it and of the column it is in now are brought up to date in
    // place, and every header's totals; the other columns' cards stay as they are.
    void refreshDeal(qint64 dealId);

signals:
    void openCustomer(qint64 customerId);

private:
    void buildColumns();
    void refresh(const QList<StageColumn *> &columns); // their cards; every header's totals
    StageColumn *columnShowing(qint64 dealId) const;
    StageColumn *column(qint64 stageId) const;
    qint64 shownVersion(qint64 dealId) const; // of the deal's card; 0: not shown
    void apply(qint64 dealId, qint64 stageId, std::optional<LostReason> reason);
    void askLost(qint64 dealId);
    void step(StageCardList *list, qint64 dealId, int visualStep);
    void showCardMenu(StageCardList *list, const QPoint &pos);
    void newDeal();
    void showError(const QString &text);

    Workspace &m_workspace;
    CustomerKind m_kind;
    std::optional<Pipeline> m_pipeline;
    int m_cardLimit = 100;
    qint64 m_focusDeal = 0; // select (and focus) this card after the next reload

    QLabel *m_title;
    QLabel *m_summary;
    QComboBox *m_ownerFilter;
    QPushButton *m_newDeal;
    QLabel *m_error;
    QList<StageColumn *> m_columns;
    DealDropZone *m_wonZone = nullptr;
    DealDropZone *m_lostZone = nullptr;
};

} // namespace peyvand
