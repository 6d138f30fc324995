#include "PersianText.h"

#include "PhoneNumber.h"

namespace peyvand::PersianText {

namespace {

constexpr char16_t kZwnj = 0x200C;
constexpr char16_t kTatweel = 0x0640;

bool isDiacritic(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || (c >= 0x0610 && c <= 0x061A);
}

char16_t foldLetter(char16_t c)
{
    switch (c) {
    case 0x064A: // ARABIC LETTER YEH
    case 0x0649: // ARABIC LETTER ALEF MAKSURA
        return 0x06CC; // FARSI YEH
    case 0x0643: // ARABIC LETTER KAF
        return 0x06A9; // KEHEH
    default:
        return c;
    }
}

// Search-only folding: hamza carriers and teh marbuta are spelled either way.
char16_t foldForSearch(char16_t c)
{
    switch (c) {
    case 0x0622: // ALEF WITH MADDA
    case 0x0623: // ALEF WITH HAMZA ABOVE
    case 0x0625: // ALEF WITH HAMZA BELOW
    case 0x0671: // ALEF WASLA
        return 0x0627;
    case 0x0624: // WAW WITH HAMZA
        return 0x0648;
    case 0x0626: // YEH WITH HAMZA
        return 0x06CC;
    case 0x0629: // TEH MARBUTA
    case 0x06C0: // HEH WITH YEH ABOVE
        return 0x0647;
    default:
        return foldLetter(c);
    }
}

} // namespace

QString toLatinDigits(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if (c >= 0x06F0 && c <= 0x06F9)
            ch = QChar(u'0' + (c - 0x06F0));
        else if (c >= 0x0660 && c <= 0x0669)
            ch = QChar(u'0' + (c - 0x0660));
    }
    return out;
}

QString toPersianDigits(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9')
            ch = QChar(char16_t(0x06F0 + (c - u'0')));
    }
    return out;
}

QString tidy(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    bool pendingZwnj = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == kTatweel)
            continue;
        if (ch.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (c == kZwnj) {
            pendingZwnj = true;
            continue;
        }
        if (!out.isEmpty()) {
            if (pendingSpace)
                out += QLatin1Char(' ');
            else if (pendingZwnj)
                out += QChar(kZwnj);
        }
        pendingSpace = pendingZwnj = false;
        out += QChar(foldLetter(c));
    }
    return out;
}

QString searchKey(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : toLatinDigits(text)) {
        const char16_t c = ch.unicode();
        if (isDiacritic(c) || c == kTatweel)
            continue;
        const QChar folded(foldForSearch(c));
        if (folded.isLetterOrNumber())
            out += folded.toLower();
    }
    return out;
}

QString sortKey(const QString &text)
{
    // The Persian alphabet in dictionary order; each letter maps to a private-use
    // code point in that order, above digits and Latin letters.
    static const QString alphabet = QStringLiteral("اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی");
    QString out;
    const QString key = searchKey(text);
    out.reserve(key.size());
    for (const QChar ch : key) {
        const qsizetype index = alphabet.indexOf(ch);
        out += index >= 0 ? QChar(char16_t(0xE000 + index)) : ch;
    }
    return out;
}

bool isAllDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar ch : toLatinDigits(text))
        if (ch < u'0' || ch > u'9')
            return false;
    return true;
}

QStringList searchTerms(const QString &query)
{
    const QString latin = toLatinDigits(query).trimmed();
    bool phoneLike = !latin.isEmpty();
    int digits = 0;
    for (const QChar ch : latin) {
        if (ch.isDigit())
            ++digits;
        else if (!(ch.isSpace() || ch == u'-' || ch == u'+' || ch == u'(' || ch == u')' || ch == u'.'))
            phoneLike = false;
    }
    if (phoneLike && digits > 0) {
        QString number;
        for (const QChar ch : latin)
            if (ch.isDigit())
                number += ch;
        // A whole phone number in any accepted form becomes its national form.
        if (const QString phone = PhoneNumber::tryNormalise(latin); !phone.isEmpty()) {
            // Ten digits without a leading 0 may be a national code as well as a
            // phone: the bare digits are a substring of the phone's national form,
            // so searching for them finds both.
            if (phone == QLatin1Char('0') + number)
                return { number };
            return { phone };
        }
        if (latin.startsWith(u'+') && number.startsWith(QLatin1String("98")))
            number = QLatin1Char('0') + number.mid(2);
        else if (number.startsWith(QLatin1String("0098")))
            number = QLatin1Char('0') + number.mid(4);
        else if (number.size() == 12 && number.startsWith(QLatin1String("989")))
            number = QLatin1Char('0') + number.mid(2);
        return { number };
    }
    QStringList terms;
    for (const QString &word : tidy(query).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = searchKey(word);
        if (!key.isEmpty() && !terms.contains(key))
            terms << key;
    }
    return terms;
}

} // namespace peyvand::PersianText
