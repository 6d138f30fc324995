#pragma once
// Iranian phone numbers are strings, never numbers. Every accepted form
// (+98 912…, 0098912…, 98912…, 912…, ۰۹۱۲…, with spaces, dashes, dots or
// parentheses) becomes the national form with a leading 0: 09121234567 for a
// mobile, 02188776655 for a landline (0 + area code + subscriber number).
#include <QString>

namespace peyvand::PhoneNumber {

enum class Kind { Mobile, Landline };

// Throws ValidationError naming `field` when the input is not a mobile number.
QString normaliseMobile(const QString &input, const QString &field = QStringLiteral("mobile"));
// Accepts a mobile or a landline with its area code.
QString normalise(const QString &input, const QString &field = QStringLiteral("phone"));
// The canonical form, or an empty string when the input is not a phone number.
QString tryNormalise(const QString &input);
Kind kindOf(const QString &canonical);

} // namespace peyvand::PhoneNumber
