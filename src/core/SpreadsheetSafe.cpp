#include "SpreadsheetSafe.h"

namespace peyvand::SpreadsheetSafe {

bool isFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case 0xFF1D: // fullwidth = + - @, which some spreadsheets fold
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
        return true;
    default:
        return false;
    }
}

QString text(const QString &text)
{
    return isFormula(text) ? QLatin1Char('\'') + text : text;
}

} // namespace peyvand::SpreadsheetSafe
