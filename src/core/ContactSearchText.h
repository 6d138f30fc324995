#pragma once
// What a contact person can be found by: the normalised keys of the whole
// name, job title, phones and e-mail (as CustomerSearchText does for customers).
#include "ContactPerson.h"

namespace peyvand::ContactSearchText {

QString of(const ContactPerson &contact);

} // namespace peyvand::ContactSearchText
