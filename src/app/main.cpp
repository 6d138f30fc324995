// peyvand: the desktop app. Persian and right-to-left by default.
#include "AppPaths.h"
#include "DatabaseError.h"
#include "Logging.h"
#include "MainWindow.h"
#include "SqliteDataStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>
#include <spdlog/spdlog.h>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Peyvand"));
    QApplication::setApplicationName(QStringLiteral("peyvand"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Peyvand desktop CRM"));
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Also log to standard error."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the main window to FILE and quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addOption(verboseOption);
    parser.process(app);
    peyvand::Logging::init(QStringLiteral("peyvand"), parser.isSet(verboseOption));

    const QLocale persian(QLocale::Persian, QLocale::Iran);
    QLocale::setDefault(persian);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QTranslator qtTranslator;
    if (qtTranslator.load(persian, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QStringLiteral(":/i18n/peyvand_fa.qm")))
        QApplication::installTranslator(&appTranslator);
    for (const QString &family :
         { QStringLiteral("Vazirmatn"), QStringLiteral("Noto Sans Arabic UI"), QStringLiteral("Noto Sans Arabic") }) {
        if (QFontDatabase::families().contains(family)) {
            QFont font(family);
            font.setPointSize(10);
            QApplication::setFont(font);
            break;
        }
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : peyvand::AppPaths::defaultDatabase();
    std::unique_ptr<peyvand::SqliteDataStore> store;
    try {
        store = std::make_unique<peyvand::SqliteDataStore>(path);
    } catch (const peyvand::DatabaseError &e) {
        spdlog::error("cannot open {}: {}", path.toStdString(), e.what());
        QMessageBox::critical(nullptr, QObject::tr("Peyvand"),
                              QObject::tr("The database could not be opened:\n%1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    spdlog::info("started on {}", path.toStdString());
    peyvand::MainWindow window(*store);
    window.show();
    if (parser.isSet(screenshotOption)) {
        // For documentation and visual checks: works under QT_QPA_PLATFORM=offscreen.
        QTimer::singleShot(800, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshotOption));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
