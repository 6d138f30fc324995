#pragma once
// Small helpers that several commands share: --format, --kind, and turning a
// phone, national id or name into customers.
#include "CliArgs.h"
#include "CliContext.h"
#include "Customer.h"
#include "DataStore.h"

#include <optional>

namespace peyvand::cli::CommandSupport {

enum class Format { Table, Json };

Format format(const CliArgs &args); // --format table|json, default table
std::optional<CustomerKind> kind(const CliArgs &args); // --kind legal|individual (b2b|b2c accepted)
// Exactly `count` positional words, or a UsageError naming what is missing.
void expectPositional(const CliArgs &args, int count, const char *what);
// The user named by --`option` (a user id or a username), 0 when the option is
// absent; NotFoundError (exit 1) when no such user exists.
qint64 user(DataStore &store, const CliArgs &args, const QString &option);
// A positive id (digits of any script) or ValidationError naming `field`.
qint64 id(const QString &text, const QString &field);
// Signs --user in for a store opened read-only (the exports), as openStore()
// does for the others: an ordinary sign-in writes nothing; a refused password
// is recorded on a writable connection (SignInError).
void signInReadOnly(const CliContext &ctx, DataStore &readOnly);

} // namespace peyvand::cli::CommandSupport
