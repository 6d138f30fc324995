#pragma once
// Paints a deal on a pipeline board as a card: title; customer and owner;
// amount and expected close — laid out for the UI's direction.
#include <QStyledItemDelegate>

namespace peyvand {

class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace peyvand
