#include "PasswordDialog.h"

#include "Display.h"
#include "PasswordPair.h"
#include "UserService.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

PasswordDialog::PasswordDialog(Workspace &workspace, const User &target, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_target(target)
    , m_error(new QLabel(this))
{
    const bool own = target.id == workspace.user().id;
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(own ? tr("Change my password") : tr("Reset password"));
    setMinimumWidth(400);
    auto *who
        = new QLabel(own ? tr("Your new password, for %1.").arg(Display::isolate(target.username))
                         : tr("A new password for %1 (%2). Tell it to them in person; they can change it afterwards.")
                               .arg(target.fullName.isEmpty() ? Display::isolate(target.username) : target.fullName,
                                    Display::isolate(target.username)),
                     this);
    who->setObjectName(QStringLiteral("passwordTargetLabel"));
    who->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    if (own) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Current password:"), m_current);
    }
    m_password = std::make_unique<PasswordPair>(form, this, QStringLiteral("new"), tr("New password:"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_current ? m_current : m_password->first())->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::accept()
{
    const QString problem = m_password->problem(m_target.username);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    try {
        UserService(m_workspace.store(), m_workspace.clock())
            .setPassword(m_target.id, m_password->password(), m_current ? m_current->text() : QString());
    } catch (const ValidationError &e) {
        m_error->setText(Display::error(e));
        m_error->show();
        if (m_current && e.field() == QLatin1String("old_password")) {
            m_current->clear();
            m_current->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace peyvand
