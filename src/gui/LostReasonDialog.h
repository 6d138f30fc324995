#pragma once
// Asks why a deal was lost before a pipeline board closes it as lost; cancel
// leaves the deal where it was.
#include "Deal.h"

#include <QDialog>

class QComboBox;

namespace peyvand {

class LostReasonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LostReasonDialog(const QString &dealTitle, QWidget *parent = nullptr);

    LostReason reason() const;
    void setReason(LostReason reason);

private:
    QComboBox *m_combo;
};

} // namespace peyvand
