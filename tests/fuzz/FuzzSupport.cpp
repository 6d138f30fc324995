#include "FuzzSupport.h"

#include "ValidationError.h"

#include <algorithm>
#include <cstring>

namespace peyvand::fuzz {

QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

void expectClear(const ValidationError &error)
{
    expect(!error.field().isEmpty(), "a ValidationError names no field");
    expect(!error.code().isEmpty(), "a ValidationError has no code");
    expect(!error.message().isEmpty(), "a ValidationError has no English message");
    expect(!error.persianMessage().isEmpty(), "a ValidationError has no Persian message");
}

void expectClear(const ImportProblem &problem)
{
    expect(problem.row >= 0, "an ImportProblem has a negative row");
    expect(!problem.code.isEmpty(), "an ImportProblem has no code");
    expect(!problem.message.isEmpty(), "an ImportProblem has no English message");
    expect(!problem.persianMessage.isEmpty(), "an ImportProblem has no Persian message");
}

void expectClear(const ImportProblems &problems)
{
    for (const ImportProblem &p : problems)
        expectClear(p);
}

ShortReadDevice::ShortReadDevice(QByteArray data, qint64 step)
    : m_data(std::move(data))
    , m_step(std::max<qint64>(1, step))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 ShortReadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min({ maxSize, m_step, qint64(m_data.size()) - pos() });
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + pos(), size_t(n));
    return n;
}

} // namespace peyvand::fuzz
