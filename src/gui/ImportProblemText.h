#pragma once
// How the desktop app words an import problem: the reason in the UI language
// (the core gives English and Persian), the row and column as a person reads them.
#include "ImportProblem.h"

namespace peyvand::ImportProblemText {

QString reason(const ImportProblem &problem);
// "Row ۳، column «کد ملی»: …" (the whole file when row is 0); for a vCard
// file (`card`) "Card ۳، property «TEL»: …".
QString line(const ImportProblem &problem, bool card = false);

} // namespace peyvand::ImportProblemText
