<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/main.cpp" line="154"/>
        <source>Peyvand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="155"/>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineChart.cpp" line="20"/>
        <source>Open deals by stage — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineChart.cpp" line="21"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineChart.cpp" line="22"/>
        <source>Weighted amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ActivityChart.cpp" line="19"/>
        <source>Activities per rep per week (average over %1 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ActivityChart.cpp" line="20"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ActivityChart.cpp" line="21"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ActivityChart.cpp" line="22"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ForecastChart.cpp" line="16"/>
        <source>Weighted amount by expected close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FunnelChart.cpp" line="19"/>
        <source>Deals that reached each stage — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FunnelChart.cpp" line="20"/>
        <source>Deals reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonsChart.cpp" line="27"/>
        <source>Deals lost in the period, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonsChart.cpp" line="46"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersChart.cpp" line="17"/>
        <source>Orders created in the period, by current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersChart.cpp" line="18"/>
        <location filename="../src/gui/ReportMeasures.cpp" line="51"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="57"/>
        <location filename="../src/gui/ReportExporter.cpp" line="105"/>
        <source>Toman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="57"/>
        <location filename="../src/gui/ReportExporter.cpp" line="106"/>
        <source>Rial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="59"/>
        <source>Billion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="61"/>
        <source>Million %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="63"/>
        <source>Thousand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="209"/>
        <location filename="../src/gui/ReportExporter.cpp" line="77"/>
        <source>Companies (B2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportChartStyle.cpp" line="209"/>
        <location filename="../src/gui/ReportExporter.cpp" line="78"/>
        <source>Individuals (B2C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="79"/>
        <source>B2B and B2C side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="80"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="81"/>
        <source>Pipeline: %1 · Owner: %2 · Period: %3 to %4 · Orders stuck after %5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="100"/>
        <location filename="../src/gui/ReportExporter.cpp" line="145"/>
        <source>Peyvand sales reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="104"/>
        <source>Amounts in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="152"/>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportExporter.cpp" line="167"/>
        <source>The CSV file could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="39"/>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="41"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="43"/>
        <source>Win rate and cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="45"/>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="47"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="49"/>
        <source>Activity per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="65"/>
        <source>No open deals created by the end of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="68"/>
        <source>No deals were created in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="71"/>
        <source>No deals were won or lost in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="74"/>
        <source>No deals were lost in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="77"/>
        <source>No open deals are expected to close in the next six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="80"/>
        <source>No calls, meetings or other activities were logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportMeasures.cpp" line="83"/>
        <source>No orders were created in this period and none are stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/WinRateChart.cpp" line="16"/>
        <source>Win rate of the deals closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/WinRateChart.cpp" line="17"/>
        <source>By count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/WinRateChart.cpp" line="18"/>
        <source>By amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::BackupPhaseText</name>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="9"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="11"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="13"/>
        <source>Checking the backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="15"/>
        <source>Keeping a copy of the current data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="17"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupPhaseText.cpp" line="19"/>
        <source>Updating the restored data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::BackupScheduler</name>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="28"/>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="114"/>
        <source>The backup %1 was restored. The data it replaced was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="118"/>
        <location filename="../src/gui/BackupScheduler.cpp" line="123"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="120"/>
        <source>Restore cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="122"/>
        <source>The backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="124"/>
        <source>The backup was not restored; your data is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="127"/>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="130"/>
        <location filename="../src/gui/BackupScheduler.cpp" line="140"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="131"/>
        <source>The backup was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="135"/>
        <source>Backup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="138"/>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupScheduler.cpp" line="140"/>
        <source>The backup failed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::BackupSettingsBox</name>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="34"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="35"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="41"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="45"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="51"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="52"/>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="67"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="71"/>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="294"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="73"/>
        <source>Back up automatically every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="78"/>
        <source>Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="82"/>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="83"/>
        <source>Next automatic backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="106"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="106"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="106"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="115"/>
        <source>Double-click a backup to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/BackupSettingsBox.cpp" line="121"/>
        <source> day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/BackupSettingsBox.cpp" line="122"/>
        <source> backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="196"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="206"/>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="218"/>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="235"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="207"/>
        <source>Peyvand backups (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="219"/>
        <source>Replace all the data in this database with the backup %1?

Everyone using this database will see the backup&apos;s data. The current data is first kept as a backup in %2, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="224"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="233"/>
        <source>Checking the backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="233"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="279"/>
        <source>Data replaced by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="291"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/BackupSettingsBox.cpp" line="296"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CalendarExportDialog</name>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="28"/>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="107"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="30"/>
        <source>The meetings and open follow-ups of these days, as an iCalendar (.ics) file for Thunderbird, Google Calendar or a phone&apos;s calendar. Times are kept exactly; titles are in Persian with the Jalali date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="45"/>
        <source>Follow-ups as tasks (Google Calendar does not show tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="49"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="50"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="62"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="105"/>
        <source>peyvand-calendar-%1.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="107"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="121"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="123"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="125"/>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="127"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="134"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="162"/>
        <source>%1 meetings and %2 follow-ups exported to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportDialog.cpp" line="165"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CalendarExportRunner</name>
    <message>
        <location filename="../src/gui/CalendarExportRunner.cpp" line="55"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CalendarExportRunner.cpp" line="58"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ChangeStatusDialog</name>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="22"/>
        <source>Change the status of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="27"/>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="31"/>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="35"/>
        <source>Optional, e.g. the courier&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="36"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="44"/>
        <source>An order that is %1 cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ChangeStatusDialog.cpp" line="53"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ContactDialog</name>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="57"/>
        <source>The customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="59"/>
        <source>Contact persons belong to companies only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="68"/>
        <source>This contact person does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="74"/>
        <source>The contact could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="81"/>
        <source>Edit contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="83"/>
        <source>New contact at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="85"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="95"/>
        <source>Enter a first or last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="100"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="101"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="102"/>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="104"/>
        <source>Buying center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="111"/>
        <source>1: little influence … 5: decisive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="119"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="120"/>
        <source>&amp;Influence (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="121"/>
        <source>A&amp;ttitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="123"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="148"/>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="149"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="150"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="151"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="154"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactDialog.cpp" line="157"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ContactTableModel</name>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="81"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="82"/>
        <source>Decider: %1; against: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="83"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="130"/>
        <source>Influence %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="153"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="155"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="157"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="159"/>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="161"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ContactTableModel.cpp" line="163"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerDetailsView</name>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="19"/>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="21"/>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="23"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="25"/>
        <source>Other member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="88"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="94"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="95"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="96"/>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="105"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="106"/>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="107"/>
        <source>Economic code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="108"/>
        <source>Registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="109"/>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="110"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="113"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="113"/>
        <source>enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="113"/>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="114"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="115"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="116"/>
        <source>Parent company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="122"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="123"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="124"/>
        <source>National code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="125"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="126"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="127"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="128"/>
        <source>Loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="136"/>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="139"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="140"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="141"/>
        <source>Decides on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="146"/>
        <source>Other members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="151"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="153"/>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="156"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="158"/>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="161"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="163"/>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="172"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="171"/>
        <source>%1 — postal code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDetailsView.cpp" line="179"/>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerDialog</name>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="69"/>
        <source>The customer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="87"/>
        <source>Edit customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="89"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="89"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="116"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="119"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="151"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="170"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="171"/>
        <source>Second phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="172"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="189"/>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="190"/>
        <source>Landline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="191"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="202"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="207"/>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="214"/>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="215"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="216"/>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="341"/>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="343"/>
        <source>A company with this national ID is already registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="344"/>
        <source>A person with this national code is already registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerDialog.cpp" line="352"/>
        <source>The number %1 already belongs to %2. You can still save this customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerExportRunner</name>
    <message>
        <location filename="../src/gui/CustomerExportRunner.cpp" line="48"/>
        <location filename="../src/gui/CustomerExportRunner.cpp" line="58"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerExportRunner.cpp" line="65"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerHeader</name>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="54"/>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="58"/>
        <source>No SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="99"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="99"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="100"/>
        <source>National ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="100"/>
        <source>National code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="102"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="103"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerHeader.cpp" line="104"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerListModel</name>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="492"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="492"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="494"/>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="494"/>
        <source>National code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="496"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="496"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="498"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="500"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="502"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="504"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="506"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="508"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListModel.cpp" line="510"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerListView</name>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="131"/>
        <source>Search name, phone, national code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="133"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="134"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="141"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="147"/>
        <source>New legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="147"/>
        <source>New individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="150"/>
        <source>Add a customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="151"/>
        <source>Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="153"/>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="155"/>
        <source>Save the customers listed, as filtered and sorted, as a CSV file for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="157"/>
        <source>Export to vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="160"/>
        <source>Save the customers listed, as filtered, as vCards for a phone, Google Contacts or Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="168"/>
        <source>individual-customers.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="192"/>
        <source>legal-customers.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="192"/>
        <source>individual-customers.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="193"/>
        <location filename="../src/gui/CustomerListView.cpp" line="213"/>
        <location filename="../src/gui/CustomerListView.cpp" line="237"/>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="193"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="211"/>
        <source>Exporting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="211"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="221"/>
        <source>Exporting customers… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="230"/>
        <source>%1 customers exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="232"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="249"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="278"/>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerListView.cpp" line="417"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerPage</name>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="52"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="53"/>
        <source>The customer&apos;s data could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="65"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="81"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="82"/>
        <location filename="../src/gui/CustomerPage.cpp" line="340"/>
        <source>Buying center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="83"/>
        <location filename="../src/gui/CustomerPage.cpp" line="367"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="84"/>
        <location filename="../src/gui/CustomerPage.cpp" line="374"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="85"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="143"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="144"/>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="146"/>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="147"/>
        <source>New service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="148"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="183"/>
        <source>Double-click a contact to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="193"/>
        <source>Import contact persons from vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="194"/>
        <source>Add the people of a vCard file (a phone&apos;s or Outlook&apos;s contacts) to this company&apos;s buying center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="198"/>
        <source>Export contact persons as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="202"/>
        <source>contact-persons.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="239"/>
        <source>New order from this deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="240"/>
        <source>Select a won deal to turn it into an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="259"/>
        <source>Double-click an order to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="267"/>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="282"/>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="320"/>
        <source>There is no customer number %1. It may have been removed, or the number is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="323"/>
        <source>No customer is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="336"/>
        <source>No contacts yet: add the people who take part in buying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="364"/>
        <source>No deals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="365"/>
        <source>Open deals: %1, worth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerPage.cpp" line="423"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerPicker</name>
    <message>
        <location filename="../src/gui/CustomerPicker.cpp" line="33"/>
        <source>Type a name, phone or national code…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::CustomerSalesBox</name>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="17"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="23"/>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="24"/>
        <source>Do not send SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="28"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="38"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="51"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="52"/>
        <source>L&amp;ifecycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="53"/>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/CustomerSalesBox.cpp" line="54"/>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::DatabaseErrorText</name>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="25"/>
        <source>It was written by a newer version of Peyvand. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="27"/>
        <source>The file is not a database (or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="29"/>
        <source>It is a database of another program, not Peyvand&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="31"/>
        <source>Another program is using the database right now. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="33"/>
        <source>The file is read-only: changes cannot be saved. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="35"/>
        <source>The file cannot be opened or created here. Check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="37"/>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="39"/>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DatabaseErrorText.cpp" line="40"/>
        <source>Database: %1

%2

Details: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::DealDialog</name>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="50"/>
        <source>New deal with a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="50"/>
        <source>New deal with a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="72"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="72"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="82"/>
        <location filename="../src/gui/DealDialog.cpp" line="207"/>
        <source>Pick a company to see its contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="88"/>
        <source>Contacts &amp;involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="94"/>
        <source>e.g. 40 industrial pumps for the new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="94"/>
        <source>e.g. Home water purifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="95"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="105"/>
        <source>&amp;Amount (Toman):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="105"/>
        <source>&amp;Amount (Rial):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="115"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="120"/>
        <source>&amp;Expected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="130"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="144"/>
        <source>&amp;Save deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="163"/>
        <source>Enter a title for the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="180"/>
        <source>There is no pipeline for these customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="208"/>
        <source>No contacts recorded for this company yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="226"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="231"/>
        <source>Enter the amount as a whole number of Toman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealDialog.cpp" line="307"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::DealTableModel</name>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="88"/>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="98"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="100"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="102"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="104"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DealTableModel.cpp" line="108"/>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::DuplicateWarning</name>
    <message>
        <location filename="../src/gui/DuplicateWarning.cpp" line="12"/>
        <source>Open the existing customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::FirstAdminDialog</name>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="26"/>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="29"/>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="34"/>
        <source>Nobody can sign in to this database yet. The administrator adds the other users and gives them their roles and passwords. Keep this password safe: without it, nobody can manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="54"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="55"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="56"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FirstAdminDialog.cpp" line="59"/>
        <source>Create and continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::FollowUpModel</name>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="53"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/FollowUpModel.cpp" line="76"/>
        <source>%n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="76"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="107"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="109"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="111"/>
        <source>Follows up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FollowUpModel.cpp" line="113"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::FormValidator</name>
    <message>
        <location filename="../src/gui/FormValidator.cpp" line="95"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/FormValidator.cpp" line="96"/>
        <source>The database refused the change.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::GlobalSearchDialog</name>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="30"/>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="34"/>
        <source>Customer, contact, phone, national code or order number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="83"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="84"/>
        <source>Order %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="98"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="111"/>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/GlobalSearchDialog.cpp" line="122"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportFilePage</name>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="24"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="25"/>
        <source>A CSV file saved from Excel or another program: UTF-8 (with or without BOM), UTF-16 or Windows-1256, separated by commas, semicolons or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="31"/>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="32"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="36"/>
        <source>Individual customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="37"/>
        <source>Legal customers (companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="38"/>
        <source>Contact persons of companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="49"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="50"/>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="84"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="85"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="99"/>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="104"/>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFilePage.cpp" line="108"/>
        <source>This file cannot be imported: it has a header line but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportFormatPage</name>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="22"/>
        <source>Encoding and separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="23"/>
        <source>Both were detected from the file. If the text below looks wrong, choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="27"/>
        <location filename="../src/gui/ImportFormatPage.cpp" line="84"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="28"/>
        <source>UTF-16 (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="29"/>
        <source>UTF-16 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="30"/>
        <source>Windows-1256 (Arabic Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="33"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="34"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="35"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="36"/>
        <source>Persian semicolon ( ؛ )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="51"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="52"/>
        <source>Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="84"/>
        <source>UTF-8 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="90"/>
        <source>The file cannot be read this way: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="92"/>
        <source>The file has a header line but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportFormatPage.cpp" line="94"/>
        <source>%1 columns; the first %2 rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportMappingPage</name>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="29"/>
        <source>Columns and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="30"/>
        <source>Choose the field each column of the file fills. Cells the import would refuse are red; point at one to read why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="83"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="87"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="153"/>
        <source>The %1 rows shown can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportMappingPage.cpp" line="156"/>
        <source>%1 of the %2 rows shown have problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportOptionsPage</name>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="16"/>
        <source>Duplicates and invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="17"/>
        <source>A row whose national code, national ID or mobile is already a customer&apos;s (or an earlier row&apos;s) is never imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="20"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="22"/>
        <source>A row that is a customer already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="23"/>
        <source>Skip it and leave the customer as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="25"/>
        <source>Update the customer with the row&apos;s non-empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="31"/>
        <source>When some rows are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="32"/>
        <source>Import nothing and list the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportOptionsPage.cpp" line="34"/>
        <source>Import the valid rows and list the others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportPreviewModel</name>
    <message>
        <location filename="../src/gui/ImportPreviewModel.cpp" line="144"/>
        <source>%1
(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportProblemModel</name>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="44"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="72"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="72"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="74"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="74"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="76"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemModel.cpp" line="78"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportProblemText</name>
    <message>
        <location filename="../src/gui/ImportProblemText.cpp" line="18"/>
        <source>Card %1, property «%2»: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemText.cpp" line="22"/>
        <source>Card %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemText.cpp" line="24"/>
        <source>Row %1, column «%2»: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportProblemText.cpp" line="27"/>
        <source>Row %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportResultPage</name>
    <message>
        <location filename="../src/gui/ImportResultPage.cpp" line="15"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultPage.cpp" line="16"/>
        <source>What the import wrote, and every problem it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="45"/>
        <location filename="../src/gui/ImportResultView.cpp" line="153"/>
        <source>New customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="47"/>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="48"/>
        <source>Skipped duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="50"/>
        <source>Invalid rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="67"/>
        <source>Save problems as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="88"/>
        <source>Save problems as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="90"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="118"/>
        <source>The import is done: %1 rows read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="124"/>
        <source>%1 rows are invalid, so nothing was written. Correct the file, or import again and choose to import the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="129"/>
        <source>The file cannot be imported, so nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="133"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="136"/>
        <source>The file was checked; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="152"/>
        <source>New contact persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="169"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="173"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportResultView</name>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="49"/>
        <source>Invalid cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="117"/>
        <source>The import is done: %1 cards read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportResultView.cpp" line="121"/>
        <source>%1 cards are invalid, so nothing was written. Correct the file, or import again and choose to import the valid cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportRunPage</name>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="19"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="20"/>
        <source>Nothing is written until the whole file has been checked; a cancelled import leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="28"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="41"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="55"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunPage.cpp" line="65"/>
        <source>%1 rows read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportRunner</name>
    <message>
        <location filename="../src/gui/ImportRunner.cpp" line="57"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ImportRunner.cpp" line="65"/>
        <location filename="../src/gui/ImportRunner.cpp" line="68"/>
        <source>The import failed and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ImportWizard</name>
    <message>
        <location filename="../src/gui/ImportWizard.cpp" line="24"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::IndividualDetailsBox</name>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="27"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="36"/>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="49"/>
        <source>Enter a first or last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="62"/>
        <source>The birth date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="71"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="72"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="73"/>
        <source>National &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="74"/>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="75"/>
        <source>Loyalty card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/IndividualDetailsBox.cpp" line="76"/>
        <source>Preferences:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::JalaliDateEdit</name>
    <message>
        <location filename="../src/gui/JalaliDateEdit.cpp" line="29"/>
        <source>Pick from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JalaliDateEdit.cpp" line="69"/>
        <source>Enter a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::LegalDetailsBox</name>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="27"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="37"/>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="38"/>
        <source>11 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="46"/>
        <source>Enter the company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="69"/>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="70"/>
        <source>National I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="71"/>
        <source>Economic code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="72"/>
        <source>Registration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="73"/>
        <source>Registration date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="74"/>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LegalDetailsBox.cpp" line="75"/>
        <source>Employees:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::LogActivityDialog</name>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="84"/>
        <source>&amp;Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="87"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="88"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="97"/>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="140"/>
        <source>Ctrl+1 call, Ctrl+2 meeting, Ctrl+3 e-mail, Ctrl+4 SMS, Ctrl+5 note, Ctrl+6 task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="142"/>
        <source>No direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="153"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="155"/>
        <source>e.g. asked for a price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="158"/>
        <source>Notes (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="172"/>
        <source>Enter, or Ctrl+Enter in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="183"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="184"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="186"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="187"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="188"/>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="189"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="190"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="191"/>
        <source>D&amp;eal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="192"/>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="230"/>
        <source>No deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="231"/>
        <source>No contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="247"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="258"/>
        <source>Contact persons belong to legal entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="355"/>
        <source>Pick a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="356"/>
        <source>Pick the customer from the list of matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LogActivityDialog.cpp" line="399"/>
        <source>Could not save the activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::LookupOrderModel</name>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="90"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="94"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="96"/>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="98"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LookupOrderModel.cpp" line="100"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::LostReasonDialog</name>
    <message>
        <location filename="../src/gui/LostReasonDialog.cpp" line="19"/>
        <source>Mark deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonDialog.cpp" line="21"/>
        <source>Why was “%1” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonDialog.cpp" line="30"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LostReasonDialog.cpp" line="36"/>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="64"/>
        <source>Peyvand — customer relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="80"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="89"/>
        <source>Legal customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="89"/>
        <source>Individual customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="104"/>
        <source>B2B pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="104"/>
        <source>B2C pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="112"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="118"/>
        <source>Support desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="127"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="132"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="226"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="227"/>
        <source>New legal customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="229"/>
        <source>New individual customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="232"/>
        <source>Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="235"/>
        <source>Import vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="238"/>
        <source>Export calendar (iCalendar)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="242"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="246"/>
        <source>Sign out / switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="250"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="254"/>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="255"/>
        <source>Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="260"/>
        <source>Log an activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="267"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="372"/>
        <source>Activity saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="411"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="422"/>
        <source>An empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="423"/>
        <source>This database has no customers yet. Create demo data (%1 customers with their deals, activities and orders) to try Peyvand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="436"/>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="436"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="451"/>
        <source>Demo data created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="453"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="453"/>
        <source>Demo data could not be created:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="413"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::NewOrderDialog</name>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="43"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="47"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="56"/>
        <source>New order from a won deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="57"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="59"/>
        <source>Deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="66"/>
        <location filename="../src/gui/NewOrderDialog.cpp" line="97"/>
        <source>Only a won deal becomes an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="68"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="80"/>
        <source>Save order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="103"/>
        <source>Pick the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewOrderDialog.cpp" line="124"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::NewUserDialog</name>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="29"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="42"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="43"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="44"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="45"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/NewUserDialog.cpp" line="48"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::OpenRequestDialog</name>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="39"/>
        <source>New service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="49"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="53"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="63"/>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="68"/>
        <source>e.g. The pump leaks after installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="69"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="76"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="83"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="88"/>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="92"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="104"/>
        <source>Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="127"/>
        <source>No particular order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="130"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="143"/>
        <source>Pick the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="145"/>
        <source>Enter the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OpenRequestDialog.cpp" line="167"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::OrderDialog</name>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="90"/>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="93"/>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="96"/>
        <source>New service request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="104"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="104"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="104"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="104"/>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="105"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="105"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="105"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="105"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="106"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="106"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="106"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="106"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="106"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="113"/>
        <source>Post or courier tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="114"/>
        <source>Save code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="119"/>
        <source>Tracking code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="142"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="145"/>
        <source>Record a payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="149"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="155"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="185"/>
        <location filename="../src/gui/OrderDialog.cpp" line="327"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="186"/>
        <source>The order could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="191"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="192"/>
        <source>There is no order number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="202"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="203"/>
        <source>Order %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="204"/>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="235"/>
        <source>Total: %1    Paid: %2    Remaining: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDialog.cpp" line="331"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::OrderLinesEditor</name>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="46"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="47"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="53"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="53"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="54"/>
        <source>Unit price (Toman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="54"/>
        <source>Unit price (Rial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="55"/>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="163"/>
        <source>Line %1: enter the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="165"/>
        <source>Line %1: the quantity must be a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="176"/>
        <source>Line %1: enter the unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="178"/>
        <source>Line %1: the amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="180"/>
        <source>Line %1: enter the unit price as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="196"/>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="222"/>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderLinesEditor.cpp" line="220"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::OrderListModel</name>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="203"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="205"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="207"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="209"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="211"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="213"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderListModel.cpp" line="215"/>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::OrderStatusAction</name>
    <message>
        <location filename="../src/gui/OrderStatusAction.cpp" line="22"/>
        <source>The database refused the change:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::OrderTableModel</name>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="81"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="83"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="85"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="87"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="89"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrderTableModel.cpp" line="91"/>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::OrdersView</name>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="39"/>
        <source>Order number, customer or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="43"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="51"/>
        <location filename="../src/gui/OrdersView.cpp" line="52"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="53"/>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="56"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="60"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="64"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="99"/>
        <source>Double-click an order to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="126"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="126"/>
        <source>The orders could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="164"/>
        <source>No orders match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersView.cpp" line="165"/>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::PasswordDialog</name>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="26"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="26"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="29"/>
        <source>Your new password, for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="30"/>
        <source>A new password for %1 (%2). Tell it to them in person; they can change it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="46"/>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordDialog.cpp" line="48"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::PasswordPair</name>
    <message>
        <location filename="../src/gui/PasswordPair.cpp" line="24"/>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordPair.cpp" line="26"/>
        <source>At least %1 characters, not the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PasswordPair.cpp" line="48"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::PaymentDialog</name>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="44"/>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="52"/>
        <source>&amp;Amount (Toman):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="52"/>
        <source>&amp;Amount (Rial):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="61"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="66"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="72"/>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="83"/>
        <source>Save payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="100"/>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="106"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="110"/>
        <source>The amount must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="115"/>
        <source>Enter the amount as a whole number of Toman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PaymentDialog.cpp" line="152"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::PipelineBoard</name>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="34"/>
        <source>&amp;New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="50"/>
        <source>No pipeline for these customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="54"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="57"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="129"/>
        <source>Won — drop a card here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="136"/>
        <source>Lost — drop a card here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="179"/>
        <source>%1 open deals · %2 · weighted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="246"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="311"/>
        <source>&amp;Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="315"/>
        <source>Move to &amp;next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="319"/>
        <source>Move to &amp;previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="322"/>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="329"/>
        <source>Mark &amp;won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/PipelineBoard.cpp" line="330"/>
        <source>Mark &amp;lost…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ReminderNotifier</name>
    <message>
        <location filename="../src/gui/ReminderNotifier.cpp" line="64"/>
        <source>Follow up with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReminderNotifier.cpp" line="75"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ReminderNotifier.cpp" line="75"/>
        <source>%n follow-ups due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ReminderNotifier.cpp" line="78"/>
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peyvand::ReportFilterBar</name>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="30"/>
        <source>B2B and B2C side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="31"/>
        <source>Companies (B2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="32"/>
        <source>Individuals (B2C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="39"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="40"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="41"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="42"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="43"/>
        <source>Previous quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="44"/>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="45"/>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="59"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="68"/>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="71"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="74"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="77"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="82"/>
        <source>Orders stuck after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="108"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="152"/>
        <source>Start of the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="154"/>
        <source>End of the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportFilterBar.cpp" line="156"/>
        <source>The period ends (%1) before it starts (%2). Choose an end date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ReportRunner</name>
    <message>
        <location filename="../src/gui/ReportRunner.cpp" line="54"/>
        <source>The reports could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::ReportsView</name>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="29"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="30"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="41"/>
        <source>Sales reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="113"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="126"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="157"/>
        <location filename="../src/gui/ReportsView.cpp" line="175"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="168"/>
        <location filename="../src/gui/ReportsView.cpp" line="184"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="176"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ReportsView.cpp" line="185"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::RequestDialog</name>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="73"/>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="74"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="75"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="77"/>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="79"/>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="84"/>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="87"/>
        <source>Open order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="94"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="94"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="94"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="105"/>
        <source>What was done or said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="108"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="115"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="157"/>
        <location filename="../src/gui/RequestDialog.cpp" line="241"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="158"/>
        <source>The request could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="164"/>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="165"/>
        <source>There is no service request number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="173"/>
        <source>Service request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="181"/>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="185"/>
        <source>Order: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="188"/>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="189"/>
        <source>Opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestDialog.cpp" line="191"/>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::RequestQueueView</name>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="31"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="32"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="33"/>
        <source>Nobody&apos;s yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="36"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="38"/>
        <source>New service request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="67"/>
        <source>Double-click a request to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="106"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="107"/>
        <source>The queue could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestQueueView.cpp" line="109"/>
        <source>Open requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::RequestTableModel</name>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="66"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="107"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="109"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="111"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="113"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="115"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="117"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="119"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RequestTableModel.cpp" line="121"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::RescheduleDialog</name>
    <message>
        <location filename="../src/gui/RescheduleDialog.cpp" line="22"/>
        <source>Reschedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RescheduleDialog.cpp" line="40"/>
        <source>&amp;New time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::RoleDialog</name>
    <message>
        <location filename="../src/gui/RoleDialog.cpp" line="18"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RoleDialog.cpp" line="23"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RoleDialog.cpp" line="25"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::SafeApplication</name>
    <message>
        <location filename="../src/gui/SafeApplication.cpp" line="24"/>
        <location filename="../src/gui/SafeApplication.cpp" line="27"/>
        <location filename="../src/gui/SafeApplication.cpp" line="30"/>
        <source>Peyvand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SafeApplication.cpp" line="30"/>
        <source>An unexpected error occurred:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::SettingsView</name>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="28"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="41"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="44"/>
        <source>Rial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="45"/>
        <source>Toman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="47"/>
        <source>Show money in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="51"/>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="53"/>
        <source>Sign out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="60"/>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="65"/>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsView.cpp" line="67"/>
        <source>Add demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::SignInDialog</name>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="30"/>
        <source>Sign in to Peyvand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="33"/>
        <source>Sign in with your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="35"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="50"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="53"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="58"/>
        <location filename="../src/gui/SignInDialog.cpp" line="87"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SignInDialog.cpp" line="92"/>
        <source>Wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::StageColumn</name>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="61"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="62"/>
        <source>%1 deals · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="63"/>
        <source>Weighted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="74"/>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="85"/>
        <source>Expected close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="86"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/StageColumn.cpp" line="94"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::SupportActions</name>
    <message>
        <location filename="../src/gui/SupportActions.cpp" line="54"/>
        <source>Order %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportActions.cpp" line="77"/>
        <source>Service request opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::SupportDeskView</name>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="59"/>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="61"/>
        <source>Service request queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="79"/>
        <location filename="../src/gui/SupportDeskView.cpp" line="261"/>
        <source>Type what the caller gives: an order number, a mobile or landline, a national code or part of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="106"/>
        <source>Order number, phone, national code or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="135"/>
        <source>Open customer page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="136"/>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="137"/>
        <source>New service request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="150"/>
        <source>Open order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="151"/>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="158"/>
        <source>Double-click an order to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="174"/>
        <source>Double-click a request to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="236"/>
        <source>The database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="254"/>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="265"/>
        <source>Nothing found for “%1”. Check the number, or try another phone or part of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="272"/>
        <source>More than %1 customers match; the first %1 are shown. Type more to narrow it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="274"/>
        <source>%1 customers match; pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="304"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="305"/>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="308"/>
        <source>No open service requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SupportDeskView.cpp" line="309"/>
        <source>Open service requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::TimelineModel</name>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="56"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="58"/>
        <location filename="../src/gui/TimelineModel.cpp" line="101"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="61"/>
        <source>%1 (follow-up %2, done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="62"/>
        <source>%1 (follow-up %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="93"/>
        <source>Deal «%1» moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="98"/>
        <source>Order %1: %2 → %3</source>
        <extracomment>In a right-to-left translation use ← so the arrow points from the old status to the new one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="99"/>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="105"/>
        <source>Service request opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="107"/>
        <source>Service request resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="160"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="162"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TimelineModel.cpp" line="164"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::TodayView</name>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="49"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="50"/>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="51"/>
        <source>&amp;Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="68"/>
        <source>Log a call, meeting, e-mail… (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="71"/>
        <source>Mark the selected follow-up done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="75"/>
        <source>&amp;Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="77"/>
        <source>&amp;Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="79"/>
        <source>&amp;Pick a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="102"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="124"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="128"/>
        <source>My recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="255"/>
        <source>Nothing to follow up today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/TodayView.cpp" line="256"/>
        <source>%n follow-up(s) due today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/TodayView.cpp" line="257"/>
        <source>, %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/TodayView.cpp" line="259"/>
        <source> (the oldest %n shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="275"/>
        <source>(follow up %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TodayView.cpp" line="294"/>
        <location filename="../src/gui/TodayView.cpp" line="313"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::UserTableModel</name>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="53"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="53"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="55"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="55"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="75"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="77"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="79"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="83"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UserTableModel.cpp" line="85"/>
        <source>Failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::UsersSection</name>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="23"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="27"/>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="28"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="29"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="30"/>
        <location filename="../src/gui/UsersSection.cpp" line="110"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/UsersSection.cpp" line="110"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::VcardExport</name>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="23"/>
        <source>vCard 3.0, for phones and Outlook (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="24"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="26"/>
        <location filename="../src/gui/VcardExport.cpp" line="60"/>
        <location filename="../src/gui/VcardExport.cpp" line="83"/>
        <source>Export to vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="58"/>
        <source>Exporting vCards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="58"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="68"/>
        <source>Exporting vCards… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="77"/>
        <source>%1 vCards exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExport.cpp" line="79"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::VcardExportRunner</name>
    <message>
        <location filename="../src/gui/VcardExportRunner.cpp" line="60"/>
        <location filename="../src/gui/VcardExportRunner.cpp" line="76"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardExportRunner.cpp" line="80"/>
        <location filename="../src/gui/VcardExportRunner.cpp" line="82"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>peyvand::VcardImportDialog</name>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="31"/>
        <location filename="../src/gui/VcardImportDialog.cpp" line="160"/>
        <source>Import vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="46"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="60"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="95"/>
        <source>A .vcf file from a phone, Google Contacts or Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="96"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="104"/>
        <source>Import the people as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="105"/>
        <source>Individual customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="107"/>
        <source>Contact persons of the company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="112"/>
        <source>Type the company&apos;s name or national ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="127"/>
        <source>A card that is already a customer or contact (same mobile or national code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="128"/>
        <source>Skip it and leave the record as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="131"/>
        <source>Update the record with what the card holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="137"/>
        <source>When some cards are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="138"/>
        <source>Import nothing and list the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="141"/>
        <source>Import the valid cards and list the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="150"/>
        <source>vCard file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="161"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="208"/>
        <source>Choose the vCard file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="210"/>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="212"/>
        <source>Pick the company whose contact persons the cards are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="234"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="249"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/VcardImportDialog.cpp" line="258"/>
        <source>%1 cards read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
