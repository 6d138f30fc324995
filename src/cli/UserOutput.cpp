#include "UserOutput.h"

#include "JalaliDate.h"
#include "JsonFormat.h"
#include "TableWriter.h"
#include "UsageError.h"

namespace peyvand::cli::UserOutput {

nlohmann::json user(const User &u)
{
    return { { "id", u.id },
             { "username", JsonFormat::text(u.username) },
             { "full_name", JsonFormat::text(u.fullName) },
             { "role", JsonFormat::text(toCode(u.role)) },
             { "active", u.active },
             { "created_at", JsonFormat::timestamp(u.createdAt) } };
}

nlohmann::json account(const UserService::Account &a)
{
    nlohmann::json j = user(a.user);
    j["has_password"] = a.hasPassword;
    j["failed_signins"] = a.failedSignIns;
    return j;
}

void printOne(CliContext &ctx, CommandSupport::Format format, const User &u, const char *what)
{
    if (format == CommandSupport::Format::Json) {
        JsonFormat::print(ctx.out, user(u));
        return;
    }
    ctx.out << what << ' ' << u.username << " (id " << u.id << ", " << toCode(u.role) << (u.active ? "" : ", disabled")
            << ")\n";
}

void printList(CliContext &ctx, CommandSupport::Format format, const QList<UserService::Account> &accounts)
{
    if (format == CommandSupport::Format::Json) {
        nlohmann::json array = nlohmann::json::array();
        for (const UserService::Account &a : accounts)
            array.push_back(account(a));
        JsonFormat::print(ctx.out, array);
        return;
    }
    TableWriter t({ QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("full name"),
                    QStringLiteral("role"), QStringLiteral("active"), QStringLiteral("password"),
                    QStringLiteral("failed sign-ins"), QStringLiteral("created") });
    for (const UserService::Account &a : accounts)
        t.addRow({ QString::number(a.user.id), a.user.username, a.user.fullName, toCode(a.user.role),
                   a.user.active ? QStringLiteral("yes") : QStringLiteral("no"),
                   a.hasPassword ? QStringLiteral("set") : QStringLiteral("none"), QString::number(a.failedSignIns),
                   JalaliDate::formatDateTime(a.user.createdAt) });
    t.write(ctx.out);
    ctx.out << accounts.size() << " user(s)\n";
}

UserRole role(const QString &code)
{
    const auto r = fromCode<UserRole>(code.trimmed().toLower());
    if (!r)
        throw UsageError("ROLE must be one of " + allCodes<UserRole>().toStdString());
    return *r;
}

} // namespace peyvand::cli::UserOutput
