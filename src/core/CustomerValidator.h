#pragma once
// Checks a customer and brings every field to its canonical form (tidy Persian
// text, canonical phones and identifiers). Throws ValidationError on the first
// field that cannot be accepted.
#include "Customer.h"

namespace peyvand::CustomerValidator {

void normalise(Customer &customer, const QDate &today);

} // namespace peyvand::CustomerValidator
