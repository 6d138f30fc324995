#pragma once
// How the `user` commands and `whoami` print users: a table for people, or
// JSON (docs/cli.md, "user"): id, username, full_name, role, active, and in
// `user list` has_password and failed_signins. Never a password or its hash.
#include "CliContext.h"
#include "CommandSupport.h"
#include "UserService.h"

#include <nlohmann/json.hpp>

namespace peyvand::cli::UserOutput {

nlohmann::json user(const User &u);
nlohmann::json account(const UserService::Account &a);
void printOne(CliContext &ctx, CommandSupport::Format format, const User &u, const char *what);
void printList(CliContext &ctx, CommandSupport::Format format, const QList<UserService::Account> &accounts);
// --role sales_rep|manager|support|admin; UsageError otherwise.
UserRole role(const QString &code);

} // namespace peyvand::cli::UserOutput
