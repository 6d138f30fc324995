#include "CommandSupport.h"

#include "UsageError.h"

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

} // namespace peyvand::cli::CommandSupport
