#pragma once
// What a support desk query is: the lookup box and the orders list's search
// both classify the text the same way. Digits of any script become Latin;
// input made only of digits and phone punctuation (spaces, dashes, dots,
// parentheses, a leading +) is a number and is looked up exactly as each key it
// can be — an order number, a phone (national form), a national code (10
// digits) or a legal national ID (11 digits); anything else is part of a name.
#include <QString>

namespace peyvand {

struct LookupText
{
    QString normalised; // tidy(): Latin digits, Persian ی/ک, folded spaces
    bool isNumber = false; // digits and phone punctuation only
    QString digits; // the digits of a number, Latin
    QString phone; // the canonical phone (09121234567) when the number is one
    QString nationalId; // the digits when there are 10 or 11 of them

    static LookupText classify(const QString &text);
    bool isEmpty() const { return normalised.isEmpty(); }
};

} // namespace peyvand
