#pragma once
// Who the desktop app works as on a database: signed in without a dialog when
// started with --user NAME and PEYVAND_PASSWORD set (tests, screenshots,
// measurements), else after "Create the administrator" when no active
// administrator has a password yet, then the sign-in dialog. Replaces the
// guessing SessionUser did before sign-in existed.
#include "Clock.h"
#include "DataStore.h"

#include <optional>

class QWidget;

namespace peyvand::SignInFlow {

// The signed-in user; nullopt when the person closed a dialog. `userName`:
// the --user option (may be empty). With a user name and PEYVAND_PASSWORD,
// a refusal throws the SignInError instead of showing a dialog.
std::optional<User> signIn(DataStore &store, const Clock &clock, const QString &userName, QWidget *parent = nullptr);

// The same without the non-interactive path: for "Sign out / switch user".
std::optional<User> interactive(DataStore &store, const Clock &clock, const QString &userName = {},
                                QWidget *parent = nullptr);

} // namespace peyvand::SignInFlow
