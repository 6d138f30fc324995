#pragma once
// Runs Debian's python3-vobject / python3-icalendar (installed by
// scripts/install-deps.sh) on a file from a test: a small Python script prints
// JSON of what the third-party parser read. /usr/bin/python3 comes first, as
// Debian's packages live there even when another python3 is first on PATH.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace peyvand::test {

// The first python3 that can import `module`; empty (and a test failure) when none.
inline QString pythonWith(const QString &module)
{
    QStringList candidates { QStringLiteral("/usr/bin/python3") };
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    for (const QString &python : candidates) {
        if (!QFile::exists(python))
            continue;
        QProcess p;
        p.start(python, { QStringLiteral("-c"), QStringLiteral("import ") + module });
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    ADD_FAILURE() << "no python3 can import " << module.toStdString()
                  << " (Debian: python3-vobject, python3-icalendar; scripts/install-deps.sh installs them)";
    return {};
}

// Runs `script` (which reads sys.argv[1] and prints JSON) on `file`.
inline nlohmann::json runParser(const QString &module, const QString &script, const QString &file)
{
    const QString python = pythonWith(module);
    if (python.isEmpty())
        return nlohmann::json();
    QProcess p;
    p.start(python, { QStringLiteral("-c"), script, file });
    if (!p.waitForFinished(60000)) {
        ADD_FAILURE() << "python timed out";
        return nlohmann::json();
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitCode() != 0) {
        ADD_FAILURE() << module.toStdString() << " failed on " << file.toStdString() << ":\n"
                      << p.readAllStandardError().toStdString();
        return nlohmann::json();
    }
    return nlohmann::json::parse(out.toStdString(), nullptr, false);
}

// Every card of a vCard file as vobject reads it: version, fn, family, given,
// tel, email, org (first component), title, adr {street, city, region, code,
// country}, bday, note, national_code, uid; and the longest physical line in
// octets and whether every line ends in CRLF.
inline nlohmann::json readVcards(const QString &file)
{
    static const char *const script = R"PY(
import json, sys, vobject
data = open(sys.argv[1], 'rb').read()
lines = data.split(b'\r\n')
text = data.decode('utf-8')
cards = []
for c in vobject.readComponents(text):
    def all_(name):
        return c.contents.get(name, [])
    def first(name):
        v = all_(name)
        return v[0].value if v else None
    d = {'version': first('version'), 'fn': first('fn')}
    n = first('n')
    d['family'] = n.family if n else None
    d['given'] = n.given if n else None
    d['tel'] = [t.value for t in all_('tel')]
    d['email'] = [e.value for e in all_('email')]
    org = first('org')
    d['org'] = org[0] if org else None
    d['title'] = first('title')
    d['adr'] = [{'street': a.value.street, 'city': a.value.city, 'region': a.value.region,
                 'code': a.value.code, 'country': a.value.country} for a in all_('adr')]
    d['bday'] = first('bday')
    d['note'] = first('note')
    d['national_code'] = first('x-peyvand-national-code')
    d['uid'] = first('uid')
    d['kind'] = first('kind')
    cards.append(d)
print(json.dumps({'cards': cards, 'max_line': max(len(l) for l in lines),
                  'crlf': data.endswith(b'\r\n') and b'\n' not in data.replace(b'\r\n', b'')}, ensure_ascii=False))
)PY";
    return runParser(QStringLiteral("vobject"), QString::fromUtf8(script), file);
}

// A calendar as python3-icalendar reads it: prodid, version, events and todos
// with uid, summary, description, status, start/end/due as ISO text with their
// UTC offset, and the line checks of readVcards.
inline nlohmann::json readCalendar(const QString &file)
{
    static const char *const script = R"PY(
import json, sys, icalendar
data = open(sys.argv[1], 'rb').read()
cal = icalendar.Calendar.from_ical(data)
def when(c, name):
    if name not in c:
        return None
    return c[name].dt.isoformat()
def offset(c, name):
    dt = c[name].dt
    return None if dt.tzinfo is None else dt.utcoffset().total_seconds()
out = {'prodid': str(cal.get('PRODID', '')), 'version': str(cal.get('VERSION', '')), 'events': [], 'todos': []}
for e in cal.walk('VEVENT'):
    out['events'].append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']),
                          'description': str(e.get('DESCRIPTION', '')), 'status': str(e.get('STATUS', '')),
                          'start': when(e, 'DTSTART'), 'end': when(e, 'DTEND'), 'stamp': when(e, 'DTSTAMP'),
                          'start_offset': offset(e, 'DTSTART')})
for t in cal.walk('VTODO'):
    out['todos'].append({'uid': str(t['UID']), 'summary': str(t['SUMMARY']), 'status': str(t.get('STATUS', '')),
                         'due': when(t, 'DUE'), 'due_offset': offset(t, 'DUE')})
lines = data.split(b'\r\n')
out['max_line'] = max(len(l) for l in lines)
out['crlf'] = data.endswith(b'\r\n') and b'\n' not in data.replace(b'\r\n', b'')
print(json.dumps(out, ensure_ascii=False))
)PY";
    return runParser(QStringLiteral("icalendar"), QString::fromUtf8(script), file);
}

} // namespace peyvand::test
