#include "SignInError.h"

namespace peyvand {

SignInError SignInError::unknownUser(const QString &username)
{
    return SignInError(QStringLiteral("user"), QStringLiteral("unknown_user"),
                       QStringLiteral("no user named '%1'").arg(username),
                       QStringLiteral("کاربری با نام «%1» وجود ندارد.").arg(username));
}

SignInError SignInError::disabled(const QString &username)
{
    return SignInError(QStringLiteral("user"), QStringLiteral("disabled"),
                       QStringLiteral("user '%1' is disabled").arg(username),
                       QStringLiteral("حساب کاربری «%1» غیرفعال است. با مدیر سیستم تماس بگیرید.").arg(username));
}

SignInError SignInError::noPasswordSet(const QString &username)
{
    return SignInError(
        QStringLiteral("password"), QStringLiteral("no_password"),
        QStringLiteral("user '%1' has no password yet; an administrator must set one").arg(username),
        QStringLiteral("برای «%1» هنوز رمز عبوری تعیین نشده است. از مدیر سیستم بخواهید رمز تعیین کند.").arg(username));
}

SignInError SignInError::wrongPassword()
{
    return SignInError(QStringLiteral("password"), QStringLiteral("wrong_password"), QStringLiteral("wrong password"),
                       QStringLiteral("رمز عبور درست نیست."));
}

SignInError SignInError::userRequired()
{
    return SignInError(QStringLiteral("user"), QStringLiteral("required"),
                       QStringLiteral("sign in first: give --user NAME (the password in PEYVAND_PASSWORD or on "
                                      "standard input)"),
                       QStringLiteral("نام کاربری را وارد کنید."));
}

SignInError SignInError::passwordRequired()
{
    return SignInError(QStringLiteral("password"), QStringLiteral("required"),
                       QStringLiteral("no password given (PEYVAND_PASSWORD or one line on standard input)"),
                       QStringLiteral("رمز عبور را وارد کنید."));
}

SignInError SignInError::refusedByServer(const QString &username)
{
    return SignInError(QStringLiteral("password"), QStringLiteral("server_refused"),
                       QStringLiteral("the server refused %1: unknown user or wrong password").arg(username),
                       QStringLiteral("سرور «%1» را نپذیرفت: نام کاربری یا رمز عبور نادرست است").arg(username));
}

} // namespace peyvand
