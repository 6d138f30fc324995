#include "ListExercise.h"

#include "CustomerListModel.h"
#include "CustomerListView.h"
#include "StallMeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace peyvand::bench {

ListExercise::ListExercise(CustomerListView &view, const QString &name, StallMeter &meter, Options options)
    : m_view(view)
    , m_table(view.table())
    , m_name(name)
    , m_meter(meter)
    , m_options(std::move(options))
    , m_random(m_options.seed)
{
}

void ListExercise::settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void ListExercise::begin(const QString &phase, StepStats &stats)
{
    stats.phase = phase + QLatin1Char(' ') + m_name;
    m_meter.setPhase(stats.phase);
    settle(20);
}

double ListExercise::timed(const std::function<void()> &action)
{
    QElapsedTimer clock;
    clock.start();
    action();
    m_table->viewport()->repaint(); // what the next paint would do, now and measured
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents(); // let the heartbeat and queued events run between steps
    return ms;
}

StepStats ListExercise::scrollToEnd()
{
    StepStats stats;
    begin(QStringLiteral("scroll"), stats);
    QScrollBar *bar = m_table->verticalScrollBar();
    stats.add(timed([bar] { bar->setValue(0); }));
    int steps = 0;
    while (bar->value() < bar->maximum() && (m_options.maxPageSteps < 0 || steps < m_options.maxPageSteps)) {
        stats.add(timed([bar] { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); }));
        ++steps;
    }
    return stats;
}

StepStats ListExercise::jumps()
{
    StepStats stats;
    begin(QStringLiteral("jump"), stats);
    QScrollBar *bar = m_table->verticalScrollBar();
    stats.add(timed([bar] { bar->setValue(bar->maximum()); }));
    stats.add(timed([bar] { bar->setValue(bar->maximum() / 2); }));
    for (int i = 0; i < m_options.jumps; ++i) {
        const int to = int(m_random.bounded(bar->maximum() + 1));
        stats.add(timed([bar, to] { bar->setValue(to); }));
    }
    stats.add(timed([bar] { bar->setValue(bar->maximum()); }));
    stats.add(timed([bar] { bar->setValue(0); }));
    return stats;
}

bool ListExercise::settle()
{
    CustomerListModel *model = m_view.model();
    QElapsedTimer clock;
    clock.start();
    while ((model->isLoading() || model->isCounting()) && clock.elapsed() < 60000)
        settle(1);
    return !model->isLoading() && !model->isCounting();
}

// From startedMs (a clock reading in ms) until the query is applied, its first
// rows are in the model and painted; the count is recorded in m_counts.
double ListExercise::untilShown(double startedMs, const std::function<bool()> &applied)
{
    CustomerListModel *model = m_view.model();
    QElapsedTimer clock;
    clock.start();
    const auto now = [&] { return startedMs + double(clock.nsecsElapsed()) / 1e6; };
    while ((!applied() || model->isLoading()) && clock.elapsed() < 60000)
        settle(1);
    const double shown = now() + timed([] {});
    while (model->isCounting() && clock.elapsed() < 60000)
        settle(1);
    m_counts.add(now());
    return shown;
}

StepStats ListExercise::sorts()
{
    StepStats stats;
    begin(QStringLiteral("sort"), stats);
    QScrollBar *bar = m_table->verticalScrollBar();
    const int columns = m_table->model()->columnCount();
    const int sorted = m_options.sortColumns < 0 ? columns : std::min(m_options.sortColumns, columns);
    CustomerListModel *model = m_view.model();
    for (int column = columns - sorted + 1; column <= columns; ++column) {
        const int c = column % columns; // name (0) last, so the list ends as it started
        for (Qt::SortOrder order : { Qt::DescendingOrder, Qt::AscendingOrder }) {
            const double sortMs = timed([this, c, order] { m_table->sortByColumn(c, order); });
            const CustomerSort wanted = model->sortOf(c);
            const bool descending = order == Qt::DescendingOrder;
            stats.add(untilShown(sortMs, [model, wanted, descending] {
                return model->query().sort == wanted && model->query().descending == descending;
            }));
            stats.add(timed([bar] { bar->setValue(bar->maximum() / 3); }));
            stats.add(timed([bar] { bar->setValue(bar->maximum()); }));
            stats.add(timed([bar] { bar->setValue(0); }));
        }
    }
    return stats;
}

// Types text one character at a time, waiting after each until its results
// are shown, as a person reading the list does, so every prefix is searched: a
// step is from the key press to the first rows painted (the 150 ms debounce
// included), the count recorded apart.
double ListExercise::typeAndWait(const QString &text)
{
    auto *edit = m_view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    CustomerListModel *model = m_view.model();
    QElapsedTimer clock;
    clock.start();
    if (text.isEmpty()) {
        edit->clear();
    } else {
        for (const QChar ch : text) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(edit, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(edit, &release);
        }
    }
    const QString wanted = edit->text();
    return untilShown(double(clock.nsecsElapsed()) / 1e6, [model, wanted] { return model->query().text == wanted; });
}

StepStats ListExercise::searches()
{
    StepStats stats;
    begin(QStringLiteral("search"), stats);
    m_counts = {};
    m_counts.phase = QStringLiteral("search count ") + m_name;
    QScrollBar *bar = m_table->verticalScrollBar();
    for (const QString &query : m_options.searches) {
        stats.add(typeAndWait({})); // from the whole list
        for (const QChar ch : query)
            stats.add(typeAndWait(QString(ch)));
        // Within the results: the end and the middle.
        stats.add(timed([bar] { bar->setValue(bar->maximum()); }));
        stats.add(timed([bar] { bar->setValue(bar->maximum() / 2); }));
    }
    stats.add(typeAndWait({})); // back to the whole list
    return stats;
}

} // namespace peyvand::bench
