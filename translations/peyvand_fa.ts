<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/main.cpp" line="202"/>
        <location filename="../src/app/main.cpp" line="208"/>
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="203"/>
        <location filename="../src/app/main.cpp" line="209"/>
        <source>The database could not be opened.</source>
        <translation>پایگاه داده باز نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineChart.cpp" line="20"/>
        <source>Open deals by stage — %1</source>
        <translation>فرصت‌های فروش باز به تفکیک مرحله — %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineChart.cpp" line="21"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineChart.cpp" line="22"/>
        <source>Weighted amount</source>
        <translation>مبلغ وزنی</translation>
    </message>
    <message>
        <location filename="../src/gui/ActivityChart.cpp" line="19"/>
        <source>Activities per rep per week (average over %1 weeks)</source>
        <translation>فعالیت هر کارشناس در هفته (میانگین %1 هفته)</translation>
    </message>
    <message>
        <location filename="../src/gui/ActivityChart.cpp" line="20"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/ActivityChart.cpp" line="21"/>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/ActivityChart.cpp" line="22"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../src/gui/ForecastChart.cpp" line="16"/>
        <source>Weighted amount by expected close month</source>
        <translation>مبلغ وزنی به تفکیک ماه پیش‌بینی‌شدهٔ بسته شدن</translation>
    </message>
    <message>
        <location filename="../src/gui/FunnelChart.cpp" line="19"/>
        <source>Deals that reached each stage — %1</source>
        <translation>فرصت‌هایی که به هر مرحله رسیدند — %1</translation>
    </message>
    <message>
        <location filename="../src/gui/FunnelChart.cpp" line="20"/>
        <source>Deals reached</source>
        <translation>فرصت‌های رسیده</translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonsChart.cpp" line="27"/>
        <source>Deals lost in the period, by reason</source>
        <translation>فرصت‌های ازدست‌رفته در دوره، به تفکیک دلیل</translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonsChart.cpp" line="46"/>
        <source>Not given</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersChart.cpp" line="17"/>
        <source>Orders created in the period, by current status</source>
        <translation>سفارش‌های ثبت‌شده در دوره، به تفکیک وضعیت فعلی</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersChart.cpp" line="18"/>
        <location filename="../src/gui/ReportMeasures.cpp" line="51"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="57"/>
        <location filename="../src/gui/ReportExporter.cpp" line="107"/>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="57"/>
        <location filename="../src/gui/ReportExporter.cpp" line="108"/>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="59"/>
        <source>Billion %1</source>
        <translation>میلیارد %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="61"/>
        <source>Million %1</source>
        <translation>میلیون %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="63"/>
        <source>Thousand %1</source>
        <translation>هزار %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="209"/>
        <location filename="../src/gui/ReportExporter.cpp" line="77"/>
        <source>Companies (B2B)</source>
        <translation>شرکت‌ها (B2B)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="209"/>
        <location filename="../src/gui/ReportExporter.cpp" line="78"/>
        <source>Individuals (B2C)</source>
        <translation>اشخاص (B2C)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="79"/>
        <source>B2B and B2C side by side</source>
        <translation>B2B و B2C کنار هم</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="80"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="81"/>
        <source>Pipeline: %1 · Owner: %2 · Period: %3 to %4 · Orders stuck after %5 days</source>
        <translation>قیف: %1 · کارشناس: %2 · دوره: %3 تا %4 · سفارش مانده پس از %5 روز</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="101"/>
        <location filename="../src/gui/ReportExporter.cpp" line="147"/>
        <source>Peyvand sales reports</source>
        <translation>گزارش‌های فروش پیوند</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="101"/>
        <source>Peyvand reports</source>
        <translation>گزارش‌های پیوند</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="106"/>
        <source>Amounts in %1.</source>
        <translation>مبلغ‌ها به %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="154"/>
        <source>The PDF could not be written to %1.</source>
        <translation>فایل PDF در %1 نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="169"/>
        <source>The CSV file could not be written to %1: %2</source>
        <translation>فایل CSV در %1 نوشته نشد: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="39"/>
        <source>Pipeline by stage</source>
        <translation>قیف باز به تفکیک مرحله</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="41"/>
        <source>Funnel</source>
        <translation>قیف تبدیل</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="43"/>
        <source>Win rate and cycle</source>
        <translation>نرخ موفقیت و چرخهٔ فروش</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="45"/>
        <source>Lost reasons</source>
        <translation>دلایل از دست رفتن</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="47"/>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="49"/>
        <source>Activity per rep</source>
        <translation>فعالیت کارشناسان</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="76"/>
        <source>No open deals created by the end of this period.</source>
        <translation>تا پایان این دوره هیچ فرصت فروش بازی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="79"/>
        <source>No deals were created in this period.</source>
        <translation>در این دوره هیچ فرصت فروشی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="82"/>
        <source>No deals were won or lost in this period.</source>
        <translation>در این دوره هیچ فرصت فروشی موفق یا ازدست‌رفته نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="85"/>
        <source>No deals were lost in this period.</source>
        <translation>در این دوره هیچ فرصت فروشی از دست نرفته است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="88"/>
        <source>No open deals are expected to close in the next six months.</source>
        <translation>هیچ فرصت باز فروشی برای بسته شدن در شش ماه آینده پیش‌بینی نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="91"/>
        <source>No calls, meetings or other activities were logged in this period.</source>
        <translation>در این دوره هیچ تماس، جلسه یا فعالیت دیگری ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="96"/>
        <source>No orders were created in this period and none are stuck.</source>
        <translation>در این دوره سفارشی ثبت نشده و سفارش مانده‌ای هم نیست.</translation>
    </message>
    <message>
        <location filename="../src/gui/WinRateChart.cpp" line="16"/>
        <source>Win rate of the deals closed in the period</source>
        <translation>نرخ موفقیت فرصت‌های بسته‌شده در دوره</translation>
    </message>
    <message>
        <location filename="../src/gui/WinRateChart.cpp" line="17"/>
        <source>By count</source>
        <translation>بر اساس تعداد</translation>
    </message>
    <message>
        <location filename="../src/gui/WinRateChart.cpp" line="18"/>
        <source>By amount</source>
        <translation>بر اساس مبلغ</translation>
    </message>
</context>
<context>
    <name>peyvand::AuditChangeModel</name>
    <message>
        <location filename="../src/gui/AuditChangeModel.cpp" line="100"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditChangeModel.cpp" line="102"/>
        <source>Before</source>
        <translation>پیش از تغییر</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditChangeModel.cpp" line="104"/>
        <source>After</source>
        <translation>پس از تغییر</translation>
    </message>
</context>
<context>
    <name>peyvand::AuditLabels</name>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="19"/>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="20"/>
        <source>Edited</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="21"/>
        <source>Stage changed</source>
        <translation>تغییر مرحله</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="30"/>
        <source>Status changed</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="31"/>
        <source>Payment recorded</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="32"/>
        <source>Note added</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="33"/>
        <source>Imported</source>
        <translation>ورود از فایل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="34"/>
        <source>Password changed</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="35"/>
        <source>Failed sign-in</source>
        <translation>ورود ناموفق</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="36"/>
        <source>Demo data added</source>
        <translation>افزودن دادهٔ نمایشی</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="37"/>
        <source>Full import (JSON)</source>
        <translation>ورود کامل (JSON)</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="41"/>
        <location filename="../src/gui/AuditLabels.cpp" line="87"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="42"/>
        <location filename="../src/gui/AuditLabels.cpp" line="106"/>
        <source>Contact person</source>
        <translation>فرد رابط</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="43"/>
        <location filename="../src/gui/AuditLabels.cpp" line="105"/>
        <source>Deal</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="44"/>
        <source>Activity</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="45"/>
        <location filename="../src/gui/AuditLabels.cpp" line="120"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="46"/>
        <source>Service request</source>
        <translation>درخواست خدمات</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="47"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="48"/>
        <location filename="../src/gui/AuditLabels.cpp" line="95"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="49"/>
        <source>Import</source>
        <translation>ورود از فایل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="50"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="56"/>
        <source>ID</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="57"/>
        <source>Kind</source>
        <translation>نوع مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="58"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="59"/>
        <source>Lifecycle stage</source>
        <translation>مرحلهٔ چرخهٔ عمر</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="60"/>
        <source>Source</source>
        <translation>کانال جذب</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="61"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="62"/>
        <source>Do not text</source>
        <translation>پیامک نفرستید</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="63"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="64"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="65"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="66"/>
        <source>Created on</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="67"/>
        <source>Last changed</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="68"/>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="69"/>
        <source>National ID</source>
        <translation>شناسه ملی</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="70"/>
        <source>Economic code</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="71"/>
        <source>Registration number</source>
        <translation>شماره ثبت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="72"/>
        <source>Registration date</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="73"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="74"/>
        <source>Employees</source>
        <translation>تعداد کارکنان</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="75"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="76"/>
        <source>Parent company</source>
        <translation>شرکت مادر</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="77"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="78"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="79"/>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="80"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="81"/>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="82"/>
        <source>Preferences</source>
        <translation>علایق و ترجیحات</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="83"/>
        <source>Loyalty card</source>
        <translation>کارت باشگاه مشتریان</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="84"/>
        <source>Household</source>
        <translation>خانوار</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="85"/>
        <source>Role in household</source>
        <translation>نقش در خانوار</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="86"/>
        <source>Decides in household</source>
        <translation>تصمیم‌گیرندهٔ خانوار</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="88"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="89"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="90"/>
        <source>Influence</source>
        <translation>نفوذ</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="91"/>
        <source>Attitude</source>
        <translation>نگرش</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="92"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="93"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="94"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="96"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="97"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="98"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="99"/>
        <source>Expected close</source>
        <translation>تاریخ پیش‌بینی بستن</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="100"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="101"/>
        <source>Lost reason</source>
        <translation>دلیل از دست رفتن</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="102"/>
        <location filename="../src/gui/AuditLabels.cpp" line="137"/>
        <source>Contact persons</source>
        <translation>افراد رابط</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="104"/>
        <source>Stage history</source>
        <translation>تاریخچهٔ مراحل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="107"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="108"/>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="109"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="110"/>
        <source>Duration (seconds)</source>
        <translation>مدت (ثانیه)</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="111"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="112"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="24"/>
        <location filename="../src/gui/AuditLabels.cpp" line="113"/>
        <source>Follow-up done</source>
        <translation>پیگیری انجام شد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="22"/>
        <source>Won</source>
        <translation>برنده شد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="23"/>
        <source>Lost</source>
        <translation>از دست رفت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="25"/>
        <source>Follow-up moved</source>
        <translation>جابه‌جایی پیگیری</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="26"/>
        <source>Opened</source>
        <translation>ثبت شد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="28"/>
        <source>Assigned</source>
        <translation>تعیین کارشناس</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="29"/>
        <source>Tracking code set</source>
        <translation>ثبت کد رهگیری</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="103"/>
        <source>Closed on</source>
        <translation>تاریخ بسته شدن</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="114"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="115"/>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="116"/>
        <source>Total</source>
        <translation>مبلغ کل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="117"/>
        <source>Order lines</source>
        <translation>اقلام سفارش</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="118"/>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="119"/>
        <source>Status history</source>
        <translation>تاریخچهٔ وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="121"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="122"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="123"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="124"/>
        <source>Assignee</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="27"/>
        <source>Resolved</source>
        <translation>حل شد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="125"/>
        <source>Resolved on</source>
        <translation>تاریخ حل شدن</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="126"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="127"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="128"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="129"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="130"/>
        <source>Stages</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="131"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="133"/>
        <source>Random seed</source>
        <translation>عدد آغازین تصادفی</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="134"/>
        <source>As of</source>
        <translation>تاریخ مبنا</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="135"/>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="136"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="138"/>
        <source>Deals</source>
        <translation>فرصت‌های فروش</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="139"/>
        <source>Activities</source>
        <translation>تعامل‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="140"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="141"/>
        <source>Service requests</source>
        <translation>درخواست‌های خدمات</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="142"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="143"/>
        <source>Schema version</source>
        <translation>نسخهٔ ساختار پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="144"/>
        <source>Exported on</source>
        <translation>تاریخ خروجی</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="145"/>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditLabels.cpp" line="179"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
</context>
<context>
    <name>peyvand::AuditListModel</name>
    <message>
        <location filename="../src/gui/AuditListModel.cpp" line="117"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditListModel.cpp" line="119"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditListModel.cpp" line="134"/>
        <source>%1 and %2 more</source>
        <translation>%1 و %2 مورد دیگر</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditListModel.cpp" line="178"/>
        <source>System</source>
        <translation>سیستم</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditListModel.cpp" line="217"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditListModel.cpp" line="219"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditListModel.cpp" line="221"/>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditListModel.cpp" line="223"/>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditListModel.cpp" line="225"/>
        <source>Changed fields</source>
        <translation>فیلدهای تغییرکرده</translation>
    </message>
</context>
<context>
    <name>peyvand::AuditValueText</name>
    <message>
        <location filename="../src/gui/AuditValueText.cpp" line="159"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditValueText.cpp" line="160"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>peyvand::AuditView</name>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="66"/>
        <source>Audit trail</source>
        <translation>سابقهٔ تغییرات</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="161"/>
        <source>All records</source>
        <translation>همهٔ رکوردها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="165"/>
        <source>Any ID</source>
        <translation>هر شناسه‌ای</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="169"/>
        <source>The record&apos;s ID (with a record kind)</source>
        <translation>شناسهٔ رکورد (همراه با نوع رکورد)</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="170"/>
        <source>&amp;Record:</source>
        <translation>رکورد:</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="175"/>
        <source>&amp;User:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="179"/>
        <source>All actions</source>
        <translation>همهٔ کارها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="182"/>
        <source>&amp;Action:</source>
        <translation>کار:</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="189"/>
        <source>Any date</source>
        <translation>هر تاریخی</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="191"/>
        <source>&amp;From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="193"/>
        <source>&amp;To:</source>
        <translation>تا تاریخ:</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="196"/>
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="226"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="252"/>
        <source>The record ID must be a whole number.</source>
        <translation>شناسهٔ رکورد باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="254"/>
        <source>Choose which kind of record the ID belongs to.</source>
        <translation>نوع رکوردی را که این شناسه به آن تعلق دارد انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="315"/>
        <source>Select an entry to see what changed.</source>
        <translation>برای دیدن تغییرها، یک سطر را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="321"/>
        <source>%1 — %2, by %3 at %4</source>
        <translation>%1 — %2، توسط %3 در %4</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="330"/>
        <source>No entries match.</source>
        <translation>موردی با این فیلترها پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="332"/>
        <source>%1 entries</source>
        <translation>%1 مورد</translation>
    </message>
    <message>
        <location filename="../src/gui/AuditView.cpp" line="334"/>
        <source>More than %1 entries</source>
        <translation>بیش از %1 مورد</translation>
    </message>
</context>
<context>
    <name>peyvand::BackupPhaseText</name>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="9"/>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="11"/>
        <source>Checking the backup…</source>
        <translation>در حال بررسی پشتیبان…</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="13"/>
        <source>Checking the backup file…</source>
        <translation>در حال بررسی فایل پشتیبان…</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="15"/>
        <source>Keeping a copy of the current data…</source>
        <translation>در حال نگه‌داشتن نسخه‌ای از داده‌های فعلی…</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="17"/>
        <source>Restoring…</source>
        <translation>در حال بازیابی…</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="19"/>
        <source>Updating the restored data…</source>
        <translation>در حال به‌روزرسانی داده‌های بازیابی‌شده…</translation>
    </message>
</context>
<context>
    <name>peyvand::BackupScheduler</name>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="28"/>
        <source>%1 %2%</source>
        <translation>%1 ٪%2</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="114"/>
        <source>The backup %1 was restored. The data it replaced was kept as %2.</source>
        <translation>پشتیبان %1 بازیابی شد. داده‌هایی که جایگزین شدند در %2 نگه داشته شدند.</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="118"/>
        <location filename="../src/gui/BackupScheduler.cpp" line="123"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="120"/>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>بازیابی لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="122"/>
        <source>The backup was not restored.</source>
        <translation>پشتیبان بازیابی نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="124"/>
        <source>The backup was not restored; your data is unchanged.

%1</source>
        <translation>پشتیبان بازیابی نشد؛ داده‌های شما تغییری نکرده است.

%1</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="127"/>
        <source>Backup saved: %1</source>
        <translation>پشتیبان ذخیره شد: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="130"/>
        <location filename="../src/gui/BackupScheduler.cpp" line="140"/>
        <source>Back up</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="131"/>
        <source>The backup was saved as %1.</source>
        <translation>پشتیبان با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="135"/>
        <source>Backup cancelled.</source>
        <translation>پشتیبان‌گیری لغو شد.</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="138"/>
        <source>The backup failed: %1</source>
        <translation>پشتیبان‌گیری ناموفق بود: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="140"/>
        <source>The backup failed.

%1</source>
        <translation>پشتیبان‌گیری ناموفق بود.

%1</translation>
    </message>
</context>
<context>
    <name>peyvand::BackupSettingsBox</name>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="34"/>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="35"/>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="41"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="45"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="51"/>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری همین حالا</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="52"/>
        <source>Restore from backup…</source>
        <translation>بازیابی از پشتیبان…</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="67"/>
        <source>Folder:</source>
        <translation>پوشه:</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="71"/>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="295"/>
        <source>Off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="73"/>
        <source>Back up automatically every:</source>
        <translation>پشتیبان‌گیری خودکار هر:</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="78"/>
        <source>Keep the newest:</source>
        <translation>نگه‌داشتن جدیدترین‌ها:</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="82"/>
        <source>Last backup:</source>
        <translation>آخرین پشتیبان:</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="83"/>
        <source>Next automatic backup:</source>
        <translation>پشتیبان خودکار بعدی:</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="106"/>
        <source>Taken</source>
        <translation>زمان تهیه</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="106"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="106"/>
        <source>Note</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="115"/>
        <source>Double-click a backup to restore it.</source>
        <translation>برای بازیابی، روی یک پشتیبان دوبار کلیک کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/BackupSettingsBox.cpp" line="121"/>
        <source> day(s)</source>
        <translation>
            <numerusform> روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/BackupSettingsBox.cpp" line="122"/>
        <source> backup(s)</source>
        <translation>
            <numerusform> پشتیبان</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="196"/>
        <source>Backup folder</source>
        <translation>پوشهٔ پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="206"/>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="218"/>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="236"/>
        <source>Restore from backup</source>
        <translation>بازیابی از پشتیبان</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="207"/>
        <source>Peyvand backups (*.sqlite *.db);;All files (*)</source>
        <translation>پشتیبان‌های پیوند (*.sqlite *.db);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="219"/>
        <source>Replace all the data in this database with this backup?
%1

Everyone using this database will see the backup&apos;s data. The current data is first kept as a backup in this folder, so you can go back to it:
%2</source>
        <translation>همهٔ داده‌های این پایگاه داده با این نسخهٔ پشتیبان جایگزین شود؟
%1

همهٔ کسانی که با این پایگاه داده کار می‌کنند داده‌های نسخهٔ پشتیبان را خواهند دید. داده‌های فعلی پیش از آن به‌صورت یک نسخهٔ پشتیبان در این پوشه نگه داشته می‌شود تا بتوانید به آن برگردید:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="225"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="234"/>
        <source>Checking the backup file…</source>
        <translation>در حال بررسی فایل پشتیبان…</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="234"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="280"/>
        <source>Data replaced by a restore</source>
        <translation>داده‌های جایگزین‌شده با بازیابی</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="292"/>
        <source>None yet</source>
        <translation>هنوز هیچ</translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="297"/>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
</context>
<context>
    <name>peyvand::CalendarExportDialog</name>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="28"/>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="107"/>
        <source>Export calendar</source>
        <translation>خروجی تقویم</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="30"/>
        <source>The meetings and open follow-ups of these days, as an iCalendar (.ics) file for Thunderbird, Google Calendar or a phone&apos;s calendar. Times are kept exactly; titles are in Persian with the Jalali date.</source>
        <translation>جلسه‌ها و پیگیری‌های باز این روزها، در یک فایل iCalendar ‏(.ics) برای تاندربرد، تقویم گوگل یا تقویم گوشی. زمان‌ها دقیق حفظ می‌شوند؛ عنوان‌ها فارسی و با تاریخ شمسی‌اند.</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="45"/>
        <source>Follow-ups as tasks (Google Calendar does not show tasks)</source>
        <translation>پیگیری‌ها به‌صورت کار (تقویم گوگل کارها را نشان نمی‌دهد)</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="49"/>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="50"/>
        <source>To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="62"/>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="105"/>
        <source>peyvand-calendar-%1.ics</source>
        <translation>peyvand-calendar-%1.ics</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="107"/>
        <source>iCalendar files (*.ics)</source>
        <translation>فایل‌های iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="121"/>
        <source>From: %1</source>
        <translation>از: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="123"/>
        <source>To: %1</source>
        <translation>تا: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="125"/>
        <source>The last day is before the first.</source>
        <translation>روز پایانی پیش از روز آغاز است.</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="127"/>
        <source>Choose the file to write.</source>
        <translation>فایلی را که نوشته می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="134"/>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="163"/>
        <source>%1 meetings and %2 follow-ups exported to %3</source>
        <translation>%1 جلسه و %2 پیگیری در %3 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="166"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی گرفتن لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>peyvand::CalendarExportRunner</name>
    <message>
        <location filename="../src/gui/CalendarExportRunner.cpp" line="57"/>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportRunner.cpp" line="60"/>
        <source>The export failed: %1</source>
        <translation>خروجی گرفتن ناموفق بود: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ChangeStatusDialog</name>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="22"/>
        <source>Change the status of order %1</source>
        <translation>تغییر وضعیت سفارش %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="27"/>
        <source>Now:</source>
        <translation>وضعیت فعلی:</translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="31"/>
        <source>&amp;New status:</source>
        <translation>وضعیت جدید:</translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="35"/>
        <source>Optional, e.g. the courier&apos;s name</source>
        <translation>اختیاری؛ مثلاً نام پیک</translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="36"/>
        <source>N&amp;ote:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="44"/>
        <source>An order that is %1 cannot change any more.</source>
        <translation>سفارشی که در وضعیت «%1» است، دیگر قابل تغییر نیست.</translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="53"/>
        <source>Change status</source>
        <translation>تغییر وضعیت</translation>
    </message>
</context>
<context>
    <name>peyvand::ConcurrentChangeBox</name>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="14"/>
        <source>Someone else saved this customer after you opened it.</source>
        <translation>پس از آنکه شما این مشتری را باز کردید، کس دیگری آن را ذخیره کرده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="16"/>
        <source>Someone else saved this contact person after you opened it.</source>
        <translation>پس از آنکه شما این فرد رابط را باز کردید، کس دیگری آن را ذخیره کرده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="18"/>
        <source>Someone else changed this deal after it was shown here.</source>
        <translation>پس از آنکه این فرصت فروش اینجا نمایش داده شد، کس دیگری آن را تغییر داده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="20"/>
        <source>Someone else changed this follow-up after it was shown here.</source>
        <translation>پس از آنکه این پیگیری اینجا نمایش داده شد، کس دیگری آن را تغییر داده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="22"/>
        <source>Someone else changed this order after you opened it.</source>
        <translation>پس از آنکه شما این سفارش را باز کردید، کس دیگری آن را تغییر داده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="24"/>
        <source>Someone else changed this service request after you opened it.</source>
        <translation>پس از آنکه شما این درخواست خدمات را باز کردید، کس دیگری آن را تغییر داده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="25"/>
        <source>Someone else changed this record after you opened it.</source>
        <translation>پس از آنکه شما این رکورد را باز کردید، کس دیگری آن را تغییر داده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="32"/>
        <source>Changed by someone else</source>
        <translation>تغییر توسط کاربری دیگر</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="35"/>
        <source>Your change was not saved.</source>
        <translation>تغییر شما ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="38"/>
        <source>Reload: show what is saved now. The changes you made in this window are discarded.
Keep editing: your changes stay on screen so that you can copy them; saving again is refused until you reload.</source>
        <translation>بارگذاری دوباره: آنچه اکنون ذخیره شده نشان داده می‌شود و تغییرهای شما در این پنجره کنار گذاشته می‌شود.
ادامهٔ ویرایش: تغییرهای شما روی صفحه می‌ماند تا بتوانید آن‌ها را کپی کنید؛ تا بارگذاری دوباره نکنید، ذخیرهٔ دوباره پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="41"/>
        <source>&amp;Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <location filename="../src/gui/ConcurrentChangeBox.cpp" line="43"/>
        <source>&amp;Keep editing</source>
        <translation>ادامهٔ ویرایش</translation>
    </message>
</context>
<context>
    <name>peyvand::ContactDialog</name>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="65"/>
        <source>The customer does not exist.</source>
        <translation>این مشتری وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="67"/>
        <source>Contact persons belong to companies only.</source>
        <translation>فرد رابط فقط برای شرکت‌ها (مشتریان حقوقی) ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="76"/>
        <source>This contact person does not exist.</source>
        <translation>این فرد رابط وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="82"/>
        <source>The contact could not be read: %1</source>
        <translation>اطلاعات فرد رابط خوانده نشد: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="89"/>
        <location filename="../src/gui/ContactDialog.cpp" line="269"/>
        <source>Edit contact: %1</source>
        <translation>ویرایش فرد رابط: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="91"/>
        <source>New contact at %1</source>
        <translation>فرد رابط جدید در %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="93"/>
        <source>Person</source>
        <translation>مشخصات فردی</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="103"/>
        <source>Enter a first or last name</source>
        <translation>نام یا نام خانوادگی را وارد کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="108"/>
        <source>&amp;First name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="109"/>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی:</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="110"/>
        <source>&amp;Job title:</source>
        <translation>سمت:</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="112"/>
        <source>Buying center</source>
        <translation>مرکز خرید</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="119"/>
        <source>1: little influence … 5: decisive</source>
        <translation>۱: نفوذ کم … ۵: تعیین‌کننده</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="127"/>
        <source>&amp;Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="128"/>
        <source>&amp;Influence (1–5):</source>
        <translation>میزان نفوذ (۱–۵):</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="129"/>
        <source>A&amp;ttitude:</source>
        <translation>نگرش:</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="131"/>
        <source>Contact</source>
        <translation>اطلاعات تماس</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="156"/>
        <source>&amp;Mobile:</source>
        <translation>موبایل:</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="157"/>
        <source>&amp;Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="158"/>
        <source>&amp;E-mail:</source>
        <translation>ایمیل:</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="159"/>
        <source>&amp;Notes:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="162"/>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="165"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="255"/>
        <source>Reloaded: the form shows what is saved now.</source>
        <translation>بارگذاری شد: فرم آنچه را اکنون ذخیره شده نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="258"/>
        <source>Not saved: someone else changed this contact person. Copy what you need; saving again offers to reload.</source>
        <translation>ذخیره نشد: کس دیگری این فرد رابط را تغییر داده است. آنچه لازم دارید کپی کنید؛ ذخیرهٔ دوباره، بارگذاری دوباره را پیشنهاد می‌کند.</translation>
    </message>
</context>
<context>
    <name>peyvand::ContactTableModel</name>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="81"/>
        <source>nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="82"/>
        <source>Decider: %1; against: %2</source>
        <translation>تصمیم‌گیرنده: %1؛ مخالف: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="83"/>
        <source>not known yet</source>
        <translation>هنوز مشخص نیست</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="130"/>
        <source>Influence %1 of 5</source>
        <translation>نفوذ %1 از ۵</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="153"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="155"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="157"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="159"/>
        <source>Influence</source>
        <translation>نفوذ</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="161"/>
        <source>Attitude</source>
        <translation>نگرش</translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="163"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerDetailsView</name>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="19"/>
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="21"/>
        <source>Spouse</source>
        <translation>همسر</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="23"/>
        <source>Child</source>
        <translation>فرزند</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="25"/>
        <source>Other member</source>
        <translation>عضو دیگر خانوار</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="88"/>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="94"/>
        <source>Source</source>
        <translation>کانال جذب</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="95"/>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="96"/>
        <source>Last edited</source>
        <translation>آخرین ویرایش</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="105"/>
        <source>Company</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="106"/>
        <source>National ID</source>
        <translation>شناسه ملی</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="107"/>
        <source>Economic code</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="108"/>
        <source>Registration no.</source>
        <translation>شماره ثبت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="109"/>
        <source>Registration date</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="110"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="113"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="113"/>
        <source>enterprise</source>
        <translation>بنگاه بزرگ</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="113"/>
        <source>SME</source>
        <translation>کوچک و متوسط</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="114"/>
        <source>Employees</source>
        <translation>تعداد کارکنان</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="115"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="116"/>
        <source>Parent company</source>
        <translation>شرکت مادر</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="122"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="123"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="124"/>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="125"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="126"/>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="127"/>
        <source>Preferences</source>
        <translation>علایق و ترجیحات</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="128"/>
        <source>Loyalty card</source>
        <translation>کارت باشگاه مشتریان</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="136"/>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="139"/>
        <source>Household</source>
        <translation>خانوار</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="140"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="141"/>
        <source>Decides on</source>
        <translation>حوزهٔ تصمیم‌گیری</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="146"/>
        <source>Other members</source>
        <translation>سایر اعضا</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="151"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="153"/>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="156"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="158"/>
        <source>%1 (primary)</source>
        <translation>%1 (اصلی)</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="161"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="163"/>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="172"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="171"/>
        <source>%1 — postal code %2</source>
        <translation>%1 — کد پستی %2</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="179"/>
        <source>customer %1</source>
        <translation>مشتری %1</translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerDialog</name>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="80"/>
        <source>The customer could not be read: %1</source>
        <translation>اطلاعات مشتری خوانده نشد: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="98"/>
        <location filename="../src/gui/CustomerDialog.cpp" line="415"/>
        <source>Edit customer: %1</source>
        <translation>ویرایش مشتری: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="100"/>
        <source>New company</source>
        <translation>مشتری حقوقی جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="100"/>
        <source>New person</source>
        <translation>مشتری حقیقی جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="127"/>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="130"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="162"/>
        <source>Contact</source>
        <translation>اطلاعات تماس</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="181"/>
        <source>&amp;Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="182"/>
        <source>Second phone:</source>
        <translation>تلفن دوم:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="183"/>
        <source>&amp;Website:</source>
        <translation>وب‌سایت:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="200"/>
        <source>&amp;Mobile:</source>
        <translation>موبایل:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="201"/>
        <source>Landline:</source>
        <translation>تلفن ثابت:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="202"/>
        <source>&amp;E-mail:</source>
        <translation>ایمیل:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="213"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="218"/>
        <source>10 digits</source>
        <translation>۱۰ رقم</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="225"/>
        <source>Cit&amp;y:</source>
        <translation>شهر:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="226"/>
        <source>&amp;Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="227"/>
        <source>Postal code:</source>
        <translation>کد پستی:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="349"/>
        <source>Already registered</source>
        <translation>قبلاً ثبت شده است</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="351"/>
        <source>A company with this national ID is already registered: %1.</source>
        <translation>شرکتی با این شناسه ملی قبلاً ثبت شده است: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="352"/>
        <source>A person with this national code is already registered: %1.</source>
        <translation>شخصی با این کد ملی قبلاً ثبت شده است: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="360"/>
        <source>The number %1 already belongs to %2. You can still save this customer.</source>
        <translation>شمارهٔ %1 قبلاً برای %2 ثبت شده است. با این حال می‌توانید این مشتری را ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="401"/>
        <source>Reloaded: the form shows what is saved now.</source>
        <translation>بارگذاری شد: فرم آنچه را اکنون ذخیره شده نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="404"/>
        <source>Not saved: someone else changed this customer. Copy what you need; saving again offers to reload.</source>
        <translation>ذخیره نشد: کس دیگری این مشتری را تغییر داده است. آنچه لازم دارید کپی کنید؛ ذخیرهٔ دوباره، بارگذاری دوباره را پیشنهاد می‌کند.</translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerExportRunner</name>
    <message>
        <location filename="../src/gui/CustomerExportRunner.cpp" line="48"/>
        <location filename="../src/gui/CustomerExportRunner.cpp" line="60"/>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerExportRunner.cpp" line="67"/>
        <source>The export failed: %1</source>
        <translation>خروجی گرفتن ناموفق بود: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerHeader</name>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="54"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="58"/>
        <source>No SMS</source>
        <translation>پیامک نفرستید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="99"/>
        <source>Owner:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="99"/>
        <source>nobody</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="100"/>
        <source>National ID:</source>
        <translation>شناسه ملی:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="100"/>
        <source>National code:</source>
        <translation>کد ملی:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="102"/>
        <source>Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="103"/>
        <source>City:</source>
        <translation>شهر:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="104"/>
        <source>Tags:</source>
        <translation>برچسب‌ها:</translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerListModel</name>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="492"/>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="492"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="494"/>
        <source>National ID</source>
        <translation>شناسه ملی</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="494"/>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="496"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="496"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="498"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="500"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="502"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="504"/>
        <source>Lifecycle</source>
        <translation>مرحلهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="506"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="508"/>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="510"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerListView</name>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="132"/>
        <source>Search name, phone, national code…</source>
        <translation>جستجوی نام، تلفن، کد ملی…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="134"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="135"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="142"/>
        <source>All stages</source>
        <translation>همهٔ مراحل</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="148"/>
        <source>New legal entity</source>
        <translation>مشتری حقوقی جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="148"/>
        <source>New individual</source>
        <translation>مشتری حقیقی جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="151"/>
        <source>Add a customer (%1)</source>
        <translation>افزودن مشتری (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="152"/>
        <source>Import customers…</source>
        <translation>ورود مشتریان…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="154"/>
        <source>Export to CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="156"/>
        <source>Save the customers listed, as filtered and sorted, as a CSV file for Excel</source>
        <translation>ذخیرهٔ مشتریان فهرست، با همین فیلتر و ترتیب، در یک فایل CSV برای اکسل</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="158"/>
        <source>Export to vCard…</source>
        <translation>خروجی vCard…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="161"/>
        <source>Save the customers listed, as filtered, as vCards for a phone, Google Contacts or Outlook</source>
        <translation>ذخیرهٔ مشتریان فهرست، با همین فیلتر، به‌صورت vCard برای گوشی، مخاطبین گوگل یا اوت‌لوک</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="175"/>
        <source>individual-customers.vcf</source>
        <translation>individual-customers.vcf</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="200"/>
        <source>legal-customers.csv</source>
        <translation>legal-customers.csv</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="200"/>
        <source>individual-customers.csv</source>
        <translation>individual-customers.csv</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="201"/>
        <location filename="../src/gui/CustomerListView.cpp" line="221"/>
        <location filename="../src/gui/CustomerListView.cpp" line="245"/>
        <source>Export to CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="201"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="219"/>
        <source>Exporting customers…</source>
        <translation>در حال خروجی گرفتن از مشتریان…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="219"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="229"/>
        <source>Exporting customers… %1 of %2</source>
        <translation>در حال خروجی گرفتن از مشتریان… %1 از %2</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="238"/>
        <source>%1 customers exported to %2</source>
        <translation>%1 مشتری در %2 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="240"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی گرفتن لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="258"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="287"/>
        <source>%1 customers</source>
        <translation>%1 مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="426"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerPage</name>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="54"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="55"/>
        <source>The customer&apos;s data could not be read:
%1</source>
        <translation>اطلاعات مشتری خوانده نشد:
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="67"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="83"/>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="84"/>
        <location filename="../src/gui/CustomerPage.cpp" line="347"/>
        <source>Buying center</source>
        <translation>مرکز خرید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="85"/>
        <location filename="../src/gui/CustomerPage.cpp" line="420"/>
        <source>Deals</source>
        <translation>فرصت‌های فروش</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="86"/>
        <location filename="../src/gui/CustomerPage.cpp" line="427"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="87"/>
        <source>Timeline</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="145"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="146"/>
        <source>Log activity</source>
        <translation>ثبت فعالیت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="148"/>
        <source>New deal</source>
        <translation>فرصت فروش جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="151"/>
        <source>New service request</source>
        <translation>درخواست خدمات جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="152"/>
        <source>Add contact</source>
        <translation>افزودن فرد رابط</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="365"/>
        <source>Double-click a contact to edit it</source>
        <translation>برای ویرایش هر فرد رابط، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="199"/>
        <source>Import contact persons from vCard…</source>
        <translation>ورود افراد رابط از vCard…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="156"/>
        <source>History…</source>
        <translation>سابقهٔ تغییرات…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="157"/>
        <source>Who changed this customer, when, and what</source>
        <translation>چه کسی، چه زمانی و چه چیزی از این مشتری را تغییر داده است</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="200"/>
        <source>Add the people of a vCard file (a phone&apos;s or Outlook&apos;s contacts) to this company&apos;s buying center</source>
        <translation>افزودن افراد یک فایل vCard (مخاطبین گوشی یا اوت‌لوک) به مرکز خرید این شرکت</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="204"/>
        <source>Export contact persons as vCard…</source>
        <translation>خروجی vCard افراد رابط…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="208"/>
        <source>contact-persons.vcf</source>
        <translation>contact-persons.vcf</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="246"/>
        <source>New order from this deal…</source>
        <translation>ثبت سفارش از این فرصت فروش…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="247"/>
        <source>Select a won deal to turn it into an order</source>
        <translation>یک فرصت فروش موفق را انتخاب کنید تا به سفارش تبدیل شود</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="266"/>
        <source>Double-click an order to open it</source>
        <translation>برای باز کردن هر سفارش، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="274"/>
        <source>New order…</source>
        <translation>سفارش جدید…</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="289"/>
        <source>Show more</source>
        <translation>نمایش بیشتر</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="327"/>
        <source>There is no customer number %1. It may have been removed, or the number is wrong.</source>
        <translation>مشتری‌ای با شمارهٔ %1 وجود ندارد. ممکن است حذف شده باشد یا شماره اشتباه باشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="330"/>
        <source>No customer is selected.</source>
        <translation>هیچ مشتری‌ای انتخاب نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="344"/>
        <source>No contacts yet: add the people who take part in buying.</source>
        <translation>هنوز فرد رابطی ثبت نشده است؛ افرادی را که در تصمیم خرید نقش دارند اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="413"/>
        <source>No deals yet.</source>
        <translation>هنوز فرصت فروشی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="416"/>
        <source>Open deals: %1, worth %2</source>
        <translation>فرصت‌های فروش باز: %1، به ارزش %2</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="418"/>
        <source>Open deals: %1</source>
        <translation>فرصت‌های باز: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="476"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerPicker</name>
    <message>
        <location filename="../src/gui/CustomerPicker.cpp" line="33"/>
        <source>Type a name, phone or national code…</source>
        <translation>نام، تلفن یا کد ملی را وارد کنید…</translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerSalesBox</name>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="18"/>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="24"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="25"/>
        <source>Do not send SMS</source>
        <translation>پیامک نفرستید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="29"/>
        <source>Nobody</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="41"/>
        <source>Separated by commas</source>
        <translation>با ویرگول (،) جدا کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="54"/>
        <source>&amp;Owner:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="55"/>
        <source>L&amp;ifecycle:</source>
        <translation>مرحلهٔ مشتری:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="56"/>
        <source>So&amp;urce:</source>
        <translation>کانال جذب:</translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="57"/>
        <source>&amp;Tags:</source>
        <translation>برچسب‌ها:</translation>
    </message>
</context>
<context>
    <name>peyvand::DatabaseChoiceDialog</name>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="25"/>
        <source>A database file on this computer</source>
        <translation>یک فایل پایگاه داده روی همین رایانه</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="26"/>
        <source>A team&apos;s PostgreSQL server</source>
        <translation>سرور PostgreSQL تیم</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="34"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="71"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="74"/>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="75"/>
        <source>Peyvand databases (*.sqlite);;All files (*)</source>
        <translation>پایگاه‌های دادهٔ پیوند (*.sqlite);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="85"/>
        <source>Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="86"/>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="87"/>
        <source>Database name:</source>
        <translation>نام پایگاه داده:</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="89"/>
        <source>Everyone signs in to the server with their own username and password; the server itself checks what each role may see and change. Your administrator gives you the server&apos;s address.</source>
        <translation>هر کس با نام کاربری و رمز عبور خودش به سرور وارد می‌شود و خود سرور بررسی می‌کند هر نقش چه چیزی را می‌تواند ببیند و تغییر دهد. نشانی سرور را مدیر سامانه به شما می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="139"/>
        <source>Choose the database file.</source>
        <translation>فایل پایگاه داده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="141"/>
        <source>Enter the server&apos;s address.</source>
        <translation>نشانی سرور را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseChoiceDialog.cpp" line="143"/>
        <source>Enter the database&apos;s name on the server.</source>
        <translation>نام پایگاه داده روی سرور را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>peyvand::DatabaseErrorText</name>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="25"/>
        <source>It was written by a newer version of Peyvand. Install the newer version to open it.</source>
        <translation>این فایل با نسخهٔ جدیدتری از پیوند ساخته شده است. برای باز کردن آن، نسخهٔ جدیدتر را نصب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="27"/>
        <source>The file is not a database (or it is damaged).</source>
        <translation>این فایل پایگاه داده نیست (یا آسیب دیده است).</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="29"/>
        <source>It is a database of another program, not Peyvand&apos;s.</source>
        <translation>این پایگاه داده متعلق به برنامهٔ دیگری است، نه پیوند.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="31"/>
        <source>Another program is using the database right now. Close it and try again.</source>
        <translation>برنامهٔ دیگری در حال استفاده از پایگاه داده است. آن را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="33"/>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="54"/>
        <source>The file is read-only: changes cannot be saved. Check its permissions.</source>
        <translation>فایل فقط‌خواندنی است و تغییرات ذخیره نمی‌شود. مجوزهای دسترسی آن را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="35"/>
        <source>The file cannot be opened or created here. Check the folder and its permissions.</source>
        <translation>فایل در این مسیر باز یا ایجاد نمی‌شود. پوشه و مجوزهای دسترسی آن را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="37"/>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="57"/>
        <source>The disk is full.</source>
        <translation>دیسک پر است.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="39"/>
        <source>The database reported an error.</source>
        <translation>پایگاه داده با خطا مواجه شد.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="40"/>
        <source>Database: %1

%2

Details: %3</source>
        <translation>پایگاه داده: %1

%2

جزئیات: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="50"/>
        <source>Other users or programs kept the database busy for more than 10 seconds, so nothing was saved. Try again in a moment.</source>
        <translation>کاربران یا برنامه‌های دیگر بیش از ۱۰ ثانیه پایگاه داده را مشغول نگه داشتند و چیزی ذخیره نشد. کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="60"/>
        <source>The database refused the change; nothing was saved.</source>
        <translation>پایگاه داده این تغییر را نپذیرفت؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="62"/>
        <source>%1

Details: %2</source>
        <translation>%1

جزئیات: %2</translation>
    </message>
</context>
<context>
    <name>peyvand::DealDialog</name>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="52"/>
        <source>New deal with a company</source>
        <translation>فرصت فروش جدید با مشتری حقوقی</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="52"/>
        <source>New deal with a person</source>
        <translation>فرصت فروش جدید با مشتری حقیقی</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="74"/>
        <source>&amp;Company:</source>
        <translation>شرکت:</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="74"/>
        <source>&amp;Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="84"/>
        <location filename="../src/gui/DealDialog.cpp" line="211"/>
        <source>Pick a company to see its contacts.</source>
        <translation>برای دیدن افراد رابط، یک شرکت انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="90"/>
        <source>Contacts &amp;involved:</source>
        <translation>افراد رابط درگیر:</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="96"/>
        <source>e.g. 40 industrial pumps for the new line</source>
        <translation>مثلاً ۴۰ دستگاه پمپ صنعتی برای خط تولید جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="96"/>
        <source>e.g. Home water purifier</source>
        <translation>مثلاً دستگاه تصفیه آب خانگی</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="97"/>
        <source>&amp;Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="107"/>
        <source>&amp;Amount (Toman):</source>
        <translation>مبلغ (تومان):</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="107"/>
        <source>&amp;Amount (Rial):</source>
        <translation>مبلغ (ریال):</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="117"/>
        <source>&amp;Stage:</source>
        <translation>مرحله:</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="122"/>
        <source>&amp;Expected close:</source>
        <translation>تاریخ پیش‌بینی بستن:</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="134"/>
        <source>&amp;Owner:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="148"/>
        <source>&amp;Save deal</source>
        <translation>ذخیرهٔ فرصت فروش</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="167"/>
        <source>Enter a title for the deal.</source>
        <translation>عنوانی برای فرصت فروش وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="184"/>
        <source>There is no pipeline for these customers.</source>
        <translation>برای این دسته از مشتریان قیف فروشی تعریف نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="212"/>
        <source>No contacts recorded for this company yet.</source>
        <translation>هنوز فرد رابطی برای این شرکت ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="230"/>
        <source>The amount is too large.</source>
        <translation>مبلغ بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="235"/>
        <source>Enter the amount as a whole number of Toman.</source>
        <translation>مبلغ را به تومان و به‌صورت عدد صحیح وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="311"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
</context>
<context>
    <name>peyvand::DealTableModel</name>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="97"/>
        <source>Closed %1</source>
        <translation>بسته‌شده در %1</translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="107"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="109"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="111"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="113"/>
        <source>Expected close</source>
        <translation>تاریخ پیش‌بینی بستن</translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="115"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="117"/>
        <source>Lost reason</source>
        <translation>دلیل از دست رفتن</translation>
    </message>
</context>
<context>
    <name>peyvand::DuplicateWarning</name>
    <message>
        <location filename="../src/gui/DuplicateWarning.cpp" line="12"/>
        <source>Open the existing customer</source>
        <translation>باز کردن مشتری موجود</translation>
    </message>
</context>
<context>
    <name>peyvand::FirstAdminDialog</name>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="26"/>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="29"/>
        <source>Create the administrator</source>
        <translation>ساختن مدیر سیستم</translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="34"/>
        <source>Nobody can sign in to this database yet. The administrator adds the other users and gives them their roles and passwords. Keep this password safe: without it, nobody can manage users.</source>
        <translation>هنوز هیچ‌کس نمی‌تواند وارد این پایگاه داده شود. مدیر سیستم کاربران دیگر را اضافه می‌کند و نقش و رمز عبورشان را تعیین می‌کند. این رمز را امن نگه دارید: بدون آن هیچ‌کس نمی‌تواند کاربران را مدیریت کند.</translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="54"/>
        <source>Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="55"/>
        <source>Full name:</source>
        <translation>نام کامل:</translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="56"/>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="59"/>
        <source>Create and continue</source>
        <translation>ساختن و ادامه</translation>
    </message>
</context>
<context>
    <name>peyvand::FollowUpModel</name>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="53"/>
        <source>%1 on %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/FollowUpModel.cpp" line="76"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n روز تأخیر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="76"/>
        <source>Due today</source>
        <translation>سررسید امروز</translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="107"/>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="109"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="111"/>
        <source>Follows up on</source>
        <translation>موضوع پیگیری</translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="113"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>peyvand::FormValidator</name>
    <message>
        <location filename="../src/gui/FormValidator.cpp" line="97"/>
        <source>Could not save</source>
        <translation>ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>peyvand::GlobalSearchDialog</name>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="30"/>
        <source>Search everything</source>
        <translation>جستجوی سراسری</translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="34"/>
        <source>Customer, contact, phone, national code or order number…</source>
        <translation>مشتری، فرد رابط، تلفن، کد ملی یا شماره سفارش…</translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="83"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="84"/>
        <source>Order %1 — %2 — %3</source>
        <translation>سفارش %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="98"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="111"/>
        <source>Contact persons</source>
        <translation>افراد رابط</translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="122"/>
        <source>Nothing found</source>
        <translation>نتیجه‌ای یافت نشد</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportFilePage</name>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="24"/>
        <source>Choose the file</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="25"/>
        <source>A CSV file saved from Excel or another program: UTF-8 (with or without BOM), UTF-16 or Windows-1256, separated by commas, semicolons or tabs.</source>
        <translation>یک فایل CSV که از اکسل یا برنامهٔ دیگری ذخیره شده است: UTF-8 (با یا بدون BOM)، UTF-16 یا Windows-1256، جداشده با ویرگول، نقطه‌ویرگول یا تب.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="31"/>
        <source>Path of a .csv file</source>
        <translation>مسیر یک فایل ‎.csv</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="32"/>
        <source>Browse…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="36"/>
        <source>Individual customers</source>
        <translation>مشتریان حقیقی</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="37"/>
        <source>Legal customers (companies)</source>
        <translation>مشتریان حقوقی (شرکت‌ها)</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="38"/>
        <source>Contact persons of companies</source>
        <translation>افراد رابط شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="49"/>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="50"/>
        <source>The file holds:</source>
        <translation>محتوای فایل:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="84"/>
        <source>Import customers</source>
        <translation>ورود مشتریان</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="85"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv *.tsv *.txt);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="99"/>
        <source>There is no file at %1.</source>
        <translation>فایلی در %1 نیست.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="104"/>
        <source>This file cannot be imported: %1</source>
        <translation>این فایل را نمی‌توان وارد کرد: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="108"/>
        <source>This file cannot be imported: it has a header line but no rows.</source>
        <translation>این فایل را نمی‌توان وارد کرد: سطر عنوان دارد اما هیچ ردیفی ندارد.</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportFormatPage</name>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="22"/>
        <source>Encoding and separator</source>
        <translation>کدگذاری و جداکننده</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="23"/>
        <source>Both were detected from the file. If the text below looks wrong, choose another one.</source>
        <translation>هر دو از روی فایل تشخیص داده شده‌اند. اگر متن زیر درست به نظر نمی‌رسد، گزینهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="27"/>
        <location filename="../src/gui/ImportFormatPage.cpp" line="84"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="28"/>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="29"/>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="30"/>
        <source>Windows-1256 (Arabic Windows)</source>
        <translation>Windows-1256 (ویندوز عربی)</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="33"/>
        <source>Comma ( , )</source>
        <translation>ویرگول ( , )</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="34"/>
        <source>Semicolon ( ; )</source>
        <translation>نقطه‌ویرگول ( ; )</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="35"/>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="36"/>
        <source>Persian semicolon ( ؛ )</source>
        <translation>نقطه‌ویرگول فارسی ( ؛ )</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="51"/>
        <source>Encoding:</source>
        <translation>کدگذاری:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="52"/>
        <source>Separator:</source>
        <translation>جداکننده:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="84"/>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (با BOM)</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="90"/>
        <source>The file cannot be read this way: %1</source>
        <translation>فایل را با این تنظیم نمی‌توان خواند: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="92"/>
        <source>The file has a header line but no rows.</source>
        <translation>فایل سطر عنوان دارد اما هیچ ردیفی ندارد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="94"/>
        <source>%1 columns; the first %2 rows are shown.</source>
        <translation>%1 ستون؛ %2 ردیف نخست نشان داده شده است.</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportMappingPage</name>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="29"/>
        <source>Columns and fields</source>
        <translation>ستون‌ها و فیلدها</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="30"/>
        <source>Choose the field each column of the file fills. Cells the import would refuse are red; point at one to read why.</source>
        <translation>برای هر ستون فایل، فیلدی را که پر می‌کند انتخاب کنید. خانه‌هایی که پذیرفته نمی‌شوند قرمزند؛ برای دیدن دلیل، نشانگر را روی آن ببرید.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="83"/>
        <source>Column %1</source>
        <translation>ستون %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="87"/>
        <source>(not imported)</source>
        <translation>(وارد نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="153"/>
        <source>The %1 rows shown can be imported.</source>
        <translation>%1 ردیف نشان‌داده‌شده قابل ورودند.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="156"/>
        <source>%1 of the %2 rows shown have problems:</source>
        <translation>%1 ردیف از %2 ردیف نشان‌داده‌شده مشکل دارند:</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportOptionsPage</name>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="16"/>
        <source>Duplicates and invalid rows</source>
        <translation>تکراری‌ها و ردیف‌های نامعتبر</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="17"/>
        <source>A row whose national code, national ID or mobile is already a customer&apos;s (or an earlier row&apos;s) is never imported twice.</source>
        <translation>ردیفی که کد ملی، شناسهٔ ملی یا موبایلش از آنِ مشتری موجود (یا ردیفی پیش‌تر در همین فایل) است، هرگز دو بار وارد نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="20"/>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="22"/>
        <source>A row that is a customer already known</source>
        <translation>ردیفی که مشتری آن از پیش ثبت شده است</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="23"/>
        <source>Skip it and leave the customer as it is</source>
        <translation>رد شود و مشتری دست نخورد</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="25"/>
        <source>Update the customer with the row&apos;s non-empty cells</source>
        <translation>مشتری با خانه‌های پر ردیف به‌روز شود</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="31"/>
        <source>When some rows are invalid</source>
        <translation>اگر برخی ردیف‌ها نامعتبر باشند</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="32"/>
        <source>Import nothing and list the problems</source>
        <translation>هیچ چیز وارد نشود و مشکلات فهرست شوند</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="34"/>
        <source>Import the valid rows and list the others</source>
        <translation>ردیف‌های معتبر وارد شوند و بقیه فهرست شوند</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportPreviewModel</name>
    <message>
        <location filename="../src/gui/ImportPreviewModel.cpp" line="144"/>
        <source>%1
(not imported)</source>
        <translation>%1
(وارد نمی‌شود)</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportProblemModel</name>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="44"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="72"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="72"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="74"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="74"/>
        <source>Property</source>
        <translation>ویژگی</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="76"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="78"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportProblemText</name>
    <message>
        <location filename="../src/gui/ImportProblemText.cpp" line="18"/>
        <source>Card %1, property «%2»: </source>
        <translation>کارت %1، ویژگی «%2»: </translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemText.cpp" line="22"/>
        <source>Card %1: </source>
        <translation>کارت %1: </translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemText.cpp" line="24"/>
        <source>Row %1, column «%2»: </source>
        <translation>ردیف %1، ستون «%2»: </translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemText.cpp" line="27"/>
        <source>Row %1: </source>
        <translation>ردیف %1: </translation>
    </message>
</context>
<context>
    <name>peyvand::ImportResultPage</name>
    <message>
        <location filename="../src/gui/ImportResultPage.cpp" line="15"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultPage.cpp" line="16"/>
        <source>What the import wrote, and every problem it found.</source>
        <translation>آنچه ورود اطلاعات نوشت و همهٔ مشکلاتی که یافت.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="45"/>
        <location filename="../src/gui/ImportResultView.cpp" line="153"/>
        <source>New customers:</source>
        <translation>مشتریان تازه:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="47"/>
        <source>Updated:</source>
        <translation>به‌روزشده:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="48"/>
        <source>Skipped duplicates:</source>
        <translation>تکراری‌های ردشده:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="50"/>
        <source>Invalid rows:</source>
        <translation>ردیف‌های نامعتبر:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="67"/>
        <source>Save problems as JSON…</source>
        <translation>ذخیرهٔ مشکلات به‌صورت JSON…</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="88"/>
        <source>Save problems as JSON</source>
        <translation>ذخیرهٔ مشکلات به‌صورت JSON</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="90"/>
        <source>JSON files (*.json)</source>
        <translation>فایل‌های JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="118"/>
        <source>The import is done: %1 rows read.</source>
        <translation>ورود اطلاعات انجام شد: %1 ردیف خوانده شد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="124"/>
        <source>%1 rows are invalid, so nothing was written. Correct the file, or import again and choose to import the valid rows.</source>
        <translation>%1 ردیف نامعتبر است، پس هیچ چیز نوشته نشد. فایل را اصلاح کنید، یا دوباره وارد کنید و ورود ردیف‌های معتبر را برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="129"/>
        <source>The file cannot be imported, so nothing was written: %1</source>
        <translation>فایل را نمی‌توان وارد کرد، پس هیچ چیز نوشته نشد: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="133"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>ورود اطلاعات لغو شد؛ هیچ چیز نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="136"/>
        <source>The file was checked; nothing was written.</source>
        <translation>فایل بررسی شد؛ هیچ چیز نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="152"/>
        <source>New contact persons:</source>
        <translation>افراد رابط تازه:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="169"/>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="173"/>
        <source>Saved to %1</source>
        <translation>در %1 ذخیره شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportResultView</name>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="49"/>
        <source>Invalid cards:</source>
        <translation>کارت‌های نامعتبر:</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="117"/>
        <source>The import is done: %1 cards read.</source>
        <translation>ورود اطلاعات انجام شد: %1 کارت خوانده شد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="121"/>
        <source>%1 cards are invalid, so nothing was written. Correct the file, or import again and choose to import the valid cards.</source>
        <translation>%1 کارت نامعتبر است، پس هیچ چیز نوشته نشد. فایل را اصلاح کنید، یا دوباره وارد کنید و ورود کارت‌های معتبر را برگزینید.</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportRunPage</name>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="19"/>
        <source>Importing</source>
        <translation>در حال ورود</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="20"/>
        <source>Nothing is written until the whole file has been checked; a cancelled import leaves the database as it was.</source>
        <translation>تا کل فایل بررسی نشود چیزی نوشته نمی‌شود؛ لغو ورود، پایگاه داده را همان‌گونه که بود باقی می‌گذارد.</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="28"/>
        <source>Cancel import</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="41"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="55"/>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="65"/>
        <source>%1 rows read</source>
        <translation>%1 ردیف خوانده شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportRunner</name>
    <message>
        <location filename="../src/gui/ImportRunner.cpp" line="57"/>
        <source>Cannot open %1: %2</source>
        <translation>باز کردن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunner.cpp" line="67"/>
        <location filename="../src/gui/ImportRunner.cpp" line="70"/>
        <source>The import failed and nothing was written: %1</source>
        <translation>ورود اطلاعات ناموفق بود و هیچ چیز نوشته نشد: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ImportWizard</name>
    <message>
        <location filename="../src/gui/ImportWizard.cpp" line="24"/>
        <source>Import customers</source>
        <translation>ورود مشتریان</translation>
    </message>
</context>
<context>
    <name>peyvand::IndividualDetailsBox</name>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="27"/>
        <source>Person</source>
        <translation>مشخصات فردی</translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="36"/>
        <source>10 digits</source>
        <translation>۱۰ رقم</translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="49"/>
        <source>Enter a first or last name</source>
        <translation>نام یا نام خانوادگی را وارد کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="62"/>
        <source>The birth date cannot be in the future</source>
        <translation>تاریخ تولد نمی‌تواند در آینده باشد</translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="71"/>
        <source>&amp;First name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="72"/>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی:</translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="73"/>
        <source>National &amp;code:</source>
        <translation>کد ملی:</translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="74"/>
        <source>&amp;Birth date:</source>
        <translation>تاریخ تولد:</translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="75"/>
        <source>Loyalty card:</source>
        <translation>کارت باشگاه مشتریان:</translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="76"/>
        <source>Preferences:</source>
        <translation>علایق و ترجیحات:</translation>
    </message>
</context>
<context>
    <name>peyvand::JalaliDateEdit</name>
    <message>
        <location filename="../src/gui/JalaliDateEdit.cpp" line="29"/>
        <source>Pick from the calendar</source>
        <translation>انتخاب از تقویم</translation>
    </message>
    <message>
        <location filename="../src/gui/JalaliDateEdit.cpp" line="69"/>
        <source>Enter a date</source>
        <translation>تاریخ را وارد کنید</translation>
    </message>
</context>
<context>
    <name>peyvand::LegalDetailsBox</name>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="27"/>
        <source>Company</source>
        <translation>مشخصات شرکت</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="37"/>
        <source>11 digits</source>
        <translation>۱۱ رقم</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="38"/>
        <source>11 or 12 digits</source>
        <translation>۱۱ یا ۱۲ رقم</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="46"/>
        <source>Enter the company name</source>
        <translation>نام شرکت را وارد کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="69"/>
        <source>Company &amp;name:</source>
        <translation>نام شرکت:</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="70"/>
        <source>National I&amp;D:</source>
        <translation>شناسه ملی:</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="71"/>
        <source>Economic code:</source>
        <translation>کد اقتصادی:</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="72"/>
        <source>Registration number:</source>
        <translation>شماره ثبت:</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="73"/>
        <source>Registration date:</source>
        <translation>تاریخ ثبت:</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="74"/>
        <source>Industry:</source>
        <translation>صنعت:</translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="75"/>
        <source>Employees:</source>
        <translation>تعداد کارکنان:</translation>
    </message>
</context>
<context>
    <name>peyvand::LogActivityDialog</name>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="86"/>
        <source>&amp;Follow up on</source>
        <translation>پیگیری در تاریخ</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="89"/>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="90"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="99"/>
        <source>Log activity</source>
        <translation>ثبت فعالیت</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="142"/>
        <source>Ctrl+1 call, Ctrl+2 meeting, Ctrl+3 e-mail, Ctrl+4 SMS, Ctrl+5 note, Ctrl+6 task</source>
        <translation>Ctrl+1 تماس، Ctrl+2 جلسه، Ctrl+3 ایمیل، Ctrl+4 پیامک، Ctrl+5 یادداشت، Ctrl+6 کار</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="144"/>
        <source>No direction</source>
        <translation>بدون جهت</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="155"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="157"/>
        <source>e.g. asked for a price list</source>
        <translation>مثلاً فهرست قیمت خواست</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="160"/>
        <source>Notes (Ctrl+Enter saves)</source>
        <translation>یادداشت (Ctrl+Enter برای ذخیره)</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="174"/>
        <source>Enter, or Ctrl+Enter in the notes</source>
        <translation>Enter، یا Ctrl+Enter در کادر یادداشت</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="185"/>
        <source>&amp;Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="186"/>
        <source>&amp;Direction:</source>
        <translation>جهت:</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="188"/>
        <source>&amp;Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="189"/>
        <source>&amp;When:</source>
        <translation>زمان:</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="190"/>
        <source>D&amp;uration:</source>
        <translation>مدت:</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="191"/>
        <source>&amp;Outcome:</source>
        <translation>نتیجه:</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="192"/>
        <source>&amp;Notes:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="193"/>
        <source>D&amp;eal:</source>
        <translation>فرصت فروش:</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="194"/>
        <source>Con&amp;tact:</source>
        <translation>فرد رابط:</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="232"/>
        <source>No deal</source>
        <translation>بدون فرصت فروش</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="233"/>
        <source>No contact person</source>
        <translation>بدون فرد رابط</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="251"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="262"/>
        <source>Contact persons belong to legal entities</source>
        <translation>فرد رابط فقط برای مشتریان حقوقی ثبت می‌شود</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="359"/>
        <source>Pick a customer</source>
        <translation>یک مشتری انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="360"/>
        <source>Pick the customer from the list of matches</source>
        <translation>مشتری را از فهرست نتایج انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="403"/>
        <source>Could not save the activity</source>
        <translation>فعالیت ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>peyvand::LookupOrderModel</name>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="90"/>
        <source>Order</source>
        <translation>شماره سفارش</translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="92"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="94"/>
        <source>Status changed</source>
        <translation>زمان تغییر وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="96"/>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="98"/>
        <source>Total</source>
        <translation>مبلغ کل</translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="100"/>
        <source>Placed</source>
        <translation>تاریخ ثبت</translation>
    </message>
</context>
<context>
    <name>peyvand::LostReasonDialog</name>
    <message>
        <location filename="../src/gui/LostReasonDialog.cpp" line="19"/>
        <source>Mark deal lost</source>
        <translation>ثبت فرصت فروش به‌عنوان ازدست‌رفته</translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonDialog.cpp" line="21"/>
        <source>Why was “%1” lost?</source>
        <translation>چرا «%1» از دست رفت؟</translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonDialog.cpp" line="30"/>
        <source>&amp;Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonDialog.cpp" line="36"/>
        <source>Mark lost</source>
        <translation>ثبت به‌عنوان ازدست‌رفته</translation>
    </message>
</context>
<context>
    <name>peyvand::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="67"/>
        <source>Peyvand — customer relations</source>
        <translation>پیوند — مدیریت ارتباط با مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="83"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="92"/>
        <source>Legal customers</source>
        <translation>مشتریان حقوقی</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="92"/>
        <source>Individual customers</source>
        <translation>مشتریان حقیقی</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="107"/>
        <source>B2B pipeline</source>
        <translation>قیف فروش B2B</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="107"/>
        <source>B2C pipeline</source>
        <translation>قیف فروش B2C</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="115"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="121"/>
        <source>Support desk</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="130"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="135"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="143"/>
        <source>Audit trail</source>
        <translation>سابقهٔ تغییرات</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="245"/>
        <source>&amp;File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="247"/>
        <source>New legal customer…</source>
        <translation>مشتری حقوقی جدید…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="250"/>
        <source>New individual customer…</source>
        <translation>مشتری حقیقی جدید…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="254"/>
        <source>Import customers…</source>
        <translation>ورود مشتریان…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="257"/>
        <source>Import vCard…</source>
        <translation>ورود vCard…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="260"/>
        <source>Export calendar (iCalendar)…</source>
        <translation>خروجی تقویم (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="264"/>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری همین حالا</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="268"/>
        <source>Sign out / switch user…</source>
        <translation>خروج / تغییر کاربر…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="272"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="276"/>
        <source>&amp;Work</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="278"/>
        <source>Search everything…</source>
        <translation>جستجوی سراسری…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="283"/>
        <source>Log an activity…</source>
        <translation>ثبت فعالیت…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="290"/>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="448"/>
        <source>Activity saved.</source>
        <translation>فعالیت ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="487"/>
        <source>Signed in: %1 (%2)</source>
        <translation>کاربر: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="500"/>
        <source>An empty database</source>
        <translation>پایگاه دادهٔ خالی</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="501"/>
        <source>This database has no customers yet. Create demo data (%1 customers with their deals, activities and orders) to try Peyvand?</source>
        <translation>این پایگاه داده هنوز هیچ مشتری‌ای ندارد. برای آشنایی با پیوند، دادهٔ نمونه (%1 مشتری همراه با فرصت‌های فروش، فعالیت‌ها و سفارش‌هایشان) ساخته شود؟</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="514"/>
        <source>Creating demo data…</source>
        <translation>در حال ساخت دادهٔ نمونه…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="514"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="529"/>
        <source>Demo data created.</source>
        <translation>دادهٔ نمونه ساخته شد.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="531"/>
        <source>Demo data</source>
        <translation>دادهٔ نمونه</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="531"/>
        <source>Demo data could not be created:
%1</source>
        <translation>دادهٔ نمونه ساخته نشد:
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="489"/>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::NewOrderDialog</name>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="47"/>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="51"/>
        <source>&amp;Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="61"/>
        <source>New order from a won deal</source>
        <translation>سفارش جدید از فرصت فروش موفق</translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="63"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="67"/>
        <source>Deal:</source>
        <translation>فرصت فروش:</translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="74"/>
        <location filename="../src/gui/NewOrderDialog.cpp" line="127"/>
        <source>Only a won deal becomes an order.</source>
        <translation>فقط فرصت فروش موفق به سفارش تبدیل می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="76"/>
        <source>New order</source>
        <translation>سفارش جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="88"/>
        <source>Save order</source>
        <translation>ذخیرهٔ سفارش</translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="133"/>
        <source>Pick the customer first.</source>
        <translation>ابتدا مشتری را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="155"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
</context>
<context>
    <name>peyvand::NewUserDialog</name>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="29"/>
        <source>Add user</source>
        <translation>افزودن کاربر</translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="42"/>
        <source>Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="43"/>
        <source>Full name:</source>
        <translation>نام کامل:</translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="44"/>
        <source>Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="45"/>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="48"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
</context>
<context>
    <name>peyvand::OpenRequestDialog</name>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="40"/>
        <source>New service request</source>
        <translation>درخواست خدمات جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="50"/>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="54"/>
        <source>&amp;Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="64"/>
        <source>&amp;Order:</source>
        <translation>سفارش:</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="69"/>
        <source>e.g. The pump leaks after installation</source>
        <translation>مثلاً پمپ بعد از نصب نشتی دارد</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="70"/>
        <source>&amp;Subject:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="77"/>
        <source>&amp;Description:</source>
        <translation>توضیحات:</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="84"/>
        <source>&amp;Priority:</source>
        <translation>اولویت:</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="89"/>
        <source>Nobody yet</source>
        <translation>هنوز تعیین نشده</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="93"/>
        <source>&amp;Assignee:</source>
        <translation>کارشناس:</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="105"/>
        <source>Open request</source>
        <translation>ثبت درخواست</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="128"/>
        <source>No particular order</source>
        <translation>بدون سفارش مشخص</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="131"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2، %3</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="144"/>
        <source>Pick the customer first.</source>
        <translation>ابتدا مشتری را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="146"/>
        <source>Enter the subject.</source>
        <translation>موضوع درخواست را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="168"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
</context>
<context>
    <name>peyvand::OrderDialog</name>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="93"/>
        <source>Open customer</source>
        <translation>باز کردن پروندهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="96"/>
        <source>Change status…</source>
        <translation>تغییر وضعیت…</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="99"/>
        <source>New service request…</source>
        <translation>درخواست خدمات جدید…</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="107"/>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="107"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="107"/>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="107"/>
        <source>Line total</source>
        <translation>جمع ردیف</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="108"/>
        <source>Paid on</source>
        <translation>تاریخ پرداخت</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="108"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="108"/>
        <source>Method</source>
        <translation>روش پرداخت</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="108"/>
        <source>Reference</source>
        <translation>شماره مرجع</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="109"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="109"/>
        <source>From</source>
        <translation>وضعیت قبلی</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="109"/>
        <source>To</source>
        <translation>وضعیت جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="109"/>
        <source>By</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="109"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="116"/>
        <source>Post or courier tracking code</source>
        <translation>کد رهگیری پست یا پیک</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="117"/>
        <source>Save code</source>
        <translation>ذخیرهٔ کد</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="122"/>
        <source>Tracking code:</source>
        <translation>کد رهگیری:</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="145"/>
        <source>Lines</source>
        <translation>اقلام سفارش</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="148"/>
        <source>Record a payment…</source>
        <translation>ثبت پرداخت…</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="152"/>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="158"/>
        <source>Status history</source>
        <translation>تاریخچهٔ وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="193"/>
        <location filename="../src/gui/OrderDialog.cpp" line="370"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="194"/>
        <source>The order could not be read:
%1</source>
        <translation>اطلاعات سفارش خوانده نشد:
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="199"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="200"/>
        <source>There is no order number %1.</source>
        <translation>سفارشی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="212"/>
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="213"/>
        <source>Order %1 — %2</source>
        <translation>سفارش %1 — %2</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="214"/>
        <source>%1 (since %2)</source>
        <translation>%1 (از %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="260"/>
        <source>Total: %1    Paid: %2    Remaining: %3</source>
        <translation>مبلغ کل: %1    پرداخت‌شده: %2    مانده: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="364"/>
        <source>Reloaded: the order shows what is saved now.</source>
        <translation>بارگذاری شد: سفارش همان‌طور که اکنون ذخیره شده نشان داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="374"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>peyvand::OrderLinesEditor</name>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="46"/>
        <source>Add line</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="47"/>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="53"/>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="53"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="54"/>
        <source>Unit price (Toman)</source>
        <translation>قیمت واحد (تومان)</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="54"/>
        <source>Unit price (Rial)</source>
        <translation>قیمت واحد (ریال)</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="55"/>
        <source>Line total</source>
        <translation>جمع ردیف</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="163"/>
        <source>Line %1: enter the product.</source>
        <translation>ردیف %1: نام کالا را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="165"/>
        <source>Line %1: the quantity must be a whole number above zero.</source>
        <translation>ردیف %1: تعداد باید عدد صحیح و بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="176"/>
        <source>Line %1: enter the unit price.</source>
        <translation>ردیف %1: قیمت واحد را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="178"/>
        <source>Line %1: the amount is too large.</source>
        <translation>ردیف %1: مبلغ بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="180"/>
        <source>Line %1: enter the unit price as a whole number.</source>
        <translation>ردیف %1: قیمت واحد را به‌صورت عدد صحیح وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="196"/>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="222"/>
        <source>Add at least one line.</source>
        <translation>دست‌کم یک ردیف اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="220"/>
        <source>Total: %1</source>
        <translation>مبلغ کل: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::OrderListModel</name>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="255"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="257"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="259"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="261"/>
        <source>Total</source>
        <translation>مبلغ کل</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="263"/>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="265"/>
        <source>Last change</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="267"/>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
</context>
<context>
    <name>peyvand::OrderTableModel</name>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="81"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="83"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="85"/>
        <source>Total</source>
        <translation>مبلغ کل</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="87"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="89"/>
        <source>Status changed</source>
        <translation>زمان تغییر وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="91"/>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
</context>
<context>
    <name>peyvand::OrdersView</name>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="40"/>
        <source>Order number, customer or phone…</source>
        <translation>شماره سفارش، مشتری یا تلفن…</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="44"/>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="52"/>
        <location filename="../src/gui/OrdersView.cpp" line="53"/>
        <source>Any date</source>
        <translation>هر تاریخی</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="54"/>
        <source>New order…</source>
        <translation>سفارش جدید…</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="58"/>
        <source>&amp;Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="62"/>
        <source>&amp;From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="66"/>
        <source>&amp;To:</source>
        <translation>تا تاریخ:</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="101"/>
        <source>Double-click an order to open it</source>
        <translation>برای باز کردن هر سفارش، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="128"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="128"/>
        <source>The orders could not be read:
%1</source>
        <translation>فهرست سفارش‌ها خوانده نشد:
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="166"/>
        <source>No orders match.</source>
        <translation>سفارشی با این مشخصات پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="167"/>
        <source>%1 orders</source>
        <translation>%1 سفارش</translation>
    </message>
</context>
<context>
    <name>peyvand::PasswordDialog</name>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="26"/>
        <source>Change my password</source>
        <translation>تغییر رمز عبور من</translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="26"/>
        <source>Reset password</source>
        <translation>تعیین رمز عبور تازه</translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="29"/>
        <source>Your new password, for %1.</source>
        <translation>رمز عبور تازهٔ شما، برای %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="30"/>
        <source>A new password for %1 (%2). Tell it to them in person; they can change it afterwards.</source>
        <translation>رمز عبور تازه برای %1 (%2). آن را حضوری به او بگویید؛ بعداً می‌تواند خودش آن را تغییر دهد.</translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="46"/>
        <source>Current password:</source>
        <translation>رمز عبور فعلی:</translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="48"/>
        <source>New password:</source>
        <translation>رمز عبور تازه:</translation>
    </message>
</context>
<context>
    <name>peyvand::PasswordPair</name>
    <message>
        <location filename="../src/gui/PasswordPair.cpp" line="24"/>
        <source>Repeat password:</source>
        <translation>تکرار رمز عبور:</translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordPair.cpp" line="26"/>
        <source>At least %1 characters, not the username.</source>
        <translation>دست‌کم %1 نویسه، و نه همان نام کاربری.</translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordPair.cpp" line="48"/>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>peyvand::PaymentDialog</name>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="49"/>
        <source>Record a payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="57"/>
        <source>&amp;Amount (Toman):</source>
        <translation>مبلغ (تومان):</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="57"/>
        <source>&amp;Amount (Rial):</source>
        <translation>مبلغ (ریال):</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="66"/>
        <source>&amp;Method:</source>
        <translation>روش پرداخت:</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="71"/>
        <source>&amp;Reference:</source>
        <translation>شماره مرجع:</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="77"/>
        <source>&amp;Paid on:</source>
        <translation>تاریخ پرداخت:</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="88"/>
        <source>Save payment</source>
        <translation>ذخیرهٔ پرداخت</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="105"/>
        <source>Enter the amount.</source>
        <translation>مبلغ را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="111"/>
        <source>The amount is too large.</source>
        <translation>مبلغ بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="115"/>
        <source>The amount must be above zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="120"/>
        <source>Enter the amount as a whole number of Toman.</source>
        <translation>مبلغ را به تومان و به‌صورت عدد صحیح وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="165"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
</context>
<context>
    <name>peyvand::PipelineBoard</name>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="38"/>
        <source>&amp;New deal</source>
        <translation>فرصت فروش جدید</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="54"/>
        <source>No pipeline for these customers</source>
        <translation>برای این دسته از مشتریان قیف فروشی تعریف نشده است</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="58"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="61"/>
        <source>&amp;Owner:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="137"/>
        <source>Won — drop a card here (%1)</source>
        <translation>موفق — کارت را اینجا رها کنید (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="144"/>
        <source>Lost — drop a card here (%1)</source>
        <translation>ازدست‌رفته — کارت را اینجا رها کنید (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="224"/>
        <source>%1 open deals · %2 · weighted %3</source>
        <translation>%1 فرصت فروش باز · %2 · مبلغ وزنی %3</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="227"/>
        <source>%1 open deals</source>
        <translation>%1 فرصت باز</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="295"/>
        <source>Reload: show the board as it is saved now.
Keep editing: the board stays as it is; moving this deal again is refused until you reload.</source>
        <translation>بارگذاری دوباره: تابلو همان‌طور که اکنون ذخیره شده نشان داده می‌شود.
ادامهٔ ویرایش: تابلو همین‌طور می‌ماند؛ تا بارگذاری دوباره نکنید، جابه‌جایی دوبارهٔ این فرصت پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="304"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="387"/>
        <source>&amp;Open customer</source>
        <translation>باز کردن پروندهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="391"/>
        <source>Move to &amp;next stage</source>
        <translation>انتقال به مرحلهٔ بعد</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="395"/>
        <source>Move to &amp;previous stage</source>
        <translation>انتقال به مرحلهٔ قبل</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="398"/>
        <source>&amp;Move to</source>
        <translation>انتقال به</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="407"/>
        <source>Mark &amp;won</source>
        <translation>ثبت به‌عنوان موفق</translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="408"/>
        <source>Mark &amp;lost…</source>
        <translation>ثبت به‌عنوان ازدست‌رفته…</translation>
    </message>
</context>
<context>
    <name>peyvand::ReminderNotifier</name>
    <message>
        <location filename="../src/gui/ReminderNotifier.cpp" line="64"/>
        <source>Follow up with %1: %2</source>
        <translation>پیگیری %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ReminderNotifier.cpp" line="75"/>
        <source>Follow-up due</source>
        <translation>یادآوری پیگیری</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ReminderNotifier.cpp" line="75"/>
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>موعد %n پیگیری رسیده است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ReminderNotifier.cpp" line="78"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…و %n مورد دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peyvand::ReportFilterBar</name>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="30"/>
        <source>B2B and B2C side by side</source>
        <translation>B2B و B2C کنار هم</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="31"/>
        <source>Companies (B2B)</source>
        <translation>شرکت‌ها (B2B)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="32"/>
        <source>Individuals (B2C)</source>
        <translation>اشخاص (B2C)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="39"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="40"/>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="41"/>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="42"/>
        <source>Previous month</source>
        <translation>ماه قبل</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="43"/>
        <source>Previous quarter</source>
        <translation>فصل قبل</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="44"/>
        <source>Previous year</source>
        <translation>سال قبل</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="45"/>
        <source>Custom dates</source>
        <translation>تاریخ دلخواه</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="59"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="68"/>
        <source>Pipeline:</source>
        <translation>قیف:</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="71"/>
        <source>Owner:</source>
        <translation>کارشناس:</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="74"/>
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="77"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="82"/>
        <source>Orders stuck after:</source>
        <translation>سفارش مانده پس از:</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="108"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="152"/>
        <source>Start of the period: %1</source>
        <translation>شروع دوره: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="154"/>
        <source>End of the period: %1</source>
        <translation>پایان دوره: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="156"/>
        <source>The period ends (%1) before it starts (%2). Choose an end date on or after the start date.</source>
        <translation>پایان دوره (%1) پیش از شروع آن (%2) است. تاریخ پایانی را برابر یا پس از تاریخ شروع انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>peyvand::ReportRunner</name>
    <message>
        <location filename="../src/gui/ReportRunner.cpp" line="64"/>
        <source>The reports could not be computed: %1</source>
        <translation>گزارش‌ها حساب نشدند: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ReportsView</name>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="30"/>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="31"/>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="45"/>
        <source>Sales reports</source>
        <translation>گزارش‌های فروش</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="45"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="117"/>
        <source>Computing…</source>
        <translation>در حال محاسبه…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="131"/>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="162"/>
        <location filename="../src/gui/ReportsView.cpp" line="180"/>
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="173"/>
        <location filename="../src/gui/ReportsView.cpp" line="189"/>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="181"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="190"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>peyvand::RequestDialog</name>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="77"/>
        <source>Start work</source>
        <translation>شروع رسیدگی</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="78"/>
        <source>Resolve</source>
        <translation>حل شد</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="79"/>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="81"/>
        <source>Assignee:</source>
        <translation>کارشناس:</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="83"/>
        <source>Nobody yet</source>
        <translation>هنوز تعیین نشده</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="88"/>
        <source>Open customer</source>
        <translation>باز کردن پروندهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="91"/>
        <source>Open order</source>
        <translation>باز کردن سفارش</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="98"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="98"/>
        <source>By</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="98"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="109"/>
        <source>What was done or said…</source>
        <translation>چه اقدامی انجام شد یا چه گفته شد…</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="112"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="119"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="161"/>
        <location filename="../src/gui/RequestDialog.cpp" line="260"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="162"/>
        <source>The request could not be read:
%1</source>
        <translation>اطلاعات درخواست خوانده نشد:
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="168"/>
        <source>Service request</source>
        <translation>درخواست خدمات</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="169"/>
        <source>There is no service request number %1.</source>
        <translation>درخواست خدماتی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="177"/>
        <source>Service request %1</source>
        <translation>درخواست خدمات %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="185"/>
        <source>Customer: %1</source>
        <translation>مشتری: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="189"/>
        <source>Order: %1 (%2)</source>
        <translation>سفارش: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="192"/>
        <source>Priority: %1</source>
        <translation>اولویت: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="193"/>
        <source>Opened: %1</source>
        <translation>زمان ثبت: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="195"/>
        <source>Resolved: %1</source>
        <translation>زمان حل: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::RequestQueueView</name>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="34"/>
        <source>Everyone&apos;s</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="35"/>
        <source>Mine</source>
        <translation>خودم</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="36"/>
        <source>Nobody&apos;s yet</source>
        <translation>هنوز بدون کارشناس</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="39"/>
        <source>&amp;Assignee:</source>
        <translation>کارشناس:</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="41"/>
        <source>New service request…</source>
        <translation>درخواست خدمات جدید…</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="71"/>
        <source>Double-click a request to open it</source>
        <translation>برای باز کردن هر درخواست، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="110"/>
        <source>Database error</source>
        <translation>خطای پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="111"/>
        <source>The queue could not be read:
%1</source>
        <translation>صف درخواست‌ها خوانده نشد:
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="113"/>
        <source>Open requests: %1</source>
        <translation>درخواست‌های باز: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::RequestTableModel</name>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="77"/>
        <source>Unassigned</source>
        <translation>بدون کارشناس</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="118"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="120"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="122"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="124"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="126"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="128"/>
        <source>Assignee</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="130"/>
        <source>Opened</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="132"/>
        <source>Last change</source>
        <translation>آخرین تغییر</translation>
    </message>
</context>
<context>
    <name>peyvand::RescheduleDialog</name>
    <message>
        <location filename="../src/gui/RescheduleDialog.cpp" line="22"/>
        <source>Reschedule follow-up</source>
        <translation>تغییر زمان پیگیری</translation>
    </message>
    <message>
        <location filename="../src/gui/RescheduleDialog.cpp" line="40"/>
        <source>&amp;New time:</source>
        <translation>زمان جدید:</translation>
    </message>
</context>
<context>
    <name>peyvand::RoleDialog</name>
    <message>
        <location filename="../src/gui/RoleDialog.cpp" line="18"/>
        <source>Change role</source>
        <translation>تغییر نقش</translation>
    </message>
    <message>
        <location filename="../src/gui/RoleDialog.cpp" line="23"/>
        <source>User:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <location filename="../src/gui/RoleDialog.cpp" line="25"/>
        <source>Role:</source>
        <translation>نقش:</translation>
    </message>
</context>
<context>
    <name>peyvand::RoleGate</name>
    <message>
        <location filename="../src/gui/RoleGate.cpp" line="53"/>
        <source>You have the permission “%1” only for records you own.</source>
        <translation>مجوز «%1» را فقط برای رکوردهایی دارید که مسئول آن‌ها هستید.</translation>
    </message>
    <message>
        <location filename="../src/gui/RoleGate.cpp" line="54"/>
        <source>Your role (%1) does not have the permission “%2”.</source>
        <translation>نقش شما (%1) مجوز «%2» را ندارد.</translation>
    </message>
</context>
<context>
    <name>peyvand::SafeApplication</name>
    <message>
        <location filename="../src/gui/SafeApplication.cpp" line="24"/>
        <location filename="../src/gui/SafeApplication.cpp" line="27"/>
        <location filename="../src/gui/SafeApplication.cpp" line="30"/>
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location filename="../src/gui/SafeApplication.cpp" line="30"/>
        <source>An unexpected error occurred:
%1</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد:
%1</translation>
    </message>
</context>
<context>
    <name>peyvand::ServerSignInDialog</name>
    <message>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="32"/>
        <source>Sign in to the team server</source>
        <translation>ورود به سرور تیم</translation>
    </message>
    <message>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="35"/>
        <source>Sign in with your username and password on the team&apos;s server.</source>
        <translation>با نام کاربری و رمز عبور خود به سرور تیم وارد شوید.</translation>
    </message>
    <message>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="37"/>
        <source>Server: %1</source>
        <translation>سرور: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="52"/>
        <source>Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="53"/>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="56"/>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="111"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="59"/>
        <source>Database…</source>
        <translation>پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="89"/>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <location filename="../src/gui/ServerSignInDialog.cpp" line="106"/>
        <source>The server could not be used: %1</source>
        <translation>کار با سرور ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::SettingsView</name>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="32"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="45"/>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="48"/>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="49"/>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="51"/>
        <source>Show money in:</source>
        <translation>نمایش مبالغ به:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="55"/>
        <source>Change my password…</source>
        <translation>تغییر رمز عبور من…</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="57"/>
        <source>Sign out / switch user</source>
        <translation>خروج / تغییر کاربر</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="64"/>
        <source>Signed in as:</source>
        <translation>واردشده با نام:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="71"/>
        <source>Change…</source>
        <translation>تغییر…</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="73"/>
        <source>Work on another database file, or on a team&apos;s PostgreSQL server</source>
        <translation>کار روی فایل پایگاه دادهٔ دیگر یا روی سرور PostgreSQL تیم</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="77"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="78"/>
        <source>Peyvand now starts again on the chosen database; sign in there.</source>
        <translation>پیوند اکنون روی پایگاه دادهٔ انتخاب‌شده دوباره باز می‌شود؛ آنجا وارد شوید.</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="84"/>
        <source>Database file:</source>
        <translation>فایل پایگاه داده:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="84"/>
        <source>Team server:</source>
        <translation>سرور تیم:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="86"/>
        <source>Add demo data…</source>
        <translation>افزودن دادهٔ نمونه…</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="94"/>
        <source>This database is on a server: backups are made on the server by its administrator.</source>
        <translation>این پایگاه داده روی سرور است: پشتیبان‌گیری را مدیر سرور روی خود سرور انجام می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="97"/>
        <source>Backups:</source>
        <translation>پشتیبان‌گیری:</translation>
    </message>
</context>
<context>
    <name>peyvand::SignInDialog</name>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="31"/>
        <source>Sign in to Peyvand</source>
        <translation>ورود به پیوند</translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="34"/>
        <source>Sign in with your username and password.</source>
        <translation>با نام کاربری و رمز عبور خود وارد شوید.</translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="36"/>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="51"/>
        <source>&amp;Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="54"/>
        <source>&amp;Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="59"/>
        <location filename="../src/gui/SignInDialog.cpp" line="95"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="62"/>
        <source>Database…</source>
        <translation>پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="100"/>
        <source>Wait %1 s</source>
        <translation>%1 ثانیه صبر کنید</translation>
    </message>
</context>
<context>
    <name>peyvand::StageColumn</name>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="72"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="74"/>
        <source>%1 deals · %2</source>
        <translation>%1 فرصت فروش · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="75"/>
        <source>Weighted: %1</source>
        <translation>مبلغ وزنی: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="80"/>
        <source>%1 deals</source>
        <translation>%1 فرصت</translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="135"/>
        <source>No owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="154"/>
        <source>Expected close: %1</source>
        <translation>تاریخ پیش‌بینی بستن: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="155"/>
        <source>Owner: %1</source>
        <translation>مسئول: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="88"/>
        <location filename="../src/gui/StageColumn.cpp" line="125"/>
        <source>and %1 more</source>
        <translation>و %1 مورد دیگر</translation>
    </message>
</context>
<context>
    <name>peyvand::SupportActions</name>
    <message>
        <location filename="../src/gui/SupportActions.cpp" line="57"/>
        <source>Order %1 saved.</source>
        <translation>سفارش %1 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportActions.cpp" line="82"/>
        <source>Service request opened.</source>
        <translation>درخواست خدمات ثبت شد.</translation>
    </message>
</context>
<context>
    <name>peyvand::SupportDeskView</name>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="61"/>
        <source>Find a customer</source>
        <translation>جستجوی مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="63"/>
        <source>Service request queue</source>
        <translation>صف درخواست‌های خدمات</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="81"/>
        <location filename="../src/gui/SupportDeskView.cpp" line="263"/>
        <source>Type what the caller gives: an order number, a mobile or landline, a national code or part of a name.</source>
        <translation>هر اطلاعاتی را که تماس‌گیرنده می‌دهد وارد کنید: شماره سفارش، موبایل یا تلفن ثابت، کد ملی یا بخشی از نام.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="108"/>
        <source>Order number, phone, national code or name…</source>
        <translation>شماره سفارش، تلفن، کد ملی یا نام…</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="137"/>
        <source>Open customer page</source>
        <translation>باز کردن پروندهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="138"/>
        <source>New order…</source>
        <translation>سفارش جدید…</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="139"/>
        <source>New service request…</source>
        <translation>درخواست خدمات جدید…</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="152"/>
        <source>Open order</source>
        <translation>باز کردن سفارش</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="153"/>
        <source>Change status…</source>
        <translation>تغییر وضعیت…</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="160"/>
        <source>Double-click an order to open it</source>
        <translation>برای باز کردن هر سفارش، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="176"/>
        <source>Double-click a request to open it</source>
        <translation>برای باز کردن هر درخواست، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="238"/>
        <source>The database could not be read: %1</source>
        <translation>اطلاعات از پایگاه داده خوانده نشد: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="256"/>
        <source>order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="267"/>
        <source>Nothing found for “%1”. Check the number, or try another phone or part of the name.</source>
        <translation>برای «%1» نتیجه‌ای پیدا نشد. شماره را بررسی کنید، یا تلفن دیگری یا بخشی از نام را امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="274"/>
        <source>More than %1 customers match; the first %1 are shown. Type more to narrow it down.</source>
        <translation>بیش از %1 مشتری پیدا شد؛ %1 مورد اول نمایش داده شده است. برای محدود کردن نتایج، عبارت کامل‌تری وارد کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="276"/>
        <source>%1 customers match; pick one.</source>
        <translation>%1 مشتری پیدا شد؛ یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="306"/>
        <source>No orders yet.</source>
        <translation>هنوز سفارشی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="307"/>
        <source>Orders (%1)</source>
        <translation>سفارش‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="310"/>
        <source>No open service requests.</source>
        <translation>هیچ درخواست خدماتی باز نیست.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="311"/>
        <source>Open service requests (%1)</source>
        <translation>درخواست‌های خدمات باز (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="417"/>
        <source>Reload: show the customer&apos;s orders as they are saved now.
Keep editing: the list stays as it is; changing the status again is refused until you reload.</source>
        <translation>بارگذاری دوباره: سفارش‌های مشتری همان‌طور که اکنون ذخیره شده نشان داده می‌شود.
ادامهٔ ویرایش: فهرست همین‌طور می‌ماند؛ تا بارگذاری دوباره نکنید، تغییر دوبارهٔ وضعیت پذیرفته نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>peyvand::TimelineModel</name>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="58"/>
        <location filename="../src/gui/TimelineModel.cpp" line="101"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="61"/>
        <source>%1 (follow-up %2, done)</source>
        <translation>%1 (پیگیری %2، انجام شد)</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="62"/>
        <source>%1 (follow-up %2)</source>
        <translation>%1 (پیگیری %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="93"/>
        <source>Deal «%1» moved to %2</source>
        <translation>فرصت فروش «%1» به مرحلهٔ «%2» منتقل شد</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="98"/>
        <source>Order %1: %2 → %3</source>
        <extracomment>In a right-to-left translation use ← so the arrow points from the old status to the new one.</extracomment>
        <translation>سفارش %1: %2 ← %3</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="99"/>
        <source>Order %1: %2</source>
        <translation>سفارش %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="105"/>
        <source>Service request opened: %1</source>
        <translation>درخواست خدمات ثبت شد: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="107"/>
        <source>Service request resolved: %1</source>
        <translation>درخواست خدمات برطرف شد: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="160"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="162"/>
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="164"/>
        <source>What</source>
        <translation>شرح</translation>
    </message>
</context>
<context>
    <name>peyvand::TodayView</name>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="53"/>
        <source>&amp;Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="54"/>
        <source>&amp;Reschedule</source>
        <translation>زمان‌بندی مجدد</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="55"/>
        <source>&amp;Log activity…</source>
        <translation>ثبت فعالیت…</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="72"/>
        <source>Log a call, meeting, e-mail… (Ctrl+L)</source>
        <translation>ثبت تماس، جلسه، ایمیل و… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="76"/>
        <source>Mark the selected follow-up done (Ctrl+D)</source>
        <translation>ثبت انجام پیگیری انتخاب‌شده (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="80"/>
        <source>&amp;Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="82"/>
        <source>&amp;Next week</source>
        <translation>هفتهٔ بعد</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="84"/>
        <source>&amp;Pick a date…</source>
        <translation>انتخاب تاریخ…</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="107"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="129"/>
        <source>Follow-ups due</source>
        <translation>پیگیری‌های سررسیده</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="133"/>
        <source>My recent activity</source>
        <translation>فعالیت‌های اخیر من</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="266"/>
        <source>Nothing to follow up today.</source>
        <translation>امروز پیگیری‌ای ندارید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/TodayView.cpp" line="267"/>
        <source>%n follow-up(s) due today</source>
        <translation>
            <numerusform>%n پیگیری برای امروز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/TodayView.cpp" line="268"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>، %n مورد عقب‌افتاده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/TodayView.cpp" line="270"/>
        <source> (the oldest %n shown)</source>
        <translation>
            <numerusform> (فقط %n مورد قدیمی‌تر نمایش داده شده است)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="286"/>
        <source>(follow up %1)</source>
        <translation>(پیگیری: %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="308"/>
        <location filename="../src/gui/TodayView.cpp" line="330"/>
        <source>Could not save</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="342"/>
        <source>Reload: show the follow-ups as they are saved now.
Keep editing: the list stays as it is; changing this follow-up again is refused until you reload.</source>
        <translation>بارگذاری دوباره: پیگیری‌ها همان‌طور که اکنون ذخیره شده نشان داده می‌شود.
ادامهٔ ویرایش: فهرست همین‌طور می‌ماند؛ تا بارگذاری دوباره نکنید، تغییر دوبارهٔ این پیگیری پذیرفته نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>peyvand::UserTableModel</name>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="53"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="53"/>
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="55"/>
        <source>Set</source>
        <translation>تعیین‌شده</translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="55"/>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="75"/>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="77"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="79"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="81"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="83"/>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="85"/>
        <source>Failed sign-ins</source>
        <translation>ورودهای ناموفق</translation>
    </message>
</context>
<context>
    <name>peyvand::UsersSection</name>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="23"/>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="27"/>
        <source>Add user…</source>
        <translation>افزودن کاربر…</translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="28"/>
        <source>Change role…</source>
        <translation>تغییر نقش…</translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="29"/>
        <source>Reset password…</source>
        <translation>تعیین رمز عبور تازه…</translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="30"/>
        <location filename="../src/gui/UsersSection.cpp" line="110"/>
        <source>Disable</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="110"/>
        <source>Enable</source>
        <translation>فعال کردن</translation>
    </message>
</context>
<context>
    <name>peyvand::VcardExport</name>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="23"/>
        <source>vCard 3.0, for phones and Outlook (*.vcf)</source>
        <translation>vCard 3.0، برای گوشی و اوت‌لوک (*.vcf)</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="24"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="26"/>
        <location filename="../src/gui/VcardExport.cpp" line="65"/>
        <location filename="../src/gui/VcardExport.cpp" line="88"/>
        <source>Export to vCard</source>
        <translation>خروجی vCard</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="63"/>
        <source>Exporting vCards…</source>
        <translation>در حال خروجی گرفتن vCard…</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="63"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="73"/>
        <source>Exporting vCards… %1 of %2</source>
        <translation>در حال خروجی گرفتن vCard… %1 از %2</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="82"/>
        <source>%1 vCards exported to %2</source>
        <translation>%1 کارت vCard در %2 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="84"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی گرفتن لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>peyvand::VcardExportRunner</name>
    <message>
        <location filename="../src/gui/VcardExportRunner.cpp" line="60"/>
        <location filename="../src/gui/VcardExportRunner.cpp" line="78"/>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExportRunner.cpp" line="82"/>
        <location filename="../src/gui/VcardExportRunner.cpp" line="84"/>
        <source>The export failed: %1</source>
        <translation>خروجی گرفتن ناموفق بود: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::VcardImportDialog</name>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="31"/>
        <location filename="../src/gui/VcardImportDialog.cpp" line="160"/>
        <source>Import vCard</source>
        <translation>ورود vCard</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="46"/>
        <source>Cancel import</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="60"/>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="95"/>
        <source>A .vcf file from a phone, Google Contacts or Outlook</source>
        <translation>یک فایل ‎.vcf از گوشی، مخاطبین گوگل یا اوت‌لوک</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="96"/>
        <source>Browse…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="104"/>
        <source>Import the people as</source>
        <translation>افراد وارد شوند به‌عنوان</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="105"/>
        <source>Individual customers</source>
        <translation>مشتریان حقیقی</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="107"/>
        <source>Contact persons of the company:</source>
        <translation>افراد رابط شرکت:</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="112"/>
        <source>Type the company&apos;s name or national ID…</source>
        <translation>نام یا شناسهٔ ملی شرکت را بنویسید…</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="127"/>
        <source>A card that is already a customer or contact (same mobile or national code)</source>
        <translation>کارتی که از پیش مشتری یا فرد رابط است (همان موبایل یا کد ملی)</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="128"/>
        <source>Skip it and leave the record as it is</source>
        <translation>رد شود و رکورد دست نخورد</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="131"/>
        <source>Update the record with what the card holds</source>
        <translation>رکورد با محتوای کارت به‌روز شود</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="137"/>
        <source>When some cards are invalid</source>
        <translation>اگر برخی کارت‌ها نامعتبر باشند</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="138"/>
        <source>Import nothing and list the problems</source>
        <translation>هیچ چیز وارد نشود و مشکلات فهرست شوند</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="141"/>
        <source>Import the valid cards and list the others</source>
        <translation>کارت‌های معتبر وارد شوند و بقیه فهرست شوند</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="150"/>
        <source>vCard file:</source>
        <translation>فایل vCard:</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="161"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>فایل‌های vCard (*.vcf *.vcard);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="208"/>
        <source>Choose the vCard file to import.</source>
        <translation>فایل vCard را برای ورود انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="210"/>
        <source>There is no file %1.</source>
        <translation>فایل %1 وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="212"/>
        <source>Pick the company whose contact persons the cards are.</source>
        <translation>شرکتی را که کارت‌ها افراد رابط آن‌اند انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="234"/>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="250"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="259"/>
        <source>%1 cards read</source>
        <translation>%1 کارت خوانده شد</translation>
    </message>
</context>
</TS>
