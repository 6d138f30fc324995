#include "SignInFlow.h"

#include "Authenticator.h"
#include "FirstAdminDialog.h"
#include "SignInDialog.h"
#include "UiSettings.h"
#include "UserService.h"

#include <spdlog/spdlog.h>

namespace peyvand::SignInFlow {

std::optional<User> interactive(DataStore &store, const Clock &clock, const QString &userName, QWidget *parent)
{
    QString name = userName;
    if (UserService(store, clock).needsFirstAdmin()) {
        FirstAdminDialog first(store, clock, parent);
        if (first.exec() != QDialog::Accepted)
            return std::nullopt;
        name = first.admin().username;
    }
    SignInDialog dialog(store, clock, name, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

std::optional<User> signIn(DataStore &store, const Clock &clock, const QString &userName, QWidget *parent)
{
    const QByteArray password = qgetenv("PEYVAND_PASSWORD");
    if (!userName.isEmpty() && !password.isNull()) {
        const User user = Authenticator(store, clock).signIn(userName, QString::fromUtf8(password));
        spdlog::info("signed in as {} (PEYVAND_PASSWORD)", user.username.toStdString());
        return user;
    }
    return interactive(store, clock, userName, parent);
}

} // namespace peyvand::SignInFlow
