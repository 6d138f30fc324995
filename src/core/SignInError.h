#pragma once
// A refused sign-in: unknown user, disabled account, no password set yet,
// wrong password, or no user or password given. A ValidationError (field
// "user" or "password", a stable code) with English and Persian messages; the
// CLI exits 3 on it, the sign-in dialog shows the Persian message.
#include "ValidationError.h"

namespace peyvand {

class SignInError : public ValidationError
{
public:
    static SignInError unknownUser(const QString &username); // user / unknown_user
    static SignInError disabled(const QString &username); // user / disabled
    static SignInError noPasswordSet(const QString &username); // password / no_password
    static SignInError wrongPassword(); // password / wrong_password
    static SignInError userRequired(); // user / required
    static SignInError passwordRequired(); // password / required
    // The database server refused the user's own credentials (team mode: it
    // does not say whether the user or the password was wrong). password / server_refused
    static SignInError refusedByServer(const QString &username);

private:
    using ValidationError::ValidationError;
};

} // namespace peyvand
