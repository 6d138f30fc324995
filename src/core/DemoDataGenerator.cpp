#include "DemoDataGenerator.h"

#include "DemoNames.h"
#include "IranianIds.h"
#include "OrderStatusFlow.h"

#include <random>

namespace peyvand {

namespace {

template<typename T> const T &pick(std::mt19937_64 &rng, const std::vector<T> &v)
{
    return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
}

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

QString padded(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

class DemoDataGenerator::Impl
{
public:
    Impl(DataStore &store, const Options &o)
        : store(store)
        , options(o)
        , rng(o.seed)
        , asOf(o.asOf.isValid() ? o.asOf : QDate::currentDate())
    {
        // 17:00 Tehran time of the "as of" day, in UTC.
        now = QDateTime(asOf, QTime(13, 30), Qt::UTC);
    }

    DataStore &store;
    Options options;
    std::mt19937_64 rng;
    QDate asOf;
    QDateTime now;
    Totals totals;
    QList<qint64> reps, managers, support;
    Pipeline b2b, b2c;

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    qint64 uniform64(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(rng); }
    // A moment in the last `days` days, during office hours (Tehran).
    QDateTime pastMoment(int days)
    {
        QDateTime t = now.addDays(-uniform(0, days));
        return QDateTime(t.date(), QTime(uniform(4, 14), uniform(0, 59), uniform(0, 59)), Qt::UTC);
    }

    void createUsers()
    {
        struct Seed
        {
            const char *username, *name;
            UserRole role;
        };
        const Seed seeds[]
            = { { "admin", "مدیر سیستم", UserRole::Admin },       { "manager", "مهدی کاظمی", UserRole::Manager },
                { "manager2", "الهام رضایی", UserRole::Manager }, { "rep1", "علی احمدی", UserRole::SalesRep },
                { "rep2", "زهرا محمدی", UserRole::SalesRep },     { "rep3", "رضا حسینی", UserRole::SalesRep },
                { "rep4", "مریم کریمی", UserRole::SalesRep },     { "rep5", "سعید موسوی", UserRole::SalesRep },
                { "rep6", "نرگس جعفری", UserRole::SalesRep },     { "support1", "حسن صادقی", UserRole::Support },
                { "support2", "سارا قاسمی", UserRole::Support },  { "support3", "پیمان نوری", UserRole::Support } };
        store.transaction([&] {
            for (const Seed &s : seeds) {
                const auto existing = store.users().byUsername(u(s.username));
                const qint64 id
                    = existing ? existing->id : store.users().add(User { 0, u(s.username), u(s.name), s.role, true });
                if (!existing)
                    ++totals.users;
                if (s.role == UserRole::SalesRep)
                    reps << id;
                else if (s.role == UserRole::Manager)
                    managers << id;
                else if (s.role == UserRole::Support)
                    support << id;
            }
        });
    }

    // Unique identifiers from the customer's sequence number: multiplying by a
    // number coprime to the modulus is a bijection, so no two customers collide.
    QString nationalCode(qint64 n)
    {
        QString nine = padded((quint64(n) * 104729ULL + options.seed * 7ULL + 100000000ULL) % 1000000000ULL, 9);
        return nine + IranianIds::nationalCodeCheckDigit(nine);
    }
    QString legalId(qint64 n)
    {
        QString ten = QStringLiteral("1") + padded((quint64(n) * 7919ULL + options.seed) % 1000000000ULL, 9);
        return ten + IranianIds::legalNationalIdCheckDigit(ten);
    }
    QString mobile(qint64 n)
    {
        static const char *prefixes[] = { "912", "935", "919", "901", "936", "910", "917", "938" };
        const quint64 body = (quint64(n) * 7919ULL + options.seed) % 10000000ULL;
        return QStringLiteral("0") + QLatin1String(prefixes[n % 8]) + padded(body, 7);
    }
    QString landline(const DemoNames::City &city, qint64 n)
    {
        return QStringLiteral("0") + QLatin1String(city.areaCode)
            + padded(20000000 + (quint64(n) * 104729ULL) % 80000000ULL, 8);
    }
    QString postalCode()
    {
        static const char digits5[] = "13456789";
        QString s;
        for (int i = 0; i < 4; ++i)
            s += QLatin1Char(digits5[uniform(0, 7)]);
        static const char fifth[] = "134679";
        s += QLatin1Char(fifth[uniform(0, 5)]);
        static const char rest[] = "013456789";
        for (int i = 0; i < 5; ++i)
            s += QLatin1Char(rest[uniform(0, 8)]);
        return s;
    }

    Customer makeCustomer(qint64 n)
    {
        Customer c;
        const bool legal = n % 5 == 0;
        c.kind = legal ? CustomerKind::Legal : CustomerKind::Individual;
        c.ownerId = reps.isEmpty() ? 0 : reps[uniform(0, int(reps.size()) - 1)];
        static const Lifecycle lifecycles[] = { Lifecycle::Lead,     Lifecycle::Prospect, Lifecycle::Customer,
                                                Lifecycle::Customer, Lifecycle::Customer, Lifecycle::Inactive };
        c.lifecycle = lifecycles[uniform(0, 5)];
        c.source = static_cast<SourceChannel>(uniform(0, 5));
        if (chance(0.15))
            c.tags << u(pick(rng, DemoNames::tags()));
        c.doNotSms = chance(0.05);
        c.doNotCall = chance(0.02);
        const DemoNames::City &city = pick(rng, DemoNames::cities());
        c.addresses << Address { QStringLiteral("اصلی"), u(city.province), u(city.name),
                                 u(pick(rng, DemoNames::streets())) + QStringLiteral("، پلاک ")
                                     + QString::number(uniform(1, 400)),
                                 chance(0.7) ? postalCode() : QString() };
        c.createdAt = pastMoment(1100);
        c.updatedAt = c.createdAt;
        if (legal) {
            LegalDetails &d = c.legal;
            d.companyName = QStringLiteral("شرکت ") + u(pick(rng, DemoNames::companyWords())) + u' '
                + u(pick(rng, DemoNames::companyWords())) + QStringLiteral(" (")
                + u(pick(rng, DemoNames::companyForms())) + u')';
            d.nationalId = legalId(n);
            d.economicCode = QStringLiteral("4") + padded((quint64(n) * 15485863ULL) % 100000000000ULL, 11);
            d.registrationNo = QString::number(10000 + (n * 37) % 900000);
            d.registrationDate = asOf.addDays(-uniform(400, 9000));
            d.industry = u(pick(rng, DemoNames::industries()));
            d.employees = chance(0.8) ? uniform(5, 250) : uniform(251, 8000);
            d.website = QStringLiteral("https://www.co%1.ir").arg(n);
            c.phones << PhoneEntry { landline(city, n), QStringLiteral("دفتر مرکزی") };
            if (chance(0.5))
                c.phones << PhoneEntry { mobile(n), QStringLiteral("موبایل مدیر") };
        } else {
            IndividualDetails &d = c.individual;
            const bool male = chance(0.5);
            const auto &first = pick(rng, male ? DemoNames::maleFirstNames() : DemoNames::femaleFirstNames());
            const auto &last = pick(rng, DemoNames::lastNames());
            d.firstName = u(first.first);
            d.lastName = u(last.first);
            if (chance(0.85))
                d.nationalCode = nationalCode(n);
            if (chance(0.4))
                d.email = QStringLiteral("%1.%2%3@example.ir")
                              .arg(QLatin1String(first.second), QLatin1String(last.second))
                              .arg(n);
            d.birthDate = asOf.addDays(-uniform(18 * 365, 75 * 365));
            if (chance(0.3))
                d.loyaltyCard = QStringLiteral("6104") + padded((quint64(n) * 9973ULL) % 1000000000000ULL, 12);
            if (chance(0.1))
                d.preferences = QStringLiteral("ترجیح تماس عصرها؛ علاقه‌مند به ")
                    + u(pick(rng, DemoNames::products()).first);
            c.phones << PhoneEntry { mobile(n), QStringLiteral("موبایل") };
        }
        return c;
    }

    void addContacts(const Customer &c, QList<qint64> &contactIds)
    {
        const int count = uniform(2, 4);
        for (int i = 0; i < count; ++i) {
            ContactPerson p;
            p.customerId = c.id;
            const bool male = chance(0.6);
            p.firstName = u(pick(rng, male ? DemoNames::maleFirstNames() : DemoNames::femaleFirstNames()).first);
            p.lastName = u(pick(rng, DemoNames::lastNames()).first);
            p.jobTitle = u(pick(rng, DemoNames::jobTitles()));
            p.role = static_cast<BuyingRole>(uniform(0, 5));
            p.influence = uniform(1, 5);
            p.attitude = static_cast<Attitude>(uniform(0, 2));
            if (chance(0.7))
                p.mobile = mobile(c.id * 7 + i + 3000000);
            contactIds << store.contacts().add(p);
            ++totals.contacts;
        }
    }

    void addDeal(const Customer &c, const QList<qint64> &contactIds, QList<qint64> &wonDeals)
    {
        const bool legal = c.kind == CustomerKind::Legal;
        const Pipeline &p = legal ? b2b : b2c;
        const QList<Stage> &stages = p.stages;
        QList<Stage> open;
        for (const Stage &s : stages)
            if (s.outcome == StageOutcome::Open)
                open << s;
        const Stage won = *p.firstWithOutcome(StageOutcome::Won);
        const Stage lost = *p.firstWithOutcome(StageOutcome::Lost);

        // Where the deal ends up: a third still open, the rest won or lost.
        const int roll = uniform(0, 99);
        const int openReached = uniform(0, int(open.size()) - 1);
        const Stage final = roll < 35 ? open[openReached] : (roll < 70 ? won : lost);
        const int cycleDays = legal ? uniform(20, 200) : uniform(1, 30);
        QDateTime created = pastMoment(720);
        Deal d;
        d.customerId = c.id;
        d.pipelineId = p.id;
        d.stageId = open.front().id;
        d.title = u(pick(rng, DemoNames::dealTitles()));
        d.amount = legal ? uniform64(50, 5000) * 10000000LL : uniform64(5, 500) * 1000000LL;
        d.ownerId = c.ownerId;
        d.contactIds = legal && !contactIds.isEmpty() ? QList<qint64> { contactIds.front() } : QList<qint64> {};
        d.createdAt = created;
        d.expectedClose = created.date().addDays(cycleDays + uniform(-10, 60));
        // Open deals mostly expect to close within six months; about one in
        // eight is overdue (the forecast's overdue bucket).
        if (d.expectedClose < asOf && final.outcome == StageOutcome::Open)
            d.expectedClose = chance(0.12) ? asOf.addDays(-uniform(1, 60)) : asOf.addDays(uniform(5, 180));
        const qint64 id = store.deals().add(d, 0); // enters the first stage at creation
        ++totals.deals;

        // Walk the stages in order up to where it ends; now and then it goes back one.
        QList<Stage> path;
        const int lastOpen = final.outcome == StageOutcome::Open ? openReached : uniform(0, int(open.size()) - 1);
        for (int i = 1; i <= lastOpen; ++i) {
            path << open[i];
            if (i >= 2 && chance(0.05)) {
                path << open[i - 1] << open[i];
            }
        }
        if (final.outcome != StageOutcome::Open)
            path << final;
        QDateTime at = created;
        const int steps = int(path.size());
        for (const Stage &s : path) {
            const QDateTime previous = at;
            at = at.addSecs(qint64(cycleDays) * 86400 / std::max(steps, 1) + uniform(0, 86400));
            if (at > now)
                at = std::max(previous, now.addSecs(-uniform(60, 3600)));
            store.deals().recordStageChange(id, s.id, at, c.ownerId);
        }
        d.id = id;
        d.stageId = final.id;
        d.status = final.outcome == StageOutcome::Won ? DealStatus::Won
            : final.outcome == StageOutcome::Lost     ? DealStatus::Lost
                                                      : DealStatus::Open;
        if (d.status == DealStatus::Lost)
            d.lostReason = static_cast<LostReason>(uniform(0, 6));
        if (d.status != DealStatus::Open)
            d.closedAt = at;
        store.deals().update(d);
        if (d.status == DealStatus::Won)
            wonDeals << id;
    }

    void addActivities(const Customer &c, const QList<qint64> &contactIds)
    {
        const int count = uniform(5, 15);
        for (int i = 0; i < count; ++i) {
            Activity a;
            a.customerId = c.id;
            const int t = uniform(0, 99);
            a.type = t < 45 ? ActivityType::Call
                : t < 60    ? (c.kind == CustomerKind::Legal ? ActivityType::Meeting : ActivityType::Sms)
                : t < 70    ? ActivityType::Email
                : t < 82    ? ActivityType::Sms
                : t < 92    ? ActivityType::Note
                            : ActivityType::Task;
            if (a.type == ActivityType::Call || a.type == ActivityType::Email || a.type == ActivityType::Sms)
                a.direction = chance(0.6) ? Direction::Outbound : Direction::Inbound;
            // A third of the activity falls in the last eight weeks, so the
            // weekly activity report has recent figures for every rep.
            a.at = pastMoment(chance(0.33) ? 56 : 720);
            if (a.at < c.createdAt)
                a.at = c.createdAt.addSecs(uniform(60, 86400 * 30));
            if (a.at > now)
                a.at = now.addSecs(-uniform(60, 86400));
            a.durationSeconds = a.type == ActivityType::Call ? uniform(15, 900)
                : a.type == ActivityType::Meeting            ? uniform(1800, 7200)
                                                             : 0;
            a.outcome = a.type == ActivityType::Call || a.type == ActivityType::Meeting
                ? u(pick(rng, DemoNames::callOutcomes()))
                : QString();
            a.notes = u(pick(rng, DemoNames::activityNotes()));
            a.ownerId = c.ownerId;
            if (!contactIds.isEmpty() && chance(0.5))
                a.contactId = contactIds[uniform(0, int(contactIds.size()) - 1)];
            if (chance(0.08)) {
                a.followUpAt = a.at.addDays(uniform(1, 21));
                // Reps keep up: follow-ups older than two weeks are done, a
                // few recent ones are still open (overdue), later ones are due.
                a.followUpDone = a.followUpAt < now.addDays(-14) || (a.followUpAt < now && chance(0.7));
            }
            a.createdAt = a.at;
            store.activities().add(a);
            ++totals.activities;
        }
    }

    void addOrders(const Customer &c, const QList<qint64> &wonDeals, QList<qint64> &orderIds)
    {
        const int count = uniform(0, 4);
        const bool legal = c.kind == CustomerKind::Legal;
        for (int i = 0; i < count; ++i) {
            Order o;
            o.customerId = c.id;
            if (i < wonDeals.size())
                o.dealId = wonDeals[i];
            const int lines = uniform(1, 3);
            for (int l = 0; l < lines; ++l) {
                const auto &product = pick(rng, legal ? DemoNames::industrialProducts() : DemoNames::products());
                o.lines << OrderLine { 0, u(product.first), legal ? uniform(1, 20) : uniform(1, 2), product.second };
            }
            o.total = o.linesTotal();
            o.createdAt = pastMoment(700);
            if (o.createdAt < c.createdAt)
                o.createdAt = c.createdAt.addSecs(uniform(3600, 86400 * 20));
            if (o.createdAt > now)
                o.createdAt = now.addSecs(-uniform(3600, 86400 * 3));
            o.history << OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, o.createdAt, c.ownerId, {} };

            // Walk the status flow to a random end, every step allowed.
            static const OrderStatus targets[]
                = { OrderStatus::Registered, OrderStatus::Confirmed, OrderStatus::Paid,
                    OrderStatus::Shipped,    OrderStatus::Delivered, OrderStatus::Delivered,
                    OrderStatus::Delivered,  OrderStatus::Cancelled, OrderStatus::Returned };
            OrderStatus target = targets[uniform(0, 8)];
            // Orders older than a month have mostly been delivered; the few
            // that have not are the "stuck" orders of the orders report.
            const bool inProgress = target == OrderStatus::Registered || target == OrderStatus::Confirmed
                || target == OrderStatus::Paid || target == OrderStatus::Shipped;
            if (inProgress && o.createdAt < now.addDays(-30) && !chance(0.04))
                target = OrderStatus::Delivered;
            const QList<OrderStatus> forward { OrderStatus::Confirmed, OrderStatus::Paid, OrderStatus::Shipped,
                                               OrderStatus::Delivered };
            QList<OrderStatus> path;
            if (target == OrderStatus::Cancelled) {
                path = forward.mid(0, uniform(0, 2));
                path << OrderStatus::Cancelled;
            } else if (target == OrderStatus::Returned) {
                path = forward;
                path << OrderStatus::Returned;
            } else if (target != OrderStatus::Registered) {
                for (OrderStatus s : forward) {
                    if (s == target)
                        break;
                    path << s;
                }
                path << target;
            }
            OrderStatus current = OrderStatus::Registered;
            QDateTime at = o.createdAt;
            for (OrderStatus s : path) {
                if (!OrderStatusFlow::canMove(current, s))
                    break;
                const QDateTime previous = at;
                at = at.addSecs(uniform(3600, 86400 * (legal ? 12 : 4)));
                if (at > now)
                    at = std::max(previous, now.addSecs(-uniform(60, 3600)));
                const qint64 by = s == OrderStatus::Shipped || s == OrderStatus::Delivered || support.isEmpty()
                    ? (support.isEmpty() ? c.ownerId : support[uniform(0, int(support.size()) - 1)])
                    : c.ownerId;
                o.history << OrderStatusChange { 0, current, s, at, by, {} };
                if (s == OrderStatus::Paid)
                    o.payments << Payment { 0, o.total, at, static_cast<PaymentMethod>(uniform(0, 4)),
                                            QStringLiteral("TRX%1").arg(uniform64(100000000, 999999999)) };
                if (s == OrderStatus::Shipped)
                    o.trackingCode = QStringLiteral("%1").arg(uniform64(100000000000LL, 999999999999LL));
                current = s;
            }
            o.status = current;
            o.updatedAt = at;
            orderIds << store.orders().add(o);
            ++totals.orders;
        }
    }

    void maybeAddRequest(const Customer &c, const QList<qint64> &orderIds)
    {
        if (!chance(0.05))
            return;
        ServiceRequest r;
        r.customerId = c.id;
        if (!orderIds.isEmpty())
            r.orderId = orderIds.front();
        r.subject = u(pick(rng, DemoNames::requestSubjects()));
        r.description = QStringLiteral("مشتری تماس گرفت و درخواست پیگیری دارد.");
        r.priority = static_cast<Priority>(uniform(0, 3));
        r.status = static_cast<RequestStatus>(uniform(0, 2));
        r.assigneeId = support.isEmpty() ? 0 : support[uniform(0, int(support.size()) - 1)];
        r.createdAt = pastMoment(90);
        r.updatedAt = r.createdAt.addSecs(uniform(60, 86400 * 3));
        if (r.updatedAt > now)
            r.updatedAt = now;
        if (r.status == RequestStatus::Resolved)
            r.resolvedAt = r.updatedAt;
        const qint64 id = store.serviceRequests().add(r);
        store.serviceRequests().addNote(id, RequestNote { 0, r.createdAt, r.assigneeId, r.description });
        ++totals.requests;
    }
};

DemoDataGenerator::DemoDataGenerator(DataStore &store, Options options)
    : m_store(store)
    , m_options(options)
{
}

DemoDataGenerator::Totals DemoDataGenerator::run(const Progress &progress)
{
    Impl impl(m_store, m_options);
    impl.createUsers();
    impl.b2b = *m_store.pipelines().defaultFor(CustomerKind::Legal);
    impl.b2c = *m_store.pipelines().defaultFor(CustomerKind::Individual);

    // Continue numbering after existing customers so identifiers stay unique.
    CustomerQuery all;
    const qint64 base = m_store.customers().count(all);
    const qint64 total = m_options.customers;
    qint64 done = 0;
    while (done < total) {
        const qint64 batchEnd = std::min(total, done + m_options.batchSize);
        m_store.transaction([&] {
            for (qint64 i = done; i < batchEnd; ++i) {
                const qint64 n = base + i + 1;
                Customer c = impl.makeCustomer(n);
                c.id = m_store.customers().add(c);
                ++impl.totals.customers;
                QList<qint64> contactIds;
                if (c.kind == CustomerKind::Legal)
                    impl.addContacts(c, contactIds);
                QList<qint64> wonDeals;
                // About 0.5 deals per customer.
                if (impl.chance(0.4))
                    impl.addDeal(c, contactIds, wonDeals);
                if (impl.chance(0.1))
                    impl.addDeal(c, contactIds, wonDeals);
                impl.addActivities(c, contactIds);
                QList<qint64> orderIds;
                impl.addOrders(c, wonDeals, orderIds);
                impl.maybeAddRequest(c, orderIds);
            }
        });
        done = batchEnd;
        if (progress)
            progress(done, total);
    }
    return impl.totals;
}

} // namespace peyvand
