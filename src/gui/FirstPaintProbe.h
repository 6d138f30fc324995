#pragma once
// Notices when an item view first paints rows: watches the viewport for the
// first Paint event while the model has rows, lets the paint (and the window's
// flush) finish, then emits painted() with the milliseconds since the process
// started and marks the Trace milestone, once. For start-up measurements.
#include <QObject>
#include <QString>

class QAbstractItemView;

namespace peyvand {

class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    // Owned by the view; does nothing visible.
    FirstPaintProbe(QAbstractItemView *view, const QString &milestone);

    bool hasPainted() const { return m_painted; }

signals:
    void painted(double msSinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QString m_milestone;
    bool m_armed = true;
    bool m_painted = false;
};

} // namespace peyvand
