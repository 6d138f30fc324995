<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Peyvand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::MainWindow</name>
    <message>
        <source>Peyvand — customer relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Peyvand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1. Legal customers: %2, individual customers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
