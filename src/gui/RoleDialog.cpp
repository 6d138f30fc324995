#include "RoleDialog.h"

#include "EnumCombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

RoleDialog::RoleDialog(const User &user, QWidget *parent)
    : QDialog(parent)
    , m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("roleDialog"));
    setWindowTitle(tr("Change role"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    EnumCombo::fill<UserRole>(m_role);
    EnumCombo::select(m_role, user.role);
    auto *form = new QFormLayout;
    form->addRow(tr("User:"),
                 new QLabel(user.fullName.isEmpty() ? Display::isolate(user.username) : user.fullName, this));
    form->addRow(tr("Role:"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

UserRole RoleDialog::role() const
{
    return EnumCombo::value<UserRole>(m_role);
}

} // namespace peyvand
