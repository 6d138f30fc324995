#pragma once
// Text for a cell of a CSV file that people open in Excel or LibreOffice Calc:
// a cell starting with = + - @ (or a tab or carriage return, which some
// spreadsheets skip before looking for one) is a formula there, and a
// formula from a customer's name (=HYPERLINK(…), =cmd|…) runs on the reader's
// machine. Such a cell gets a leading apostrophe, the mark both programs use
// for "this is text" (OWASP's advice for CSV injection).
#include <QString>

namespace peyvand::SpreadsheetSafe {

// True when a spreadsheet would read `text` as a formula.
bool isFormula(const QString &text);
// `text`, with a leading ' when it would be read as a formula.
QString text(const QString &text);

} // namespace peyvand::SpreadsheetSafe
