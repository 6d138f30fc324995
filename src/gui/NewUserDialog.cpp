#include "NewUserDialog.h"

#include "Display.h"
#include "EnumCombo.h"
#include "PasswordPair.h"
#include "UserService.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

NewUserDialog::NewUserDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_userName(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("Add user"));
    setMinimumWidth(420);
    m_userName->setObjectName(QStringLiteral("newUserNameEdit"));
    m_userName->setLayoutDirection(Qt::LeftToRight);
    m_fullName->setObjectName(QStringLiteral("newFullNameEdit"));
    m_role->setObjectName(QStringLiteral("newRoleCombo"));
    EnumCombo::fill<UserRole>(m_role);
    m_error->setObjectName(QStringLiteral("newUserError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Username:"), m_userName);
    form->addRow(tr("Full name:"), m_fullName);
    form->addRow(tr("Role:"), m_role);
    m_password = std::make_unique<PasswordPair>(form, this, QStringLiteral("new"), tr("Password:"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_userName->setFocus();
}

NewUserDialog::~NewUserDialog() = default;

void NewUserDialog::accept()
{
    const QString problem = m_password->problem(m_userName->text().trimmed());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    try {
        User user;
        user.username = m_userName->text();
        user.fullName = m_fullName->text();
        user.role = EnumCombo::value<UserRole>(m_role);
        m_added = UserService(m_workspace.store(), m_workspace.clock()).add(user, m_password->password());
    } catch (const ValidationError &e) {
        m_error->setText(Display::error(e));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace peyvand
