// peyvand: the desktop app. Persian and right-to-left by default.
#include "AppPaths.h"
#include "Authenticator.h"
#include "BackupScheduler.h"
#include "BackupSettingsBox.h"
#include "CalendarExportDialog.h"
#include "ConcurrentChangeBox.h"
#include "ConcurrentChangeError.h"
#include "CustomerListView.h"
#include "DataStoreFactory.h"
#include "DatabaseChoiceDialog.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "DatabaseSwitch.h"
#include "DesktopMemory.h"
#include "Display.h"
#include "FirstAdminDialog.h"
#include "FirstPaintProbe.h"
#include "ImportWizard.h"
#include "LanguageSetup.h"
#include "LogActivityDialog.h"
#include "Logging.h"
#include "MainWindow.h"
#include "NewOrderDialog.h"
#include "OrderDialog.h"
#include "ReportsView.h"
#include "RequestDialog.h"
#include "SafeApplication.h"
#include "ServerSignInDialog.h"
#include "SignInDialog.h"
#include "SignInError.h"
#include "SignInFlow.h"
#include "SupportDeskView.h"
#include "Trace.h"
#include "UiSettings.h"
#include "VcardImportDialog.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSignalBlocker>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>
#include <spdlog/spdlog.h>

namespace {

// Start-up measurement: marks when the customer list the window starts on first
// paints rows,
// with the memory at that moment, and quits then if asked.
void watchFirstPaint(peyvand::MainWindow &window, bool quit)
{
    // Only the view the window starts on is built yet; asking for another would build it.
    const QString key = window.currentView();
    if (auto *list = qobject_cast<peyvand::CustomerListView *>(window.view(key))) {
        auto *probe = new peyvand::FirstPaintProbe(list->table(),
                                                   QStringLiteral("first customer list page painted (%1)").arg(key));
        QObject::connect(probe, &peyvand::FirstPaintProbe::painted, &window, [quit] {
            peyvand::Trace::mark(QStringLiteral("memory VmRSS=%1 kB VmHWM=%2 kB RssAnon=%3 kB RssFile=%4 kB")
                                     .arg(peyvand::Trace::statusKiB("VmRSS"))
                                     .arg(peyvand::Trace::statusKiB("VmHWM"))
                                     .arg(peyvand::Trace::statusKiB("RssAnon"))
                                     .arg(peyvand::Trace::statusKiB("RssFile")));
            if (quit)
                QApplication::quit();
        });
    }
}

} // namespace

int main(int argc, char **argv)
{
    const double mainEntered = peyvand::Trace::sinceStart();
    peyvand::SafeApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Peyvand"));
    QApplication::setApplicationName(QStringLiteral("peyvand"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Peyvand desktop CRM"));
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Also log to standard error."));
    QCommandLineOption userOption(QStringLiteral("user"),
                                  QStringLiteral("Sign in as NAME: with PEYVAND_PASSWORD set, without a dialog "
                                                 "(exit 3 when refused); else the sign-in dialog starts with NAME."),
                                  QStringLiteral("NAME"));
    QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("fa or en (saved as the setting)."),
                                      QStringLiteral("LANG"));
    QCommandLineOption viewOption(QStringLiteral("view"),
                                  QStringLiteral("Start on a view: today, legal, individual, b2b, b2c, orders, "
                                                 "support, reports, settings, audit (managers and admins)."),
                                  QStringLiteral("VIEW"));
    QCommandLineOption customerOption(QStringLiteral("customer"), QStringLiteral("Start on a customer's page."),
                                      QStringLiteral("ID"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the main window to FILE and quit."),
                                        QStringLiteral("FILE"));
    QCommandLineOption dialogOption(
        QStringLiteral("dialog"),
        QStringLiteral("With --screenshot: picture a dialog instead (log-activity, "
                       "order with --order, new-order with --customer, request with "
                       "--request, import-wizard: its mapping page with "
                       "--import-file, vcard-import with --import-file and a "
                       "company's --customer, calendar-export, restore-confirm "
                       "with --import-file BACKUP, concurrent-change (the "
                       "question after someone else saved first), database-choice (Settings ▸ Change…); sign-in and "
                       "first-admin: those "
                       "dialogs, before signing in)."),
        QStringLiteral("NAME"));
    QCommandLineOption importFileOption(QStringLiteral("import-file"),
                                        QStringLiteral("A CSV file, for --dialog import-wizard; a vCard file for "
                                                       "--dialog vcard-import."),
                                        QStringLiteral("FILE"));
    QCommandLineOption orderOption(QStringLiteral("order"), QStringLiteral("An order number, for --dialog order."),
                                   QStringLiteral("NUMBER"));
    QCommandLineOption requestOption(
        QStringLiteral("request"), QStringLiteral("A service request id, for --dialog request."), QStringLiteral("ID"));
    QCommandLineOption lookupOption(
        QStringLiteral("lookup"), QStringLiteral("Start on the support desk looking up TEXT."), QStringLiteral("TEXT"));
    QCommandLineOption reportTabOption(QStringLiteral("report-tab"),
                                       QStringLiteral("With --view reports: open a measure's tab (pipeline, funnel, "
                                                      "win-rate, lost-reasons, forecast, activity, orders)."),
                                       QStringLiteral("TAB"));
    QCommandLineOption noDemoOption(QStringLiteral("no-demo-offer"),
                                    QStringLiteral("Do not offer demo data on an empty database."));
    QCommandLineOption traceOption(QStringLiteral("trace"),
                                   QStringLiteral("Print start-up milestones with milliseconds since the process "
                                                  "started to standard error (also PEYVAND_TRACE=1)."));
    QCommandLineOption quitPaintedOption(QStringLiteral("quit-after-first-paint"),
                                         QStringLiteral("Quit once a customer list has painted its first rows "
                                                        "(for start-up measurements)."));
    for (const auto &option : { dbOption, verboseOption, userOption, languageOption, viewOption, customerOption,
                                screenshotOption, dialogOption, orderOption, requestOption, importFileOption,
                                lookupOption, reportTabOption, noDemoOption, traceOption, quitPaintedOption })
        parser.addOption(option);
    parser.process(app);
    if (parser.isSet(traceOption))
        peyvand::Trace::enable(true);
    peyvand::Trace::markAt(mainEntered, QStringLiteral("main entered"));
    peyvand::Logging::init(QStringLiteral("peyvand"), parser.isSet(verboseOption));

    if (parser.isSet(languageOption))
        peyvand::UiSettings::setLanguage(parser.value(languageOption) == QLatin1String("en")
                                             ? peyvand::UiSettings::Language::English
                                             : peyvand::UiSettings::Language::Persian);
    peyvand::LanguageSetup::apply(peyvand::UiSettings::language());
    peyvand::LanguageSetup::applyPersianFont();
    peyvand::Display::setMoneyUnit(peyvand::UiSettings::moneyUnit());
    peyvand::Trace::mark(QStringLiteral("application ready"));

    peyvand::DesktopMemory::apply();
    // --db, else the database chosen in Settings or a sign-in dialog, else the embedded file.
    const QString path = parser.isSet(dbOption)              ? parser.value(dbOption)
        : !peyvand::UiSettings::databaseLocation().isEmpty() ? peyvand::UiSettings::databaseLocation()
                                                             : peyvand::AppPaths::defaultDatabase();
    const bool onServer = peyvand::DataStoreFactory::isServerUrl(path);
    peyvand::SystemClock clock;
    std::unique_ptr<peyvand::DataStore> store;
    std::optional<peyvand::User> signedIn;
    const QByteArray givenPassword = qgetenv("PEYVAND_PASSWORD");
    const bool unattended = parser.isSet(userOption) && !givenPassword.isNull();
    try {
        if (peyvand::DataStoreFactory::connectsAsUser(path)) {
            // A team server: each person connects as their own database role, so sign-in comes first.
            if (unattended) {
                store = peyvand::DataStoreFactory::openAs(path, parser.value(userOption),
                                                          QString::fromUtf8(givenPassword));
                signedIn = peyvand::Authenticator(*store, clock)
                               .signIn(parser.value(userOption), QString::fromUtf8(givenPassword));
            } else if (!parser.isSet(screenshotOption) || parser.value(dialogOption) == QLatin1String("sign-in")) {
                peyvand::ServerSignInDialog dialog(path, clock, parser.value(userOption));
                if (parser.isSet(screenshotOption)) {
                    dialog.show();
                    QTimer::singleShot(600, &dialog, [&] {
                        QApplication::exit(dialog.grab().save(parser.value(screenshotOption)) ? 0 : 1);
                    });
                    return app.exec();
                }
                if (dialog.exec() != QDialog::Accepted) {
                    peyvand::DatabaseSwitch::restartIfPending();
                    return 0;
                }
                store = dialog.takeStore();
                signedIn = dialog.user();
            }
        } else {
            store = peyvand::DataStoreFactory::open(path);
        }
    } catch (const peyvand::SignInError &e) {
        spdlog::warn("sign-in refused for {}: {}", parser.value(userOption).toStdString(), e.message().toStdString());
        std::fprintf(stderr, "peyvand: sign-in refused: %s: %s\n", qPrintable(e.field()), qPrintable(e.message()));
        return 3;
    } catch (const peyvand::ValidationError &e) { // a bad URL, an unreachable server, a newer schema…
        spdlog::error("cannot open {}: {}", peyvand::DataStoreFactory::displayName(path).toStdString(),
                      e.message().toStdString());
        QMessageBox::critical(nullptr, QObject::tr("Peyvand"),
                              QObject::tr("The database could not be opened.") + QStringLiteral("\n\n")
                                  + peyvand::Display::error(e));
        return 1;
    } catch (const peyvand::DatabaseError &e) {
        spdlog::error("cannot open {}: {}", peyvand::DataStoreFactory::displayName(path).toStdString(), e.what());
        QMessageBox::critical(nullptr, QObject::tr("Peyvand"),
                              QObject::tr("The database could not be opened.") + QStringLiteral("\n\n")
                                  + peyvand::DatabaseErrorText::explain(e, path));
        return 1;
    }
    if (!store) { // a picture of a server's window needs someone signed in
        std::fprintf(stderr, "peyvand: --screenshot on a server needs --user NAME and PEYVAND_PASSWORD\n");
        return 2;
    }
    peyvand::Trace::mark(QStringLiteral("store opened"));

    const QString dialogName = parser.value(dialogOption);
    if (parser.isSet(screenshotOption)
        && (dialogName == QLatin1String("sign-in") || dialogName == QLatin1String("first-admin"))) {
        // The dialogs before the window: pictured as they open, nothing signed in or written.
        QDialog *dialog = dialogName == QLatin1String("sign-in")
            ? static_cast<QDialog *>(new peyvand::SignInDialog(*store, clock, parser.value(userOption)))
            : new peyvand::FirstAdminDialog(*store, clock);
        dialog->show();
        QTimer::singleShot(600, dialog, [&, dialog] {
            QApplication::exit(dialog->grab().save(parser.value(screenshotOption)) ? 0 : 1);
        });
        const int code = app.exec();
        delete dialog;
        return code;
    }
    if (parser.isSet(screenshotOption)
        && (!parser.isSet(userOption) || qEnvironmentVariableIsEmpty("PEYVAND_PASSWORD"))) {
        std::fprintf(stderr,
                     "peyvand: --screenshot needs --user NAME and PEYVAND_PASSWORD (no dialog can be "
                     "answered)\n");
        return 2;
    }
    try {
        if (!signedIn)
            signedIn = peyvand::SignInFlow::signIn(*store, clock, parser.value(userOption));
    } catch (const peyvand::SignInError &e) {
        spdlog::warn("sign-in refused for {}: {}", parser.value(userOption).toStdString(), e.message().toStdString());
        std::fprintf(stderr, "peyvand: sign-in refused: %s: %s\n", qPrintable(e.field()), qPrintable(e.message()));
        return 3;
    }
    if (!signedIn) {
        peyvand::DatabaseSwitch::restartIfPending(); // "Database…" in the dialog
        return 0; // the dialog was closed
    }
    peyvand::Trace::mark(QStringLiteral("signed in"));
    spdlog::info("started on {} as {}", path.toStdString(), signedIn->username.toStdString());
    peyvand::Workspace workspace(*store, clock, *signedIn);
    workspace.watch(store->changeFeed()); // a server's live updates from other desktops (none on a file)

    // The window is rebuilt when the language changes, so every string and
    // the layout direction follow at once.
    QPointer<peyvand::MainWindow> window;
    std::function<void(const QString &)> build = [&](const QString &startView) {
        auto *w = new peyvand::MainWindow(workspace, nullptr, startView);
        w->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(w, &peyvand::MainWindow::switchUserRequested, w, [&, w] {
            // Nothing of the last user's stays on screen while the next one signs in.
            const QByteArray geometry = w->saveGeometry();
            w->hide();
            if (onServer) {
                // The connection is the user's own database role: the next person signs in afresh.
                peyvand::DatabaseSwitch::requestRestart();
                w->close();
                return;
            }
            const auto next = peyvand::SignInFlow::interactive(*store, clock);
            if (!next) {
                w->close();
                return;
            }
            spdlog::info("switched to {}", next->username.toStdString());
            w->setAttribute(Qt::WA_DeleteOnClose, false);
            w->deleteLater();
            {
                // The new window loads everything afresh: the old one, hidden, need not reload.
                const QSignalBlocker quiet(&workspace);
                workspace.setUser(*next); // the store's actor too
            }
            build(QString());
            window->restoreGeometry(geometry);
        });
        QObject::connect(w, &peyvand::MainWindow::languageChangeRequested, w, [&, w] {
            peyvand::LanguageSetup::apply(peyvand::UiSettings::language());
            const QByteArray geometry = w->saveGeometry();
            w->setAttribute(Qt::WA_DeleteOnClose, false);
            w->deleteLater();
            build(QStringLiteral("settings"));
            window->restoreGeometry(geometry);
        });
        if (peyvand::Trace::enabled() || parser.isSet(quitPaintedOption))
            watchFirstPaint(*w, parser.isSet(quitPaintedOption));
        // Automatic backups, except in runs that only take a picture or a measurement.
        if (!parser.isSet(screenshotOption) && !parser.isSet(quitPaintedOption) && !onServer)
            w->backupScheduler()->start(); // a server's backups are its administrator's
        w->show();
        peyvand::Trace::mark(QStringLiteral("main window shown"));
        window = w;
    };
    build(parser.isSet(lookupOption) ? QStringLiteral("support") : parser.value(viewOption));
    if (parser.isSet(lookupOption)) {
        if (auto *desk = qobject_cast<peyvand::SupportDeskView *>(window->view(QStringLiteral("support")))) {
            desk->lookupEdit()->setText(parser.value(lookupOption));
            desk->lookUpNow();
        }
    }
    if (parser.isSet(customerOption))
        window->openCustomer(parser.value(customerOption).toLongLong());
    if (parser.isSet(reportTabOption)) {
        auto *reports = qobject_cast<peyvand::ReportsView *>(window->view(QStringLiteral("reports")));
        if (!reports || !reports->showTab(parser.value(reportTabOption)))
            spdlog::warn("no report tab {}", parser.value(reportTabOption).toStdString());
    }
    if (parser.isSet(screenshotOption)) {
        // For documentation and visual checks: works under QT_QPA_PLATFORM=offscreen.
        QWidget *subject = window;
        if (parser.value(dialogOption) == QLatin1String("log-activity")) {
            auto *dialog = new peyvand::LogActivityDialog(workspace, parser.value(customerOption).toLongLong(), window);
            dialog->show();
            subject = dialog;
        } else if (parser.value(dialogOption) == QLatin1String("order")) {
            qint64 id = 0;
            try {
                id = workspace.orders().getByNumber(parser.value(orderOption)).id;
            } catch (const std::exception &e) {
                spdlog::error("no order {}: {}", parser.value(orderOption).toStdString(), e.what());
            }
            auto *dialog = new peyvand::OrderDialog(workspace, id, window);
            dialog->show();
            subject = dialog;
        } else if (parser.value(dialogOption) == QLatin1String("new-order")) {
            auto *dialog = new peyvand::NewOrderDialog(workspace, parser.value(customerOption).toLongLong(),
                                                       std::nullopt, window);
            dialog->show();
            subject = dialog;
        } else if (parser.value(dialogOption) == QLatin1String("import-wizard")) {
            peyvand::ImportWizard *wizard = window->openImportWizard();
            if (parser.isSet(importFileOption)) {
                wizard->setFilePath(parser.value(importFileOption));
                wizard->next(); // the encoding and separator
                wizard->next(); // the columns, with the preview
            }
            subject = wizard;
        } else if (parser.value(dialogOption) == QLatin1String("vcard-import")) {
            peyvand::VcardImportDialog *dialog
                = window->openVcardImport(parser.isSet(customerOption) ? parser.value(customerOption).toLongLong() : 0);
            if (parser.isSet(importFileOption))
                dialog->setFilePath(parser.value(importFileOption));
            subject = dialog;
        } else if (parser.value(dialogOption) == QLatin1String("restore-confirm")) {
            window->showView(QStringLiteral("settings"));
            if (auto *box = window->findChild<peyvand::BackupSettingsBox *>()) {
                box->confirmRestore(parser.value(importFileOption));
                if (auto *ask = box->findChild<QMessageBox *>(QStringLiteral("restoreConfirmBox")))
                    subject = ask;
            }
        } else if (parser.value(dialogOption) == QLatin1String("concurrent-change")) {
            // The question a customer's edit dialog asks when someone else saved first.
            auto *box = new peyvand::ConcurrentChangeBox(
                peyvand::ConcurrentChangeError(QStringLiteral("customer"),
                                               parser.isSet(customerOption) ? parser.value(customerOption).toLongLong()
                                                                            : 1),
                window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->show();
            subject = box;
        } else if (parser.value(dialogOption) == QLatin1String("database-choice")) {
            auto *dialog = new peyvand::DatabaseChoiceDialog(path, window);
            dialog->show();
            subject = dialog;
        } else if (parser.value(dialogOption) == QLatin1String("calendar-export")) {
            subject = window->openCalendarExport();
        } else if (parser.value(dialogOption) == QLatin1String("request")) {
            auto *dialog = new peyvand::RequestDialog(workspace, parser.value(requestOption).toLongLong(), window);
            dialog->show();
            subject = dialog;
        }
        QTimer::singleShot(1200, window, [&, subject] {
            const auto shoot = [&, subject] {
                const bool saved = subject->grab().save(parser.value(screenshotOption));
                // Qt's own pooled jobs (icon and image loading for a message box)
                // must not outlive the objects main() destroys on the way out.
                QThreadPool::globalInstance()->waitForDone(5000);
                QApplication::exit(saved ? 0 : 1);
            };
            // The reports are computed in a worker thread: wait for them.
            auto *reports = qobject_cast<peyvand::ReportsView *>(window->view(QStringLiteral("reports")));
            if (reports && reports->isVisible() && reports->isComputing())
                QObject::connect(reports, &peyvand::ReportsView::reportsShown, window,
                                 [shoot] { QTimer::singleShot(200, shoot); });
            else
                shoot();
        });
    } else if (!parser.isSet(noDemoOption)) {
        QTimer::singleShot(0, window, [&] { window->offerDemoData(); });
    }
    const int code = app.exec();
    peyvand::DatabaseSwitch::restartIfPending(); // Settings ▸ Change…, or switching user on a server
    return code;
}
