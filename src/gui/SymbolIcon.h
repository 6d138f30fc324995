#pragma once
// Small round icons drawn on the fly: a coloured disc with an optional white
// symbol, for attitudes, timeline kinds and statuses (no image files needed).
#include <QColor>
#include <QIcon>
#include <QString>

namespace peyvand::SymbolIcon {

QIcon disc(const QColor &color, const QString &glyph = {});

} // namespace peyvand::SymbolIcon
