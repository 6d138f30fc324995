#include "PgSnapshotSupport.h"

#include "PgResult.h"
#include "PgStatement.h"

#include <QDateTime>
#include <stdexcept>

namespace peyvand::testing {

namespace {

QDateTime at(int day, int hour = 10)
{
    return QDateTime(QDate(2025, 1, 1).addDays(day), QTime(hour, 30), Qt::UTC);
}

// Stages of the default pipelines (both backends seed the same ids).
constexpr qint64 kLegalPipeline = 1, kIndividualPipeline = 2;
constexpr qint64 kLegalLead = 1, kLegalNeeds = 2, kLegalOffer = 4, kLegalLost = 7;
constexpr qint64 kIndividualLead = 8, kIndividualContacted = 9, kIndividualWon = 11;

} // namespace

void writeEdgeData(RepositorySet r)
{
    User rep;
    rep.username = QStringLiteral("niloofar");
    rep.fullName = QStringLiteral("نیلوفر رضائی‌فر");
    const qint64 repId = r.users.add(rep);
    User manager;
    manager.username = QStringLiteral("boss");
    manager.fullName = QStringLiteral("مدیر فروش");
    manager.role = UserRole::Manager;
    const qint64 managerId = r.users.add(manager);

    const qint64 household
        = r.customers.addHousehold(Household { 0, QStringLiteral("خانواده احمدی‌نژاد") });

    Customer full;
    full.kind = CustomerKind::Individual;
    full.ownerId = repId;
    full.lifecycle = Lifecycle::Customer;
    full.source = SourceChannel::Referral;
    full.doNotCall = true;
    full.doNotSms = true;
    full.tags = { QStringLiteral("وی‌آی‌پی"), QStringLiteral("tab\tand\\backslash") };
    IndividualDetails &d = full.individual;
    d.firstName = QStringLiteral("علی‌رضا");
    d.lastName = QStringLiteral("احمدی‌نژاد");
    d.nationalCode = QStringLiteral("0013542419");
    d.email = QStringLiteral("alireza@example.ir");
    d.birthDate = QDate(1985, 3, 21);
    d.preferences = QStringLiteral("تماس بعد از ساعت ۱۷\nفقط پیامک");
    d.loyaltyCard = QStringLiteral("LC-٤٥٦٧");
    d.householdId = household;
    d.householdRole = QStringLiteral("head");
    d.householdDecides = QStringLiteral("لوازم خانگی");
    full.phones << PhoneEntry { QStringLiteral("09121234567"), QStringLiteral("موبایل") }
                << PhoneEntry { QStringLiteral("02188776655"), QString() };
    full.addresses << Address { QStringLiteral("خانه"), QStringLiteral("تهران"), QStringLiteral("تهران"),
                                QStringLiteral("خیابان ولی‌عصر، پلاک ۱۲\\۳"),
                                QStringLiteral("1234567890") }
                   << Address { QString(), QString(), QStringLiteral("شیراز"), QString(), QString() };
    full.createdAt = at(1);
    full.updatedAt = at(3);
    const qint64 fullId = r.customers.add(full);

    Customer bare;
    bare.kind = CustomerKind::Individual;
    bare.individual.firstName = QStringLiteral("ناشناس");
    bare.createdAt = at(2);
    bare.updatedAt = at(2);
    const qint64 bareId = r.customers.add(bare);

    Customer subsidiary;
    subsidiary.kind = CustomerKind::Legal;
    subsidiary.ownerId = managerId;
    subsidiary.lifecycle = Lifecycle::Prospect;
    subsidiary.source = SourceChannel::Dealer;
    LegalDetails &l = subsidiary.legal;
    l.companyName = QStringLiteral("شرکت پخش البرز‌شمال");
    l.nationalId = QStringLiteral("10101011111");
    l.economicCode = QStringLiteral("411111111111");
    l.registrationNo = QStringLiteral("۱۲۳۴۵");
    l.registrationDate = QDate(2010, 5, 1);
    l.industry = QStringLiteral("پخش");
    l.employees = 320;
    l.website = QStringLiteral("https://alborz.example.ir");
    subsidiary.phones << PhoneEntry { QStringLiteral("02144556677"), QStringLiteral("دفتر") };
    subsidiary.createdAt = at(4);
    subsidiary.updatedAt = at(4);
    const qint64 subsidiaryId = r.customers.add(subsidiary);

    Customer parent;
    parent.kind = CustomerKind::Legal;
    parent.legal.companyName = QStringLiteral("گروه صنعتی البرز");
    parent.createdAt = at(5);
    parent.updatedAt = at(5);
    const qint64 parentId = r.customers.add(parent);
    subsidiary.id = subsidiaryId;
    subsidiary.legal.parentId = parentId; // a parent with a higher id than its subsidiary
    r.customers.update(subsidiary);

    ContactPerson contact;
    contact.customerId = subsidiaryId;
    contact.firstName = QStringLiteral("مریم");
    contact.lastName = QStringLiteral("کاظمی‌پور");
    contact.jobTitle = QStringLiteral("مدیر خرید");
    contact.role = BuyingRole::Decider;
    contact.influence = 5;
    contact.attitude = Attitude::Supporter;
    contact.mobile = QStringLiteral("09351112233");
    contact.phone = QStringLiteral("02144556678");
    contact.email = QStringLiteral("m.kazemi@example.ir");
    contact.notes = QStringLiteral("یادداشت\tبا تب\r\nو خط تازه \\N نه تهی");
    const qint64 contactId = r.contacts.add(contact);
    ContactPerson plain;
    plain.customerId = subsidiaryId;
    plain.firstName = QStringLiteral("رضا");
    const qint64 plainId = r.contacts.add(plain);

    Deal moved;
    moved.customerId = subsidiaryId;
    moved.pipelineId = kLegalPipeline;
    moved.stageId = kLegalLead;
    moved.title = QStringLiteral("قرارداد پخش ۱۴۰۴");
    moved.amount = 2'500'000'000;
    moved.expectedClose = QDate(2025, 9, 1);
    moved.ownerId = managerId;
    moved.contactIds = { plainId, contactId };
    moved.createdAt = at(6);
    moved.id = r.deals.add(moved, managerId);
    for (const auto &[stage, day] : { std::pair { kLegalOffer, 8 }, std::pair { kLegalNeeds, 9 } }) {
        moved.stageId = stage;
        r.deals.update(moved);
        r.deals.recordStageChange(moved.id, stage, at(day), repId);
    }

    Deal lost;
    lost.customerId = subsidiaryId;
    lost.pipelineId = kLegalPipeline;
    lost.stageId = kLegalNeeds;
    lost.title = QStringLiteral("مناقصه");
    lost.amount = 0;
    lost.createdAt = at(7);
    lost.id = r.deals.add(lost, 0);
    lost.stageId = kLegalLost;
    lost.status = DealStatus::Lost;
    lost.lostReason = LostReason::Competitor;
    lost.closedAt = at(12);
    r.deals.update(lost);
    r.deals.recordStageChange(lost.id, kLegalLost, at(12), managerId);

    Deal won;
    won.customerId = fullId;
    won.pipelineId = kIndividualPipeline;
    won.stageId = kIndividualLead;
    won.title = QStringLiteral("یخچال");
    won.amount = 450'000'000;
    won.ownerId = repId;
    won.createdAt = at(10);
    won.id = r.deals.add(won, repId);
    for (const auto &[stage, day] : { std::pair { kIndividualContacted, 11 }, std::pair { kIndividualWon, 13 } }) {
        won.stageId = stage;
        if (stage == kIndividualWon) {
            won.status = DealStatus::Won;
            won.closedAt = at(day);
        }
        r.deals.update(won);
        r.deals.recordStageChange(won.id, stage, at(day), repId);
    }

    Activity call;
    call.type = ActivityType::Call;
    call.customerId = subsidiaryId;
    call.dealId = moved.id;
    call.contactId = contactId;
    call.direction = Direction::Outbound;
    call.at = at(8, 20); // 20:30 UTC is the next day in Tehran: the summary's day
    call.durationSeconds = 420;
    call.outcome = QStringLiteral("پیگیری");
    call.notes = QStringLiteral("قرار شد پیش‌فاکتور ۳ قلم ارسال شود");
    call.ownerId = managerId;
    call.followUpAt = at(15);
    call.createdAt = at(8, 20);
    r.activities.add(call);
    Activity note;
    note.type = ActivityType::Note;
    note.customerId = bareId;
    note.at = at(9);
    note.notes = QStringLiteral("\\N");
    note.createdAt = at(9);
    r.activities.add(note);
    Activity done = call;
    done.type = ActivityType::Meeting;
    done.dealId.reset();
    done.contactId.reset();
    done.direction = Direction::None;
    done.followUpDone = true;
    done.at = at(9);
    r.activities.add(done);

    Order order;
    order.customerId = fullId;
    order.dealId = won.id;
    order.trackingCode = QStringLiteral("TRK-۹۸۷");
    order.lines << OrderLine { 0, QStringLiteral("یخچال ساید‌بای‌ساید"), 1, 400'000'000 }
                << OrderLine { 0, QStringLiteral("نصب"), 2, 25'000'000 };
    order.total = order.linesTotal();
    order.createdAt = at(13);
    order.updatedAt = at(13);
    order.history << OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, at(13), repId, QString() };
    order.id = r.orders.add(order);
    r.orders.addPayment(order.id, Payment { 0, 200'000'000, at(14), PaymentMethod::Card, QStringLiteral("مرجع ۱۲۳") },
                        0);
    r.orders.recordStatusChange(order.id,
                                OrderStatusChange { 0, OrderStatus::Registered, OrderStatus::Confirmed, at(14), repId,
                                                    QStringLiteral("تأیید\tتلفنی") },
                                0);
    Order small;
    small.customerId = bareId;
    small.lines << OrderLine { 0, QStringLiteral("کارت هدیه"), 3, 0 };
    small.createdAt = at(15);
    small.updatedAt = at(15);
    r.orders.add(small);

    ServiceRequest request;
    request.customerId = fullId;
    request.orderId = order.id;
    request.subject = QStringLiteral("صدای یخچال");
    request.description = QStringLiteral("از روز ۲ نصب،\nصدا دارد");
    request.priority = Priority::Urgent;
    request.status = RequestStatus::Resolved;
    request.assigneeId = managerId;
    request.createdAt = at(16);
    request.updatedAt = at(17);
    request.resolvedAt = at(17);
    const qint64 requestId = r.requests.add(request);
    r.requests.addNote(requestId, RequestNote { 0, at(16, 12), managerId, QStringLiteral("تکنسین اعزام شد") });
    r.requests.addNote(requestId, RequestNote { 0, at(17, 9), 0, QStringLiteral("حل شد ✓") });
    ServiceRequest open;
    open.customerId = bareId;
    open.subject = QStringLiteral("سؤال");
    open.createdAt = at(18);
    open.updatedAt = at(18);
    r.requests.add(open);

    AuditEntry entry;
    entry.at = at(18);
    entry.userId = managerId;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("customer");
    entry.entityId = subsidiaryId;
    entry.oldValues = QByteArrayLiteral("{\"parent\":null}");
    entry.newValues = QByteArrayLiteral("{\"parent\":4,\"note\":\"البرز\"}");
    r.audit.add(entry);
}

SnapshotCounts copySnapshot(SnapshotReader &reader, SnapshotWriter &writer)
{
    const SnapshotCounts counts = reader.counts();
    writer.begin(counts);
    for (const User &u : reader.users())
        writer.addUser(u);
    for (const Pipeline &p : reader.pipelines())
        writer.addPipeline(p);
    {
        Household h;
        const auto c = reader.households();
        while (c->next(h))
            writer.addHousehold(h);
    }
    {
        Customer x;
        const auto c = reader.customers();
        while (c->next(x))
            writer.addCustomer(x);
    }
    {
        ContactPerson x;
        const auto c = reader.contacts();
        while (c->next(x))
            writer.addContact(x);
    }
    {
        DealRecord x;
        const auto c = reader.deals();
        while (c->next(x))
            writer.addDeal(x.deal, x.history);
    }
    {
        Activity x;
        const auto c = reader.activities();
        while (c->next(x))
            writer.addActivity(x);
    }
    {
        Order x;
        const auto c = reader.orders();
        while (c->next(x))
            writer.addOrder(x);
    }
    {
        ServiceRequest x;
        const auto c = reader.serviceRequests();
        while (c->next(x))
            writer.addServiceRequest(x);
    }
    AuditEntry entry;
    entry.at = QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("snapshot");
    entry.newValues = QByteArrayLiteral("{\"customers\":1}");
    writer.addAuditEntry(entry);
    writer.commit();
    return counts;
}

void loadSnapshot(SnapshotReader &reader, BulkLoader &loader, int perChunk)
{
    int inChunk = 0;
    loader.beginChunk();
    const auto step = [&] {
        if (++inChunk < perChunk)
            return;
        loader.commitChunk();
        loader.beginChunk();
        inChunk = 0;
    };
    {
        Customer x;
        const auto c = reader.customers();
        while (c->next(x)) {
            loader.addCustomer(x);
            step();
        }
    }
    {
        ContactPerson x;
        const auto c = reader.contacts();
        while (c->next(x)) {
            loader.addContact(x);
            step();
        }
    }
    {
        DealRecord x;
        const auto c = reader.deals();
        while (c->next(x)) {
            loader.addDeal(x.deal, x.history);
            step();
        }
    }
    {
        Activity x;
        const auto c = reader.activities();
        while (c->next(x)) {
            loader.addActivity(x);
            step();
        }
    }
    {
        Order x;
        const auto c = reader.orders();
        while (c->next(x)) {
            loader.addOrder(x);
            step();
        }
    }
    {
        ServiceRequest x;
        const auto c = reader.serviceRequests();
        while (c->next(x)) {
            loader.addServiceRequest(x);
            step();
        }
    }
    loader.commitChunk();
    loader.finish();
}

QStringList pgRows(PgConnection &connection, const QString &table)
{
    // A summary row whose count went back to 0 means nothing (as the SQLite round trip's comparison).
    const QString where = table.endsWith(QLatin1String("_daily")) ? QStringLiteral(" WHERE n <> 0") : QString();
    const PgResult r
        = connection.prepare(QStringLiteral("SELECT t::text FROM %1 AS t%2 ORDER BY 1").arg(table, where)).exec();
    QStringList out;
    for (int i = 0; i < r.rows(); ++i)
        out << r.text(i, 0);
    return out;
}

QStringList pgDataTables(PgConnection &connection)
{
    QStringList out;
    for (const char *table : { "users",
                               "households",
                               "customers",
                               "customer_phones",
                               "customer_addresses",
                               "customer_tags",
                               "contacts",
                               "pipelines",
                               "stages",
                               "deals",
                               "deal_contacts",
                               "deal_stage_history",
                               "activities",
                               "orders",
                               "order_lines",
                               "payments",
                               "order_status_history",
                               "service_requests",
                               "request_notes",
                               "activity_daily",
                               "order_daily" }) {
        out << QStringLiteral("== %1").arg(QLatin1String(table));
        out << pgRows(connection, QString::fromLatin1(table));
    }
    return out;
}

qint64 disabledTriggers(PgConnection &connection)
{
    return connection
        .prepare(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'"))
        .exec()
        .int64(0, 0);
}

std::string pgFirstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i])
            return "line " + std::to_string(i) + ":\n  " + a[i].toStdString() + "\n  " + b[i].toStdString();
    return "sizes " + std::to_string(a.size()) + " and " + std::to_string(b.size());
}

} // namespace peyvand::testing
