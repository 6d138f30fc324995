#pragma once
// The JSON shapes of peyvand-cli (documented in docs/cli.md). Dates are ISO
// (YYYY-MM-DD), timestamps ISO 8601 in UTC, money whole Rials, enums their codes.
#include "Activity.h"
#include "ContactPerson.h"
#include "Customer.h"
#include "CustomerQuery.h"
#include "Deal.h"
#include "Order.h"
#include "ServiceRequest.h"

#include <nlohmann/json.hpp>

namespace peyvand::cli::JsonFormat {

std::string text(const QString &s);
nlohmann::json timestamp(const QDateTime &t); // null when invalid
nlohmann::json date(const QDate &d); // null when invalid

nlohmann::json customerRow(const CustomerRow &row);
nlohmann::json customer(const Customer &c);
nlohmann::json contact(const ContactPerson &c);
nlohmann::json deal(const Deal &d, const QString &stageName);
nlohmann::json activity(const Activity &a);
nlohmann::json orderSummary(const Order &o, const QString &customerName);
// A service request; `notes` only when withNotes (otherwise the key is absent).
nlohmann::json serviceRequest(const ServiceRequest &r, bool withNotes);

// Writes a JSON document followed by a newline.
void print(QTextStream &out, const nlohmann::json &doc);

} // namespace peyvand::cli::JsonFormat
