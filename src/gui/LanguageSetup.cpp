#include "LanguageSetup.h"

#include "Display.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <spdlog/spdlog.h>

namespace peyvand::LanguageSetup {

namespace {

std::unique_ptr<QTranslator> g_qt;
std::unique_ptr<QTranslator> g_app;

} // namespace

void apply(UiSettings::Language language)
{
    for (auto *translator : { g_qt.get(), g_app.get() })
        if (translator)
            QApplication::removeTranslator(translator);
    g_qt.reset();
    g_app.reset();

    const bool persian = language == UiSettings::Language::Persian;
    const QLocale locale = persian ? QLocale(QLocale::Persian, QLocale::Iran) : QLocale(QLocale::English);
    QLocale::setDefault(locale);
    QApplication::setLayoutDirection(persian ? Qt::RightToLeft : Qt::LeftToRight);
    Display::setLanguage(language);
    if (!persian)
        return; // the sources are English
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(g_qt.get());
    else
        spdlog::warn("Qt's Persian translation (qtbase_fa.qm) not found; standard buttons stay English");
    g_app = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/peyvand_fa.qm")))
        QApplication::installTranslator(g_app.get());
    else
        spdlog::warn("Peyvand's Persian translation not found in the resources");
}

void applyPersianFont()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family :
         { QStringLiteral("Vazirmatn"), QStringLiteral("Noto Sans Arabic UI"), QStringLiteral("Noto Sans Arabic") }) {
        if (installed.contains(family)) {
            QFont font(family);
            font.setPointSize(10);
            QApplication::setFont(font);
            return;
        }
    }
    spdlog::warn("no Persian UI font (Vazirmatn or Noto Sans Arabic) installed");
}

} // namespace peyvand::LanguageSetup
