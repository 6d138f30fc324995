#pragma once
// What a signed-in user may do. Each role holds a set of these (AccessPolicy);
// the services check them, so the desktop app and peyvand-cli obey the same rules.
#include "EnumText.h"

namespace peyvand {

enum class Permission {
    ReadCustomers, // see customers, contacts, activities, orders
    EditCustomers, // create and change customers and their contact persons
    ReassignOwners, // give a customer or a deal to another owner
    EditDeals, // open deals, move them between stages, win or lose them
    ViewDealAmounts, // see what a deal is worth
    LogActivities, // log calls, meetings, notes on any customer
    EditActivities, // complete, reschedule or change a logged activity
    EditOrders, // create orders and record payments
    ChangeOrderStatus, // move an order along its status flow, set tracking codes
    HandleRequests, // open, assign, note and resolve after-sales requests
    EditPipelines, // change pipelines and their stages
    ViewPipelineReports, // pipeline, funnel, forecast, win rate, lost reasons, activity reports
    ViewOrderReports, // the orders report
    ViewAudit, // read the audit trail
    ImportData, // bulk import (CSV, vCard, JSON snapshot)
    ExportData, // bulk export (CSV, vCard, iCalendar, JSON snapshot)
    ManageUsers, // add users, change roles, disable users, reset passwords
    ManageBackups, // back up, restore, backup settings
};

template<> struct EnumInfo<Permission>
{
    static constexpr std::array<EnumRow<Permission>, 18> rows { {
        { Permission::ReadCustomers, "read_customers", "مشاهدهٔ مشتریان" },
        { Permission::EditCustomers, "edit_customers", "ویرایش مشتریان" },
        { Permission::ReassignOwners, "reassign_owners", "تغییر مسئول" },
        { Permission::EditDeals, "edit_deals", "ویرایش فرصت‌های فروش" },
        { Permission::ViewDealAmounts, "view_deal_amounts", "مشاهدهٔ مبلغ فرصت‌ها" },
        { Permission::LogActivities, "log_activities", "ثبت فعالیت" },
        { Permission::EditActivities, "edit_activities", "ویرایش فعالیت‌ها" },
        { Permission::EditOrders, "edit_orders", "ثبت سفارش و پرداخت" },
        { Permission::ChangeOrderStatus, "change_order_status", "تغییر وضعیت سفارش" },
        { Permission::HandleRequests, "handle_requests", "رسیدگی به درخواست‌های پشتیبانی" },
        { Permission::EditPipelines, "edit_pipelines", "ویرایش قیف‌های فروش" },
        { Permission::ViewPipelineReports, "view_pipeline_reports", "گزارش‌های فروش" },
        { Permission::ViewOrderReports, "view_order_reports", "گزارش سفارش‌ها" },
        { Permission::ViewAudit, "view_audit", "مشاهدهٔ سابقهٔ تغییرات" },
        { Permission::ImportData, "import_data", "ورود گروهی داده" },
        { Permission::ExportData, "export_data", "خروجی گرفتن از داده" },
        { Permission::ManageUsers, "manage_users", "مدیریت کاربران" },
        { Permission::ManageBackups, "manage_backups", "پشتیبان‌گیری و بازیابی" },
    } };
};

// How far a permission reaches for one role: not at all, only records the user
// owns (a sales rep's customers, deals and activities), or every record.
enum class PermissionScope { None, Own, All };

} // namespace peyvand
