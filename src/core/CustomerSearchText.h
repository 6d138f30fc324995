#pragma once
// What a customer can be found by: the normalised keys of its name, phones,
// identifiers, e-mail and loyalty card, separated by single spaces. Storage
// indexes this text; a search term matches when it is a substring of one key.
#include "Customer.h"

namespace peyvand::CustomerSearchText {

QString of(const Customer &customer);

} // namespace peyvand::CustomerSearchText
