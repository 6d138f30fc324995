#pragma once
// How one report cell reads on screen and in the PDF: through Display, so
// Persian digits, money as a grouped number in Rial/Toman (the unit in the
// column title), Jalali dates; "—" for an undefined percentage.
#include "ReportTable.h"

namespace peyvand::ReportCellText {

QString cell(const QVariant &value, ReportColumn::Type type);
// 62.5 → ۶۲٫۵٪ / 62.5%
QString percent(double fraction);
// A number with at most `decimals` decimals and the UI's digits and decimal mark.
QString decimal(double value, int decimals = 1);
// A table's or column's title in the UI language.
QString title(const ReportTable &table);
QString title(const ReportColumn &column);
bool isNumeric(ReportColumn::Type type);

} // namespace peyvand::ReportCellText
