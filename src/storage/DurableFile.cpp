#include "DurableFile.h"

#include "DatabaseError.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace peyvand::DurableFile {

namespace {

#ifndef Q_OS_WIN
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return; // some file systems do not open directories; the rename still happened
    ::fsync(fd);
    ::close(fd);
}
#endif

} // namespace

void sync(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        throw DatabaseError(QStringLiteral("%1: cannot open to flush: %2").arg(path, file.errorString()));
#ifdef Q_OS_WIN
    const bool ok = ::_commit(file.handle()) == 0;
#else
    const bool ok = ::fsync(file.handle()) == 0;
#endif
    if (!ok)
        throw DatabaseError(
            QStringLiteral("%1: cannot flush to disk: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
}

void replace(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            error);
    if (error)
        throw DatabaseError(QStringLiteral("%1: cannot rename to %2: %3")
                                .arg(from, to, QString::fromLocal8Bit(error.message().c_str())));
#ifndef Q_OS_WIN
    syncDirectory(QFileInfo(to).absolutePath());
#endif
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace peyvand::DurableFile
