<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>AnswerEdit</name>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="145" />
      <source>Your answer …</source>
      <translation>Ihre Antwort …</translation>
    </message>
  </context>
  <context>
    <name>BackupsTab</name>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="113" />
      <source>Backup made: {label}.</source>
      <translation>Sicherung erstellt: {label}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="116" />
      <source>Back up now</source>
      <translation>Jetzt sichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="116" />
      <source>Backing up the journal …</source>
      <translation>Das Journal wird gesichert …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="124" />
      <source>Replace everything in your journal with the backup of {label}? Entries written since then are not in that backup. The current content is backed up first, so this step can be undone.</source>
      <translation>Den gesamten Inhalt Ihres Journals durch die Sicherung vom {label} ersetzen? Einträge, die seitdem geschrieben wurden, sind in dieser Sicherung nicht enthalten. Der aktuelle Stand wird vorher gesichert, sodass sich dieser Schritt rückgängig machen lässt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="127" />
      <location filename="../../desktop/ui/settings/backups_tab.py" line="137" />
      <source>Restore a backup</source>
      <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="127" />
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="134" />
      <source>Restored: {label}.</source>
      <translation>Wiederhergestellt: {label}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="137" />
      <source>Restoring …</source>
      <translation>Wird wiederhergestellt …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="143" />
      <source>Not possible</source>
      <translation>Nicht möglich</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="41" />
      <source>Choose …</source>
      <translation>Auswählen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="41" />
      <location filename="../../desktop/ui/settings/backups_tab.py" line="77" />
      <source>Choose the backup folder</source>
      <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="43" />
      <source>&amp;Open folder</source>
      <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="44" />
      <source>Open the backup folder</source>
      <translation>Sicherungsordner öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="46" />
      <source>Backup &amp;folder:</source>
      <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="48" />
      <source>The app backs up your journal automatically when something changed: the newest of each of the last 7 days, 4 weeks and 6 months are kept.</source>
      <translation>Die App sichert Ihr Journal automatisch, wenn sich etwas geändert hat. Aufbewahrt wird jeweils die neueste Sicherung der letzten 7 Tage, 4 Wochen und 6 Monate.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="52" />
      <source>Newest first</source>
      <translation>Neueste zuerst</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="54" />
      <source>&amp;Backups:</source>
      <translation>&amp;Sicherungen:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="56" />
      <source>Back up &amp;now</source>
      <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="59" />
      <source>&amp;Restore …</source>
      <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="60" />
      <source>Restore the selected backup</source>
      <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="89" />
      <source>{label}, {size} MB</source>
      <translation>{label}, {size} MB</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/backups_tab.py" line="94" />
      <source>There are no backups yet.</source>
      <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
  </context>
  <context>
    <name>BeforeAppointmentPage</name>
    <message>
      <location filename="../../desktop/ui/practice/before_page.py" line="23" />
      <source>Type of appointment</source>
      <translation>Art des Termins</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/before_page.py" line="27" />
      <source>Steps and phrases</source>
      <translation>Schritte und Formulierungen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/before_page.py" line="30" />
      <source>&amp;Appointment:</source>
      <translation>&amp;Termin:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/before_page.py" line="34" />
      <source>Before the appointment</source>
      <translation>Vor dem Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/before_page.py" line="53" />
      <source>Loading the technique cards …</source>
      <translation>Die Technikkarten werden geladen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/before_page.py" line="58" />
      <source>How it works</source>
      <translation>So geht's</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/before_page.py" line="58" />
      <source>Phrases</source>
      <translation>Formulierungen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/before_page.py" line="59" />
      <source>Open the whole card</source>
      <translation>Ganze Karte öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/before_page.py" line="60" />
      <source>There are no cards for this type of appointment yet.</source>
      <translation>Zu dieser Art Termin gibt es noch keine Karten.</translation>
    </message>
  </context>
  <context>
    <name>BrowserPage</name>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="102" />
      <location filename="../../desktop/ui/practice/browser_page.py" line="145" />
      <source>Scenarios</source>
      <translation>Szenarien</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="114" />
      <source>Scenario description</source>
      <translation>Beschreibung des Szenarios</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="115" />
      <source>&amp;Start exercise</source>
      <translation>Übung &amp;starten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="116" />
      <source>Start exercise</source>
      <translation>Übung starten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="117" />
      <source>Starts the selected scenario</source>
      <translation>Startet das ausgewählte Szenario</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="124" />
      <source>Explain in plain words</source>
      <translation>Verständlich erklären</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="130" />
      <source>Start e&amp;xplaining</source>
      <translation>Erklär-Übung starte&amp;n</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="131" />
      <source>Start explaining</source>
      <translation>Erklär-Übung starten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="137" />
      <source>S&amp;earch:</source>
      <translation>Such&amp;e:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="138" />
      <source>&amp;Topic:</source>
      <translation>&amp;Thema:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="139" />
      <source>&amp;Place:</source>
      <translation>&amp;Ort:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="140" />
      <source>&amp;Level:</source>
      <translation>St&amp;ufe:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="141" />
      <source>&amp;Duration:</source>
      <translation>Daue&amp;r:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="151" />
      <source>Explain in pla&amp;in words:</source>
      <translation>&amp;Verständlich erklären:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="194" />
      <source>All topics</source>
      <translation>Alle Themen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="238" />
      <source>Scenarios shown: {shown} of {total}</source>
      <translation>Angezeigte Szenarien: {shown} von {total}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="71" />
      <source>Search in title and description</source>
      <translation>Suche in Titel und Beschreibung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="72" />
      <source>Search …</source>
      <translation>Suchen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="77" />
      <source>Topic</source>
      <translation>Thema</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="78" />
      <source>Where the conversation takes place</source>
      <translation>Ort des Gesprächs</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="79" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="80" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="81" />
      <source>All places</source>
      <translation>Alle Orte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="84" />
      <source>All levels</source>
      <translation>Alle Stufen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="87" />
      <source>Any length</source>
      <translation>Beliebig lang</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="89" />
      <source>up to {n} minutes</source>
      <translation>bis {n} Minuten</translation>
    </message>
  </context>
  <context>
    <name>ChoiceBlock</name>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="216" />
      <source>Feedback on your choice</source>
      <translation>Rückmeldung zu Ihrer Wahl</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="219" />
      <location filename="../../desktop/ui/common/stage_widgets.py" line="257" />
      <source>Show all feedback</source>
      <translation>Alle Rückmeldungen zeigen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="220" />
      <source>Show feedback on all options</source>
      <translation>Rückmeldungen zu allen Optionen zeigen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="248" />
      <source>recommended</source>
      <translation>empfohlen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="248" />
      <source>less viable</source>
      <translation>weniger tragfähig</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="249" />
      <source>Your choice</source>
      <translation>Ihre Wahl</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="256" />
      <source>Show only my choice</source>
      <translation>Nur meine Wahl zeigen</translation>
    </message>
  </context>
  <context>
    <name>CommentPanel</name>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="112" />
      <source>Your &amp;comment:</source>
      <translation>Ihr &amp;Kommentar:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="115" />
      <source>Your comments on this entry:</source>
      <translation>Ihre Kommentare zu diesem Eintrag:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="124" />
      <source>You have written a comment that is not saved yet.</source>
      <translation>Sie haben einen Kommentar geschrieben, der noch nicht gespeichert ist.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="125" />
      <source>You have written comments on %n entries that are not saved yet.</source>
      <translation>
        <numerusform>Sie haben Kommentare zu %n Eintrag geschrieben, die noch nicht gespeichert sind.</numerusform>
        <numerusform>Sie haben Kommentare zu %n Einträgen geschrieben, die noch nicht gespeichert sind.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="127" />
      <source>Comments not saved</source>
      <translation>Kommentare nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="129" />
      <source>&amp;Save comments</source>
      <translation>&amp;Kommentare speichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="130" />
      <source>&amp;Discard comments</source>
      <translation>Kommentare &amp;verwerfen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="132" />
      <source>&amp;Back to the app</source>
      <translation>&amp;Zurück zur App</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="168" />
      <source>whole entry</source>
      <translation>Eintrag insgesamt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="77" />
      <source>the whole entry</source>
      <translation>Eintrag insgesamt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="82" />
      <source>What would you like to say about it?</source>
      <translation>Was möchten Sie dazu sagen?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="83" />
      <source>&amp;Save comment</source>
      <translation>Kommentar &amp;speichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="89" />
      <source>D&amp;elete comment</source>
      <translation>Kommentar &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/comment_panel.py" line="98" />
      <source>Comment &amp;on:</source>
      <translation>Kommentar &amp;zu:</translation>
    </message>
  </context>
  <context>
    <name>DataTab</name>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="111" />
      <source>From the next start the app uses {folder}. Your entries stay in {old} until you move them with a backup and a restore.</source>
      <translation>Ab dem nächsten Start verwendet die App {folder}. Ihre Einträge bleiben in {old}, bis Sie sie mit einer Sicherung und einer Wiederherstellung umziehen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="131" />
      <source>Own-case entries are kept until you delete them.</source>
      <translation>Einträge „Eigener Fall“ bleiben erhalten, bis Sie sie löschen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/settings/data_tab.py" line="133" />
      <source>Own-case entries are deleted after %n day(s) unchanged.</source>
      <translation>
        <numerusform>Einträge „Eigener Fall“ werden gelöscht, wenn sie %n Tag lang unverändert sind.</numerusform>
        <numerusform>Einträge „Eigener Fall“ werden gelöscht, wenn sie %n Tage lang unverändert sind.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/settings/data_tab.py" line="135" />
      <source>Deleted just now: %n.</source>
      <translation>
        <numerusform>Soeben gelöscht: %n.</numerusform>
        <numerusform>Soeben gelöscht: %n.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="33" />
      <source>&amp;Choose …</source>
      <translation>&amp;Auswählen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="33" />
      <location filename="../../desktop/ui/settings/data_tab.py" line="106" />
      <source>Choose the data folder</source>
      <translation>Datenordner wählen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="35" />
      <source>&amp;Open folder</source>
      <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="35" />
      <source>Open the data folder</source>
      <translation>Datenordner öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="37" />
      <source>Your journal lives in this folder. A new folder is used from the next start; the entries stay in the old one (move them with a backup and a restore).</source>
      <translation>In diesem Ordner liegt Ihr Journal. Ein neuer Ordner gilt ab dem nächsten Start; die Einträge bleiben im alten Ordner (umziehen lassen sie sich mit einer Sicherung und einer Wiederherstellung).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="41" />
      <source>Where your journal is</source>
      <translation>Speicherort Ihres Journals</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="42" />
      <source>&amp;Data folder:</source>
      <translation>&amp;Datenordner:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="47" />
      <source>none</source>
      <translation>keiner</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="48" />
      <source>Choose …</source>
      <translation>Auswählen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="49" />
      <location filename="../../desktop/ui/settings/data_tab.py" line="117" />
      <source>Choose the team scenario folder</source>
      <translation>Ordner für Team-Szenarien wählen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="51" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="52" />
      <source>Remove the team scenario folder</source>
      <translation>Ordner für Team-Szenarien entfernen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="54" />
      <source>Show the scenario st&amp;udio (for trainers)</source>
      <translation>Szenario-St&amp;udio anzeigen (für Trainerinnen und Trainer)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="58" />
      <source>Team scenarios</source>
      <translation>Team-Szenarien</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="59" />
      <source>&amp;Team folder:</source>
      <translation>&amp;Team-Ordner:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="61" />
      <source>Scenarios your team shares, in addition to the bundled ones. Takes effect the next time the app starts.</source>
      <translation>Szenarien, die Ihr Team gemeinsam nutzt, zusätzlich zu den mitgelieferten. Wirksam ab dem nächsten Start der App.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="68" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="69" />
      <source>0 keeps them until you delete them</source>
      <translation>0: Einträge bleiben, bis Sie sie löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="73" />
      <source>Delete after unchanged for:</source>
      <translation>Löschen, wenn so lange unverändert:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="75" />
      <source>A&amp;pply</source>
      <translation>Über&amp;nehmen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="76" />
      <source>Apply the automatic deletion</source>
      <translation>Automatisches Löschen übernehmen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="78" />
      <source>Reflections on real cases are deleted automatically when they have not been changed for this many days. “never” keeps them until you delete them.</source>
      <translation>Reflexionen zu echten Fällen werden automatisch gelöscht, wenn sie so viele Tage lang nicht geändert wurden. Mit „nie“ bleiben sie erhalten, bis Sie sie löschen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="82" />
      <source>Automatic deletion of “own case” entries</source>
      <translation>Automatisches Löschen von Einträgen „Eigener Fall“</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/settings/data_tab.py" line="87" />
      <source> day(s)</source>
      <translation>
        <numerusform> Tag</numerusform>
        <numerusform> Tage</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="90" />
      <source>Your data</source>
      <translation>Ihre Daten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="92" />
      <source>E&amp;xport all my data …</source>
      <translation>Alle meine Daten e&amp;xportieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/data_tab.py" line="95" />
      <source>De&amp;lete all my data …</source>
      <translation>Alle meine Daten &amp;löschen …</translation>
    </message>
  </context>
  <context>
    <name>DeleteAllDialog</name>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="133" />
      <location filename="../../desktop/ui/journal/data_rights.py" line="134" />
      <source>Delete all my data</source>
      <translation>Alle meine Daten löschen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="135" />
      <source>This deletes all %n entries of your journal for good: every answer, note, reflection, tag and feedback received, and every draft. It cannot be undone. If you want to keep a copy, export your data first.</source>
      <translation>
        <numerusform>Damit wird der einzige Eintrag Ihres Journals endgültig gelöscht: jede Antwort, Notiz und Reflexion, jedes Schlagwort, jede erhaltene Rückmeldung und jeder Entwurf. Das lässt sich nicht rückgängig machen. Wenn Sie eine Kopie behalten möchten, exportieren Sie Ihre Daten vorher.</numerusform>
        <numerusform>Damit werden alle %n Einträge Ihres Journals endgültig gelöscht: jede Antwort, Notiz und Reflexion, jedes Schlagwort, jede erhaltene Rückmeldung und jeder Entwurf. Das lässt sich nicht rückgängig machen. Wenn Sie eine Kopie behalten möchten, exportieren Sie Ihre Daten vorher.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="140" />
      <source>Also delete the &amp;backups in {folder} (%n)</source>
      <translation>
        <numerusform>Auch die &amp;Sicherung in {folder} löschen (%n)</numerusform>
        <numerusform>Auch die &amp;Sicherungen in {folder} löschen (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="142" />
      <source>Also delete the backups</source>
      <translation>Auch die Sicherungen löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="143" />
      <source>Without this, the backups stay, and a backup could bring the entries back</source>
      <translation>Ohne diese Option bleiben die Sicherungen erhalten, und mit einer Sicherung ließen sich die Einträge wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="149" />
      <source>&amp;Delete everything</source>
      <translation>Alles &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="151" />
      <source>Delete everything</source>
      <translation>Alles löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="154" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="167" />
      <source>Entries to be deleted: %n.</source>
      <translation>
        <numerusform>Gelöscht wird %n Eintrag.</numerusform>
        <numerusform>Gelöscht werden %n Einträge.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="169" />
      <source>Backups deleted as well: %n.</source>
      <translation>
        <numerusform>Ebenfalls gelöscht wird %n Sicherung.</numerusform>
        <numerusform>Ebenfalls gelöscht werden %n Sicherungen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="171" />
      <source>Backups that stay: %n.</source>
      <translation>
        <numerusform>%n Sicherung bleibt erhalten.</numerusform>
        <numerusform>%n Sicherungen bleiben erhalten.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="173" />
      <source>There are no backups.</source>
      <translation>Es gibt keine Sicherungen.</translation>
    </message>
  </context>
  <context>
    <name>DialoguePlayer</name>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="127" />
      <source>Conversation transcript</source>
      <translation>Gesprächsverlauf</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="128" />
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="213" />
      <source>What do you say?</source>
      <translation>Was sagen Sie?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="156" />
      <source>What would you say now? Write it in your own words before you see the options:</source>
      <translation>Was würden Sie jetzt sagen? Schreiben Sie es in eigenen Worten, bevor Sie die Antwortmöglichkeiten sehen:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="158" />
      <source>What you would say, in your own words</source>
      <translation>Was Sie sagen würden, in eigenen Worten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="162" />
      <source>Show the &amp;options</source>
      <translation>Antwort&amp;möglichkeiten zeigen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="174" />
      <source>&amp;Undo last choice</source>
      <translation>&amp;Rückgängig: letzte Wahl</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="175" />
      <source>Take back the last choice</source>
      <translation>Letzte Wahl zurücknehmen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="180" />
      <source>&amp;Restart from here</source>
      <translation>Ab hier &amp;neu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="181" />
      <source>Start again from the chosen point</source>
      <translation>Ab dem gewählten Knoten neu beginnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="183" />
      <source>Start again from:</source>
      <translation>Neu beginnen ab:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="212" />
      <source>Which option comes nearest to your words?</source>
      <translation>Welche Antwort kommt Ihren Worten am nächsten?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="214" />
      <source>Your words: {text}</source>
      <translation>Ihre Worte: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="232" />
      <source>Answer {n}: {text}</source>
      <translation>Antwort {n}: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="246" />
      <source>You can take back the choice and try another one, or note down a sentence below.</source>
      <translation>Sie können die Wahl zurücknehmen und eine andere ausprobieren, oder unten einen Satz notieren.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="249" />
      <source>“Continue” takes you to Verarbeiten. You can also take back a choice or start again at an earlier point.</source>
      <translation>Mit „Weiter“ geht es zu Verarbeiten. Sie können auch eine Wahl zurücknehmen oder an einer früheren Stelle neu beginnen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="257" />
      <source>What is {name} thinking?</source>
      <translation>Was denkt {name}?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="258" />
      <source>What is the other person thinking?</source>
      <translation>Was denkt das Gegenüber?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="316" />
      <source>The conversation ends here.</source>
      <translation>Das Gespräch ist hier zu Ende.</translation>
    </message>
  </context>
  <context>
    <name>DisplayTab</name>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="28" />
      <source>A new language takes effect after a restart of the app.</source>
      <translation>Eine andere Sprache wird nach einem Neustart der App wirksam.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="31" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="32" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="38" />
      <source>System size</source>
      <translation>Systemgröße</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="39" />
      <source> pt</source>
      <translation> pt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="41" />
      <source>The lowest value follows the system's size</source>
      <translation>Der kleinste Wert übernimmt die Schriftgröße des Systems</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="44" />
      <source>&amp;Font size:</source>
      <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="46" />
      <source>Follow the s&amp;ystem</source>
      <translation>Wie im S&amp;ystem</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="47" />
      <source>Includes the system's own high-contrast mode</source>
      <translation>Berücksichtigt auch den Hochkontrastmodus des Systems</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="48" />
      <source>Hi&amp;gh contrast</source>
      <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="52" />
      <source>Text and colours</source>
      <translation>Schrift und Farben</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/display_tab.py" line="54" />
      <source>Ctrl+Plus and Ctrl+Minus change the size anywhere in the app.</source>
      <translation>Strg+Plus und Strg+Minus ändern die Größe überall in der App.</translation>
    </message>
  </context>
  <context>
    <name>EntryList</name>
    <message>
      <location filename="../../desktop/ui/supervision/entry_list.py" line="100" />
      <source>Sce&amp;nario:</source>
      <translation>Sze&amp;nario:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/entry_list.py" line="101" />
      <source>S&amp;tage:</source>
      <translation>St&amp;ufe:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/entry_list.py" line="102" />
      <source>&amp;Pseudonym:</source>
      <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/entry_list.py" line="155" />
      <source>all scenarios</source>
      <translation>alle Szenarien</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/entry_list.py" line="156" />
      <source>own cases (real conversations)</source>
      <translation>eigene Fälle (echte Gespräche)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/entry_list.py" line="158" />
      <source>all stages</source>
      <translation>alle Stufen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/entry_list.py" line="160" />
      <source>all pseudonyms</source>
      <translation>alle Pseudonyme</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/entry_list.py" line="55" />
      <source>Loading the entries …</source>
      <translation>Einträge werden geladen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/entry_list.py" line="72" />
      <source>Shared entries</source>
      <translation>Geteilte Einträge</translation>
    </message>
  </context>
  <context>
    <name>EntryListPanel</name>
    <message>
      <location filename="../../desktop/ui/journal/entry_table.py" line="101" />
      <source>Open in &amp;window</source>
      <translation>Im Fenster &amp;öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/entry_table.py" line="102" />
      <source>Open the entry in a window of its own</source>
      <translation>Eintrag in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/entry_table.py" line="103" />
      <source>E&amp;xport …</source>
      <translation>E&amp;xportieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/entry_table.py" line="104" />
      <source>Export entries as PDF or Markdown</source>
      <translation>Einträge als PDF oder Markdown exportieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/entry_table.py" line="105" />
      <source>De&amp;lete …</source>
      <translation>&amp;Löschen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/entry_table.py" line="106" />
      <source>Delete the selected entries</source>
      <translation>Ausgewählte Einträge löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/entry_table.py" line="108" />
      <source>Number of entries</source>
      <translation>Anzahl der Einträge</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/entry_table.py" line="98" />
      <source>Journal entries</source>
      <translation>Journaleinträge</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/entry_table.py" line="99" />
      <source>Newest first. Enter opens the entry in a window of its own.</source>
      <translation>Neueste zuerst. Mit der Eingabetaste öffnet sich der Eintrag in einem eigenen Fenster.</translation>
    </message>
  </context>
  <context>
    <name>ExplainView</name>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="116" />
      <location filename="../../desktop/ui/practice/explain_page.py" line="121" />
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="117" />
      <source>Sitting opposite you: {who}</source>
      <translation>Ihnen gegenüber: {who}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="119" />
      <source>German: {level}.</source>
      <translation>Deutschkenntnisse: {level}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="124" />
      <location filename="../../desktop/ui/practice/explain_page.py" line="125" />
      <source>The official wording</source>
      <translation>Der Text aus dem Amt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="128" />
      <location filename="../../desktop/ui/practice/explain_page.py" line="129" />
      <source>Your task</source>
      <translation>Ihre Aufgabe</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="136" />
      <location filename="../../desktop/ui/practice/explain_page.py" line="140" />
      <source>Your first version</source>
      <translation>Ihre erste Fassung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="146" />
      <source>&amp;Your explanation</source>
      <translation>&amp;Ihre Erklärung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="147" />
      <location filename="../../desktop/ui/practice/explain_page.py" line="150" />
      <source>Your explanation</source>
      <translation>Ihre Erklärung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="148" />
      <source>Write what you would say or write to the person …</source>
      <translation>Schreiben Sie, was Sie der Person sagen oder schreiben würden …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="155" />
      <source>Figures</source>
      <translation>Kennzahlen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="158" />
      <location filename="../../desktop/ui/practice/explain_page.py" line="161" />
      <source>Key points</source>
      <translation>Kernpunkte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="163" />
      <source>Hin&amp;ts (Enter selects the words in the text)</source>
      <translation>Hin&amp;weise (die Eingabetaste markiert die Wörter im Text)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="165" />
      <source>Hints (Enter selects the words in the text)</source>
      <translation>Hinweise (die Eingabetaste markiert die Wörter im Text)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="179" />
      <source>&amp;Keep first version and revise</source>
      <translation>Erste Fassung &amp;behalten und überarbeiten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="180" />
      <source>Keep first version and revise</source>
      <translation>Erste Fassung behalten und überarbeiten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="182" />
      <source>&amp;Compare with model answers</source>
      <translation>Mit &amp;Musterantworten vergleichen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="183" />
      <source>Compare with model answers</source>
      <translation>Mit Musterantworten vergleichen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="185" />
      <source>&amp;Finish and save to journal</source>
      <translation>&amp;Fertig: im Journal speichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="186" />
      <source>Finish and save to journal</source>
      <translation>Fertig: im Journal speichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="191" />
      <location filename="../../desktop/ui/practice/explain_page.py" line="194" />
      <source>Model answers</source>
      <translation>Musterantworten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="193" />
      <source>Comparison</source>
      <translation>Vergleich</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="225" />
      <source>&amp;Your revised explanation</source>
      <translation>&amp;Ihre überarbeitete Erklärung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="239" />
      <source>What experienced colleagues say</source>
      <translation>Was erfahrene Kolleginnen und Kollegen sagen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="245" />
      <source>Hints: {now} now</source>
      <translation>Hinweise: {now}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="247" />
      <source>Hints: {before} in your first version, {now} now; key points covered: {points_before} → {points_now} of {total}.</source>
      <translation>Hinweise: {before} in Ihrer ersten Fassung, {now} jetzt; Kernpunkte abgedeckt: {points_before} → {points_now} von {total}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="323" />
      <source>No hints on the wording. Check the key points above.</source>
      <translation>Keine Hinweise zur Sprache. Prüfen Sie noch die Kernpunkte oben.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="324" />
      <source>Hin&amp;ts: {count} (Enter selects the words in the text)</source>
      <translation>Hin&amp;weise: {count} (die Eingabetaste markiert die Wörter im Text)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="328" />
      <source> (covered)</source>
      <translation> (abgedeckt)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="329" />
      <source> (missing)</source>
      <translation> (fehlt)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="341" />
      <source>{sentences} sentences, {words} words, longest sentence {longest} words (up to {limit} is easy to follow)</source>
      <translation>{sentences} Sätze, {words} Wörter, längster Satz {longest} Wörter (bis {limit} gut verständlich)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="345" />
      <source>; Wiener Sachtextformel {score} (up to 4 very easy … from 15 very hard)</source>
      <translation>; Wiener Sachtextformel {score} (bis 4 sehr leicht … ab 15 sehr schwer)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/explain_page.py" line="94" />
      <source>Explain in plain words</source>
      <translation>Verständlich erklären</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="355" />
      <location filename="../../desktop/ui/journal/export.py" line="356" />
      <source>Export entries</source>
      <translation>Einträge exportieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="357" />
      <source>&amp;PDF, for printing</source>
      <translation>&amp;PDF, zum Drucken</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="357" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="358" />
      <source>&amp;Markdown, plain text</source>
      <translation>&amp;Markdown, reiner Text</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="359" />
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="361" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="365" />
      <source>&amp;Selected entries ({n})</source>
      <translation>Aus&amp;gewählte Einträge ({n})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="367" />
      <source>Entries the &amp;filter shows ({n})</source>
      <translation>Vom &amp;Filter angezeigte Einträge ({n})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="368" />
      <source>A&amp;ll entries ({n})</source>
      <translation>A&amp;lle Einträge ({n})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="369" />
      <source>Entries</source>
      <translation>Einträge</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="383" />
      <source>&amp;Export …</source>
      <translation>&amp;Exportieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="383" />
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="385" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="39" />
      <source>Export scenario pack</source>
      <translation>Szenario-Paket exportieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="48" />
      <source>&amp;Scenarios for the pack:</source>
      <translation>&amp;Szenarien für das Paket:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="49" />
      <source>Space ticks a scenario. The technique cards it uses are added.</source>
      <translation>Die Leertaste hakt ein Szenario an. Die Technikkarten, die es nutzt, kommen mit ins Paket.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="52" />
      <source>&amp;Author line (e.g. your team):</source>
      <translation>&amp;Autorenzeile (z. B. Ihr Team):</translation>
    </message>
  </context>
  <context>
    <name>FeedbackExportDialog</name>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="106" />
      <source>Export feedback</source>
      <translation>Rückmeldungen exportieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="115" />
      <source>How the caseworker sees who wrote the feedback</source>
      <translation>So wird der Person angezeigt, von wem die Rückmeldung stammt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="116" />
      <source>e.g. Supervision team north</source>
      <translation>z. B. Supervisionsteam Nord</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="118" />
      <source>Choose &amp;folder …</source>
      <translation>&amp;Ordner wählen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="121" />
      <source>&amp;Pseudonym:</source>
      <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="122" />
      <source>&amp;Signed as:</source>
      <translation>&amp;Unterzeichnet als:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="126" />
      <source>Folder:</source>
      <translation>Ordner:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="129" />
      <source>E&amp;xport</source>
      <translation>E&amp;xportieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="133" />
      <source>One file with every comment on this pseudonym's entries. Comments are anonymised on the way out. Give the file to the caseworker who uses this pseudonym.</source>
      <translation>Eine Datei mit allen Kommentaren zu den Einträgen dieses Pseudonyms. Die Kommentare werden beim Export anonymisiert. Geben Sie die Datei an die Person weiter, die dieses Pseudonym verwendet.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="140" />
      <source>Folder for the feedback file</source>
      <translation>Ordner für die Rückmeldungsdatei</translation>
    </message>
  </context>
  <context>
    <name>HintsBlock</name>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="269" />
      <source>&amp;Show hints from experienced colleagues</source>
      <translation>Hinweise erfahrener Kolleginnen &amp;lesen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="270" />
      <source>Available once you have worked on this stage</source>
      <translation>Erst verfügbar, wenn Sie diese Stufe bearbeitet haben</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="272" />
      <source>The hints appear as soon as you have answered or chosen something in this stage.</source>
      <translation>Die Hinweise erscheinen, sobald Sie in dieser Stufe etwas beantwortet oder gewählt haben.</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="101" />
      <source>Suggestion for today</source>
      <translation>Vorschlag für heute</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="102" />
      <source>&amp;Start exercise</source>
      <translation>Übung &amp;beginnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="103" />
      <source>Start the suggested exercise</source>
      <translation>Vorgeschlagene Übung beginnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="107" />
      <source>Zwischendurch (2 minutes)</source>
      <translation>Zwischendurch (2 Minuten)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="108" />
      <source>A single difficult moment from a scenario: read, respond, get feedback, reflect in one sentence.</source>
      <translation>Ein einzelner schwieriger Moment aus einem Szenario: lesen, antworten, Rückmeldung, ein Satz Reflexion.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="114" />
      <source>Moments ready for review</source>
      <translation>Momente zum Wiederholen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="117" />
      <source>Start &amp;Zwischendurch</source>
      <translation>&amp;Zwischendurch üben</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="118" />
      <source>Start a two-minute exercise</source>
      <translation>Zwei-Minuten-Übung beginnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="121" />
      <source>Explain &amp;plainly</source>
      <translation>&amp;Verständlich erklären</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="125" />
      <source>Explain in plain words</source>
      <translation>Verständlich erklären</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="126" />
      <source>Put an official letter into words a client with little German understands. Hints appear in your text as you write; then compare with model answers.</source>
      <translation>Einen Brief vom Amt so sagen, dass ihn jemand mit wenig Deutsch versteht. Die Hinweise erscheinen beim Schreiben im Text; danach vergleichen Sie mit Musterantworten.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="131" />
      <source>Exercise to explain:</source>
      <translation>Erklär-Übung:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="136" />
      <source>Start e&amp;xplaining</source>
      <translation>Erklär-Übung &amp;starten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="145" />
      <source>Before the appointment</source>
      <translation>Vor dem Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="146" />
      <source>What kind of appointment is coming up? The right steps and phrases on one page.</source>
      <translation>Welche Art Termin steht an? Die passenden Schritte und Formulierungen auf einer Seite.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="149" />
      <source>Type of appointment:</source>
      <translation>Art des Termins:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="158" />
      <source>Sho&amp;w</source>
      <translation>Anzei&amp;gen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="158" />
      <source>Show steps and phrases</source>
      <translation>Schritte und Formulierungen anzeigen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="166" />
      <source>Techniques</source>
      <translation>Techniken</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="167" />
      <source>Short cards on conversation techniques: what it is about, how it works, phrases, pitfalls.</source>
      <translation>Kurze Karten zu Gesprächstechniken: Worum es geht, so geht's, Formulierungen, Stolpersteine.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="170" />
      <source>Open &amp;technique cards</source>
      <translation>&amp;Technikkarten öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="174" />
      <location filename="../../desktop/ui/practice/home_page.py" line="179" />
      <source>Reflect on your own case</source>
      <translation>Eigenen Fall reflektieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="175" />
      <source>Think through a real conversation that stays with you, in four steps. Clients' personal data is detected as you write.</source>
      <translation>Ein echtes Gespräch, das nachwirkt, in vier Schritten durchdenken. Persönliche Daten der Kundschaft werden beim Schreiben erkannt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="178" />
      <source>&amp;Reflect on a case</source>
      <translation>&amp;Fall reflektieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="196" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="197" />
      <source>A few minutes between two appointments? Choose where you would like to start.</source>
      <translation>Ein paar Minuten zwischen zwei Terminen? Wählen Sie, womit Sie anfangen möchten.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="201" />
      <source>Reminder</source>
      <translation>Erinnerung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="239" />
      <source>{title}
Last step: {step}</source>
      <translation>{title}
Zuletzt bei: {step}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="242" />
      <source>No paused exercise. Everything you write is saved straight away.</source>
      <translation>Keine unterbrochene Übung. Alles, was Sie schreiben, wird sofort gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="271" />
      <source>What you took from last time: “{text}”</source>
      <translation>Das haben Sie beim letzten Mal mitgenommen: „{text}“</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="295" />
      <source>One moment from an earlier exercise is ready to be looked at again; Zwischendurch starts with it.</source>
      <translation>Ein Moment aus einer früheren Übung ist bereit, noch einmal angeschaut zu werden; „Zwischendurch“ beginnt damit.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="297" />
      <source>A few moments from earlier exercises are ready to be looked at again; Zwischendurch starts with them.</source>
      <translation>Ein paar Momente aus früheren Übungen sind bereit, noch einmal angeschaut zu werden; „Zwischendurch“ beginnt damit.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="314" />
      <source>It has been a few days since your last exercise. A two-minute moment fits between two appointments, whenever it suits you.</source>
      <translation>Ihre letzte Übung liegt ein paar Tage zurück. Ein Zwischendurch-Moment von zwei Minuten passt zwischen zwei Termine, wann immer es Ihnen passt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="342" />
      <source>Loading the scenarios …</source>
      <translation>Die Szenarien werden geladen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="343" />
      <source>No scenarios found.</source>
      <translation>Keine Szenarien gefunden.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="77" />
      <source>Start page</source>
      <translation>Startseite</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="95" />
      <source>Continue</source>
      <translation>Weitermachen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="96" />
      <source>&amp;Continue</source>
      <translation>&amp;Weitermachen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/home_page.py" line="97" />
      <source>Continue the paused exercise</source>
      <translation>Unterbrochene Übung fortsetzen</translation>
    </message>
  </context>
  <context>
    <name>JournalFilterBar</name>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="103" />
      <source>&amp;Search:</source>
      <translation>&amp;Suche:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="106" />
      <source>&amp;Kind:</source>
      <translation>A&amp;rt:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="107" />
      <source>Sce&amp;nario:</source>
      <translation>Sze&amp;nario:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="108" />
      <source>S&amp;tage:</source>
      <translation>St&amp;ufe:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="109" />
      <source>Stat&amp;us:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="110" />
      <source>Ta&amp;g:</source>
      <translation>Schla&amp;gwort:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="151" />
      <source>All scenarios</source>
      <translation>Alle Szenarien</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="152" />
      <source>All tags</source>
      <translation>Alle Schlagwörter</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="59" />
      <source>Finds entries containing all the words typed</source>
      <translation>Findet Einträge, die alle eingegebenen Wörter enthalten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="60" />
      <source>Words from answers, notes, titles, feedback …</source>
      <translation>Wörter aus Antworten, Notizen, Titeln, Rückmeldungen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="67" />
      <source>All kinds</source>
      <translation>Alle Arten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="72" />
      <source>Any stage</source>
      <translation>Alle Stufen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="75" />
      <source>Entries with written answers in this stage</source>
      <translation>Einträge mit schriftlichen Antworten in dieser Stufe</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="77" />
      <source>Finished and drafts</source>
      <translation>Abgeschlossene und Entwürfe</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="78" />
      <source>Finished only</source>
      <translation>Nur abgeschlossene</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="79" />
      <source>Drafts only</source>
      <translation>Nur Entwürfe</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="81" />
      <source>Date &amp;range:</source>
      <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="82" />
      <source>Only entries from this date range</source>
      <translation>Nur Einträge aus diesem Zeitraum</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="84" />
      <source>From date</source>
      <translation>Startdatum</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="85" />
      <source>To date</source>
      <translation>Enddatum</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/filter_bar.py" line="88" />
      <source>Reset fi&amp;lters</source>
      <translation>&amp;Filter zurücksetzen</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message>
      <location filename="../../desktop/ui/journal/journal_page.py" line="111" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/journal_page.py" line="179" />
      <source>Matches so far: %n; more appear as you scroll</source>
      <translation>
        <numerusform>Bisher %n Treffer; weitere erscheinen beim Blättern</numerusform>
        <numerusform>Bisher %n Treffer; weitere erscheinen beim Blättern</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/journal_page.py" line="180" />
      <source>Matches: %n</source>
      <translation>
        <numerusform>%n Treffer</numerusform>
        <numerusform>%n Treffer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/journal_page.py" line="182" />
      <source>Entries: %n</source>
      <translation>
        <numerusform>%n Eintrag</numerusform>
        <numerusform>%n Einträge</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_page.py" line="256" />
      <source>the entry “{title}” of {when}</source>
      <translation>den Eintrag „{title}“ vom {when}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/journal_page.py" line="260" />
      <source>the selected entries (%n)</source>
      <translation>
        <numerusform>den %n ausgewählten Eintrag</numerusform>
        <numerusform>die %n ausgewählten Einträge</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_page.py" line="261" />
      <source>Delete {what}? Its answers, notes, tags and any feedback received are deleted for good. Copies in backups remain until the backups rotate out.</source>
      <translation>Möchten Sie {what} löschen? Antworten, Notizen, Schlagwörter und erhaltene Rückmeldungen werden endgültig gelöscht. Kopien in Sicherungen bleiben erhalten, bis diese turnusmäßig ersetzt werden.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_page.py" line="264" />
      <source>Delete entries</source>
      <translation>Einträge löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_page.py" line="264" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_page.py" line="280" />
      <source>Deleting</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_page.py" line="280" />
      <source>Deleting entries …</source>
      <translation>Einträge werden gelöscht …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_page.py" line="315" />
      <source>Not possible</source>
      <translation>Nicht möglich</translation>
    </message>
  </context>
  <context>
    <name>LintGraphView</name>
    <message>
      <location filename="../../desktop/ui/studio/studio_map.py" line="78" />
      <source>Dialogue map</source>
      <translation>Dialogkarte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_map.py" line="84" />
      <source>problem: {text}</source>
      <translation>Problem: {text}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="202" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="204" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="206" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="207" />
      <source>&amp;Larger text</source>
      <translation>Schrift &amp;größer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="209" />
      <source>&amp;Smaller text</source>
      <translation>Schrift &amp;kleiner</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="211" />
      <source>&amp;Normal text size</source>
      <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="213" />
      <source>&amp;High contrast</source>
      <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="218" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="219" />
      <source>&amp;Faulty scenario files …</source>
      <translation>&amp;Fehlerhafte Szenario-Dateien …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="223" />
      <source>&amp;About Gesprächskompass</source>
      <translation>Ü&amp;ber Gesprächskompass</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="243" />
      <source>The text size is set by your IT.</source>
      <translation>Die Schriftgröße ist von Ihrer IT festgelegt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="267" />
      <source>About Gesprächskompass</source>
      <translation>Über Gesprächskompass</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="267" />
      <source>Gesprächskompass {version}

Practise and reflect on conversations at the immigration office. All data stays on this computer.</source>
      <translation>Gesprächskompass {version}

Gespräche in der Ausländerbehörde üben und reflektieren. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="277" />
      <source>Status bar</source>
      <translation>Statuszeile</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/shell/main_window.py" line="306" />
      <source>%n scenario(s) loaded;</source>
      <translation>
        <numerusform>%n Szenario geladen;</numerusform>
        <numerusform>%n Szenarien geladen;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/shell/main_window.py" line="306" />
      <source>%n file(s) faulty (Help → Faulty scenario files).</source>
      <translation>
        <numerusform>%n Datei fehlerhaft (Hilfe → Fehlerhafte Szenario-Dateien).</numerusform>
        <numerusform>%n Dateien fehlerhaft (Hilfe → Fehlerhafte Szenario-Dateien).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/shell/main_window.py" line="309" />
      <source>%n scenario(s) loaded.</source>
      <translation>
        <numerusform>%n Szenario geladen.</numerusform>
        <numerusform>%n Szenarien geladen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="317" />
      <source>No problems.</source>
      <translation>Keine Probleme.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="318" />
      <source>Scenario files</source>
      <translation>Szenario-Dateien</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="319" />
      <source>These files could not be loaded, or loaded only with warnings. All other scenarios are available.</source>
      <translation>Diese Dateien konnten nicht oder nur mit Hinweisen geladen werden. Alle übrigen Szenarien stehen zur Verfügung.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/main_window.py" line="71" />
      <source>Content</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/nav_list.py" line="50" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/nav_list.py" line="51" />
      <source>Areas of the app; choose with the arrow keys</source>
      <translation>Bereiche der App; mit den Pfeiltasten wählen</translation>
    </message>
  </context>
  <context>
    <name>PracticeController</name>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="149" />
      <location filename="../../desktop/ui/practice/practice_controller.py" line="156" />
      <location filename="../../desktop/ui/practice/practice_controller.py" line="172" />
      <location filename="../../desktop/ui/practice/practice_controller.py" line="179" />
      <source>Cannot continue</source>
      <translation>Weitermachen nicht möglich</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="149" />
      <source>The scenario of this session is no longer in the library. Your entries can still be read in the journal.</source>
      <translation>Das Szenario dieser Sitzung ist nicht mehr in der Bibliothek. Ihre Einträge bleiben im Journal lesbar.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="159" />
      <source>Scenario changed</source>
      <translation>Szenario geändert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="159" />
      <source>The scenario has changed since your last session. Your answers are kept; the dialogue continues from the last point that still exists.</source>
      <translation>Das Szenario wurde seit Ihrer letzten Sitzung geändert. Ihre Antworten sind erhalten; im Dialog geht es an der letzten noch vorhandenen Stelle weiter.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="172" />
      <source>The exercise of this session is no longer in the library. Your texts can still be read in the journal.</source>
      <translation>Die Übung dieser Sitzung ist nicht mehr in der Bibliothek. Ihre Texte können Sie weiter im Journal lesen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="190" />
      <location filename="../../desktop/ui/practice/practice_controller.py" line="226" />
      <source>▶ Current exercise</source>
      <translation>▶ Aktuelle Übung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="245" />
      <source>Not saved: {error}</source>
      <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="247" />
      <source>Your input stays in this window; if it still cannot be saved when you quit, you can save it as a text file.</source>
      <translation>Ihre Eingaben bleiben in diesem Fenster; lassen sie sich beim Beenden noch immer nicht speichern, können Sie sie als Textdatei sichern.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="263" />
      <source>Everything is saved again.</source>
      <translation>Alles ist wieder gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="337" />
      <source>The journal could not be opened when the app started.</source>
      <translation>Das Journal konnte beim Start nicht geöffnet werden.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/practice_controller.py" line="342" />
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
  </context>
  <context>
    <name>PracticeTab</name>
    <message>
      <location filename="../../desktop/ui/settings/practice_tab.py" line="18" />
      <source>Show my practice &amp;days of the last four weeks in the statistics</source>
      <translation>Meine Übungs&amp;tage der letzten vier Wochen in der Statistik zeigen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/practice_tab.py" line="19" />
      <source>Shows on how many of the last 28 days you practised. A day without practice never counts against you, nothing can be broken, and nobody else sees it.</source>
      <translation>Zeigt, an wie vielen der letzten 28 Tage Sie geübt haben. Ein Tag ohne Übung zählt nie gegen Sie, nichts kann abreißen, und niemand sonst sieht es.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/practice_tab.py" line="23" />
      <source>A gentle &amp;reminder on the start page</source>
      <translation>Dezente &amp;Erinnerung auf der Startseite</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/practice_tab.py" line="24" />
      <source>Only a short note on the start page when you have not practised for a while: never a pop-up, never a notification.</source>
      <translation>Nur ein kurzer Hinweis auf der Startseite, wenn Sie eine Weile nicht geübt haben: nie ein Pop-up-Fenster, nie eine Benachrichtigung.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/practice_tab.py" line="28" />
      <source>In Reagieren, write your &amp;own words before the options appear</source>
      <translation>Im Reagieren zuerst in eigenen &amp;Worten antworten, dann die Antwortmöglichkeiten sehen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/practice_tab.py" line="29" />
      <source>At each decision you first write what you would say; then the options appear and you pick the nearest one. Recalling before recognising trains more. Both stay in your journal.</source>
      <translation>Bei jeder Entscheidung schreiben Sie zuerst, was Sie sagen würden; dann erscheinen die Antwortmöglichkeiten und Sie wählen die nächstliegende. Selbst formulieren übt mehr als wiedererkennen. Beides bleibt in Ihrem Journal.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/practice_tab.py" line="34" />
      <source>Say on the start page when &amp;moments are ready for review</source>
      <translation>Auf der Startseite sagen, wenn &amp;Momente zum Wiederholen bereit sind</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/practice_tab.py" line="35" />
      <source>Decision points you found hard come back in Zwischendurch after a day or two, those that went well after weeks. Zwischendurch always starts with them; this only adds one quiet sentence to the start page.</source>
      <translation>Entscheidungen, die Ihnen schwergefallen sind, kommen nach ein, zwei Tagen in „Zwischendurch“ wieder, gelungene erst nach Wochen. „Zwischendurch“ beginnt immer mit ihnen; diese Einstellung fügt nur einen ruhigen Satz auf der Startseite hinzu.</translation>
    </message>
  </context>
  <context>
    <name>PrivacyGuard</name>
    <message>
      <location filename="../../desktop/ui/common/privacy_guard.py" line="135" />
      <source> and {n} more</source>
      <translation> und {n} weitere</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/privacy_guard.py" line="136" />
      <source>Possibly personal data: {items}{more}. Please replace it with placeholders so that the note does not identify anyone.</source>
      <translation>Möglicherweise persönliche Daten: {items}{more}. Bitte ersetzen Sie sie durch Platzhalter, damit die Notiz keine Person erkennbar macht.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/privacy_guard.py" line="144" />
      <source>“{text}” → {placeholder}</source>
      <translation>„{text}“ → {placeholder}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/privacy_guard.py" line="146" />
      <source>Replace {what} with {placeholder}</source>
      <translation>{what} durch {placeholder} ersetzen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/privacy_guard.py" line="151" />
      <source>Replace all ({n})</source>
      <translation>Alle ersetzen ({n})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/privacy_guard.py" line="188" />
      <source>Replace “{text}” with {placeholder}</source>
      <translation>„{text}“ durch {placeholder} ersetzen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/privacy_guard.py" line="72" />
      <source>Personal data notice</source>
      <translation>Hinweis auf persönliche Daten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/privacy_guard.py" line="77" />
      <source>Replace all</source>
      <translation>Alle ersetzen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/privacy_guard.py" line="79" />
      <source>Replace all personal data found</source>
      <translation>Alle gefundenen persönlichen Daten ersetzen</translation>
    </message>
  </context>
  <context>
    <name>ReagierenPane</name>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="241" />
      <source>Introduction</source>
      <translation>Einleitung</translation>
    </message>
  </context>
  <context>
    <name>ScenarioTableModel</name>
    <message>
      <location filename="../../desktop/ui/practice/scenario_table.py" line="78" />
      <source>Scenario</source>
      <translation>Szenario</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/scenario_table.py" line="78" />
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/scenario_table.py" line="78" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/scenario_table.py" line="78" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/scenario_table.py" line="79" />
      <source>Status</source>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/scenario_table.py" line="83" />
      <source>completed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/scenario_table.py" line="83" />
      <source>started</source>
      <translation>begonnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/scenario_table.py" line="84" />
      <source>new</source>
      <translation>neu</translation>
    </message>
  </context>
  <context>
    <name>SearchHitModel</name>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="304" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="304" />
      <source>Entry</source>
      <translation>Eintrag</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="304" />
      <source>Found in</source>
      <translation>Gefunden in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="305" />
      <source>Match</source>
      <translation>Treffer</translation>
    </message>
  </context>
  <context>
    <name>SessionDetail</name>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="111" />
      <source>Journal entry</source>
      <translation>Journaleintrag</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="112" />
      <source>The selected entry as a document: questions, answers, choices, the path through the conversation and feedback</source>
      <translation>Der ausgewählte Eintrag als Dokument: Fragen, Antworten, Entscheidungen, der Weg durch das Gespräch und Rückmeldungen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="115" />
      <source>Tags of this entry</source>
      <translation>Schlagwörter dieses Eintrags</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="116" />
      <source>Several tags separated by commas</source>
      <translation>Mehrere Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="117" />
      <source>e.g. counter, anger</source>
      <translation>durch Komma getrennt, z. B. Schalter, Ärger</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="121" />
      <source>Tags (&amp;comma-separated):</source>
      <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="123" />
      <source>Sa&amp;ve tags</source>
      <translation>Schlagwörter s&amp;peichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="124" />
      <source>Save tags</source>
      <translation>Schlagwörter speichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="126" />
      <source>C&amp;ontinue</source>
      <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="127" />
      <source>Opens the draft where you stopped</source>
      <translation>Öffnet den Entwurf an der Stelle, an der Sie aufgehört haben</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="130" />
      <source>As a scenario &amp;draft</source>
      <translation>Als Szenario-&amp;Entwurf</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="131" />
      <source>As a scenario draft</source>
      <translation>Als Szenario-Entwurf</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="132" />
      <source>Opens a scenario skeleton from this case in the scenario studio</source>
      <translation>Öffnet im Szenario-Studio ein Szenario-Gerüst aus diesem Fall</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="138" />
      <source>Path as a &amp;graph</source>
      <translation>W&amp;eg als Grafik</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="139" />
      <source>Show the path as a graph</source>
      <translation>Weg als Grafik zeigen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="140" />
      <source>Your path, the recommended path and your earlier attempts, node by node</source>
      <translation>Ihr Weg, der empfohlene Weg und Ihre früheren Versuche, Punkt für Punkt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="176" />
      <source>Choose an entry in the list to read it here.</source>
      <translation>Wählen Sie einen Eintrag in der Liste, um ihn hier zu lesen.</translation>
    </message>
  </context>
  <context>
    <name>SessionDetailDialog</name>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="262" />
      <location filename="../../desktop/ui/journal/journal_detail.py" line="263" />
      <source>Journal entry</source>
      <translation>Journaleintrag</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_detail.py" line="271" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
  </context>
  <context>
    <name>SessionListModel</name>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="169" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="169" />
      <source>Entry</source>
      <translation>Eintrag</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="169" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="169" />
      <source>Progress</source>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="170" />
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
  </context>
  <context>
    <name>SessionView</name>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="124" />
      <source>Own case</source>
      <translation>Eigener Fall</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="135" />
      <source>&amp;Pause</source>
      <translation>&amp;Unterbrechen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="135" />
      <source>Everything is saved; you can pick up right here later</source>
      <translation>Alles ist gespeichert; Sie können später genau hier weitermachen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="137" />
      <source>« &amp;Back</source>
      <translation>« &amp;Zurück</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="137" />
      <source>Back to the previous step</source>
      <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="138" />
      <location filename="../../desktop/ui/practice/session_view.py" line="235" />
      <source>&amp;Continue »</source>
      <translation>&amp;Weiter »</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="138" />
      <source>Go on to the next step</source>
      <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="233" />
      <source>&amp;Done</source>
      <translation>&amp;Fertig</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="234" />
      <source>Fi&amp;nish »</source>
      <translation>Ab&amp;schließen »</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/ui/settings/settings_dialog.py" line="54" />
      <location filename="../../desktop/ui/settings/settings_dialog.py" line="55" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/settings_dialog.py" line="71" />
      <source>Settings areas</source>
      <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/settings_dialog.py" line="72" />
      <source>Display</source>
      <translation>Anzeige</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/settings_dialog.py" line="73" />
      <source>Practice</source>
      <translation>Üben</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/settings_dialog.py" line="74" />
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/settings_dialog.py" line="75" />
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
  </context>
  <context>
    <name>ShareDialog</name>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="102" />
      <source>Tick the entries to share; Space ticks</source>
      <translation>Einträge zum Teilen anhaken; die Leertaste setzt den Haken</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="103" />
      <source>&amp;Entries:</source>
      <translation>&amp;Einträge:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="104" />
      <source>Preview of the share file</source>
      <translation>Vorschau der Freigabedatei</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="105" />
      <source>Exactly what leaves this computer; parts replaced by placeholders are marked with a diamond</source>
      <translation>Genau das, was diesen Computer verlässt; durch Platzhalter ersetzte Stellen sind mit einer Raute markiert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="108" />
      <source>{mark} bold and underlined: a part replaced by a placeholder (the file contains only the placeholder, without {mark}).</source>
      <translation>{mark} fett und unterstrichen: eine durch einen Platzhalter ersetzte Stelle (die Datei enthält nur den Platzhalter, ohne {mark}).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="112" />
      <source>The name your supervisor sees instead of yours</source>
      <translation>Der Name, den Ihre Supervisorin oder Ihr Supervisor statt Ihres Namens sieht</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="114" />
      <source>&amp;Pseudonym:</source>
      <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="118" />
      <source>Choose &amp;folder …</source>
      <translation>&amp;Ordner wählen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="119" />
      <source>Choose the folder for the share file</source>
      <translation>Ordner für die Freigabedatei wählen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="123" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="125" />
      <source>&amp;Write share file</source>
      <translation>Freigabedatei &amp;schreiben</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="126" />
      <source>&amp;Cancel</source>
      <translation>&amp;Abbrechen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="156" />
      <source>Preview: exactly what leaves this computer</source>
      <translation>Vorschau: genau das, was diesen Computer verlässt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="188" />
      <source>Chosen once: you always share under this pseudonym, so that feedback finds its way back.</source>
      <translation>Einmal gewählt: Sie teilen immer unter diesem Pseudonym, damit Rückmeldungen den Weg zu Ihnen zurückfinden.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="193" />
      <source>Choose it once; it is kept for all later shares. Use nothing that identifies you.</source>
      <translation>Sie wählen es einmal; es gilt dann für alle späteren Freigaben. Verwenden Sie nichts, was auf Sie schließen lässt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="210" />
      <source>Kept with personal data: stays on this computer.</source>
      <translation>Mit persönlichen Daten behalten: bleibt auf diesem Computer.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="222" />
      <source>Your journal has no entries yet.</source>
      <translation>Ihr Journal enthält noch keine Einträge.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="227" />
      <source>kept with personal data, cannot be shared</source>
      <translation>mit persönlichen Daten behalten, kann nicht geteilt werden</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="229" />
      <source>↗ shared {when}</source>
      <translation>↗ geteilt am {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="233" />
      <source>The file is written to: {folder}</source>
      <translation>Die Datei wird gespeichert in: {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="238" />
      <source>Folder for the share file</source>
      <translation>Ordner für die Freigabedatei</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="282" />
      <source>Tick one or more entries to see what would be shared.</source>
      <translation>Haken Sie einen oder mehrere Einträge an, um zu sehen, was geteilt würde.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="306" />
      <source>Preparing the preview …</source>
      <translation>Die Vorschau wird erstellt …</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/share_dialog.py" line="313" />
      <source>Pseudonym: {name} · written on {day} · entries: %n</source>
      <translation>
        <numerusform>Pseudonym: {name} · erstellt am {day} · %n Eintrag</numerusform>
        <numerusform>Pseudonym: {name} · erstellt am {day} · %n Einträge</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/share_dialog.py" line="318" />
      <source>Entries ready: %n</source>
      <translation>
        <numerusform>%n Eintrag bereit</numerusform>
        <numerusform>%n Einträge bereit</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/share_dialog.py" line="318" />
      <source>parts replaced by placeholders: %n.</source>
      <translation>
        <numerusform>%n Stelle durch einen Platzhalter ersetzt.</numerusform>
        <numerusform>%n Stellen durch Platzhalter ersetzt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="323" />
      <source>The preview could not be prepared: {error}</source>
      <translation>Die Vorschau konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="325" />
      <source>Nothing can be shared yet.</source>
      <translation>Noch kann nichts geteilt werden.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="348" />
      <source>✔ Written: {path}. Give this file to your supervisor.</source>
      <translation>✔ Gespeichert: {path}. Geben Sie diese Datei Ihrer Supervisorin oder Ihrem Supervisor.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="351" />
      <source>&amp;Close</source>
      <translation>S&amp;chließen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="94" />
      <source>Share entries with your supervisor</source>
      <translation>Einträge mit der Supervision teilen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/share_dialog.py" line="97" />
      <source>Choose the entries to share. Everything you wrote is anonymised first; the preview shows exactly what the file will contain. Entries you kept with personal data stay on this computer and cannot be chosen.</source>
      <translation>Wählen Sie die Einträge aus, die Sie teilen möchten. Alles, was Sie geschrieben haben, wird zuerst anonymisiert; die Vorschau zeigt genau, was die Datei enthalten wird. Einträge, in denen Sie persönliche Daten behalten haben, bleiben auf diesem Computer und können nicht ausgewählt werden.</translation>
    </message>
  </context>
  <context>
    <name>SituationPane</name>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="147" />
      <source>Content note:</source>
      <translation>Hinweis zum Inhalt:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="149" />
      <source>Content note</source>
      <translation>Hinweis zum Inhalt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="150" />
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="155" />
      <location filename="../../desktop/ui/practice/step_panes.py" line="156" />
      <source>People involved</source>
      <translation>Beteiligte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="160" />
      <source>Short title (no names):</source>
      <translation>Kurzer Titel (ohne Namen):</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="161" />
      <source>e.g. “Refusal on Tuesday”, no names</source>
      <translation>z. B. „Ablehnung am Dienstag“, ohne Namen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="179" />
      <source>So far in the conversation</source>
      <translation>Bisher im Gespräch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="180" />
      <source>The conversation so far</source>
      <translation>Bisheriger Gesprächsverlauf</translation>
    </message>
  </context>
  <context>
    <name>StagePane</name>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="192" />
      <source>Introduction</source>
      <translation>Einleitung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="212" />
      <source>How are you feeling about it?</source>
      <translation>Wie geht es Ihnen damit?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="227" />
      <source>Where to find support</source>
      <translation>Wo Sie Unterstützung finden</translation>
    </message>
  </context>
  <context>
    <name>StatsPage</name>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="138" />
      <source>The figures could not be read: {error}</source>
      <translation>Die Zahlen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/statistics/stats_page.py" line="177" />
      <source>Sessions in your journal: %n. These figures are for you alone; nobody else sees them.</source>
      <translation>
        <numerusform>%n Sitzung in Ihrem Journal. Diese Zahlen sind nur für Sie; niemand sonst sieht sie.</numerusform>
        <numerusform>%n Sitzungen in Ihrem Journal. Diese Zahlen sind nur für Sie; niemand sonst sieht sie.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="197" />
      <source>In the last four weeks you practised on {n} of {total} days.</source>
      <translation>In den letzten vier Wochen haben Sie an {n} von {total} Tagen geübt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="200" />
      <source>Whenever you have a few minutes: every session counts.</source>
      <translation>Wann immer Sie ein paar Minuten haben: Jede Übung zählt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="211" />
      <location filename="../../desktop/ui/statistics/stats_page.py" line="322" />
      <source>Sessions</source>
      <translation>Sitzungen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/statistics/stats_page.py" line="217" />
      <source>Sessions in the last {weeks} weeks: %n, in {active} of the weeks; most in the week of {best:%d.%m.} ({most}).</source>
      <translation>
        <numerusform>In den letzten {weeks} Wochen haben Sie %n-mal geübt, in {active} der Wochen; am meisten in der Woche ab dem {best:%d.%m.} (Sitzungen: {most}).</numerusform>
        <numerusform>In den letzten {weeks} Wochen haben Sie %n-mal geübt, in {active} der Wochen; am meisten in der Woche ab dem {best:%d.%m.} (Sitzungen: {most}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="222" />
      <source>No sessions in the last {weeks} weeks yet. The chart fills as you practise.</source>
      <translation>In den letzten {weeks} Wochen noch keine Sitzungen. Das Diagramm füllt sich, während Sie üben.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="232" />
      <source>before: solid line, round points</source>
      <translation>vorher: durchgezogene Linie, runde Punkte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="235" />
      <source>after: dashed line, square points</source>
      <translation>nachher: gestrichelte Linie, eckige Punkte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="250" />
      <source>Weekly averages over the last {weeks} weeks (0 = not at all, 10 = very strong): before {before}, after {after}. In {lower} of {pairs} sessions with both values the strain was lower afterwards.</source>
      <translation>Wochendurchschnitte der letzten {weeks} Wochen (0 = gar nicht, 10 = sehr stark): vorher {before}, nachher {after}. In {lower} von {pairs} Sitzungen mit beiden Werten war die Belastung danach geringer.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="256" />
      <source>No strain noted yet. In {stage} you can note how strained you feel before and after.</source>
      <translation>Noch keine Belastung eingetragen. In {stage} können Sie festhalten, wie belastet Sie sich vorher und nachher fühlen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="266" />
      <source>Choices</source>
      <translation>Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="270" />
      <source>Of {n} choices in the dialogue ({stage}): {h} helpful, {t} partly helpful, {u} unhelpful. Choices taken back are not counted.</source>
      <translation>Antworten im Dialog ({stage}) insgesamt: {n}, davon {h} hilfreich, {t} teils hilfreich, {u} ungünstig. Zurückgenommene Antworten zählen nicht mit.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="275" />
      <source>No dialogue choices yet.</source>
      <translation>Noch keine Antworten im Dialog.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="281" />
      <source>recommended option (solid)</source>
      <translation>empfohlene Option (ausgefüllt)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="283" />
      <source>another option (hatched)</source>
      <translation>andere Option (schraffiert)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="293" />
      <source>{stage}: {r} recommended, {o} other</source>
      <translation>{stage}: {r} × empfohlen, {o} × andere</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="295" />
      <source>Another option is often a fine choice too; the feedback says why.</source>
      <translation>Eine andere Option ist oft ebenfalls eine gute Wahl; die Rückmeldung erklärt, warum.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="297" />
      <source>No choices in {a}, {b} or {c} yet.</source>
      <translation>Noch keine Entscheidungen in {a}, {b} oder {c}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="325" />
      <source>The scenarios are still loading.</source>
      <translation>Die Szenarien werden noch geladen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="328" />
      <source>Practised: {topics}.</source>
      <translation>Geübt: {topics}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="329" />
      <source>No topic practised yet.</source>
      <translation>Noch kein Thema geübt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="331" />
      <source>Not practised yet: {topics}.</source>
      <translation>Noch nicht geübt: {topics}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="63" />
      <location filename="../../desktop/ui/statistics/stats_page.py" line="92" />
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="64" />
      <source>The figures are being read …</source>
      <translation>Die Zahlen werden geladen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="72" />
      <source>Sessions per week</source>
      <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="73" />
      <source>Strain before and after</source>
      <translation>Belastung vorher und nachher</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="74" />
      <source>How your dialogue choices were rated</source>
      <translation>Wie Ihre Antworten im Dialog bewertet wurden</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="75" />
      <source>Your choices compared with the recommendation</source>
      <translation>Ihre Entscheidungen im Vergleich zur Empfehlung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/statistics/stats_page.py" line="76" />
      <source>Topics practised</source>
      <translation>Geübte Themen</translation>
    </message>
  </context>
  <context>
    <name>StepIndicator</name>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="100" />
      <source>Step {n} of {total}: {name}</source>
      <translation>Schritt {n} von {total}: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="78" />
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/session_view.py" line="98" />
      <source>current step</source>
      <translation>aktueller Schritt</translation>
    </message>
  </context>
  <context>
    <name>StepPane</name>
    <message>
      <location filename="../../desktop/ui/practice/step_panes.py" line="130" />
      <source>Hints</source>
      <translation>Hinweise</translation>
    </message>
  </context>
  <context>
    <name>StrainSlider</name>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="324" />
      <source>0 not at all</source>
      <translation>0 gar nicht</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="325" />
      <source>10 very strong</source>
      <translation>10 sehr stark</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="333" />
      <source>not chosen yet</source>
      <translation>noch nicht gewählt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="334" />
      <source>{n} of 10</source>
      <translation>{n} von 10</translation>
    </message>
  </context>
  <context>
    <name>StudioMap</name>
    <message>
      <location filename="../../desktop/ui/studio/studio_map.py" line="147" />
      <source>Notes on the dialogue</source>
      <translation>Hinweise zum Dialog</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_map.py" line="152" />
      <source>Selected node</source>
      <translation>Ausgewählter Knoten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_map.py" line="185" />
      <source>No dialogue yet: write nodes under “## Reagieren”.</source>
      <translation>Noch kein Dialog: Schreiben Sie Knoten unter „## Reagieren“.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_map.py" line="199" />
      <source>%n node(s) with problems, marked with “!”.</source>
      <translation>
        <numerusform>%n Knoten mit Problemen, markiert mit „!“.</numerusform>
        <numerusform>%n Knoten mit Problemen, markiert mit „!“.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_map.py" line="201" />
      <source>No problems in the dialogue.</source>
      <translation>Keine Probleme im Dialog.</translation>
    </message>
  </context>
  <context>
    <name>StudioPage</name>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="100" />
      <source>&amp;New scenario</source>
      <translation>&amp;Neues Szenario</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="101" />
      <source>New &amp;technique card</source>
      <translation>Neue &amp;Technikkarte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="102" />
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="103" />
      <source>&amp;Play from here</source>
      <translation>Ab hier s&amp;pielen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="104" />
      <source>E&amp;xport pack …</source>
      <translation>Paket e&amp;xportieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="105" />
      <source>&amp;Import pack …</source>
      <translation>Paket &amp;importieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="132" />
      <source>Scenario studio</source>
      <translation>Szenario-Studio</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="153" />
      <source>Open scenario or technique card</source>
      <translation>Szenario oder Technikkarte öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="154" />
      <location filename="../../desktop/ui/studio/studio_page.py" line="159" />
      <source>Scenario files (*.md)</source>
      <translation>Szenario-Dateien (*.md)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="158" />
      <source>Save in the team folder</source>
      <translation>Im Team-Ordner speichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="175" />
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="176" />
      <source>The text has unsaved changes. Discard them?</source>
      <translation>Der Text hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="190" />
      <source>Cannot open</source>
      <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="197" />
      <source>New scenario</source>
      <translation>Neues Szenario</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="222" />
      <source>not saved yet</source>
      <translation>noch nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="224" />
      <source>File: {where}{star}</source>
      <translation>Datei: {where}{star}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="231" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="231" />
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="232" />
      <source>Line {line}: {kind}: {message}</source>
      <translation>Zeile {line}: {kind}: {message}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_page.py" line="238" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n Fehler</numerusform>
        <numerusform>%n Fehler</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_page.py" line="239" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n Warnung</numerusform>
        <numerusform>%n Warnungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="248" />
      <source>The preview appears once the file has no errors.</source>
      <translation>Die Vorschau erscheint, sobald die Datei keine Fehler mehr hat.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="288" />
      <source>Play from here</source>
      <translation>Ab hier spielen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="288" />
      <source>The scenario has errors; fix them first (see the list of findings).</source>
      <translation>Das Szenario hat Fehler; beheben Sie sie zuerst (siehe die Liste der Befunde).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="312" />
      <source>Personal data in the draft</source>
      <translation>Personenbezogene Daten im Entwurf</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_page.py" line="312" />
      <source>The draft still contains personal data ({kinds}) in %n line(s): {lines}. Replace it with invented details before saving.</source>
      <translation>
        <numerusform>Der Entwurf enthält noch personenbezogene Daten ({kinds}) in Zeile {lines}. Ersetzen Sie sie vor dem Speichern durch erfundene Angaben.</numerusform>
        <numerusform>Der Entwurf enthält noch personenbezogene Daten ({kinds}) in den Zeilen {lines}. Ersetzen Sie sie vor dem Speichern durch erfundene Angaben.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="346" />
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="71" />
      <source>Scenario text</source>
      <translation>Szenario-Text</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="76" />
      <source>Findings</source>
      <translation>Befunde</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="81" />
      <source>Check result</source>
      <translation>Prüfergebnis</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="82" />
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="88" />
      <source>Preview and dialogue map</source>
      <translation>Vorschau und Dialogkarte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="89" />
      <source>Pre&amp;view</source>
      <translation>&amp;Vorschau</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="90" />
      <source>Dialogue &amp;map</source>
      <translation>Dialog&amp;karte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="93" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_page.py" line="99" />
      <source>&amp;Open …</source>
      <translation>Ö&amp;ffnen …</translation>
    </message>
  </context>
  <context>
    <name>SummaryPane</name>
    <message>
      <location filename="../../desktop/ui/practice/summary_pane.py" line="26" />
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_pane.py" line="35" />
      <source>Your path as a graph</source>
      <translation>Ihr Weg als Grafik</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_pane.py" line="40" />
      <source>Practise &amp;again</source>
      <translation>&amp;Noch einmal</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_pane.py" line="41" />
      <source>Practise this scenario again</source>
      <translation>Dieses Szenario noch einmal üben</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_pane.py" line="58" />
      <source>4. One thing I take with me</source>
      <translation>4. Das nehme ich mit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_pane.py" line="62" />
      <source>Show it on the start page before my &amp;next exercise</source>
      <translation>&amp;Vor meiner nächsten Übung auf der Startseite zeigen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_pane.py" line="63" />
      <source>Show it on the start page before my next exercise</source>
      <translation>Vor meiner nächsten Übung auf der Startseite zeigen</translation>
    </message>
  </context>
  <context>
    <name>SupervisionExchange</name>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_exchange.py" line="36" />
      <source>Import share files</source>
      <translation>Freigabedateien importieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_exchange.py" line="37" />
      <source>Share files (*.json)</source>
      <translation>Freigabedateien (*.json)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_exchange.py" line="41" />
      <source>Import a folder</source>
      <translation>Ordner importieren</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/supervision_exchange.py" line="53" />
      <source>Entries imported: %n; already there: {duplicates}; files refused: {refused}.</source>
      <translation>
        <numerusform>%n Eintrag importiert; bereits vorhanden: {duplicates}; abgelehnte Dateien: {refused}.</numerusform>
        <numerusform>%n Einträge importiert; bereits vorhanden: {duplicates}; abgelehnte Dateien: {refused}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_exchange.py" line="65" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_exchange.py" line="66" />
      <source>Nothing was taken from a refused file.</source>
      <translation>Aus abgelehnten Dateien wurde nichts übernommen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_exchange.py" line="87" />
      <source>✔ Feedback for {name} written: {path}</source>
      <translation>✔ Rückmeldungen für {name} gespeichert: {path}</translation>
    </message>
  </context>
  <context>
    <name>SupervisionPage</name>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="124" />
      <source>Supervision</source>
      <translation>Supervision</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="125" />
      <source>Entries that caseworkers chose to share with you, under their pseudonyms. They stay in this workspace, apart from your own journal. Comment on an entry or a stage and send the comments back as one file per pseudonym.</source>
      <translation>Einträge, die Kolleginnen und Kollegen unter ihrem Pseudonym mit Ihnen geteilt haben. Sie bleiben in diesem Arbeitsbereich, getrennt von Ihrem eigenen Journal. Kommentieren Sie einen Eintrag oder eine Stufe und senden Sie die Kommentare als eine Datei pro Pseudonym zurück.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="185" />
      <source>The shared entries could not be read: {error}</source>
      <translation>Die geteilten Einträge konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="231" />
      <source>Choose an entry in the list to read it.</source>
      <translation>Wählen Sie einen Eintrag in der Liste, um ihn zu lesen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="233" />
      <source>Loading the entries …</source>
      <translation>Einträge werden geladen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="234" />
      <source>No shared entries yet. Import the share files that caseworkers gave you (Import files … or Import a folder …).</source>
      <translation>Noch keine geteilten Einträge. Importieren Sie die Freigabedateien, die Sie von Kolleginnen und Kollegen erhalten haben („Dateien importieren …“ oder „Ordner importieren …“).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="247" />
      <source>✔ Comment saved.</source>
      <translation>✔ Kommentar gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="255" />
      <source>Comment deleted.</source>
      <translation>Kommentar gelöscht.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="274" />
      <source>Comments not saved</source>
      <translation>Kommentare nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="283" />
      <source>Remove entry</source>
      <translation>Eintrag entfernen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="283" />
      <source>Remove this entry and your comments on it from the workspace? The caseworker's own journal is not affected.</source>
      <translation>Diesen Eintrag und Ihre Kommentare dazu aus dem Arbeitsbereich entfernen? Das Journal der Kollegin oder des Kollegen bleibt davon unberührt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="289" />
      <source>Entry removed.</source>
      <translation>Eintrag entfernt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="312" />
      <source>Importing …</source>
      <translation>Wird importiert …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="81" />
      <source>&amp;Import files …</source>
      <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="82" />
      <source>Import a fo&amp;lder …</source>
      <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="84" />
      <source>E&amp;xport feedback …</source>
      <translation>Rückmeldungen e&amp;xportieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="86" />
      <source>&amp;Remove entry</source>
      <translation>Eintrag &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="92" />
      <source>Shared entry</source>
      <translation>Geteilter Eintrag</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="93" />
      <source>The selected entry as it was shared, with your comments</source>
      <translation>Der ausgewählte Eintrag, wie er geteilt wurde, mit Ihren Kommentaren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_page.py" line="99" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>TeamPage</name>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="111" />
      <source>Not enough contributors yet. The team view shows a figure only when at least {n} different pseudonyms contributed to it, so that no figure is about one person. So far fewer than {n} pseudonyms have shared entries with you.</source>
      <translation>Noch nicht genug Beteiligte. Die Team-Übersicht zeigt eine Zahl nur, wenn mindestens {n} verschiedene Pseudonyme dazu beigetragen haben, damit keine Zahl eine einzelne Person betrifft. Bisher haben weniger als {n} Pseudonyme Einträge mit Ihnen geteilt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/team_page.py" line="117" />
      <source>Pseudonyms contributing: %n. Each figure below counts at least {n} of them; figures about fewer are left out.</source>
      <translation>
        <numerusform>Zahlen von %n Pseudonym. Jede Zahl unten beruht auf mindestens {n} davon; Zahlen über weniger werden weggelassen.</numerusform>
        <numerusform>Zahlen von %n Pseudonymen. Jede Zahl unten beruht auf mindestens {n} davon; Zahlen über weniger werden weggelassen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/team_page.py" line="123" />
      <source>Scenarios or own cases not shown because fewer than {n} pseudonyms contributed to each: %n.</source>
      <translation>
        <numerusform>Nicht gezeigt, weil jeweils weniger als {n} Pseudonyme beigetragen haben: %n Szenario oder eigener Fall.</numerusform>
        <numerusform>Nicht gezeigt, weil jeweils weniger als {n} Pseudonyme beigetragen haben: %n Szenarien oder eigene Fälle.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="136" />
      <source>own cases (real conversations)</source>
      <translation>eigene Fälle (echte Gespräche)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="140" />
      <source>No scenario has reached {n} pseudonyms yet.</source>
      <translation>Noch kein Szenario wurde von mindestens {n} Pseudonymen geübt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="146" />
      <location filename="../../desktop/ui/supervision/team_page.py" line="161" />
      <source>Entries</source>
      <translation>Einträge</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="148" />
      <source>Entries per scenario: {figures}.</source>
      <translation>Einträge je Szenario: {figures}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="154" />
      <source>No stage has reached {n} pseudonyms yet.</source>
      <translation>Noch keine Stufe wurde von mindestens {n} Pseudonymen reflektiert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="162" />
      <source>Entries that reflect each stage: {figures}.</source>
      <translation>Einträge, die die jeweilige Stufe reflektieren: {figures}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="166" />
      <source>Decision points where unfavourable choices were made most often; each moment counts at least {n} pseudonyms who chose unfavourably there.</source>
      <translation>Entscheidungsstellen, an denen am häufigsten ungünstig gewählt wurde; gezeigt werden nur Momente, an denen mindestens {n} Pseudonyme ungünstig gewählt haben.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="171" />
      <source>No moment has reached {n} pseudonyms yet.</source>
      <translation>Noch kein Moment betrifft mindestens {n} Pseudonyme.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="176" />
      <source>✖ unfavourable choices (solid)</source>
      <translation>✖ ungünstige Entscheidungen (ausgefüllt)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="178" />
      <source>all choices there (hatched)</source>
      <translation>alle Entscheidungen dort (schraffiert)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="184" />
      <source>{moment}: {bad} of {all} choices unfavourable</source>
      <translation>{moment}: {bad} von {all} Entscheidungen ungünstig</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="192" />
      <source>Fewer than {n} pseudonyms gave their strain before and after.</source>
      <translation>Weniger als {n} Pseudonyme haben ihre Belastung vorher und nachher angegeben.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="196" />
      <source>before</source>
      <translation>vorher</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="196" />
      <source>after</source>
      <translation>nachher</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="197" />
      <source>Average strain (0–10)</source>
      <translation>Durchschnittliche Belastung (0–10)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/supervision/team_page.py" line="199" />
      <source>Average strain (0 = not at all, 10 = very strong): before {before}, after {after}. Entries with both values: %n; each pseudonym counts once, however many entries it shared.</source>
      <translation>
        <numerusform>Durchschnittliche Belastung (0 = gar nicht, 10 = sehr stark): vorher {before}, nachher {after}. Aus %n Eintrag mit beiden Werten; jedes Pseudonym zählt einmal, wie viele Einträge es auch geteilt hat.</numerusform>
        <numerusform>Durchschnittliche Belastung (0 = gar nicht, 10 = sehr stark): vorher {before}, nachher {after}. Aus %n Einträgen mit beiden Werten; jedes Pseudonym zählt einmal, wie viele Einträge es auch geteilt hat.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="33" />
      <source>&amp;Refresh</source>
      <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="37" />
      <source>Scenarios practised</source>
      <translation>Geübte Szenarien</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="38" />
      <source>Stages reflected</source>
      <translation>Reflektierte Stufen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="39" />
      <source>Hardest moments</source>
      <translation>Schwierigste Momente</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="40" />
      <source>Strain before and after</source>
      <translation>Belastung vorher und nachher</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="67" />
      <source>Team view</source>
      <translation>Team-Übersicht</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="71" />
      <source>What the team practises and where it struggles, to plan trainings and collegial case consultation. There are no figures about single people and no rankings of people.</source>
      <translation>Was das Team übt und wo es sich schwertut – als Grundlage für Fortbildungen und kollegiale Fallberatung. Es gibt keine Zahlen zu einzelnen Personen und keine Ranglisten.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/team_page.py" line="92" />
      <source>The team figures could not be read: {error}</source>
      <translation>Die Teamzahlen konnten nicht gelesen werden: {error}</translation>
    </message>
  </context>
  <context>
    <name>TechniquesPage</name>
    <message>
      <location filename="../../desktop/ui/practice/techniques_page.py" line="31" />
      <source>Search techniques</source>
      <translation>Techniken durchsuchen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/techniques_page.py" line="32" />
      <source>Search, e.g. “interpreter” or “refusal” …</source>
      <translation>Suchen, z. B. „Dolmetscher“ oder „Ablehnung“ …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/techniques_page.py" line="36" />
      <source>Technique cards</source>
      <translation>Technikkarten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/techniques_page.py" line="38" />
      <source>Technique card</source>
      <translation>Technikkarte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/techniques_page.py" line="41" />
      <source>Techniques</source>
      <translation>Techniken</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/techniques_page.py" line="71" />
      <source>No technique card found.</source>
      <translation>Keine Technikkarte gefunden.</translation>
    </message>
  </context>
  <context>
    <name>TestRunDialog</name>
    <message>
      <location filename="../../desktop/ui/studio/studio_play.py" line="31" />
      <source>Test run: {title}</source>
      <translation>Testlauf: {title}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_play.py" line="34" />
      <source>Current node</source>
      <translation>Aktueller Knoten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_play.py" line="35" />
      <source>Dialogue</source>
      <translation>Dialog</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_play.py" line="37" />
      <source>Choices with rating and target</source>
      <translation>Antworten mit Bewertung und Ziel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_play.py" line="43" />
      <source>&amp;Back to the editor</source>
      <translation>&amp;Zurück zum Editor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_play.py" line="45" />
      <source>Back to the editor</source>
      <translation>Zurück zum Editor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_play.py" line="46" />
      <source>&amp;Again from here</source>
      <translation>&amp;Noch einmal von hier</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_play.py" line="66" />
      <source>Node @{id} (test mode: ratings and targets shown)</source>
      <translation>Knoten @{id} (Testmodus: Bewertungen und Ziele sichtbar)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_play.py" line="76" />
      <source>End of the dialogue.</source>
      <translation>Ende des Dialogs.</translation>
    </message>
  </context>
  <context>
    <name>TextView</name>
    <message>
      <location filename="../../desktop/ui/common/text_view.py" line="105" />
      <source>Link: {text}</source>
      <translation>Link: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/text_view.py" line="72" />
      <source>Preparing the text …</source>
      <translation>Der Text wird vorbereitet …</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../desktop/app.py" line="131" />
      <source>The data folder {folder} cannot be written ({problem}), so nothing can be saved. Free some space or ask your IT to make the folder writable.</source>
      <translation>Der Datenordner {folder} kann nicht beschrieben werden ({problem}), deshalb kann nichts gespeichert werden. Bitte schaffen Sie Platz oder bitten Sie Ihre IT, den Ordner beschreibbar zu machen.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="149" />
      <source>the disk is full</source>
      <translation>der Datenträger ist voll</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="151" />
      <source>the folder is read-only</source>
      <translation>der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="158" />
      <source>the lock file cannot be created</source>
      <translation>die Sperrdatei lässt sich nicht anlegen</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="214" />
      <source>Gesprächskompass is already open. Please switch to the open window.</source>
      <translation>Gesprächskompass ist bereits geöffnet. Bitte wechseln Sie zum offenen Fenster.</translation>
    </message>
  </context>
  <context>
    <name>browser</name>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="278" />
      <source>Content note</source>
      <translation>Hinweis zum Inhalt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="280" />
      <source>You can pause the exercise at any time.</source>
      <translation>Sie können die Übung jederzeit unterbrechen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="281" />
      <source>Start exercise</source>
      <translation>Übung beginnen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="282" />
      <source>Maybe another time</source>
      <translation>Lieber ein anderes Mal</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="297" />
      <source>Content note:</source>
      <translation>Hinweis zum Inhalt:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="301" />
      <source>People involved</source>
      <translation>Beteiligte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/browser_page.py" line="302" />
      <source>Topics:</source>
      <translation>Themen:</translation>
    </message>
  </context>
  <context>
    <name>data_rights</name>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="103" />
      <source>Where should the export go?</source>
      <translation>Wohin soll der Export gespeichert werden?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="109" />
      <location filename="../../desktop/ui/journal/data_rights.py" line="115" />
      <location filename="../../desktop/ui/journal/data_rights.py" line="117" />
      <source>Export all my data</source>
      <translation>Alle meine Daten exportieren</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="109" />
      <source>%n entries exported to {folder}: journal.json with everything, and one readable file per entry in “sitzungen”.</source>
      <translation>
        <numerusform>%n Eintrag exportiert nach {folder}: journal.json mit allen Daten und eine lesbare Datei pro Eintrag im Ordner „sitzungen“.</numerusform>
        <numerusform>%n Einträge exportiert nach {folder}: journal.json mit allen Daten und eine lesbare Datei pro Eintrag im Ordner „sitzungen“.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="117" />
      <source>Exporting all your data …</source>
      <translation>Alle Ihre Daten werden exportiert …</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="194" />
      <source>All %n entries and all backups were deleted.</source>
      <translation>
        <numerusform>Der Eintrag und alle Sicherungen wurden gelöscht.</numerusform>
        <numerusform>Alle %n Einträge und alle Sicherungen wurden gelöscht.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="195" />
      <source>All %n entries were deleted. The backups were kept.</source>
      <translation>
        <numerusform>Der Eintrag wurde gelöscht. Die Sicherungen bleiben erhalten.</numerusform>
        <numerusform>Alle %n Einträge wurden gelöscht. Die Sicherungen bleiben erhalten.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="196" />
      <location filename="../../desktop/ui/journal/data_rights.py" line="202" />
      <location filename="../../desktop/ui/journal/data_rights.py" line="204" />
      <source>Delete all my data</source>
      <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="204" />
      <source>Deleting all your data …</source>
      <translation>Alle Ihre Daten werden gelöscht …</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="216" />
      <source>From now on, “own case” entries that have not been changed for %n day(s) are deleted automatically, at every start and every few hours.</source>
      <translation>
        <numerusform>Ab jetzt werden Einträge „Eigener Fall“, die %n Tag lang nicht geändert wurden, automatisch gelöscht: bei jedem Start der App und alle paar Stunden.</numerusform>
        <numerusform>Ab jetzt werden Einträge „Eigener Fall“, die %n Tage lang nicht geändert wurden, automatisch gelöscht: bei jedem Start der App und alle paar Stunden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="217" />
      <source>%n entries are older than that and will be deleted now.</source>
      <translation>
        <numerusform>%n Eintrag ist schon älter und wird jetzt gelöscht.</numerusform>
        <numerusform>%n Einträge sind schon älter und werden jetzt gelöscht.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="228" />
      <location filename="../../desktop/ui/journal/data_rights.py" line="246" />
      <location filename="../../desktop/ui/journal/data_rights.py" line="248" />
      <source>Automatic deletion</source>
      <translation>Automatisches Löschen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/data_rights.py" line="229" />
      <source>Delete %n entries</source>
      <translation>
        <numerusform>%n Eintrag löschen</numerusform>
        <numerusform>%n Einträge löschen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="248" />
      <source>Deleting old entries …</source>
      <translation>Alte Einträge werden gelöscht …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/data_rights.py" line="50" />
      <source>Keep</source>
      <translation>Behalten</translation>
    </message>
  </context>
  <context>
    <name>dialogue</name>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="101" />
      <source>Your own words first</source>
      <translation>Zuerst in eigenen Worten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="105" />
      <source>You</source>
      <translation>Sie</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="109" />
      <source>The conversation ends here.</source>
      <translation>Das Gespräch ist hier zu Ende.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="95" />
      <source>The other person</source>
      <translation>Gegenüber</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/dialogue_player.py" line="96" />
      <source>What {name} thinks</source>
      <translation>Was {name} denkt</translation>
    </message>
  </context>
  <context>
    <name>exchange_actions</name>
    <message>
      <location filename="../../desktop/ui/shell/exchange_actions.py" line="54" />
      <source>S&amp;hare entries with supervisor …</source>
      <translation>Einträge mit der Supervision &amp;teilen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/exchange_actions.py" line="56" />
      <source>Import &amp;feedback …</source>
      <translation>&amp;Rückmeldungen importieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/exchange_actions.py" line="67" />
      <source>Supervision</source>
      <translation>Supervision</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/exchange_actions.py" line="68" />
      <source>Team view</source>
      <translation>Team-Übersicht</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="120" />
      <location filename="../../desktop/ui/journal/export.py" line="120" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="168" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/export.py" line="169" />
      <source>Exported on {date}, %n entries.</source>
      <translation>
        <numerusform>Exportiert am {date}: %n Eintrag.</numerusform>
        <numerusform>Exportiert am {date}: %n Einträge.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="237" />
      <source>Page {n} of {total}</source>
      <translation>Seite {n} von {total}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="238" />
      <source>Page {n}</source>
      <translation>Seite {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="267" />
      <source>{app}: journal</source>
      <translation>{app}: Journal</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="269" />
      <source>{app}, journal, {date}</source>
      <translation>{app}, Journal, {date}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="311" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="312" />
      <source>Markdown files (*.md)</source>
      <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="315" />
      <source>Export entries</source>
      <translation>Einträge exportieren</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/export.py" line="329" />
      <source>%n entries exported to {file}.</source>
      <translation>
        <numerusform>%n Eintrag exportiert nach {file}.</numerusform>
        <numerusform>%n Einträge exportiert nach {file}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="333" />
      <source>Export cancelled; no file was written.</source>
      <translation>Export abgebrochen; es wurde keine Datei gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/export.py" line="336" />
      <location filename="../../desktop/ui/journal/export.py" line="338" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/export.py" line="338" />
      <source>Exporting %n entries …</source>
      <translation>
        <numerusform>%n Eintrag wird exportiert …</numerusform>
        <numerusform>%n Einträge werden exportiert …</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>feedback_import</name>
    <message>
      <location filename="../../desktop/ui/journal/feedback_import.py" line="104" />
      <source>Feedback files (*.json)</source>
      <translation>Rückmeldungsdateien (*.json)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/journal/feedback_import.py" line="32" />
      <source>Comments from your supervisor added beside your entries: %n.</source>
      <translation>
        <numerusform>Neu bei Ihren Einträgen: %n Kommentar aus der Supervision.</numerusform>
        <numerusform>Neu bei Ihren Einträgen: %n Kommentare aus der Supervision.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/feedback_import.py" line="35" />
      <source>{count} were there already.</source>
      <translation>Bereits vorhanden: {count}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/feedback_import.py" line="37" />
      <source>{count} belong to entries that are no longer in your journal.</source>
      <translation>Nicht zuzuordnen, weil der Eintrag nicht mehr in Ihrem Journal ist: {count}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/feedback_import.py" line="52" />
      <location filename="../../desktop/ui/journal/feedback_import.py" line="102" />
      <source>Import feedback</source>
      <translation>Rückmeldungen importieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/feedback_import.py" line="74" />
      <source>The file could not be read: {error}</source>
      <translation>Die Datei konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/feedback_import.py" line="75" />
      <source>Your journal is unchanged.</source>
      <translation>Ihr Journal bleibt unverändert.</translation>
    </message>
  </context>
  <context>
    <name>graph</name>
    <message>
      <location filename="../../desktop/ui/common/dialogue_graph.py" line="171" />
      <source>an ending</source>
      <translation>ein Ende</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/dialogue_graph.py" line="175" />
      <source>your choice: {text} ({rating})</source>
      <translation>Ihre Wahl: {text} ({rating})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/dialogue_graph.py" line="179" />
      <source>on your path</source>
      <translation>auf Ihrem Weg</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/dialogue_graph.py" line="181" />
      <source>on the recommended path</source>
      <translation>auf dem empfohlenen Weg</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/dialogue_graph.py" line="184" />
      <source>earlier attempts that came here: {n}</source>
      <translation>frühere Versuche, die hierher kamen: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/dialogue_graph.py" line="186" />
      <source>thought: {text}</source>
      <translation>Gedanke: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/dialogue_graph.py" line="350" />
      <source>Ending</source>
      <translation>Ende</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/dialogue_graph.py" line="96" />
      <source>Conversation as a graph</source>
      <translation>Gespräch als Grafik</translation>
    </message>
  </context>
  <context>
    <name>journal</name>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="230" />
      <source>Answer</source>
      <translation>Antwort</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="231" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="232" />
      <source>Takeaway</source>
      <translation>Was ich mitnehme</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="233" />
      <source>What helps</source>
      <translation>Was hilft</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="234" />
      <source>Reflection</source>
      <translation>Reflexion</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="235" />
      <source>Feedback received</source>
      <translation>Erhaltene Rückmeldung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="48" />
      <source>✔ finished</source>
      <translation>✔ abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/journal/journal_model.py" line="49" />
      <source>✎ draft: {step}</source>
      <translation>✎ Entwurf: {step}</translation>
    </message>
  </context>
  <context>
    <name>journal_open</name>
    <message>
      <location filename="../../desktop/ui/common/journal_open.py" line="41" />
      <source>(could not be moved)</source>
      <translation>(konnte nicht verschoben werden)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_open.py" line="42" />
      <source>Your journal database is damaged and could not be opened. It was not deleted but set aside:
{moved}</source>
      <translation>Ihre Journal-Datenbank ist beschädigt und konnte nicht geöffnet werden. Sie wurde nicht gelöscht, sondern beiseitegelegt:
{moved}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_open.py" line="48" />
      <source>The newest intact backup is from {date}. Would you like to restore it?</source>
      <translation>Die neueste intakte Sicherung ist vom {date}. Möchten Sie sie wiederherstellen?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_open.py" line="50" />
      <source>Restore backup</source>
      <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_open.py" line="53" />
      <source>There is no intact backup. The app starts with an empty journal.</source>
      <translation>Es gibt keine intakte Sicherung. Die App beginnt mit einem leeren Journal.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_open.py" line="55" />
      <source>Start with an empty journal</source>
      <translation>Mit leerem Journal beginnen</translation>
    </message>
  </context>
  <context>
    <name>journal_service</name>
    <message>
      <location filename="../../desktop/ui/common/journal_opening.py" line="104" />
      <source>Restoring the backup of {label} …</source>
      <translation>Die Sicherung vom {label} wird wiederhergestellt …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_opening.py" line="112" />
      <source>The app continues with an empty journal.</source>
      <translation>Die App arbeitet mit einem leeren Journal weiter.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_opening.py" line="121" />
      <source>You can practise and read your journal, but nothing you enter is saved.</source>
      <translation>Sie können üben und Ihr Journal lesen, aber nichts, was Sie eingeben, wird gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_opening.py" line="43" />
      <location filename="../../desktop/ui/common/journal_status.py" line="32" />
      <source>Opening the journal …</source>
      <translation>Journal wird geöffnet …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_opening.py" line="90" />
      <source>Please use the newer version of the app. Your data stays unchanged.</source>
      <translation>Bitte verwenden Sie die neuere Version der App. Ihre Daten bleiben unverändert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_opening.py" line="96" />
      <source>Unexpected error: {error}</source>
      <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_opening.py" line="98" />
      <location filename="../../desktop/ui/common/journal_opening.py" line="128" />
      <source>You can still practise, but nothing you enter in this session will be saved.</source>
      <translation>Sie können trotzdem üben, aber nichts, was Sie in dieser Sitzung eingeben, wird gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="127" />
      <source>The journal is still being opened …</source>
      <translation>Das Journal wird noch geöffnet …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="129" />
      <source>The journal can only be read: {reason}</source>
      <translation>Das Journal kann nur gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="131" />
      <source>The journal is damaged: {reason}</source>
      <translation>Das Journal ist beschädigt: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="132" />
      <source>The journal is not available: {reason}</source>
      <translation>Das Journal ist nicht verfügbar: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="231" />
      <source>Saving is not possible right now: {error} Your input is kept and will be saved as soon as it works again.</source>
      <translation>Speichern gerade nicht möglich: {error} Ihre Eingaben bleiben erhalten und werden gespeichert, sobald es wieder geht.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="239" />
      <source>Everything is saved again.</source>
      <translation>Alles ist wieder gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="315" />
      <source>Deleting own-case entries older than {days} days …</source>
      <translation>Einträge „Eigener Fall“, die älter als {days} Tage sind, werden gelöscht …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="321" />
      <source>{n} own-case entries older than {days} days were deleted.</source>
      <translation>{n} Einträge „Eigener Fall“, älter als {days} Tage, wurden gelöscht.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="329" />
      <source>Old entries could not be deleted: {error}</source>
      <translation>Alte Einträge konnten nicht gelöscht werden: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_service.py" line="385" />
      <source>The journal was closed.</source>
      <translation>Das Journal wurde geschlossen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_status.py" line="34" />
      <source>⚠ Journal read-only: nothing is saved</source>
      <translation>⚠ Journal nur lesbar: nichts wird gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_status.py" line="35" />
      <source>⚠ Journal damaged: nothing is saved</source>
      <translation>⚠ Journal beschädigt: nichts wird gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_status.py" line="36" />
      <source>⚠ No journal: nothing is saved</source>
      <translation>⚠ Kein Journal: nichts wird gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/journal_status.py" line="39" />
      <source>Journal ready</source>
      <translation>Journal bereit</translation>
    </message>
  </context>
  <context>
    <name>kinds</name>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="211" />
      <source>Delivering a refusal</source>
      <translation>Eine Ablehnung überbringen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="212" />
      <source>Angry or loud clients</source>
      <translation>Verärgerte oder laute Kundschaft</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="213" />
      <source>Risky appointment: pending removal, earlier threats</source>
      <translation>Termin mit Risiko: Abschiebung, frühere Drohungen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="215" />
      <source>Conversation with an interpreter</source>
      <translation>Gespräch mit Sprachmittlung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="216" />
      <source>Missing documents</source>
      <translation>Fehlende Unterlagen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="217" />
      <source>Long waits, many follow-up questions</source>
      <translation>Lange Wartezeit, viele Nachfragen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="218" />
      <source>Desperate, distressed people</source>
      <translation>Verzweifelte, belastete Menschen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="219" />
      <source>Companions: relatives, volunteers, lawyers</source>
      <translation>Begleitpersonen: Angehörige, Ehrenamtliche, Anwälte</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="100" />
      <source>Safety</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="100" />
      <source>Interpreting</source>
      <translation>Sprachmittlung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="101" />
      <source>Suicide</source>
      <translation>Suizid</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="101" />
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="101" />
      <source>Appointments</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="102" />
      <source>Booking appointments</source>
      <translation>Terminvergabe</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="102" />
      <source>Grief</source>
      <translation>Trauer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="103" />
      <source>Trauma</source>
      <translation>Trauma</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="103" />
      <source>Overload</source>
      <translation>Überlastung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="103" />
      <source>Ukraine</source>
      <translation>Ukraine</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="104" />
      <source>Documents</source>
      <translation>Unterlagen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="105" />
      <source>Declaration of commitment (Verpflichtungserklärung)</source>
      <translation>Verpflichtungserklärung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="106" />
      <source>Temporary protection</source>
      <translation>Vorübergehender Schutz</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="106" />
      <source>Waiting times</source>
      <translation>Wartezeit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="107" />
      <source>Dignity</source>
      <translation>Würde</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="113" />
      <source>{n} min</source>
      <translation>{n} Min.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="125" />
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="127" />
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="136" />
      <source>How strained do you feel right now? (0 = not at all, 10 = very strongly)</source>
      <translation>Wie belastet fühlen Sie sich gerade? (0 = gar nicht, 10 = sehr stark)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="138" />
      <source>And now, after going through it? (0 = not at all, 10 = very strongly)</source>
      <translation>Und jetzt, nach dem Durchgehen? (0 = gar nicht, 10 = sehr stark)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="140" />
      <source>Which feelings are there right now? (choose any)</source>
      <translation>Welche Gefühle sind gerade da? (mehrere möglich)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="141" />
      <source>What would do you good now? (choose any)</source>
      <translation>Was würde Ihnen jetzt guttun? (mehrere möglich)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="142" />
      <source>Something else that helps you</source>
      <translation>Etwas anderes, das Ihnen hilft</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="143" />
      <source>What I take with me (one sentence)</source>
      <translation>Das nehme ich mit (ein Satz)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="144" />
      <source>One sentence on this moment: what do you take with you?</source>
      <translation>Ein Satz zu diesem Moment: Was nehmen Sie mit?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="151" />
      <source>exhausted</source>
      <translation>erschöpft</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="151" />
      <source>angry</source>
      <translation>wütend</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="151" />
      <source>irritated</source>
      <translation>gereizt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="152" />
      <source>sad</source>
      <translation>traurig</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="152" />
      <source>helpless</source>
      <translation>hilflos</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="152" />
      <source>powerless</source>
      <translation>ohnmächtig</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="153" />
      <source>unsure</source>
      <translation>unsicher</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="153" />
      <source>anxious</source>
      <translation>ängstlich</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="153" />
      <source>ashamed</source>
      <translation>beschämt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="154" />
      <source>guilty</source>
      <translation>schuldig</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="154" />
      <source>tense</source>
      <translation>angespannt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="154" />
      <source>moved</source>
      <translation>betroffen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="155" />
      <source>relieved</source>
      <translation>erleichtert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="155" />
      <source>content</source>
      <translation>zufrieden</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="155" />
      <source>calm</source>
      <translation>ruhig</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="156" />
      <source>proud</source>
      <translation>stolz</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="163" />
      <source>talk to a colleague</source>
      <translation>mit einer Kollegin oder einem Kollegen sprechen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="164" />
      <source>talk to the team lead</source>
      <translation>mit der Teamleitung sprechen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="165" />
      <source>peer case consultation</source>
      <translation>kollegiale Fallberatung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="166" />
      <source>supervision</source>
      <translation>Supervision</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="167" />
      <source>employee assistance programme (EAP)</source>
      <translation>Mitarbeiterberatung (EAP)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="168" />
      <source>a short break</source>
      <translation>kurze Pause</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="169" />
      <source>moving about</source>
      <translation>Bewegung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="170" />
      <source>fresh air</source>
      <translation>frische Luft</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="171" />
      <source>something to drink or eat</source>
      <translation>etwas trinken oder essen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="172" />
      <source>write it down and close it</source>
      <translation>aufschreiben und abschließen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="173" />
      <source>an end-of-work ritual</source>
      <translation>ein Ritual zum Feierabend</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="174" />
      <source>nothing, it is fine as it is</source>
      <translation>nichts, es ist gut so</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="184" />
      <source>What happened? Describe the conversation briefly, without names, file numbers or other details by which the person could be recognised.</source>
      <translation>Was ist passiert? Beschreiben Sie das Gespräch kurz, ohne Namen, Aktenzeichen oder andere Angaben, an denen man die Person erkennen könnte.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="188" />
      <source>What was really going on, in your view? What worry or concern might have been behind the behaviour?</source>
      <translation>Was war aus Ihrer Sicht wirklich los? Welche Sorge oder welches Anliegen könnte hinter dem Verhalten gestanden haben?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="190" />
      <source>Is there a second possible reading?</source>
      <translation>Gibt es eine zweite mögliche Deutung?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="192" />
      <source>What did the conversation set off in you?</source>
      <translation>Was hat das Gespräch bei Ihnen selbst ausgelöst?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="195" />
      <source>What could you have arranged differently before or at the start of the conversation (setting, opening, transparency, language, interpreting)?</source>
      <translation>Was hätten Sie vor oder zu Beginn des Gesprächs anders gestalten können (Rahmen, Eröffnung, Transparenz, Sprache, Sprachmittlung)?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="198" />
      <source>What was the hardest moment, and how did you respond?</source>
      <translation>Was war der schwierigste Moment, und wie haben Sie reagiert?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="200" />
      <source>What could you say or do in that moment next time?</source>
      <translation>Was könnten Sie beim nächsten Mal in diesem Moment sagen oder tun?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="202" />
      <source>What about this conversation is still on your mind?</source>
      <translation>Was beschäftigt Sie an diesem Gespräch noch?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="203" />
      <source>Your first version</source>
      <translation>Ihre erste Fassung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="204" />
      <source>Your revised version</source>
      <translation>Ihre überarbeitete Fassung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="265" />
      <location filename="../../desktop/ui/common/labels.py" line="310" />
      <source>Exercise</source>
      <translation>Übung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="265" />
      <source>Zwischendurch</source>
      <translation>Zwischendurch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="266" />
      <source>Own case</source>
      <translation>Eigener Fall</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="266" />
      <source>Explaining in plain words</source>
      <translation>Verständlich erklären</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="326" />
      <source>Scenario: {title}</source>
      <translation>Szenario: {title}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="327" />
      <source>started {when}</source>
      <translation>begonnen am {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="328" />
      <source>✔ finished {when}</source>
      <translation>✔ abgeschlossen am {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="329" />
      <source>✎ draft, stopped at {step}</source>
      <translation>✎ Entwurf, unterbrochen bei {step}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="330" />
      <source>Tags:</source>
      <translation>Schlagwörter:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="331" />
      <source>You chose to keep personal data in this entry: it stays on this computer and cannot be shared.</source>
      <translation>Sie haben entschieden, persönliche Daten in diesem Eintrag zu behalten: Er bleibt auf diesem Computer und kann nicht geteilt werden.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="333" />
      <source>Your choice:</source>
      <translation>Ihre Wahl:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="334" />
      <source>✔ the recommended option</source>
      <translation>✔ die empfohlene Option</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="335" />
      <source>◇ not the recommended option</source>
      <translation>◇ nicht die empfohlene Option</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="336" />
      <source>Your path through the conversation</source>
      <translation>Ihr Weg durch das Gespräch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="337" />
      <source>taken back</source>
      <translation>zurückgenommen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="338" />
      <source>In your own words first:</source>
      <translation>Zuerst in eigenen Worten:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="340" />
      <source>before {before}, after {after} (out of 10)</source>
      <translation>vorher {before}, nachher {after} (von 10)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="341" />
      <source>Feelings</source>
      <translation>Gefühle</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="342" />
      <source>What helps</source>
      <translation>Was hilft</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="343" />
      <source>What I take with me</source>
      <translation>Was ich mitnehme</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="344" />
      <source>Reflection</source>
      <translation>Reflexion</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="345" />
      <source>Feedback from your supervisor</source>
      <translation>Rückmeldung aus der Supervision</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="346" />
      <source>From {sender}, received {when}</source>
      <translation>Von {sender}, erhalten am {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="347" />
      <source>Received {when}</source>
      <translation>Erhalten am {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="348" />
      <source>Shared: {when}</source>
      <translation>Geteilt: {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="349" />
      <source>Nothing written down yet.</source>
      <translation>Noch nichts festgehalten.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="366" />
      <source>Chosen:</source>
      <translation>Gewählt:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="367" />
      <source>Path through the conversation</source>
      <translation>Weg durch das Gespräch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="41" />
      <source>At the counter</source>
      <translation>Am Schalter</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="41" />
      <source>In an appointment</source>
      <translation>Im Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="42" />
      <source>On the phone</source>
      <translation>Am Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="42" />
      <source>In writing</source>
      <translation>Schriftlich</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="46" />
      <source>Introductory</source>
      <translation>Einstieg</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="46" />
      <source>Advanced</source>
      <translation>Fortgeschritten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="46" />
      <source>Challenging</source>
      <translation>Anspruchsvoll</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="51" />
      <source>Deuten</source>
      <translation>Deuten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="51" />
      <source>Beeinflussen</source>
      <translation>Beeinflussen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="52" />
      <source>Reagieren</source>
      <translation>Reagieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="52" />
      <source>Verarbeiten</source>
      <translation>Verarbeiten</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="57" />
      <source>What is really going on here?</source>
      <translation>Was ist hier eigentlich los?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="58" />
      <source>How can I shape this conversation before it tips over?</source>
      <translation>Wie kann ich dieses Gespräch gestalten, bevor es kippt?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="59" />
      <source>What do I say now?</source>
      <translation>Was sage ich jetzt?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="60" />
      <source>What does this do to me, and what do I do with it?</source>
      <translation>Was macht das mit mir, und was mache ich damit?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="65" />
      <source>helpful</source>
      <translation>hilfreich</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="65" />
      <source>partly helpful</source>
      <translation>teils hilfreich</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="66" />
      <source>unhelpful</source>
      <translation>ungünstig</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="78" />
      <source>Deportation</source>
      <translation>Abschiebung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="78" />
      <source>Older clients</source>
      <translation>Ältere Kundschaft</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="79" />
      <source>Aggression</source>
      <translation>Aggression</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="79" />
      <source>Refusal</source>
      <translation>Ablehnung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="80" />
      <source>Employers</source>
      <translation>Arbeitgeber</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="80" />
      <source>Residence permit</source>
      <translation>Aufenthaltserlaubnis</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="81" />
      <source>Threats</source>
      <translation>Bedrohung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="81" />
      <source>Accompanying persons</source>
      <translation>Begleitung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="82" />
      <source>Disability</source>
      <translation>Behinderung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="82" />
      <location filename="../../desktop/ui/common/labels.py" line="339" />
      <source>Strain</source>
      <translation>Belastung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="83" />
      <source>Employment toleration (Beschäftigungsduldung)</source>
      <translation>Beschäftigungsduldung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="84" />
      <source>Complaints</source>
      <translation>Beschwerde</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="84" />
      <source>Visits</source>
      <translation>Besuch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="85" />
      <source>Right to remain</source>
      <translation>Bleiberecht</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="86" />
      <source>Opportunity residence (Chancen-Aufenthaltsrecht)</source>
      <translation>Chancen-Aufenthaltsrecht</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="87" />
      <source>Opportunity card (Chancenkarte)</source>
      <translation>Chancenkarte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="88" />
      <source>Data protection</source>
      <translation>Datenschutz</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="88" />
      <source>Digital participation</source>
      <translation>Digitale Teilhabe</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="89" />
      <source>Toleration (Duldung)</source>
      <translation>Duldung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="89" />
      <source>Naturalisation</source>
      <translation>Einbürgerung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="90" />
      <source>Electronic residence permit</source>
      <translation>Elektronischer Aufenthaltstitel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="91" />
      <source>Managing expectations</source>
      <translation>Erwartungsmanagement</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="92" />
      <source>Skilled workers</source>
      <translation>Fachkräfte</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="92" />
      <source>Family reunification</source>
      <translation>Familiennachzug</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="93" />
      <source>Mistakes by the office</source>
      <translation>Fehler der Behörde</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="94" />
      <source>Interim certificate (Fiktionsbescheinigung)</source>
      <translation>Fiktionsbescheinigung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="95" />
      <source>Continued validity</source>
      <translation>Fortgeltung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="95" />
      <source>Deadlines</source>
      <translation>Fristen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="96" />
      <source>Equal treatment</source>
      <translation>Gleichbehandlung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="96" />
      <source>Liability</source>
      <translation>Haftung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="97" />
      <source>Establishing identity</source>
      <translation>Identitätsklärung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="97" />
      <source>Aftercare</source>
      <translation>Nachsorge</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="98" />
      <source>Obtaining a passport</source>
      <translation>Passbeschaffung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="98" />
      <source>Perspective</source>
      <translation>Perspektive</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="99" />
      <source>Lawyers</source>
      <translation>Rechtsanwalt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/labels.py" line="99" />
      <source>Legal remedies</source>
      <translation>Rechtsbehelf</translation>
    </message>
  </context>
  <context>
    <name>own_case</name>
    <message>
      <location filename="../../desktop/ui/practice/own_case.py" line="26" />
      <source>Personal data in the note</source>
      <translation>Persönliche Daten in der Notiz</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/own_case.py" line="27" />
      <source>Your note still contains details that could identify a person: {items}.</source>
      <translation>Ihre Notiz enthält noch Angaben, die eine Person erkennbar machen können: {items}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/own_case.py" line="31" />
      <source>Replace them with placeholders, or keep them in this note on this computer. A note with personal data can never be shared.</source>
      <translation>Ersetzen Sie sie durch Platzhalter, oder behalten Sie sie in dieser Notiz auf diesem Computer. Eine Notiz mit persönlichen Daten kann nie geteilt werden.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/own_case.py" line="34" />
      <source>Replace all</source>
      <translation>Alle ersetzen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/own_case.py" line="35" />
      <source>Keep (this computer only)</source>
      <translation>Behalten (nur lokal)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/own_case.py" line="36" />
      <source>Back to the note</source>
      <translation>Zurück zur Notiz</translation>
    </message>
  </context>
  <context>
    <name>pages</name>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="129" />
      <source>Reflect on &amp;own case …</source>
      <translation>&amp;Eigenen Fall reflektieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="134" />
      <source>&amp;Settings …</source>
      <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="136" />
      <source>E&amp;xport all my data …</source>
      <translation>Alle meine Daten e&amp;xportieren …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="138" />
      <source>De&amp;lete all my data …</source>
      <translation>Alle meine Daten &amp;löschen …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="77" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="78" />
      <source>Scenarios</source>
      <translation>Szenarien</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="79" />
      <source>Techniques</source>
      <translation>Techniken</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="80" />
      <source>Before the appointment</source>
      <translation>Vor dem Termin</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="81" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="82" />
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/shell/pages.py" line="83" />
      <source>Scenario studio</source>
      <translation>Szenario-Studio</translation>
    </message>
  </context>
  <context>
    <name>replay</name>
    <message>
      <location filename="../../desktop/ui/common/path_replay.py" line="133" />
      <source>The recommended path</source>
      <translation>Der empfohlene Weg</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/path_replay.py" line="138" />
      <source>Your earlier attempts</source>
      <translation>Ihre früheren Versuche</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/path_replay.py" line="36" />
      <source>Your path this time</source>
      <translation>Ihr Weg diesmal</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/path_replay.py" line="38" />
      <source>Attempt of {date}</source>
      <translation>Versuch vom {date}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/path_replay.py" line="58" />
      <source>Path through the conversation: {title}</source>
      <translation>Weg durch das Gespräch: {title}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/path_replay.py" line="67" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/path_replay.py" line="86" />
      <source>Conversation as a graph</source>
      <translation>Gespräch als Grafik</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/path_replay.py" line="93" />
      <source>Thick line: your path this time. Dashed: the recommended path. Dotted: your own earlier attempts. Arrow keys move from point to point, Home goes to the start.</source>
      <translation>Dicke Linie: Ihr Weg diesmal. Gestrichelt: der empfohlene Weg. Gepunktet: Ihre eigenen früheren Versuche. Mit den Pfeiltasten gehen Sie von Punkt zu Punkt, Pos1 führt zum Anfang.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/path_replay.py" line="96" />
      <source>The paths as a list</source>
      <translation>Die Wege als Liste</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../desktop/ui/settings/tab_base.py" line="57" />
      <source>Set by your IT</source>
      <translation>Von Ihrer IT festgelegt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings/tab_base.py" line="62" />
      <source>Set by your IT; cannot be changed here</source>
      <translation>Von Ihrer IT festgelegt; kann hier nicht geändert werden</translation>
    </message>
  </context>
  <context>
    <name>shared_entry</name>
    <message>
      <location filename="../../desktop/ui/common/shared_entry.py" line="58" />
      <source>from {day}</source>
      <translation>vom {day}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/shared_entry.py" line="59" />
      <source>✔ finished</source>
      <translation>✔ abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/shared_entry.py" line="59" />
      <source>✎ not finished</source>
      <translation>✎ nicht abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/shared_entry.py" line="60" />
      <source>pseudonym: {name}</source>
      <translation>Pseudonym: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/shared_entry.py" line="73" />
      <source>sent {day}</source>
      <translation>gesendet am {day}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/shared_entry.py" line="74" />
      <source>not sent yet</source>
      <translation>noch nicht gesendet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/shared_entry.py" line="75" />
      <source>✎ Your comment of {day} ({sent})</source>
      <translation>✎ Ihr Kommentar vom {day} ({sent})</translation>
    </message>
  </context>
  <context>
    <name>splitters</name>
    <message>
      <location filename="../../desktop/ui/common/splitters.py" line="76" />
      <source>Divider</source>
      <translation>Trennlinie</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/splitters.py" line="78" />
      <source>Left and right arrow keys move it</source>
      <translation>Mit den Pfeiltasten links und rechts verschieben</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/splitters.py" line="79" />
      <source>Up and down arrow keys move it</source>
      <translation>Mit den Pfeiltasten hoch und runter verschieben</translation>
    </message>
  </context>
  <context>
    <name>stage</name>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="358" />
      <source>a colleague you trust, today if possible</source>
      <translation>eine Kollegin oder ein Kollege Ihres Vertrauens, gleich heute</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="359" />
      <source>your team lead, especially after threats or assaults</source>
      <translation>Ihre Teamleitung, besonders nach Drohungen oder Übergriffen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="360" />
      <source>your team's peer case consultation</source>
      <translation>die kollegiale Fallberatung Ihres Teams</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="361" />
      <source>supervision, when a case stays on your mind for a while</source>
      <translation>Supervision, wenn ein Fall Sie länger beschäftigt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="362" />
      <source>the employee assistance programme (EAP) or the occupational health service, in confidence</source>
      <translation>die Mitarbeiterberatung (EAP) oder der betriebsärztliche Dienst, vertraulich</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/stage_widgets.py" line="365" />
      <source>You don't have to carry this alone</source>
      <translation>Sie müssen das nicht allein tragen</translation>
    </message>
  </context>
  <context>
    <name>studio</name>
    <message>
      <location filename="../../desktop/ui/studio/studio_dialogs.py" line="45" />
      <source>File changed by someone else</source>
      <translation>Datei von jemand anderem geändert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_dialogs.py" line="46" />
      <source>“{name}” was changed on disk since you opened it. Which version do you want to keep? The other one is kept as a previous version.</source>
      <translation>„{name}“ wurde seit dem Öffnen auf dem Datenträger geändert. Welche Fassung möchten Sie behalten? Die andere wird als Vorversion aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_dialogs.py" line="50" />
      <source>The file was deleted on disk.</source>
      <translation>Die Datei wurde auf dem Datenträger gelöscht.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_dialogs.py" line="53" />
      <source>on disk</source>
      <translation>auf dem Datenträger</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_dialogs.py" line="53" />
      <source>in the studio</source>
      <translation>im Studio</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_dialogs.py" line="56" />
      <source>Save &amp;my version</source>
      <translation>&amp;Meine Fassung speichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_dialogs.py" line="57" />
      <source>&amp;Load the version on disk</source>
      <translation>Fassung auf dem Datenträger &amp;laden</translation>
    </message>
  </context>
  <context>
    <name>studio_packs</name>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="106" />
      <source>No team folder</source>
      <translation>Kein Team-Ordner</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="106" />
      <source>Set the team scenario folder in the settings first.</source>
      <translation>Stellen Sie zuerst in den Einstellungen den Team-Ordner für Szenarien ein.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="110" />
      <location filename="../../desktop/ui/studio/studio_packs.py" line="149" />
      <source>Import scenario pack</source>
      <translation>Szenario-Paket importieren</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="136" />
      <source>Pack imported</source>
      <translation>Paket importiert</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/studio/studio_packs.py" line="136" />
      <source>%n file(s) written to the team folder.</source>
      <translation>
        <numerusform>%n Datei in den Team-Ordner geschrieben.</numerusform>
        <numerusform>%n Dateien in den Team-Ordner geschrieben.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="149" />
      <source>Pack by {author}: {new} new, {changed} changed, {same} unchanged. Import it into the team folder?</source>
      <translation>Paket von {author}: {new} neu, {changed} geändert, {same} unverändert. In den Team-Ordner übernehmen?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="151" />
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="162" />
      <source>Nothing was written. {reason}</source>
      <translation>Nichts wurde geschrieben. {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="72" />
      <source>Save pack</source>
      <translation>Paket speichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="73" />
      <location filename="../../desktop/ui/studio/studio_packs.py" line="111" />
      <source>Scenario packs (*.zip)</source>
      <translation>Szenario-Pakete (*.zip)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="92" />
      <source>Pack saved</source>
      <translation>Paket gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="93" />
      <source>The pack was saved as {path}.</source>
      <translation>Das Paket wurde als {path} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/studio/studio_packs.py" line="94" />
      <location filename="../../desktop/ui/studio/studio_packs.py" line="166" />
      <source>Pack refused</source>
      <translation>Paket abgelehnt</translation>
    </message>
  </context>
  <context>
    <name>summary</name>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="100" />
      <source>What you wrote</source>
      <translation>Was Sie geschrieben haben</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="109" />
      <source>Every thought on your path revealed, every reading found, no unhelpful choice: nothing more to look at here.</source>
      <translation>Alle Gedanken auf Ihrem Weg aufgedeckt, alle Deutungen gefunden, keine ungünstige Wahl: Hier gibt es nichts weiter anzuschauen.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="112" />
      <source>What was going on inside (not revealed)</source>
      <translation>Was im Inneren vorging (nicht aufgedeckt)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="114" />
      <source>Readings in Deuten you might add</source>
      <translation>Deutungen, die Sie noch ergänzen können</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="116" />
      <source>Where it got difficult, and what can help</source>
      <translation>Wo es schwierig wurde und was helfen kann</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="127" />
      <source>The other person</source>
      <translation>Die andere Person</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="129" />
      <source>{name} thought:</source>
      <translation>{name} dachte:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="133" />
      <source>You chose: {option}</source>
      <translation>Ihre Wahl: {option}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="134" />
      <source>Not answered.</source>
      <translation>Nicht beantwortet.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="147" />
      <source>Cards that fit:</source>
      <translation>Passende Technikkarten:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="32" />
      <source>1. How was it for you?</source>
      <translation>1. Wie war es für Sie?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="33" />
      <source>You noted nothing about it.</source>
      <translation>Dazu haben Sie nichts notiert.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="35" />
      <source>2. What happened</source>
      <translation>2. Was ist passiert?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="35" />
      <source>Nothing written down yet.</source>
      <translation>Noch nichts festgehalten.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="37" />
      <source>3. Looking closer</source>
      <translation>3. Genauer hingeschaut</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="52" />
      <source>Technique cards for this scenario</source>
      <translation>Technikkarten zu diesem Szenario</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="69" />
      <source>{h} × helpful, {t} × partly helpful, {u} × unhelpful.</source>
      <translation>{h} × hilfreich, {t} × teils hilfreich, {u} × ungünstig.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/practice/summary_view.py" line="72" />
      <source>Choices taken back and tried again: %n. That is practice too.</source>
      <translation>
        <numerusform>%n Entscheidung zurückgenommen und neu versucht: Auch das ist Üben.</numerusform>
        <numerusform>%n Entscheidungen zurückgenommen und neu versucht: Auch das ist Üben.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="77" />
      <source>Ending:</source>
      <translation>Ende:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="85" />
      <source>Your interpretations and decisions</source>
      <translation>Ihre Deutungen und Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="87" />
      <source>matches the recommendation</source>
      <translation>entspricht der Empfehlung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/practice/summary_view.py" line="87" />
      <source>also recommended: {options}</source>
      <translation>empfohlen wäre auch: {options}</translation>
    </message>
  </context>
  <context>
    <name>supervision</name>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="59" />
      <source>Day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="59" />
      <source>Pseudonym</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="59" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="59" />
      <source>Scenario or title</source>
      <translation>Szenario oder Titel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/supervision/supervision_widgets.py" line="60" />
      <source>Comments</source>
      <translation>Kommentare</translation>
    </message>
  </context>
  <context>
    <name>unsaved</name>
    <message>
      <location filename="../../desktop/ui/common/unsaved.py" line="61" />
      <location filename="../../desktop/ui/common/unsaved.py" line="65" />
      <source>Save unsaved input as a text file</source>
      <translation>Nicht gespeicherte Eingaben als Textdatei sichern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/unsaved.py" line="62" />
      <source>Text files (*.txt)</source>
      <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/unsaved.py" line="74" />
      <location filename="../../desktop/ui/common/unsaved.py" line="99" />
      <source>Input not saved</source>
      <translation>Eingaben nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/unsaved.py" line="74" />
      <source>Some of your input could not be saved in the journal. If you quit now, it is lost.</source>
      <translation>Ein Teil Ihrer Eingaben konnte nicht im Journal gespeichert werden. Wenn Sie jetzt beenden, gehen diese Eingaben verloren.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/unsaved.py" line="77" />
      <source>Save it as a text file in a place you choose, then quit? Reason: {reason}</source>
      <translation>Möchten Sie sie als Textdatei an einem Ort Ihrer Wahl sichern und dann beenden? Grund: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/unsaved.py" line="80" />
      <source>&amp;Save as text file …</source>
      <translation>Als &amp;Textdatei sichern …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/unsaved.py" line="81" />
      <source>&amp;Quit without saving</source>
      <translation>&amp;Ohne Sichern beenden</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/unsaved.py" line="83" />
      <source>&amp;Back to the app</source>
      <translation>&amp;Zurück zur App</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/common/unsaved.py" line="99" />
      <source>The file {file} could not be written ({error}). Please choose another place, for example a USB stick.</source>
      <translation>Die Datei {file} konnte nicht geschrieben werden ({error}). Bitte wählen Sie einen anderen Ort, zum Beispiel einen USB-Stick.</translation>
    </message>
  </context>
</TS>
