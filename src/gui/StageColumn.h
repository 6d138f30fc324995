#pragma once
// One open stage on a pipeline board: a header with the stage's name,
// probability, deal count, total and weighted total, and its cards.
#include "DealBoard.h"
#include "Pipeline.h"

#include <QFrame>

class QLabel;
class QListWidgetItem;

namespace peyvand {

class StageCardList;
class Workspace;

class StageColumn : public QFrame
{
    Q_OBJECT
public:
    StageColumn(Workspace &workspace, const Stage &stage, QWidget *parent = nullptr);

    const Stage &stage() const { return m_stage; }
    StageCardList *list() const { return m_list; }
    QString headerText() const { return m_headerText; }
    // `count` and `amount`: all open deals of the stage (the cards may be fewer).
    void setCards(const QList<DealCard> &cards, qint64 count, qint64 amount);
    // The cards in place: a card that stays keeps its item (updated when it
    // changed), others are inserted or removed one by one, never a reset of
    // the list, so a change another desktop made moves only its own card.
    void syncCards(const QList<DealCard> &cards);
    // The header's count and totals, and how many are not shown as cards.
    void setTotals(qint64 count, qint64 amount);

private:
    void fill(QListWidgetItem *item, const DealCard &card) const;

    Workspace &m_workspace;
    Stage m_stage;
    QLabel *m_header;
    StageCardList *m_list;
    QLabel *m_more;
    QString m_headerText;
    qint64 m_count = 0;
};

} // namespace peyvand
