#pragma once
// The panel a customer form shows when what was typed (a national code, a
// phone) already belongs to another customer, with a button to open that one.
#include <QFrame>

class QLabel;
class QPushButton;

namespace peyvand {

class DuplicateWarning : public QFrame
{
    Q_OBJECT
public:
    explicit DuplicateWarning(QWidget *parent = nullptr);

    void showFor(qint64 customerId, const QString &text);
    void clear(); // hides the panel
    qint64 customerId() const { return m_customerId; }
    QString text() const;

signals:
    void openRequested(qint64 customerId);

private:
    QLabel *m_text;
    QPushButton *m_open;
    qint64 m_customerId = 0;
};

} // namespace peyvand
