#pragma once
// A fresh migrated PostgreSQL database per test, with the rows the deal,
// activity, order, request and audit repositories point at (users, customers,
// their phones, contacts) written by plain SQL: their own repositories are
// another branch's work, and these tests must not depend on them.
#include "Customer.h"
#include "PgConnection.h"
#include "PgTestServer.h"

#include <QDateTime>
#include <QList>
#include <gtest/gtest.h>

namespace peyvand::testing {

class PgRepoFixture : public ::testing::Test
{
protected:
    PgRepoFixture();

    // A user with `role` (sales_rep, manager, support, admin).
    qint64 addUser(const QString &username, const QString &role = QStringLiteral("sales_rep"));
    // The customer's main columns as the customer repository writes them
    // (name, sort key, national id, first phone, search text) and its phones.
    qint64 addCustomer(const Customer &customer);
    qint64 addIndividual(const QString &first, const QString &last, const QString &nationalCode = {},
                         const QString &mobile = {});
    qint64 addLegal(const QString &name, const QString &legalId = {}, const QString &phone = {});
    qint64 addContact(qint64 customerId, const QString &first, const QString &last, const QString &mobile = {});
    // The default pipeline of a kind and its stages in position order.
    qint64 pipelineOf(CustomerKind kind);
    QList<qint64> stagesOf(qint64 pipelineId);
    // One integer from SQL without parameters (counts in checks).
    qint64 scalar(const QString &sql);

    PgTestDatabase db;
    PgConnection connection;
};

// A valid national code / legal national ID completing the digits with their check digit.
QString validNationalCode(const QString &nineDigits);
QString validLegalId(const QString &tenDigits);

} // namespace peyvand::testing
