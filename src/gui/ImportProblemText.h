#pragma once
// How the desktop app words an import problem: the reason in the UI language
// (the core gives English and Persian), the row and column as a person reads them.
#include "ImportProblem.h"

namespace peyvand::ImportProblemText {

QString reason(const ImportProblem &problem);
// "Row ۳، column «کد ملی»: …" (the whole file when row is 0).
QString line(const ImportProblem &problem);

} // namespace peyvand::ImportProblemText
