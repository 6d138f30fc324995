#include "PasswordInput.h"

#include "ValidationError.h"

#include <QByteArray>
#include <termios.h>
#include <unistd.h>

namespace peyvand::cli {

namespace {

// Turns the terminal's echo off while it lives (when `fd` is a terminal).
class NoEcho
{
public:
    explicit NoEcho(int fd)
        : m_fd(fd)
    {
        m_active = isatty(fd) && tcgetattr(fd, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(fd, TCSAFLUSH, &quiet);
        }
    }
    ~NoEcho()
    {
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;
    bool active() const { return m_active; }

private:
    int m_fd;
    bool m_active = false;
    termios m_saved {};
};

} // namespace

QString PasswordInput::readLine(const QString &prompt)
{
    const int fd = fileno(m_in);
    const bool terminal = isatty(fd);
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    QByteArray line;
    {
        NoEcho quiet(fd);
        int c;
        while ((c = std::fgetc(m_in)) != EOF && c != '\n')
            line.append(char(c));
    }
    if (terminal)
        std::fputc('\n', stderr);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString PasswordInput::password(const QString &userName)
{
    if (!m_havePassword) {
        const QByteArray env = qgetenv("PEYVAND_PASSWORD");
        m_password
            = !env.isNull() ? QString::fromUtf8(env) : readLine(QStringLiteral("Password for %1: ").arg(userName));
        m_havePassword = true;
    }
    return m_password;
}

QString PasswordInput::newPassword(const QString &userName)
{
    const QByteArray env = qgetenv("PEYVAND_NEW_PASSWORD");
    if (!env.isNull())
        return QString::fromUtf8(env);
    const QString first = readLine(QStringLiteral("New password for %1: ").arg(userName));
    if (isatty(fileno(m_in)) && readLine(QStringLiteral("Again: ")) != first)
        throw ValidationError(QStringLiteral("password"), QStringLiteral("mismatch"),
                              QStringLiteral("the two passwords differ"), QStringLiteral("دو رمز عبور یکی نیستند."));
    return first;
}

} // namespace peyvand::cli
