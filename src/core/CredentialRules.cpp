#include "CredentialRules.h"

#include "PersianText.h"
#include "ValidationError.h"

namespace peyvand::CredentialRules {

QString checkUsername(const QString &username)
{
    const QString name = username.trimmed();
    const auto refuse = [&](const char *code, const QString &english, const QString &persian) {
        return ValidationError(QStringLiteral("username"), QString::fromLatin1(code), english, persian);
    };
    if (name.isEmpty())
        throw refuse("required", QStringLiteral("a username is required"), QStringLiteral("نام کاربری را وارد کنید."));
    const QList<uint> points = name.toUcs4();
    bool ok = points.size() >= 2 && points.size() <= 32 && QChar::isLetter(char32_t(points.front()));
    for (const uint c : points)
        ok = ok && (QChar::isLetterOrNumber(char32_t(c)) || c == '.' || c == '_' || c == '-' || c == 0x200C /* ZWNJ */);
    if (!ok)
        throw refuse("format",
                     QStringLiteral("'%1' is not a username: 2 to 32 letters, digits, '.', '_' or '-', starting with a "
                                    "letter")
                         .arg(name),
                     QStringLiteral("نام کاربری باید ۲ تا ۳۲ نویسه باشد، با حرف شروع شود و فقط حرف، رقم، نقطه، "
                                    "خط تیره یا زیرخط داشته باشد."));
    return name;
}

QString normalisePassword(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C);
}

void checkPassword(const QString &password, const QString &username, const QString &field)
{
    const qsizetype length = normalisePassword(password).toUcs4().size();
    if (length < kMinPassword)
        throw ValidationError(field, QStringLiteral("too_short"),
                              QStringLiteral("the password must have at least %1 characters").arg(kMinPassword),
                              QStringLiteral("رمز عبور باید دست‌کم %1 نویسه باشد.")
                                  .arg(PersianText::toPersianDigits(QString::number(kMinPassword))));
    if (length > kMaxPassword)
        throw ValidationError(field, QStringLiteral("too_long"),
                              QStringLiteral("the password must have at most %1 characters").arg(kMaxPassword),
                              QStringLiteral("رمز عبور نباید بیش از %1 نویسه باشد.")
                                  .arg(PersianText::toPersianDigits(QString::number(kMaxPassword))));
    if (!username.isEmpty() && password.trimmed().compare(username.trimmed(), Qt::CaseInsensitive) == 0)
        throw ValidationError(field, QStringLiteral("same_as_username"),
                              QStringLiteral("the password must not be the username"),
                              QStringLiteral("رمز عبور نباید با نام کاربری یکی باشد."));
}

} // namespace peyvand::CredentialRules
