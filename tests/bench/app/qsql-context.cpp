// qsql-context: what a typical Qt application does with a million customers —
// QSqlTableModel over the customers table, a QSortFilterProxyModel on top for
// sorting and search as you type, a QTableView showing it — timed on the same
// file Peyvand's figures come from, opened READ-ONLY (QSQLITE_OPEN_READONLY).
// Context for docs/performance.md; built, never run by CI.
//
//   qsql-context --db /tmp/m1.sqlite [--time-limit 600] [--memory-limit-mb 6000]
#include "Trace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace {

// Marks the first paint of the view's viewport that has rows to draw.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QTableView *view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_armed || event->type() != QEvent::Paint || m_view->model()->rowCount() == 0)
            return false;
        m_armed = false;
        QTimer::singleShot(0, this, [this] { painted = true; });
        return false;
    }

private:
    QTableView *m_view;
    bool m_armed = true;
};

void settleUntil(const bool &done, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < limitMs) {
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void report(const char *what, double ms, qint64 rows)
{
    std::printf("%-44s %10.1f ms  rows %8lld  VmRSS %5lld MB  VmHWM %5lld MB\n", what, ms, rows,
                peyvand::Trace::statusKiB("VmRSS") / 1024, peyvand::Trace::statusKiB("VmHWM") / 1024);
    std::fflush(stdout);
}

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A typical Qt SQL model over the customers, for context."));
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file (opened read-only)."),
                                QStringLiteral("PATH"));
    QCommandLineOption limitOption(QStringLiteral("time-limit"),
                                   QStringLiteral("Stop fetching more rows after S seconds (default 600)."),
                                   QStringLiteral("S"), QStringLiteral("600"));
    QCommandLineOption memoryOption(QStringLiteral("memory-limit-mb"),
                                    QStringLiteral("Stop fetching more rows past this resident memory (default 6000)."),
                                    QStringLiteral("MB"), QStringLiteral("6000"));
    parser.addOption(dbOption);
    parser.addOption(limitOption);
    parser.addOption(memoryOption);
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "qsql-context: --db PATH is required\n");
        return 2;
    }

    QElapsedTimer clock;
    clock.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(parser.value(dbOption));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        std::fprintf(stderr, "qsql-context: %s\n", qPrintable(db.lastError().text()));
        return 1;
    }
    report("open (QSQLITE, read-only)", elapsedMs(clock), 0);

    // The textbook set-up: a table model on the table, a proxy for sort and filter.
    clock.restart();
    QSqlTableModel model;
    model.setTable(QStringLiteral("customers"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    if (!model.select()) {
        std::fprintf(stderr, "qsql-context: %s\n", qPrintable(model.lastError().text()));
        return 1;
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const int nameColumn = model.record().indexOf(QStringLiteral("name"));
    const int createdColumn = model.record().indexOf(QStringLiteral("created_at"));
    proxy.setFilterKeyColumn(nameColumn);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(false); // sorted below, on purpose
    view.resize(1200, 760);
    FirstPaint probe(&view);
    view.show();
    settleUntil(probe.painted, 60000);
    report("select() and first rows painted", elapsedMs(clock), model.rowCount());

    // Scrolling to the end of a QSqlTableModel means fetching every row first.
    clock.restart();
    const double limitMs = parser.value(limitOption).toDouble() * 1000.0;
    const qint64 limitKiB = parser.value(memoryOption).toLongLong() * 1024;
    bool tooBig = false;
    while (model.canFetchMore() && elapsedMs(clock) < limitMs && !tooBig) {
        model.fetchMore();
        tooBig = model.rowCount() % 8192 == 0 && peyvand::Trace::statusKiB("VmRSS") > limitKiB;
    }
    report(!model.canFetchMore() ? "fetchMore to the end"
               : tooBig          ? "fetchMore to the end (STOPPED at memory limit)"
                                 : "fetchMore to the end (STOPPED at time limit)",
           elapsedMs(clock), model.rowCount());

    clock.restart();
    view.scrollToBottom();
    view.viewport()->repaint();
    report("show the last page", elapsedMs(clock), proxy.rowCount());

    clock.restart();
    proxy.sort(createdColumn, Qt::DescendingOrder);
    view.viewport()->repaint();
    report("sort by created_at (proxy)", elapsedMs(clock), proxy.rowCount());

    clock.restart();
    proxy.sort(nameColumn, Qt::AscendingOrder);
    view.viewport()->repaint();
    report("sort by name (proxy)", elapsedMs(clock), proxy.rowCount());

    // Search as you type: each keystroke re-filters every row.
    const QString typed = QStringLiteral("محمد");
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        clock.restart();
        proxy.setFilterFixedString(typed.left(n));
        view.viewport()->repaint();
        const QByteArray label = QStringLiteral("filter as you type \"%1\"").arg(typed.left(n)).toUtf8();
        report(label.constData(), elapsedMs(clock), proxy.rowCount());
    }
    clock.restart();
    proxy.setFilterFixedString(QString());
    view.viewport()->repaint();
    report("clear the filter", elapsedMs(clock), proxy.rowCount());
    std::printf("peak resident memory (VmHWM): %lld MB\n", peyvand::Trace::statusKiB("VmHWM") / 1024);
    return 0;
}
