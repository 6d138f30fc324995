#pragma once
// Drives one real customer list (CustomerListView inside the MainWindow) the
// way a hurried user would: page by page from the first row to the last,
// random jumps and the end, every column sorted both ways, and searches typed
// letter by letter with the pause that lets the debounce fire. Each step is
// timed from the action until its rows are painted; on a large database a
// search or a sort is loaded in the background, so those steps are timed until
// its first rows are painted, and the count separately (searchCounts()).
#include "StepStats.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <functional>

class QTableView;

namespace peyvand {
class CustomerListView;
}

namespace peyvand::bench {

class StallMeter;

class ListExercise
{
public:
    struct Options
    {
        int maxPageSteps = -1; // -1: to the end
        int jumps = 40;
        quint32 seed = 6;
        QStringList searches; // typed one letter at a time
        int sortColumns = -1; // -1: every column
    };

    ListExercise(CustomerListView &view, const QString &name, StallMeter &meter, Options options);

    StepStats scrollToEnd();
    StepStats jumps();
    StepStats sorts();
    StepStats searches();
    StepStats searchCounts() { return m_counts; } // filled by searches()
    // Waits until the list has the rows and the count of its query; false after 60 s.
    bool settle();

    // Serves the event loop for ms (timers, the debounce, queued paints).
    static void settle(int ms);

private:
    double timed(const std::function<void()> &action); // action, then a synchronous paint
    void begin(const QString &phase, StepStats &stats);
    double typeAndWait(const QString &text);
    double untilShown(double startedMs, const std::function<bool()> &applied);

    CustomerListView &m_view;
    QTableView *m_table;
    QString m_name;
    StallMeter &m_meter;
    Options m_options;
    QRandomGenerator m_random;
    StepStats m_counts;
};

} // namespace peyvand::bench
