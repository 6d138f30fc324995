#pragma once
// One vCard as read from a file: its properties with group, parameters and
// value (already unfolded, quoted-printable and charset decoded, still
// escaped), the card's number in the file (from 1) and the line it starts on.
#include "ImportProblem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace peyvand {

struct VcardParam
{
    QString name; // upper case; a vCard 2.1 bare parameter (TEL;CELL) is TYPE
    QStringList values; // a comma list is split; quotes removed
};

struct VcardProperty
{
    QString group; // "item1" of item1.TEL, empty when none
    QString name; // upper case
    QList<VcardParam> params;
    QString value; // decoded text, escapes still in (see text(), components())
    qint64 line = 0; // the file line it starts on, from 1
    bool invalidText = false; // bytes that were not valid in the charset became U+FFFD

    // The values of a parameter (name compared case-insensitively).
    QStringList param(const QString &name) const;
    // TYPE values in lower case (TYPE=CELL,VOICE and TYPE=cell;TYPE=voice alike).
    QStringList types() const;
    bool hasType(const QString &lowerCaseType) const { return types().contains(lowerCaseType); }
    // The value unescaped.
    QString text() const;
    // A structured value (N, ADR, ORG) split at ';' and unescaped.
    QStringList components() const;
};

enum class VcardVersion { V3, V4 };

struct VcardCard
{
    qint64 number = 0; // 1 for the file's first card
    qint64 line = 0; // the line of its BEGIN:VCARD
    QString version; // "2.1", "3.0", "4.0" as written; empty when missing
    QList<VcardProperty> properties;
    ImportProblems problems; // lines of this card that could not be read (the card is invalid)

    // The first property of a name, with the lowest PREF when several have one.
    const VcardProperty *first(const QString &name) const;
    QList<const VcardProperty *> all(const QString &name) const;
};

} // namespace peyvand
