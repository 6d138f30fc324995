#include "ReportExporter.h"

#include "CsvWriter.h"
#include "Display.h"
#include "ReportCellText.h"
#include "ReportMeasures.h"

#include <QApplication>
#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

namespace peyvand::ReportExporter {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The chart drawn at `size` logical pixels, twice as sharp for print.
QImage picture(QChart *chart, const QSize &size)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene now owns the chart
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

QString tableHtml(const ReportTable &table)
{
    QString html = QStringLiteral("<p dir=\"%1\"><b>%2</b></p>")
                       .arg(Display::persian() ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                            esc(ReportCellText::title(table)));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                           "style=\"border-color:#999; border-collapse:collapse;\"><tr>");
    for (const ReportColumn &c : table.columns)
        html += QStringLiteral("<th bgcolor=\"#e8edf3\">%1</th>").arg(esc(ReportCellText::title(c)));
    html += QStringLiteral("</tr>");
    for (const QList<QVariant> &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < table.columns.size(); ++i) {
            const ReportColumn &c = table.columns[i];
            const QString text = ReportCellText::cell(i < row.size() ? row[i] : QVariant(), c.type);
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(ReportCellText::isNumeric(c.type) ? (Display::persian() ? "left" : "right")
                                                               : (Display::persian() ? "right" : "left"),
                             esc(text));
        }
        html += QStringLiteral("</tr>");
    }
    if (table.rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\">—</td></tr>").arg(table.columns.size());
    return html + QStringLiteral("</table>");
}

} // namespace

QString describe(const ReportFilter &filter, const QString &ownerName)
{
    const QString scope = filter.scope == ReportScope::B2B ? QObject::tr("Companies (B2B)")
        : filter.scope == ReportScope::B2C                 ? QObject::tr("Individuals (B2C)")
                                                           : QObject::tr("B2B and B2C side by side");
    const QString owner = filter.ownerId == 0 ? QObject::tr("Everyone") : ownerName;
    return QObject::tr("Pipeline: %1 · Owner: %2 · Period: %3 to %4 · Orders stuck after %5 days")
        .arg(scope, owner, Display::longDate(filter.period.from), Display::longDate(filter.period.to),
             Display::number(filter.stuckDays));
}

std::unique_ptr<QTextDocument> document(const ReportSet &reports, const QString &description)
{
    auto doc = std::make_unique<QTextDocument>();
    const bool rtl = Display::persian();
    QFont font = QApplication::font();
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    doc->setDefaultTextOption(option);
    doc->setDocumentMargin(0);

    const QString dir = rtl ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html = QStringLiteral("<html dir=\"%1\"><body dir=\"%1\">").arg(dir);
    const QString heading
        = reports.pipelineReports ? QObject::tr("Peyvand sales reports") : QObject::tr("Peyvand reports");
    html += QStringLiteral("<h2 dir=\"%1\">%2</h2>").arg(dir, esc(heading));
    html += QStringLiteral("<p dir=\"%1\">%2</p>").arg(dir, esc(description));
    html += QStringLiteral("<p dir=\"%1\" style=\"color:#666\">%2</p>")
                .arg(dir,
                     esc(QObject::tr("Amounts in %1.")
                             .arg(Display::moneyUnit() == UiSettings::MoneyUnit::Toman ? QObject::tr("Toman")
                                                                                       : QObject::tr("Rial"))));
    int imageNumber = 0;
    for (ReportMeasures::Measure &m : ReportMeasures::of(reports, rtl)) {
        html += QStringLiteral("<h3 dir=\"%1\">%2</h3>").arg(dir, esc(m.title));
        if (!m.emptyText.isEmpty()) {
            html += QStringLiteral("<p dir=\"%1\"><i>%2</i></p>").arg(dir, esc(m.emptyText));
            qDeleteAll(m.charts);
        } else if (!m.charts.isEmpty()) {
            const int n = int(m.charts.size());
            const QSize size = n == 1 ? QSize(900, 380) : QSize(560, 380);
            const int shownWidth = n == 1 ? 640 : 320;
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>");
            // In right to left, the first chart is on the right: the table's cells run right to left too.
            for (QChart *chart : m.charts) {
                const QString name = QStringLiteral("chart%1.png").arg(imageNumber++);
                doc->addResource(QTextDocument::ImageResource, QUrl(name), picture(chart, size));
                html += QStringLiteral("<td align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></td>")
                            .arg(name)
                            .arg(shownWidth)
                            .arg(shownWidth * size.height() / size.width());
            }
            html += QStringLiteral("</tr></table>");
        }
        for (const ReportTable &t : m.tables)
            html += tableHtml(t);
    }
    html += QStringLiteral("</body></html>");
    doc->setHtml(html);
    return doc;
}

bool writePdf(const QString &path, const ReportSet &reports, const QString &description, QString *error)
{
    QFile::remove(path); // so that an old file is not taken for the new one
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    printer.setDocName(QObject::tr("Peyvand sales reports"));
    printer.setCreator(QStringLiteral("Peyvand"));
    const auto doc = document(reports, description);
    doc->print(&printer);
    QFile file(path);
    if (printer.printerState() == QPrinter::Error || !file.exists() || file.size() == 0) {
        if (error)
            *error = QObject::tr("The PDF could not be written to %1.").arg(Display::isolate(path));
        return false;
    }
    return true;
}

bool writeCsv(const QString &path, const ReportSet &reports, QString *error)
{
    CsvWriter::Options options;
    options.byteOrderMark = true;
    options.persianHeaders = Display::persian();
    const QByteArray bytes = CsvWriter::tables(ReportMeasures::tables(reports, Display::persian()), options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QObject::tr("The CSV file could not be written to %1: %2")
                         .arg(Display::isolate(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace peyvand::ReportExporter
