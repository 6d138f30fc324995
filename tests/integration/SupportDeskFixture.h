#pragma once
// A real database with what the support desk tests need: a company with a
// legal national ID, a landline and a contact person (mobile and landline), a
// person with a national code and a mobile, a rep and a support user, and the
// services on a fixed clock.
#include "ContactService.h"
#include "CustomerService.h"
#include "DealService.h"
#include "OrderService.h"
#include "ServiceRequestService.h"
#include "SupportLookup.h"
#include "TestStore.h"
#include "TimelineService.h"

namespace peyvand::testing {

class SupportDeskFixture : public ::testing::Test
{
protected:
    SupportDeskFixture()
        : customers(*s, s.clock)
        , deals(*s, s.clock)
        , orders(*s, s.clock)
        , requests(*s, s.clock)
        , lookup(*s)
        , timeline(*s)
    {
        rep = s->users().add(User { 0, QStringLiteral("rep1"), QStringLiteral("علی احمدی"), UserRole::SalesRep, true });
        support = s->users().add(
            User { 0, QStringLiteral("support1"), QStringLiteral("سارا نوری"), UserRole::Support, true });
        legalId = validLegalId(QStringLiteral("1038028479"));
        nationalCode = validNationalCode(QStringLiteral("008457594"));
        company = customers.create(legalEntity(QStringLiteral("شرکت کیمیا پارس"), legalId,
                                               QStringLiteral("021-8877 6655"), QStringLiteral("تهران")));
        person = customers.create(individual(QStringLiteral("مریم"), QStringLiteral("کریمی"), nationalCode,
                                             QStringLiteral("+98 912 123 4567"), QStringLiteral("شیراز")));
        ContactPerson c;
        c.customerId = company;
        c.firstName = QStringLiteral("رضا");
        c.lastName = QStringLiteral("صادقی");
        c.mobile = QStringLiteral("0935 111 2233");
        c.phone = QStringLiteral("031-3222 4455");
        ContactService(*s).add(c);
    }

    Order oneLineOrder(qint64 customerId, qint64 unitPrice = 1'000'000)
    {
        Order o;
        o.customerId = customerId;
        o.lines = { OrderLine { 0, QStringLiteral("یخچال"), 1, unitPrice } };
        return o;
    }

    TestStore s;
    CustomerService customers;
    DealService deals;
    OrderService orders;
    ServiceRequestService requests;
    SupportLookup lookup;
    TimelineService timeline;
    qint64 rep = 0, support = 0, company = 0, person = 0;
    QString legalId, nationalCode;
};

} // namespace peyvand::testing
