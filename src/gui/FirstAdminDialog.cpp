#include "FirstAdminDialog.h"

#include "Display.h"
#include "PasswordPair.h"
#include "UserService.h"
#include "ValidationError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

FirstAdminDialog::FirstAdminDialog(DataStore &store, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(clock)
    , m_userName(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the administrator"));
    setMinimumWidth(440);

    auto *title = new QLabel(tr("Create the administrator"), this);
    QFont big = title->font();
    big.setPointSize(big.pointSize() + 3);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Nobody can sign in to this database yet. The administrator adds the other users "
                                "and gives them their roles and passwords. Keep this password safe: without it, "
                                "nobody can manage users."),
                             this);
    intro->setObjectName(QStringLiteral("firstAdminIntro"));
    intro->setWordWrap(true);

    const QList<User> existing = UserService(store, clock).adminsWithoutPassword();
    m_userName->setObjectName(QStringLiteral("adminUserNameEdit"));
    m_userName->setText(existing.isEmpty() ? QStringLiteral("admin") : existing.front().username);
    m_userName->setLayoutDirection(Qt::LeftToRight); // usernames are typed like e-mail addresses
    m_fullName->setObjectName(QStringLiteral("adminFullNameEdit"));
    if (!existing.isEmpty())
        m_fullName->setText(existing.front().fullName);
    m_error->setObjectName(QStringLiteral("firstAdminError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Username:"), m_userName);
    form->addRow(tr("Full name:"), m_fullName);
    m_password = std::make_unique<PasswordPair>(form, this, QStringLiteral("admin"), tr("Password:"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(tr("Create and continue"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    m_password->first()->setFocus();
}

FirstAdminDialog::~FirstAdminDialog() = default;

void FirstAdminDialog::accept()
{
    const QString problem = m_password->problem(m_userName->text().trimmed());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_password->first()->setFocus();
        return;
    }
    try {
        User admin;
        admin.username = m_userName->text();
        admin.fullName = m_fullName->text();
        admin.role = UserRole::Admin;
        m_admin = UserService(m_store, m_clock).add(admin, m_password->password());
    } catch (const ValidationError &e) {
        m_error->setText(Display::error(e));
        m_error->show();
        (e.field() == QLatin1String("username") ? m_userName : m_password->first())->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace peyvand
