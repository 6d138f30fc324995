#include "ImportProblem.h"

#include "ValidationError.h"

namespace peyvand {

ImportProblem ImportProblem::fromError(qint64 row, const QString &column, const QString &value,
                                       const ValidationError &error)
{
    return ImportProblem { row, column, value, error.code(), error.message(), error.persianMessage() };
}

ImportProblem ImportProblem::file(const QString &code, const QString &message, const QString &persianMessage)
{
    return ImportProblem { 0, QString(), QString(), code, message, persianMessage };
}

ImportProblem ImportProblem::atRow(qint64 row, const QString &code, const QString &message,
                                   const QString &persianMessage)
{
    return ImportProblem { row, QString(), QString(), code, message, persianMessage };
}

} // namespace peyvand
