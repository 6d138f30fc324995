#pragma once
// Puts the whole application in one language: Qt's own translations (standard
// buttons and dialogs), Peyvand's, the default locale, the layout direction
// (right-to-left for Persian) and Display's digits and labels.
#include "UiSettings.h"

namespace peyvand::LanguageSetup {

void apply(UiSettings::Language language);
// The best installed font that shapes Persian: Vazirmatn, else Noto Sans Arabic.
void applyPersianFont();

} // namespace peyvand::LanguageSetup
