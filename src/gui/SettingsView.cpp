#include "SettingsView.h"

#include "AccessPolicy.h"
#include "BackupSettingsBox.h"
#include "DataStoreFactory.h"
#include "DatabaseSwitch.h"
#include "Display.h"
#include "PasswordDialog.h"
#include "RoleGate.h"
#include "UsersSection.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

SettingsView::SettingsView(Workspace &workspace, QWidget *parent, BackupScheduler *backups)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_language(new QComboBox(this))
    , m_money(new QComboBox(this))
    , m_user(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsView"));
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Settings"), this);
    QFont big = title->font();
    big.setPointSize(big.pointSize() + 4);
    big.setBold(true);
    title->setFont(big);
    outer->addWidget(title);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("فارسی"), QStringLiteral("fa"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(UiSettings::language() == UiSettings::Language::English ? 1 : 0);
    form->addRow(tr("Language:"), m_language);

    m_money->setObjectName(QStringLiteral("moneyCombo"));
    m_money->addItem(tr("Rial"), QStringLiteral("rial"));
    m_money->addItem(tr("Toman"), QStringLiteral("toman"));
    m_money->setCurrentIndex(Display::moneyUnit() == UiSettings::MoneyUnit::Toman ? 1 : 0);
    form->addRow(tr("Show money in:"), m_money);

    m_user->setObjectName(QStringLiteral("signedInLabel"));
    showUser();
    auto *ownPassword = new QPushButton(tr("Change my password…"), this);
    ownPassword->setObjectName(QStringLiteral("ownPasswordButton"));
    auto *switchUser = new QPushButton(tr("Sign out / switch user"), this);
    switchUser->setObjectName(QStringLiteral("switchUserButton"));
    auto *who = new QHBoxLayout;
    who->addWidget(m_user);
    who->addWidget(ownPassword);
    who->addWidget(switchUser);
    who->addStretch();
    form->addRow(tr("Signed in as:"), who);

    const QString location = workspace.store().location();
    const bool onServer = DataStoreFactory::isServerUrl(location);
    auto *path = new QLabel(Display::isolate(location), this);
    path->setObjectName(QStringLiteral("databasePathLabel"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *changeDatabase = new QPushButton(tr("Change…"), this);
    changeDatabase->setObjectName(QStringLiteral("changeDatabaseButton"));
    changeDatabase->setToolTip(tr("Work on another database file, or on a team's PostgreSQL server"));
    connect(changeDatabase, &QPushButton::clicked, this, [this, location] {
        if (!DatabaseSwitch::choose(location, this))
            return;
        QMessageBox::information(this, tr("Database"),
                                 tr("Peyvand now starts again on the chosen database; sign in there."));
        window()->close(); // main() starts the app again
    });
    auto *where = new QHBoxLayout;
    where->addWidget(path, 1);
    where->addWidget(changeDatabase);
    form->addRow(onServer ? tr("Team server:") : tr("Database file:"), where);

    auto *demo = new QPushButton(tr("Add demo data…"), this);
    demo->setObjectName(QStringLiteral("demoDataButton"));
    // Thousands of rows at once: a bulk import in all but name.
    RoleGate::gate(demo, workspace.user(), Permission::ImportData);
    form->addRow(QString(), demo);
    if (onServer) {
        // A server's backups are its administrator's (pg_dump, WAL archiving), not a desktop's.
        auto *serverBackups = new QLabel(
            tr("This database is on a server: backups are made on the server by its administrator."), this);
        serverBackups->setObjectName(QStringLiteral("serverBackupsNote"));
        serverBackups->setWordWrap(true);
        form->addRow(tr("Backups:"), serverBackups);
    } else if (backups && AccessPolicy::allows(workspace.user(), Permission::ManageBackups)) {
        outer->addWidget(new BackupSettingsBox(workspace, *backups, this));
    }
    if (AccessPolicy::allows(workspace.user(), Permission::ManageUsers)) {
        m_users = new UsersSection(workspace, this);
        outer->addWidget(m_users, 1);
    }
    outer->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const auto language = m_language->currentData().toString() == QLatin1String("en")
            ? UiSettings::Language::English
            : UiSettings::Language::Persian;
        UiSettings::setLanguage(language);
        emit languageChanged(language);
    });
    connect(m_money, &QComboBox::currentIndexChanged, this, [this] {
        const auto unit = m_money->currentData().toString() == QLatin1String("toman") ? UiSettings::MoneyUnit::Toman
                                                                                      : UiSettings::MoneyUnit::Rial;
        UiSettings::setMoneyUnit(unit);
        Display::setMoneyUnit(unit);
        emit moneyUnitChanged();
    });
    connect(ownPassword, &QPushButton::clicked, this, &SettingsView::openOwnPassword);
    connect(switchUser, &QPushButton::clicked, this, &SettingsView::switchUserRequested);
    connect(demo, &QPushButton::clicked, this, &SettingsView::demoDataRequested);
    connect(&m_workspace, &Workspace::dataReset, this, &SettingsView::showUser);
}

void SettingsView::showUser()
{
    const User &u = m_workspace.user();
    m_user->setText(QStringLiteral("%1 (%2, %3)")
                        .arg(u.fullName.isEmpty() ? Display::isolate(u.username) : u.fullName,
                             Display::isolate(u.username), Display::label(u.role)));
}

PasswordDialog *SettingsView::openOwnPassword()
{
    auto *dialog = new PasswordDialog(m_workspace, m_workspace.user(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace peyvand
