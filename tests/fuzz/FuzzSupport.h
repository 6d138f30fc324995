#pragma once
// Helpers of the fuzz targets' bodies (FuzzEntries.h): the checks, the input
// as text, and a device that hands its bytes out in short reads.
#include "FuzzEntries.h"
#include "ImportProblem.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace peyvand {
class ValidationError;
}

namespace peyvand::fuzz {

// Throws Failure(what) unless `ok`.
inline void expect(bool ok, const char *what)
{
    if (!ok)
        throw Failure(what);
}

// The input as UTF-8 text (invalid bytes become U+FFFD) and as raw bytes.
QString text(const std::uint8_t *data, std::size_t size);
QByteArray bytes(const std::uint8_t *data, std::size_t size);

// A refusal must say what and why: field, code and both messages non-empty.
void expectClear(const ValidationError &error);
void expectClear(const ImportProblem &problem);
void expectClear(const ImportProblems &problems);

// A random-access device over bytes whose reads return at most `step` bytes,
// as a file read in chunks would cut them at other places.
class ShortReadDevice final : public QIODevice
{
public:
    ShortReadDevice(QByteArray data, qint64 step);
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
};

} // namespace peyvand::fuzz
