#pragma once
// A new password typed twice, as two rows of a form: hidden input, a hint with
// the rules (CredentialRules), and the refusal to show when the two differ or
// the password breaks a rule. Used by the first-administrator, new-user and
// password dialogs.
#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace peyvand {

class PasswordPair
{
    Q_DECLARE_TR_FUNCTIONS(peyvand::PasswordPair)
public:
    // Adds "Password:" and "Repeat password:" rows to `form`; object names
    // `prefix` + "PasswordEdit" / "RepeatEdit" (e.g. newPasswordEdit, newRepeatEdit).
    PasswordPair(QFormLayout *form, QWidget *parent, const QString &prefix, const QString &label);

    QString password() const;
    // Why the two cannot be used (in the UI language), or empty.
    QString problem(const QString &username) const;
    QLineEdit *first() const { return m_first; }
    QLineEdit *second() const { return m_second; }

private:
    QLineEdit *m_first;
    QLineEdit *m_second;
};

} // namespace peyvand
