#pragma once
// One open stage on a pipeline board: a header with the stage's name,
// probability, deal count, total and weighted total, and its cards.
#include "DealBoard.h"
#include "Pipeline.h"

#include <QFrame>

class QLabel;

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

    // amount × probability / 100 without overflowing.

private:
    Workspace &m_workspace;
    Stage m_stage;
    QLabel *m_header;
    StageCardList *m_list;
    QLabel *m_more;
    QString m_headerText;
};

} // namespace peyvand
