// Every service entry point as every role (and as nobody and a disabled
// user) on a real file: each refused combination throws PermissionError
// naming the missing permission and writes nothing (no row changed, no audit
// entry); each allowed one succeeds and leaves its audit entries. Reps on
// their own records and on a colleague's.
#include "CalendarExporter.h"
#include "CsvImporter.h"
#include "CustomerCsvExport.h"
#include "JsonExporter.h"
#include "JsonImporter.h"
#include "PermissionError.h"
#include "PermissionWorld.h"
#include "ReportService.h"
#include "SupportLookup.h"
#include "TimelineService.h"
#include "VcardExporter.h"
#include "VcardImporter.h"

#include <QBuffer>
#include <array>
#include <cctype>
#include <fstream>
#include <functional>
#include <sstream>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

enum Who { Rep, Manager, Support, Admin, Nobody, Disabled };
constexpr std::array<Who, 6> kEveryone { Rep, Manager, Support, Admin, Nobody, Disabled };

const char *nameOf(Who w)
{
    static const char *const names[] = { "sales rep", "manager", "support", "admin", "nobody", "disabled user" };
    return names[w];
}

User userOf(PermissionWorld &w, Who who)
{
    switch (who) {
    case Rep:
        return w.rep;
    case Manager:
        return w.s.manager;
    case Support:
        return w.support;
    case Admin:
        return w.admin;
    case Nobody:
        return User {};
    case Disabled:
        break;
    }
    return w.disabled;
}

// One entry point: what it does, and for the rep, manager, support and admin
// the permission it is refused for (nullptr: allowed). Nobody and a disabled
// user are refused `first` (the first permission the call checks); an
// allowed call adds `audits` entries.
struct Case
{
    const char *name;
    std::function<void(PermissionWorld &)> call;
    std::array<const char *, 4> refused;
    const char *first;
    int audits;
};

constexpr const char *ok = nullptr;
const char *const read = "read_customers";

void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.name;
}

CustomerService customers(PermissionWorld &w)
{
    return CustomerService(*w.s, w.s.clock);
}
DealService deals(PermissionWorld &w)
{
    return DealService(*w.s, w.s.clock);
}
ActivityService activities(PermissionWorld &w)
{
    return ActivityService(*w.s, w.s.clock);
}
OrderService orders(PermissionWorld &w)
{
    return OrderService(*w.s, w.s.clock);
}
ServiceRequestService requests(PermissionWorld &w)
{
    return ServiceRequestService(*w.s, w.s.clock);
}
ContactService contacts(PermissionWorld &w)
{
    return ContactService(*w.s, w.s.clock);
}

Payment payment()
{
    Payment p;
    p.amount = 10'000'000;
    return p;
}

Customer stored(PermissionWorld &w, qint64 id)
{
    return *w.s->customers().get(id);
}

ReportFilter filter()
{
    ReportFilter f;
    f.period = ReportPeriod::custom(QDate(2024, 12, 1), QDate(2025, 1, 31));
    return f;
}

ImportResult importCsv(PermissionWorld &w, const QByteArray &csv, ImportKind kind)
{
    QByteArray bytes = csv;
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    ImportOptions o;
    o.kind = kind;
    const ImportResult r = CsvImporter(*w.s, w.s.clock).run(in, o);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Committed);
    return r;
}

QByteArray written(const std::function<void(QBuffer &)> &write)
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    write(out);
    return bytes;
}

const char *const kIndividualsCsv = "first_name,last_name,mobile\n"
                                    "علی,رضایی,09121110001\n"
                                    "زهرا,کریمی,09121110002\n";

std::vector<Case> cases()
{
    const std::array<const char *, 4> allRead { ok, ok, ok, ok };
    // Customers and their contact persons.
    std::vector<Case> c {
        { "customer get", [](PermissionWorld &w) { customers(w).get(w.otherCompany); }, allRead, read, 0 },
        { "customer search", [](PermissionWorld &w) { customers(w).search(CustomerQuery {}); }, allRead, read, 0 },
        { "customer find by phone",
          [](PermissionWorld &w) { customers(w).findByPhone(QStringLiteral("021-88776655")); }, allRead, read, 0 },
        { "customer find by national id",
          [](PermissionWorld &w) { customers(w).findByNationalIdentifier(w.otherLegalId); }, allRead, read, 0 },
        { "customer create (no owner given)",
          [](PermissionWorld &w) { customers(w).create(legalEntity(QStringLiteral("شرکت تازه"))); },
          { ok, ok, "edit_customers", ok },
          "edit_customers",
          1 },
        { "customer create for a colleague",
          [](PermissionWorld &w) {
              Customer c = legalEntity(QStringLiteral("شرکت تازه"));
              c.ownerId = w.colleague.id;
              customers(w).create(c);
          },
          { "reassign_owners", ok, "edit_customers", ok },
          "edit_customers",
          1 },
        { "customer update own",
          [](PermissionWorld &w) {
              Customer c = stored(w, w.ownCompany);
              c.legal.industry = QStringLiteral("فولاد");
              customers(w).update(c);
          },
          { ok, ok, "edit_customers", ok },
          "edit_customers",
          1 },
        { "customer update a colleague's",
          [](PermissionWorld &w) {
              Customer c = stored(w, w.otherCompany);
              c.legal.industry = QStringLiteral("فولاد");
              customers(w).update(c);
          },
          { "edit_customers", ok, "edit_customers", ok },
          "edit_customers",
          1 },
        { "customer reassign own",
          [](PermissionWorld &w) {
              Customer c = stored(w, w.ownCompany);
              c.ownerId = w.colleague.id;
              customers(w).update(c);
          },
          { "reassign_owners", ok, "edit_customers", ok },
          "edit_customers",
          1 },
        { "contact list", [](PermissionWorld &w) { contacts(w).forCustomer(w.otherCompany); }, allRead, read, 0 },
        { "contact add to own company",
          [](PermissionWorld &w) { contacts(w).add(PermissionWorld::contact(w.ownCompany, QStringLiteral("سعید"))); },
          { ok, ok, "edit_customers", ok },
          "edit_customers",
          1 },
        { "contact add to a colleague's company",
          [](PermissionWorld &w) { contacts(w).add(PermissionWorld::contact(w.otherCompany, QStringLiteral("سعید"))); },
          { "edit_customers", ok, "edit_customers", ok },
          "edit_customers",
          1 },
        { "contact update own",
          [](PermissionWorld &w) {
              ContactPerson p = *w.s->contacts().get(w.ownContact);
              p.jobTitle = QStringLiteral("مدیر خرید");
              contacts(w).update(p);
          },
          { ok, ok, "edit_customers", ok },
          "edit_customers",
          1 },
        { "contact update a colleague's",
          [](PermissionWorld &w) {
              ContactPerson p = *w.s->contacts().get(w.otherContact);
              p.jobTitle = QStringLiteral("مدیر خرید");
              contacts(w).update(p);
          },
          { "edit_customers", ok, "edit_customers", ok },
          "edit_customers",
          1 },
    };
    // Deals.
    std::vector<Case> d {
        { "deal get", [](PermissionWorld &w) { deals(w).get(w.otherDeal); }, allRead, read, 0 },
        { "deal list of a customer", [](PermissionWorld &w) { deals(w).forCustomer(w.otherCompany, false); }, allRead,
          read, 0 },
        { "deal board cards", [](PermissionWorld &w) { deals(w).openCards(w.firstStage(), 0, 50); }, allRead, read, 0 },
        { "deal board totals", [](PermissionWorld &w) { deals(w).openTotals(w.b2b.id, 0); }, allRead, read, 0 },
        { "deal create (no owner given)",
          [](PermissionWorld &w) { deals(w).create(w.deal(w.otherCompany, 0, w.firstStage()), w.s->actor().id); },
          { ok, ok, "edit_deals", ok },
          "edit_deals",
          1 },
        { "deal create for a colleague",
          [](PermissionWorld &w) {
              deals(w).create(w.deal(w.ownCompany, w.colleague.id, w.firstStage()), w.s->actor().id);
          },
          { "reassign_owners", ok, "edit_deals", ok },
          "edit_deals",
          1 },
        { "deal move own",
          [](PermissionWorld &w) { deals(w).moveToStage(w.ownDeal, w.secondStage(), w.s->actor().id); },
          { ok, ok, "edit_deals", ok },
          "edit_deals",
          1 },
        { "deal move a colleague's",
          [](PermissionWorld &w) { deals(w).moveToStage(w.otherDeal, w.secondStage(), w.s->actor().id); },
          { "edit_deals", ok, "edit_deals", ok },
          "edit_deals",
          1 },
        { "deal win own",
          [](PermissionWorld &w) { deals(w).moveToStage(w.ownDeal, w.wonStage(), w.s->actor().id); },
          { ok, ok, "edit_deals", ok },
          "edit_deals",
          1 },
        { "deal lose a colleague's",
          [](PermissionWorld &w) {
              deals(w).moveToStage(w.otherDeal, w.lostStage(), w.s->actor().id, LostReason::Price);
          },
          { "edit_deals", ok, "edit_deals", ok },
          "edit_deals",
          1 },
    };
    // Activities.
    std::vector<Case> a {
        { "activity timeline", [](PermissionWorld &w) { activities(w).timeline(w.otherCompany, 10); }, allRead, read,
          0 },
        { "activity due follow-ups",
          [](PermissionWorld &w) { activities(w).dueFollowUps(0, w.s.clock.now().addDays(7), 10); }, allRead, read, 0 },
        { "activity recent by owner", [](PermissionWorld &w) { activities(w).recentByOwner(w.rep.id, 10); }, allRead,
          read, 0 },
        { "activity log on own customer",
          [](PermissionWorld &w) { activities(w).log(w.followUp(w.ownCompany, 0)); },
          { ok, ok, "log_activities", ok },
          "log_activities",
          1 },
        { "activity log on a colleague's customer",
          [](PermissionWorld &w) { activities(w).log(w.followUp(w.otherCompany, 0)); },
          { ok, ok, "log_activities", ok },
          "log_activities",
          1 },
        { "activity log for a colleague",
          [](PermissionWorld &w) { activities(w).log(w.followUp(w.ownCompany, w.colleague.id)); },
          { "reassign_owners", ok, "log_activities", ok },
          "log_activities",
          1 },
        { "activity complete own",
          [](PermissionWorld &w) { activities(w).completeFollowUp(w.ownActivity); },
          { ok, ok, "edit_activities", ok },
          "edit_activities",
          1 },
        { "activity complete a colleague's",
          [](PermissionWorld &w) { activities(w).completeFollowUp(w.otherActivity); },
          { "edit_activities", ok, "edit_activities", ok },
          "edit_activities",
          1 },
        { "activity reschedule own",
          [](PermissionWorld &w) { activities(w).rescheduleFollowUp(w.ownActivity, w.s.clock.now().addDays(5)); },
          { ok, ok, "edit_activities", ok },
          "edit_activities",
          1 },
        { "activity reschedule a colleague's",
          [](PermissionWorld &w) { activities(w).rescheduleFollowUp(w.otherActivity, w.s.clock.now().addDays(5)); },
          { "edit_activities", ok, "edit_activities", ok },
          "edit_activities",
          1 },
    };
    // Orders and service requests.
    std::vector<Case> o {
        { "order get", [](PermissionWorld &w) { orders(w).get(w.otherOrder); }, allRead, read, 0 },
        { "order by number", [](PermissionWorld &w) { orders(w).getByNumber(w.s->orders().get(w.otherOrder)->number); },
          allRead, read, 0 },
        { "order list of a customer", [](PermissionWorld &w) { orders(w).forCustomer(w.otherCompany, 10); }, allRead,
          read, 0 },
        { "order create for own customer",
          [](PermissionWorld &w) { orders(w).create(PermissionWorld::order(w.ownCompany), w.s->actor().id); },
          { ok, ok, "edit_orders", ok },
          "edit_orders",
          1 },
        { "order create for a colleague's customer",
          [](PermissionWorld &w) { orders(w).create(PermissionWorld::order(w.otherCompany), w.s->actor().id); },
          { "edit_orders", ok, "edit_orders", ok },
          "edit_orders",
          1 },
        { "order create from own won deal (a colleague's customer)",
          [](PermissionWorld &w) {
              orders(w).createFromDeal(w.wonDeal, PermissionWorld::order(0).lines, w.s->actor().id);
          },
          { ok, ok, "edit_orders", ok },
          "edit_orders",
          1 },
        { "order payment own",
          [](PermissionWorld &w) { orders(w).addPayment(w.ownOrder, payment()); },
          { ok, ok, "edit_orders", ok },
          "edit_orders",
          1 },
        { "order payment a colleague's",
          [](PermissionWorld &w) { orders(w).addPayment(w.otherOrder, payment()); },
          { "edit_orders", ok, "edit_orders", ok },
          "edit_orders",
          1 },
        { "order status own",
          [](PermissionWorld &w) { orders(w).changeStatus(w.ownOrder, OrderStatus::Confirmed, w.s->actor().id); },
          { "change_order_status", ok, ok, ok },
          "change_order_status",
          1 },
        { "order tracking code",
          [](PermissionWorld &w) { orders(w).setTrackingCode(w.otherOrder, QStringLiteral("TR-123")); },
          { "change_order_status", ok, ok, ok },
          "change_order_status",
          1 },
        { "request get", [](PermissionWorld &w) { requests(w).get(w.request); }, allRead, read, 0 },
        { "request queue", [](PermissionWorld &w) { requests(w).queue(10); }, allRead, read, 0 },
        { "request recent", [](PermissionWorld &w) { requests(w).recent(10); }, allRead, read, 0 },
        { "request list of a customer", [](PermissionWorld &w) { requests(w).forCustomer(w.ownCompany); }, allRead,
          read, 0 },
        { "request open",
          [](PermissionWorld &w) {
              ServiceRequest r;
              r.customerId = w.otherCompany;
              r.subject = QStringLiteral("نصب");
              requests(w).open(r);
          },
          { "handle_requests", ok, ok, ok },
          "handle_requests",
          1 },
        { "request note",
          [](PermissionWorld &w) { requests(w).addNote(w.request, w.s->actor().id, QStringLiteral("تماس گرفتم")); },
          { "handle_requests", ok, ok, ok },
          "handle_requests",
          1 },
        { "request status",
          [](PermissionWorld &w) { requests(w).setStatus(w.request, RequestStatus::InProgress, w.s->actor().id); },
          { "handle_requests", ok, ok, ok },
          "handle_requests",
          1 },
        { "request resolve",
          [](PermissionWorld &w) { requests(w).setStatus(w.request, RequestStatus::Resolved, w.s->actor().id); },
          { "handle_requests", ok, ok, ok },
          "handle_requests",
          1 },
        { "request assign",
          [](PermissionWorld &w) { requests(w).assign(w.request, w.support.id); },
          { "handle_requests", ok, ok, ok },
          "handle_requests",
          1 },
        { "timeline", [](PermissionWorld &w) { TimelineService(*w.s).latest(w.ownCompany, 20); }, allRead, read, 0 },
        { "support lookup", [](PermissionWorld &w) { SupportLookup(*w.s).find(QStringLiteral("زاگرس")); }, allRead,
          read, 0 },
    };
    // Reports.
    const std::array<const char *, 4> pipelineReport { "view_pipeline_reports", ok, "view_pipeline_reports", ok };
    std::vector<Case> r {
        { "report pipeline", [](PermissionWorld &w) { ReportService(*w.s, w.s.clock).pipeline(filter()); },
          pipelineReport, "view_pipeline_reports", 0 },
        { "report funnel", [](PermissionWorld &w) { ReportService(*w.s, w.s.clock).funnel(filter()); }, pipelineReport,
          "view_pipeline_reports", 0 },
        { "report forecast", [](PermissionWorld &w) { ReportService(*w.s, w.s.clock).forecast(filter()); },
          pipelineReport, "view_pipeline_reports", 0 },
        { "report activity", [](PermissionWorld &w) { ReportService(*w.s, w.s.clock).activity(filter()); },
          pipelineReport, "view_pipeline_reports", 0 },
        { "report orders",
          [](PermissionWorld &w) { ReportService(*w.s, w.s.clock).orders(filter()); },
          { "view_order_reports", ok, ok, ok },
          "view_order_reports",
          0 },
    };
    // Imports and exports.
    const std::array<const char *, 4> imports { "import_data", ok, "import_data", ok };
    const std::array<const char *, 4> exports { "export_data", ok, "export_data", ok };
    std::vector<Case> io {
        { "import individuals (CSV)", [](PermissionWorld &w) { importCsv(w, kIndividualsCsv, ImportKind::Individual); },
          imports, "import_data", 2 },
        { "import contact persons (CSV)",
          [](PermissionWorld &w) {
              importCsv(w,
                        QStringLiteral("company_national_id,first_name,last_name\n%1,سعید,نوری\n")
                            .arg(w.otherLegalId)
                            .toUtf8(),
                        ImportKind::Contact);
          },
          imports, "import_data", 1 },
        { "import vCard",
          [](PermissionWorld &w) {
              QByteArray bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ahmadi;Reza;;;\r\nFN:Reza Ahmadi\r\n"
                                 "TEL;TYPE=CELL:09121110003\r\nEND:VCARD\r\n";
              QBuffer in(&bytes);
              in.open(QIODevice::ReadOnly);
              ImportOptions options;
              options.kind = ImportKind::Individual;
              const ImportResult r = VcardImporter(*w.s, w.s.clock).run(in, options);
              EXPECT_EQ(r.outcome, ImportResult::Outcome::Committed);
          },
          imports, "import_data", 1 },
        { "export customers (CSV)",
          [](PermissionWorld &w) {
              written([&](QBuffer &out) { CustomerCsvExport(*w.s).run(CustomerQuery {}, out, {}); });
          },
          exports, "export_data", 0 },
        { "export customers (vCard)",
          [](PermissionWorld &w) {
              written([&](QBuffer &out) { VcardExporter(*w.s).exportCustomers(out, CustomerQuery {}, {}); });
          },
          exports, "export_data", 0 },
        { "export a company's contacts (vCard)",
          [](PermissionWorld &w) {
              written([&](QBuffer &out) { VcardExporter(*w.s).exportContacts(out, w.ownCompany, {}); });
          },
          exports, "export_data", 0 },
        { "export calendar",
          [](PermissionWorld &w) {
              CalendarExporter(*w.s, w.s.clock)
                  .exportRange(CalendarExportOptions::days(QDate(2025, 1, 1), QDate(2025, 1, 31)));
          },
          exports, "export_data", 0 },
        { "export everything (JSON)",
          [](PermissionWorld &w) {
              const auto reader = w.s->snapshotReader();
              std::ostringstream out;
              JsonExporter(*w.s, *reader, w.s.clock.now()).write(out);
          },
          exports, "export_data", 0 },
    };
    for (auto *part : { &d, &a, &o, &r, &io })
        c.insert(c.end(), part->begin(), part->end());
    return c;
}

class ServicePermissions : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST_P(ServicePermissions, refuses_what_the_role_lacks_writing_nothing_and_audits_what_it_allows)
{
    const Case &c = GetParam();
    for (Who who : kEveryone) {
        SCOPED_TRACE(nameOf(who));
        PermissionWorld w;
        const char *refused = who == Nobody || who == Disabled ? c.first : c.refused[who];
        w.s.actAs(userOf(w, who));
        const RowCounts rows = RowCounts::of(w.s);
        const qint64 audits = w.auditCount();
        const QByteArray changes = w.changes();
        if (refused) {
            try {
                c.call(w);
                ADD_FAILURE() << "expected a refusal naming " << refused;
            } catch (const PermissionError &e) {
                EXPECT_EQ(e.code().toStdString(), refused) << e.what();
                EXPECT_EQ(toCode(e.permission()).toStdString(), refused);
                EXPECT_EQ(e.field(), QStringLiteral("permission"));
                EXPECT_TRUE(e.message().contains(QLatin1String(refused)) || who == Disabled) << e.what();
                EXPECT_FALSE(e.persianMessage().isEmpty());
            }
            EXPECT_EQ(RowCounts::of(w.s), rows);
            EXPECT_EQ(w.auditCount(), audits);
            EXPECT_EQ(w.changes(), changes) << "a refused call changed rows";
        } else {
            EXPECT_NO_THROW(c.call(w));
            EXPECT_EQ(w.auditCount(), audits + c.audits);
            if (c.audits == 0) {
                EXPECT_EQ(w.changes(), changes) << "a read changed rows";
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(EveryEntryPoint, ServicePermissions, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case> &info) {
                             std::string name;
                             for (const char *p = info.param.name; *p; ++p)
                                 name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
                             return name;
                         });

// The rep's refusals and permissions come from their role; a user whose role
// lacks a permission entirely is told so, a rep on a colleague's record is
// told they have it only on their own.
TEST(ServicePermissionMessages, say_own_records_only_for_a_rep_and_disabled_for_a_disabled_user)
{
    PermissionWorld w;
    w.s.actAs(w.rep);
    Customer c = *w.s->customers().get(w.otherCompany);
    try {
        CustomerService(*w.s, w.s.clock).update(c);
        ADD_FAILURE();
    } catch (const PermissionError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("only on records they own"))) << e.what();
    }
    w.s.actAs(w.disabled);
    try {
        CustomerService(*w.s, w.s.clock).get(w.ownCompany);
        ADD_FAILURE();
    } catch (const PermissionError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("disabled"))) << e.what();
        EXPECT_EQ(e.permission(), Permission::ReadCustomers);
    }
}

// A rep's new customer, deal and activity without an owner become theirs.
TEST(ServicePermissionOwners, a_reps_new_records_are_their_own)
{
    PermissionWorld w;
    w.s.actAs(w.rep);
    const qint64 customer = CustomerService(*w.s, w.s.clock).create(legalEntity(QStringLiteral("شرکت نو")));
    EXPECT_EQ(w.s->customers().get(customer)->ownerId, w.rep.id);
    const qint64 deal = DealService(*w.s, w.s.clock).create(w.deal(customer, 0, w.firstStage()), w.rep.id);
    EXPECT_EQ(w.s->deals().get(deal)->ownerId, w.rep.id);
    const qint64 activity = ActivityService(*w.s, w.s.clock).log(w.followUp(w.otherCompany, 0));
    EXPECT_EQ(w.s->activities().get(activity)->ownerId, w.rep.id);
    // ...and they may change them afterwards.
    EXPECT_NO_THROW(ActivityService(*w.s, w.s.clock).completeFollowUp(activity));
    EXPECT_NO_THROW(DealService(*w.s, w.s.clock).moveToStage(deal, w.secondStage(), w.rep.id));
}

// Support sees every deal field but the amount: 0 with amountHidden, on a
// deal, a customer's deals, the board's cards and totals.
TEST(ServiceDealAmounts, are_hidden_from_support_and_shown_to_the_others)
{
    PermissionWorld w;
    for (Who who : { Support, Rep, Manager, Admin }) {
        SCOPED_TRACE(nameOf(who));
        w.s.actAs(userOf(w, who));
        const bool hidden = who == Support;
        DealService service(*w.s, w.s.clock);
        const Deal d = service.get(w.ownDeal);
        EXPECT_EQ(d.amountHidden, hidden);
        EXPECT_EQ(d.amount, hidden ? 0 : 2'500'000'000);
        EXPECT_EQ(d.title, QStringLiteral("خط تولید"));
        const QList<Deal> list = service.forCustomer(w.otherCompany, false);
        ASSERT_EQ(list.size(), 2);
        for (const Deal &x : list) {
            EXPECT_EQ(x.amountHidden, hidden);
            EXPECT_EQ(x.amount, hidden ? 0 : 2'500'000'000);
        }
        const QList<DealCard> cards = service.openCards(w.firstStage(), 0, 10);
        ASSERT_EQ(cards.size(), 2);
        for (const DealCard &card : cards) {
            EXPECT_EQ(card.amountHidden, hidden);
            EXPECT_EQ(card.amount, hidden ? 0 : 2'500'000'000);
        }
        const QList<StageTotals> totals = service.openTotals(w.b2b.id, 0);
        ASSERT_EQ(totals.size(), 1);
        EXPECT_EQ(totals.front().count, 2);
        EXPECT_EQ(totals.front().amountHidden, hidden);
        EXPECT_EQ(totals.front().amount, hidden ? 0 : 5'000'000'000);
    }
    // The stored amount is untouched.
    EXPECT_EQ(w.s->deals().get(w.ownDeal)->amount, 2'500'000'000);
}

// A snapshot import goes into an empty database: nobody can be signed in to
// it, so it is open like `seed`; a signed-in user needs import_data.
TEST(ServicePermissionSnapshot, import_into_an_empty_file_needs_no_user_but_a_signed_in_user_needs_import_data)
{
    PermissionWorld source;
    const QString file = source.s.dir.filePath(QStringLiteral("all.json"));
    {
        const auto reader = source.s->snapshotReader();
        std::ofstream out(file.toStdString());
        JsonExporter(*source.s, *reader, source.s.clock.now()).write(out);
    }
    TestStore empty(TestStore::Actor::Nobody);
    JsonImporter(*empty, empty.clock).run(file);
    EXPECT_EQ(empty.rows("customers"), 2);

    TestStore withSupport(TestStore::Actor::Nobody);
    withSupport.actAs(withSupport.addUser(QStringLiteral("support1"), UserRole::Support));
    const QByteArray before = withSupport.contentHash();
    try {
        JsonImporter(*withSupport, withSupport.clock).run(file);
        ADD_FAILURE();
    } catch (const PermissionError &e) {
        EXPECT_EQ(e.permission(), Permission::ImportData);
    }
    EXPECT_EQ(withSupport.contentHash(), before); // nothing written
    EXPECT_EQ(withSupport.rows("customers"), 0);
}
