#pragma once
// What sign-in needs of a user besides the User itself: the Argon2id hash of
// the password (empty: none set yet, the user cannot sign in) and the failed
// attempts since the last successful sign-in, which slow the next attempt down.
#include <QDateTime>
#include <QString>

namespace peyvand {

struct UserCredentials
{
    QString passwordHash;
    int failedSignIns = 0;
    QDateTime lastFailedAt; // UTC; invalid when none
};

} // namespace peyvand
