#include "PasswordPair.h"

#include "CredentialRules.h"
#include "Display.h"
#include "ValidationError.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace peyvand {

PasswordPair::PasswordPair(QFormLayout *form, QWidget *parent, const QString &prefix, const QString &label)
    : m_first(new QLineEdit(parent))
    , m_second(new QLineEdit(parent))
{
    for (QLineEdit *edit : { m_first, m_second }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(CredentialRules::kMaxPassword * 2); // UTF-16 units; the rule counts characters
    }
    m_first->setObjectName(prefix + QStringLiteral("PasswordEdit"));
    m_second->setObjectName(prefix + QStringLiteral("RepeatEdit"));
    form->addRow(label, m_first);
    form->addRow(tr("Repeat password:"), m_second);
    auto *hint = new QLabel(
        tr("At least %1 characters, not the username.").arg(Display::number(CredentialRules::kMinPassword)), parent);
    hint->setObjectName(prefix + QStringLiteral("PasswordHint"));
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    form->addRow(QString(), hint);
}

QString PasswordPair::password() const
{
    return m_first->text();
}

QString PasswordPair::problem(const QString &username) const
{
    try {
        CredentialRules::checkPassword(m_first->text(), username);
    } catch (const ValidationError &e) {
        return Display::error(e);
    }
    if (m_first->text() != m_second->text())
        return tr("The two passwords differ.");
    return {};
}

} // namespace peyvand
