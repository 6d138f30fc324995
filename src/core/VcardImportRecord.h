#pragma once
// Lets a vCard go through the CSV import's machinery unchanged: each card
// becomes a record whose "columns" are the vCard properties the fields come
// from (FN, N, TEL, EMAIL, BDAY, ADR, NOTE, TITLE, X-PEYVAND-NATIONAL-CODE),
// so the same row builders validate it through the domain, the same writers
// find duplicates and write, and every problem names the property.
//
// A card has many phones; a customer row has a mobile and a phone: the first
// TEL that is a mobile number (a preferred one first) fills the mobile, the
// first other TEL the phone. Likewise the first (preferred) EMAIL and ADR.
#include "CsvReader.h"
#include "ImportMapping.h"
#include "VcardContact.h"

namespace peyvand::VcardImportRecord {

// The mapping of an individual or contact import (`kind`).
ImportMapping mapping(ImportKind kind);
// The card as a record of mapping()'s columns.
CsvRecord record(const VcardCard &card, const VcardContact &contact);

} // namespace peyvand::VcardImportRecord
