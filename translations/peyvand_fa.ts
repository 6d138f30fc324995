<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>QObject</name>
    <message>
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>پایگاه داده باز نشد:
%1</translation>
    </message>
</context>
<context>
    <name>peyvand::MainWindow</name>
    <message>
        <source>Peyvand — customer relations</source>
        <translation>پیوند — مدیریت ارتباط با مشتری</translation>
    </message>
    <message>
        <source>Welcome to Peyvand</source>
        <translation>به پیوند خوش آمدید</translation>
    </message>
    <message>
        <source>Today is %1. Legal customers: %2, individual customers: %3.</source>
        <translation>امروز %1 است. مشتریان حقوقی: %2، مشتریان حقیقی: %3.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
</context>
</TS>
