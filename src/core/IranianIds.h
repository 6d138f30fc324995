#pragma once
// Iranian identifiers with check digits: national code (کد ملی), legal national
// ID (شناسه ملی), Sheba (IBAN), postal code; and e-mail addresses. Each
// normalise* function accepts any digit script and stray separators, returns the
// canonical form, and throws ValidationError naming `field` when it is invalid.
#include <QString>

namespace peyvand::IranianIds {

bool isValidNationalCode(const QString &digits10);
bool isValidLegalNationalId(const QString &digits11);
bool isValidSheba(const QString &canonical); // "IR" + 24 digits

QString normaliseNationalCode(const QString &input, const QString &field = QStringLiteral("national_code"));
QString normaliseLegalNationalId(const QString &input, const QString &field = QStringLiteral("national_id"));
QString normaliseSheba(const QString &input, const QString &field = QStringLiteral("sheba"));
QString normalisePostalCode(const QString &input, const QString &field = QStringLiteral("postal_code"));
QString normaliseEmail(const QString &input, const QString &field = QStringLiteral("email"));
// Economic code (کد اقتصادی): 12 digits for companies (older ones 11).
QString normaliseEconomicCode(const QString &input, const QString &field = QStringLiteral("economic_code"));

// The check digit that completes 9 digits into a valid national code, and 10
// digits into a valid legal national ID (for generating demo and test data).
QChar nationalCodeCheckDigit(const QString &nineDigits);
QChar legalNationalIdCheckDigit(const QString &tenDigits);

// The digits of an input in Latin script with spaces, dashes and dots removed.
QString digitsOnly(const QString &input);

} // namespace peyvand::IranianIds
