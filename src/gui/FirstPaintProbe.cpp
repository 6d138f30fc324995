#include "FirstPaintProbe.h"

#include "Trace.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTimer>

namespace peyvand {

FirstPaintProbe::FirstPaintProbe(QAbstractItemView *view, const QString &milestone)
    : QObject(view)
    , m_view(view)
    , m_milestone(milestone)
{
    setObjectName(QStringLiteral("firstPaintProbe"));
    view->viewport()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    // Event filters run before the view's own paintEvent: the paint that loads
    // and draws the rows happens after we return, so the milestone is taken on
    // the next turn of the event loop, when the paint and the flush are done.
    if (m_armed && event->type() == QEvent::Paint && watched == m_view->viewport() && m_view->model()
        && m_view->model()->rowCount() > 0) {
        m_armed = false;
        m_view->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            m_painted = true;
            Trace::mark(m_milestone);
            emit painted(Trace::sinceStart());
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace peyvand
