#include "AuditLabels.h"

#include "Display.h"

#include <QCoreApplication>

namespace peyvand::AuditLabels {

namespace {

struct Label
{
    const char *code;
    const char *english; // translated in the "peyvand::AuditLabels" context
};

// The actions the services record (AuditTrail::record); see docs/architecture.md.
constexpr Label kActions[] = {
    { "create", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Created") },
    { "update", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Edited") },
    { "move_stage", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Stage changed") },
    { "win", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Won") },
    { "lose", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Lost") },
    { "complete", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Follow-up done") },
    { "reschedule", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Follow-up moved") },
    { "open", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Opened") },
    { "resolve", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Resolved") },
    { "assign", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Assigned") },
    { "tracking", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Tracking code set") },
    { "status", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Status changed") },
    { "payment", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Payment recorded") },
    { "note", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Note added") },
    { "import", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Imported") },
    { "set_password", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Password changed") },
    { "sign_in_failed", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Failed sign-in") },
    { "seed", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Demo data added") },
    { "import_snapshot", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Full import (JSON)") },
};

constexpr Label kEntities[] = {
    { "customer", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Customer") },
    { "contact", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Contact person") },
    { "deal", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Deal") },
    { "activity", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Activity") },
    { "order", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Order") },
    { "request", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Service request") },
    { "user", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "User") },
    { "pipeline", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Pipeline") },
    { "import", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Import") },
    { "database", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Database") },
};

// The fields JsonRecordEncoder writes (customers, contacts, deals, activities,
// orders, requests, users, pipelines).
constexpr Label kFields[] = {
    { "id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "ID") },
    { "kind", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Kind") },
    { "owner_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Owner") },
    { "lifecycle", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Lifecycle stage") },
    { "source", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Source") },
    { "do_not_call", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Do not call") },
    { "do_not_sms", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Do not text") },
    { "tags", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Tags") },
    { "phones", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Phones") },
    { "addresses", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Addresses") },
    { "created_at", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Created on") },
    { "updated_at", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Last changed") },
    { "company_name", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Company name") },
    { "national_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "National ID") },
    { "economic_code", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Economic code") },
    { "registration_no", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Registration number") },
    { "registration_date", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Registration date") },
    { "industry", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Industry") },
    { "employees", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Employees") },
    { "website", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Website") },
    { "parent_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Parent company") },
    { "first_name", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "First name") },
    { "last_name", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Last name") },
    { "national_code", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "National code") },
    { "email", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "E-mail") },
    { "birth_date", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Birth date") },
    { "preferences", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Preferences") },
    { "loyalty_card", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Loyalty card") },
    { "household_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Household") },
    { "household_role", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Role in household") },
    { "household_decides", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Decides in household") },
    { "customer_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Customer") },
    { "job_title", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Job title") },
    { "role", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Role") },
    { "influence", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Influence") },
    { "attitude", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Attitude") },
    { "mobile", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Mobile") },
    { "phone", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Phone") },
    { "notes", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Notes") },
    { "pipeline_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Pipeline") },
    { "stage_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Stage") },
    { "title", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Title") },
    { "amount", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Amount") },
    { "expected_close", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Expected close") },
    { "status", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Status") },
    { "lost_reason", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Lost reason") },
    { "contact_ids", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Contact persons") },
    { "closed_at", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Closed on") },
    { "stage_history", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Stage history") },
    { "deal_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Deal") },
    { "contact_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Contact person") },
    { "type", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Type") },
    { "direction", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Direction") },
    { "at", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Time") },
    { "duration", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Duration (seconds)") },
    { "outcome", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Outcome") },
    { "follow_up_at", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Follow-up") },
    { "follow_up_done", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Follow-up done") },
    { "number", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Number") },
    { "tracking_code", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Tracking code") },
    { "total", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Total") },
    { "lines", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Order lines") },
    { "payments", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Payments") },
    { "status_history", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Status history") },
    { "order_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Order") },
    { "subject", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Subject") },
    { "description", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Description") },
    { "priority", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Priority") },
    { "assignee_id", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Assignee") },
    { "resolved_at", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Resolved on") },
    { "username", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "User name") },
    { "full_name", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Full name") },
    { "active", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Active") },
    { "name", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Name") },
    { "stages", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Stages") },
    { "version", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Version") },
    // The summaries of a seed and of a full (JSON) import (docs/security.md).
    { "seed", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Random seed") },
    { "as_of", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "As of") },
    { "users", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Users") },
    { "customers", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Customers") },
    { "contacts", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Contact persons") },
    { "deals", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Deals") },
    { "activities", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Activities") },
    { "orders", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Orders") },
    { "service_requests", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Service requests") },
    { "file", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "File") },
    { "schema_version", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Schema version") },
    { "exported_at", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Exported on") },
    { "counts", QT_TRANSLATE_NOOP("peyvand::AuditLabels", "Records") },
};

template<std::size_t N> QString lookUp(const Label (&table)[N], const QString &code)
{
    for (const Label &l : table)
        if (code == QLatin1String(l.code))
            return QCoreApplication::translate("peyvand::AuditLabels", l.english);
    return Display::englishLabel(code);
}

template<std::size_t N> QStringList codes(const Label (&table)[N])
{
    QStringList out;
    for (const Label &l : table)
        out << QString::fromLatin1(l.code);
    return out;
}

} // namespace

QString action(const QString &code)
{
    return lookUp(kActions, code);
}

QString entity(const QString &code)
{
    return lookUp(kEntities, code);
}

QString field(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("peyvand::AuditLabels", "Value");
    return lookUp(kFields, code);
}

QStringList actions()
{
    return codes(kActions);
}

QStringList entities()
{
    return codes(kEntities);
}

} // namespace peyvand::AuditLabels
