#include "CommandSupport.h"

#include "DatabaseError.h"
#include "PersianText.h"
#include "UsageError.h"
#include "ValidationError.h"

namespace peyvand::cli::CommandSupport {

Format format(const CliArgs &args)
{
    const QString f = args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (f == QLatin1String("table"))
        return Format::Table;
    if (f == QLatin1String("json"))
        return Format::Json;
    throw UsageError("--format must be table or json, not '" + f.toStdString() + "'");
}

std::optional<CustomerKind> kind(const CliArgs &args)
{
    const auto k = args.value(QStringLiteral("kind"));
    if (!k)
        return std::nullopt;
    if (*k == QLatin1String("legal") || *k == QLatin1String("b2b"))
        return CustomerKind::Legal;
    if (*k == QLatin1String("individual") || *k == QLatin1String("b2c"))
        return CustomerKind::Individual;
    throw UsageError("--kind must be legal or individual, not '" + k->toStdString() + "'");
}

void expectPositional(const CliArgs &args, int count, const char *what)
{
    if (args.positional().size() < count)
        throw UsageError(std::string("missing ") + what);
    if (args.positional().size() > count)
        throw UsageError("unexpected argument '" + args.positional().at(count).toStdString() + "'");
}

qint64 id(const QString &text, const QString &field)
{
    bool ok = false;
    const qint64 value = PersianText::toLatinDigits(text.trimmed()).toLongLong(&ok);
    if (!ok || value <= 0)
        throw ValidationError(field, QStringLiteral("format"), QStringLiteral("'%1' is not an id").arg(text),
                              QStringLiteral("شماره معتبر نیست: %1").arg(text));
    return value;
}

qint64 user(DataStore &store, const CliArgs &args, const QString &option)
{
    const auto value = args.value(option);
    if (!value)
        return 0;
    const QString latin = PersianText::toLatinDigits(value->trimmed());
    if (PersianText::isAllDigits(latin)) {
        const qint64 userId = latin.toLongLong();
        if (!store.users().get(userId))
            throw NotFoundError(option, QStringLiteral("user"), latin);
        return userId;
    }
    const auto u = store.users().byUsername(latin);
    if (!u)
        throw NotFoundError(option, QStringLiteral("user"), latin);
    return u->id;
}

void signInReadOnly(const CliContext &ctx, DataStore &readOnly)
{
    if (!ctx.signInRequired)
        return;
    try {
        ctx.signIn(readOnly);
    } catch (const DatabaseError &) {
        // Recording a refused sign-in needs a writable connection; there it throws the SignInError.
        readOnly.setActor(ctx.signIn(*ctx.openStoreWithoutSignIn()));
    }
}

} // namespace peyvand::cli::CommandSupport
