<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>CommentPanel</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="125" />
      <source>You have written comments on %n entries that are not saved yet.</source>
      <translation>
        <numerusform>You have written comments on %n entry that are not saved yet.</numerusform>
        <numerusform>You have written comments on %n entries that are not saved yet.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DataTab</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/settings/data_tab.py" line="133" />
      <source>Own-case entries are deleted after %n day(s) unchanged.</source>
      <translation>
        <numerusform>Own-case entries are deleted after %n day unchanged.</numerusform>
        <numerusform>Own-case entries are deleted after %n days unchanged.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/settings/data_tab.py" line="135" />
      <source>Deleted just now: %n.</source>
      <translation>
        <numerusform>Deleted just now: %n.</numerusform>
        <numerusform>Deleted just now: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/settings/data_tab.py" line="87" />
      <source> day(s)</source>
      <translation>
        <numerusform> day</numerusform>
        <numerusform> days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeleteAllDialog</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="135" />
      <source>This deletes all %n entries of your journal for good: every answer, note, reflection, tag and feedback received, and every draft. It cannot be undone. If you want to keep a copy, export your data first.</source>
      <translation>
        <numerusform>This deletes the only entry of your journal for good: every answer, note, reflection, tag and feedback received, and every draft. It cannot be undone. If you want to keep a copy, export your data first.</numerusform>
        <numerusform>This deletes all %n entries of your journal for good: every answer, note, reflection, tag and feedback received, and every draft. It cannot be undone. If you want to keep a copy, export your data first.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="140" />
      <source>Also delete the &amp;backups in {folder} (%n)</source>
      <translation>
        <numerusform>Also delete the &amp;backup in {folder} (%n)</numerusform>
        <numerusform>Also delete the &amp;backups in {folder} (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="167" />
      <source>Entries to be deleted: %n.</source>
      <translation>
        <numerusform>Entries to be deleted: %n.</numerusform>
        <numerusform>Entries to be deleted: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="169" />
      <source>Backups deleted as well: %n.</source>
      <translation>
        <numerusform>Backups deleted as well: %n.</numerusform>
        <numerusform>Backups deleted as well: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="171" />
      <source>Backups that stay: %n.</source>
      <translation>
        <numerusform>Backups that stay: %n.</numerusform>
        <numerusform>Backups that stay: %n.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/journal_page.py" line="179" />
      <source>Matches so far: %n; more appear as you scroll</source>
      <translation>
        <numerusform>Matches so far: %n; more appear as you scroll</numerusform>
        <numerusform>Matches so far: %n; more appear as you scroll</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/journal_page.py" line="180" />
      <source>Matches: %n</source>
      <translation>
        <numerusform>Matches: %n</numerusform>
        <numerusform>Matches: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/journal_page.py" line="182" />
      <source>Entries: %n</source>
      <translation>
        <numerusform>Entries: %n</numerusform>
        <numerusform>Entries: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/journal_page.py" line="260" />
      <source>the selected entries (%n)</source>
      <translation>
        <numerusform>the selected entry (%n)</numerusform>
        <numerusform>the selected entries (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/shell/main_window.py" line="306" />
      <source>%n scenario(s) loaded;</source>
      <translation>
        <numerusform>%n scenario loaded;</numerusform>
        <numerusform>%n scenarios loaded;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/shell/main_window.py" line="306" />
      <source>%n file(s) faulty (Help → Faulty scenario files).</source>
      <translation>
        <numerusform>%n file faulty (Help → Faulty scenario files).</numerusform>
        <numerusform>%n files faulty (Help → Faulty scenario files).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/shell/main_window.py" line="309" />
      <source>%n scenario(s) loaded.</source>
      <translation>
        <numerusform>%n scenario loaded.</numerusform>
        <numerusform>%n scenarios loaded.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ShareDialog</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/share_dialog.py" line="313" />
      <source>Pseudonym: {name} · written on {day} · entries: %n</source>
      <translation>
        <numerusform>Pseudonym: {name} · written on {day} · entries: %n</numerusform>
        <numerusform>Pseudonym: {name} · written on {day} · entries: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/share_dialog.py" line="318" />
      <source>Entries ready: %n</source>
      <translation>
        <numerusform>Entries ready: %n</numerusform>
        <numerusform>Entries ready: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/share_dialog.py" line="318" />
      <source>parts replaced by placeholders: %n.</source>
      <translation>
        <numerusform>parts replaced by placeholders: %n.</numerusform>
        <numerusform>parts replaced by placeholders: %n.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatsPage</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/statistics/stats_page.py" line="177" />
      <source>Sessions in your journal: %n. These figures are for you alone; nobody else sees them.</source>
      <translation>
        <numerusform>Sessions in your journal: %n. These figures are for you alone; nobody else sees them.</numerusform>
        <numerusform>Sessions in your journal: %n. These figures are for you alone; nobody else sees them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/statistics/stats_page.py" line="217" />
      <source>Sessions in the last {weeks} weeks: %n, in {active} of the weeks; most in the week of {best:%d.%m.} ({most}).</source>
      <translation>
        <numerusform>Sessions in the last {weeks} weeks: %n, in {active} of the weeks; most in the week of {best:%d.%m.} ({most}).</numerusform>
        <numerusform>Sessions in the last {weeks} weeks: %n, in {active} of the weeks; most in the week of {best:%d.%m.} ({most}).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StudioMap</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_map.py" line="199" />
      <source>%n node(s) with problems, marked with “!”.</source>
      <translation>
        <numerusform>%n node with problems, marked with “!”.</numerusform>
        <numerusform>%n nodes with problems, marked with “!”.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StudioPage</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_page.py" line="238" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_page.py" line="239" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_page.py" line="312" />
      <source>The draft still contains personal data ({kinds}) in %n line(s): {lines}. Replace it with invented details before saving.</source>
      <translation>
        <numerusform>The draft still contains personal data ({kinds}) in line {lines}. Replace it with invented details before saving.</numerusform>
        <numerusform>The draft still contains personal data ({kinds}) in %n lines: {lines}. Replace it with invented details before saving.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SupervisionExchange</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/supervision_exchange.py" line="53" />
      <source>Entries imported: %n; already there: {duplicates}; files refused: {refused}.</source>
      <translation>
        <numerusform>Entries imported: %n; already there: {duplicates}; files refused: {refused}.</numerusform>
        <numerusform>Entries imported: %n; already there: {duplicates}; files refused: {refused}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TeamPage</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/team_page.py" line="117" />
      <source>Pseudonyms contributing: %n. Each figure below counts at least {n} of them; figures about fewer are left out.</source>
      <translation>
        <numerusform>Pseudonyms contributing: %n. Each figure below counts at least {n} of them; figures about fewer are left out.</numerusform>
        <numerusform>Pseudonyms contributing: %n. Each figure below counts at least {n} of them; figures about fewer are left out.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/team_page.py" line="123" />
      <source>Scenarios or own cases not shown because fewer than {n} pseudonyms contributed to each: %n.</source>
      <translation>
        <numerusform>Scenarios or own cases not shown because fewer than {n} pseudonyms contributed to each: %n.</numerusform>
        <numerusform>Scenarios or own cases not shown because fewer than {n} pseudonyms contributed to each: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/team_page.py" line="199" />
      <source>Average strain (0 = not at all, 10 = very strong): before {before}, after {after}. Entries with both values: %n; each pseudonym counts once, however many entries it shared.</source>
      <translation>
        <numerusform>Average strain (0 = not at all, 10 = very strong): before {before}, after {after}. Entries with both values: %n; each pseudonym counts once, however many entries it shared.</numerusform>
        <numerusform>Average strain (0 = not at all, 10 = very strong): before {before}, after {after}. Entries with both values: %n; each pseudonym counts once, however many entries it shared.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>data_rights</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="109" />
      <source>%n entries exported to {folder}: journal.json with everything, and one readable file per entry in “sitzungen”.</source>
      <translation>
        <numerusform>%n entry exported to {folder}: journal.json with everything, and one readable file per entry in “sitzungen”.</numerusform>
        <numerusform>%n entries exported to {folder}: journal.json with everything, and one readable file per entry in “sitzungen”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="194" />
      <source>All %n entries and all backups were deleted.</source>
      <translation>
        <numerusform>The entry and all backups were deleted.</numerusform>
        <numerusform>All %n entries and all backups were deleted.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="195" />
      <source>All %n entries were deleted. The backups were kept.</source>
      <translation>
        <numerusform>The entry was deleted. The backups were kept.</numerusform>
        <numerusform>All %n entries were deleted. The backups were kept.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="216" />
      <source>From now on, “own case” entries that have not been changed for %n day(s) are deleted automatically, at every start and every few hours.</source>
      <translation>
        <numerusform>From now on, “own case” entries that have not been changed for %n day are deleted automatically, at every start and every few hours.</numerusform>
        <numerusform>From now on, “own case” entries that have not been changed for %n days are deleted automatically, at every start and every few hours.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="217" />
      <source>%n entries are older than that and will be deleted now.</source>
      <translation>
        <numerusform>%n entry is older than that and will be deleted now.</numerusform>
        <numerusform>%n entries are older than that and will be deleted now.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="229" />
      <source>Delete %n entries</source>
      <translation>
        <numerusform>Delete %n entry</numerusform>
        <numerusform>Delete %n entries</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/export.py" line="169" />
      <source>Exported on {date}, %n entries.</source>
      <translation>
        <numerusform>Exported on {date}, %n entry.</numerusform>
        <numerusform>Exported on {date}, %n entries.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/export.py" line="329" />
      <source>%n entries exported to {file}.</source>
      <translation>
        <numerusform>%n entry exported to {file}.</numerusform>
        <numerusform>%n entries exported to {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/export.py" line="338" />
      <source>Exporting %n entries …</source>
      <translation>
        <numerusform>Exporting %n entry …</numerusform>
        <numerusform>Exporting %n entries …</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>feedback_import</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/feedback_import.py" line="32" />
      <source>Comments from your supervisor added beside your entries: %n.</source>
      <translation>
        <numerusform>Comments from your supervisor added beside your entries: %n.</numerusform>
        <numerusform>Comments from your supervisor added beside your entries: %n.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>studio_packs</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_packs.py" line="136" />
      <source>%n file(s) written to the team folder.</source>
      <translation>
        <numerusform>%n file written to the team folder.</numerusform>
        <numerusform>%n files written to the team folder.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>summary</name>
    <message numerus="yes">
      <location filename="../../desktop/ui/practice/summary_view.py" line="72" />
      <source>Choices taken back and tried again: %n. That is practice too.</source>
      <translation>
        <numerusform>Choices taken back and tried again: %n. That is practice too.</numerusform>
        <numerusform>Choices taken back and tried again: %n. That is practice too.</numerusform>
      </translation>
    </message>
  </context>
</TS>
