#include "DealCardDelegate.h"

#include "StageCardList.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace peyvand {

namespace {

constexpr int kMargin = 4; // around the card
constexpr int kPadding = 8; // inside the card
constexpr int kLines = 3;

} // namespace

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.lineSpacing();
    return { 200, kLines * line + 2 * (kMargin + kPadding) + 4 };
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;

    const QRectF card
        = QRectF(option.rect).adjusted(kMargin + 0.5, kMargin / 2.0 + 0.5, -kMargin - 0.5, -kMargin / 2.0 - 0.5);
    QColor fill = pal.color(QPalette::Base);
    if (selected)
        fill = pal.color(QPalette::Highlight).lighter(180);
    QColor border = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    painter->setPen(QPen(border, focused && selected ? 2 : 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(card, 6, 6);

    const QRect text = card.toRect().adjusted(kPadding, kPadding - 2, -kPadding, -kPadding + 2);
    const int line = option.fontMetrics.lineSpacing();
    const Qt::Alignment leading
        = QStyle::visualAlignment(option.direction, Qt::AlignLeading | Qt::AlignVCenter) | Qt::AlignAbsolute;
    const Qt::Alignment trailing
        = QStyle::visualAlignment(option.direction, Qt::AlignTrailing | Qt::AlignVCenter) | Qt::AlignAbsolute;
    auto row = [&](int n) { return QRect(text.left(), text.top() + n * line, text.width(), line); };
    auto draw = [&](const QRect &r, Qt::Alignment align, const QString &s, const QFont &font) {
        painter->setFont(font);
        const QString elided = QFontMetrics(font).elidedText(s, Qt::ElideRight, r.width());
        painter->drawText(r, int(align), elided);
    };

    const QColor ink = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    QFont bold = option.font;
    bold.setBold(true);
    // One line: `lead` on the leading side, `trail` (muted, at most 45 %) on the trailing side.
    auto split = [&](int n, const QString &lead, const QFont &leadFont, const QString &trail) {
        const QRect r = row(n);
        const int trailWidth
            = trail.isEmpty() ? 0 : qMin(option.fontMetrics.horizontalAdvance(trail) + 2, r.width() * 45 / 100);
        QRect leadRect = r, trailRect = r;
        if (option.direction == Qt::RightToLeft) {
            leadRect.setLeft(r.left() + trailWidth + (trailWidth ? kPadding : 0));
            trailRect.setRight(r.left() + trailWidth);
        } else {
            leadRect.setRight(r.right() - trailWidth - (trailWidth ? kPadding : 0));
            trailRect.setLeft(r.right() - trailWidth);
        }
        painter->setPen(ink);
        draw(leadRect, leading, lead, leadFont);
        painter->setPen(muted);
        draw(trailRect, trailing, trail, option.font);
    };
    painter->setPen(ink);
    draw(row(0), leading, index.data(StageCardList::TitleRole).toString(), bold);
    split(1, index.data(StageCardList::CustomerNameRole).toString(), option.font,
          index.data(StageCardList::OwnerTextRole).toString());
    split(2, index.data(StageCardList::AmountTextRole).toString(), bold,
          index.data(StageCardList::CloseTextRole).toString());
    painter->restore();
}

} // namespace peyvand
