#include "ServerSignInDialog.h"

#include "Authenticator.h"
#include "DataStoreFactory.h"
#include "DatabaseError.h"
#include "DatabaseSwitch.h"
#include "Display.h"
#include "SignInError.h"
#include "UiSettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace peyvand {

ServerSignInDialog::ServerSignInDialog(const QString &location, const Clock &clock, const QString &userName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_location(location)
    , m_clock(clock)
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("serverSignInDialog"));
    setWindowTitle(tr("Sign in to the team server"));
    setMinimumWidth(420);

    auto *intro = new QLabel(tr("Sign in with your username and password on the team's server."), this);
    intro->setWordWrap(true);
    auto *server = new QLabel(tr("Server: %1").arg(Display::isolate(DataStoreFactory::displayName(location))), this);
    server->setObjectName(QStringLiteral("serverLabel"));
    server->setWordWrap(true);
    server->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setText(userName.isEmpty() ? UiSettings::lastUserName(location) : userName);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Username:"), m_userName);
    form->addRow(tr("Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    QPushButton *change = buttons->addButton(tr("Database…"), QDialogButtonBox::ResetRole);
    change->setObjectName(QStringLiteral("changeDatabaseButton"));
    change->setAutoDefault(false);
    QPushButton *quit = buttons->addButton(QDialogButtonBox::Cancel);
    quit->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(change, &QPushButton::clicked, this, [this] {
        if (DatabaseSwitch::choose(m_location, this))
            reject(); // main() starts again on the chosen database
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(server);
    layout->addStretch();
    layout->addWidget(buttons);
    (m_userName->text().isEmpty() ? m_userName : m_password)->setFocus();
}

ServerSignInDialog::~ServerSignInDialog() = default;

void ServerSignInDialog::accept()
{
    const QString name = m_userName->text().trimmed();
    const QString password = m_password->text();
    m_error->hide();
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Connecting…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QString problem;
    QLineEdit *focus = m_password;
    try {
        auto store = DataStoreFactory::openAs(m_location, name, password, StoreOpenMode::MigrateExisting);
        m_user = Authenticator(*store, m_clock).signIn(name, password);
        store->setActor(m_user);
        m_store = std::move(store);
    } catch (const SignInError &e) {
        problem = Display::error(e);
        focus = e.field() == QLatin1String("user") ? m_userName : m_password;
    } catch (const ValidationError &e) { // the server: unreachable, no such database, a newer schema…
        problem = Display::error(e);
        spdlog::warn("server sign-in for {} refused: {}", name.toStdString(), e.message().toStdString());
    } catch (const DatabaseError &e) {
        problem = tr("The server could not be used: %1").arg(QString::fromUtf8(e.what()));
        spdlog::error("server sign-in for {}: {}", name.toStdString(), e.what());
    }
    QApplication::restoreOverrideCursor();
    m_signIn->setEnabled(true);
    m_signIn->setText(tr("Sign in"));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_password->clear();
        focus->setFocus();
        return;
    }
    UiSettings::setLastUserName(m_location, m_user.username);
    spdlog::info("signed in as {} on {}", m_user.username.toStdString(),
                 DataStoreFactory::displayName(m_location).toStdString());
    QDialog::accept();
}

} // namespace peyvand
