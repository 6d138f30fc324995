#include "CsvSniffer.h"

#include "CsvFormat.h"

#include <QList>

namespace peyvand::CsvSniffer {

namespace {

constexpr int kMaxRecords = 50;

// Field counts of the first records when split at `separator`, honouring quotes.
QList<int> fieldCounts(const QString &sample, char16_t separator, bool complete)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    bool any = false;
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < sample.size() && counts.size() < kMaxRecords; ++i) {
        const char16_t c = sample[i].unicode();
        any = true;
        if (c != u'\n' && c != u'\r')
            ++lineLength;
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (quoted) {
            continue;
        } else if (c == separator) {
            ++fields;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < sample.size() && sample[i + 1] == u'\n')
                ++i;
            if (fields > 1 || lineLength > 0) // blank lines say nothing
                counts << fields;
            lineLength = 0;
            fields = 1;
            any = false;
        }
    }
    if (complete && any && !quoted && counts.size() < kMaxRecords)
        counts << fields;
    return counts;
}

} // namespace

QChar separator(const QString &sample, bool complete)
{
    char16_t best = u',';
    double bestScore = 0;
    for (const char16_t candidate : kCsvSeparators) {
        const QList<int> counts = fieldCounts(sample, candidate, complete);
        if (counts.isEmpty() || counts.front() < 2)
            continue;
        const int header = counts.front();
        int agreeing = 0;
        for (int n : counts)
            agreeing += n == header ? 1 : 0;
        // Mostly agreeing records first, then more columns.
        const double score = double(agreeing) / counts.size() * 1000 + header;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return QChar(best);
}

} // namespace peyvand::CsvSniffer
