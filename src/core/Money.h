#pragma once
// Money is a whole number of Rials in a 64-bit integer; Toman = Rial / 10.
#include <QString>
#include <QtGlobal>

namespace peyvand::Money {

// Accepts digits in any script with thousands separators (, ٬ or spaces) and an
// optional unit suffix (ریال / rial); rejects negatives, fractions and overflow.
qint64 parseRials(const QString &text, const QString &field = QStringLiteral("amount"));
// 12,500,000 with Latin digits.
QString formatRials(qint64 rials);
// ۱۲٬۵۰۰٬۰۰۰ ریال or ۱٬۲۵۰٬۰۰۰ تومان for display.
QString formatPersian(qint64 rials, bool toman);

} // namespace peyvand::Money
