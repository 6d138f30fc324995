#include "SymbolIcon.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace peyvand::SymbolIcon {

QIcon disc(const QColor &color, const QString &glyph)
{
    static QHash<QString, QIcon> cache;
    const QString key = color.name() + glyph;
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        if (!glyph.isEmpty()) {
            QFont font;
            font.setPixelSize(size * 5 / 8);
            font.setBold(true);
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace peyvand::SymbolIcon
