<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Use your social networks on purpose: goals and a written policy per network, a short weekly check-in, and charts of how your participation ebbs and flows with your workload.</source>
        <translation>Nutze deine sozialen Netzwerke bewusst: Ziele und eigene Regeln für jedes Netzwerk, ein kurzer wöchentlicher Check-in und Diagramme, wie deine Beteiligung mit deiner Arbeitslast auf und ab geht.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Your data: &lt;a href=&apos;{url}&apos;&gt;{data_dir}&lt;/a&gt;</source>
        <translation>Deine Daten: &lt;a href=&apos;{url}&apos;&gt;{data_dir}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Alles bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily, automatic</source>
        <translation>Täglich, automatisch</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von dir angelegt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before an upgrade of Reflect</source>
        <translation>Vor einem Update von Reflect</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}: one a day for the last 7 days and one a week for 8 weeks before that, plus each one made before an import, a restore or an upgrade.</source>
        <translation>Sicherungen liegen in {folder}: eine pro Tag für die letzten 7 Tage und eine pro Woche für die 8 Wochen davor, dazu jede, die vor einem Import, einer Wiederherstellung oder einem Update angelegt wurde.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Diese Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Ebb and flow</source>
        <translation>Ebbe und Flut</translation>
    </message>
    <message>
        <source>Participation mix</source>
        <translation>Mischung der Beteiligung</translation>
    </message>
    <message>
        <source>Goals week by week</source>
        <translation>Ziele Woche für Woche</translation>
    </message>
    <message>
        <source>Workload against activity</source>
        <translation>Arbeitslast und Aktivität</translation>
    </message>
    <message>
        <source>Reported against measured</source>
        <translation>Angegeben und gemessen</translation>
    </message>
</context>
<context>
    <name>ChartKinds</name>
    <message>
        <source>Ebb and flow</source>
        <translation>Ebbe und Flut</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Reported vs measured</source>
        <translation>Angegeben vs. gemessen</translation>
    </message>
</context>
<context>
    <name>ChartRender</name>
    <message>
        <source>All networks</source>
        <extracomment>The chart&apos;s size in the image, before the device pixel ratio (``SCALE``).</extracomment>
        <translation>Alle Netzwerke</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Charter</name>
    <message>
        <source>Whom will I follow?</source>
        <translation>Wem werde ich folgen?</translation>
    </message>
    <message>
        <source>Whom will I try to get to follow me?</source>
        <translation>Wen möchte ich als Follower gewinnen?</translation>
    </message>
    <message>
        <source>Whom will I block?</source>
        <translation>Wen werde ich blockieren?</translation>
    </message>
    <message>
        <source>How much will I say in my profile about myself?</source>
        <translation>Wie viel erzähle ich in meinem Profil über mich?</translation>
    </message>
    <message>
        <source>What kinds of updates will I post?</source>
        <translation>Welche Art von Beiträgen werde ich posten?</translation>
    </message>
    <message>
        <source>How often will I post?</source>
        <translation>Wie oft werde ich posten?</translation>
    </message>
    <message>
        <source>When will I share content posted by others?</source>
        <translation>Wann teile ich Inhalte, die andere gepostet haben?</translation>
    </message>
    <message>
        <source>How political, if at all, will I be?</source>
        <translation>Wie politisch werde ich sein – wenn überhaupt?</translation>
    </message>
    <message>
        <source>How much will I disclose about my personal details and activities?</source>
        <translation>Wie viel gebe ich über meine persönlichen Angaben und Aktivitäten preis?</translation>
    </message>
    <message>
        <source>On what sorts of posts by others will I comment?</source>
        <translation>Welche Beiträge anderer werde ich kommentieren?</translation>
    </message>
    <message>
        <source>What is my policy about linking to family, friends or co-workers?</source>
        <translation>Wie halte ich es mit Verbindungen zu Familie, Freunden oder Kolleg:innen?</translation>
    </message>
    <message>
        <source>The golden rule: only say what you would be comfortable having read by your mother, your boss or your ex-partner. And use each network for something of its own: don&apos;t post the same thing everywhere; where something already lives elsewhere, a link will do.</source>
        <extracomment>Golden rule (seed 002) and &quot;a different thing on each network&quot; (seed 003), for the editor.</extracomment>
        <translation>Die goldene Regel: Sag nur, was auch deine Mutter, deine Chefin oder dein Ex lesen dürften, ohne dass es dir unangenehm wäre. Und nutze jedes Netzwerk für etwas Eigenes: Poste nicht überall dasselbe; wo etwas schon anderswo steht, genügt ein Link.</translation>
    </message>
</context>
<context>
    <name>CharterEditor</name>
    <message>
        <source>&lt;i&gt;(left empty)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(leer gelassen)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>A question of your own: “Will I accept recruiters?”</source>
        <translation>Eine eigene Frage: „Nehme ich Anfragen von Recruitern an?“</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
</context>
<context>
    <name>CheckInContent</name>
    <message>
        <source>The week</source>
        <extracomment>The cards top to bottom in one column (and the order for Tab). From this dialog width on, practices and reflection go in a second column.</extracomment>
        <translation>Die Woche</translation>
    </message>
    <message>
        <source>Your networks</source>
        <translation>Deine Netzwerke</translation>
    </message>
    <message>
        <source>Leave a number empty when you don&apos;t know it; tick “Didn&apos;t use it” for a week away.</source>
        <translation>Lass eine Zahl leer, wenn du sie nicht weißt; kreuze „Nicht genutzt“ an, wenn du eine Woche Pause gemacht hast.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <source>How much you did each this week, from 0 (not at all) to 3 (a lot). Skip any you&apos;d rather not rate.</source>
        <translation>Wie sehr du jede diese Woche gelebt hast, von 0 (gar nicht) bis 3 (sehr). Lass weg, was du lieber nicht bewerten möchtest.</translation>
    </message>
    <message>
        <source>Goals you judge yourself</source>
        <translation>Ziele, die du selbst beurteilst</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Answer as much or as little as you like; skip any prompt.</source>
        <translation>Antworte so viel oder so wenig du magst; jede Frage darfst du überspringen.</translation>
    </message>
    <message>
        <source>Your week in short</source>
        <translation>Deine Woche in Kürze</translation>
    </message>
    <message>
        <source>Once you have said how the week was, a few lines about it show here.</source>
        <translation>Sobald du gesagt hast, wie die Woche war, steht hier eine kurze Zusammenfassung.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Weekly check-in — Reflect</source>
        <translation>Wöchentlicher Check-in — Reflect</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <source>Save this week&apos;s check-in (Ctrl+S)</source>
        <translation>Den Check-in dieser Woche speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Close the check-in for {week} without saving it?</source>
        <translation>Den Check-in für {week} schließen, ohne ihn zu speichern?</translation>
    </message>
    <message>
        <source>Keep it as a draft and finish it whenever suits you</source>
        <translation>Behalte ihn als Entwurf und mach ihn fertig, wann es dir passt</translation>
    </message>
    <message>
        <source>, or discard the changes: your saved check-in stays as it was.</source>
        <translation>, oder verwirf die Änderungen: Dein gespeicherter Check-in bleibt, wie er war.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Weiterschreiben</translation>
    </message>
    <message>
        <source>Your answers for {week} were kept as a draft.</source>
        <translation>Deine Antworten für {week} sind als Entwurf aufgehoben.</translation>
    </message>
    <message>
        <source>Opening {week}…</source>
        <translation>{week} wird geöffnet…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Almost there: {notes} above to look at before saving.</source>
        <translation>Fast geschafft: Schau dir vor dem Speichern noch {notes} weiter oben an.</translation>
    </message>
    <message>
        <source>Ready to save (Ctrl+S).</source>
        <translation>Bereit zum Speichern (Strg+S).</translation>
    </message>
    <message>
        <source>Your answers were kept as a draft at {time}.</source>
        <translation>Deine Antworten wurden um {time} als Entwurf aufgehoben.</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>Continue</source>
        <extracomment>How long after start-up the dialog&apos;s modules load (66 ms of imports), so the week&apos;s first check-in does not wait for them; by then the window is painted and filled.</extracomment>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>a new check-in</source>
        <extracomment>Keep a draft this long after the last change (milliseconds). Roughly: the header, the week&apos;s card and the networks&apos; header above the first row, the footer below; and one network row with its info line (pixels).</extracomment>
        <translation>ein neuer Check-in</translation>
    </message>
    <message>
        <source>your saved check-in, to edit</source>
        <translation>dein gespeicherter Check-in, zum Bearbeiten</translation>
    </message>
    <message>
        <source>the draft you were writing, just as you left it</source>
        <translation>dein Entwurf, genau so, wie du ihn verlassen hast</translation>
    </message>
    <message>
        <source>one note</source>
        <translation>einen Hinweis</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} Hinweise</translation>
    </message>
</context>
<context>
    <name>CheckinFlow</name>
    <message>
        <source>{day} at {time}</source>
        <extracomment>How long closing the window waits for the last draft to be written (seconds).</extracomment>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <source>You were writing the check-in for {week} — continue?</source>
        <translation>Du hast am Check-in für {week} geschrieben — weitermachen?</translation>
    </message>
    <message>
        <source> There is 1 other draft too; each one opens with its week.</source>
        <translation> Es gibt noch einen weiteren Entwurf; jeder öffnet sich mit seiner Woche.</translation>
    </message>
    <message>
        <source> There are {count} other drafts too; each one opens with its week.</source>
        <translation> Es gibt noch {count} weitere Entwürfe; jeder öffnet sich mit seiner Woche.</translation>
    </message>
    <message>
        <source>It was kept as a draft on {when}, word for word.</source>
        <translation>Er wurde am {when} als Entwurf aufgehoben, Wort für Wort.</translation>
    </message>
</context>
<context>
    <name>ChoiceGroup</name>
    <message>
        <source>not chosen</source>
        <extracomment>What a count field takes (one pattern, compiled once for every field of every row). Numbers sit on the right.</extracomment>
        <translation>nicht gewählt</translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Other…</source>
        <extracomment>Colours that stay apart for the common colour-vision deficiencies (Okabe–Ito and two more).</extracomment>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Colour {colour}</source>
        <translation>Farbe {colour}</translation>
    </message>
    <message>
        <source>Colour of the network</source>
        <translation>Farbe des Netzwerks</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>posted</source>
        <extracomment>The verb and the noun of each count, for sentences.</extracomment>
        <translation>gepostet</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>kommentiert</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>reacted</source>
        <translation>reagiert</translation>
    </message>
    <message>
        <source>post</source>
        <translation>gepostet</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentiert</translation>
    </message>
    <message>
        <source>share</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>react</source>
        <translation>reagiert</translation>
    </message>
    <message>
        <source>{n} post</source>
        <extracomment>&quot;{n} post&quot; / &quot;{n} posts&quot;: counted nouns, one template for one and one for more.</extracomment>
        <translation>{n} Beitrag</translation>
    </message>
    <message>
        <source>{n} posts</source>
        <translation>{n} Beiträge</translation>
    </message>
    <message>
        <source>{n} comment</source>
        <translation>{n} Kommentar</translation>
    </message>
    <message>
        <source>{n} comments</source>
        <translation>{n} Kommentare</translation>
    </message>
    <message>
        <source>{n} share</source>
        <translation>{n} geteilter Inhalt</translation>
    </message>
    <message>
        <source>{n} shares</source>
        <translation>{n} geteilte Inhalte</translation>
    </message>
    <message>
        <source>{n} reaction</source>
        <translation>{n} Reaktion</translation>
    </message>
    <message>
        <source>{n} reactions</source>
        <translation>{n} Reaktionen</translation>
    </message>
    <message>
        <source>{n} week</source>
        <translation>{n} Woche</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} Wochen</translation>
    </message>
    <message>
        <source>about as often</source>
        <translation>etwa gleich oft</translation>
    </message>
    <message>
        <source>more often</source>
        <translation>häufiger</translation>
    </message>
    <message>
        <source>{n:g} times as often</source>
        <translation>{n:g}-mal so oft</translation>
    </message>
    <message>
        <source>twice as often</source>
        <translation>doppelt so oft</translation>
    </message>
    <message>
        <source>less often</source>
        <translation>seltener</translation>
    </message>
    <message>
        <source>half as often</source>
        <translation>halb so oft</translation>
    </message>
    <message>
        <source>a third as often</source>
        <translation>ein Drittel so oft</translation>
    </message>
    <message>
        <source>a quarter as often</source>
        <translation>ein Viertel so oft</translation>
    </message>
    <message>
        <source>far less often</source>
        <translation>viel seltener</translation>
    </message>
    <message>
        <source>{label} so far</source>
        <extracomment>Below this many in both periods, sentences give the exact numbers, not a ratio alone.</extracomment>
        <translation>{label} bisher</translation>
    </message>
    <message>
        <source>{count} against {y}</source>
        <translation>{count} gegenüber {y}</translation>
    </message>
    <message>
        <source>In {a} you {verb} on {network} and not at all in {b} ({numbers}).</source>
        <translation>In {a} hast du auf {network} {verb}, in {b} gar nicht ({numbers}).</translation>
    </message>
    <message>
        <source>In {a} you did not {verb} on {network} ({numbers}).</source>
        <translation>In {a} hast du auf {network} nicht {verb} ({numbers}).</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <source>{count} in {weeks} against {y} in {checkins}</source>
        <translation>{count} in {weeks} gegenüber {y} in {checkins}</translation>
    </message>
    <message>
        <source>In {a} you {verb} {words}{basis} on {network} than in {b} ({numbers}).</source>
        <translation>In {a} hast du auf {network}{basis} {words} {verb} als in {b} ({numbers}).</translation>
    </message>
    <message>
        <source>In {a} you {verb} {words}{basis} on {network} as in {b} ({numbers}).</source>
        <translation>In {a} hast du auf {network}{basis} {words} {verb} wie in {b} ({numbers}).</translation>
    </message>
    <message>
        <source>Your workload averaged {x:.1f} of 5 in {a} against {y:.1f} in {b}.</source>
        <translation>Deine Arbeitslast lag in {a} im Schnitt bei {x:.1f} von 5, in {b} bei {y:.1f}.</translation>
    </message>
    <message>
        <source>You checked in {x} in {a} and {y} in {b}.</source>
        <translation>Check-ins gab es in {a} für {x}, in {b} für {y}.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare periods</source>
        <translation>Zeiträume vergleichen</translation>
    </message>
    <message>
        <source>This quarter against the last</source>
        <translation>Dieses Quartal mit dem letzten</translation>
    </message>
    <message>
        <source>This year against the last</source>
        <translation>Dieses Jahr mit dem letzten</translation>
    </message>
    <message>
        <source>Two periods I choose</source>
        <translation>Zwei Zeiträume meiner Wahl</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>against &amp;from</source>
        <translation>gegenüber v&amp;on</translation>
    </message>
    <message>
        <source>Differences per network</source>
        <translation>Unterschiede je Netzwerk</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>{0} ({1} – {2}) against {3} ({4} – {5})</source>
        <translation>{0} ({1} – {2}) im Vergleich zu {3} ({4} – {5})</translation>
    </message>
    <message>
        <source>In the table, each cell reads {earlier} → {later}.</source>
        <translation>In der Tabelle steht in jeder Zelle {earlier} → {later}.</translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <source>creator</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>commenter</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>unplugged</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>{role} ({weeks} wk)</source>
        <translation>{role} ({weeks} Wo.)</translation>
    </message>
    <message>
        <source>{role} {weeks} wk</source>
        <translation>{role} {weeks} Wo.</translation>
    </message>
    <message>
        <source>{met} of {judged}</source>
        <translation>{met} von {judged}</translation>
    </message>
    <message>
        <source>Posts</source>
        <extracomment>(header, what one period shows) — each is shown for both periods, first then second.</extracomment>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Weeks used</source>
        <translation>Wochen genutzt</translation>
    </message>
    <message>
        <source>Main role</source>
        <translation>Hauptrolle</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Ziele erreicht</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>{header}: {a} in {first}, {b} in {second}</source>
        <translation>{header}: {a} in {first}, {b} in {second}</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Reflect cannot open your data: the file {path} is damaged ({detail}).

Reflect has not changed it and has not made a new one in its place.</source>
        <translation>Reflect kann deine Daten nicht öffnen: Die Datei {path} ist beschädigt ({detail}).

Reflect hat sie nicht verändert und auch keine neue an ihrer Stelle angelegt.</translation>
    </message>
    <message>
        <source>{said}

There is no backup that passes SQLite&apos;s checks in the backups folder. Keep the file: a copy of it may be recoverable with SQLite&apos;s own tools.</source>
        <translation>{said}

Im Sicherungsordner gibt es keine Sicherung, die die Prüfungen von SQLite besteht. Bewahre die Datei auf: Eine Kopie davon lässt sich vielleicht mit den Werkzeugen von SQLite retten.</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <source>{said}

The newest good backup was made on {made} ({reason}, {size}). Restoring it brings back everything up to that moment. The damaged file is kept beside it under a new name, never deleted.</source>
        <translation>{said}

Die neueste intakte Sicherung stammt vom {made} ({reason}, {size}). Wenn du sie wiederherstellst, ist alles bis zu diesem Moment wieder da. Die beschädigte Datei bleibt unter neuem Namen daneben liegen und wird nie gelöscht.</translation>
    </message>
    <message>
        <source>{app} — your data needs attention</source>
        <translation>{app} — deine Daten brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Restored the backup {name}. The damaged file is kept as {aside}.</source>
        <translation>Die Sicherung {name} ist wiederhergestellt. Die beschädigte Datei liegt weiter als {aside} bereit.</translation>
    </message>
</context>
<context>
    <name>EbbFlowChart</name>
    <message>
        <source>Actions a week</source>
        <extracomment>Stretches shorter than this many weeks get no label once the period is long.</extracomment>
        <translation>Aktionen pro Woche</translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>No check-ins in these weeks yet. The chart fills in as you check in.</source>
        <translation>In diesen Wochen gibt es noch keine Check-ins. Das Diagramm füllt sich mit jedem Check-in.</translation>
    </message>
    <message>
        <source>{metric} a week</source>
        <translation>{metric} pro Woche</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>{weeks}-week average</source>
        <translation>Durchschnitt über {weeks} Wochen</translation>
    </message>
    <message>
        <source>Shaded: weeks with a life context</source>
        <translation>Schattiert: Wochen mit besonderen Umständen</translation>
    </message>
    <message>
        <source>{week}
No check-in</source>
        <translation>{week}
Kein Check-in</translation>
    </message>
    <message>
        <source>Workload: {word}</source>
        <translation>Arbeitslast: {word}</translation>
    </message>
    <message>
        <source>Life: {context}</source>
        <translation>Umstände: {context}</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Gesamt: {total}</translation>
    </message>
    <message>
        <source>{weeks}-week average: {rolling:.1f}</source>
        <translation>Durchschnitt über {weeks} Wochen: {rolling:.1f}</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Something unexpected went wrong: {reason}. The details are in the log.</source>
        <translation>Etwas Unerwartetes ist passiert: {reason}. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Einzelheiten &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>{status} · {first} – {last}</source>
        <translation>{status} · {first} – {last}</translation>
    </message>
    <message>
        <source>starts {week}</source>
        <translation>beginnt {week}</translation>
    </message>
    <message>
        <source>ended {week}</source>
        <translation>endete {week}</translation>
    </message>
    <message>
        <source>week {n} of {weeks}</source>
        <translation>Woche {n} von {weeks}</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>vorzeitig beendet</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished: I know what happened</source>
        <translation>Beendet: Ich weiß, was passiert ist</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <source>This experiment ended in {last_week}. What happened? A line or two is plenty, and “not much” is a finding too.</source>
        <translation>Dieses Experiment endete in {last_week}. Was ist passiert? Ein, zwei Zeilen reichen völlig, und „nicht viel“ ist auch ein Ergebnis.</translation>
    </message>
    <message>
        <source>Reply to three posts before each post of my own</source>
        <translation>Auf drei Beiträge antworten, bevor ich selbst etwas poste</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>What do you expect to happen?</source>
        <translation>Was erwartest du?</translation>
    </message>
    <message>
        <source>At the end: what happened?</source>
        <translation>Am Ende: Was ist passiert?</translation>
    </message>
    <message>
        <source>I will &amp;try</source>
        <translation>Ich &amp;probiere</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Starting</source>
        <translation>&amp;Ab</translation>
    </message>
    <message>
        <source>I &amp;expect</source>
        <translation>Ich &amp;erwarte</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Was &amp;passiert ist</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>last week {last_week}</source>
        <translation>letzte Woche {last_week}</translation>
    </message>
    <message>
        <source> on {network}</source>
        <translation> auf {network}</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>I will try “{title}” for {span}{where}, {start_week} to {last_week} · {state}</source>
        <translation>Ich probiere „{title}“ {span} lang{where}, {start_week} bis {last_week} · {state}</translation>
    </message>
</context>
<context>
    <name>ExperimentTableModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Ended: what happened?</source>
        <translation>Vorbei: Was ist passiert?</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What I expect</source>
        <translation>Was ich erwarte</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>JSON export, everything, lossless (*.json)</source>
        <translation>JSON-Export, alles, verlustfrei (*.json)</translation>
    </message>
    <message>
        <source>CSV files, one per table, into a folder (*)</source>
        <translation>CSV-Dateien, eine pro Tabelle, in einen Ordner (*)</translation>
    </message>
    <message>
        <source>Exported {count} tables as CSV files ({size}) into {path}. Only you can read them.</source>
        <translation>{count} Tabellen als CSV-Dateien ({size}) nach {path} exportiert. Nur du kannst sie lesen.</translation>
    </message>
    <message>
        <source>Exported everything to {path} ({size}). Only you can read it; File → Restore… reads it back.</source>
        <translation>Alles nach {path} exportiert ({size}). Nur du kannst es lesen; Datei → Wiederherstellen… liest es wieder ein.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>At most an hour a week on X</source>
        <extracomment>One sensible goal per preset: small, kind, and about using the network on purpose.</extracomment>
        <translation>Höchstens eine Stunde pro Woche auf X</translation>
    </message>
    <message>
        <source>Share one thing I learned</source>
        <translation>Eine Sache teilen, die ich gelernt habe</translation>
    </message>
    <message>
        <source>At most 90 minutes a week on Facebook</source>
        <translation>Höchstens 90 Minuten pro Woche auf Facebook</translation>
    </message>
    <message>
        <source>Reply to a few people</source>
        <translation>Ein paar Leuten antworten</translation>
    </message>
    <message>
        <source>Join two conversations</source>
        <translation>Bei zwei Gesprächen mitreden</translation>
    </message>
    <message>
        <source>Publish one piece</source>
        <translation>Einen Text veröffentlichen</translation>
    </message>
    <message>
        <source>Answer a colleague&apos;s question</source>
        <translation>Die Frage einer Kollegin oder eines Kollegen beantworten</translation>
    </message>
    <message>
        <source>Take part on purpose</source>
        <translation>Bewusst mitmachen</translation>
    </message>
    <message>
        <source>A network</source>
        <translation>Ein Netzwerk</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name}: {message}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to %s</source>
        <translation>Willkommen bei %s</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
</context>
<context>
    <name>FreeGoalsSection</name>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>{where} · paused this week, no need to judge it</source>
        <translation>{where} · diese Woche pausiert, keine Beurteilung nötig</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Weekly count</source>
        <translation>Wöchentliche Anzahl</translation>
    </message>
    <message>
        <source>A number each week: at least 2 posts, at most 60 minutes.</source>
        <translation>Eine Zahl pro Woche: mindestens 2 Beiträge, höchstens 60 Minuten.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>How you take part: mostly a creator, or a reader only.</source>
        <translation>Wie du dich beteiligst: vor allem selbst erstellen oder nur lesen.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <source>One of the practices you rate in each check-in.</source>
        <translation>Eine der Gewohnheiten, die du in jedem Check-in bewertest.</translation>
    </message>
    <message>
        <source>Judged by you</source>
        <translation>Von dir beurteilt</translation>
    </message>
    <message>
        <source>Anything else: you say yes, partly or no in each check-in.</source>
        <translation>Alles andere: Du sagst in jedem Check-in ja, teilweise oder nein.</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>comments and replies</source>
        <translation>Kommentare und Antworten</translation>
    </message>
    <message>
        <source>shares of others&apos; posts</source>
        <translation>geteilte Beiträge anderer</translation>
    </message>
    <message>
        <source>reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>active days (measured)</source>
        <translation>aktive Tage (gemessen)</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>commenter</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>A goal keeps its kind and network, so its past weeks keep their meaning.</source>
        <translation>Ein Ziel behält seine Art und sein Netzwerk, damit seine vergangenen Wochen ihre Bedeutung behalten.</translation>
    </message>
    <message>
        <source>Weeks before it keep being judged against the target in force then.</source>
        <translation>Frühere Wochen werden weiter am damals gültigen Zielwert gemessen.</translation>
    </message>
    <message>
        <source>Change the goal</source>
        <translation>Ziel ändern</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>In your words: “Share what I learn”</source>
        <translation>In deinen Worten: „Teilen, was ich lerne“</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>In each check-in you say whether it happened: yes, partly or no.</source>
        <translation>In jedem Check-in sagst du, ob es geklappt hat: ja, teilweise oder nein.</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Endet</translation>
    </message>
    <message>
        <source>End week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>It asks</source>
        <translation>Es verlangt</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginnt</translation>
    </message>
    <message>
        <source>&amp;Change applies from</source>
        <translation>Änderung gilt &amp;ab</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>Target number</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>Minimum share in percent</source>
        <translation>Mindestanteil in Prozent</translation>
    </message>
    <message>
        <source>Mostly a</source>
        <translation>Vor allem</translation>
    </message>
    <message>
        <source>— at least</source>
        <translation>— mindestens</translation>
    </message>
    <message>
        <source>% of the week</source>
        <translation>% der Woche</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Until then: {then}, from {week}</source>
        <translation>Bis dahin: {then}, ab {week}</translation>
    </message>
</context>
<context>
    <name>GoalHeatmapChart</name>
    <message>
        <source>No goals ran in these weeks. Goals you add on the Goals page show up here.</source>
        <extracomment>Marks are drawn only when a cell is at least this many pixels wide and high. Dark marks: they read on every state colour (contrast 6:1 or more), light theme or dark.</extracomment>
        <translation>In diesen Wochen lief kein Ziel. Ziele, die du auf der Seite „Ziele“ anlegst, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <source>minute</source>
        <extracomment>(one, many) words for a starter goal&apos;s number.</extracomment>
        <translation>Minute</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>comment or reply</source>
        <translation>Kommentar oder Antwort</translation>
    </message>
    <message>
        <source>comments or replies</source>
        <translation>Kommentare oder Antworten</translation>
    </message>
    <message>
        <source>Why I am here, in one line</source>
        <translation>Warum ich hier bin, in einer Zeile</translation>
    </message>
    <message>
        <source>Purpose on %s</source>
        <translation>Zweck auf %s</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Keep a starter goal for %s</source>
        <translation>Ein erstes Ziel für %s behalten</translation>
    </message>
    <message>
        <source>Starter goal for %s</source>
        <translation>Erstes Ziel für %s</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>Weekly number for %s</source>
        <translation>Wöchentliche Zahl für %s</translation>
    </message>
    <message>
        <source>%s a week</source>
        <translation>%s pro Woche</translation>
    </message>
</context>
<context>
    <name>GoalStrip</name>
    <message>
        <source>met</source>
        <extracomment>The model role that holds a row&apos;s strip (a tuple of GoalState, oldest first).</extracomment>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>not this week</source>
        <translation>diese Woche nicht</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>The last weeks, newest first:
</source>
        <translation>Die letzten Wochen, neueste zuerst:
</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>Was es verlangt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>No goals yet. A goal says what you want from a network: “at most an hour a week on X”, “mostly a creator on my blog”. Add one with “Add goal”.</source>
        <translation>Noch keine Ziele. Ein Ziel sagt, was du dir von einem Netzwerk wünschst: „höchstens eine Stunde pro Woche auf X“, „in meinem Blog vor allem selbst schreiben“. Leg eines mit „Ziel hinzufügen“ an.</translation>
    </message>
    <message>
        <source>No goals with the statuses chosen above.</source>
        <translation>Keine Ziele mit den oben gewählten Status.</translation>
    </message>
    <message>
        <source>No experiments yet: “for four weeks I will try …”, and see what happens.</source>
        <translation>Noch keine Experimente: „vier Wochen lang probiere ich …“ – und schau, was passiert.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>What you want from each network, and how the last weeks went. Paused weeks never count against you.</source>
        <translation>Was du dir von jedem Netzwerk wünschst und wie die letzten Wochen liefen. Pausierte Wochen zählen nie gegen dich.</translation>
    </message>
    <message>
        <source>Write what happened…</source>
        <translation>Aufschreiben, was passiert ist…</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pausieren…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Add experiment…</source>
        <translation>Experiment hinzufügen…</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
    <message>
        <source>Your experiment “{title}” ended in {last_week}{more}. When you have a moment: what happened?</source>
        <translation>Dein Experiment „{title}“ endete in {last_week}{more}. Wenn du einen Moment hast: Was ist passiert?</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>Added “{title}”.</source>
        <translation>„{title}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>„{title}“ gespeichert.</translation>
    </message>
    <message>
        <source>to {last}</source>
        <translation>bis {last}</translation>
    </message>
    <message>
        <source>until you resume it</source>
        <translation>bis du es fortsetzt</translation>
    </message>
    <message>
        <source>“{title}” is paused from {first} {until}. Those weeks never count against it.</source>
        <translation>„{title}“ ist ab {first} {until} pausiert. Diese Wochen zählen nie dagegen.</translation>
    </message>
    <message>
        <source>“{title}” is active again from {week}.</source>
        <translation>„{title}“ ist ab {week} wieder aktiv.</translation>
    </message>
    <message>
        <source>is achieved: well done. Its history stays</source>
        <translation>ist erreicht: gut gemacht. Sein Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>is retired. Its history stays</source>
        <translation>ist beendet. Sein Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source> (shown under {status})</source>
        <translation> (zu sehen unter {status})</translation>
    </message>
    <message>
        <source>“{title}” {words}{shown}.</source>
        <translation>„{title}“ {words}{shown}.</translation>
    </message>
    <message>
        <source>Added the experiment “{title}”.</source>
        <translation>Das Experiment „{title}“ ist hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved the experiment “{title}”.</source>
        <translation>Das Experiment „{title}“ ist gespeichert.</translation>
    </message>
    <message>
        <source>What each one is for</source>
        <translation>Wozu jedes Netzwerk da ist</translation>
    </message>
    <message>
        <source>A purpose in one line and one small goal: keep it, change it, or untick it.</source>
        <translation>Ein Zweck in einer Zeile und ein kleines Ziel: Behalte es, ändere es oder nimm den Haken weg.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <source>Every week, newest first. Double-click a week or press Enter to read or edit it; a week without a check-in can still be written.</source>
        <translation>Jede Woche, die neueste zuerst. Doppelklicke auf eine Woche oder drück die Eingabetaste, um sie zu lesen oder zu bearbeiten; eine Woche ohne Check-in kannst du noch nachholen.</translation>
    </message>
    <message>
        <source>&amp;Compare periods…</source>
        <translation>Zeiträume &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No check-ins yet. Each week&apos;s check-in will be listed here.</source>
        <translation>Noch keine Check-ins. Der Check-in jeder Woche erscheint hier.</translation>
    </message>
    <message>
        <source>{0} weeks, {1} with a check-in.</source>
        <translation>{0} Wochen, {1} mit Check-in.</translation>
    </message>
    <message>
        <source> (the best {0})</source>
        <translation> (die besten {0})</translation>
    </message>
    <message>
        <source>{0} found for “{1}”{2}, best first.</source>
        <translation>{0} für „{1}“ gefunden{2}, die besten zuerst.</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 Stelle</translation>
    </message>
    <message>
        <source>{0} passages</source>
        <translation>{0} Stellen</translation>
    </message>
    <message>
        <source>Nothing you wrote matches “{0}” with these filters.</source>
        <translation>Nichts, was du geschrieben hast, passt mit diesen Filtern zu „{0}“.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>creator</source>
        <extracomment>The activity bars a delegate paints: ((name, colour, actions or None if unused), …). True for a week without a check-in.</extracomment>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>commenter</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>unplugged</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>No check-in this week.</source>
        <translation>Kein Check-in in dieser Woche.</translation>
    </message>
    <message>
        <source>No networks in this check-in.</source>
        <translation>Keine Netzwerke in diesem Check-in.</translation>
    </message>
    <message>
        <source>No check-in — write it now</source>
        <translation>Kein Check-in – jetzt nachholen</translation>
    </message>
    <message>
        <source> (creator {0} %, commenter {1} %, reader {2} %)</source>
        <translation> (Erstellen {0} %, Kommentieren {1} %, Lesen {2} %)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Workload (1–5)</source>
        <translation>Arbeitslast (1–5)</translation>
    </message>
    <message>
        <source>Energy (1–5)</source>
        <translation>Energie (1–5)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Umstände</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Ziele erreicht</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>comment or reply</source>
        <translation>Kommentar oder Antwort</translation>
    </message>
    <message>
        <source>comments and replies</source>
        <translation>Kommentare und Antworten</translation>
    </message>
    <message>
        <source>share</source>
        <translation>geteilter Inhalt</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>geteilte Inhalte</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>{n:.0f} {kind}</source>
        <translation>{n:.0f} {kind}</translation>
    </message>
    <message>
        <source>{amount} counted, {weeks}.</source>
        <translation>{amount} gezählt, {weeks}.</translation>
    </message>
    <message>
        <source>{found}, {weeks}: all imported before, not counted again.</source>
        <translation>{found}, {weeks}: alles schon früher importiert, nicht noch einmal gezählt.</translation>
    </message>
    <message>
        <source>{found}, {weeks}: {new:.0f} new counted, the rest imported before.</source>
        <translation>{found}, {weeks}: {new:.0f} neu gezählt, der Rest war schon früher importiert.</translation>
    </message>
    <message>
        <source>in {week}</source>
        <translation>in {week}</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>von {first} bis {last}</translation>
    </message>
    <message>
        <source>Nothing to count</source>
        <translation>Nichts zu zählen</translation>
    </message>
    <message>
        <source>Nothing new to count</source>
        <translation>Nichts Neues zu zählen</translation>
    </message>
    <message>
        <source>Imported into {networks}</source>
        <translation>Importiert in {networks}</translation>
    </message>
    <message>
        <source>Read from {source}: {names}.</source>
        <translation>Gelesen aus {source}: {names}.</translation>
    </message>
    <message>
        <source>Read: {names}.</source>
        <translation>Gelesen: {names}.</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <source>Nothing to count for {into} was found in {source}.</source>
        <translation>In {source} war nichts für {into} zu zählen.</translation>
    </message>
    <message>
        <source>Everything in {source} had been imported into {into} before; nothing was counted twice.</source>
        <translation>Alles in {source} war schon früher in {into} importiert; nichts wurde doppelt gezählt.</translation>
    </message>
    <message>
        <source>Imported {source} into {into}.</source>
        <translation>{source} in {into} importiert.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reflect counts what you really did — posts, comments and replies, shares, reactions, or minutes — from the export a network gives you, and shows it beside what you report. The file is read here and never leaves this computer.</source>
        <translation>Reflect zählt, was du wirklich getan hast — Beiträge, Kommentare und Antworten, geteilte Inhalte, Reaktionen oder Minuten — anhand des Exports, den dir ein Netzwerk gibt, und zeigt es neben deinen eigenen Angaben. Die Datei wird hier gelesen und verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>Aktivität importieren</translation>
    </message>
    <message>
        <source>The file you downloaded</source>
        <translation>Die Datei, die du heruntergeladen hast</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Minutes count on the host names a network has (like linkedin.com); change them in Networks.</source>
        <translation>Minuten zählen für die Adressen, die ein Netzwerk hat (etwa linkedin.com); ändern kannst du sie unter „Netzwerke“.</translation>
    </message>
    <message>
        <source>Choose your {name} export</source>
        <translation>Deinen {name}-Export auswählen</translation>
    </message>
    <message>
        <source>{name} export ({patterns});;All files (*)</source>
        <translation>{name}-Export ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no network to count into yet: add one in Networks first.</source>
        <translation>Es gibt noch kein Netzwerk, in das gezählt werden kann: Leg zuerst eines unter „Netzwerke“ an.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import activity</source>
        <translation>Aktivität importieren</translation>
    </message>
    <message>
        <source>Reading your {name} export…</source>
        <translation>Dein {name}-Export wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Nothing was imported; your data is as it was.</source>
        <translation>Es wurde nichts importiert; deine Daten sind unverändert.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>{platform} import</source>
        <translation>{platform}-Import</translation>
    </message>
    <message>
        <source> The network {network} was added for it.</source>
        <translation> Dafür wurde das Netzwerk {network} angelegt.</translation>
    </message>
    <message>
        <source>A backup was made first: {name} in {parent}.</source>
        <translation>Vorher wurde eine Sicherung angelegt: {name} in {parent}.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Schon früher importiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not counted&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Nicht gezählt&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <source>Nothing to say about these weeks yet — insights appear once there is enough to go on ({minimums}).</source>
        <translation>Zu diesen Wochen gibt es noch nichts zu sagen — Erkenntnisse erscheinen, sobald genug da ist ({minimums}).</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <source>Comes in a later version of Reflect.</source>
        <translation>Kommt in einer späteren Version von Reflect.</translation>
    </message>
    <message>
        <source>{app} — demo data</source>
        <translation>{app} — Beispieldaten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Demo data: made up for trying Reflect out, and thrown away on quit.</source>
        <translation>Beispieldaten: erfunden zum Ausprobieren von Reflect und beim Beenden verworfen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import activity…</source>
        <translation>Aktivität &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Sic&amp;herungen…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>Be&amp;richt…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>&amp;Check-in machen…</translation>
    </message>
    <message>
        <source>The weekly check-in: two or three minutes.</source>
        <translation>Der wöchentliche Check-in: zwei, drei Minuten.</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is in {folder}.</source>
        <translation>Die automatische Sicherung von heute liegt in {folder}.</translation>
    </message>
    <message>
        <source>Check-in for {week} saved. Thank you.</source>
        <translation>Check-in für {week} gespeichert. Danke!</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Einen Moment…</translation>
    </message>
</context>
<context>
    <name>MeasuredChart</name>
    <message>
        <source>Nothing imported in these weeks. File ▸ Import activity reads a network&apos;s own export.</source>
        <translation>In diesen Wochen wurde nichts importiert. Datei ▸ Aktivität importieren liest den Export eines Netzwerks.</translation>
    </message>
    <message>
        <source>{metric} in the weeks compared</source>
        <translation>{metric} in den verglichenen Wochen</translation>
    </message>
    <message>
        <source>Reported: what you wrote in your check-ins</source>
        <translation>Angegeben: was du in deinen Check-ins geschrieben hast</translation>
    </message>
    <message>
        <source>Measured: what the network&apos;s export counted</source>
        <translation>Gemessen: was der Export des Netzwerks gezählt hat</translation>
    </message>
    <message>
        <source>{name} (not counted)</source>
        <translation>{name} (nicht gezählt)</translation>
    </message>
    <message>
        <source>{name} · {weeks}</source>
        <translation>{name} · {weeks}</translation>
    </message>
    <message>
        <source>{name}
Its imports do not count {metric}.</source>
        <translation>{name}
Seine Importe zählen keine {metric}.</translation>
    </message>
    <message>
        <source>{name}
No week has both a check-in and an import.</source>
        <translation>{name}
Keine Woche hat sowohl einen Check-in als auch einen Import.</translation>
    </message>
    <message>
        <source>{name}, over {weeks} with both
Reported: {reported}
Measured: {measured}</source>
        <translation>{name}, über {weeks} mit beidem
Angegeben: {reported}
Gemessen: {measured}</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>all activity</source>
        <extracomment>The metrics a chart can show; &quot;actions&quot; is posts, comments, shares and reactions together.</extracomment>
        <translation>alle Aktivität</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>geteilte Inhalte</translation>
    </message>
    <message>
        <source>reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Quick thoughts and links in public.</source>
        <extracomment>Ready-made networks. Colours are distinct in light and dark themes and for the common colour-vision deficiencies (Okabe–Ito based).</extracomment>
        <translation>Schnelle Gedanken und Links, öffentlich.</translation>
    </message>
    <message>
        <source>My professional network: what I work on and learn.</source>
        <translation>Mein berufliches Netzwerk: woran ich arbeite und was ich lerne.</translation>
    </message>
    <message>
        <source>Family and friends.</source>
        <translation>Familie und Freunde.</translation>
    </message>
    <message>
        <source>Conversations with my corner of the fediverse.</source>
        <translation>Gespräche mit meiner Ecke des Fediverse.</translation>
    </message>
    <message>
        <source>Conversations in the open.</source>
        <translation>Gespräche in aller Öffentlichkeit.</translation>
    </message>
    <message>
        <source>Longer pieces in my own words.</source>
        <translation>Längere Texte in meinen eigenen Worten.</translation>
    </message>
    <message>
        <source>Company network</source>
        <translation>Firmennetzwerk</translation>
    </message>
    <message>
        <source>Questions and lessons shared inside the firewall.</source>
        <translation>Fragen und Erfahrungen, geteilt innerhalb der Firma.</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal — inside an organisation&apos;s firewall</source>
        <translation>Intern — innerhalb einer Organisation</translation>
    </message>
    <message>
        <source>Private group</source>
        <translation>Private Gruppe</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Beruflich</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>{name} — network and charter</source>
        <translation>{name} — Netzwerk und Leitlinien</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Neues Netzwerk</translation>
    </message>
    <message>
        <source>Where: “Mastodon”, “Team forum”</source>
        <translation>Wo: „Mastodon“, „Team-Forum“</translation>
    </message>
    <message>
        <source>One line: why I am here</source>
        <translation>Eine Zeile: warum ich hier bin</translation>
    </message>
    <message>
        <source>Web addresses of the network, for minutes measured by ActivityWatch.</source>
        <translation>Webadressen des Netzwerks, für die von ActivityWatch gemessenen Minuten.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Publikum</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Adressen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Charter ({answered} of {total} answered)</source>
        <translation>Leitlinien ({answered} von {total} beantwortet)</translation>
    </message>
</context>
<context>
    <name>NetworkRow</name>
    <message>
        <source>Posts</source>
        <extracomment>Rows built in one turn of the event loop once the dialog shows (see NetworksSection). Between those turns, time for the event loop to take input and paint (milliseconds).</extracomment>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Feedback</source>
        <extracomment>Grid columns: name, didn&apos;t use it, the five counts, feedback, roles, note.</extracomment>
        <translation>Resonanz</translation>
    </message>
    <message>
        <source>Creator · commenter · reader %</source>
        <translation>Erstellen · Kommentieren · Lesen in %</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Didn&apos;t use it</source>
        <translation>Nicht genutzt</translation>
    </message>
    <message>
        <source>Didn&apos;t use {network} this week</source>
        <translation>{network} diese Woche nicht genutzt</translation>
    </message>
    <message>
        <source>{network} feedback received</source>
        <translation>{network}: erhaltene Resonanz</translation>
    </message>
    <message>
        <source>Feedback received: none, a little or a lot.</source>
        <translation>Erhaltene Resonanz: keine, etwas oder viel.</translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation>Eine Notiz, wenn du magst</translation>
    </message>
    <message>
        <source>{network} note</source>
        <translation>{network}: Notiz</translation>
    </message>
    <message>
        <source>Filled in from {source}: change anything that is off.</source>
        <translation>Aus {source} übernommen: Ändere, was nicht stimmt.</translation>
    </message>
    <message>
        <source>{source} counted {counts}.</source>
        <translation>{source} hat {counts} gezählt.</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <source>Archived: kept with all its history, left out of new check-ins.</source>
        <translation>Archiviert: mit seinem ganzen Verlauf aufbewahrt, in neuen Check-ins nicht mehr dabei.</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Noch nicht geschrieben</translation>
    </message>
    <message>
        <source>{answered} of {questions} answered</source>
        <translation>{answered} von {questions} beantwortet</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Active goals</source>
        <translation>Aktive Ziele</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active: part of each check-in.</source>
        <translation>Aktiv: in jedem Check-in dabei.</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Leitlinien</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>It has history, so it can only be archived: archiving keeps everything.</source>
        <translation>Es hat schon einen Verlauf und kann deshalb nur archiviert werden: Beim Archivieren bleibt alles erhalten.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>The places you take part in, each with its own purpose, audience and charter: your own policy for it.</source>
        <translation>Die Orte, an denen du dich beteiligst, jeder mit eigenem Zweck, Publikum und eigenen Leitlinien: deinen Regeln dafür.</translation>
    </message>
    <message>
        <source>No networks yet. Add the places you take part in, each with a line on why you are there.</source>
        <translation>Noch keine Netzwerke. Füge die Orte hinzu, an denen du dich beteiligst, jeweils mit einer Zeile, warum du dort bist.</translation>
    </message>
    <message>
        <source>Add network…</source>
        <translation>Netzwerk hinzufügen…</translation>
    </message>
    <message>
        <source>Edit and charter…</source>
        <translation>Bearbeiten und Leitlinien…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Archived {name}. Its history stays; it is left out of new check-ins.</source>
        <translation>{name} archiviert. Der Verlauf bleibt; in neuen Check-ins ist es nicht mehr dabei.</translation>
    </message>
    <message>
        <source>{name} is back, in each check-in again.</source>
        <translation>{name} ist zurück und wieder in jedem Check-in dabei.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>Which networks are you on?</source>
        <translation>In welchen Netzwerken bist du?</translation>
    </message>
    <message>
        <source>Tick the ones you use; add your own below.</source>
        <translation>Hak die an, die du nutzt; eigene kannst du unten hinzufügen.</translation>
    </message>
    <message>
        <source>Another network, e.g. a forum or a group chat</source>
        <translation>Ein weiteres Netzwerk, z. B. ein Forum oder ein Gruppenchat</translation>
    </message>
    <message>
        <source>Name of another network</source>
        <translation>Name eines weiteren Netzwerks</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>NetworksSection</name>
    <message>
        <source>No active networks. Add one on the Networks page, and it shows here.</source>
        <translation>Keine aktiven Netzwerke. Leg auf der Seite „Netzwerke“ eines an, dann erscheint es hier.</translation>
    </message>
</context>
<context>
    <name>ParticipationChart</name>
    <message>
        <source>Creator</source>
        <extracomment>A ladder from making to taking in: distinct hues, each named in the legend.</extracomment>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Commenter</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No role shares in these weeks yet: the check-in asks for them per network.</source>
        <translation>In diesen Wochen gibt es noch keine Rollenanteile: Der Check-in fragt sie pro Netzwerk ab.</translation>
    </message>
    <message>
        <source>{role} share (yours)</source>
        <translation>Anteil {role} (deine Angabe)</translation>
    </message>
    <message>
        <source>Top strip: the rung your counts imply, same colours (palest: unplugged)</source>
        <translation>Oberer Streifen: die Stufe, auf die deine Zahlen schließen lassen, gleiche Farben (am hellsten: offline)</translation>
    </message>
    <message>
        <source>Share of your time (your own estimate)</source>
        <translation>Anteil deiner Zeit (deine eigene Schätzung)</translation>
    </message>
    <message>
        <source>No role shares</source>
        <translation>Keine Rollenanteile</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Kein Check-in</translation>
    </message>
    <message>
        <source>Creator {creator:.0f} % · commenter {commenter:.0f} % · reader {reader:.0f} %</source>
        <translation>Erstellen {creator:.0f} % · Kommentieren {commenter:.0f} % · Lesen {reader:.0f} %</translation>
    </message>
    <message>
        <source>Mean over {networks}</source>
        <translation>Mittel über {networks}</translation>
    </message>
    <message>
        <source>Your counts imply: {implied}</source>
        <translation>Deine Zahlen deuten auf: {implied}</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Paused weeks show as paused, never as missed, and nothing is lost: the goal picks up again when the pause ends.</source>
        <translation>Pausierte Wochen erscheinen als pausiert, nie als verpasst, und nichts geht verloren: Das Ziel läuft weiter, wenn die Pause endet.</translation>
    </message>
    <message>
        <source>Pause a goal</source>
        <translation>Ein Ziel pausieren</translation>
    </message>
    <message>
        <source>Pause “{title}”</source>
        <translation>„{title}“ pausieren</translation>
    </message>
    <message>
        <source>until I resume it</source>
        <translation>bis ich es fortsetze</translation>
    </message>
    <message>
        <source>until the end of</source>
        <translation>bis zum Ende von</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Ab</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n geteilter Inhalt</numerusform>
            <numerusform>%n geteilte Inhalte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s)</source>
        <translation>
            <numerusform>%n Reaktion</numerusform>
            <numerusform>%n Reaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Express vulnerability</source>
        <extracomment>The five practices of seed 004, as they were when this migration was written.</extracomment>
        <translation>Verletzlichkeit zeigen</translation>
    </message>
    <message>
        <source>Show what you are still learning or got wrong; trust needs it.</source>
        <translation>Zeig, was du noch lernst oder falsch gemacht hast; Vertrauen braucht das.</translation>
    </message>
    <message>
        <source>Mix professional and personal</source>
        <translation>Berufliches und Privates mischen</translation>
    </message>
    <message>
        <source>Let people see more of who you are than a job title.</source>
        <translation>Lass andere mehr von dir sehen als eine Berufsbezeichnung.</translation>
    </message>
    <message>
        <source>Provoke productively</source>
        <translation>Produktiv provozieren</translation>
    </message>
    <message>
        <source>Say what you really think, in a way that moves the conversation on.</source>
        <translation>Sag, was du wirklich denkst, so, dass es das Gespräch weiterbringt.</translation>
    </message>
    <message>
        <source>Promote others</source>
        <translation>Andere fördern</translation>
    </message>
    <message>
        <source>Point people at work and deeds you admire.</source>
        <translation>Weise andere auf Arbeit und Taten hin, die du bewunderst.</translation>
    </message>
    <message>
        <source>Seed, feed and weed</source>
        <translation>Säen, pflegen, jäten</translation>
    </message>
    <message>
        <source>Tend your network: start connections, nourish them, prune what drains you.</source>
        <translation>Pflege dein Netzwerk: Knüpfe Verbindungen, nähre sie, und schneide zurück, was dich auslaugt.</translation>
    </message>
</context>
<context>
    <name>PracticesSection</name>
    <message>
        <source>yes</source>
        <extracomment>A practice&apos;s ratings: 0 (not at all) to 3 (a lot).</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>not this week</source>
        <translation>diese Woche nicht</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Start from scratch</source>
        <translation>Ganz neu anfangen</translation>
    </message>
    <message>
        <source>Add a network</source>
        <translation>Ein Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>Where else do you take part? Pick one to start from; you can change everything on the next page.</source>
        <translation>Wo bist du sonst noch aktiv? Wähle eine Vorlage als Start; auf der nächsten Seite kannst du alles ändern.</translation>
    </message>
    <message>
        <source>{scratch}
A forum, a group, a newsletter: any place at all.</source>
        <translation>{scratch}
Ein Forum, eine Gruppe, ein Newsletter: jeder beliebige Ort.</translation>
    </message>
    <message>
        <source>{name}  ·  {kind}, {audience}
{purpose}</source>
        <translation>{name}  ·  {kind}, {audience}
{purpose}</translation>
    </message>
    <message>
        <source>{name}  ·  already added</source>
        <translation>{name}  ·  schon hinzugefügt</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>Weiter…</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Which network worked for you this week, and what did you use it for?</source>
        <extracomment>Each prompt names the essay and idea it grew from (seeds/000 … 004).</extracomment>
        <translation>Welches Netzwerk hat dir diese Woche gutgetan, und wofür hast du es genutzt?</translation>
    </message>
    <message>
        <source>Did you do something different on each network, or say the same thing everywhere?</source>
        <translation>Hast du in jedem Netzwerk etwas anderes gemacht oder überall dasselbe gesagt?</translation>
    </message>
    <message>
        <source>Were you mostly a creator, a commenter or a reader this week? Was that a choice?</source>
        <translation>Hast du diese Woche vor allem selbst erstellt, kommentiert oder gelesen? War das eine bewusste Entscheidung?</translation>
    </message>
    <message>
        <source>How did your workload shape what you did online this week?</source>
        <translation>Wie hat deine Arbeitslast geprägt, was du diese Woche online gemacht hast?</translation>
    </message>
    <message>
        <source>Was there a post you second-guessed until you never posted it? What held you back?</source>
        <translation>Gab es einen Beitrag, an dem du so lange gezweifelt hast, bis du ihn nie gepostet hast? Was hat dich zurückgehalten?</translation>
    </message>
    <message>
        <source>If this was a quiet week, what did you do with the time instead?</source>
        <translation>Wenn es eine ruhige Woche war: Was hast du stattdessen mit der Zeit gemacht?</translation>
    </message>
    <message>
        <source>What did you share of your life beyond work, and how did it land?</source>
        <translation>Was hast du aus deinem Leben jenseits der Arbeit geteilt, und wie kam es an?</translation>
    </message>
    <message>
        <source>When did you switch off and put it all down this week?</source>
        <translation>Wann hast du diese Woche abgeschaltet und alles beiseitegelegt?</translation>
    </message>
    <message>
        <source>Which moment online this week was real work done right?</source>
        <translation>Welcher Moment online war diese Woche richtig gute Arbeit?</translation>
    </message>
    <message>
        <source>What small habit kept you connected this week (or would have)?</source>
        <translation>Welche kleine Gewohnheit hat dich diese Woche verbunden gehalten (oder hätte es getan)?</translation>
    </message>
    <message>
        <source>What got traction this week, and what do you think made it work?</source>
        <translation>Was hat diese Woche Anklang gefunden, und woran lag es deiner Meinung nach?</translation>
    </message>
    <message>
        <source>What did you learn to skip over as noise?</source>
        <translation>Was hast du gelernt, als Rauschen zu überspringen?</translation>
    </message>
    <message>
        <source>Whom did you help or give something back to?</source>
        <translation>Wem hast du geholfen oder etwas zurückgegeben?</translation>
    </message>
    <message>
        <source>Did anything you shared feel like a pearl dropped into a black hole? Where?</source>
        <translation>Fühlte sich etwas, das du geteilt hast, wie eine Perle an, die in ein schwarzes Loch fiel? Wo?</translation>
    </message>
    <message>
        <source>Who responded to you this week, and on which network?</source>
        <translation>Wer hat dir diese Woche geantwortet, und in welchem Netzwerk?</translation>
    </message>
    <message>
        <source>Where did the line between work and personal blur this week? Was that fine?</source>
        <translation>Wo ist diese Woche die Grenze zwischen Beruflichem und Privatem verschwommen? War das in Ordnung?</translation>
    </message>
    <message>
        <source>What did you try out this week just to see what happens?</source>
        <translation>Was hast du diese Woche einfach mal ausprobiert, um zu sehen, was passiert?</translation>
    </message>
    <message>
        <source>Did you post anything you would not want your mother, your boss or your ex to read?</source>
        <translation>Hast du etwas gepostet, das deine Mutter, deine Chefin oder dein Ex nicht lesen sollten?</translation>
    </message>
    <message>
        <source>Did you keep to your own policy on each network? Where did you bend it?</source>
        <translation>Hast du dich in jedem Netzwerk an deine eigenen Leitlinien gehalten? Wo hast du sie gebogen?</translation>
    </message>
    <message>
        <source>Where did you ask a question or build on someone&apos;s idea instead of just agreeing?</source>
        <translation>Wo hast du eine Frage gestellt oder auf der Idee von jemandem aufgebaut, statt nur zuzustimmen?</translation>
    </message>
    <message>
        <source>Where were you interesting, and a person, rather than a job title?</source>
        <translation>Wo warst du interessant, und ein Mensch statt einer Berufsbezeichnung?</translation>
    </message>
    <message>
        <source>What did you admit you were still learning this week?</source>
        <translation>Wobei hast du diese Woche zugegeben, dass du noch lernst?</translation>
    </message>
    <message>
        <source>Did you say something that moved a conversation on, even if not everyone agreed?</source>
        <translation>Hast du etwas gesagt, das ein Gespräch weitergebracht hat, auch wenn nicht alle zugestimmt haben?</translation>
    </message>
    <message>
        <source>Whose work did you point others to this week?</source>
        <translation>Auf wessen Arbeit hast du diese Woche andere hingewiesen?</translation>
    </message>
    <message>
        <source>Which connection did you start, nourish or let go of?</source>
        <translation>Welche Verbindung hast du geknüpft, gepflegt oder losgelassen?</translation>
    </message>
</context>
<context>
    <name>PromptBox</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip: {prompt}</source>
        <translation>Überspringen: {prompt}</translation>
    </message>
    <message>
        <source>Skipped. No need to answer every prompt.</source>
        <translation>Übersprungen. Du musst nicht jede Frage beantworten.</translation>
    </message>
    <message>
        <source>Answer after all</source>
        <translation>Doch antworten</translation>
    </message>
</context>
<context>
    <name>PromptSource</name>
    <message>
        <source>000: pick what works for you</source>
        <translation>000: nimm, was für dich funktioniert</translation>
    </message>
    <message>
        <source>000/003: use each network for something different</source>
        <translation>000/003: nutze jedes Netzwerk für etwas anderes</translation>
    </message>
    <message>
        <source>000: some create, some only comment, some only read</source>
        <translation>000: manche erstellen, manche kommentieren nur, manche lesen nur</translation>
    </message>
    <message>
        <source>000: usage ebbs and flows with workload, schedule and interests</source>
        <translation>000: die Nutzung geht mit Arbeitslast, Terminen und Interessen auf und ab</translation>
    </message>
    <message>
        <source>000: don&apos;t second-guess posts; just jump in</source>
        <translation>000: zweifle nicht an jedem Beitrag; leg einfach los</translation>
    </message>
    <message>
        <source>000: don&apos;t beat yourself up about quiet periods</source>
        <translation>000: mach dir keine Vorwürfe wegen ruhiger Phasen</translation>
    </message>
    <message>
        <source>000: be unapologetic about personal elements</source>
        <translation>000: steh ohne Entschuldigung zu Persönlichem</translation>
    </message>
    <message>
        <source>000: unplugged time with family and friends matters more</source>
        <translation>000: Zeit offline mit Familie und Freunden zählt mehr</translation>
    </message>
    <message>
        <source>001: social is real work if you use it correctly</source>
        <translation>001: soziale Medien sind echte Arbeit, wenn man sie richtig nutzt</translation>
    </message>
    <message>
        <source>001: make it a habit to look every morning</source>
        <translation>001: mach es dir zur Gewohnheit, jeden Morgen reinzuschauen</translation>
    </message>
    <message>
        <source>001: learn what gets traction</source>
        <translation>001: lerne, was Anklang findet</translation>
    </message>
    <message>
        <source>001: some were noise and I learned to skip those</source>
        <translation>001: manches war Rauschen, und ich habe gelernt, es zu überspringen</translation>
    </message>
    <message>
        <source>001: give back to the people you learn from</source>
        <translation>001: gib den Menschen etwas zurück, von denen du lernst</translation>
    </message>
    <message>
        <source>002: pearls dropped into a black hole</source>
        <translation>002: Perlen, die in ein schwarzes Loch fallen</translation>
    </message>
    <message>
        <source>002: receiving feedback is why we share</source>
        <translation>002: Resonanz zu bekommen ist der Grund, warum wir teilen</translation>
    </message>
    <message>
        <source>002: the needs are the same at work and at home</source>
        <translation>002: die Bedürfnisse sind bei der Arbeit und zu Hause dieselben</translation>
    </message>
    <message>
        <source>002: experiment, try things out, see what works</source>
        <translation>002: experimentiere, probiere aus, schau, was funktioniert</translation>
    </message>
    <message>
        <source>002: the golden rule of social media</source>
        <translation>002: die goldene Regel der sozialen Medien</translation>
    </message>
    <message>
        <source>003: a written personal policy per network</source>
        <translation>003: eigene, aufgeschriebene Leitlinien für jedes Netzwerk</translation>
    </message>
    <message>
        <source>003: be constructive, not a mutual admiration society</source>
        <translation>003: sei konstruktiv, kein Verein zur gegenseitigen Bewunderung</translation>
    </message>
    <message>
        <source>003: be interesting, be a person</source>
        <translation>003: sei interessant, sei ein Mensch</translation>
    </message>
    <message>
        <source>004: express vulnerability</source>
        <translation>004: Verletzlichkeit zeigen</translation>
    </message>
    <message>
        <source>004: provoke productively</source>
        <translation>004: produktiv provozieren</translation>
    </message>
    <message>
        <source>004: promote others</source>
        <translation>004: andere fördern</translation>
    </message>
    <message>
        <source>004: actively seed, feed and weed</source>
        <translation>004: aktiv säen, pflegen und jäten</translation>
    </message>
</context>
<context>
    <name>PromptsSection</name>
    <message>
        <source>Your own question</source>
        <translation>Deine eigene Frage</translation>
    </message>
    <message>
        <source>Essay {number} · {idea}</source>
        <translation>Essay {number} · {idea}</translation>
    </message>
    <message>
        <source>A question of your own (optional)</source>
        <translation>Eine eigene Frage (optional)</translation>
    </message>
    <message>
        <source>A question of your own</source>
        <translation>Eine eigene Frage</translation>
    </message>
    <message>
        <source>Your answer to your own question</source>
        <translation>Deine Antwort auf deine eigene Frage</translation>
    </message>
    <message>
        <source>Ask me this every week</source>
        <translation>Frag mich das jede Woche</translation>
    </message>
    <message>
        <source>Ask my own question every week</source>
        <translation>Meine eigene Frage jede Woche stellen</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take this new question out again (it is not saved yet)</source>
        <translation>Diese neue Frage wieder herausnehmen (sie ist noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Your answer, in your own words</source>
        <translation>Deine Antwort, in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>Last changed {day}</source>
        <translation>Zuletzt geändert am {day}</translation>
    </message>
    <message>
        <source>Earlier versions ({count})</source>
        <translation>Frühere Fassungen ({count})</translation>
    </message>
</context>
<context>
    <name>Reflect</name>
    <message>
        <source>Unknown source {source!r}.</source>
        <translation>Unbekannte Quelle {source!r}.</translation>
    </message>
    <message>
        <source>Unknown kind {kind!r}.</source>
        <translation>Unbekannte Art {kind!r}.</translation>
    </message>
    <message>
        <source>A charter question no longer exists.</source>
        <translation>Eine Frage der Leitlinien gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Write the question first.</source>
        <translation>Schreib zuerst die Frage.</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>How many of the user&apos;s own context tags the form offers as ready-made choices.</extracomment>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Workload {workload}{context}.</source>
        <translation>Arbeitslast {workload}{context}.</translation>
    </message>
    <message>
        <source>A quiet week. Time away is part of using networks on purpose.</source>
        <translation>Eine ruhige Woche. Auszeiten gehören dazu, wenn man Netzwerke bewusst nutzt.</translation>
    </message>
    <message>
        <source>{posts} and {comments}, on {where}.</source>
        <translation>{posts} und {comments}, auf {where}.</translation>
    </message>
    <message>
        <source>Goals met: {goals}.</source>
        <translation>Erreichte Ziele: {goals}.</translation>
    </message>
    <message>
        <source>Part of the way: {goals}.</source>
        <translation>Ein Stück des Weges: {goals}.</translation>
    </message>
    <message>
        <source>Paused, and that is fine: {goals}.</source>
        <translation>Pausiert, und das ist in Ordnung: {goals}.</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <source>{n} posts</source>
        <translation>{n} Beiträge</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 Kommentar</translation>
    </message>
    <message>
        <source>{n} comments</source>
        <translation>{n} Kommentare</translation>
    </message>
    <message>
        <source>{week} has not started yet: check in once it has.</source>
        <translation>{week} hat noch nicht begonnen: Mach den Check-in, sobald sie angefangen hat.</translation>
    </message>
    <message>
        <source>Workload goes from 1 (light) to 5 (overloaded).</source>
        <translation>Die Arbeitslast reicht von 1 (leicht) bis 5 (überlastet).</translation>
    </message>
    <message>
        <source>Energy goes from 1 to 5.</source>
        <translation>Die Energie reicht von 1 bis 5.</translation>
    </message>
    <message>
        <source>Hours worked go from 0 to 168 in a week.</source>
        <translation>Arbeitsstunden reichen von 0 bis 168 pro Woche.</translation>
    </message>
    <message>
        <source>A context tag has 1 to 40 characters.</source>
        <translation>Ein Umstand hat 1 bis 40 Zeichen.</translation>
    </message>
    <message>
        <source>A network appears twice in this check-in.</source>
        <translation>Ein Netzwerk kommt in diesem Check-in doppelt vor.</translation>
    </message>
    <message>
        <source>{name} cannot be negative.</source>
        <translation>{name} kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Feedback is none, a little or a lot.</source>
        <translation>Resonanz ist keine, etwas oder viel.</translation>
    </message>
    <message>
        <source>Creator, commenter and reader shares must add up to 100 (they add up to {shares}).</source>
        <translation>Die Anteile für Erstellen, Kommentieren und Lesen müssen zusammen 100 ergeben (sie ergeben {shares}).</translation>
    </message>
    <message>
        <source>A network marked “didn&apos;t use it” cannot have activity that week.</source>
        <translation>Ein Netzwerk, das als „nicht genutzt“ markiert ist, kann in dieser Woche keine Aktivität haben.</translation>
    </message>
    <message>
        <source>Practices are rated 0 to 3.</source>
        <translation>Gewohnheiten werden mit 0 bis 3 bewertet.</translation>
    </message>
    <message>
        <source>A free goal is judged yes, partly or no.</source>
        <translation>Ein selbst beurteiltes Ziel ist ja, teilweise oder nein.</translation>
    </message>
    <message>
        <source>There is no network with id {network_id}.</source>
        <translation>Es gibt kein Netzwerk mit der Kennung {network_id}.</translation>
    </message>
    <message>
        <source>A rated practice does not exist.</source>
        <translation>Eine bewertete Gewohnheit gibt es nicht.</translation>
    </message>
    <message>
        <source>A judged goal does not exist.</source>
        <translation>Ein beurteiltes Ziel gibt es nicht.</translation>
    </message>
    <message>
        <source>That check-in no longer exists.</source>
        <translation>Diesen Check-in gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{week} already has a check-in: open it to edit it.</source>
        <translation>Für {week} gibt es schon einen Check-in: Öffne ihn, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>geteilte Inhalte</translation>
    </message>
    <message>
        <source>reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>active days</source>
        <translation>aktive Tage</translation>
    </message>
    <message>
        <source>creator</source>
        <extracomment>Weeks with role shares in each half of the period, and the shift worth a sentence. Weeks with role shares and counts, before comparing what you say with what you did.</extracomment>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>commenter</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source> (measured)</source>
        <extracomment>A role share this many points under the aim is &quot;partly&quot;.</extracomment>
        <translation> (gemessen)</translation>
    </message>
    <message>
        <source>measured {seen:g} {unit}</source>
        <translation>gemessen: {seen:g} {unit}</translation>
    </message>
    <message>
        <source> (measured {seen:g})</source>
        <translation> (gemessen: {seen:g})</translation>
    </message>
    <message>
        <source>didn&apos;t use it, so 0 of at most {aim:g} {unit}</source>
        <translation>nicht genutzt, also 0 von höchstens {aim:g} {unit}</translation>
    </message>
    <message>
        <source>didn&apos;t use it</source>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <source>{unit} not filled in{note}</source>
        <translation>{unit} nicht ausgefüllt{note}</translation>
    </message>
    <message>
        <source>{value:g} of at most {aim:g} {unit}{note}</source>
        <translation>{value:g} von höchstens {aim:g} {unit}{note}</translation>
    </message>
    <message>
        <source>{value:g} of {aim:g} {unit}{note}</source>
        <translation>{value:g} von {aim:g} {unit}{note}</translation>
    </message>
    <message>
        <source>{share} % {role} on average (aim {need:g} %)</source>
        <translation>{share} % {role} im Schnitt (Ziel {need:g} %)</translation>
    </message>
    <message>
        <source>{share} % {role} (aim {need:g} %)</source>
        <translation>{share} % {role} (Ziel {need:g} %)</translation>
    </message>
    <message>
        <source>rated {rating} of 3</source>
        <translation>mit {rating} von 3 bewertet</translation>
    </message>
    <message>
        <source>Say what you will try.</source>
        <translation>Sag, was du ausprobieren willst.</translation>
    </message>
    <message>
        <source>Say it in at most {TITLE_LENGTH} characters.</source>
        <translation>Sag es in höchstens {TITLE_LENGTH} Zeichen.</translation>
    </message>
    <message>
        <source>An experiment runs 1 to {MAX_WEEKS} weeks.</source>
        <translation>Ein Experiment läuft 1 bis {MAX_WEEKS} Wochen.</translation>
    </message>
    <message>
        <source>Status is one of: {join}.</source>
        <translation>Der Status ist einer von: {join}.</translation>
    </message>
    <message>
        <source>Write what happened before calling the experiment finished.</source>
        <translation>Schreib auf, was passiert ist, bevor du das Experiment als beendet markierst.</translation>
    </message>
    <message>
        <source>That network does not exist.</source>
        <translation>Dieses Netzwerk gibt es nicht.</translation>
    </message>
    <message>
        <source>All networks</source>
        <extracomment>What each import source counts (DESIGN.md, &quot;Importers&quot;); the rest it cannot see. How many weeks the strip on the Goals page shows, ending with the current week.</extracomment>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>(removed network)</source>
        <translation>(entferntes Netzwerk)</translation>
    </message>
    <message>
        <source>Pause planned from {week}</source>
        <translation>Pause geplant ab {week}</translation>
    </message>
    <message>
        <source>Resumes {week}</source>
        <translation>Geht weiter {week}</translation>
    </message>
    <message>
        <source>Achieved from {week}</source>
        <translation>Erreicht ab {week}</translation>
    </message>
    <message>
        <source>Retired from {week}</source>
        <translation>Beendet ab {week}</translation>
    </message>
    <message>
        <source>Ended {week}</source>
        <translation>Beendet {week}</translation>
    </message>
    <message>
        <source>Until {week}</source>
        <translation>Bis {week}</translation>
    </message>
    <message>
        <source>Give the goal a short title.</source>
        <translation>Gib dem Ziel einen kurzen Titel.</translation>
    </message>
    <message>
        <source>A title has at most {TITLE_LENGTH} characters.</source>
        <translation>Ein Titel hat höchstens {TITLE_LENGTH} Zeichen.</translation>
    </message>
    <message>
        <source>A goal is one of: {join}.</source>
        <translation>Ein Ziel ist eines von: {join}.</translation>
    </message>
    <message>
        <source>The end week comes before the start week.</source>
        <translation>Die Endwoche liegt vor der Startwoche.</translation>
    </message>
    <message>
        <source>Count one of: {join}.</source>
        <translation>Zähle eines von: {join}.</translation>
    </message>
    <message>
        <source>Say at least or at most.</source>
        <translation>Sag „mindestens“ oder „höchstens“.</translation>
    </message>
    <message>
        <source>The target is a number of 0 or more.</source>
        <translation>Der Zielwert ist eine Zahl ab 0.</translation>
    </message>
    <message>
        <source>The target is a whole number.</source>
        <translation>Der Zielwert ist eine ganze Zahl.</translation>
    </message>
    <message>
        <source>A week has {limit:,} minutes.</source>
        <translation>Eine Woche hat {limit:,} Minuten.</translation>
    </message>
    <message>
        <source>A week has 7 days.</source>
        <translation>Eine Woche hat 7 Tage.</translation>
    </message>
    <message>
        <source>{target:,.0f} {unit} a week looks like a typo: a goal asks for at most {limit:,}.</source>
        <translation>{target:,.0f} {unit} pro Woche sieht nach einem Tippfehler aus: Ein Ziel verlangt höchstens {limit:,}.</translation>
    </message>
    <message>
        <source>Choose creator, commenter or reader.</source>
        <translation>Wähle Erstellen, Kommentieren oder Lesen.</translation>
    </message>
    <message>
        <source>The minimum share is 1 to 100 percent.</source>
        <translation>Der Mindestanteil liegt zwischen 1 und 100 Prozent.</translation>
    </message>
    <message>
        <source>Choose a practice.</source>
        <translation>Wähle eine Gewohnheit.</translation>
    </message>
    <message>
        <source>A practice target is a rating of 1 to 3.</source>
        <translation>Das Ziel für eine Gewohnheit ist eine Bewertung von 1 bis 3.</translation>
    </message>
    <message>
        <source>A goal keeps its kind, so its past weeks keep their meaning: retire it and add a new goal instead.</source>
        <translation>Ein Ziel behält seine Art, damit seine vergangenen Wochen ihre Bedeutung behalten: Beende es und leg stattdessen ein neues Ziel an.</translation>
    </message>
    <message>
        <source>A goal stays with its network, so its past weeks keep their meaning: retire it and add a new goal instead.</source>
        <translation>Ein Ziel bleibt bei seinem Netzwerk, damit seine vergangenen Wochen ihre Bedeutung behalten: Beende es und leg stattdessen ein neues Ziel an.</translation>
    </message>
    <message>
        <source>A change applies from the start week at the earliest.</source>
        <translation>Eine Änderung gilt frühestens ab der Startwoche.</translation>
    </message>
    <message>
        <source>That week is after the goal ends.</source>
        <translation>Diese Woche liegt nach dem Ende des Ziels.</translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation>Dieses Ziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The pause ends before it starts.</source>
        <translation>Die Pause endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>That goal is not paused then.</source>
        <translation>Dieses Ziel ist zu der Zeit nicht pausiert.</translation>
    </message>
    <message>
        <source>post</source>
        <extracomment>What describe() counts, one and many, and the roles, for the user&apos;s language.</extracomment>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>share</source>
        <translation>geteilter Inhalt</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>active day</source>
        <translation>aktiver Tag</translation>
    </message>
    <message>
        <source> on {network}</source>
        <translation> auf {network}</translation>
    </message>
    <message>
        <source> across all networks</source>
        <translation> über alle Netzwerke</translation>
    </message>
    <message>
        <source>At least {target:g} {unit} a week{where}</source>
        <translation>Mindestens {target:g} {unit} pro Woche{where}</translation>
    </message>
    <message>
        <source>At most {target:g} {unit} a week{where}</source>
        <translation>Höchstens {target:g} {unit} pro Woche{where}</translation>
    </message>
    <message>
        <source>Only a {role}{where}</source>
        <translation>Nur {role}{where}</translation>
    </message>
    <message>
        <source>Mostly a {role}{where}: at least {target:g} % of the week</source>
        <translation>Vor allem {role}{where}: mindestens {target:g} % der Woche</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>die Gewohnheit</translation>
    </message>
    <message>
        <source>Rate {practice} at least {target:g} of 3 each week{where}</source>
        <translation>{practice} jede Woche mit mindestens {target:g} von 3 bewerten{where}</translation>
    </message>
    <message>
        <source>Judged by you each week{where}</source>
        <translation>Jede Woche von dir beurteilt{where}</translation>
    </message>
    <message>
        <source>{goal}, from {start} to {end}</source>
        <translation>{goal}, von {start} bis {end}</translation>
    </message>
    <message>
        <source>{goal}, from {start}</source>
        <translation>{goal}, ab {start}</translation>
    </message>
    <message>
        <source>Choose a platform.</source>
        <translation>Wähle eine Plattform.</translation>
    </message>
    <message>
        <source>Choose the export file.</source>
        <translation>Wähle die Exportdatei.</translation>
    </message>
    <message>
        <source>There is no file at that place.</source>
        <translation>An dieser Stelle gibt es keine Datei.</translation>
    </message>
    <message>
        <source>There is no network called {name!r} (the networks are: {listed}).</source>
        <translation>Es gibt kein Netzwerk namens {name!r} (die Netzwerke sind: {listed}).</translation>
    </message>
    <message>
        <source>Unknown platform {platform!r}; choose one of {join}.</source>
        <translation>Unbekannte Plattform {platform!r}; wähle eine von {join}.</translation>
    </message>
    <message>
        <source>{name} has no host names, so no browser time can be matched to it. Add its host names (like example.com) in Networks first.</source>
        <translation>{name} hat keine Adressen, daher lässt sich ihm keine Browserzeit zuordnen. Trag zuerst unter „Netzwerke“ seine Adressen ein (etwa example.com).</translation>
    </message>
    <message>
        <source>No network has host names, so no browser time can be matched. Add host names (like example.com) in Networks first.</source>
        <translation>Kein Netzwerk hat Adressen, daher lässt sich keine Browserzeit zuordnen. Trag zuerst unter „Netzwerke“ Adressen ein (etwa example.com).</translation>
    </message>
    <message>
        <source>A network needs a name.</source>
        <translation>Ein Netzwerk braucht einen Namen.</translation>
    </message>
    <message>
        <source>A network name has at most {NAME_LENGTH} characters.</source>
        <translation>Ein Netzwerkname hat höchstens {NAME_LENGTH} Zeichen.</translation>
    </message>
    <message>
        <source>There is already a network called {name}.</source>
        <translation>Es gibt schon ein Netzwerk namens {name}.</translation>
    </message>
    <message>
        <source>The purpose is one line: at most {PURPOSE_LENGTH} characters.</source>
        <translation>Der Zweck ist eine Zeile: höchstens {PURPOSE_LENGTH} Zeichen.</translation>
    </message>
    <message>
        <source>Kind must be one of {join}.</source>
        <translation>Die Art muss eine von {join} sein.</translation>
    </message>
    <message>
        <source>Audience must be one of {join}.</source>
        <translation>Das Publikum muss eines von {join} sein.</translation>
    </message>
    <message>
        <source>Colour must look like #1a2b3c.</source>
        <translation>Eine Farbe sieht aus wie #1a2b3c.</translation>
    </message>
    <message>
        <source>{host!r} is not a host name like example.com.</source>
        <translation>{host!r} ist keine Adresse wie example.com.</translation>
    </message>
    <message>
        <source>That network no longer exists.</source>
        <translation>Dieses Netzwerk gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no preset {key!r}.</source>
        <translation>Es gibt keine Vorlage {key!r}.</translation>
    </message>
    <message>
        <source>{name} has history, so it can only be archived: archiving keeps everything and hides it from new check-ins.</source>
        <translation>{name} hat schon einen Verlauf und kann deshalb nur archiviert werden: Beim Archivieren bleibt alles erhalten, und es erscheint nicht mehr in neuen Check-ins.</translation>
    </message>
    <message>
        <source>Name the practice.</source>
        <translation>Gib der Gewohnheit einen Namen.</translation>
    </message>
    <message>
        <source>workload and activity: {n} check-ins</source>
        <extracomment>Workload and activity: checked-in weeks with a value, and |r| to call it a pattern. Heavy weeks (workload 4–5) and lighter ones (1–3), each, before comparing their means. Weeks with posts or replies and the feedback question answered; below this share of them with a response, a network gets its own sentence. Check-ins in a row without activity on a network. Weeks a goal was judged met, partly or missed (paused and no-data weeks do not count).</extracomment>
        <translation>Arbeitslast und Aktivität: {n} Check-ins</translation>
    </message>
    <message>
        <source>feedback: {n} weeks with posts or replies</source>
        <translation>Resonanz: {n} Wochen mit Beiträgen oder Antworten</translation>
    </message>
    <message>
        <source>role shifts: {n} weeks with role shares</source>
        <translation>Rollenwechsel: {n} Wochen mit Rollenanteilen</translation>
    </message>
    <message>
        <source>quiet stretches: {n} check-ins in a row</source>
        <translation>ruhige Phasen: {n} Check-ins in Folge</translation>
    </message>
    <message>
        <source>goals: {n} judged weeks</source>
        <translation>Ziele: {n} beurteilte Wochen</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you were {change} % less active on {name} than in lighter weeks {basis}.</source>
        <extracomment>&quot;In weeks with workload 4–5 you &lt;did this much less or more&gt; on X …&quot;, per metric.</extracomment>
        <translation>In Wochen mit Arbeitslast 4–5 warst du auf {name} {change} % weniger aktiv als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you were {change} % more active on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 warst du auf {name} {change} % aktiver als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you posted {change} % less on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du auf {name} {change} % weniger gepostet als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you posted {change} % more on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du auf {name} {change} % mehr gepostet als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you commented {change} % less on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du auf {name} {change} % weniger kommentiert als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you commented {change} % more on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du auf {name} {change} % mehr kommentiert als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you shared {change} % less on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du auf {name} {change} % weniger geteilt als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you shared {change} % more on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du auf {name} {change} % mehr geteilt als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you reacted {change} % less on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du auf {name} {change} % weniger reagiert als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you reacted {change} % more on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du auf {name} {change} % mehr reagiert als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you spent {change} % less time on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du {change} % weniger Zeit auf {name} verbracht als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>In weeks with workload 4–5 you spent {change} % more time on {name} than in lighter weeks {basis}.</source>
        <translation>In Wochen mit Arbeitslast 4–5 hast du {change} % mehr Zeit auf {name} verbracht als in leichteren Wochen {basis}.</translation>
    </message>
    <message>
        <source>weeks with a response</source>
        <translation>Wochen mit Resonanz</translation>
    </message>
    <message>
        <source>weeks with posts or replies</source>
        <translation>Wochen mit Beiträgen oder Antworten</translation>
    </message>
    <message>
        <source>weeks met</source>
        <translation>Wochen erreicht</translation>
    </message>
    <message>
        <source>weeks judged</source>
        <translation>Wochen beurteilt</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>(r = {r} over {weeks} weeks)</source>
        <translation>(r = {r} über {weeks} Wochen)</translation>
    </message>
    <message>
        <source>Your activity on {name} hardly followed your workload {basis}.</source>
        <translation>Deine Aktivität auf {name} ist deiner Arbeitslast kaum gefolgt {basis}.</translation>
    </message>
    <message>
        <source>heavy weeks</source>
        <translation>schwere Wochen</translation>
    </message>
    <message>
        <source>lighter weeks</source>
        <translation>leichtere Wochen</translation>
    </message>
    <message>
        <source>The busier the week, the less you did on {name} {basis}.</source>
        <translation>Je voller die Woche, desto weniger hast du auf {name} gemacht {basis}.</translation>
    </message>
    <message>
        <source>The busier the week, the more you did on {name} {basis}.</source>
        <translation>Je voller die Woche, desto mehr hast du auf {name} gemacht {basis}.</translation>
    </message>
    <message>
        <source>Your posts and replies on {name} got a response in {got} of {of} weeks — more than anywhere else.</source>
        <translation>Deine Beiträge und Antworten auf {name} haben in {got} von {of} Wochen Resonanz bekommen — mehr als irgendwo sonst.</translation>
    </message>
    <message>
        <source>Your posts and replies on {name} got a response in {got} of {of} weeks.</source>
        <translation>Deine Beiträge und Antworten auf {name} haben in {got} von {of} Wochen Resonanz bekommen.</translation>
    </message>
    <message>
        <source>On {name} a response came in {got} of {of} weeks. Worth asking whether the people you want to reach are there.</source>
        <translation>Auf {name} kam in {got} von {of} Wochen Resonanz. Es lohnt sich zu fragen, ob die Menschen, die du erreichen möchtest, dort sind.</translation>
    </message>
    <message>
        <source>{role} share before</source>
        <translation>Anteil {role} vorher</translation>
    </message>
    <message>
        <source>{role} share after</source>
        <translation>Anteil {role} nachher</translation>
    </message>
    <message>
        <source>weeks in each half</source>
        <translation>Wochen je Hälfte</translation>
    </message>
    <message>
        <source>the first {half} weeks with shares against the last {half}</source>
        <translation>die ersten {half} Wochen mit Anteilen gegen die letzten {half}</translation>
    </message>
    <message>
        <source>On {name} you moved from mostly {was} to mostly {now} ({role} {change}, {span}).</source>
        <translation>Auf {name} hast du dich von vor allem {was} zu vor allem {now} bewegt ({role} {change}, {span}).</translation>
    </message>
    <message>
        <source>On {name} your {role} share grew: {change} ({span}).</source>
        <translation>Auf {name} ist dein Anteil {role} gewachsen: {change} ({span}).</translation>
    </message>
    <message>
        <source>On {name} your {role} share fell: {change} ({span}).</source>
        <translation>Auf {name} ist dein Anteil {role} gesunken: {change} ({span}).</translation>
    </message>
    <message>
        <source>On {name} your counts put you on the {said} rung in {count} of {weeks} weeks, while your own shares say otherwise. Both can be true: counts see what you did, shares how you spent the time.</source>
        <translation>Auf {name} stellen dich deine Zahlen in {count} von {weeks} Wochen auf die Stufe {said}, während deine eigenen Anteile etwas anderes sagen. Beides kann stimmen: Zahlen sehen, was du getan hast, Anteile, wie du die Zeit verbracht hast.</translation>
    </message>
    <message>
        <source>weeks the counts say {said}</source>
        <translation>Wochen, in denen die Zahlen {said} sagen</translation>
    </message>
    <message>
        <source>Quiet on {name} for {weeks} weeks (since {since}) — fine if that is on purpose.</source>
        <translation>Ruhig auf {name} seit {weeks} Wochen (seit {since}) — in Ordnung, wenn das Absicht ist.</translation>
    </message>
    <message>
        <source>quiet check-ins</source>
        <translation>ruhige Check-ins</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>Met most often: “{title}” ({network}), in {met} of {judged} weeks.</source>
        <translation>Am häufigsten erreicht: „{title}“ ({network}), in {met} von {judged} Wochen.</translation>
    </message>
    <message>
        <source>, partly in {partly}</source>
        <translation>, teilweise in {partly}</translation>
    </message>
    <message>
        <source>Met least often: “{title}” ({network}), in {met} of {judged} weeks{partly}. Perhaps it asks more than these weeks allowed; a smaller target is still a goal.</source>
        <translation>Am seltensten erreicht: „{title}“ ({network}), in {met} von {judged} Wochen{partly}. Vielleicht verlangt es mehr, als diese Wochen zuließen; ein kleineres Ziel ist immer noch ein Ziel.</translation>
    </message>
    <message>
        <source>weeks partly met</source>
        <translation>Wochen teilweise erreicht</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>teilweise erreicht</translation>
    </message>
    <message>
        <source>not this week</source>
        <translation>diese Woche nicht</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>kein Check-in</translation>
    </message>
    <message>
        <source>All activity</source>
        <extracomment>The workload table&apos;s last column, as a heading.</extracomment>
        <translation>Alle Aktivität</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilte Inhalte</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>no weeks</source>
        <translation>keine Wochen</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>{title} of {metric}, {span}: {checked} of {weeks} weeks with a check-in</source>
        <translation>{title} für {metric}, {span}: {checked} von {weeks} Wochen mit Check-in</translation>
    </message>
    <message>
        <source>, {total} {unit} in all, average workload {average:.1f} ({word})</source>
        <translation>, insgesamt {total} {unit}, Arbeitslast im Schnitt {average:.1f} ({word})</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>{head}{more}. Actions are posts, comments, shares and reactions together.</source>
        <translation>{head}{more}. Aktionen sind Beiträge, Kommentare, geteilte Inhalte und Reaktionen zusammen.</translation>
    </message>
    <message>
        <source>Life context</source>
        <translation>Umstände</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>Durchschnitt über 4 Wochen</translation>
    </message>
    <message>
        <source>{title}, {span}: no role shares in these weeks.</source>
        <translation>{title}, {span}: in diesen Wochen keine Rollenanteile.</translation>
    </message>
    <message>
        <source>{title}, {span}: on average {creator:.0f} % creator, {commenter:.0f} % commenter and {reader:.0f} % reader over {weeks} weeks with role shares.</source>
        <translation>{title}, {span}: im Schnitt {creator:.0f} % Erstellen, {commenter:.0f} % Kommentieren und {reader:.0f} % Lesen über {weeks} Wochen mit Rollenanteilen.</translation>
    </message>
    <message>
        <source>Creator %</source>
        <translation>Erstellen %</translation>
    </message>
    <message>
        <source>Commenter %</source>
        <translation>Kommentieren %</translation>
    </message>
    <message>
        <source>Reader %</source>
        <translation>Lesen %</translation>
    </message>
    <message>
        <source>Networks with shares</source>
        <translation>Netzwerke mit Anteilen</translation>
    </message>
    <message>
        <source>Mostly (your shares)</source>
        <translation>Vor allem (deine Anteile)</translation>
    </message>
    <message>
        <source>Counts imply</source>
        <translation>Zahlen deuten auf</translation>
    </message>
    <message>
        <source>{goals} over {weeks} ({span}); goal-weeks: {counts}.</source>
        <translation>{goals} über {weeks} ({span}); Zielwochen: {counts}.</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <source>{n} goals</source>
        <translation>{n} Ziele</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} Wochen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>all networks</source>
        <translation>alle Netzwerke</translation>
    </message>
    <message>
        <source>Workload against {metric}, {where}</source>
        <translation>Arbeitslast und {metric}, {where}</translation>
    </message>
    <message>
        <source>{head}: {n} weeks; a line needs at least {least}.</source>
        <translation>{head}: {n} Wochen; eine Gerade braucht mindestens {least}.</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>{head}: {n} weeks; your {steady} did not change, so there is no correlation.</source>
        <translation>{head}: {n} Wochen; bei {steady} gab es keine Veränderung, also keinen Zusammenhang.</translation>
    </message>
    <message>
        <source>{head}: r = {r} over {weeks} weeks; the fitted line rises by {slope:.1f} for each step of workload.</source>
        <translation>{head}: r = {r} über {weeks} Wochen; die Ausgleichsgerade steigt um {slope:.1f} je Stufe Arbeitslast.</translation>
    </message>
    <message>
        <source>{head}: r = {r} over {weeks} weeks; the fitted line falls by {slope:.1f} for each step of workload.</source>
        <translation>{head}: r = {r} über {weeks} Wochen; die Ausgleichsgerade fällt um {slope:.1f} je Stufe Arbeitslast.</translation>
    </message>
    <message>
        <source>{title} ({metric}): no weeks with both a check-in and an import.</source>
        <translation>{title} ({metric}): keine Wochen mit Check-in und Import zugleich.</translation>
    </message>
    <message>
        <source>{name} {reported} reported, {measured} measured over {weeks} weeks</source>
        <translation>{name}: {reported} angegeben, {measured} gemessen über {weeks} Wochen</translation>
    </message>
    <message>
        <source>Weeks compared</source>
        <translation>Verglichene Wochen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Weeks with an import</source>
        <translation>Wochen mit Import</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>its imports do not count {metric}</source>
        <translation>seine Importe zählen keine {metric}</translation>
    </message>
    <message>
        <source>no week has both a check-in and an import</source>
        <translation>keine Woche hat Check-in und Import zugleich</translation>
    </message>
    <message>
        <source>The backup {name} is damaged too: {problem}.</source>
        <extracomment>A ``*.partial`` file untouched this long is left over from a backup that was killed.</extracomment>
        <translation>Auch die Sicherung {name} ist beschädigt: {problem}.</translation>
    </message>
    <message>
        <source>Could not upgrade {path} from schema {current} to {latest}: {error}. It was left as it was.</source>
        <extracomment>SQLite&apos;s primary result codes that mean the file itself is damaged.</extracomment>
        <translation>{path} ließ sich nicht von Schema {current} auf {latest} aktualisieren: {error}. Die Datei blieb, wie sie war.</translation>
    </message>
    <message>
        <source>Could not back up the database to {target}: {error}</source>
        <translation>Die Datenbank ließ sich nicht nach {target} sichern: {error}</translation>
    </message>
    <message>
        <source>No {kind} with id {ident}.</source>
        <translation>Kein Eintrag ({kind}) mit der Kennung {ident}.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Reflect (schema {found}; this version knows up to {supported}). It was left untouched: update Reflect to open it.</source>
        <translation>{path} wurde von einem neueren Reflect geschrieben (Schema {found}; diese Version kennt bis {supported}). Die Datei blieb unberührt: Aktualisiere Reflect, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was left untouched.</source>
        <translation>{path} ist beschädigt ({detail}). Die Datei blieb unberührt.</translation>
    </message>
    <message>
        <source>Reflect is already open on the profile {path}. Close it there first.</source>
        <translation>Reflect ist mit dem Profil {path} schon geöffnet. Schließe es dort zuerst.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be written. Everything saved before is still there; free some space and try again.</source>
        <translation>Der Datenträger ist voll, deshalb ließ sich das nicht schreiben. Alles bisher Gespeicherte ist noch da; schaffe etwas Platz und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The file would be larger than this disk or system allows, so it was not written. Everything saved before is still there.</source>
        <translation>Die Datei wäre größer, als dieser Datenträger oder dieses System erlaubt, deshalb wurde sie nicht geschrieben. Alles bisher Gespeicherte ist noch da.</translation>
    </message>
    <message>
        <source>Reflect cannot write there: the disk or folder is read-only or not yours. Everything saved before is still there.</source>
        <translation>Reflect kann dort nicht schreiben: Der Datenträger oder Ordner ist schreibgeschützt oder gehört dir nicht. Alles bisher Gespeicherte ist noch da.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing, so this was not saved. Everything saved before is still there; check the disk, then try again.</source>
        <translation>Der Datenträger hat beim Schreiben einen Fehler gemeldet, deshalb wurde das nicht gespeichert. Alles bisher Gespeicherte ist noch da; prüfe den Datenträger und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>{path}: at {size} bytes it is too large for an export.</source>
        <translation>{path}: Mit {size} Bytes ist sie zu groß für einen Export.</translation>
    </message>
    <message>
        <source>{path}: not a Reflect export or backup ({error}).</source>
        <translation>{path}: kein Export und keine Sicherung von Reflect ({error}).</translation>
    </message>
    <message>
        <source>{source}: {count} record(s) point at records the export does not have (first: {first}). Nothing was restored.</source>
        <translation>{source}: {count} Einträge verweisen auf Einträge, die der Export nicht enthält (zuerst: {first}). Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{source}: the export is inconsistent ({kind}: {error}). Nothing was restored.</source>
        <translation>{source}: Der Export ist in sich nicht stimmig ({kind}: {error}). Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{source}: not a Reflect export (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>{source}: kein Export von Reflect (kein &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <source>{source}: export version {found}; this Reflect reads version {version}.</source>
        <translation>{source}: Exportversion {found}; dieses Reflect liest Version {version}.</translation>
    </message>
    <message>
        <source>{source}: the export has no list of {key}.</source>
        <translation>{source}: Dem Export fehlt die Liste {key}.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>&amp;Check in now</source>
        <translation>Jetzt &amp;Check-in machen</translation>
    </message>
    <message>
        <source>&amp;Later today</source>
        <translation>&amp;Später heute</translation>
    </message>
    <message>
        <source>S&amp;kip this week</source>
        <translation>Diese Woche ü&amp;berspringen</translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message>
        <source>Time for the check-in of %s: two or three minutes.</source>
        <translation>Zeit für den Check-in von %s: zwei, drei Minuten.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>nothing to judge by yet</source>
        <translation>noch nichts, woran es sich messen lässt</translation>
    </message>
    <message>
        <source>met in {met} of {weeks}</source>
        <translation>erreicht in {met} von {weeks}</translation>
    </message>
    <message>
        <source>met in {met} of {weeks}, partly in {partly}</source>
        <translation>erreicht in {met} von {weeks}, teilweise in {partly}</translation>
    </message>
    <message>
        <source>met in {met} of {weeks}, not yet in {missed}</source>
        <translation>erreicht in {met} von {weeks}, noch nicht in {missed}</translation>
    </message>
    <message>
        <source>met in {met} of {weeks}, partly in {partly}, not yet in {missed}</source>
        <translation>erreicht in {met} von {weeks}, teilweise in {partly}, noch nicht in {missed}</translation>
    </message>
    <message>
        <source>paused for {weeks}</source>
        <translation>pausiert für {weeks}</translation>
    </message>
    <message>
        <source>no data in {weeks}</source>
        <translation>keine Angaben in {weeks}</translation>
    </message>
    <message>
        <source>{n} week</source>
        <translation>{n} Woche</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} Wochen</translation>
    </message>
    <message>
        <source>Note on {name}</source>
        <translation>Notiz zu {name}</translation>
    </message>
    <message>
        <source>Ebb and flow</source>
        <extracomment>The charts a report shows, by the name ``reflect chart`` gives them, and their headings.</extracomment>
        <translation>Ebbe und Flut</translation>
    </message>
    <message>
        <source>Participation mix</source>
        <translation>Mischung der Beteiligung</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The document&apos;s language code (the ``lang`` of its HTML), translated like its words.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>commenter</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>unplugged</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{first} to {last}, {start} – {end}</source>
        <translation>{first} bis {last}, {start} – {end}</translation>
    </message>
    <message>
        <source>{week} ({first}–{last} {month})</source>
        <translation>{week} ({first}.–{last}. {month})</translation>
    </message>
    <message>
        <source>{week} ({first} {first_month} – {last} {last_month})</source>
        <translation>{week} ({first}. {first_month} – {last}. {last_month})</translation>
    </message>
    <message>
        <source>{app} review: {period}</source>
        <translation>{app}-Rückblick: {period}</translation>
    </message>
    <message>
        <source>Made on {day}.</source>
        <translation>Erstellt am {day}.</translation>
    </message>
    <message>
        <source>{weeks}: {span}. {made}</source>
        <translation>{weeks}: {span}. {made}</translation>
    </message>
    <message>
        <source>The period is still running: this covers its weeks so far.</source>
        <translation>Der Zeitraum läuft noch: Das hier umfasst seine Wochen bis jetzt.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>There are no check-ins for these weeks. That is fine — quiet stretches are part of it. You can still write a check-in for a past week, and a new report will include it.</source>
        <translation>Für diese Wochen gibt es keine Check-ins. Das ist in Ordnung – ruhige Zeiten gehören dazu. Du kannst auch für eine vergangene Woche noch einen Check-in schreiben; ein neuer Bericht nimmt ihn dann auf.</translation>
    </message>
    <message>
        <source>Check-ins: {checked} of {weeks} weeks.</source>
        <translation>Check-ins: {checked} von {weeks} Wochen.</translation>
    </message>
    <message>
        <source>Average workload {workload}, average energy {energy}.</source>
        <translation>Arbeitslast im Schnitt {workload}, Energie im Schnitt {energy}.</translation>
    </message>
    <message>
        <source>Life context: {tags}.</source>
        <translation>Umstände: {tags}.</translation>
    </message>
    <message>
        <source>{actions} actions in all (posts, comments, shares and reactions) on {networks} networks.</source>
        <translation>{actions} Aktionen insgesamt (Beiträge, Kommentare, Geteiltes und Reaktionen) in {networks} Netzwerken.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Bei­träge</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommen­tare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reak­tionen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Weeks used</source>
        <translation>Wochen genutzt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Impor­tiert</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>What your check-ins say, added up over the period. Weeks used: the weeks you did something there; weeks marked “didn&apos;t use it” are not among them.</source>
        <translation>Was deine Check-ins sagen, über den Zeitraum zusammengezählt. Wochen genutzt: die Wochen, in denen du dort etwas getan hast; Wochen mit „nicht genutzt“ zählen nicht dazu.</translation>
    </message>
    <message>
        <source>What your check-ins say, added up over the period. Weeks used: the weeks you did something there; weeks marked “didn&apos;t use it” are not among them. Imported: the actions your networks&apos; own exports counted, kept apart.</source>
        <translation>Was deine Check-ins sagen, über den Zeitraum zusammengezählt. Wochen genutzt: die Wochen, in denen du dort etwas getan hast; Wochen mit „nicht genutzt“ zählen nicht dazu. Importiert: die Aktionen, die die Exporte deiner Netzwerke selbst gezählt haben, getrennt gehalten.</translation>
    </message>
    <message>
        <source>no shares given</source>
        <translation>keine Anteile angegeben</translation>
    </message>
    <message>
        <source>Mostly (your shares)</source>
        <translation>Meistens (deine Anteile)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Commenter</source>
        <translation>Kommen­tieren</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Counts imply</source>
        <translation>Zahlen deuten auf</translation>
    </message>
    <message>
        <source>Your own shares are the mean over the weeks you gave them; the counts imply a role from what you did: posting makes a creator, replying a commenter.</source>
        <translation>Deine eigenen Anteile sind der Mittelwert über die Wochen, in denen du sie angegeben hast; die Zahlen deuten auf eine Rolle nach dem, was du getan hast: Wer postet, erstellt; wer antwortet, kommentiert.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No goals ran in these weeks.</source>
        <translation>In diesen Wochen lief kein Ziel.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>Paused weeks never count against a goal, and a week not met is information, not a failure.</source>
        <translation>Pausierte Wochen zählen nie gegen ein Ziel, und eine Woche, in der es nicht geklappt hat, ist eine Information, kein Scheitern.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>What you expected</source>
        <translation>Was du erwartet hast</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Insights need a few weeks of check-ins to go on.</source>
        <translation>Erkenntnisse brauchen ein paar Wochen mit Check-ins als Grundlage.</translation>
    </message>
    <message>
        <source>Not enough weeks yet to say something with care ({needs}).</source>
        <translation>Noch zu wenige Wochen, um mit Bedacht etwas zu sagen ({needs}).</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In deinen eigenen Worten</translation>
    </message>
    <message>
        <source>You wrote no reflections or notes in these weeks.</source>
        <translation>In diesen Wochen hast du keine Gedanken oder Notizen aufgeschrieben.</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>The months, marked for translation (``Report`` context); a Message&apos;s parts.</extracomment>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>{first} bis {last} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A review of a month, a quarter or a year: your check-ins, your goals and how they went, the ebb-and-flow and participation charts, your own reflections and the insights. It is written only where you choose, readable by you alone.</source>
        <translation>Ein Rückblick auf einen Monat, ein Quartal oder ein Jahr: deine Check-ins, deine Ziele und wie sie gelaufen sind, die Diagramme zu Ebbe und Flut und zur Beteiligung, deine eigenen Gedanken und die Erkenntnisse. Er wird nur dort gespeichert, wo du es willst, und nur du kannst ihn lesen.</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Ein Quartal</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Ein Monat</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Ein Jahr</translation>
    </message>
    <message>
        <source>PDF, for reading and printing</source>
        <translation>PDF, zum Lesen und Drucken</translation>
    </message>
    <message>
        <source>HTML, one file with the charts inside</source>
        <translation>HTML, eine Datei mit den Diagrammen darin</translation>
    </message>
    <message>
        <source>Markdown, with the charts as images beside it</source>
        <translation>Markdown, mit den Diagrammen als Bilder daneben</translation>
    </message>
    <message>
        <source>&amp;Covering:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Welcher Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Write report…</source>
        <translation>Bericht &amp;schreiben…</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>bisher</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>{first} bis {last} {year}</translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <source>Write the report</source>
        <translation>Bericht schreiben</translation>
    </message>
    <message>
        <source>Report (*{suffix})</source>
        <translation>Bericht (*{suffix})</translation>
    </message>
    <message>
        <source>Wrote the review of {period} to {path} ({size}).</source>
        <translation>Der Rückblick auf {period} steht in {path} ({size}).</translation>
    </message>
    <message>
        <source>Its charts are beside it: {names}.</source>
        <translation>Die Diagramme liegen daneben: {names}.</translation>
    </message>
    <message>
        <source>There were no check-ins in these weeks; the report says so.</source>
        <translation>In diesen Wochen gab es keine Check-ins; das steht auch im Bericht.</translation>
    </message>
    <message>
        <source>Only you can read it.</source>
        <translation>Nur du kannst ihn lesen.</translation>
    </message>
    <message>
        <source>The report was not written. {reason}</source>
        <translation>Der Bericht wurde nicht geschrieben. {reason}</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Reflect exports and backups (*.json *.sqlite3);;All files (*)</source>
        <translation>Reflect-Exporte und -Sicherungen (*.json *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore from {name}?

Everything in this profile will be replaced by what that file holds. A backup of the current data is made first (File → Backups… lists it), so you can go back.</source>
        <translation>Aus {name} wiederherstellen?

Alles in diesem Profil wird durch den Inhalt dieser Datei ersetzt. Vorher wird eine Sicherung der aktuellen Daten angelegt (Datei → Sicherungen… zeigt sie), damit du zurückkehren kannst.</translation>
    </message>
    <message>
        <source>Restore from an export or a backup</source>
        <translation>Aus einem Export oder einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored {networks} networks, {checkins} check-ins and {goals} goals from {name}. What was here before is in the backup made just now (File → Backups…).</source>
        <translation>{networks} Netzwerke, {checkins} Check-ins und {goals} Ziele aus {name} wiederhergestellt. Was vorher hier war, steckt in der eben angelegten Sicherung (Datei → Sicherungen…).</translation>
    </message>
</context>
<context>
    <name>RoleShareControl</name>
    <message>
        <source>creator</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>commenter</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>{network} role shares</source>
        <extracomment>When one share changes, these take up the difference, in this order.</extracomment>
        <translation>{network}: Rollenanteile</translation>
    </message>
    <message>
        <source>{network} {role} share, percent</source>
        <translation>{network}: Anteil {role}, in Prozent</translation>
    </message>
    <message>
        <source>{role} share in percent; the three add up to 100. Empty all of them to leave the roles unsaid.</source>
        <translation>Anteil {role} in Prozent; die drei ergeben zusammen 100. Leere alle drei, wenn du die Rollen offenlassen möchtest.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>creator {creator} %, commenter {commenter} %, reader {reader} %</source>
        <translation>Erstellen {creator} %, Kommentieren {commenter} %, Lesen {reader} %</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>The database is sound: SQLite&apos;s integrity and foreign-key checks found no problems.</source>
        <extracomment>How many of the check&apos;s problems the message lists before &quot;…and N more&quot;.</extracomment>
        <translation>Die Datenbank ist in Ordnung: Die Integritäts- und Fremdschlüsselprüfungen von SQLite haben keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiteres.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database check found %n problem(s):</source>
        <translation>
            <numerusform>Die Prüfung der Datenbank hat %n Problem gefunden:</numerusform>
            <numerusform>Die Prüfung der Datenbank hat %n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Your backups are in the backups folder beside the database.</source>
        <translation>Deine Sicherungen liegen im Ordner „backups“ neben der Datenbank.</translation>
    </message>
    <message>
        <source>Backed up to {name} ({size}) in {folder}.</source>
        <translation>Gesichert als {name} ({size}) in {folder}.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Reflection</source>
        <extracomment>How many hits one search returns at most. How many words around the match a hit shows.</extracomment>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Leitlinien</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search everything you wrote: reflections, notes, charters, goals…</source>
        <translation>Durchsuche alles, was du geschrieben hast: Rückblicke, Notizen, Leitlinien, Ziele…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Umstände</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Letzte 52 Wochen</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Lowest workload</source>
        <translation>Niedrigste Arbeitslast</translation>
    </message>
    <message>
        <source>Highest workload</source>
        <translation>Höchste Arbeitslast</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation>U&amp;mstände</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>&amp;Arbeitslast</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>Alle Umstände</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Weekly reminder</source>
        <translation>Wöchentliche Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Remind me when the week has no check-in yet</source>
        <translation>&amp;Erinnere mich, wenn die Woche noch keinen Check-in hat</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>A&amp;m</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Start Reflect when I log in</source>
        <translation>Reflect beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>&amp;Start Reflect when I log in, quietly in the tray</source>
        <translation>Reflect beim &amp;Anmelden starten, still im Infobereich</translation>
    </message>
    <message>
        <source>Weeks run Monday to Sunday (ISO 8601 weeks), in your computer&apos;s time zone: %s.</source>
        <translation>Wochen gehen von Montag bis Sonntag (ISO-8601-Wochen), in der Zeitzone deines Computers: %s.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time Reflect starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Reflect.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>O&amp;rdner öffnen</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Den Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for</source>
        <translation>&amp;Tägliche Sicherungen behalten für</translation>
    </message>
    <message>
        <source>then one &amp;weekly backup for</source>
        <translation>danach eine &amp;wöchentliche Sicherung für</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>{0} beside {1}</source>
        <translation>{0} neben {1}</translation>
    </message>
    <message>
        <source>No check-in for this week (yet).</source>
        <translation>(Noch) kein Check-in für diese Woche.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Umstände</translation>
    </message>
    <message>
        <source>No reflection written.</source>
        <translation>Kein Rückblick geschrieben.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Reflect could not listen for a second start ({reason}).</source>
        <translation>Reflect kann nicht auf einen zweiten Start achten ({reason}).</translation>
    </message>
</context>
<context>
    <name>StripLegend</name>
    <message>
        <source>Legend: </source>
        <translation>Legende: </translation>
    </message>
    <message>
        <source>Weeks: </source>
        <translation>Wochen: </translation>
    </message>
    <message>
        <source>Weeks, oldest first; this one framed:</source>
        <translation>Wochen, älteste zuerst; diese umrahmt:</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Teilweise erreicht</translation>
    </message>
    <message>
        <source>Not this week</source>
        <translation>Diese Woche nicht</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Weekly count</source>
        <translation>Wöchentliche Anzahl</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <source>Judged by you</source>
        <translation>Von dir beurteilt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Private group</source>
        <translation>Private Gruppe</translation>
    </message>
    <message>
        <source>{word} ({workload} of 5)</source>
        <translation>{word} ({workload} von 5)</translation>
    </message>
    <message>
        <source>{word} ({energy} of 5)</source>
        <translation>{word} ({energy} von 5)</translation>
    </message>
    <message>
        <source>didn&apos;t use it</source>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>nothing noted</source>
        <translation>nichts notiert</translation>
    </message>
</context>
<context>
    <name>ThisWeekPage</name>
    <message>
        <source>Last week, {week}, has no check-in yet. You can still write it whenever suits you, and a quiet week is worth noting too.</source>
        <translation>Letzte Woche, {week}, hat noch keinen Check-in. Du kannst ihn nachholen, wann es dir passt – auch eine ruhige Woche ist es wert, festgehalten zu werden.</translation>
    </message>
    <message>
        <source>Last week&apos;s check-in ({week}) is still a draft, ready when you are.</source>
        <translation>Der Check-in der letzten Woche ({week}) ist noch ein Entwurf und wartet, bis du so weit bist.</translation>
    </message>
    <message>
        <source>Finish it now</source>
        <translation>Jetzt fertig machen</translation>
    </message>
    <message>
        <source>Write it now</source>
        <translation>Jetzt nachholen</translation>
    </message>
    <message>
        <source>{network} · judged by you in each check-in</source>
        <translation>{network} · von dir in jedem Check-in beurteilt</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Check-in machen…</translation>
    </message>
    <message>
        <source>The weekly check-in: two or three minutes (Ctrl+K)</source>
        <translation>Der wöchentliche Check-in: zwei, drei Minuten (Strg+K)</translation>
    </message>
    <message>
        <source>Goals this week</source>
        <translation>Ziele diese Woche</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzter Check-in</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Die letzten 12 Wochen</translation>
    </message>
    <message>
        <source>The last 12 weeks as a table</source>
        <translation>Die letzten 12 Wochen als Tabelle</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation>Als &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>No networks or goals yet. Once you add them, this week&apos;s goals and how they are going will show here.</source>
        <translation>Noch keine Netzwerke oder Ziele. Sobald du welche anlegst, siehst du hier die Ziele dieser Woche und wie es mit ihnen läuft.</translation>
    </message>
    <message>
        <source>No goals running this week. Quiet is fine: goals are there when you want them.</source>
        <translation>Diese Woche laufen keine Ziele. Ruhe ist in Ordnung: Ziele sind da, wenn du sie willst.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>No check-ins yet. Your most recent check-in will be summarised here.</source>
        <translation>Noch keine Check-ins. Dein letzter Check-in wird hier zusammengefasst.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Umstände</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Show Reflect</source>
        <translation>Reflect zeigen</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Check-in machen…</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Später heute</translation>
    </message>
    <message>
        <source>Skip this week</source>
        <translation>Diese Woche überspringen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Nothing to show in these weeks yet.</source>
        <extracomment>A chart exported as an image: this size in pixels (before the device pixel ratio).</extracomment>
        <translation>Für diese Wochen gibt es noch nichts zu zeigen.</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Das Diagramm wird geladen…</translation>
    </message>
</context>
<context>
    <name>TrendControls</name>
    <message>
        <source>12 weeks</source>
        <extracomment>key → (button text, number of weeks; None for everything, or the custom range)</extracomment>
        <translation>12 Wochen</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Zeitraum: {period}</translation>
    </message>
    <message>
        <source>First week of the period</source>
        <translation>Erste Woche des Zeitraums</translation>
    </message>
    <message>
        <source>Last week of the period</source>
        <translation>Letzte Woche des Zeitraums</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <source>Rolling average (4 weeks)</source>
        <translation>Gleitender Durchschnitt (4 Wochen)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>{network} (archived)</source>
        <translation>{network} (archiviert)</translation>
    </message>
    <message>
        <source>This chart does not count activity.</source>
        <translation>Dieses Diagramm zählt keine Aktivität.</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>{count} with a check-in</source>
        <translation>{count} mit Check-in</translation>
    </message>
    <message>
        <source>average workload {average} ({word})</source>
        <translation>Arbeitslast im Schnitt {average} ({word})</translation>
    </message>
    <message>
        <source>Trends</source>
        <extracomment>Where &quot;Save image…&quot; and &quot;Save data…&quot; ask for a file; tests replace it.</extracomment>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>How your activity on each network ebbs and flows with your workload. Weeks without a check-in are left as gaps.</source>
        <translation>Wie deine Aktivität in jedem Netzwerk mit deiner Arbeitslast auf und ab geht. Wochen ohne Check-in bleiben als Lücken.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Die Zahlen des Diagramms als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Save data…</source>
        <translation>Daten speichern…</translation>
    </message>
    <message>
        <source>{chart}: the numbers</source>
        <translation>{chart}: die Zahlen</translation>
    </message>
    <message>
        <source> The Table button lists every number.</source>
        <translation> Die Schaltfläche „Tabelle“ listet jede Zahl auf.</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Das Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save the chart&apos;s numbers</source>
        <translation>Die Zahlen des Diagramms speichern</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>WeekPicker</name>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <source>next week</source>
        <translation>nächste Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation>Die Woche davor (Alt+Links)</translation>
    </message>
    <message>
        <source>Week of the check-in: any day in it</source>
        <translation>Woche des Check-ins: ein beliebiger Tag darin</translation>
    </message>
    <message>
        <source>Pick any day: the check-in is for the Monday-to-Sunday week of it.</source>
        <translation>Wähle einen beliebigen Tag: Der Check-in gilt für dessen Woche von Montag bis Sonntag.</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation>Die Woche danach (Alt+Rechts)</translation>
    </message>
</context>
<context>
    <name>WeekSection</name>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>How heavy the week was at work (or whatever fills your days).</source>
        <translation>Wie schwer die Woche bei der Arbeit war (oder mit dem, was deine Tage füllt).</translation>
    </message>
    <message>
        <source>Hours worked (optional)</source>
        <translation>Arbeitsstunden (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Life context: {tag}</source>
        <translation>Umstände: {tag}</translation>
    </message>
    <message>
        <source>Your own, separated by commas</source>
        <translation>Eigene, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Other life context, separated by commas</source>
        <translation>Weitere Umstände, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <source>Life context</source>
        <translation>Umstände</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to %s</source>
        <translation>Willkommen bei %s</translation>
    </message>
    <message>
        <source>Reflect helps you use your social networks on purpose: a goal or two per network, a short check-in once a week, and charts of how your participation ebbs and flows with your workload. Everything stays on this computer.</source>
        <translation>Reflect hilft dir, deine sozialen Netzwerke bewusst zu nutzen: ein, zwei Ziele pro Netzwerk, ein kurzer Check-in einmal pro Woche und Diagramme, die zeigen, wie deine Beteiligung mit deiner Arbeitslast auf und ab geht. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Set up the networks I am on</source>
        <translation>&amp;Meine Netzwerke einrichten</translation>
    </message>
    <message>
        <source>&amp;Explore with demo data first (thrown away on quit)</source>
        <translation>Erst mit &amp;Beispieldaten ausprobieren (werden beim Beenden verworfen)</translation>
    </message>
    <message>
        <source>You can skip this; everything here can be changed later.</source>
        <translation>Du kannst das überspringen; alles hier lässt sich später ändern.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>viel</translation>
    </message>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>comfortable</source>
        <translation>angenehm</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>viel los</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>überlastet</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>ausgelaugt</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>full of energy</source>
        <translation>voller Energie</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>illness</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>Abgabetermin</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>beruflich</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>quite a bit</source>
        <translation>ziemlich</translation>
    </message>
</context>
<context>
    <name>WorkloadScatterChart</name>
    <message>
        <source>No checked-in weeks with numbers in this period yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Wochen mit Check-in und Zahlen.</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>{words} in the week</source>
        <translation>{words} in der Woche</translation>
    </message>
    <message>
        <source>A week ({network})</source>
        <translation>Eine Woche ({network})</translation>
    </message>
    <message>
        <source>Fitted line (least squares)</source>
        <translation>Ausgleichsgerade (kleinste Quadrate)</translation>
    </message>
    <message>
        <source>{n}: no correlation to show</source>
        <translation>{n}: kein Zusammenhang zu zeigen</translation>
    </message>
    <message>
        <source>r = {r} over {weeks}</source>
        <translation>r = {r} über {weeks}</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>{week}
Workload: {workload} ({word})
{words}: {value}</source>
        <translation>{week}
Arbeitslast: {workload} ({word})
{words}: {value}</translation>
    </message>
</context>
<context>
    <name>YearAgo</name>
    <message>
        <source>A year ago</source>
        <translation>Vor einem Jahr</translation>
    </message>
    <message>
        <source>{years} years ago</source>
        <translation>Vor {years} Jahren</translation>
    </message>
    <message>
        <source>{ago}, {week}</source>
        <translation>{ago}, {week}</translation>
    </message>
    <message>
        <source>{year} had no week {week}, so this is its last week, {nearest}.</source>
        <translation>{year} hatte keine Woche {week}, darum steht hier seine letzte Woche, {nearest}.</translation>
    </message>
</context>
<context>
    <name>YearAgoCard</name>
    <message>
        <source>A year ago</source>
        <extracomment>At most this many earlier years are listed on the card.</extracomment>
        <translation>Vor einem Jahr</translation>
    </message>
    <message>
        <source>Which year to set beside this week</source>
        <translation>Welches Jahr neben diese Woche gestellt wird</translation>
    </message>
    <message>
        <source>See &amp;side by side…</source>
        <translation>&amp;Nebeneinander ansehen…</translation>
    </message>
    <message>
        <source>This week in earlier years</source>
        <translation>Diese Woche in früheren Jahren</translation>
    </message>
    <message>
        <source>No reflection written.</source>
        <translation>Kein Rückblick geschrieben.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
</context>
</TS>
