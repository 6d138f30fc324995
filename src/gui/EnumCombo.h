#pragma once
// Combo boxes over a domain enum: one item per value with its label in the UI
// language (Display::label), the value kept as the item's data.
#include "Display.h"

#include <QComboBox>

namespace peyvand::EnumCombo {

template<typename E> void fill(QComboBox *combo)
{
    for (const auto &row : EnumInfo<E>::rows)
        combo->addItem(Display::label(row.value), static_cast<int>(row.value));
}

template<typename E> void select(QComboBox *combo, E value)
{
    const int index = combo->findData(static_cast<int>(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

template<typename E> E value(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace peyvand::EnumCombo
