#include "SafeApplication.h"

#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "ValidationError.h"

#include <QMessageBox>
#include <spdlog/spdlog.h>

namespace peyvand {

SafeApplication::SafeApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

bool SafeApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const ValidationError &e) {
        spdlog::warn("refused: {}", e.message().toStdString());
        QMessageBox::warning(activeWindow(), tr("Peyvand"), Display::error(e));
    } catch (const DatabaseError &e) {
        spdlog::error("database error: {}", e.what());
        QMessageBox::critical(activeWindow(), tr("Peyvand"), DatabaseErrorText::explain(e, QString()));
    } catch (const std::exception &e) {
        spdlog::error("unexpected error: {}", e.what());
        QMessageBox::critical(activeWindow(), tr("Peyvand"), tr("An unexpected error occurred:\n%1").arg(e.what()));
    }
    return false;
}

} // namespace peyvand
