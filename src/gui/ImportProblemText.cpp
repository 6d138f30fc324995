#include "ImportProblemText.h"

#include "Display.h"

#include <QCoreApplication>

namespace peyvand::ImportProblemText {

QString reason(const ImportProblem &problem)
{
    return Display::persian() && !problem.persianMessage.isEmpty() ? problem.persianMessage : problem.message;
}

QString line(const ImportProblem &problem, bool card)
{
    QString where;
    if (card && problem.row > 0 && !problem.column.isEmpty())
        where = QCoreApplication::translate("peyvand::ImportProblemText", "Card %1, property «%2»: ")
                    .arg(Display::number(problem.row), problem.column);
    else if (card && problem.row > 0)
        where
            = QCoreApplication::translate("peyvand::ImportProblemText", "Card %1: ").arg(Display::number(problem.row));
    else if (problem.row > 0 && !problem.column.isEmpty())
        where = QCoreApplication::translate("peyvand::ImportProblemText", "Row %1, column «%2»: ")
                    .arg(Display::number(problem.row), problem.column);
    else if (problem.row > 0)
        where = QCoreApplication::translate("peyvand::ImportProblemText", "Row %1: ").arg(Display::number(problem.row));
    return where + reason(problem);
}

} // namespace peyvand::ImportProblemText
