// peyvand-cli export FILE [--format …]: the format (from the file's extension
// unless given) picks the exporter; each format lives in its own file.
#include "Command.h"
#include "ImportVcard.h"
#include "UsageError.h"

#include <QFileInfo>

namespace peyvand::cli {

namespace {

const char *const kUsage = "Usage: peyvand-cli [--db PATH] export FILE [--format vcf|ics] …\n\n"
                           "The format comes from FILE's extension (.vcf .vcard .ics) unless --format is given.\n\n";

QString exportFormat(const QStringList &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i] == QLatin1String("--format") && i + 1 < words.size())
            return words[i + 1].toLower();
        if (words[i].startsWith(QLatin1String("--format=")))
            return words[i].mid(9).toLower();
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i].startsWith(QLatin1String("--"))) {
            if (!words[i].contains(u'='))
                ++i; // its value
            continue;
        }
        const QString suffix = QFileInfo(words[i]).suffix().toLower();
        return suffix == QLatin1String("vcard") ? QStringLiteral("vcf") : suffix;
    }
    return {};
}

int runExport(CliContext &ctx, const QStringList &words)
{
    const QString format = exportFormat(words);
    if (format == QLatin1String("vcf"))
        return runExportVcard(ctx, words);
    if (format == QLatin1String("ics"))
        return runExportIcs(ctx, words);
    if (format.isEmpty())
        throw UsageError("give FILE, and --format vcf|ics when its extension does not tell");
    throw UsageError("--format must be vcf or ics, not '" + format.toStdString() + "'");
}

} // namespace

Command makeExportCommand()
{
    return Command { QStringLiteral("export"),
                     QStringLiteral("export contacts (vCard) or meetings and follow-ups (iCalendar)"),
                     QString::fromUtf8(kUsage) + QString::fromUtf8(kExportVcardUsage) + u'\n'
                         + QString::fromUtf8(kExportIcsUsage),
                     runExport };
}

} // namespace peyvand::cli
