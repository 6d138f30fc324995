#pragma once
// A rejected input. Names the field and the reason (a stable code), with an
// English message for logs and the CLI and a Persian one for the GUI.
#include <QString>
#include <stdexcept>

namespace peyvand {

class ValidationError : public std::runtime_error
{
public:
    ValidationError(QString field, QString code, QString message, QString persianMessage);

    const QString &field() const { return m_field; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &persianMessage() const { return m_persianMessage; }

private:
    QString m_field;
    QString m_code;
    QString m_message;
    QString m_persianMessage;
};

// An id or number that names nothing in the database.
class NotFoundError : public ValidationError
{
public:
    NotFoundError(const QString &field, const QString &what, const QString &value);
};

} // namespace peyvand
