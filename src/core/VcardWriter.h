#pragma once
// Writes vCards: BEGIN/VERSION/…/END, parameters quoted when they must be,
// lines folded at 75 octets without splitting a UTF-8 sequence, CRLF ends.
#include "VcardCard.h"

#include <QByteArray>

namespace peyvand::VcardWriter {

// One property as a folded content line (its value is already escaped).
QByteArray line(const VcardProperty &property);
// A whole card, with the card's version (3.0 when empty).
QByteArray card(const VcardCard &card);

} // namespace peyvand::VcardWriter
