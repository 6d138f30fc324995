#pragma once
// Helpers for the form dialog tests: find a child widget by object name (or
// fail the test), type into a field as a keyboard would, and count stored rows.
#include "GuiFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <stdexcept>

namespace peyvand::testing {

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        throw std::runtime_error("no widget named " + name.toStdString());
    return widget;
}

// Replaces a line edit's text key by key.
inline void retype(QWidget &parent, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->clear();
    typeText(edit, text);
}

// The error a field shows, empty when its label is hidden.
inline QString shownError(QWidget &parent, const QString &name)
{
    auto *label = child<QLabel>(parent, name);
    return label->isHidden() ? QString() : label->text();
}

inline qint64 customerCount(GuiFixture &f)
{
    return f.store->customers().count(CustomerQuery {});
}

} // namespace peyvand::testing
