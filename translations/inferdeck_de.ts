<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentEventParser</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a token count</source>
        <translation>eine Token-Anzahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a valid string</source>
        <translation>eine gültige Zeichenkette</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: expected %2</source>
        <translation>Feld „%1“: %2 erwartet</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at column %2</source>
        <translation>kein JSON-Objekt: %1 in Spalte %2</translation>
    </message>
    <message>
        <source>field &apos;v&apos;: expected a protocol version</source>
        <translation>Feld „v“: Protokollversion erwartet</translation>
    </message>
    <message>
        <source>written in agent protocol version %1; this InferDeck reads version %2</source>
        <translation>in Agent-Protokollversion %1 geschrieben; dieses InferDeck liest Version %2</translation>
    </message>
    <message>
        <source>field &apos;seq&apos;: expected a positive integer</source>
        <translation>Feld „seq“: positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>missing field &apos;type&apos;</source>
        <translation>Feld „type“ fehlt</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing field &apos;id&apos;</source>
        <translation>Feld „id“ fehlt</translation>
    </message>
    <message>
        <source>missing field &apos;status&apos;</source>
        <translation>Feld „status“ fehlt</translation>
    </message>
    <message>
        <source>field &apos;chunks_us&apos;: expected a list of integers</source>
        <translation>Feld „chunks_us“: Liste ganzer Zahlen erwartet</translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: expected a list</source>
        <translation>Feld „gpus“: Liste erwartet</translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: %1</source>
        <translation>Feld „gpus“: %1</translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: expected objects</source>
        <translation>Feld „gpus“: Objekte erwartet</translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: GPU index %1 out of range</source>
        <translation>Feld „gpus“: GPU-Index %1 außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a request of a session needs its turn</source>
        <translation>Eine Anfrage einer Sitzung braucht ihre Runde (turn)</translation>
    </message>
</context>
<context>
    <name>AgentInstaller</name>
    <message>
        <source>cannot check the agent on the node (python3 missing?): %1</source>
        <translation>Der Agent auf dem Knoten kann nicht geprüft werden (fehlt python3?): %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>the uploaded agent&apos;s SHA-256 is %1, expected %2</source>
        <translation>Der SHA-256 des hochgeladenen Agenten ist %1, erwartet wurde %2</translation>
    </message>
    <message>
        <source>cannot upload the agent: %1</source>
        <translation>Der Agent kann nicht hochgeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>AiperfImport</name>
    <message>
        <source>expected a time unit (ms, s, ns), found &quot;%1&quot;</source>
        <translation>Zeiteinheit (ms, s, ns) erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>client-side tokenizer over the generated text</source>
        <translation>clientseitiger Tokenizer über den erzeugten Text</translation>
    </message>
    <message>
        <source>per-request records are not in this file, so distributions, intervals and time series cannot be recomputed</source>
        <translation>Die Datei enthält keine Einzelanfragen, daher lassen sich Verteilungen, Intervalle und Zeitreihen nicht neu berechnen</translation>
    </message>
    <message>
        <source>the CSV rounds every value to 2 decimals; the JSON export keeps full precision</source>
        <translation>Die CSV-Datei rundet jeden Wert auf 2 Nachkommastellen; der JSON-Export behält die volle Genauigkeit</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2 (truncated?)</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden (abgeschnitten?)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;</source>
        <translation>Zahl erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>no metric rows InferDeck knows (looked for Time to First Token, Request Latency, ...)</source>
        <translation>keine Metrikzeilen, die InferDeck kennt (gesucht: Time to First Token, Request Latency, …)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>no metric objects InferDeck knows (request_latency, time_to_first_token, request_throughput)</source>
        <translation>keine Metrikobjekte, die InferDeck kennt (request_latency, time_to_first_token, request_throughput)</translation>
    </message>
    <message>
        <source>start and end times have no time zone in the file; read as this machine&apos;s local time</source>
        <translation>Start- und Endzeit haben in der Datei keine Zeitzone; sie werden als Ortszeit dieses Rechners gelesen</translation>
    </message>
    <message>
        <source>the run ends before it starts (start_time %1)</source>
        <translation>Der Lauf endet, bevor er beginnt (start_time %1)</translation>
    </message>
</context>
<context>
    <name>AiperfRecordsImport</name>
    <message>
        <source>expected a time unit (ms, s, us, ns), found &quot;%1&quot;</source>
        <translation>Zeiteinheit (ms, s, us, ns) erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>Wert fehlt</translation>
    </message>
    <message>
        <source>expected a record object</source>
        <translation>Datensatzobjekt erwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected the request&apos;s start in whole nanoseconds</source>
        <translation>Start der Anfrage in ganzen Nanosekunden erwartet</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>Fehlercode %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>missing on a request without error</source>
        <translation>fehlt bei einer Anfrage ohne Fehler</translation>
    </message>
    <message>
        <source>request_latency %1 s is shorter than time_to_first_token %2 s</source>
        <translation>request_latency %1 s ist kürzer als time_to_first_token %2 s</translation>
    </message>
    <message>
        <source>expected a gap of zero or more</source>
        <translation>Abstand von null oder mehr erwartet</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>keine Datensätze</translation>
    </message>
    <message>
        <source>client-side tokenizer over the generated text</source>
        <translation>clientseitiger Tokenizer über den erzeugten Text</translation>
    </message>
    <message>
        <source>AIPerf&apos;s &quot;inter token latency&quot; is InferDeck&apos;s TPOT; its inter-chunk latency is ITL</source>
        <translation>Die „inter token latency“ von AIPerf ist InferDecks TPOT; seine Inter-Chunk-Latenz ist ITL</translation>
    </message>
    <message>
        <source>a time stamp before 1970 (%1 ns)</source>
        <translation>ein Zeitstempel vor 1970 (%1 ns)</translation>
    </message>
    <message>
        <source>the request ends %1 ns before it starts</source>
        <translation>Die Anfrage endet %1 ns, bevor sie beginnt</translation>
    </message>
</context>
<context>
    <name>AiperfServerMetricsImport</name>
    <message>
        <source>a label&apos;s value must be text</source>
        <translation>der Wert eines Labels muss Text sein</translation>
    </message>
    <message>
        <source>a bucket&apos;s bound must be a number or +Inf, found &quot;%1&quot;</source>
        <translation>die Grenze eines Buckets muss eine Zahl oder +Inf sein, gefunden: „%1“</translation>
    </message>
    <message>
        <source>expected a list of samples</source>
        <translation>erwartet: eine Liste von Messwerten</translation>
    </message>
    <message>
        <source>expected a sample object</source>
        <translation>erwartet: ein Messwert-Objekt</translation>
    </message>
    <message>
        <source>more than %1 samples in one scrape</source>
        <translation>mehr als %1 Messwerte in einer Abfrage</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet: ein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected the scrape&apos;s time in whole nanoseconds</source>
        <translation>erwartet: die Zeit der Abfrage in ganzen Nanosekunden</translation>
    </message>
    <message>
        <source>a time stamp before 1970 (%1 ns)</source>
        <translation>ein Zeitstempel vor 1970 (%1 ns)</translation>
    </message>
    <message>
        <source>more than %1 metric families in one scrape</source>
        <translation>mehr als %1 Metrik-Familien in einer Abfrage</translation>
    </message>
    <message>
        <source>more than %1 scrapes</source>
        <translation>mehr als %1 Abfragen</translation>
    </message>
    <message>
        <source>no scrapes</source>
        <translation>keine Abfragen</translation>
    </message>
    <message>
        <source>the scrapes can only be placed beside per-request records (profile_export.jsonl) of one endpoint; import them together</source>
        <translation>die Abfragen lassen sich nur neben die Einzelanfragen (profile_export.jsonl) eines Endpunkts stellen; importieren Sie beide zusammen</translation>
    </message>
    <message>
        <source>AIPerf scraped %1 endpoints (%2) and its records do not say which endpoint served each request, so no engine&apos;s state is set beside them</source>
        <translation>AIPerf hat %1 Endpunkte abgefragt (%2), und seine Einzelanfragen sagen nicht, welcher Endpunkt welche Anfrage bedient hat; daher wird kein Engine-Zustand daneben gestellt</translation>
    </message>
</context>
<context>
    <name>CapacityAnalysis</name>
    <message>
        <source>not bracketed (the run ended during the search)</source>
        <translation>nicht eingeschlossen (der Lauf endete während der Suche)</translation>
    </message>
    <message>
        <source>found within the tolerance</source>
        <translation>innerhalb der Toleranz gefunden</translation>
    </message>
    <message>
        <source>below the search range: even its minimum missed the target</source>
        <translation>unterhalb des Suchbereichs: Selbst sein Minimum verfehlte das Ziel</translation>
    </message>
    <message>
        <source>above the search range: even its maximum met the target</source>
        <translation>oberhalb des Suchbereichs: Selbst sein Maximum erfüllte das Ziel</translation>
    </message>
    <message>
        <source>the step limit ended the search before the bracket was narrow enough</source>
        <translation>Das Schrittlimit beendete die Suche, bevor das Einschlussintervall eng genug war</translation>
    </message>
    <message>
        <source>needs a 1-node search beside the cluster&apos;s (scaling in the plan)</source>
        <translation>braucht neben der Suche des Clusters eine 1-Knoten-Suche (scaling im Plan)</translation>
    </message>
    <message>
        <source>a search found no load that met the target</source>
        <translation>Eine Suche fand keine Last, die das Ziel erfüllte</translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <source>holds the control character %1 at character %2; control characters are refused, as they could forge log lines or terminal escapes or cut the command sent to the node</source>
        <extracomment>%1 is a code point such as U+001B, %2 counts characters from 1</extracomment>
        <translation>enthält das Steuerzeichen %1 an Zeichenposition %2; Steuerzeichen werden abgewiesen, da sie Protokollzeilen oder Terminal-Escape-Sequenzen fälschen oder den an den Knoten gesendeten Befehl abschneiden könnten</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>time windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Nothing to compare: a result has no phase.</source>
        <translation>Nichts zu vergleichen: ein Ergebnis hat keine Phase.</translation>
    </message>
    <message>
        <source>No phase names match; compared the main phases “%1” and “%2”.</source>
        <translation>Keine Phasennamen stimmen überein; verglichen wurden die Hauptphasen „%1“ und „%2“.</translation>
    </message>
    <message>
        <source>Phases matched by name.</source>
        <translation>Phasen nach Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Request throughput</source>
        <translation>Anfragedurchsatz</translation>
    </message>
    <message>
        <source>Output throughput</source>
        <translation>Ausgabedurchsatz</translation>
    </message>
    <message>
        <source>Answer TTFT</source>
        <translation>Antwort-TTFT</translation>
    </message>
    <message>
        <source>Different models: %1 against %2.</source>
        <translation>Verschiedene Modelle: %1 gegenüber %2.</translation>
    </message>
    <message>
        <source>Different engines or engine versions: %1 against %2; a change may come from the engine, not the system.</source>
        <extracomment>engine names with versions, e.g. &quot;vllm 0.10.2&quot; against &quot;vllm 0.11.1&quot;</extracomment>
        <translation>Verschiedene Engines oder Engine-Versionen: %1 gegenüber %2; eine Änderung kann von der Engine kommen, nicht vom System.</translation>
    </message>
    <message>
        <source>bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
    <message>
        <source>no interval: a file states only its own percentile, without per-request records</source>
        <translation>kein Intervall: Eine Datei gibt nur ihr eigenes Perzentil an, ohne Einzeldatensätze</translation>
    </message>
    <message>
        <source>no interval: too few requests</source>
        <translation>kein Intervall: zu wenige Anfragen</translation>
    </message>
    <message>
        <source>Welch t</source>
        <translation>Welch t</translation>
    </message>
    <message>
        <source>no interval: the repetitions do not vary at all</source>
        <translation>kein Intervall: Die Wiederholungen schwanken überhaupt nicht</translation>
    </message>
    <message>
        <source>no interval: one repetition a side and no per-request send times to split it into time windows</source>
        <translation>kein Intervall: je Seite eine Wiederholung und keine Sendezeiten je Anfrage, um sie in Zeitfenster aufzuteilen</translation>
    </message>
    <message>
        <source>no interval: one repetition a side</source>
        <translation>kein Intervall: je Seite nur eine Wiederholung</translation>
    </message>
    <message>
        <source>no interval: one repetition on one side</source>
        <translation>kein Intervall: auf einer Seite nur eine Wiederholung</translation>
    </message>
    <message>
        <source>%1 does not state its model, so nothing shows that both measured %2.</source>
        <extracomment>%1 is a file name; %2 the model the other file names</extracomment>
        <translation>%1 gibt sein Modell nicht an, daher belegt nichts, dass beide %2 gemessen haben.</translation>
    </message>
    <message>
        <source>Neither file states its model, so nothing shows that both measured the same one.</source>
        <translation>Keine der beiden Dateien gibt ihr Modell an, daher belegt nichts, dass beide dasselbe gemessen haben.</translation>
    </message>
    <message>
        <source>Different GPUs: %1 against %2.</source>
        <translation>Verschiedene GPUs: %1 gegenüber %2.</translation>
    </message>
    <message>
        <source>Different datasets: %1 against %2.</source>
        <translation>Verschiedene Datensätze: %1 gegenüber %2.</translation>
    </message>
    <message>
        <source>Different prompt or completion lengths in the two workloads.</source>
        <translation>Verschiedene Prompt- oder Antwortlängen in den beiden Arbeitslasten.</translation>
    </message>
    <message>
        <source>the success rate fell from %1 % to %2 %</source>
        <translation>die Erfolgsquote fiel von %1 % auf %2 %</translation>
    </message>
    <message>
        <source>significant (95 % CI %1 … %2, %3 over %4)</source>
        <translation>signifikant (95-%-KI %1 … %2, %3 über %4)</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>kein Intervall</translation>
    </message>
    <message>
        <source>%1, phase %2: %3 %4 — %5</source>
        <extracomment>%1 candidate file, %2 phase, %3 metric, %4 signed change, %5 why it counts</extracomment>
        <translation>%1, Phase %2: %3 %4 — %5</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Einzeldatensätze</translation>
    </message>
    <message>
        <source>the file&apos;s own figure</source>
        <translation>eigener Wert der Datei</translation>
    </message>
    <message>
        <source>concurrency %1</source>
        <translation>Nebenläufigkeit %1</translation>
    </message>
    <message>
        <source>constant %1 req/s</source>
        <translation>konstant %1 Anfragen/s</translation>
    </message>
    <message>
        <source>Poisson %1 req/s</source>
        <translation>Poisson %1 Anfragen/s</translation>
    </message>
    <message>
        <source>gamma %1 req/s</source>
        <translation>Gamma %1 Anfragen/s</translation>
    </message>
    <message>
        <source>all %1 at once</source>
        <translation>alle %1 auf einmal</translation>
    </message>
    <message>
        <source>Measured by different tools (%1 against %2): their definitions, load generators and percentile methods differ.</source>
        <extracomment>%1 and %2 are tools, e.g. &quot;MLPerf LoadGen 5.0&quot; against &quot;vLLM 0.6.0&quot;</extracomment>
        <translation>Mit verschiedenen Werkzeugen gemessen (%1 gegenüber %2): Ihre Definitionen, Lastgeneratoren und Perzentilmethoden unterscheiden sich.</translation>
    </message>
    <message>
        <source>%1: no metric has a value on both sides, so nothing could be checked</source>
        <translation>%1: Keine Metrik hat auf beiden Seiten einen Wert, daher konnte nichts geprüft werden</translation>
    </message>
    <message>
        <source>Phase %1 ran another load than %2: %3 against %4.</source>
        <translation>Phase %1 lief mit einer anderen Last als %2: %3 gegenüber %4.</translation>
    </message>
    <message>
        <source>the engine&apos;s metrics</source>
        <translation>die Metriken der Engine</translation>
    </message>
    <message>
        <source>the engine&apos;s histograms and gauges give means and peaks, not per-request values: shown, not tested</source>
        <translation>die Histogramme und Messgrößen der Engine liefern Mittelwerte und Spitzen, keine Werte je Anfrage: gezeigt, nicht getestet</translation>
    </message>
    <message>
        <source>Engine queue, mean</source>
        <translation>Engine-Warteschlange, Mittel</translation>
    </message>
    <message>
        <source>Engine prefill, mean</source>
        <translation>Engine-Prefill, Mittel</translation>
    </message>
    <message>
        <source>Engine decode, mean</source>
        <translation>Engine-Decode, Mittel</translation>
    </message>
    <message>
        <source>Engine waiting, peak</source>
        <translation>Engine wartend, Spitze</translation>
    </message>
    <message>
        <source>KV cache use, peak</source>
        <translation>KV-Cache-Nutzung, Spitze</translation>
    </message>
    <message>
        <source>Preemptions per rep.</source>
        <translation>Verdrängungen je Wdh.</translation>
    </message>
    <message>
        <source>Prefix cache hit rate</source>
        <translation>Prefix-Cache-Trefferquote</translation>
    </message>
    <message>
        <source>, %1 shared prefixes of %2 tokens</source>
        <translation>, %1 gemeinsame Präfixe zu %2 Tokens</translation>
    </message>
    <message>
        <source>trace ×%1</source>
        <translation>Trace ×%1</translation>
    </message>
</context>
<context>
    <name>CrossCheck</name>
    <message>
        <source>the tool computes percentiles by %1, InferDeck by linear interpolation (numpy)</source>
        <translation>Das Werkzeug berechnet Perzentile per %1, InferDeck per linearer Interpolation (numpy)</translation>
    </message>
    <message>
        <source>an undocumented method</source>
        <translation>einer undokumentierten Methode</translation>
    </message>
    <message>
        <source>the tool counts tokens differently (%1)</source>
        <translation>Das Werkzeug zählt Token anders (%1)</translation>
    </message>
    <message>
        <source>the tool counts a different set of requests or measures the duration differently (warm-up or cool-down windows, failed requests)</source>
        <translation>Das Werkzeug zählt eine andere Menge von Anfragen oder misst die Dauer anders (Aufwärm- oder Abklingfenster, fehlgeschlagene Anfragen)</translation>
    </message>
    <message>
        <source>the tool pools inter-chunk gaps differently</source>
        <translation>Das Werkzeug fasst die Abstände zwischen Chunks anders zusammen</translation>
    </message>
    <message>
        <source>the tool includes or excludes different requests (for example those without output)</source>
        <translation>Das Werkzeug schließt andere Anfragen ein oder aus (zum Beispiel solche ohne Ausgabe)</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>%1: recomputed from the records %2, the file says %3 (%4); likely because %5.</source>
        <translation>%1: aus den Datensätzen neu berechnet %2, die Datei sagt %3 (%4). Wahrscheinlicher Grund: %5.</translation>
    </message>
</context>
<context>
    <name>DataSupport</name>
    <message>
        <source>Not drawn: the file has no per-request records for phase “%1”, only the tool&apos;s own aggregates.</source>
        <translation>Nicht gezeichnet: Die Datei hat für Phase „%1“ keine Einzeldatensätze, nur die eigenen Aggregate des Werkzeugs.</translation>
    </message>
    <message>
        <source>Not drawn: the file records no send time per request, so requests cannot be placed in time. Latency distributions are exact; duration and throughputs are the tool&apos;s own figures.</source>
        <translation>Nicht gezeichnet: Die Datei erfasst keine Sendezeit je Anfrage, daher lassen sich die Anfragen nicht zeitlich einordnen. Die Latenzverteilungen sind exakt; Dauer und Durchsätze sind die eigenen Werte des Werkzeugs.</translation>
    </message>
</context>
<context>
    <name>FileDialogButtons</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FormatDetect</name>
    <message>
        <source>InferDeck result</source>
        <translation>InferDeck-Ergebnis</translation>
    </message>
    <message>
        <source>vLLM bench serve result</source>
        <translation>Ergebnis von vLLM bench serve</translation>
    </message>
    <message>
        <source>AIPerf profile export (JSON)</source>
        <translation>AIPerf-Profilexport (JSON)</translation>
    </message>
    <message>
        <source>AIPerf profile export (CSV)</source>
        <translation>AIPerf-Profilexport (CSV)</translation>
    </message>
    <message>
        <source>GenAI-Perf profile export (JSON)</source>
        <translation>GenAI-Perf-Profilexport (JSON)</translation>
    </message>
    <message>
        <source>GenAI-Perf profile export (CSV)</source>
        <translation>GenAI-Perf-Profilexport (CSV)</translation>
    </message>
    <message>
        <source>GenAI-Perf per-request profile export</source>
        <translation>GenAI-Perf-Profilexport pro Anfrage</translation>
    </message>
    <message>
        <source>AIPerf per-request records (JSONL)</source>
        <translation>AIPerf-Datensätze pro Anfrage (JSONL)</translation>
    </message>
    <message>
        <source>guidellm benchmarks report</source>
        <translation>guidellm-Benchmarkbericht</translation>
    </message>
    <message>
        <source>llmperf summary</source>
        <translation>llmperf-Zusammenfassung</translation>
    </message>
    <message>
        <source>llmperf individual responses</source>
        <translation>llmperf-Einzelantworten</translation>
    </message>
    <message>
        <source>MLPerf LoadGen summary log</source>
        <translation>MLPerf-LoadGen-Zusammenfassungsprotokoll</translation>
    </message>
    <message>
        <source>MLPerf LoadGen detail log</source>
        <translation>MLPerf-LoadGen-Detailprotokoll</translation>
    </message>
    <message>
        <source>unrecognized file</source>
        <translation>nicht erkannte Datei</translation>
    </message>
    <message>
        <source>an InferDeck result (&quot;format&quot;: &quot;inferdeck-result&quot;), a vLLM bench serve result (backend, model_id, mean_ttft_ms), an AIPerf or GenAI-Perf export (aiperf_version or input_config; CSV starting &quot;Metric,avg,min,max&quot;; experiments with service_kind; JSON lines with metadata.request_start_ns), a guidellm report (guidellm_version, benchmarks), llmperf output (results_ttft_s_mean, or a list with ttft_s and end_to_end_latency_s) or an MLPerf LoadGen log (&quot;:::MLLOG&quot; lines, &quot;MLPerf Results Summary&quot;)</source>
        <translation>ein InferDeck-Ergebnis (&quot;format&quot;: &quot;inferdeck-result&quot;), ein Ergebnis von vLLM bench serve (backend, model_id, mean_ttft_ms), ein AIPerf- oder GenAI-Perf-Export (aiperf_version oder input_config; CSV beginnend mit &quot;Metric,avg,min,max&quot;; experiments mit service_kind; JSON-Zeilen mit metadata.request_start_ns), ein guidellm-Bericht (guidellm_version, benchmarks), llmperf-Ausgabe (results_ttft_s_mean oder eine Liste mit ttft_s und end_to_end_latency_s) oder ein MLPerf-LoadGen-Protokoll (&quot;:::MLLOG&quot;-Zeilen, &quot;MLPerf Results Summary&quot;)</translation>
    </message>
    <message>
        <source>AIPerf server metrics scrapes (JSONL)</source>
        <translation>AIPerf-Server-Metriken, Abfragen (JSONL)</translation>
    </message>
    <message>
        <source>AIPerf server metrics summary</source>
        <translation>AIPerf-Server-Metriken, Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>GenaiPerfImport</name>
    <message>
        <source>a malformed escape in the response text</source>
        <translation>fehlerhafte Escape-Sequenz im Antworttext</translation>
    </message>
    <message>
        <source>the response is not the JSON an OpenAI server sends (%1)</source>
        <translation>Die Antwort ist nicht das JSON, das ein OpenAI-Server sendet (%1)</translation>
    </message>
    <message>
        <source>missing timestamp</source>
        <translation>Zeitstempel fehlt</translation>
    </message>
    <message>
        <source>has %1 entries but response_timestamps has %2</source>
        <translation>hat %1 Einträge, response_timestamps aber %2</translation>
    </message>
    <message>
        <source>a response time stamp before the request&apos;s or the previous response&apos;s</source>
        <translation>ein Antwortzeitstempel vor dem der Anfrage oder der vorigen Antwort</translation>
    </message>
    <message>
        <source>a token count beyond 2^31</source>
        <translation>eine Token-Anzahl über 2^31</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>missing: not a GenAI-Perf profile export</source>
        <translation>fehlt: kein GenAI-Perf-Profilexport</translation>
    </message>
    <message>
        <source>holds no experiment</source>
        <translation>enthält kein Experiment</translation>
    </message>
    <message>
        <source>GenAI-Perf re-tokenizes the answers with its tokenizer; InferDeck counts the server&apos;s usage where a response has it, else one token per content chunk</source>
        <translation>GenAI-Perf tokenisiert die Antworten mit seinem Tokenizer neu; InferDeck zählt die usage-Angabe des Servers, wo eine Antwort sie hat, sonst ein Token pro Inhalts-Chunk</translation>
    </message>
    <message>
        <source>GenAI-Perf ends a request at its last response with text; InferDeck at its last response, so E2E may be a little longer than GenAI-Perf&apos;s request latency</source>
        <translation>GenAI-Perf beendet eine Anfrage mit ihrer letzten Antwort mit Text, InferDeck mit ihrer letzten Antwort; daher kann E2E etwas länger sein als die Anfragelatenz von GenAI-Perf</translation>
    </message>
    <message>
        <source>GenAI-Perf&apos;s &quot;inter token latency&quot; is InferDeck&apos;s TPOT</source>
        <translation>Die „inter token latency“ von GenAI-Perf ist InferDecks TPOT</translation>
    </message>
    <message>
        <source>no experiment holds a request</source>
        <translation>kein Experiment enthält eine Anfrage</translation>
    </message>
    <message>
        <source>a time stamp before 1970 (%1 ns)</source>
        <translation>ein Zeitstempel vor 1970 (%1 ns)</translation>
    </message>
    <message>
        <source>expected zero or more, found %1</source>
        <translation>null oder mehr erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>a negative token count (%1)</source>
        <translation>eine negative Token-Anzahl (%1)</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <source>Scaling efficiency</source>
        <translation>Skalierungseffizienz</translation>
    </message>
    <message>
        <source>Throughput vs target</source>
        <translation>Durchsatz gegenüber Ziel</translation>
    </message>
    <message>
        <source>TTFT vs SLO</source>
        <translation>TTFT gegenüber SLO</translation>
    </message>
    <message>
        <source>TPOT vs SLO</source>
        <translation>TPOT gegenüber SLO</translation>
    </message>
    <message>
        <source>E2E latency vs SLO</source>
        <translation>E2E-Latenz gegenüber SLO</translation>
    </message>
    <message>
        <source>Goodput share</source>
        <translation>Goodput-Anteil</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Energy per output token</source>
        <translation>Energie pro Ausgabe-Token</translation>
    </message>
    <message>
        <source>Not measured: the result has no phase with measured requests.</source>
        <translation>Nicht gemessen: Das Ergebnis hat keine Phase mit gemessenen Anfragen.</translation>
    </message>
    <message>
        <source>1 repetition</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <source>Not measured: the plan sets no throughput target.</source>
        <translation>Nicht gemessen: Der Plan setzt kein Durchsatzziel.</translation>
    </message>
    <message>
        <source>Not measured: no output tokens were counted.</source>
        <translation>Nicht gemessen: Es wurden keine Ausgabe-Token gezählt.</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (Ziel %2)</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>Tok/s</translation>
    </message>
    <message>
        <source>range %1–%2 over %3</source>
        <translation>Spanne %1–%2 über %3</translation>
    </message>
    <message>
        <source>Output-token throughput of “%1” is %2 of the target %3.</source>
        <translation>Der Ausgabe-Token-Durchsatz von „%1“ beträgt %2 des Ziels %3.</translation>
    </message>
    <message>
        <source>Not measured: the plan sets no %1 limit.</source>
        <translation>Nicht gemessen: Der Plan setzt kein %1-Limit.</translation>
    </message>
    <message>
        <source>Not measured: no request has a %1.</source>
        <translation>Nicht gemessen: Keine Anfrage hat eine %1.</translation>
    </message>
    <message>
        <source>%1 %2 (limit %3)</source>
        <translation>%1 %2 (Limit %3)</translation>
    </message>
    <message>
        <source>%1 %2 is %3× the %4 limit (mean over %5).</source>
        <translation>%1 %2 ist das %3-Fache des %4-Limits (Mittel über %5).</translation>
    </message>
    <message>
        <source>Not measured: the plan sets no SLO.</source>
        <translation>Nicht gemessen: Der Plan setzt kein SLO.</translation>
    </message>
    <message>
        <source>Not measured: no request completed.</source>
        <translation>Nicht gemessen: Keine Anfrage wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>Not measured: no request was issued.</source>
        <translation>Nicht gemessen: Es wurde keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>%1 of %2 completed requests met every SLO.</source>
        <translation>%1 von %2 abgeschlossenen Anfragen erfüllten jedes SLO.</translation>
    </message>
    <message>
        <source>%1 of %2 issued requests completed.</source>
        <translation>%1 von %2 gesendeten Anfragen wurden abgeschlossen.</translation>
    </message>
    <message>
        <source>Not measured: no GPU power telemetry.</source>
        <translation>Nicht gemessen: keine GPU-Leistungstelemetrie.</translation>
    </message>
    <message>
        <source>GPU energy over the phase divided by its output tokens (mean over %1).</source>
        <translation>GPU-Energie über die Phase geteilt durch ihre Ausgabe-Token (Mittel über %1).</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>Nicht gemessen: %1</translation>
    </message>
    <message>
        <source>95 % CI %1–%2 (%3)</source>
        <translation>95-%-KI %1–%2 (%3)</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>kein Intervall</translation>
    </message>
    <message>
        <source>“%1” reached %3 tok/s on %2 nodes against %4 × %5 tok/s measured on 1 node (%6).</source>
        <translation>„%1“ erreichte %3 Tok/s auf %2 Knoten gegenüber %4 × %5 Tok/s, gemessen auf 1 Knoten (%6).</translation>
    </message>
    <message>
        <source>Not measured: one repetition of %1 is too short for 10 time windows of at least 1 s; run 2 or more repetitions.</source>
        <translation>Nicht gemessen: Eine Wiederholung von %1 ist zu kurz für 10 Zeitfenster von mindestens 1 s; führen Sie 2 oder mehr Wiederholungen aus.</translation>
    </message>
    <message>
        <source>%1 time windows of one repetition</source>
        <translation>%1 Zeitfenster einer Wiederholung</translation>
    </message>
    <message>
        <source>Not measured: fewer than two throughput samples.</source>
        <translation>Nicht gemessen: weniger als zwei Durchsatzproben.</translation>
    </message>
    <message>
        <source>CV %1</source>
        <translation>VK %1</translation>
    </message>
    <message>
        <source>range %1–%2 tok/s</source>
        <translation>Spanne %1–%2 Tok/s</translation>
    </message>
    <message>
        <source>Output-token throughput varies by %1 (sample standard deviation / mean) over %2.</source>
        <translation>Der Ausgabe-Token-Durchsatz schwankt um %1 (Stichproben-Standardabweichung / Mittelwert) über %2.</translation>
    </message>
    <message>
        <source>Graded on the interval&apos;s pessimistic end (%1).</source>
        <translation>Bewertet am ungünstigen Ende des Intervalls (%1).</translation>
    </message>
    <message>
        <source>Without an interval the point value is graded.</source>
        <translation>Ohne Intervall wird der Punktwert bewertet.</translation>
    </message>
    <message>
        <source>“%1” (repetition %2)</source>
        <translation>„%1“ (Wiederholung %2)</translation>
    </message>
    <message>
        <source>Too few requests: %1 of %2 phase repetitions measured fewer than %3 (fewest: %4 in %5).</source>
        <translation>Zu wenige Anfragen: %1 von %2 Phasenwiederholungen maßen weniger als %3 (am wenigsten: %4 in %5).</translation>
    </message>
    <message>
        <source>Phases too short: %1 of %2 phase repetitions lasted less than %3 (shortest: %4, %5).</source>
        <translation>Phasen zu kurz: %1 von %2 Phasenwiederholungen dauerten weniger als %3 (am kürzesten: %4, %5).</translation>
    </message>
    <message>
        <source>Errors above %1: %2 of %3 requests failed in %4.</source>
        <translation>Fehler über %1: %2 von %3 Anfragen schlugen fehl in %4.</translation>
    </message>
    <message>
        <source>The load generator fell behind its schedule in %1: sent %2 where its schedule asked %3, p99 send lateness %4 (limit %5); the client, not the server, may have set these numbers.</source>
        <translation>Der Lastgenerator fiel in %1 hinter seinen Zeitplan zurück: gesendet %2, wo sein Zeitplan %3 verlangte, p99-Sendeverspätung %4 (Limit %5); diese Zahlen könnten vom Client und nicht vom Server stammen.</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>SIMULATED: these numbers come from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation>SIMULIERT: Diese Zahlen stammen von InferDecks simulierter Engine, nicht von einem GPU-Server.</translation>
    </message>
    <message>
        <source>Weighted mean of the graded criteria (%1).</source>
        <translation>Gewichtetes Mittel der bewerteten Kriterien (%1).</translation>
    </message>
    <message>
        <source>Excludes, as not measured: %1.</source>
        <translation>Schließt als nicht gemessen aus: %1.</translation>
    </message>
    <message>
        <source>The run is INVALID under the rubric&apos;s data-quality rules; the grade does not certify it.</source>
        <translation>Der Lauf ist nach den Datenqualitätsregeln des Bewertungsschemas UNGÜLTIG; die Note bestätigt ihn nicht.</translation>
    </message>
    <message>
        <source>Not measured: the file has only aggregates, so which requests met every SLO cannot be recomputed.</source>
        <translation>Nicht gemessen: Die Datei enthält nur Aggregate, daher lässt sich nicht neu berechnen, welche Anfragen jedes SLO erfüllten.</translation>
    </message>
    <message>
        <source>Not measured: the file does not state how many requests were sent.</source>
        <translation>Nicht gemessen: Die Datei gibt nicht an, wie viele Anfragen gesendet wurden.</translation>
    </message>
    <message>
        <source>Not measured: one repetition, and the file has no per-request times to follow its throughput over time.</source>
        <translation>Nicht gemessen: nur eine Wiederholung, und die Datei hat keine Zeiten je Anfrage, um den Durchsatz über die Zeit zu verfolgen.</translation>
    </message>
    <message>
        <source>Too few requests (min_requests): the file does not state how many requests a phase sent.</source>
        <translation>Zu wenige Anfragen (min_requests): Die Datei gibt nicht an, wie viele Anfragen eine Phase gesendet hat.</translation>
    </message>
    <message>
        <source>Phases too short (min_phase_duration_s): the file does not state how long a phase lasted.</source>
        <translation>Phasen zu kurz (min_phase_duration_s): Die Datei gibt nicht an, wie lange eine Phase dauerte.</translation>
    </message>
    <message>
        <source>one repetition: no spread</source>
        <translation>eine Wiederholung: keine Streuung</translation>
    </message>
    <message>
        <source>fewer than %1 requests (%2)</source>
        <extracomment>why the overall grade was capped, e.g. &quot;fewer than 200 requests (49)&quot;: the rubric&apos;s minimum and the fewest a phase measured</extracomment>
        <translation>weniger als %1 Anfragen (%2)</translation>
    </message>
    <message>
        <source>phases shorter than %1 (%2)</source>
        <extracomment>why the overall grade was capped, e.g. &quot;phases shorter than 60.0 s (6.00 s)&quot;: the rubric&apos;s minimum and the shortest phase</extracomment>
        <translation>Phasen kürzer als %1 (%2)</translation>
    </message>
    <message>
        <source>errors above %1 (%2 of %3 requests failed)</source>
        <extracomment>why the overall grade was capped: the rubric&apos;s limit, then failed of issued requests in one phase</extracomment>
        <translation>Fehler über %1 (%2 von %3 Anfragen fehlgeschlagen)</translation>
    </message>
    <message>
        <source>the load generator fell behind its schedule in %1</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>der Lastgenerator fiel in %1 hinter seinen Zeitplan zurück</translation>
    </message>
    <message>
        <source>measured on a simulated engine</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>auf einer simulierten Engine gemessen</translation>
    </message>
    <message>
        <source>the rubric needs 1</source>
        <translation>das Bewertungsschema verlangt 1</translation>
    </message>
    <message>
        <source>the rubric needs %1</source>
        <translation>das Bewertungsschema verlangt %1</translation>
    </message>
    <message>
        <source>no criterion with a weight could be measured; %1</source>
        <translation>kein Kriterium mit Gewicht ließ sich messen; %1</translation>
    </message>
    <message>
        <source>only 1 criterion could be measured (%1); %2</source>
        <translation>nur 1 Kriterium ließ sich messen (%1); %2</translation>
    </message>
    <message>
        <source>only %1 criteria could be measured (%2); %3</source>
        <translation>nur %1 Kriterien ließen sich messen (%2); %3</translation>
    </message>
    <message>
        <source>Not graded: %1.</source>
        <extracomment>%1: why, e.g. &quot;only 1 criterion could be measured (Success rate); the rubric needs 3&quot;</extracomment>
        <translation>Nicht bewertet: %1.</translation>
    </message>
    <message>
        <source>Each criterion keeps its own grade.</source>
        <translation>Jedes Kriterium behält seine eigene Note.</translation>
    </message>
    <message>
        <source>Not measured: %1.</source>
        <translation>Nicht gemessen: %1.</translation>
    </message>
    <message>
        <source>capped at %1 from %2: %3</source>
        <extracomment>%1 the grade given, %2 the grade the criteria earned, %3 why, e.g. &quot;phases shorter than 60.0 s (6.00 s) and fewer than 200 requests (49)&quot;</extracomment>
        <translation>von %2 auf %1 begrenzt: %3</translation>
    </message>
    <message>
        <source>Capped from %1 to %2: %3 (data-quality rules %4).</source>
        <extracomment>%1 the grade the criteria earned, %2 the grade given, %3 why, %4 the ids of the rubric&apos;s rules</extracomment>
        <translation>Von %1 auf %2 begrenzt: %3 (Datenqualitätsregeln %4).</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>joins the last item of a list: &quot;phases shorter than 60.0 s (6.00 s) and fewer than 200 requests (49)&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Load generator behind its schedule (generator_behind): the file keeps no send times or send lateness.</source>
        <translation>Lastgenerator hinter seinem Zeitplan (generator_behind): Die Datei enthält weder Sendezeiten noch Sendeverspätungen.</translation>
    </message>
    <message>
        <source>The client&apos;s own timing error in “%1” (repetition %2) on %3 reached %4 at p99 (limit %5; %6 of chunks arrived while the agent was busy, agent CPU %7): latency percentiles there may be off by that much because of the client, not the server.</source>
        <translation>Der eigene Zeitfehler des Clients in „%1“ (Wiederholung %2) auf %3 erreichte %4 bei p99 (Limit %5; %6 der Chunks kamen an, während der Agent beschäftigt war, Agent-CPU %7): Latenzperzentile dort können um so viel abweichen – wegen des Clients, nicht des Servers.</translation>
    </message>
    <message>
        <source>the client&apos;s timing error exceeded %1 in “%2”</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>der Zeitfehler des Clients überschritt %1 in „%2“</translation>
    </message>
    <message>
        <source>The run was cancelled: %1</source>
        <translation>Der Lauf wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the run failed</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The client&apos;s own timing error of first tokens in “%1” (repetition %2) on %3 reached %4 at p99 (limit %5; agent CPU %6): TTFT percentiles there may be off by that much because of the client, not the server.</source>
        <translation>Der eigene Zeitfehler des Clients bei ersten Tokens in „%1“ (Wiederholung %2) auf %3 erreichte %4 bei p99 (Limit %5; Agent-CPU %6): TTFT-Perzentile dort können um so viel abweichen – wegen des Clients, nicht des Servers.</translation>
    </message>
    <message>
        <source>%1–%2 from the capacity brackets</source>
        <translation>%1–%2 aus den Einschlussintervallen der Kapazitäten</translation>
    </message>
    <message>
        <source>no interval: a search ended at its range</source>
        <translation>kein Intervall: Eine Suche endete am Rand ihres Bereichs</translation>
    </message>
    <message>
        <source>At capacity under the SLOs: %1 per node on %2 nodes against %3 on 1 node.</source>
        <translation>Bei Kapazität unter den SLOs: %1 pro Knoten auf %2 Knoten gegenüber %3 auf 1 Knoten.</translation>
    </message>
    <message>
        <source>Not measured: the load ramps or steps by design, so the throughput is meant to change over the phase.</source>
        <translation>Nicht gemessen: Die Last steigt oder wechselt absichtlich, daher soll sich der Durchsatz über die Phase ändern.</translation>
    </message>
</context>
<context>
    <name>GuidellmImport</name>
    <message>
        <source>expected a list of requests</source>
        <translation>Liste von Anfragen erwartet</translation>
    </message>
    <message>
        <source>expected a request object</source>
        <translation>Anfrageobjekt erwartet</translation>
    </message>
    <message>
        <source>missing: a request without a start time cannot be placed</source>
        <translation>fehlt: Eine Anfrage ohne Startzeit lässt sich nicht einordnen</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>errored</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>the server&apos;s usage, else the number of streamed iterations</source>
        <translation>die usage-Angabe des Servers, sonst die Anzahl gestreamter Iterationen</translation>
    </message>
    <message>
        <source>guidellm&apos;s duration is its measurement window; InferDeck&apos;s runs from the first send to the last answer of the requests in that window</source>
        <translation>Die Dauer bei guidellm ist sein Messfenster; die von InferDeck reicht vom ersten Senden bis zur letzten Antwort der Anfragen in diesem Fenster</translation>
    </message>
    <message>
        <source>requests outside guidellm&apos;s measurement window are kept as warm-up and not summarized</source>
        <translation>Anfragen außerhalb des Messfensters von guidellm werden als Aufwärmphase behalten und nicht zusammengefasst</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>the report holds no benchmark</source>
        <translation>Der Bericht enthält keinen Benchmark</translation>
    </message>
    <message>
        <source>version %1 is not supported (InferDeck reads the 0.4–0.6 report layout)</source>
        <translation>Version %1 wird nicht unterstützt (InferDeck liest das Berichtsformat 0.4–0.6)</translation>
    </message>
    <message>
        <source>expected a benchmark object</source>
        <translation>Benchmark-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a mapping at the top level</source>
        <translation>auf oberster Ebene wurde eine Zuordnung erwartet</translation>
    </message>
    <message>
        <source>the request ends %1 s before it starts</source>
        <translation>Die Anfrage endet %1 s, bevor sie beginnt</translation>
    </message>
    <message>
        <source>the first token is outside the request&apos;s start and end</source>
        <translation>Das erste Token liegt außerhalb von Start und Ende der Anfrage</translation>
    </message>
    <message>
        <source>the measurement window ends before it starts</source>
        <translation>Das Messfenster endet, bevor es beginnt</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>not recognized as any supported result file (looked for %1)</source>
        <translation>nicht als unterstützte Ergebnisdatei erkannt (gesucht: %1)</translation>
    </message>
    <message>
        <source>%1 holds %2 phases and %3 holds %4; only one phase each can be combined</source>
        <translation>%1 enthält %2 Phasen und %3 enthält %4; nur je eine Phase lässt sich kombinieren</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>keine Datei zum Importieren</translation>
    </message>
    <message>
        <source>%1 and %2 were written by different tools; import them separately and compare them</source>
        <translation>%1 und %2 wurden von verschiedenen Werkzeugen geschrieben; importieren Sie sie getrennt und vergleichen Sie sie</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>the file ends in the middle of the JSON document (truncated?)</source>
        <translation>Die Datei endet mitten im JSON-Dokument (abgeschnitten?)</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a number, found the text &quot;%1&quot;</source>
        <translation>Zahl erwartet, den Text „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>not recorded by %1</source>
        <translation>von %1 nicht erfasst</translation>
    </message>
    <message>
        <source>aggregates only: %1</source>
        <extracomment>a note on an imported phase; %1 says what cannot be recomputed and why</extracomment>
        <translation>nur Aggregate: %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>a result file</source>
        <translation>eine Ergebnisdatei</translation>
    </message>
    <message>
        <source>files of this kind (%1)</source>
        <translation>Dateien dieser Art (%1)</translation>
    </message>
    <message>
        <source>unexpected JSON content (%1)</source>
        <translation>unerwarteter JSON-Inhalt (%1)</translation>
    </message>
    <message>
        <source>expected zero or more, found %1</source>
        <translation>null oder mehr erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the model name</source>
        <translation>der Modellname</translation>
    </message>
    <message>
        <source>the server name</source>
        <translation>der Servername</translation>
    </message>
    <message>
        <source>the tool&apos;s version</source>
        <translation>die Version des Werkzeugs</translation>
    </message>
    <message>
        <source>expected a whole non-negative token count, found %1</source>
        <translation>ganze nichtnegative Token-Anzahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a whole non-negative count, found %1</source>
        <translation>eine ganze, nicht negative Anzahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>AIPerf&apos;s server-metrics summary holds statistics over the run, not the scrapes InferDeck needs to place the engine&apos;s state beside the requests; import server_metrics_export.jsonl (aiperf profile --server-metrics-formats json jsonl) with the records</source>
        <translation>AIPerfs Zusammenfassung der Server-Metriken enthält Statistiken über den ganzen Lauf, nicht die Abfragen, die InferDeck braucht, um den Zustand der Engine neben die Anfragen zu stellen; importieren Sie server_metrics_export.jsonl (aiperf profile --server-metrics-formats json jsonl) mit den Einzelanfragen</translation>
    </message>
    <message>
        <source>AIPerf&apos;s server metrics describe the engine, not the requests; import them together with the same run&apos;s per-request records (profile_export.jsonl)</source>
        <translation>AIPerfs Server-Metriken beschreiben die Engine, nicht die Anfragen; importieren Sie sie zusammen mit den Einzelanfragen desselben Laufs (profile_export.jsonl)</translation>
    </message>
    <message>
        <source>%1 and %2 are both AIPerf server-metrics files; import one run&apos;s records with its one file</source>
        <translation>%1 und %2 sind beide Server-Metrik-Dateien von AIPerf; importieren Sie die Einzelanfragen eines Laufs mit seiner einen Datei</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the last line is cut off: %1</source>
        <translation>die letzte Zeile ist abgeschnitten: %1</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the limit for %2</source>
        <translation>Die Datei ist größer als %1 MiB, die Grenze für %2</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, not a regular file: only regular files are read</source>
        <translation>%1, keine reguläre Datei: Nur reguläre Dateien werden gelesen</translation>
    </message>
</context>
<context>
    <name>JsonCursor</name>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>the file ends in the middle of the JSON document (truncated?)</source>
        <translation>Die Datei endet mitten im JSON-Dokument (abgeschnitten?)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>„,“ oder „}“ in einem Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>„:“ nach einem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>„,“ oder „]“ in einem Array erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>the file ends inside a string (truncated?)</source>
        <translation>Die Datei endet innerhalb einer Zeichenkette (abgeschnitten?)</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Zahl</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number that fits 64 bits</source>
        <translation>ganze Zahl erwartet, die in 64 Bit passt</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>unexpected content after the JSON document</source>
        <translation>unerwarteter Inhalt nach dem JSON-Dokument</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>der Schlüssel „%1“ kommt in einem Objekt zweimal vor</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation>Die Zahl %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>not valid JSON: the text ends in the middle of the document (truncated?)</source>
        <translation>kein gültiges JSON: Der Text endet mitten im Dokument (abgeschnitten?)</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the top-level object</source>
        <translation>der Schlüssel „%1“ kommt im Objekt der obersten Ebene zweimal vor</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in %2</source>
        <translation>der Schlüssel „%1“ kommt in %2 zweimal vor</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>KubernetesExecTransport</name>
    <message>
        <source>pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>kubectl exec into pod %1 failed %2 times in a row</source>
        <translation>kubectl exec in Pod %1 ist %2-mal in Folge fehlgeschlagen</translation>
    </message>
    <message>
        <source>the run&apos;s pods are released</source>
        <translation>Die Pods des Laufs sind freigegeben</translation>
    </message>
    <message>
        <source>cannot start %1 on %2: its pod is not reachable</source>
        <translation>%1 kann auf %2 nicht gestartet werden: Dessen Pod ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the kubectl exec stream to pod %1 was lost: %2</source>
        <translation>Der kubectl-exec-Datenstrom zu Pod %1 ist verloren gegangen: %2</translation>
    </message>
    <message>
        <source>writing the file in pod %1 failed (status %2): %3</source>
        <translation>Das Schreiben der Datei in Pod %1 ist fehlgeschlagen (Status %2): %3</translation>
    </message>
    <message>
        <source>cannot write to %1: its pod is not reachable</source>
        <translation>Auf %1 kann nicht geschrieben werden: Dessen Pod ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>KubernetesPods</name>
    <message>
        <source>cannot reach the kubectl host %1: %2</source>
        <translation>Der kubectl-Host %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>kubectl on %1 has no current context (set &quot;context&quot; in the cluster file): %2</source>
        <translation>kubectl auf %1 hat keinen aktuellen Kontext (setzen Sie „context“ in der Clusterdatei): %2</translation>
    </message>
    <message>
        <source>kubectl could not list the pods (context %1): %2</source>
        <translation>kubectl konnte die Pods nicht auflisten (Kontext %1): %2</translation>
    </message>
    <message>
        <source>pod %1 was not found</source>
        <translation>Pod %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>no pod matches the selector %1</source>
        <translation>Kein Pod passt zum Selektor %1</translation>
    </message>
    <message>
        <source>using pods %1 (context %2, namespace %3)</source>
        <translation>Pods %1 werden verwendet (Kontext %2, Namespace %3)</translation>
    </message>
    <message>
        <source>pod %1 was deleted during the run</source>
        <translation>Pod %1 wurde während des Laufs gelöscht</translation>
    </message>
    <message>
        <source>kubectl execs: %1, start latency median %2 ms, max %3 ms</source>
        <translation>kubectl-Execs: %1, Startlatenz Median %2 ms, Maximum %3 ms</translation>
    </message>
    <message>
        <source>context %1, its default namespace</source>
        <extracomment>where pods were looked for: %1 a kubeconfig context, %2 a namespace</extracomment>
        <translation>Kontext %1, dessen Standard-Namespace</translation>
    </message>
    <message>
        <source>context %1, namespace %2</source>
        <translation>Kontext %1, Namespace %2</translation>
    </message>
    <message>
        <source>%1 of the %2 pods the cluster needs are ready (%3): %4</source>
        <extracomment>%1 pods found ready, %2 pods needed, %3 where they were looked for, %4 why others cannot be used</extracomment>
        <translation>%1 der %2 Pods, die der Cluster braucht, sind bereit (%3): %4</translation>
    </message>
</context>
<context>
    <name>KubernetesRun</name>
    <message>
        <source>scheduler.kubectl_host: %1</source>
        <translation>scheduler.kubectl_host: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the desktop</source>
        <translation>Dem Desktop folgen</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>Die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the library database refused a change (%1)</source>
        <translation>Die Bibliotheksdatenbank hat eine Änderung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>cannot read the library (%1)</source>
        <translation>Die Bibliothek kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (fields: %2)</source>
        <translation>unbekanntes Feld „%1“ (Felder: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or an ISO 8601 time)</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD oder eine ISO-8601-Zeit)</translation>
    </message>
    <message>
        <source>not a library database (%1)</source>
        <translation>keine Bibliotheksdatenbank (%1)</translation>
    </message>
    <message>
        <source>written by a newer InferDeck (library schema %1; this one reads up to %2)</source>
        <translation>geschrieben von einem neueren InferDeck (Bibliotheksschema %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>not measured in this run</source>
        <translation>in diesem Lauf nicht gemessen</translation>
    </message>
    <message>
        <source>no interval: one repetition</source>
        <translation>kein Intervall: nur eine Wiederholung</translation>
    </message>
    <message numerus="yes">
        <source>t over %n repetition(s)</source>
        <translation>
            <numerusform>t über %n Wiederholung</numerusform>
            <numerusform>t über %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no interval: the file states only its own percentile</source>
        <translation>kein Intervall: Die Datei gibt nur ihr eigenes Perzentil an</translation>
    </message>
    <message numerus="yes">
        <source>bootstrap over %n request(s)</source>
        <translation>
            <numerusform>Bootstrap über %n Anfrage</numerusform>
            <numerusform>Bootstrap über %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>no interval: too few requests</source>
        <translation>kein Intervall: zu wenige Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>Wilson over %n request(s)</source>
        <translation>
            <numerusform>Wilson über %n Anfrage</numerusform>
            <numerusform>Wilson über %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>no interval: a count, not a sample</source>
        <translation>kein Intervall: eine Zählung, keine Stichprobe</translation>
    </message>
    <message>
        <source>the comparison does not test this metric</source>
        <translation>der Vergleich testet diese Metrik nicht</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>unbekannte Metrik „%1“</translation>
    </message>
    <message>
        <source>the file is gone</source>
        <translation>die Datei ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>file not read: %1</source>
        <translation>Datei nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1 left out: it has no phase “%2”</source>
        <translation>%1 ausgelassen: keine Phase „%2“ vorhanden</translation>
    </message>
    <message>
        <source>first point: nothing to compare with</source>
        <translation>erster Punkt: nichts zum Vergleichen</translation>
    </message>
    <message>
        <source>(the latest %1 of %2 runs)</source>
        <translation>(die neuesten %1 von %2 Läufen)</translation>
    </message>
    <message>
        <source>No run has this metric in this phase.</source>
        <translation>Kein Lauf hat diese Metrik in dieser Phase.</translation>
    </message>
    <message>
        <source>No run has a value to draw.</source>
        <translation>Kein Lauf hat einen Wert zum Zeichnen.</translation>
    </message>
    <message>
        <source>no interval: the repetitions do not vary at all</source>
        <translation>kein Intervall: Die Wiederholungen schwanken überhaupt nicht</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <extracomment>a fingerprint field that differs between two runs, e.g. &quot;engine version 0.10.2 → 0.11.1&quot;</extracomment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>engine version</source>
        <translation>Engine-Version</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>real engine → simulated</source>
        <translation>echte Engine → simuliert</translation>
    </message>
    <message>
        <source>simulated → real engine</source>
        <translation>simuliert → echte Engine</translation>
    </message>
    <message>
        <source>not tested: this run&apos;s file could not be read</source>
        <translation>nicht getestet: Die Datei dieses Laufs konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>not tested: the previous run&apos;s file could not be read</source>
        <translation>nicht getestet: Die Datei des vorigen Laufs konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>not tested: another fingerprint than the previous run (%1)</source>
        <translation>nicht getestet: anderer Fingerabdruck als beim vorigen Lauf (%1)</translation>
    </message>
</context>
<context>
    <name>LibraryIndex</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>the library database is damaged (%1) and cannot be moved aside</source>
        <translation>Die Bibliotheksdatenbank ist beschädigt (%1) und kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>not indexed since the library was rebuilt</source>
        <translation>seit dem Neuaufbau der Bibliothek nicht indiziert</translation>
    </message>
    <message>
        <source>The library database was damaged (%1); it was moved to %2 and a new one is rebuilt from the files (%3 files and %4 folders were still listed in it).</source>
        <translation>Die Bibliotheksdatenbank war beschädigt (%1); sie wurde nach %2 verschoben, und eine neue wird aus den Dateien aufgebaut (darin waren noch %3 Dateien und %4 Ordner verzeichnet).</translation>
    </message>
    <message>
        <source>cannot open the library database (%1)</source>
        <translation>Die Bibliotheksdatenbank kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>The library was updated from schema %1 to %2.</source>
        <translation>Die Bibliothek wurde von Schema %1 auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>the library database refused a change (%1)</source>
        <translation>Die Bibliotheksdatenbank hat eine Änderung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>cannot search the library (%1)</source>
        <translation>Die Bibliothek kann nicht durchsucht werden (%1)</translation>
    </message>
    <message>
        <source>cannot read the library (%1)</source>
        <translation>Die Bibliothek kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>no entry %1 in the library</source>
        <translation>kein Eintrag %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>the file is gone</source>
        <translation>die Datei ist nicht mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>LlmperfImport</name>
    <message>
        <source>a fixed Llama tokenizer (hf-internal-testing/llama-tokenizer), not the model&apos;s own</source>
        <translation>ein fester Llama-Tokenizer (hf-internal-testing/llama-tokenizer), nicht der des Modells</translation>
    </message>
    <message>
        <source>llmperf&apos;s inter_token_latency_s divides the whole answer time, first token included, by the token count; it is neither TPOT nor ITL and is kept only as the tool&apos;s figure</source>
        <translation>inter_token_latency_s von llmperf teilt die gesamte Antwortzeit einschließlich des ersten Tokens durch die Token-Anzahl; es ist weder TPOT noch ITL und wird nur als Wert des Werkzeugs behalten</translation>
    </message>
    <message>
        <source>expected a JSON array of responses</source>
        <translation>JSON-Array von Antworten erwartet</translation>
    </message>
    <message>
        <source>expected a response object</source>
        <translation>Antwortobjekt erwartet</translation>
    </message>
    <message>
        <source>missing ttft_s or end_to_end_latency_s</source>
        <translation>ttft_s oder end_to_end_latency_s fehlt</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>Fehlercode %1</translation>
    </message>
    <message>
        <source>end_to_end_latency_s %1 is shorter than ttft_s %2</source>
        <translation>end_to_end_latency_s %1 ist kürzer als ttft_s %2</translation>
    </message>
    <message>
        <source>expected llmperf&apos;s summary object with results_ttft_s_mean</source>
        <translation>Zusammenfassungsobjekt von llmperf mit results_ttft_s_mean erwartet</translation>
    </message>
    <message>
        <source>llmperf keeps no send times: duration, throughput and time series are the tool&apos;s own; latencies are recomputed from the individual responses</source>
        <translation>llmperf speichert keine Sendezeiten: Dauer, Durchsatz und Zeitreihen sind die des Werkzeugs; Latenzen werden aus den Einzelantworten neu berechnet</translation>
    </message>
    <message>
        <source>aggregates only: without the *_individual_responses.json file, distributions and intervals cannot be recomputed</source>
        <translation>nur Aggregate: Ohne die Datei *_individual_responses.json lassen sich Verteilungen und Intervalle nicht neu berechnen</translation>
    </message>
    <message>
        <source>llmperf keeps no send times and no summary file was given: duration and throughput are not known, there is no time series; latencies are recomputed from the individual responses</source>
        <translation>llmperf speichert keine Sendezeiten, und es wurde keine Zusammenfassungsdatei angegeben: Dauer und Durchsatz sind unbekannt, es gibt keine Zeitreihen; die Latenzen werden aus den Einzelantworten neu berechnet</translation>
    </message>
</context>
<context>
    <name>LocalTransport</name>
    <message>
        <source>the command was killed by a signal</source>
        <translation>Der Befehl wurde durch ein Signal beendet</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MlperfImport</name>
    <message>
        <source>no &quot;Scenario :&quot; line (truncated?)</source>
        <translation>keine Zeile „Scenario :“ (abgeschnitten?)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>expected a line starting with &quot;:::MLLOG &quot;</source>
        <translation>eine Zeile erwartet, die mit „:::MLLOG “ beginnt</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>Zeile %1, Byte %2</translation>
    </message>
    <message>
        <source>not a complete JSON object (truncated?)</source>
        <translation>kein vollständiges JSON-Objekt (abgeschnitten?)</translation>
    </message>
    <message>
        <source>expected an object with a &quot;key&quot;</source>
        <translation>ein Objekt mit einem &quot;key&quot; erwartet</translation>
    </message>
    <message>
        <source>no effective_scenario entry (truncated?)</source>
        <translation>kein Eintrag effective_scenario (abgeschnitten?)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;</source>
        <translation>Zahl erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>the summary says %1 but the detail log says %2: they are not from the same run</source>
        <translation>Die Zusammenfassung sagt %1, das Detailprotokoll aber %2: Sie stammen nicht aus demselben Lauf</translation>
    </message>
    <message>
        <source>reported by the system under test</source>
        <translation>vom getesteten System gemeldet</translation>
    </message>
    <message>
        <source>aggregates only: LoadGen&apos;s per-sample records are in mlperf_log_trace.json and the accuracy log, not in these files, so distributions, intervals and time series cannot be recomputed</source>
        <translation>nur Aggregate: Die Einzeldatensätze von LoadGen stehen in mlperf_log_trace.json und im Genauigkeitsprotokoll, nicht in diesen Dateien; Verteilungen, Intervalle und Zeitreihen lassen sich daher nicht neu berechnen</translation>
    </message>
    <message>
        <source>without mlperf_log_detail.txt the sample count and errors are unknown</source>
        <translation>ohne mlperf_log_detail.txt sind Anzahl der Samples und Fehler unbekannt</translation>
    </message>
    <message>
        <source>the TTFT and TPOT limits are LoadGen&apos;s latency constraints of this scenario (p99 TTFT %1, p99 TPOT %2)</source>
        <translation>die TTFT- und TPOT-Limits sind die Latenzvorgaben von LoadGen für dieses Szenario (p99 TTFT %1, p99 TPOT %2)</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the file does not end with LoadGen&apos;s error count (&quot;No errors encountered during test.&quot;): it is cut off or not a complete summary</source>
        <translation>Die Datei endet nicht mit der Fehleranzahl von LoadGen („No errors encountered during test.“): Sie ist abgeschnitten oder keine vollständige Zusammenfassung</translation>
    </message>
    <message>
        <source>no &quot;Test Parameters Used&quot; section (truncated?)</source>
        <translation>kein Abschnitt „Test Parameters Used“ (abgeschnitten?)</translation>
    </message>
    <message>
        <source>no num_errors entry, which LoadGen writes last: the log is cut off</source>
        <translation>kein Eintrag num_errors, den LoadGen zuletzt schreibt: Das Protokoll ist abgeschnitten</translation>
    </message>
    <message>
        <source>logged twice (lines %1 and %2): which one holds is unknown</source>
        <translation>zweimal protokolliert (Zeilen %1 und %2): Welcher Eintrag gilt, ist unbekannt</translation>
    </message>
    <message>
        <source>missing: the %1 scenario&apos;s target rate is in neither file</source>
        <translation>fehlt: Die Zielrate des Szenarios %1 steht in keiner der beiden Dateien</translation>
    </message>
    <message>
        <source>missing: the %1 scenario&apos;s samples per query are in neither file</source>
        <translation>fehlt: Die Samples pro Abfrage des Szenarios %1 stehen in keiner der beiden Dateien</translation>
    </message>
</context>
<context>
    <name>NodeAccess</name>
    <message>
        <source>a key is never written in a plan or cluster file: name where it is kept with api_key_env (an environment variable) or api_key_file (a file) on the node&apos;s entry in the cluster file</source>
        <translation>Ein Schlüssel steht nie in einer Plan- oder Clusterdatei: Geben Sie im Eintrag des Knotens in der Clusterdatei mit api_key_env (eine Umgebungsvariable) oder api_key_file (eine Datei) an, wo er liegt</translation>
    </message>
    <message>
        <source>--api-key would put the key in this file and on the server&apos;s command line; start the server with its key from its environment (vLLM: VLLM_API_KEY) and name it for InferDeck with api_key_env or api_key_file</source>
        <translation>--api-key würde den Schlüssel in diese Datei und auf die Befehlszeile des Servers bringen; starten Sie den Server mit dem Schlüssel aus seiner Umgebung (vLLM: VLLM_API_KEY) und nennen Sie ihn InferDeck mit api_key_env oder api_key_file</translation>
    </message>
    <message>
        <source>expected the name of an environment variable (letters, digits, &apos;_&apos;), found &quot;%1&quot;; the key itself never goes in the file</source>
        <translation>Name einer Umgebungsvariablen erwartet (Buchstaben, Ziffern, „_“), gefunden „%1“; der Schlüssel selbst gehört nie in die Datei</translation>
    </message>
    <message>
        <source>give api_key_env or api_key_file, not both</source>
        <translation>Geben Sie api_key_env oder api_key_file an, nicht beides</translation>
    </message>
    <message>
        <source>only an https:// endpoint is verified against a CA</source>
        <translation>Nur ein https://-Endpunkt wird gegen eine CA geprüft</translation>
    </message>
    <message>
        <source>only an https:// endpoint has a certificate to skip</source>
        <translation>Nur ein https://-Endpunkt hat ein Zertifikat, dessen Prüfung man auslassen kann</translation>
    </message>
    <message>
        <source>give ca_file or insecure_skip_verify, not both</source>
        <translation>Geben Sie ca_file oder insecure_skip_verify an, nicht beides</translation>
    </message>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>einer von %1 erwartet, gefunden „%2“</translation>
    </message>
    <message>
        <source>only the agent&apos;s simulator takes this setting; the node&apos;s launch must run {agent} serve-sim</source>
        <translation>Nur der Simulator des Agenten nimmt diese Einstellung an; der Start des Knotens muss {agent} serve-sim ausführen</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the API key&apos;s environment variable %1 is not set on this machine</source>
        <translation>Die Umgebungsvariable %1 des API-Schlüssels ist auf diesem Rechner nicht gesetzt</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>cannot read the API key file %1: %2</source>
        <translation>Die API-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the API key file %1 is readable by every user of this machine; make it private (chmod 600 %1)</source>
        <translation>Die API-Schlüsseldatei %1 ist für jeden Benutzer dieses Rechners lesbar; machen Sie sie privat (chmod 600 %1)</translation>
    </message>
    <message>
        <source>%1: the API key file %2 is readable by its group (chmod 600 %2 keeps it private)</source>
        <translation>%1: Die API-Schlüsseldatei %2 ist für ihre Gruppe lesbar (chmod 600 %2 hält sie privat)</translation>
    </message>
    <message>
        <source>the API key file %1 is too large to hold a key</source>
        <translation>Die API-Schlüsseldatei %1 ist zu groß für einen Schlüssel</translation>
    </message>
    <message>
        <source>the API key in the %1 is empty</source>
        <translation>Der API-Schlüssel in %1 ist leer</translation>
    </message>
    <message>
        <source>the API key in the %1 is not one word of printable ASCII</source>
        <translation>Der API-Schlüssel in %1 ist kein einzelnes Wort aus druckbarem ASCII</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>NodeProbe</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1: the connection failed</source>
        <translation>%1: Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: the probe failed: %2</source>
        <translation>%1: Die Abfrage ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PhasePlan</name>
    <message>
        <source>concurrency %1</source>
        <translation>Nebenläufigkeit %1</translation>
    </message>
    <message>
        <source>%1 req/s per node</source>
        <translation>%1 Anfr./s pro Knoten</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>all %1 at once</source>
        <translation>alle %1 auf einmal</translation>
    </message>
    <message>
        <source>trace ×%1</source>
        <translation>Trace ×%1</translation>
    </message>
    <message>
        <source>concurrency %1 → %2</source>
        <translation>Nebenläufigkeit %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 req/s per node</source>
        <translation>%1 → %2 Anfr./s pro Knoten</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) from %1</source>
        <translation>
            <numerusform>%n Stufe ab %1</numerusform>
            <numerusform>%n Stufen ab %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodStatus</name>
    <message>
        <source>expected a Pod, found %1</source>
        <translation>Pod erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>a pod without metadata.name</source>
        <translation>ein Pod ohne metadata.name</translation>
    </message>
    <message>
        <source>kubectl&apos;s pod list is not readable: %1</source>
        <translation>Die Pod-Liste von kubectl ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>pod %1 is %2, not Running</source>
        <extracomment>%1 a pod, %2 its phase (Pending, Failed)</extracomment>
        <translation>Pod %1 ist %2, nicht Running</translation>
    </message>
    <message>
        <source>without a phase</source>
        <translation>ohne Phase</translation>
    </message>
    <message>
        <source>pod %1 has no container %2</source>
        <translation>Pod %1 hat keinen Container %2</translation>
    </message>
    <message>
        <source>the container %1 of pod %2 is not running (%3)</source>
        <translation>Der Container %1 von Pod %2 läuft nicht (%3)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the container %1 of pod %2 is not ready (restarts: %3)</source>
        <translation>Der Container %1 von Pod %2 ist nicht bereit (Neustarts: %3)</translation>
    </message>
    <message>
        <source>pod %1 was replaced by a new pod of the same name during the run</source>
        <translation>Pod %1 wurde während des Laufs durch einen neuen Pod gleichen Namens ersetzt</translation>
    </message>
    <message>
        <source>pod %1 restarted during the run: container %2 restart count %3 → %4, running again since %5</source>
        <extracomment>%3 and %4 restart counts, %5 an RFC 3339 time</extracomment>
        <translation>Pod %1 wurde während des Laufs neu gestartet: Neustartzähler von Container %2 %3 → %4, läuft wieder seit %5</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(noch nicht)</translation>
    </message>
    <message>
        <source>pod %1 left the Running phase during the run: %2</source>
        <translation>Pod %1 hat während des Laufs die Phase Running verlassen: %2</translation>
    </message>
    <message>
        <source>the container %1 of pod %2 stopped during the run (%3)</source>
        <translation>Der Container %1 von Pod %2 wurde während des Laufs beendet (%3)</translation>
    </message>
</context>
<context>
    <name>PyYaml</name>
    <message>
        <source>a tab in the indentation</source>
        <translation>ein Tabulator in der Einrückung</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>unexpected text after the document (wrong indentation?)</source>
        <translation>unerwarteter Text nach dem Dokument (falsche Einrückung?)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a tuple written inline is not supported</source>
        <translation>ein in einer Zeile geschriebenes Tupel wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the tag %1 is not supported (only plain data is read)</source>
        <translation>das Tag %1 wird nicht unterstützt (nur einfache Daten werden gelesen)</translation>
    </message>
    <message>
        <source>anchors and aliases are not supported</source>
        <translation>Anker und Aliase werden nicht unterstützt</translation>
    </message>
    <message>
        <source>block scalars (| and &gt;) are not supported</source>
        <translation>Blockskalare (| und &gt;) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>„Schlüssel: Wert“ erwartet</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>flow collections other than [] and {} are not supported</source>
        <translation>Flow-Sammlungen außer [] und {} werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unexpected text after a quoted string</source>
        <translation>unerwarteter Text nach einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>the quoted string is not closed (truncated?)</source>
        <translation>die Zeichenkette in Anführungszeichen ist nicht geschlossen (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the quoted string is not closed before the next entry</source>
        <translation>die Zeichenkette in Anführungszeichen ist vor dem nächsten Eintrag nicht geschlossen</translation>
    </message>
    <message>
        <source>a cut-off \%1 escape</source>
        <translation>eine abgeschnittene \%1-Escape-Sequenz</translation>
    </message>
    <message>
        <source>a \%1 escape with a character that is not a hex digit</source>
        <translation>eine \%1-Escape-Sequenz mit einem Zeichen, das keine Hexadezimalziffer ist</translation>
    </message>
    <message>
        <source>the escape \%1 names no Unicode character</source>
        <translation>die Escape-Sequenz \%1 bezeichnet kein Unicode-Zeichen</translation>
    </message>
    <message>
        <source>the escape \%1 is not YAML</source>
        <translation>die Escape-Sequenz \%1 ist kein YAML</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>SIMULATED — every number in this report comes from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation>SIMULIERT — jede Zahl in diesem Bericht stammt von InferDecks simulierter Engine, nicht von einem GPU-Server.</translation>
    </message>
    <message>
        <source>overall grade</source>
        <translation>Gesamtnote</translation>
    </message>
    <message>
        <source>every number in this report comes from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation>jede Zahl in diesem Bericht stammt von InferDecks simulierter Engine, nicht von einem GPU-Server.</translation>
    </message>
    <message>
        <source>Overall grade: %1</source>
        <translation>Gesamtnote: %1</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Headline metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Not measured: the result holds no phase.</source>
        <translation>Nicht gemessen: Das Ergebnis enthält keine Phase.</translation>
    </message>
    <message>
        <source>Each phase repetition with all its nodes combined. Duration runs from the first request sent to the last one finished; throughputs are per second of it. Warm-up requests are excluded.</source>
        <translation>Jede Phasenwiederholung mit allen Knoten zusammen. Die Dauer reicht von der ersten gesendeten bis zur letzten beendeten Anfrage; Durchsätze gelten pro Sekunde davon. Aufwärmanfragen sind ausgeschlossen.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>Ausgabe-Token/s</translation>
    </message>
    <message>
        <source>Total tok/s</source>
        <translation>Gesamt-Tok/s</translation>
    </message>
    <message>
        <source>Success (%)</source>
        <translation>Erfolg (%)</translation>
    </message>
    <message>
        <source>Combined over nodes.</source>
        <translation>Über Knoten zusammengefasst.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation>Mittel (ms)</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p90 (ms)</source>
        <translation>p90 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Latency percentiles: linear interpolation between closest ranks (numpy&apos;s default). TPOT excludes the first token; ITL pools every gap between chunks.</source>
        <translation>Latenzperzentile: lineare Interpolation zwischen den nächsten Rängen (Standard von numpy). TPOT schließt das erste Token aus; ITL fasst jeden Abstand zwischen Chunks zusammen.</translation>
    </message>
    <message>
        <source>No latency was measured: no request completed.</source>
        <translation>Keine Latenz gemessen: Keine Anfrage wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>TTFT p99 (ms)</source>
        <translation>TTFT p99 (ms)</translation>
    </message>
    <message>
        <source>TPOT p50 (ms)</source>
        <translation>TPOT p50 (ms)</translation>
    </message>
    <message>
        <source>E2E p99 (ms)</source>
        <translation>E2E p99 (ms)</translation>
    </message>
    <message>
        <source>Per node, for phases on more than one node; each node&apos;s duration is its own first send to its own last end.</source>
        <translation>Pro Knoten, für Phasen auf mehr als einem Knoten; die Dauer jedes Knotens reicht von seinem eigenen ersten Senden bis zu seinem eigenen letzten Ende.</translation>
    </message>
    <message>
        <source>Latency distributions</source>
        <translation>Latenzverteilungen</translation>
    </message>
    <message>
        <source>%1: not measured (no completed request has one).</source>
        <translation>%1: nicht gemessen (keine abgeschlossene Anfrage hat einen Wert).</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Not measured: the result holds no phase with requests.</source>
        <translation>Nicht gemessen: Das Ergebnis enthält keine Phase mit Anfragen.</translation>
    </message>
    <message>
        <source>Phase “%1”, repetition %2, from its first request sent.</source>
        <translation>Phase „%1“, Wiederholung %2, ab ihrer ersten gesendeten Anfrage.</translation>
    </message>
    <message>
        <source>Not measured: the requests of this phase carry no end times.</source>
        <translation>Nicht gemessen: Die Anfragen dieser Phase haben keine Endzeiten.</translation>
    </message>
    <message>
        <source>Not measured: no request of this phase has a TTFT.</source>
        <translation>Nicht gemessen: Keine Anfrage dieser Phase hat eine TTFT.</translation>
    </message>
    <message>
        <source>GPU utilization: not measured (no GPU telemetry in this phase).</source>
        <translation>GPU-Auslastung: nicht gemessen (keine GPU-Telemetrie in dieser Phase).</translation>
    </message>
    <message>
        <source>GPU power: not measured (no power telemetry in this phase).</source>
        <translation>GPU-Leistung: nicht gemessen (keine Leistungstelemetrie in dieser Phase).</translation>
    </message>
    <message>
        <source>Scaling analysis</source>
        <translation>Skalierungsanalyse</translation>
    </message>
    <message>
        <source>Scaling efficiency: not measured. %1 No grade comes from it, and nothing here estimates a baseline.</source>
        <translation>Skalierungseffizienz: nicht gemessen. %1 Daraus ergibt sich keine Note, und hier wird keine Basislinie geschätzt.</translation>
    </message>
    <message>
        <source>Scaling efficiency = X_N / (N · X_1) of output-token throughput, X_1 measured on one node with the same per-node load, each the mean over its repetitions.</source>
        <translation>Skalierungseffizienz = X_N / (N · X_1) des Ausgabe-Token-Durchsatzes, X_1 gemessen auf einem Knoten mit derselben Last pro Knoten, jeweils gemittelt über die Wiederholungen.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Baseline phase (1 node)</source>
        <translation>Basisphase (1 Knoten)</translation>
    </message>
    <message>
        <source>X_1, output tok/s</source>
        <translation>X_1, Ausgabe-Tok/s</translation>
    </message>
    <message>
        <source>Scaled phase</source>
        <translation>Skalierte Phase</translation>
    </message>
    <message>
        <source>N, nodes</source>
        <translation>N, Knoten</translation>
    </message>
    <message>
        <source>X_N, output tok/s</source>
        <translation>X_N, Ausgabe-Tok/s</translation>
    </message>
    <message>
        <source>Efficiency (%)</source>
        <translation>Effizienz (%)</translation>
    </message>
    <message>
        <source>95 % interval (%)</source>
        <translation>95-%-Intervall (%)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Interval from</source>
        <translation>Intervall aus</translation>
    </message>
    <message>
        <source>too few samples</source>
        <translation>zu wenige Stichproben</translation>
    </message>
    <message>
        <source>bootstrap over %1 (%2 baseline, %3 scaled samples)</source>
        <translation>Bootstrap über %1 (%2 Basis-, %3 skalierte Stichproben)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>The load is open loop (a fixed request rate per node). While the nodes keep up, throughput follows the offered load, so this efficiency says whether N nodes serve N times the load, not how their capacity scales; chance differences between the arrival draws move it too. A closed-loop (concurrency) load measures capacity.</source>
        <translation>Die Last ist eine offene Schleife (eine feste Anfragerate pro Knoten). Solange die Knoten mithalten, folgt der Durchsatz der angebotenen Last; diese Effizienz sagt also, ob N Knoten die N-fache Last bedienen, nicht, wie ihre Kapazität skaliert; zufällige Unterschiede zwischen den Ankunftsziehungen verschieben sie ebenfalls. Eine geschlossene Schleife (Nebenläufigkeit) misst die Kapazität.</translation>
    </message>
    <message>
        <source>The point estimate is above 100 %, but the interval reaches below it: the data cannot tell this from linear scaling, so no super-linear claim is made.</source>
        <translation>Der Punktschätzer liegt über 100 %, aber das Intervall reicht darunter: Die Daten können dies nicht von linearer Skalierung unterscheiden, daher wird keine überlineare Skalierung behauptet.</translation>
    </message>
    <message>
        <source>Per node tok/s</source>
        <translation>Tok/s pro Knoten</translation>
    </message>
    <message>
        <source>Per repetition.</source>
        <translation>Pro Wiederholung.</translation>
    </message>
    <message>
        <source>SLO attainment and goodput</source>
        <translation>SLO-Erfüllung und Goodput</translation>
    </message>
    <message>
        <source>Not measured: the plan sets no SLO, so goodput is not defined.</source>
        <translation>Nicht gemessen: Der Plan setzt kein SLO, daher ist Goodput nicht definiert.</translation>
    </message>
    <message>
        <source>TTFT ≤ %1</source>
        <translation>TTFT ≤ %1</translation>
    </message>
    <message>
        <source>TPOT ≤ %1</source>
        <translation>TPOT ≤ %1</translation>
    </message>
    <message>
        <source>E2E ≤ %1</source>
        <translation>E2E ≤ %1</translation>
    </message>
    <message>
        <source>Limits per request: %1. Goodput counts the completed requests meeting all of them, per second of the phase.</source>
        <translation>Limits pro Anfrage: %1. Goodput zählt die abgeschlossenen Anfragen, die alle erfüllen, pro Sekunde der Phase.</translation>
    </message>
    <message>
        <source>TTFT met (%)</source>
        <translation>TTFT erfüllt (%)</translation>
    </message>
    <message>
        <source>TPOT met (%)</source>
        <translation>TPOT erfüllt (%)</translation>
    </message>
    <message>
        <source>E2E met (%)</source>
        <translation>E2E erfüllt (%)</translation>
    </message>
    <message>
        <source>All met (%)</source>
        <translation>Alle erfüllt (%)</translation>
    </message>
    <message>
        <source>Goodput (req/s)</source>
        <translation>Goodput (Anfr./s)</translation>
    </message>
    <message>
        <source>Shares of completed requests; a one-token answer has no TPOT and cannot miss a TPOT limit.</source>
        <translation>Anteile der abgeschlossenen Anfragen; eine Antwort aus einem Token hat keine TPOT und kann kein TPOT-Limit verfehlen.</translation>
    </message>
    <message>
        <source>GPU energy</source>
        <translation>GPU-Energie</translation>
    </message>
    <message>
        <source>Energy (J)</source>
        <translation>Energie (J)</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>J per output token</source>
        <translation>J pro Ausgabe-Token</translation>
    </message>
    <message>
        <source>Mean power (W)</source>
        <translation>Mittlere Leistung (W)</translation>
    </message>
    <message>
        <source>Not measured: the result holds no GPU power telemetry.</source>
        <translation>Nicht gemessen: Das Ergebnis enthält keine GPU-Leistungstelemetrie.</translation>
    </message>
    <message>
        <source>Energy is the trapezoid integral of every GPU&apos;s power over the phase, divided by the output tokens; informational, not graded by default.</source>
        <translation>Die Energie ist das Trapezintegral der Leistung jeder GPU über die Phase, geteilt durch die Ausgabe-Token; zur Information, standardmäßig nicht bewertet.</translation>
    </message>
    <message>
        <source>SIMULATED: the power figures come from the simulator&apos;s model of a GPU, not from a meter.</source>
        <translation>SIMULIERT: Die Leistungswerte stammen aus dem GPU-Modell des Simulators, nicht von einem Messgerät.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>Das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>SIMULIERT</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Output quality</source>
        <translation>Ausgabequalität</translation>
    </message>
    <message>
        <source>Not measured: the result holds no generated answers with reference answers (the dataset has no references), so ROUGE cannot be computed.</source>
        <translation>Nicht gemessen: Das Ergebnis enthält keine erzeugten Antworten mit Referenzantworten (der Datensatz hat keine Referenzen), daher lässt sich ROUGE nicht berechnen.</translation>
    </message>
    <message>
        <source>ROUGE F1 × 100 of each measured, successful answer against the dataset&apos;s reference, averaged over requests (as MLPerf reports it), with a 95 % bootstrap interval of the mean. Tokens: lowercased text split at every character that is not a letter or digit; no stemming (rouge-score&apos;s default).</source>
        <translation>ROUGE-F1 × 100 jeder gemessenen, erfolgreichen Antwort gegen die Referenz des Datensatzes, gemittelt über die Anfragen (wie MLPerf es angibt), mit einem 95-%-Bootstrap-Intervall des Mittelwerts. Token: kleingeschriebener Text, getrennt an jedem Zeichen, das kein Buchstabe und keine Ziffer ist; ohne Stemming (Standard von rouge-score).</translation>
    </message>
    <message>
        <source>SIMULATED: the simulator answers by repeating the prompt&apos;s words and the references are synthetic, so these scores check the measurement, not a model.</source>
        <translation>SIMULIERT: Der Simulator antwortet, indem er die Wörter des Prompts wiederholt, und die Referenzen sind synthetisch; diese Werte prüfen also die Messung, nicht ein Modell.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>ROUGE-1</source>
        <translation>ROUGE-1</translation>
    </message>
    <message>
        <source>ROUGE-2</source>
        <translation>ROUGE-2</translation>
    </message>
    <message>
        <source>ROUGE-L</source>
        <translation>ROUGE-L</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Requests queue before prefill: in “%1” (repetition %2) p99 TTFT is %3, %4× its p50 of %5. Lower the load per node, or give the engine more batch capacity (max concurrent sequences, chunked prefill).</source>
        <translation>Anfragen stauen sich vor dem Prefill: In „%1“ (Wiederholung %2) beträgt die p99-TTFT %3, das %4-Fache ihres p50 von %5. Senken Sie die Last pro Knoten oder geben Sie der Engine mehr Batch-Kapazität (maximale gleichzeitige Sequenzen, Chunked Prefill).</translation>
    </message>
    <message>
        <source>The GPUs are under-used: mean utilization in “%1” is %2 %. The benchmark is client-bound or under-loaded; raise the concurrency or request rate until latency starts to rise.</source>
        <translation>Die GPUs sind zu wenig ausgelastet: Die mittlere Auslastung in „%1“ beträgt %2 %. Der Benchmark ist durch den Client begrenzt oder zu schwach belastet; erhöhen Sie die Nebenläufigkeit oder die Anfragerate, bis die Latenz zu steigen beginnt.</translation>
    </message>
    <message>
        <source>Scaling is poor (%1) and the nodes are unequal: per-node throughput varies by %2 in “%3”, slowest %4. Look for a difference between the nodes (GPU clocks, engine version, network path) before adding more of them.</source>
        <translation>Die Skalierung ist schlecht (%1) und die Knoten sind ungleich: Der Durchsatz pro Knoten schwankt in „%3“ um %2, am langsamsten %4. Suchen Sie nach einem Unterschied zwischen den Knoten (GPU-Takt, Engine-Version, Netzwerkpfad), bevor Sie weitere hinzufügen.</translation>
    </message>
    <message>
        <source>Scaling is poor (%1) while the nodes are balanced%2: a shared resource limits the cluster (the client&apos;s network, a load balancer, storage).</source>
        <translation>Die Skalierung ist schlecht (%1), obwohl die Knoten ausgeglichen sind%2: Eine gemeinsame Ressource begrenzt den Cluster (das Netzwerk des Clients, ein Load Balancer, Speicher).</translation>
    </message>
    <message>
        <source> (per-node throughput varies by %1)</source>
        <translation> (der Durchsatz pro Knoten schwankt um %1)</translation>
    </message>
    <message>
        <source>Scaling efficiency was not measured (%1). Set &quot;scaling&quot;: true in the plan to measure a 1-node baseline beside the N-node phases.</source>
        <translation>Die Skalierungseffizienz wurde nicht gemessen (%1). Setzen Sie &quot;scaling&quot;: true im Plan, um neben den N-Knoten-Phasen eine 1-Knoten-Basislinie zu messen.</translation>
    </message>
    <message>
        <source>The load generator fell behind in “%1” (repetition %2): p99 send lateness %3, %4 sent where the schedule asked %5. Run fewer requests per agent, more agent workers, or a faster client machine before trusting the latencies.</source>
        <translation>Der Lastgenerator fiel in „%1“ (Wiederholung %2) zurück: p99-Sendeverspätung %3, %4 gesendet, wo der Zeitplan %5 verlangte. Verwenden Sie weniger Anfragen pro Agent, mehr Agent-Worker oder einen schnelleren Client-Rechner, bevor Sie den Latenzen trauen.</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed in %3 (repetition %4), most often &quot;%5&quot; (%6). Fix these before reading the latencies: failed requests leave the distribution.</source>
        <translation>%1 von %2 Anfragen schlugen in %3 (Wiederholung %4) fehl, am häufigsten &quot;%5&quot; (%6). Beheben Sie dies, bevor Sie die Latenzen lesen: Fehlgeschlagene Anfragen fehlen in der Verteilung.</translation>
    </message>
    <message>
        <source>Throughput is unstable: %1. Run longer phases or more repetitions so one slow stretch does not decide the result.</source>
        <translation>Der Durchsatz ist instabil: %1. Führen Sie längere Phasen oder mehr Wiederholungen aus, damit nicht ein langsamer Abschnitt das Ergebnis bestimmt.</translation>
    </message>
    <message>
        <source>%1 misses its limit: %2. Lower the load, or choose the operating point from a sweep.</source>
        <translation>%1 verfehlt sein Limit: %2. Senken Sie die Last oder wählen Sie den Arbeitspunkt aus einem Sweep.</translation>
    </message>
    <message>
        <source>%1 For results meant to be compared, run phases of at least 600 s as MLPerf LoadGen demands.</source>
        <translation>%1 Für Ergebnisse, die verglichen werden sollen, führen Sie Phasen von mindestens 600 s aus, wie MLPerf LoadGen es verlangt.</translation>
    </message>
    <message>
        <source>These numbers come from the simulator: run the same plan on the real nodes before drawing conclusions about the hardware.</source>
        <translation>Diese Zahlen stammen vom Simulator: Führen Sie denselben Plan auf den echten Knoten aus, bevor Sie Schlüsse über die Hardware ziehen.</translation>
    </message>
    <message>
        <source>No recommendation: none of the rules (queueing, GPU utilization, scaling, load generator, failures, stability, SLOs) found evidence of a problem.</source>
        <translation>Keine Empfehlung: Keine der Regeln (Warteschlangen, GPU-Auslastung, Skalierung, Lastgenerator, Fehler, Stabilität, SLOs) fand Hinweise auf ein Problem.</translation>
    </message>
    <message>
        <source>VALID under the rubric&apos;s data-quality rules</source>
        <translation>GÜLTIG nach den Datenqualitätsregeln des Bewertungsschemas</translation>
    </message>
    <message>
        <source>INVALID under the rubric&apos;s data-quality rules</source>
        <translation>UNGÜLTIG nach den Datenqualitätsregeln des Bewertungsschemas</translation>
    </message>
    <message>
        <source>measured on a SIMULATED engine</source>
        <translation>auf einer SIMULIERTEN Engine gemessen</translation>
    </message>
    <message>
        <source>scaling efficiency %1 against a measured 1-node baseline</source>
        <translation>Skalierungseffizienz %1 gegenüber einer gemessenen 1-Knoten-Basislinie</translation>
    </message>
    <message>
        <source>scaling efficiency not measured</source>
        <translation>Skalierungseffizienz nicht gemessen</translation>
    </message>
    <message>
        <source>model not recorded</source>
        <translation>Modell nicht erfasst</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>%1 workload</source>
        <translation>Arbeitslast %1</translation>
    </message>
    <message>
        <source>Inference benchmark report</source>
        <translation>Inferenz-Benchmarkbericht</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown report format &quot;%1&quot; (md, html, pdf or all)</source>
        <translation>unbekanntes Berichtsformat „%1“ (md, html, pdf oder all)</translation>
    </message>
    <message>
        <source>no report format given (md, html, pdf or all)</source>
        <translation>kein Berichtsformat angegeben (md, html, pdf oder all)</translation>
    </message>
    <message>
        <source>InferDeck %1</source>
        <translation>InferDeck %1</translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation>Das Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>uniform, %1–%2 tokens</source>
        <translation>gleichverteilt, %1–%2 Token</translation>
    </message>
    <message>
        <source>normal, mean %1, sd %2, %3–%4 tokens</source>
        <translation>normalverteilt, Mittel %1, SA %2, %3–%4 Token</translation>
    </message>
    <message>
        <source>log-normal, mean %1, sd %2, %3–%4 tokens</source>
        <translation>log-normalverteilt, Mittel %1, SA %2, %3–%4 Token</translation>
    </message>
    <message>
        <source>closed loop, %1 requests in flight per node</source>
        <translation>geschlossene Schleife, %1 Anfragen gleichzeitig pro Knoten</translation>
    </message>
    <message>
        <source>constant rate, %1 req/s per node</source>
        <translation>konstante Rate, %1 Anfr./s pro Knoten</translation>
    </message>
    <message>
        <source>Poisson arrivals, %1 req/s per node</source>
        <translation>Poisson-Ankünfte, %1 Anfr./s pro Knoten</translation>
    </message>
    <message>
        <source>gamma arrivals (burstiness %1), %2 req/s per node</source>
        <translation>Gamma-Ankünfte (Burstiness %1), %2 Anfr./s pro Knoten</translation>
    </message>
    <message>
        <source>informational</source>
        <translation>zur Information</translation>
    </message>
    <message>
        <source>%1 otherwise</source>
        <translation>sonst %1</translation>
    </message>
    <message>
        <source>Grade card</source>
        <translation>Notenkarte</translation>
    </message>
    <message>
        <source>Overall grade: %1. %2</source>
        <translation>Gesamtnote: %1. %2</translation>
    </message>
    <message>
        <source>The criteria describe phase “%1” (nodes: %2, repetitions: %3), graded with the rubric &quot;%4&quot; (%5).</source>
        <translation>Die Kriterien beschreiben Phase „%1“ (Knoten: %2, Wiederholungen: %3), bewertet mit dem Bewertungsschema &quot;%4&quot; (%5).</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Verdict: VALID. No rule that invalidates a run fired.</source>
        <translation>Urteil: GÜLTIG. Keine Regel, die einen Lauf ungültig macht, hat angeschlagen.</translation>
    </message>
    <message>
        <source>Verdict: INVALID. At least one rule that invalidates a run fired; the numbers below do not certify the system.</source>
        <translation>Urteil: UNGÜLTIG. Mindestens eine Regel, die einen Lauf ungültig macht, hat angeschlagen; die folgenden Zahlen bestätigen das System nicht.</translation>
    </message>
    <message>
        <source>No data-quality rule of the rubric fired.</source>
        <translation>Keine Datenqualitätsregel des Bewertungsschemas hat angeschlagen.</translation>
    </message>
    <message>
        <source>(makes the run INVALID)</source>
        <translation>(macht den Lauf UNGÜLTIG)</translation>
    </message>
    <message>
        <source>(caps the overall grade at %1)</source>
        <translation>(begrenzt die Gesamtnote auf %1)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>gestreamt</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>nicht gestreamt</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Prompt lengths</source>
        <translation>Prompt-Längen</translation>
    </message>
    <message>
        <source>Completion lengths</source>
        <translation>Antwortlängen</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Length of a phase</source>
        <translation>Länge einer Phase</translation>
    </message>
    <message>
        <source>%1 requests per node</source>
        <translation>%1 Anfragen pro Knoten</translation>
    </message>
    <message>
        <source>%1 per node</source>
        <translation>%1 pro Knoten</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <source>%1 requests per node and phase, recorded and excluded</source>
        <translation>%1 Anfragen pro Knoten und Phase, erfasst und ausgeschlossen</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>on: a 1-node baseline is measured beside every N-node phase</source>
        <translation>an: neben jeder N-Knoten-Phase wird eine 1-Knoten-Basislinie gemessen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>SLO: TTFT</source>
        <translation>SLO: TTFT</translation>
    </message>
    <message>
        <source>SLO: TPOT</source>
        <translation>SLO: TPOT</translation>
    </message>
    <message>
        <source>SLO: E2E</source>
        <translation>SLO: E2E</translation>
    </message>
    <message>
        <source>Throughput target</source>
        <translation>Durchsatzziel</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>Tok/s</translation>
    </message>
    <message>
        <source>Generator lateness limit</source>
        <translation>Verspätungslimit des Generators</translation>
    </message>
    <message>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
    <message>
        <source>External tool</source>
        <translation>Externes Werkzeug</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Load per node</source>
        <translation>Last pro Knoten</translation>
    </message>
    <message>
        <source>Phases as run, in order.</source>
        <translation>Phasen wie ausgeführt, in Reihenfolge.</translation>
    </message>
    <message>
        <source>Nodes: hardware and software</source>
        <translation>Knoten: Hardware und Software</translation>
    </message>
    <message>
        <source>Not recorded: the result holds no node inventory.</source>
        <translation>Nicht erfasst: Das Ergebnis enthält kein Knoteninventar.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Driver / CUDA</source>
        <translation>Treiber / CUDA</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <source>CPU / memory</source>
        <translation>CPU / Speicher</translation>
    </message>
    <message>
        <source>OS / Python</source>
        <translation>BS / Python</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>%1 CPUs, %2</source>
        <translation>%1 CPUs, %2</translation>
    </message>
    <message>
        <source>Reproducibility appendix</source>
        <translation>Anhang zur Reproduzierbarkeit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>Ergebnisdatei</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemessen mit</translation>
    </message>
    <message>
        <source>InferDeck version that ran it</source>
        <translation>InferDeck-Version, die ihn ausführte</translation>
    </message>
    <message>
        <source>Node agent (SHA-256 prefix)</source>
        <translation>Knoten-Agent (SHA-256-Präfix)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Laufstatus</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>SIMULATED (InferDeck&apos;s serve-sim)</source>
        <translation>SIMULIERT (InferDecks serve-sim)</translation>
    </message>
    <message>
        <source>as listed under Nodes</source>
        <translation>wie unter Knoten aufgeführt</translation>
    </message>
    <message>
        <source>Report generated by</source>
        <translation>Bericht erstellt von</translation>
    </message>
    <message>
        <source>Every number in this report is recomputed from the per-request records in the result file. To check them:</source>
        <translation>Jede Zahl in diesem Bericht wird aus den Einzeldatensätzen der Ergebnisdatei neu berechnet. Zum Nachprüfen:</translation>
    </message>
    <message>
        <source>inferdeck-cli summarize %1 --json    # every metric, as JSON
inferdeck-cli records %1           # the records they are computed from, as CSV
inferdeck-cli report %1 --format all</source>
        <translation>inferdeck-cli summarize %1 --json    # jede Metrik als JSON
inferdeck-cli records %1           # die Datensätze, aus denen sie berechnet werden, als CSV
inferdeck-cli report %1 --format all</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Clock offset (ms)</source>
        <translation>Uhrversatz (ms)</translation>
    </message>
    <message>
        <source>Node clock minus workstation clock, estimated from round trips before the synchronized start; the records are corrected by it.</source>
        <translation>Knotenuhr minus Arbeitsplatzuhr, geschätzt aus Round Trips vor dem synchronisierten Start; die Datensätze sind damit korrigiert.</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Noten</translation>
    </message>
    <message>
        <source>Graded on</source>
        <translation>Bewertet nach</translation>
    </message>
    <message>
        <source>interval&apos;s pessimistic end</source>
        <translation>ungünstigem Ende des Intervalls</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Data-quality rule</source>
        <translation>Datenqualitätsregel</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>Obergrenze %1</translation>
    </message>
    <message>
        <source>The plan as run:</source>
        <translation>Der Plan, wie ausgeführt:</translation>
    </message>
    <message>
        <source>none: aggregates only</source>
        <translation>keine: nur Aggregate</translation>
    </message>
    <message>
        <source>latencies, without send times</source>
        <translation>Latenzen, ohne Sendezeiten</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>linear (as numpy)</source>
        <translation>linear (wie numpy)</translation>
    </message>
    <message>
        <source>nearest rank</source>
        <translation>nächster Rang</translation>
    </message>
    <message>
        <source>Source file and cross-check</source>
        <translation>Quelldatei und Gegenprüfung</translation>
    </message>
    <message>
        <source>Per-request records</source>
        <translation>Einzeldatensätze</translation>
    </message>
    <message>
        <source>Tool&apos;s percentiles</source>
        <translation>Perzentile des Werkzeugs</translation>
    </message>
    <message>
        <source>Tool&apos;s token counting</source>
        <translation>Token-Zählung des Werkzeugs</translation>
    </message>
    <message>
        <source>Tool&apos;s verdict</source>
        <translation>Urteil des Werkzeugs</translation>
    </message>
    <message>
        <source>Phase “%1” has aggregates only: its distributions, confidence intervals, time series and SLO attainment cannot be recomputed, and percentiles the tool did not print are shown as %2.</source>
        <translation>Phase „%1“ hat nur Aggregate: Ihre Verteilungen, Konfidenzintervalle, Zeitreihen und SLO-Erfüllung lassen sich nicht neu berechnen, und Perzentile, die das Werkzeug nicht ausgab, erscheinen als %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>Neu berechnet</translation>
    </message>
    <message>
        <source>File says</source>
        <translation>Laut Datei</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Likely reason</source>
        <translation>Wahrscheinlicher Grund</translation>
    </message>
    <message>
        <source>Where the file&apos;s own summary differs from its records by more than %1</source>
        <translation>Wo die Zusammenfassung der Datei um mehr als %1 von ihren Datensätzen abweicht</translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s own summary disagrees with its per-request records in %n place(s); the report uses the recomputed numbers.</source>
        <translation>
            <numerusform>Die Zusammenfassung der Datei weicht an %n Stelle von ihren Einzeldatensätzen ab; der Bericht verwendet die neu berechneten Zahlen.</numerusform>
            <numerusform>Die Zusammenfassung der Datei weicht an %n Stellen von ihren Einzeldatensätzen ab; der Bericht verwendet die neu berechneten Zahlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tool&apos;s own summary agrees with the recomputed numbers within %1 wherever both exist.</source>
        <translation>Die Zusammenfassung des Werkzeugs stimmt überall, wo beide vorliegen, innerhalb von %1 mit den neu berechneten Zahlen überein.</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>closed loop, 1 request in flight per node</source>
        <translation>geschlossene Schleife, 1 Anfrage gleichzeitig pro Knoten</translation>
    </message>
    <message>
        <source>Only the settings recorded in the %1 file are shown: the tool&apos;s workload, warm-up and load-generator settings are not in it. The load of each phase below is read from it.</source>
        <translation>Gezeigt werden nur die Einstellungen, die die Datei von %1 enthält: Workload, Aufwärmphase und Lastgenerator-Einstellungen des Werkzeugs stehen nicht darin. Die Last jeder Phase unten ist aus ihr gelesen.</translation>
    </message>
    <message>
        <source>Could not be checked:</source>
        <translation>Nicht prüfbar:</translation>
    </message>
    <message>
        <source>No data-quality rule that could be checked fired.</source>
        <translation>Keine prüfbare Datenqualitätsregel hat angeschlagen.</translation>
    </message>
    <message>
        <source>Imported from a result file written by %1. Where the file has per-request records, every number in this report is recomputed from them with InferDeck&apos;s definitions, and the tool&apos;s own figures are compared with them; where it has only aggregates, the report shows the tool&apos;s figures and says what cannot be recomputed.</source>
        <translation>Importiert aus einer Ergebnisdatei von %1. Wo die Datei Einzeldatensätze je Anfrage hat, wird jede Zahl dieses Berichts daraus mit InferDecks Definitionen neu berechnet und mit den Zahlen des Werkzeugs verglichen; wo sie nur Aggregate hat, zeigt der Bericht die Zahlen des Werkzeugs und sagt, was sich nicht neu berechnen lässt.</translation>
    </message>
    <message>
        <source>Answer TTFT</source>
        <translation>Antwort-TTFT</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Reasoning-Tokens</translation>
    </message>
    <message>
        <source>Share of output (%)</source>
        <translation>Anteil an der Ausgabe (%)</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt aus</translation>
    </message>
    <message>
        <source>Answers all reasoning</source>
        <translation>Antworten nur aus Reasoning</translation>
    </message>
    <message>
        <source>Answer TTFT p50 (ms)</source>
        <translation>Antwort-TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>Answer TTFT p99 (ms)</source>
        <translation>Antwort-TTFT p99 (ms)</translation>
    </message>
    <message>
        <source>A reasoning model thinks before it answers. TTFT runs to the first generated token of any kind, reasoning or answer, as vLLM&apos;s benchmark counts it; answer TTFT runs to the first answer token. Output tokens, TPOT and ITL include the reasoning tokens; an answer made only of reasoning is a success.</source>
        <translation>Ein Reasoning-Modell denkt nach, bevor es antwortet. TTFT reicht bis zum ersten erzeugten Token jeder Art, Reasoning oder Antwort, wie vLLMs Benchmark zählt; die Antwort-TTFT reicht bis zum ersten Antwort-Token. Ausgabe-Tokens, TPOT und ITL schließen die Reasoning-Tokens ein; eine Antwort nur aus Reasoning ist ein Erfolg.</translation>
    </message>
    <message>
        <source>Reasoning per phase: its share of the output tokens, and whether the server&apos;s usage stated it or InferDeck counted reasoning chunks.</source>
        <translation>Reasoning je Phase: sein Anteil an den Ausgabe-Tokens und ob die usage des Servers ihn angab oder InferDeck Reasoning-Chunks zählte.</translation>
    </message>
    <message>
        <source>(asked the endpoint)</source>
        <extracomment>an engine the benchmarked server itself named</extracomment>
        <translation>(vom Endpunkt erfragt)</translation>
    </message>
    <message>
        <source>(installed binary)</source>
        <extracomment>an engine found installed on the node, not necessarily the one serving</extracomment>
        <translation>(installiertes Programm)</translation>
    </message>
    <message>
        <source>plain http</source>
        <translation>einfaches http</translation>
    </message>
    <message>
        <source>https, verified against the system CAs</source>
        <translation>https, gegen die System-CAs geprüft</translation>
    </message>
    <message>
        <source>https, verified against a given CA file</source>
        <translation>https, gegen eine angegebene CA-Datei geprüft</translation>
    </message>
    <message>
        <source>https, certificate NOT verified</source>
        <translation>https, Zertifikat NICHT geprüft</translation>
    </message>
    <message>
        <source>%1; API key sent</source>
        <translation>%1; API-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>Prompt sizing</source>
        <translation>Prompt-Länge bestimmt</translation>
    </message>
    <message>
        <source>Input requested</source>
        <translation>Eingabe angefordert</translation>
    </message>
    <message>
        <source>Input received</source>
        <translation>Eingabe erhalten</translation>
    </message>
    <message>
        <source>Output requested</source>
        <translation>Ausgabe angefordert</translation>
    </message>
    <message>
        <source>Output received</source>
        <translation>Ausgabe erhalten</translation>
    </message>
    <message>
        <source>Shorter than max_tokens</source>
        <translation>Kürzer als max_tokens</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Requested lengths are what the workload drew (input) and asked for (max_tokens); received lengths are the server&apos;s own counts from usage, means over the completed requests that know both.</source>
        <translation>Angeforderte Längen sind, was die Last gezogen (Eingabe) und verlangt (max_tokens) hat; erhaltene Längen sind die eigenen Zählungen des Servers aus usage, Mittelwerte über die abgeschlossenen Anfragen, die beides kennen.</translation>
    </message>
    <message>
        <source>Mean tokens per request.</source>
        <translation>Mittlere Tokens je Anfrage.</translation>
    </message>
    <message>
        <source>The prompts of %1 were sized from word counts, not by the server&apos;s tokenizer: the input the server received differs from the plan&apos;s lengths.</source>
        <translation>Die Prompts von %1 wurden nach Wortzahlen bemessen, nicht mit dem Tokenizer des Servers: die Eingabe, die der Server erhielt, weicht von den Längen des Plans ab.</translation>
    </message>
    <message>
        <source>The engine is TGI, which has no ignore_eos: answers can stop at the end-of-sequence token before max_tokens, so output lengths and output-token throughput can fall short of the workload asked for.</source>
        <translation>Die Engine ist TGI, die kein ignore_eos kennt: Antworten können am Sequenzende-Token vor max_tokens enden, daher können Ausgabelängen und Ausgabe-Token-Durchsatz hinter der verlangten Last zurückbleiben.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>TLS verification was OFF for the endpoint of %1 (insecure_skip_verify): the server&apos;s certificate was not checked, so nothing proves these numbers came from the intended server.</source>
        <translation>Die TLS-Prüfung war für den Endpunkt von %1 AUS (insecure_skip_verify): Das Zertifikat des Servers wurde nicht geprüft, also belegt nichts, dass diese Zahlen vom beabsichtigten Server stammen.</translation>
    </message>
    <message>
        <source>Measurement began %1 after the phase started, once every warm-up request had ended: no measured request overlaps the warm-up.</source>
        <translation>Die Messung begann %1 nach dem Start der Phase, sobald jede Aufwärmanfrage beendet war: Keine gemessene Anfrage überschneidet sich mit der Aufwärmphase.</translation>
    </message>
    <message>
        <source>The closed loop then reached its full concurrency over %1, spaced as a settled loop sends.</source>
        <translation>Die geschlossene Schleife erreichte dann über %1 ihre volle Nebenläufigkeit, in den Abständen, in denen eine eingeschwungene Schleife sendet.</translation>
    </message>
    <message>
        <source>This is InferDeck&apos;s one-minute demo on simulated nodes, not a benchmark.</source>
        <translation>Dies ist die einminütige Demo von InferDeck auf simulierten Knoten, kein Benchmark.</translation>
    </message>
    <message>
        <source>This is InferDeck&apos;s one-minute demo on simulated nodes, not a benchmark: its phases are shorter, with fewer requests, than the rubric asks of a real run, so its grade is capped by design; run a plan of your own on your nodes for a grade that counts.</source>
        <translation>Dies ist die einminütige Demo von InferDeck auf simulierten Knoten, kein Benchmark: Ihre Phasen sind kürzer und haben weniger Anfragen, als das Bewertungsschema von einem echten Lauf verlangt, daher ist ihre Note absichtlich begrenzt; führen Sie einen eigenen Plan auf Ihren Knoten aus, um eine Note zu erhalten, die zählt.</translation>
    </message>
    <message>
        <source>Not graded: %1.</source>
        <extracomment>report headline; %1 why, e.g. &quot;only 1 criterion could be measured (Success rate); the rubric needs 3&quot;</extracomment>
        <translation>Nicht bewertet: %1.</translation>
    </message>
    <message>
        <source>no graded criterion was measured</source>
        <translation>kein bewertetes Kriterium wurde gemessen</translation>
    </message>
    <message>
        <source>Overall grade %1 for phase “%2” on 1 node (%3).</source>
        <translation>Gesamtnote %1 für Phase „%2“ auf 1 Knoten (%3).</translation>
    </message>
    <message>
        <source>Overall grade %1 for phase “%2” on %3 nodes (%4).</source>
        <translation>Gesamtnote %1 für Phase „%2“ auf %3 Knoten (%4).</translation>
    </message>
    <message>
        <source>The grade is %1.</source>
        <extracomment>report headline; %1 e.g. &quot;capped at C from A: phases shorter than 60.0 s (6.00 s) and fewer than 200 requests (49)&quot;</extracomment>
        <translation>Die Note ist %1.</translation>
    </message>
    <message>
        <source>The run is %1.</source>
        <translation>Der Lauf ist %1.</translation>
    </message>
    <message>
        <source>all %1 requests at once</source>
        <translation>alle %1 Anfragen auf einmal</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>in der Datei nicht angegeben</translation>
    </message>
    <message>
        <source>simulated by serve-sim (the host itself: %1)</source>
        <extracomment>%1 why the host lists no GPU, e.g. &quot;no GPU tool found (nvidia-smi, rocm-smi)&quot;</extracomment>
        <translation>simuliert durch serve-sim (der Host selbst: %1)</translation>
    </message>
    <message>
        <source>Latencies are recomputed from the file&apos;s per-request records where it has them; where it has no send times (duration, throughputs) or no records at all, the numbers are the tool&apos;s own, as “Source file and cross-check” lists per phase. To check them:</source>
        <translation>Latenzen werden aus den Einzeldatensätzen der Datei neu berechnet, wo sie welche hat; wo sie keine Sendezeiten (Dauer, Durchsätze) oder gar keine Datensätze hat, sind die Zahlen die des Werkzeugs, wie „Quelldatei und Gegenprüfung“ je Phase aufführt. Zum Nachprüfen:</translation>
    </message>
    <message>
        <source>The file records none of the tool&apos;s settings.</source>
        <translation>Die Datei enthält keine der Einstellungen des Werkzeugs.</translation>
    </message>
    <message>
        <source>(would cap an overall grade at %1; this result has none)</source>
        <translation>(würde eine Gesamtnote auf %1 begrenzen; dieses Ergebnis hat keine)</translation>
    </message>
    <message>
        <source>Rubric &quot;%1&quot; (%2); latency criteria use %3; an overall grade needs at least %4 measured criteria with weight.</source>
        <translation>Bewertungsschema &quot;%1&quot; (%2); Latenzkriterien verwenden %3; eine Gesamtnote verlangt mindestens %4 gemessene Kriterien mit Gewicht.</translation>
    </message>
    <message>
        <source>Phases without per-request records show the tool&apos;s own percentiles (method: %1).</source>
        <extracomment>%1 the tool&apos;s percentile method, e.g. &quot;nearest-rank&quot;</extracomment>
        <translation>Phasen ohne Einzeldatensätze zeigen die eigenen Perzentile des Werkzeugs (Methode: %1).</translation>
    </message>
    <message>
        <source>Every request failed (%1 of %2).</source>
        <extracomment>report headline; %1 failed, %2 issued requests</extracomment>
        <translation>Jede Anfrage ist fehlgeschlagen (%1 von %2).</translation>
    </message>
    <message>
        <source>Most requests failed (%1 of %2).</source>
        <translation>Die meisten Anfragen sind fehlgeschlagen (%1 von %2).</translation>
    </message>
    <message>
        <source>What the file records beside its metrics (the tool&apos;s settings and extra figures), as the tool wrote it.</source>
        <translation>Was die Datei neben ihren Metriken festhält (die Einstellungen und weiteren Werte des Werkzeugs), so wie das Werkzeug es schrieb.</translation>
    </message>
    <message>
        <source>Client accuracy: the kernel stamped every response read, which removed the client&apos;s own lag (p99 %1); a time may still be the client&apos;s by up to %2 at p99, since %3 of chunks arrived together with an earlier one while the agent was busy (agent CPU %4).</source>
        <translation>Client-Genauigkeit: Der Kernel hat jedes Lesen einer Antwort mit Zeitstempel versehen, was die eigene Verzögerung des Clients entfernte (p99 %1); eine Zeit kann bei p99 noch um bis zu %2 vom Client stammen, da %3 der Chunks zusammen mit einem früheren ankamen, während der Agent beschäftigt war (Agent-CPU %4).</translation>
    </message>
    <message>
        <source>Client accuracy: some response reads were stamped by the agent&apos;s event loop, not the kernel, so a time may include the client&apos;s own lag: up to %1 at p99 (event-loop lag p99 %2, agent CPU %3).</source>
        <translation>Client-Genauigkeit: Einige Lesevorgänge wurden von der Ereignisschleife des Agenten statt vom Kernel mit Zeitstempel versehen, daher kann eine Zeit die eigene Verzögerung des Clients enthalten: bis zu %1 bei p99 (Verzögerung der Ereignisschleife p99 %2, Agent-CPU %3).</translation>
    </message>
    <message>
        <source>Measured from the send time the schedule intended instead of the actual send, p99 TTFT is %1 and p99 E2E latency %2 (from the actual send: %3 and %4); a difference is time the requests waited in the client, which a server under this load would have had to absorb.</source>
        <translation>Ab dem vom Zeitplan vorgesehenen Sendezeitpunkt statt dem tatsächlichen gemessen, beträgt die p99-TTFT %1 und die p99-E2E-Latenz %2 (ab dem tatsächlichen Senden: %3 und %4); ein Unterschied ist Zeit, die die Anfragen im Client warteten und die ein Server unter dieser Last hätte auffangen müssen.</translation>
    </message>
    <message>
        <source>Client accuracy: the kernel stamped every response read, which removed the client&apos;s own lag (p99 %1); a time may still be the client&apos;s by up to %2 at p99 (first tokens, which TTFT uses: %3), since %4 of chunks arrived together with an earlier one while the agent was busy (agent CPU %5).</source>
        <translation>Client-Genauigkeit: Der Kernel hat jedes Lesen einer Antwort mit Zeitstempel versehen, was die eigene Verzögerung des Clients entfernte (p99 %1); eine Zeit kann bei p99 noch um bis zu %2 vom Client stammen (erste Tokens, die TTFT verwendet: %3), da %4 der Chunks zusammen mit einem früheren ankamen, während der Agent beschäftigt war (Agent-CPU %5).</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>all nodes</source>
        <translation>alle Knoten</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>Engine-Zustand</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Client TTFT mean (ms)</source>
        <translation>Client-TTFT Mittel (ms)</translation>
    </message>
    <message>
        <source>Queue mean (ms)</source>
        <translation>Warteschlange Mittel (ms)</translation>
    </message>
    <message>
        <source>Queue p99 (ms)</source>
        <translation>Warteschlange p99 (ms)</translation>
    </message>
    <message>
        <source>Prefill mean (ms)</source>
        <translation>Prefill Mittel (ms)</translation>
    </message>
    <message>
        <source>Rest (ms)</source>
        <translation>Rest (ms)</translation>
    </message>
    <message>
        <source>Decode mean (ms)</source>
        <translation>Decode Mittel (ms)</translation>
    </message>
    <message>
        <source>Client E2E mean (ms)</source>
        <translation>Client-E2E Mittel (ms)</translation>
    </message>
    <message>
        <source>Running peak</source>
        <translation>Laufend (Spitze)</translation>
    </message>
    <message>
        <source>Waiting peak</source>
        <translation>Wartend (Spitze)</translation>
    </message>
    <message>
        <source>Waiting mean</source>
        <translation>Wartend (Mittel)</translation>
    </message>
    <message>
        <source>KV cache peak</source>
        <translation>KV-Cache (Spitze)</translation>
    </message>
    <message>
        <source>Preemptions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>Prefix cache hit rate</source>
        <translation>Prefix-Cache-Trefferquote</translation>
    </message>
    <message>
        <source>%1 in “%2” (repetition %3): %4</source>
        <translation>%1 in „%2“ (Wiederholung %3): %4</translation>
    </message>
    <message>
        <source>Where the time went, by the engine&apos;s own histograms; “—” where the engine publishes no such histogram (TGI has no prefill split, llama.cpp no histograms at all).</source>
        <translation>Wohin die Zeit ging, nach den eigenen Histogrammen der Engine; „—“, wo die Engine kein solches Histogramm veröffentlicht (TGI hat keine Prefill-Aufteilung, llama.cpp überhaupt keine Histogramme).</translation>
    </message>
    <message>
        <source>An engine&apos;s counters fell during a phase: it restarted, so its counts start again from zero there.</source>
        <translation>Die Zähler einer Engine fielen während einer Phase: Sie wurde neu gestartet, ihre Zählungen beginnen dort wieder bei null.</translation>
    </message>
    <message>
        <source>Not measured:</source>
        <translation>Nicht gemessen:</translation>
    </message>
    <message>
        <source>; its p99 lies between %1 and %2</source>
        <translation>; ihr p99 liegt zwischen %1 und %2</translation>
    </message>
    <message>
        <source>; its p99 is above %1</source>
        <translation>; ihr p99 liegt über %1</translation>
    </message>
    <message>
        <source>The KV cache is too small for these contexts: in “%1” (repetition %2) it reached %3 (%4) and the engine preempted %5 requests (vllm:num_preemptions_total), recomputing their prefill. Run fewer concurrent sequences, shorter contexts, or give the cache more memory (more GPUs per replica, an FP8 KV cache).</source>
        <translation>Der KV-Cache ist für diese Kontexte zu klein: In „%1“ (Wiederholung %2) erreichte er %3 (%4), und die Engine verdrängte %5 Anfragen (vllm:num_preemptions_total) und berechnete ihr Prefill neu. Verwenden Sie weniger gleichzeitige Sequenzen, kürzere Kontexte oder geben Sie dem Cache mehr Speicher (mehr GPUs pro Replikat, einen FP8-KV-Cache).</translation>
    </message>
    <message>
        <source>Not drawn: the engines published no such gauge in this phase.</source>
        <translation>Nicht gezeichnet: Die Engines veröffentlichten in dieser Phase keine solche Messgröße.</translation>
    </message>
    <message>
        <source>Engine queue over time (“%1”, repetition 1)</source>
        <translation>Engine-Warteschlange im Zeitverlauf („%1“, Wiederholung 1)</translation>
    </message>
    <message>
        <source>waiting requests</source>
        <translation>wartende Anfragen</translation>
    </message>
    <message>
        <source>KV cache use over time (“%1”, repetition 1)</source>
        <translation>KV-Cache-Nutzung im Zeitverlauf („%1“, Wiederholung 1)</translation>
    </message>
    <message>
        <source>KV cache use</source>
        <translation>KV-Cache-Nutzung</translation>
    </message>
    <message>
        <source>What each engine published about itself on its Prometheus metrics during the phases, read over each node&apos;s measured requests. Means are exact (a histogram&apos;s sum over its count); a percentile from an engine&apos;s histogram is known only to the bucket holding it, given as a range. “Rest” is the client&apos;s mean TTFT minus the engine&apos;s queue and prefill means, “E2E rest” its mean E2E latency minus queue, prefill and decode: the API server, the network and the client.</source>
        <translation>Was jede Engine während der Phasen in ihren Prometheus-Metriken über sich selbst veröffentlichte, gelesen über die gemessenen Anfragen jedes Knotens. Mittelwerte sind exakt (Summe eines Histogramms durch seine Anzahl); ein Perzentil aus dem Histogramm einer Engine ist nur bis auf den Bucket bekannt, der es enthält, und wird als Bereich angegeben. „Rest“ ist die mittlere TTFT des Clients minus die Mittelwerte von Warteschlange und Prefill der Engine, „E2E-Rest“ seine mittlere E2E-Latenz minus Warteschlange, Prefill und Decode: API-Server, Netzwerk und Client.</translation>
    </message>
    <message>
        <source>E2E rest (ms)</source>
        <translation>E2E-Rest (ms)</translation>
    </message>
    <message>
        <source>The engine&apos;s prefix cache served %1 of prompt tokens on a shared-prefix workload that lets it serve at least %2 (%3 groups of %4-token prefixes): in “%5” (repetition %6) %7 counted %8 of the %9 tokens in %10. Check that prefix caching is on (vLLM: --enable-prefix-caching, on by default since V1; SGLang: the radix cache, off with --disable-radix-cache) and that the KV cache can hold the prefixes (its use peaked at %11).</source>
        <translation>Der Präfix-Cache der Engine hat %1 der Prompt-Tokens geliefert, bei einer Last mit gemeinsamen Präfixen, die mindestens %2 erlaubt (%3 Gruppen mit Präfixen von %4 Tokens): in „%5“ (Wiederholung %6) zählte %7 %8 der %9 Tokens in %10. Prüfen Sie, ob Präfix-Caching eingeschaltet ist (vLLM: --enable-prefix-caching, seit V1 standardmäßig an; SGLang: der Radix-Cache, aus mit --disable-radix-cache) und ob der KV-Cache die Präfixe halten kann (seine Belegung erreichte höchstens %11).</translation>
    </message>
    <message>
        <source>Shared prefix</source>
        <translation>Gemeinsames Präfix</translation>
    </message>
    <message>
        <source>%1 after the prefix</source>
        <translation>%1 nach dem Präfix</translation>
    </message>
    <message>
        <source>the trace&apos;s own send times, ×%1 speed</source>
        <translation>die eigenen Sendezeiten des Traces, Geschwindigkeit ×%1</translation>
    </message>
    <message>
        <source>Engine TTFT mean (ms)</source>
        <translation>TTFT-Mittel der Engine (ms)</translation>
    </message>
    <message>
        <source>Peaks and means over the scrapes inside the window; preemptions and prefix-cache queries counted in it. In an “all nodes” row a peak or mean is the largest single node&apos;s and the counts add up.</source>
        <translation>Spitzen und Mittel über die Abfragen im Fenster; Verdrängungen und Präfix-Cache-Abfragen darin gezählt. In einer Zeile „alle Knoten“ ist eine Spitze oder ein Mittel der größte Wert eines einzelnen Knotens, die Zählungen addieren sich.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source> The KV cache peaked at %1 (%2): memory, not the number of sequences, limits the batch, so more memory per replica (more GPUs, an FP8 KV cache) or shorter contexts raise capacity.</source>
        <translation> Der KV-Cache erreichte höchstens %1 (%2): Speicher, nicht die Zahl der Sequenzen, begrenzt den Batch; mehr Speicher pro Replikat (mehr GPUs, ein FP8-KV-Cache) oder kürzere Kontexte erhöhen die Kapazität.</translation>
    </message>
    <message>
        <source>The engine is at capacity at this load: in “%1” (repetition %2) TTFT p99 is %3 and its mean %4, of which %5 on average is queue wait before prefill (%6 histogram%7); %8 peaked at %9 waiting requests%10 and averaged %11. Lower the request rate or concurrency per node, or add capacity (replicas, a larger batch).%12</source>
        <translation>Die Engine ist bei dieser Last an ihrer Kapazität: in „%1“ (Wiederholung %2) ist TTFT p99 %3 und ihr Mittel %4, davon im Mittel %5 Wartezeit in der Warteschlange vor dem Prefill (Histogramm %6%7); %8 erreichte höchstens %9 wartende Anfragen%10 und im Mittel %11. Senken Sie die Anfragerate oder Parallelität pro Knoten oder erhöhen Sie die Kapazität (Replikate, ein größerer Batch).%12</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Trace contents</source>
        <translation>Inhalt des Traces</translation>
    </message>
    <message>
        <source>%1 groups of %2 tokens; each prompt is one group&apos;s prefix followed by its own text, so once its group&apos;s prefix is cached a prefix cache can serve %3 of a prompt&apos;s tokens (the recommendations count each group&apos;s first request as a miss)</source>
        <translation>%1 Gruppen zu %2 Tokens; jeder Prompt ist das Präfix einer Gruppe, gefolgt von eigenem Text, daher kann ein Präfix-Cache, sobald das Präfix seiner Gruppe im Cache liegt, %3 der Tokens eines Prompts liefern (die Empfehlungen zählen die erste Anfrage jeder Gruppe als Fehltreffer)</translation>
    </message>
    <message>
        <source>the whole trace, each node its share</source>
        <translation>der ganze Trace, jeder Knoten seinen Anteil</translation>
    </message>
    <message>
        <source>Slurm allocation</source>
        <translation>Slurm-Zuteilung</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 gleichzeitig</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>concurrency per node (requests in flight)</source>
        <translation>Nebenläufigkeit pro Knoten (gleichzeitige Anfragen)</translation>
    </message>
    <message>
        <source>offered load per node (req/s)</source>
        <translation>angebotene Last pro Knoten (Anfr./s)</translation>
    </message>
    <message>
        <source>Requests meeting every SLO against the load</source>
        <translation>Anfragen, die jedes SLO erfüllen, in Abhängigkeit von der Last</translation>
    </message>
    <message>
        <source>share of requests</source>
        <translation>Anteil der Anfragen</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Goodput and throughput per node against the load</source>
        <translation>Goodput und Durchsatz pro Knoten in Abhängigkeit von der Last</translation>
    </message>
    <message>
        <source>requests/s per node</source>
        <translation>Anfragen/s pro Knoten</translation>
    </message>
    <message>
        <source>goodput, %1</source>
        <translation>Goodput, %1</translation>
    </message>
    <message>
        <source>completed, %1</source>
        <translation>abgeschlossen, %1</translation>
    </message>
    <message>
        <source>TTFT p99 against the load</source>
        <translation>TTFT p99 in Abhängigkeit von der Last</translation>
    </message>
    <message>
        <source>TTFT SLO</source>
        <translation>TTFT-SLO</translation>
    </message>
    <message>
        <source>Capacity under SLO</source>
        <translation>Kapazität unter SLO</translation>
    </message>
    <message>
        <source>The highest load per node at which at least %1 of the measured requests met every SLO (a failed request misses). Each step is a phase of its own with its own warm-up; the search starts at the plan&apos;s load, doubles or halves it until a step that meets the target and one that misses it bracket the capacity, then bisects until the bracket is %2 wide (%3 steps at most per search, range %4 to %5). A step stops early once more requests missed than the target allows of all it could measure. The capacity is the highest load that met the target below the lowest that missed it; the true capacity lies in between.</source>
        <translation>Die höchste Last pro Knoten, bei der mindestens %1 der gemessenen Anfragen jedes SLO erfüllten (eine fehlgeschlagene Anfrage verfehlt sie). Jeder Schritt ist eine eigene Phase mit eigener Aufwärmphase; die Suche beginnt bei der Last des Plans, verdoppelt oder halbiert sie, bis ein Schritt, der das Ziel erfüllt, und einer, der es verfehlt, die Kapazität einschließen, und halbiert dann per Bisektion, bis das Einschlussintervall %2 breit ist (höchstens %3 Schritte pro Suche, Bereich %4 bis %5). Ein Schritt endet vorzeitig, sobald mehr Anfragen verfehlt haben, als das Ziel von allen, die er messen könnte, zulässt. Die Kapazität ist die höchste Last, die das Ziel erfüllte, unterhalb der niedrigsten, die es verfehlte; die wahre Kapazität liegt dazwischen.</translation>
    </message>
    <message>
        <source>one request in flight</source>
        <translation>eine gleichzeitige Anfrage</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Capacity per node</source>
        <translation>Kapazität pro Knoten</translation>
    </message>
    <message>
        <source>Missed at</source>
        <translation>Verfehlt bei</translation>
    </message>
    <message>
        <source>Cluster capacity</source>
        <translation>Cluster-Kapazität</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&quot;Missed at&quot; is the lowest load that missed the target: the upper end of the bracket.</source>
        <translation>„Verfehlt bei“ ist die niedrigste Last, die das Ziel verfehlte: das obere Ende des Einschlussintervalls.</translation>
    </message>
    <message>
        <source>Scaling efficiency at capacity (cluster capacity per node over one node&apos;s): %1, between %2 and %3 from the two brackets.</source>
        <translation>Skalierungseffizienz bei Kapazität (Cluster-Kapazität pro Knoten geteilt durch die eines einzelnen Knotens): %1, laut den beiden Einschlussintervallen zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>Scaling efficiency at capacity: not measured: %1.</source>
        <translation>Skalierungseffizienz bei Kapazität: nicht gemessen: %1.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Met SLOs</source>
        <translation>SLOs erfüllt</translation>
    </message>
    <message>
        <source>Attainment (%)</source>
        <translation>Erfüllung (%)</translation>
    </message>
    <message>
        <source>Goodput req/s</source>
        <translation>Goodput Anfr./s</translation>
    </message>
    <message>
        <source>Completed req/s</source>
        <translation>Abgeschlossen Anfr./s</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>Every step, by load; goodput and completed requests are all the step&apos;s nodes together.</source>
        <translation>Jeder Schritt, nach Last geordnet; Goodput und abgeschlossene Anfragen gelten für alle Knoten des Schritts zusammen.</translation>
    </message>
    <message>
        <source>scaling efficiency %1 at capacity against a measured 1-node capacity</source>
        <translation>Skalierungseffizienz %1 bei Kapazität gegenüber einer gemessenen 1-Knoten-Kapazität</translation>
    </message>
    <message>
        <source>Multi-turn sessions</source>
        <translation>Multi-Turn-Sitzungen</translation>
    </message>
    <message>
        <source>Each turn of a session sends the whole conversation so far (earlier turns and the model&apos;s own answers), so its prompt, and the prefill a server without a prefix cache has to do, grows turn by turn. Measured, successful requests by their turn in the session, the repetitions of a phase pooled.</source>
        <translation>Jede Runde einer Sitzung sendet die gesamte bisherige Konversation (frühere Runden und die eigenen Antworten des Modells), sodass ihr Prompt – und das Prefill, das ein Server ohne Präfix-Cache leisten muss – von Runde zu Runde wächst. Gemessene, erfolgreiche Anfragen nach ihrer Runde in der Sitzung, die Wiederholungen einer Phase zusammengefasst.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Mean input tokens</source>
        <translation>Mittlere Eingabe-Tokens</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <extracomment>a turn of a multi-turn session, counted from 1; &quot;%1 and later&quot; pools the long sessions&apos; last turns</extracomment>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Not measured: no measured request of a session succeeded.</source>
        <translation>Nicht gemessen: Keine gemessene Anfrage einer Sitzung war erfolgreich.</translation>
    </message>
    <message>
        <source>Think times kept: a later turn is due at its previous answer&apos;s end plus the drawn think time; the %1 later turns were sent %2 after that at the median and %3 at most.</source>
        <translation>Einhaltung der Denkzeiten: Eine spätere Runde ist am Ende der vorigen Antwort plus der gezogenen Denkzeit fällig; die %1 späteren Runden wurden im Median %2 danach gesendet, höchstens %3.</translation>
    </message>
    <message>
        <source>uniform, %1–%2</source>
        <translation>gleichverteilt, %1–%2</translation>
    </message>
    <message>
        <source>normal, mean %1, sd %2, %3–%4</source>
        <translation>normalverteilt, Mittel %1, SA %2, %3–%4</translation>
    </message>
    <message>
        <source>log-normal, mean %1, sd %2, %3–%4</source>
        <translation>log-normalverteilt, Mittel %1, SA %2, %3–%4</translation>
    </message>
    <message>
        <source>%1 turns</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <source>uniform, %1–%2 turns</source>
        <translation>gleichverteilt, %1–%2 Runden</translation>
    </message>
    <message>
        <source>normal, mean %1, sd %2, %3–%4 turns</source>
        <translation>normalverteilt, Mittel %1, SA %2, %3–%4 Runden</translation>
    </message>
    <message>
        <source>log-normal, mean %1, sd %2, %3–%4 turns</source>
        <translation>log-normalverteilt, Mittel %1, SA %2, %3–%4 Runden</translation>
    </message>
    <message>
        <source>ShareGPT file</source>
        <translation>ShareGPT-Datei</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>%1 with an answered human turn (%2 entries without one skipped), %3 human turns each on average, at most %4; dealt round-robin over the nodes in the file&apos;s order</source>
        <translation>%1 mit einer beantworteten Nutzerrunde (%2 Einträge ohne eine solche übersprungen), im Mittel je %3 Nutzerrunden, höchstens %4; in der Reihenfolge der Datei reihum auf die Knoten verteilt</translation>
    </message>
    <message>
        <source>the conversations&apos; human turns, with the history before each</source>
        <translation>die Nutzerrunden der Konversationen, jeweils mit dem Verlauf davor</translation>
    </message>
    <message>
        <source>each conversation&apos;s first human turn (outside 4–1024 tokens, or over 2048 with its answer, skipped as vLLM&apos;s benchmark does)</source>
        <translation>die erste Nutzerrunde jeder Konversation (außerhalb von 4–1024 Tokens oder zusammen mit ihrer Antwort über 2048 übersprungen, wie es vLLMs Benchmark tut)</translation>
    </message>
    <message>
        <source>the recorded answer&apos;s, counted by the server&apos;s tokenizer as vLLM&apos;s benchmark counts it</source>
        <translation>die der aufgezeichneten Antwort, gezählt mit dem Tokenizer des Servers, wie vLLMs Benchmark zählt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>%1 per session, each turn sending the conversation so far (earlier turns and the model&apos;s own answers); %2</source>
        <translation>%1 pro Sitzung, jede Runde sendet die bisherige Konversation (frühere Runden und die eigenen Antworten des Modells); %2</translation>
    </message>
    <message>
        <source>the conversation&apos;s human turns</source>
        <translation>die Nutzerrunden der Konversation</translation>
    </message>
    <message>
        <source>the concurrency counts sessions, each slot starting its next session when one ends</source>
        <translation>die Nebenläufigkeit zählt Sitzungen; jeder Platz startet seine nächste Sitzung, wenn eine endet</translation>
    </message>
    <message>
        <source>a new session starts at each arrival of the rate</source>
        <translation>bei jeder Ankunft der Rate beginnt eine neue Sitzung</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>%1 between an answer&apos;s end and the next turn</source>
        <translation>%1 zwischen dem Ende einer Antwort und der nächsten Runde</translation>
    </message>
    <message>
        <source>Capacity search</source>
        <translation>Kapazitätssuche</translation>
    </message>
    <message>
        <source>the highest load meeting the SLOs for %1 of the requests, from %2 to %3 per node, to a bracket of %4, at most %5 steps per search; starts at the load above</source>
        <translation>die höchste Last, bei der %1 der Anfragen die SLOs erfüllen, von %2 bis %3 pro Knoten, bis auf ein Einschlussintervall von %4, höchstens %5 Schritte pro Suche; beginnt bei der Last oben</translation>
    </message>
    <message>
        <source>context %1, namespace %2</source>
        <extracomment>%1 a kubeconfig context, %2 a namespace</extracomment>
        <translation>Kontext %1, Namespace %2</translation>
    </message>
    <message>
        <source>%1 (%2, restarts %3)</source>
        <extracomment>%1 a pod, %2 its container image, %3 the container&apos;s restart count when the run started</extracomment>
        <translation>%1 (%2, Neustarts %3)</translation>
    </message>
    <message>
        <source>Kubernetes pods</source>
        <translation>Kubernetes-Pods</translation>
    </message>
    <message>
        <source>, ramping linearly to %1 over the phase</source>
        <translation>, linear steigend auf %1 über die Phase</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>then %1 for %2</source>
        <translation>dann %1 für %2</translation>
    </message>
    <message>
        <source>%1 (Slurm job %2)</source>
        <extracomment>%1 a Slurm node, %2 the job id, %3 the partition</extracomment>
        <translation>%1 (Slurm-Job %2)</translation>
    </message>
    <message>
        <source>%1 (Slurm job %2, partition %3)</source>
        <translation>%1 (Slurm-Job %2, Partition %3)</translation>
    </message>
    <message>
        <source>job %1</source>
        <extracomment>Slurm job ids</extracomment>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <extracomment>the Slurm account the job was charged to</extracomment>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <extracomment>the Slurm quality of service</extracomment>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>nodes %1</source>
        <extracomment>Slurm node names</extracomment>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>%1 sessions at once</source>
        <translation>%1 Sitzungen gleichzeitig</translation>
    </message>
    <message>
        <source>concurrency per node (sessions at once)</source>
        <translation>Parallelität pro Knoten (gleichzeitige Sitzungen)</translation>
    </message>
    <message>
        <source>%1 requests over %2 at the trace&apos;s pace (%3 format); mean input %4 and output %5 tokens; %6 distinct %7-token prefix blocks, %8 of input tokens in blocks an earlier request named; dealt round-robin over the nodes (request i to node i mod N), %9</source>
        <translation>%1 Anfragen über %2 im Tempo des Traces (Format %3); im Mittel %4 Eingabe- und %5 Ausgabe-Token; %6 verschiedene Präfixblöcke zu %7 Token, %8 der Eingabe-Token in Blöcken, die eine frühere Anfrage nannte; reihum auf die Knoten verteilt (Anfrage i an Knoten i mod N), %9</translation>
    </message>
    <message>
        <source>each request keeping its time, so the cluster receives the trace&apos;s whole rate</source>
        <translation>jede Anfrage zu ihrer Zeit, sodass der Cluster die volle Rate des Traces erhält</translation>
    </message>
    <message>
        <source>only their lengths and prefixes used: the times are the load&apos;s below, not the trace&apos;s</source>
        <translation>nur ihre Längen und Präfixe verwendet: die Zeiten folgen der Last unten, nicht dem Trace</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation>E2E-Latenz</translation>
    </message>
    <message>
        <source>%1: cumulative distribution</source>
        <translation>%1: kumulative Verteilung</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <source>share of requests</source>
        <translation>Anteil der Anfragen</translation>
    </message>
    <message>
        <source>SLO limit</source>
        <translation>SLO-Limit</translation>
    </message>
    <message>
        <source>%1 histogram, %2</source>
        <translation>%1-Histogramm, %2</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Output-token throughput over time, %1 (repetition %2)</source>
        <translation>Ausgabe-Token-Durchsatz über die Zeit, %1 (Wiederholung %2)</translation>
    </message>
    <message>
        <source>time since phase start (s)</source>
        <translation>Zeit seit Phasenbeginn (s)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <source>Requests in flight, %1 (repetition %2)</source>
        <translation>Laufende Anfragen, %1 (Wiederholung %2)</translation>
    </message>
    <message>
        <source>TTFT percentiles over time, %1 (repetition %2)</source>
        <translation>TTFT-Perzentile über die Zeit, %1 (Wiederholung %2)</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT (ms)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>GPU power, %1 (repetition %2)</source>
        <translation>GPU-Leistung, %1 (Wiederholung %2)</translation>
    </message>
    <message>
        <source>GPU utilization, %1 (repetition %2)</source>
        <translation>GPU-Auslastung, %1 (Wiederholung %2)</translation>
    </message>
    <message>
        <source>W per node (sum of its GPUs)</source>
        <translation>W pro Knoten (Summe seiner GPUs)</translation>
    </message>
    <message>
        <source>% (mean of the node&apos;s GPUs)</source>
        <translation>% (Mittel der GPUs des Knotens)</translation>
    </message>
    <message>
        <source>Output-token throughput per repetition: N × baseline and N nodes</source>
        <translation>Ausgabe-Token-Durchsatz pro Wiederholung: N × Basis und N Knoten</translation>
    </message>
    <message>
        <source>%1 × %2, rep %3</source>
        <translation>%1 × %2, Wdh. %3</translation>
    </message>
    <message>
        <source>%1, rep %2</source>
        <translation>%1, Wdh. %2</translation>
    </message>
    <message>
        <source>Scaling efficiency with its 95 % interval</source>
        <translation>Skalierungseffizienz mit ihrem 95-%-Intervall</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>%1 nodes vs 1</source>
        <translation>%1 Knoten vs. 1</translation>
    </message>
    <message>
        <source>linear (100 %)</source>
        <translation>linear (100 %)</translation>
    </message>
    <message>
        <source>Scheduled and measured load, %1 (repetition %2)</source>
        <translation>Geplante und gemessene Last, %1 (Wiederholung %2)</translation>
    </message>
    <message>
        <source>requests in flight, all nodes</source>
        <translation>laufende Anfragen, alle Knoten</translation>
    </message>
    <message>
        <source>requests/s, all nodes</source>
        <translation>Anfragen/s, alle Knoten</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
</context>
<context>
    <name>ResultFile</name>
    <message>
        <source>expected a non-empty phase name</source>
        <translation>nicht leerer Phasenname erwartet</translation>
    </message>
    <message>
        <source>expected single, baseline, scaled or sweep, found &quot;%1&quot;</source>
        <translation>single, baseline, scaled oder sweep erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected 1 to 65535 node names, found %1</source>
        <translation>1 bis 65535 Knotennamen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not listed in the file&apos;s nodes</source>
        <translation>Knoten „%1“ ist nicht unter den Knoten der Datei aufgeführt</translation>
    </message>
    <message>
        <source>expected one offset per node (%1), found %2</source>
        <translation>ein Versatz pro Knoten (%1) erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not one of the phase&apos;s nodes</source>
        <translation>Knoten „%1“ gehört nicht zu den Knoten der Phase</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
    <message>
        <source>missing (expected an array)</source>
        <translation>fehlt (Array erwartet)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected %1 values (one per request), found %2</source>
        <translation>%1 Werte erwartet (einer pro Anfrage), %2 gefunden</translation>
    </message>
    <message>
        <source>expected an integer, found null</source>
        <translation>ganze Zahl erwartet, null gefunden</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, found %3</source>
        <translation>ganze Zahl von %1 bis %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>expected a number, found null</source>
        <translation>Zahl erwartet, null gefunden</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found %3</source>
        <translation>Zahl von %1 bis %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>the request ends %1 s before it was sent</source>
        <translation>Die Anfrage endet %1 s, bevor sie gesendet wurde</translation>
    </message>
    <message>
        <source>the first token arrives %1 s before the request was sent</source>
        <translation>Das erste Token kommt %1 s, bevor die Anfrage gesendet wurde</translation>
    </message>
    <message>
        <source>the first token arrives after the request ended</source>
        <translation>Das erste Token kommt nach dem Ende der Anfrage</translation>
    </message>
    <message>
        <source>a successful request needs an end time</source>
        <translation>Eine erfolgreiche Anfrage braucht eine Endzeit</translation>
    </message>
    <message>
        <source>missing (chunk_offsets and chunk_times_s come together)</source>
        <translation>fehlt (chunk_offsets und chunk_times_s gehören zusammen)</translation>
    </message>
    <message>
        <source>expected 0, found %1</source>
        <translation>0 erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected %1 (the number of chunk times), found %2</source>
        <translation>%1 erwartet (die Anzahl der Chunk-Zeiten), %2 gefunden</translation>
    </message>
    <message>
        <source>offsets must not decrease</source>
        <translation>Versätze dürfen nicht abnehmen</translation>
    </message>
    <message>
        <source>chunk times of request %1 must not decrease</source>
        <translation>Chunk-Zeiten von Anfrage %1 dürfen nicht abnehmen</translation>
    </message>
    <message>
        <source>expected a JSON object at the top, found %1</source>
        <translation>auf oberster Ebene ein JSON-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing: this is not an InferDeck result file</source>
        <translation>fehlt: Dies ist keine InferDeck-Ergebnisdatei</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;: this is not an InferDeck result file</source>
        <translation>„%1“ erwartet, „%2“ gefunden: Dies ist keine InferDeck-Ergebnisdatei</translation>
    </message>
    <message>
        <source>the file has schema version %1, written by a newer InferDeck; this build reads versions 1 to %2</source>
        <translation>Die Datei hat Schemaversion %1 und wurde von einem neueren InferDeck geschrieben; diese Version liest Versionen 1 bis %2</translation>
    </message>
    <message>
        <source>expected complete, cancelled or failed, found &quot;%1&quot;</source>
        <translation>complete, cancelled oder failed erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is listed twice</source>
        <translation>Knoten „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>unexpected JSON content: %1</source>
        <translation>unerwarteter JSON-Inhalt: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>could not save the file: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>expected exact or estimated, found &quot;%1&quot;</source>
        <translation>exact oder estimated erwartet, gefunden „%1“</translation>
    </message>
    <message>
        <source>the first answer token arrives %1 s before the request was sent</source>
        <translation>Das erste Antwort-Token kommt %1 s, bevor die Anfrage gesendet wurde</translation>
    </message>
    <message>
        <source>the first answer token arrives before the first token (%1 s earlier)</source>
        <translation>Das erste Antwort-Token kommt vor dem ersten Token (%1 s früher)</translation>
    </message>
    <message>
        <source>the first answer token arrives after the request ended</source>
        <translation>Das erste Antwort-Token kommt nach dem Ende der Anfrage</translation>
    </message>
    <message>
        <source>%1 reasoning tokens, more than the request&apos;s %2 output tokens (which include them)</source>
        <translation>%1 Reasoning-Tokens, mehr als die %2 Ausgabe-Tokens der Anfrage (die sie einschließen)</translation>
    </message>
    <message>
        <source>says the server&apos;s usage gave the reasoning tokens, but reasoning_tokens is null</source>
        <translation>sagt, die usage des Servers habe die Reasoning-Tokens angegeben, aber reasoning_tokens ist null</translation>
    </message>
    <message>
        <source>expected one value per node (%1), found %2</source>
        <translation>ein Wert pro Knoten (%1) erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>the sample of node %1, GPU %2 is %3 s earlier than the one before it (index %4)</source>
        <translation>Der Messwert von Knoten %1, GPU %2 liegt %3 s vor dem vorherigen (Index %4)</translation>
    </message>
    <message>
        <source>an InferDeck result file</source>
        <translation>eine InferDeck-Ergebnisdatei</translation>
    </message>
    <message>
        <source>session and turn come together</source>
        <translation>session und turn gehören zusammen</translation>
    </message>
    <message>
        <source>a request has a session and a turn, or neither</source>
        <translation>Eine Anfrage hat session und turn oder keines von beiden</translation>
    </message>
</context>
<context>
    <name>ResultFileReader</name>
    <message>
        <source>unexpected content after the JSON document</source>
        <translation>unerwarteter Inhalt nach dem JSON-Dokument</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>unexpected end of input (the file is truncated)</source>
        <translation>unerwartetes Ende der Eingabe (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>invalid literal; expected a value</source>
        <translation>ungültiges Literal; Wert erwartet</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>„:“ nach einem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>„,“ oder „}“ in einem Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>„,“ oder „]“ in einem Array erwartet</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number: leading zero</source>
        <translation>ungültige Zahl: führende Null</translation>
    </message>
    <message>
        <source>invalid number: no digit after the decimal point</source>
        <translation>ungültige Zahl: keine Ziffer nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>invalid number: no digit in the exponent</source>
        <translation>ungültige Zahl: keine Ziffer im Exponenten</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;; expected a value</source>
        <translation>unerwartetes Zeichen „%1“; Wert erwartet</translation>
    </message>
    <message>
        <source>number overflow parsing &apos;%1&apos;</source>
        <translation>Zahlenüberlauf beim Lesen von „%1“</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>expected a non-empty node name</source>
        <translation>nicht leerer Knotenname erwartet</translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation>fehlt (%1 erwartet)</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an unexpected value</source>
        <translation>ein unerwarteter Wert</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>expected a boolean, found %1</source>
        <translation>Wahrheitswert erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>Die Zahl %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>expected completions or chat, found &quot;%1&quot;</source>
        <translation>completions oder chat erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected a [name, value] pair, found %1</source>
        <translation>ein Paar [Name, Wert] erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>a UTF-16 high surrogate without its low half</source>
        <translation>ein UTF-16-High-Surrogate ohne seine untere Hälfte</translation>
    </message>
    <message>
        <source>a lone UTF-16 low surrogate</source>
        <translation>ein einzelnes UTF-16-Low-Surrogate</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>missing (expected an integer from %1 to %2)</source>
        <translation>fehlt (ganze Zahl von %1 bis %2 erwartet)</translation>
    </message>
    <message>
        <source>expected endpoint or binary, found &quot;%1&quot;</source>
        <translation>endpoint oder binary erwartet, gefunden „%1“</translation>
    </message>
    <message>
        <source>expected none, system, ca_file or insecure, found &quot;%1&quot;</source>
        <translation>none, system, ca_file oder insecure erwartet, gefunden „%1“</translation>
    </message>
    <message>
        <source>the run finishes %1 s before it started</source>
        <translation>Der Lauf endet %1 s, bevor er begann</translation>
    </message>
    <message>
        <source>a control character (U+%1) at character %2: names, paths and commands must be printable single lines</source>
        <translation>ein Steuerzeichen (U+%1) an Zeichenposition %2: Namen, Pfade und Befehle müssen druckbare einzelne Zeilen sein</translation>
    </message>
    <message>
        <source>a plan, cluster or rubric file</source>
        <translation>eine Plan-, Cluster- oder Bewertungsschema-Datei</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>Byte %1: %2</translation>
    </message>
    <message>
        <source>expected kernel, user or mixed, found &quot;%1&quot;</source>
        <translation>kernel, user oder mixed erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>written by a newer InferDeck (accuracy budget version %1)</source>
        <translation>von einer neueren InferDeck-Version geschrieben (Genauigkeitsbudget Version %1)</translation>
    </message>
    <message>
        <source>expected one entry per node (%1), found %2</source>
        <translation>ein Eintrag pro Knoten erwartet (%1), gefunden: %2</translation>
    </message>
    <message>
        <source>expected %1 values, found %2</source>
        <translation>%1 Werte erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected values in ascending order</source>
        <translation>Werte in aufsteigender Reihenfolge erwartet</translation>
    </message>
    <message>
        <source>expected counts that never fall</source>
        <translation>Zählwerte erwartet, die nie fallen</translation>
    </message>
    <message>
        <source>the last bucket (%1) must equal the count (%2)</source>
        <translation>der letzte Bucket (%1) muss der Anzahl (%2) entsprechen</translation>
    </message>
    <message>
        <source>written by a newer InferDeck (engine state version %1)</source>
        <translation>von einem neueren InferDeck geschrieben (Engine-Zustand Version %1)</translation>
    </message>
    <message>
        <source>give both groups and tokens</source>
        <translation>geben Sie groups und tokens an</translation>
    </message>
    <message>
        <source>the mean must lie from min to max (%1 to %2 s)</source>
        <translation>Der Mittelwert muss zwischen min und max liegen (%1 bis %2 s)</translation>
    </message>
    <message>
        <source>a lognormal think time needs a mean above 0</source>
        <translation>Eine lognormale Denkzeit braucht einen Mittelwert über 0</translation>
    </message>
    <message>
        <source>expected sharegpt, found &quot;%1&quot;</source>
        <translation>sharegpt erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>a ShareGPT conversation brings its own turns</source>
        <translation>Eine ShareGPT-Konversation bringt ihre eigenen Runden mit</translation>
    </message>
    <message>
        <source>a session has at least one turn</source>
        <translation>Eine Sitzung hat mindestens eine Runde</translation>
    </message>
    <message>
        <source>the search range needs max above min</source>
        <translation>Im Suchbereich muss max größer als min sein</translation>
    </message>
    <message>
        <source>expected the pod&apos;s name</source>
        <translation>Name des Pods erwartet</translation>
    </message>
    <message>
        <source>expected fixed, uniform, normal or lognormal, found &quot;%1&quot;</source>
        <translation>fixed, uniform, normal oder lognormal erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>give at least one stage, or leave stages out</source>
        <translation>mindestens eine Stufe angeben oder stages weglassen</translation>
    </message>
    <message>
        <source>a ramp or stages, not both</source>
        <translation>eine Rampe oder Stufen, nicht beides</translation>
    </message>
    <message>
        <source>expected a Slurm job id such as 4242, found &quot;%1&quot;</source>
        <translation>Slurm-Job-ID wie 4242 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected the Slurm node&apos;s name</source>
        <translation>Name des Slurm-Knotens erwartet</translation>
    </message>
    <message>
        <source>expected concurrency, constant-rate, poisson, gamma or trace (all-at-once in imported results only), found &quot;%1&quot;</source>
        <translation>erwartet: concurrency, constant-rate, poisson, gamma oder trace (all-at-once nur in importierten Ergebnissen), gefunden: „%1“</translation>
    </message>
</context>
<context>
    <name>ResultReader</name>
    <message>
        <source>(not recognized as any supported result file: looked for %1)</source>
        <translation>(nicht als unterstützte Ergebnisdatei erkannt: gesucht wurde %1)</translation>
    </message>
    <message>
        <source>a result file</source>
        <translation>eine Ergebnisdatei</translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>expected %1 values, one for each grade but the last (%2), found %3</source>
        <translation>%1 Werte erwartet, einer für jede Note außer der letzten (%2), %3 gefunden</translation>
    </message>
    <message>
        <source>higher is better here, so each threshold must not exceed the one before it</source>
        <translation>Hier ist höher besser, daher darf keine Schwelle die vorige übersteigen</translation>
    </message>
    <message>
        <source>lower is better here, so each threshold must not be below the one before it</source>
        <translation>Hier ist niedriger besser, daher darf keine Schwelle unter der vorigen liegen</translation>
    </message>
    <message>
        <source>expected value or interval_low, found &quot;%1&quot;</source>
        <translation>value oder interval_low erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected warning or invalid, found &quot;%1&quot;</source>
        <translation>warning oder invalid erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the grades (%2)</source>
        <translation>„%1“ ist keine der Noten (%2)</translation>
    </message>
    <message>
        <source>expected &quot;inferdeck-rubric&quot;</source>
        <translation>&quot;inferdeck-rubric&quot; erwartet</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2)</source>
        <translation>Version %1 ist neuer, als dieses Programm liest (%2)</translation>
    </message>
    <message>
        <source>each grade must be a distinct, non-empty name</source>
        <translation>Jede Note muss ein eigener, nicht leerer Name sein</translation>
    </message>
    <message>
        <source>a rubric needs at least two grades</source>
        <translation>Ein Bewertungsschema braucht mindestens zwei Noten</translation>
    </message>
    <message>
        <source>expected p50, p90, p95 or p99, found &quot;%1&quot;</source>
        <translation>p50, p90, p95 oder p99 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>unknown criterion; known: %1</source>
        <translation>unbekanntes Kriterium; bekannt sind: %1</translation>
    </message>
    <message>
        <source>unknown rule; known: %1</source>
        <translation>unbekannte Regel; bekannt sind: %1</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>the plan has no phases</source>
        <translation>Der Plan hat keine Phasen</translation>
    </message>
    <message>
        <source>connecting to the nodes: %1</source>
        <translation>Verbindung zu den Knoten: %1</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message>
        <source>node %1: unknown placeholder {%2} in the launch command</source>
        <translation>Knoten %1: unbekannter Platzhalter {%2} im Startbefehl</translation>
    </message>
    <message>
        <source>launching: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>node %1: the server exited (status %2) %3 %4</source>
        <translation>Knoten %1: Der Server wurde beendet (Status %2) %3 %4</translation>
    </message>
    <message>
        <source>node %1: the server is not ready: %2</source>
        <translation>Knoten %1: Der Server ist nicht bereit: %2</translation>
    </message>
    <message>
        <source>node %1: probe failed %2</source>
        <translation>Knoten %1: Abfrage fehlgeschlagen %2</translation>
    </message>
    <message>
        <source>node %1: cannot read its clock %2</source>
        <translation>Knoten %1: Seine Uhr kann nicht gelesen werden %2</translation>
    </message>
    <message>
        <source>clock offset %1 ms (round trip %2 ms)</source>
        <translation>Uhrversatz %1 ms (Round Trip %2 ms)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>phase %1 of %2: %3, repetition %4</source>
        <translation>Phase %1 von %2: %3, Wiederholung %4</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the external command</source>
        <translation>unbekannter Platzhalter {%1} im externen Befehl</translation>
    </message>
    <message>
        <source>node %1: the external tool failed (status %2) %3</source>
        <translation>Knoten %1: Das externe Werkzeug ist fehlgeschlagen (Status %2) %3</translation>
    </message>
    <message>
        <source>node %1: the load generator failed (status %2) %3</source>
        <translation>Knoten %1: Der Lastgenerator ist fehlgeschlagen (Status %2) %3</translation>
    </message>
    <message>
        <source>node %1: events are missing from its stream</source>
        <translation>Knoten %1: Im Ereignisstrom fehlen Ereignisse</translation>
    </message>
    <message>
        <source>the link dropped; reconnecting (the agent keeps running and journaling on the node)</source>
        <translation>Die Verbindung ist abgebrochen; neuer Verbindungsaufbau (der Agent läuft auf dem Knoten weiter und führt sein Journal)</translation>
    </message>
    <message>
        <source>node %1: the link dropped and could not be re-established: %2</source>
        <translation>Knoten %1: Die Verbindung brach ab und ließ sich nicht wiederherstellen: %2</translation>
    </message>
    <message>
        <source>reconnected; replaying the agent&apos;s journal after event %1</source>
        <translation>wieder verbunden; das Journal des Agenten wird nach Ereignis %1 wiedergegeben</translation>
    </message>
    <message>
        <source>phases measured: %1</source>
        <translation>gemessene Phasen: %1</translation>
    </message>
    <message>
        <source>the API key is not handed to an external tool; give it the key the way the tool reads one</source>
        <translation>Der API-Schlüssel wird nicht an ein externes Werkzeug weitergegeben; geben Sie ihm den Schlüssel so, wie das Werkzeug einen liest</translation>
    </message>
    <message>
        <source>the agent&apos;s wait-ready ended with status %1 and gave no reason</source>
        <translation>wait-ready des Agenten endete mit Status %1 ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>node %1: a command cannot be sent to the node: its word %2 holds a NUL character, which no program can receive: %3</source>
        <extracomment>%2 counts the command&apos;s words from 1; %3 is the command</extracomment>
        <translation>Knoten %1: Ein Befehl kann nicht an den Knoten gesendet werden: Sein Wort %2 enthält ein NUL-Zeichen, das kein Programm empfangen kann: %3</translation>
    </message>
    <message>
        <source>the trace %1 has %2 requests, fewer than the cluster&apos;s %3 nodes</source>
        <translation>Der Trace %1 hat %2 Anfragen, weniger als die %3 Knoten des Clusters</translation>
    </message>
    <message>
        <source>capacity step %1: %2 of %3 requests met every SLO (%4; the target is %5)</source>
        <translation>Kapazitätsschritt %1: %2 von %3 Anfragen erfüllten jedes SLO (%4; das Ziel ist %5)</translation>
    </message>
    <message>
        <source>capacity on %1 node(s): %2, %3</source>
        <translation>Kapazität auf %1 Knoten: %2, %3</translation>
    </message>
    <message>
        <source>capacity step %1 stopped early: %2 requests missed an SLO, more than the target allows of at most %3</source>
        <translation>Kapazitätsschritt %1 vorzeitig beendet: %2 Anfragen verfehlten ein SLO, mehr als das Ziel bei höchstens %3 zulässt</translation>
    </message>
    <message>
        <source>the ShareGPT file %1 has %2 usable conversations, fewer than the cluster&apos;s %3 nodes</source>
        <translation>Die ShareGPT-Datei %1 hat %2 verwendbare Konversationen, weniger als die %3 Knoten des Clusters</translation>
    </message>
</context>
<context>
    <name>RunFiles</name>
    <message>
        <source>name the model the server serves</source>
        <translation>Nennen Sie das Modell, das der Server bereitstellt</translation>
    </message>
    <message>
        <source>give a request count or duration_s</source>
        <translation>Geben Sie eine Anfrageanzahl oder duration_s an</translation>
    </message>
    <message>
        <source>give a request count or duration_s, not both</source>
        <translation>Geben Sie eine Anfrageanzahl oder duration_s an, nicht beides</translation>
    </message>
    <message>
        <source>expected 1 to 100</source>
        <translation>1 bis 100 erwartet</translation>
    </message>
    <message>
        <source>a concurrency must be a whole number</source>
        <translation>Eine Nebenläufigkeit muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>a concurrency must be a whole number, found %1</source>
        <translation>Eine Nebenläufigkeit muss eine ganze Zahl sein, %1 gefunden</translation>
    </message>
    <message>
        <source>the file dataset needs a path</source>
        <translation>Der Datei-Datensatz braucht einen Pfad</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; known: {%2}</source>
        <translation>unbekannter Platzhalter {%1}; bekannt sind: {%2}</translation>
    </message>
    <message>
        <source>the result file cannot name itself</source>
        <translation>Die Ergebnisdatei kann sich nicht selbst benennen</translation>
    </message>
    <message>
        <source>a cluster needs at least one node</source>
        <translation>Ein Cluster braucht mindestens einen Knoten</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (found &quot;%1&quot;)</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“ („%1“ gefunden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two nodes</source>
        <translation>„%1“ benennt zwei Knoten</translation>
    </message>
    <message>
        <source>the agent&apos;s inventory is not readable: %1 %2</source>
        <translation>Das Inventar des Agenten ist nicht lesbar: %1 %2</translation>
    </message>
    <message>
        <source>expected http://host:port or https://host:port, found &quot;%1&quot;</source>
        <translation>http://host:port oder https://host:port erwartet, gefunden „%1“</translation>
    </message>
    <message>
        <source>all-at-once describes imported results only; use concurrency or a rate</source>
        <translation>all-at-once beschreibt nur importierte Ergebnisse; verwenden Sie concurrency oder eine Rate</translation>
    </message>
    <message>
        <source>expected a path such as /metrics, found &quot;%1&quot;</source>
        <translation>Pfad wie /metrics erwartet, gefunden „%1“</translation>
    </message>
    <message>
        <source>a shared prefix is built into synthetic prompts; the %1 dataset brings its own</source>
        <translation>ein gemeinsames Präfix wird in synthetische Prompts eingebaut; der Datensatz %1 bringt eigene mit</translation>
    </message>
    <message>
        <source>the trace dataset needs the trace file (trace_path)</source>
        <translation>Der Trace-Datensatz braucht die Trace-Datei (trace_path)</translation>
    </message>
    <message>
        <source>trace timing replays a trace: set the dataset to trace</source>
        <translation>Trace-Timing spielt einen Trace ab: Setzen Sie den Datensatz auf trace</translation>
    </message>
    <message>
        <source>an external tool brings its own requests; a trace is replayed by InferDeck&apos;s load generator</source>
        <translation>Ein externes Werkzeug bringt eigene Anfragen mit; ein Trace wird vom Lastgenerator von InferDeck abgespielt</translation>
    </message>
    <message>
        <source>a node of a Slurm cluster runs where the job&apos;s allocation puts it; remove &quot;%1&quot;</source>
        <translation>Ein Knoten eines Slurm-Clusters läuft dort, wohin ihn die Zuteilung des Jobs legt; entfernen Sie „%1“</translation>
    </message>
    <message>
        <source>the sharegpt dataset needs the ShareGPT file (sharegpt_path)</source>
        <translation>Der Datensatz sharegpt braucht die ShareGPT-Datei (sharegpt_path)</translation>
    </message>
    <message>
        <source>an external tool brings its own requests; ShareGPT conversations are sent by InferDeck&apos;s load generator</source>
        <translation>Ein externes Werkzeug bringt eigene Anfragen mit; ShareGPT-Konversationen werden vom Lastgenerator von InferDeck gesendet</translation>
    </message>
    <message>
        <source>multi-turn sessions send the history as chat messages: set api to chat</source>
        <translation>Multi-Turn-Sitzungen senden den Verlauf als Chat-Nachrichten: Setzen Sie api auf chat</translation>
    </message>
    <message>
        <source>sessions are built from synthetic turns or ShareGPT conversations, not the %1 dataset</source>
        <translation>Sitzungen werden aus synthetischen Runden oder ShareGPT-Konversationen gebildet, nicht aus dem Datensatz %1</translation>
    </message>
    <message>
        <source>a shared prefix and sessions cannot be combined yet</source>
        <translation>Ein gemeinsames Präfix und Sitzungen lassen sich noch nicht kombinieren</translation>
    </message>
    <message>
        <source>an external tool brings its own requests; sessions are run by InferDeck&apos;s load generator</source>
        <translation>Ein externes Werkzeug bringt eigene Anfragen mit; Sitzungen werden vom Lastgenerator von InferDeck ausgeführt</translation>
    </message>
    <message>
        <source>a capacity search measures against the SLOs: give at least one in slo</source>
        <translation>Eine Kapazitätssuche misst gegen die SLOs: Geben Sie mindestens eines in slo an</translation>
    </message>
    <message>
        <source>a capacity search chooses its own loads: remove the sweep</source>
        <translation>Eine Kapazitätssuche wählt ihre Lasten selbst: Entfernen Sie den Sweep</translation>
    </message>
    <message>
        <source>a capacity search varies the rate or concurrency; a trace keeps its own times</source>
        <translation>Eine Kapazitätssuche variiert die Rate oder Nebenläufigkeit; ein Trace behält seine eigenen Zeiten</translation>
    </message>
    <message>
        <source>a capacity search needs InferDeck&apos;s load generator to judge each step</source>
        <translation>Eine Kapazitätssuche braucht den Lastgenerator von InferDeck, um jeden Schritt zu beurteilen</translation>
    </message>
    <message>
        <source>a concurrency search needs whole numbers for min and max</source>
        <translation>Eine Suche über die Nebenläufigkeit braucht ganze Zahlen für min und max</translation>
    </message>
    <message>
        <source>the search starts at the load&apos;s value, which must lie between capacity.min and capacity.max</source>
        <translation>Die Suche beginnt beim Wert der Last, der zwischen capacity.min und capacity.max liegen muss</translation>
    </message>
    <message>
        <source>names %1 pods for %2 nodes; name one pod per node</source>
        <translation>nennt %1 Pods für %2 Knoten; nennen Sie einen Pod pro Knoten</translation>
    </message>
    <message>
        <source>a node of a Kubernetes cluster runs in its pod; remove &quot;%1&quot;</source>
        <translation>Ein Knoten eines Kubernetes-Clusters läuft in seinem Pod; entfernen Sie „%1“</translation>
    </message>
    <message>
        <source>a ramp or stages vary a rate or a concurrency</source>
        <translation>eine Rampe oder Stufen verändern eine Rate oder eine Nebenläufigkeit</translation>
    </message>
    <message>
        <source>a ramp or stages are one phase&apos;s load: not with a sweep or a capacity search</source>
        <translation>eine Rampe oder Stufen sind die Last einer Phase: nicht mit einem Sweep oder einer Kapazitätssuche</translation>
    </message>
    <message>
        <source>an external tool paces its own requests: no ramp or stages</source>
        <translation>ein externes Werkzeug taktet seine Anfragen selbst: keine Rampe oder Stufen</translation>
    </message>
    <message>
        <source>a ramp or stages run for a duration: give duration_s (for stages, their total)</source>
        <translation>eine Rampe oder Stufen laufen eine Dauer lang: duration_s angeben (bei Stufen ihre Summe)</translation>
    </message>
    <message>
        <source>the stages last %1 s together; duration_s must say the same</source>
        <translation>die Stufen dauern zusammen %1 s; duration_s muss dasselbe angeben</translation>
    </message>
    <message>
        <source>a trace replayed at its own times takes no warm-up requests (each node would restart its share after its own warm-up, out of step with the others): leave them out, the trace&apos;s first requests warm the server</source>
        <translation>ein zu seinen eigenen Zeiten abgespielter Trace nimmt keine Aufwärmanfragen (jeder Knoten begänne seinen Anteil nach seinem eigenen Aufwärmen neu, nicht im Takt mit den anderen): lassen Sie sie weg, die ersten Anfragen des Traces wärmen den Server auf</translation>
    </message>
    <message>
        <source>sessions at a concurrency cannot ramp or step yet: use a rate (a new session at each arrival) or one concurrency</source>
        <translation>Sitzungen bei einer Parallelität können noch nicht ansteigen oder in Stufen laufen: verwenden Sie eine Rate (eine neue Sitzung bei jeder Ankunft) oder eine feste Parallelität</translation>
    </message>
    <message>
        <source>names no host: give an ssh destination (a Host alias, user@host, host:port), or &quot;local&quot;: true</source>
        <translation>nennt keinen Host: geben Sie ein SSH-Ziel an (einen Host-Alias, user@host, host:port) oder &quot;local&quot;: true</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>cannot write the run journal: %1</source>
        <translation>Das Laufjournal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>recovered from the journal of a run that did not finish</source>
        <translation>aus dem Journal eines nicht beendeten Laufs wiederhergestellt</translation>
    </message>
    <message>
        <source>%1:%2: the last line was cut off and is skipped</source>
        <translation>%1:%2: Die letzte Zeile war abgeschnitten und wird übersprungen</translation>
    </message>
    <message>
        <source>%1:%2: not a journal event line</source>
        <translation>%1:%2: keine Ereigniszeile des Journals</translation>
    </message>
    <message>
        <source>%1:%2: a journal record is damaged and skipped</source>
        <translation>%1:%2: Ein Journaleintrag ist beschädigt und wird übersprungen</translation>
    </message>
    <message>
        <source>not an InferDeck run journal (no header line)</source>
        <translation>kein InferDeck-Laufjournal (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>a run journal</source>
        <translation>ein Laufjournal</translation>
    </message>
    <message>
        <source>%1:%2: a damaged event is skipped: %3</source>
        <translation>%1:%2: Ein beschädigtes Ereignis wird übersprungen: %3</translation>
    </message>
    <message>
        <source>line %1, the journal&apos;s header: %2</source>
        <translation>Zeile %1, Kopfzeile des Journals: %2</translation>
    </message>
    <message>
        <source>%1:%2: not JSON: %3</source>
        <translation>%1:%2: kein JSON: %3</translation>
    </message>
    <message>
        <source>line %1, the journal&apos;s header: the plan is not readable: %2</source>
        <translation>Zeile %1, Kopfzeile des Journals: Der Plan ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1:%2: an event of a stream the phase does not list is skipped</source>
        <translation>%1:%2: Ein Ereignis eines Datenstroms, den die Phase nicht aufführt, wird übersprungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>%1, line %2: the stream ended in the middle of a line (%3 bytes dropped)</source>
        <translation>%1, Zeile %2: Der Strom endete mitten in einer Zeile (%3 Bytes verworfen)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: events %2 to %3 are missing (line %4 jumps to %5)</source>
        <translation>%1: Ereignisse %2 bis %3 fehlen (Zeile %4 springt zu %5)</translation>
    </message>
    <message>
        <source>%1, line %2: event %3 was already received; the repeat is ignored</source>
        <translation>%1, Zeile %2: Ereignis %3 wurde bereits empfangen; die Wiederholung wird ignoriert</translation>
    </message>
    <message>
        <source>%1, line %2: the result file %3 is not valid base64</source>
        <translation>%1, Zeile %2: Die Ergebnisdatei %3 ist kein gültiges Base64</translation>
    </message>
</context>
<context>
    <name>Scaling</name>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>kein Intervall</translation>
    </message>
    <message>
        <source>sub-linear</source>
        <translation>sublinear</translation>
    </message>
    <message>
        <source>consistent with linear</source>
        <translation>mit linear vereinbar</translation>
    </message>
    <message>
        <source>super-linear</source>
        <translation>superlinear</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>time windows</source>
        <translation>Zeitfenster</translation>
    </message>
</context>
<context>
    <name>ScalingAnalysis</name>
    <message>
        <source>no 1-node baseline phase was measured in this run; an estimated baseline is never used</source>
        <translation>In diesem Lauf wurde keine 1-Knoten-Basisphase gemessen; eine geschätzte Basislinie wird nie verwendet</translation>
    </message>
    <message>
        <source>no phase on more than one node was measured in this run</source>
        <translation>In diesem Lauf wurde keine Phase auf mehr als einem Knoten gemessen</translation>
    </message>
    <message>
        <source>the baseline &quot;%1&quot; and the scaled phase &quot;%2&quot; ran different per-node loads</source>
        <translation>Die Basislinie „%1“ und die skalierte Phase „%2“ liefen mit unterschiedlicher Last pro Knoten</translation>
    </message>
    <message>
        <source>the baseline or the scaled phase completed no request with known output tokens</source>
        <translation>Die Basis- oder die skalierte Phase schloss keine Anfrage mit bekannten Ausgabe-Token ab</translation>
    </message>
    <message>
        <source>a capacity search compares one node and the cluster at their capacities (see Capacity under SLO)</source>
        <translation>Eine Kapazitätssuche vergleicht einen Knoten und den Cluster bei ihren Kapazitäten (siehe Kapazität unter SLO)</translation>
    </message>
    <message>
        <source> (“%1” was cut short when the run ended and is left out)</source>
        <extracomment>%1 a phase&apos;s name: the run ended during it, so it is left out</extracomment>
        <translation> („%1“ wurde beim Ende des Laufs abgebrochen und bleibt außen vor)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation>%1 erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>expected &quot;local&quot; or an ssh destination, found &quot;%1&quot;</source>
        <translation>„local“ oder ein SSH-Ziel erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>a partition name (or a comma-separated list)</source>
        <translation>Partitionsname (oder eine kommagetrennte Liste)</translation>
    </message>
    <message>
        <source>an account name</source>
        <translation>Account-Name</translation>
    </message>
    <message>
        <source>a QoS name</source>
        <translation>QoS-Name</translation>
    </message>
    <message>
        <source>a Slurm time limit: minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes or days-hours:minutes:seconds</source>
        <translation>Slurm-Zeitlimit: Minuten, Minuten:Sekunden, Stunden:Minuten:Sekunden, Tage-Stunden, Tage-Stunden:Minuten oder Tage-Stunden:Minuten:Sekunden</translation>
    </message>
    <message>
        <source>expected one sbatch option per string, starting with &apos;-&apos; (&quot;--constraint=h100&quot;), found &quot;%1&quot;</source>
        <translation>eine sbatch-Option pro Zeichenkette erwartet, beginnend mit „-“ („--constraint=h100“), „%1“ gefunden</translation>
    </message>
    <message>
        <source>%1 is set by InferDeck or by a key of its own (partition, account, qos, time_limit, gpus_per_node; the node count is the cluster file&apos;s nodes)</source>
        <translation>%1 wird von InferDeck oder über einen eigenen Schlüssel gesetzt (partition, account, qos, time_limit, gpus_per_node; die Knotenanzahl ergibt sich aus den Knoten der Clusterdatei)</translation>
    </message>
    <message>
        <source>a job id such as 4242</source>
        <translation>Job-ID wie 4242</translation>
    </message>
    <message>
        <source>applies to a job InferDeck submits, not to the existing job %1</source>
        <translation>gilt für einen Job, den InferDeck einreicht, nicht für den bestehenden Job %1</translation>
    </message>
    <message>
        <source>unknown key; a %1 scheduler takes %2</source>
        <extracomment>%1 the scheduler (Slurm, Kubernetes), %2 its keys</extracomment>
        <translation>unbekannter Schlüssel; ein %1-Scheduler akzeptiert: %2</translation>
    </message>
    <message>
        <source>expected a kubeconfig context name, found &quot;%1&quot;</source>
        <translation>Name eines kubeconfig-Kontexts erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>a namespace name (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>Namespace-Name (Kleinbuchstaben, Ziffern und „-“)</translation>
    </message>
    <message>
        <source>a container name (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>Container-Name (Kleinbuchstaben, Ziffern und „-“)</translation>
    </message>
    <message>
        <source>a label selector such as app=vllm,tier!=canary</source>
        <translation>Label-Selektor wie app=vllm,tier!=canary</translation>
    </message>
    <message>
        <source>expected a pod name (lower-case letters, digits, &apos;-&apos; and &apos;.&apos;), found &quot;%1&quot;</source>
        <translation>Pod-Name erwartet (Kleinbuchstaben, Ziffern, „-“ und „.“), „%1“ gefunden</translation>
    </message>
    <message>
        <source>the pod %1 is named twice</source>
        <translation>Der Pod %1 ist doppelt genannt</translation>
    </message>
    <message>
        <source>expected at least one pod name</source>
        <translation>mindestens ein Pod-Name erwartet</translation>
    </message>
    <message>
        <source>name the pods: a label &quot;selector&quot; or a list of &quot;pods&quot;</source>
        <translation>Nennen Sie die Pods: einen Label-„selector“ oder eine Liste „pods“</translation>
    </message>
    <message>
        <source>give either a label &quot;selector&quot; or a list of &quot;pods&quot;, not both</source>
        <translation>Geben Sie entweder einen Label-„selector“ oder eine Liste „pods“ an, nicht beides</translation>
    </message>
    <message>
        <source>expected http://host:port or https://host:port, found &quot;%1&quot;</source>
        <translation>http://host:port oder https://host:port erwartet, gefunden „%1“</translation>
    </message>
    <message>
        <source>expected &quot;slurm&quot; or &quot;kubernetes&quot;, found &quot;%1&quot;</source>
        <translation>„slurm“ oder „kubernetes“ erwartet, „%1“ gefunden</translation>
    </message>
</context>
<context>
    <name>ShareGptFile</name>
    <message>
        <source>entry %1, message %2</source>
        <translation>Eintrag %1, Nachricht %2</translation>
    </message>
    <message>
        <source>expected an object with from and value, found %1</source>
        <translation>Objekt mit from und value erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &quot;from&quot; as a string</source>
        <translation>„from“ als Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected &quot;value&quot; as a string</source>
        <translation>„value“ als Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>unknown speaker &quot;%1&quot; (expected human, user, gpt, assistant or system)</source>
        <translation>unbekannter Sprecher „%1“ (human, user, gpt, assistant oder system erwartet)</translation>
    </message>
    <message>
        <source>expected a list of conversations, found %1</source>
        <translation>Liste von Konversationen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &quot;conversations&quot; as a list, found %1</source>
        <translation>„conversations“ als Liste erwartet, %1 gefunden</translation>
    </message>
    <message numerus="yes">
        <source>no conversation has a human turn followed by an answer (%n entries read)</source>
        <translation>
            <numerusform>Keine Konversation hat eine Nutzerrunde mit nachfolgender Antwort (%n Eintrag gelesen)</numerusform>
            <numerusform>Keine Konversation hat eine Nutzerrunde mit nachfolgender Antwort (%n Einträge gelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>a ShareGPT file</source>
        <translation>eine ShareGPT-Datei</translation>
    </message>
</context>
<context>
    <name>SlurmJob</name>
    <message>
        <source>cannot reach the Slurm submit host %1: %2</source>
        <translation>Der Slurm-Submit-Host %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>using the existing Slurm job %1</source>
        <translation>Der bestehende Slurm-Job %1 wird verwendet</translation>
    </message>
    <message>
        <source>sbatch refused the job on %1: %2</source>
        <translation>sbatch hat den Job auf %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>submitted Slurm job %1 for %2 nodes</source>
        <translation>Slurm-Job %1 für %2 Knoten eingereicht</translation>
    </message>
    <message>
        <source>the Slurm job %1 is no longer known to Slurm (%2)</source>
        <translation>Der Slurm-Job %1 ist Slurm nicht mehr bekannt (%2)</translation>
    </message>
    <message>
        <source>the Slurm job %1 hit its time limit (%2)</source>
        <translation>Der Slurm-Job %1 hat sein Zeitlimit erreicht (%2)</translation>
    </message>
    <message>
        <source>the Slurm job %1 was cancelled</source>
        <translation>Der Slurm-Job %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>a node of the Slurm job %1 failed</source>
        <translation>Ein Knoten des Slurm-Jobs %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>the Slurm job %1 was preempted</source>
        <translation>Der Slurm-Job %1 wurde verdrängt</translation>
    </message>
    <message>
        <source>the Slurm job %1 ended: %2 (%3)</source>
        <translation>Der Slurm-Job %1 wurde beendet: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot expand the node list %1 of Slurm job %2: %3</source>
        <translation>Die Knotenliste %1 des Slurm-Jobs %2 kann nicht aufgelöst werden: %3</translation>
    </message>
    <message>
        <source>the Slurm job %1 has %2 nodes (%3) and the cluster file lists %4</source>
        <translation>Der Slurm-Job %1 hat %2 Knoten (%3), die Clusterdatei führt aber %4 auf</translation>
    </message>
    <message>
        <source>Slurm job %1 runs on %2 (allocated after %3 s)</source>
        <translation>Slurm-Job %1 läuft auf %2 (zugeteilt nach %3 s)</translation>
    </message>
    <message>
        <source>job steps: %1, start latency median %2 ms, max %3 ms</source>
        <translation>Jobschritte: %1, Startlatenz Median %2 ms, Maximum %3 ms</translation>
    </message>
    <message>
        <source>cannot reach %1 to cancel Slurm job %2 (%3): cancel it there with scancel %2</source>
        <translation>%1 ist nicht erreichbar, um den Slurm-Job %2 abzubrechen (%3): Brechen Sie ihn dort mit scancel %2 ab</translation>
    </message>
    <message>
        <source>cancelling Slurm job %1</source>
        <translation>Slurm-Job %1 wird abgebrochen</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>cannot run sbatch on %1 (is Slurm&apos;s client installed there and on the PATH?): %2</source>
        <translation>sbatch kann auf %1 nicht ausgeführt werden (ist der Slurm-Client dort installiert und im PATH?): %2</translation>
    </message>
    <message>
        <source>the Slurm job %1 cannot start: Slurm says %2 (the request asks for more than the partition has or allows, or for an account or QOS it may not use); change the cluster file&apos;s scheduler settings</source>
        <translation>der Slurm-Job %1 kann nicht starten: Slurm meldet %2 (die Anforderung verlangt mehr, als die Partition hat oder erlaubt, oder ein Konto oder eine QOS, die sie nicht nutzen darf); ändern Sie die Scheduler-Einstellungen der Cluster-Datei</translation>
    </message>
</context>
<context>
    <name>SlurmRun</name>
    <message>
        <source>scheduler.submit_host: %1</source>
        <translation>scheduler.submit_host: %1</translation>
    </message>
</context>
<context>
    <name>SlurmStepTransport</name>
    <message>
        <source>Slurm job %1, node %2</source>
        <translation>Slurm-Job %1, Knoten %2</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 (%3)</source>
        <translation>Slurm-Job %1: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot start %1 on %2: the Slurm job does not run</source>
        <translation>%1 kann auf %2 nicht gestartet werden: Der Slurm-Job läuft nicht</translation>
    </message>
    <message>
        <source>writing the file through a Slurm step on %1 failed (status %2): %3</source>
        <translation>Das Schreiben der Datei über einen Slurm-Jobschritt auf %1 ist fehlgeschlagen (Status %2): %3</translation>
    </message>
    <message>
        <source>the stream of Slurm step %1 on %2 was lost: %3</source>
        <translation>Der Datenstrom des Slurm-Jobschritts %1 auf %2 ist verloren gegangen: %3</translation>
    </message>
    <message>
        <source>Slurm step %1 on %2 was lost: %3</source>
        <translation>Der Slurm-Jobschritt %1 auf %2 ist verloren gegangen: %3</translation>
    </message>
    <message>
        <source>cannot write to %1: the Slurm job does not run</source>
        <translation>Auf %1 kann nicht geschrieben werden: Der Slurm-Job läuft nicht</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>cannot read the SSH configuration: %1</source>
        <translation>Die SSH-Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>expected &quot;Keyword value&quot;, found &quot;%1&quot;</source>
        <translation>„Schlüsselwort Wert“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>%1: Match blocks are not supported; this block is ignored</source>
        <translation>%1: Match-Blöcke werden nicht unterstützt; dieser Block wird ignoriert</translation>
    </message>
    <message>
        <source>Include nested too deeply</source>
        <translation>Include zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not a valid ssh:// address</source>
        <translation>keine gültige ssh://-Adresse</translation>
    </message>
    <message>
        <source>port must be 1 to 65535, found %1</source>
        <translation>Der Port muss 1 bis 65535 sein, %1 gefunden</translation>
    </message>
    <message>
        <source>not a valid host name or alias: &quot;%1&quot;</source>
        <translation>kein gültiger Hostname oder Alias: „%1“</translation>
    </message>
    <message>
        <source>not a valid user name: &quot;%1&quot;</source>
        <translation>kein gültiger Benutzername: „%1“</translation>
    </message>
    <message>
        <source>Port must be 1 to 65535, found &quot;%1&quot;</source>
        <translation>Port muss 1 bis 65535 sein, „%1“ gefunden</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not create a session</source>
        <translation>libssh konnte keine Sitzung anlegen</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>the server sent no host key: %1</source>
        <translation>Der Server hat keinen Host-Schlüssel gesendet: %1</translation>
    </message>
    <message>
        <source>cannot hash the host key</source>
        <translation>Der Host-Schlüssel kann nicht gehasht werden</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED: the server now presents %1 key %2, which does not match the key recorded in %3. It may have been reinstalled, or someone may be intercepting the connection. Refused. If the change is expected, remove that line (ssh-keygen -R %4) and connect again.</source>
        <translation>HOST-SCHLÜSSEL GEÄNDERT: Der Server zeigt jetzt den %1-Schlüssel %2, der nicht zum in %3 gespeicherten Schlüssel passt. Er wurde vielleicht neu installiert, oder jemand fängt die Verbindung ab. Abgelehnt. Wenn die Änderung erwartet ist, entfernen Sie diese Zeile (ssh-keygen -R %4) und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>cannot check the host key: %1</source>
        <translation>Der Host-Schlüssel kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>unknown host key %1 %2 was not accepted</source>
        <translation>Der unbekannte Host-Schlüssel %1 %2 wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>cannot save the host key to %1: %2</source>
        <translation>Der Host-Schlüssel kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>ssh-agent: no key accepted</source>
        <translation>ssh-agent: kein Schlüssel akzeptiert</translation>
    </message>
    <message>
        <source>authentication failed (%1)</source>
        <translation>Authentifizierung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>no method the server offers</source>
        <translation>keine Methode, die der Server anbietet</translation>
    </message>
    <message>
        <source>%1: no passphrase given</source>
        <translation>%1: keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>%1: cannot read the key (wrong passphrase?)</source>
        <translation>%1: Der Schlüssel kann nicht gelesen werden (falsche Passphrase?)</translation>
    </message>
    <message>
        <source>%1: key not accepted</source>
        <translation>%1: Schlüssel nicht akzeptiert</translation>
    </message>
    <message>
        <source>keyboard-interactive: cancelled</source>
        <translation>keyboard-interactive: abgebrochen</translation>
    </message>
    <message>
        <source>keyboard-interactive: refused</source>
        <translation>keyboard-interactive: abgelehnt</translation>
    </message>
    <message>
        <source>password: cancelled</source>
        <translation>Passwort: abgebrochen</translation>
    </message>
    <message>
        <source>password: refused</source>
        <translation>Passwort: abgelehnt</translation>
    </message>
</context>
<context>
    <name>SshTransport</name>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation>Der Befehl endete ohne Exit-Status (durch ein Signal beendet?)</translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ging verloren: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>cannot start %1 on %2: %3</source>
        <translation>%1 kann auf %2 nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>no SFTP</source>
        <translation>kein SFTP</translation>
    </message>
    <message>
        <source>the server offers no SFTP</source>
        <translation>Der Server bietet kein SFTP an</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>Schreiben von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>cannot run cat: %1</source>
        <translation>cat kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>writing %1 with cat failed: %2</source>
        <translation>Schreiben von %1 mit cat fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>mean %1  p50 %2  p90 %3  p99 %4</source>
        <translation>Mittel %1  p50 %2  p90 %3  p99 %4</translation>
    </message>
    <message>
        <source>%1 — %2, model %3</source>
        <translation>%1 — %2, Modell %3</translation>
    </message>
    <message>
        <source>(unnamed plan)</source>
        <translation>(unbenannter Plan)</translation>
    </message>
    <message>
        <source>SIMULATED ENGINE: these numbers describe a simulator, not real hardware.</source>
        <translation>SIMULIERTE ENGINE: Diese Zahlen beschreiben einen Simulator, keine echte Hardware.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Phase %1, repetition %2 (%3, nodes: %4)</source>
        <extracomment>%3 is the phase&apos;s role (baseline, scaled, ...), %4 its node count</extracomment>
        <translation>Phase %1, Wiederholung %2 (%3, Knoten: %4)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>%1 issued, %2 completed, %3 failed, %4 warm-up excluded</source>
        <translation>%1 gesendet, %2 abgeschlossen, %3 fehlgeschlagen, %4 Aufwärmanfragen ausgeschlossen</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Request throughput</source>
        <translation>Anfragedurchsatz</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Output token throughput</source>
        <translation>Ausgabe-Token-Durchsatz</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>Tok/s</translation>
    </message>
    <message>
        <source>Total token throughput</source>
        <translation>Gesamt-Token-Durchsatz</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>ITL</source>
        <translation>ITL</translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation>E2E-Latenz</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>Goodput</translation>
    </message>
    <message>
        <source>— (no SLO set)</source>
        <translation>— (kein SLO gesetzt)</translation>
    </message>
    <message>
        <source>Energy per output token</source>
        <translation>Energie pro Ausgabe-Token</translation>
    </message>
    <message>
        <source>Load generator</source>
        <translation>Lastgenerator</translation>
    </message>
    <message>
        <source>FELL BEHIND its schedule (p99 lateness %1): latencies may describe the client</source>
        <translation>LAG HINTER seinem Zeitplan (p99-Verspätung %1): Die Latenzen könnten den Client beschreiben</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1&apos;s own aggregates (aggregate-only: nothing recomputed)</source>
        <translation>die eigenen Aggregate von %1 (nur Aggregate: nichts neu berechnet)</translation>
    </message>
    <message>
        <source>recomputed from %1&apos;s per-request records</source>
        <translation>aus den Einzeldatensätzen von %1 neu berechnet</translation>
    </message>
    <message>
        <source>Tool&apos;s method</source>
        <translation>Methode des Werkzeugs</translation>
    </message>
    <message>
        <source>percentiles: %1; output tokens: %2</source>
        <translation>Perzentile: %1; Ausgabe-Token: %2</translation>
    </message>
    <message>
        <source>Tool&apos;s verdict</source>
        <translation>Urteil des Werkzeugs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation>Gegenprüfung</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>nicht gemessen: %1</translation>
    </message>
    <message>
        <source>%1 (phase “%2” on %3 nodes vs. the 1-node baseline “%4”)</source>
        <translation>%1 (Phase „%2“ auf %3 Knoten gegenüber der 1-Knoten-Basislinie „%4“)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>%1 – %2 (bootstrap over %3)</source>
        <translation>%1 – %2 (Bootstrap über %3)</translation>
    </message>
    <message>
        <source>not available (too few samples)</source>
        <translation>nicht verfügbar (zu wenige Stichproben)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>not stated by the file</source>
        <translation>in der Datei nicht angegeben</translation>
    </message>
    <message>
        <source>from the server&apos;s usage</source>
        <translation>aus der usage des Servers</translation>
    </message>
    <message>
        <source>counted from reasoning chunks</source>
        <translation>aus Reasoning-Chunks gezählt</translation>
    </message>
    <message>
        <source>partly from usage, partly counted</source>
        <translation>teils aus usage, teils gezählt</translation>
    </message>
    <message>
        <source>%1 tokens, %2 of output tokens (%3)</source>
        <extracomment>%1 token count, %2 share of output tokens, %3 where the count comes from</extracomment>
        <translation>%1 Tokens, %2 der Ausgabe-Tokens (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) all reasoning</source>
        <translation>
            <numerusform>%n Antwort nur aus Reasoning</numerusform>
            <numerusform>%n Antworten nur aus Reasoning</numerusform>
        </translation>
    </message>
    <message>
        <source>exact (counted by the server&apos;s tokenizer)</source>
        <translation>exakt (vom Tokenizer des Servers gezählt)</translation>
    </message>
    <message>
        <source>estimated from word counts</source>
        <translation>aus Wortzahlen geschätzt</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Input tokens (mean)</source>
        <extracomment>mean token counts: requested, then what the server counted</extracomment>
        <translation>Eingabe-Tokens (Mittel)</translation>
    </message>
    <message>
        <source>requested %1, received %2</source>
        <translation>angefordert %1, erhalten %2</translation>
    </message>
    <message>
        <source>Output tokens (mean)</source>
        <translation>Ausgabe-Tokens (Mittel)</translation>
    </message>
    <message>
        <source>requested %1, received %2; %3 of %4 answers shorter than max_tokens</source>
        <translation>angefordert %1, erhalten %2; %3 von %4 Antworten kürzer als max_tokens</translation>
    </message>
    <message>
        <source>Prompt lengths</source>
        <translation>Prompt-Längen</translation>
    </message>
    <message>
        <source>Answer TTFT</source>
        <translation>Antwort-TTFT</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>TraceFile</name>
    <message>
        <source>%1 must be a whole number from 1 to 1000000, found %2</source>
        <translation>%1 muss eine ganze Zahl von 1 bis 1000000 sein, %2 gefunden</translation>
    </message>
    <message>
        <source>the time must be from 0 to %1 s, found %2</source>
        <translation>Die Zeit muss zwischen 0 und %1 s liegen, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 2^53, found %2</source>
        <translation>%1 muss eine ganze Zahl von 0 bis 2^53 sein, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet: ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a %1 line in a %2 trace</source>
        <translation>eine %1-Zeile in einem %2-Trace</translation>
    </message>
    <message>
        <source>hash_ids must be a list</source>
        <translation>hash_ids muss eine Liste sein</translation>
    </message>
    <message>
        <source>hash_ids must hold numbers</source>
        <translation>hash_ids muss Zahlen enthalten</translation>
    </message>
    <message>
        <source>expected time_s,input_tokens,output_tokens[,prefix_id]</source>
        <translation>erwartet: time_s,input_tokens,output_tokens[,prefix_id]</translation>
    </message>
    <message>
        <source>column %1 is not a number: &quot;%2&quot;</source>
        <translation>Spalte %1 ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <source>more than %1 requests</source>
        <translation>mehr als %1 Anfragen</translation>
    </message>
    <message>
        <source>a CSV line in a %1 trace</source>
        <translation>eine CSV-Zeile in einem %1-Trace</translation>
    </message>
    <message>
        <source>%1 block ids for %2 input tokens: a block is %3 tokens</source>
        <translation>%1 Block-IDs für %2 Eingabe-Tokens: Ein Block umfasst %3 Tokens</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the trace holds no request</source>
        <translation>Der Trace enthält keine Anfrage</translation>
    </message>
    <message>
        <source>a request trace</source>
        <translation>ein Anfrage-Trace</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 µs</source>
        <extracomment>unit: microseconds</extracomment>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>unit: milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>unit: seconds
----------
time left, whole seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a rate and its unit, e.g. &quot;12.3 req/s&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a percentage</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 J/token</source>
        <extracomment>energy per output token</extracomment>
        <translation>%1 J/Token</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>time left: minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>time left: hours and minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>VllmImport</name>
    <message>
        <source>has %1 entries but ttfts has %2</source>
        <translation>hat %1 Einträge, ttfts aber %2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a list of gaps in seconds</source>
        <translation>Liste von Abständen in Sekunden erwartet</translation>
    </message>
    <message>
        <source>expected a gap of zero or more seconds</source>
        <translation>Abstand von null oder mehr Sekunden erwartet</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>missing backend or model_id: not a vLLM bench serve result</source>
        <translation>backend oder model_id fehlt: kein Ergebnis von vLLM bench serve</translation>
    </message>
    <message>
        <source>the server&apos;s usage, else re-tokenized with %1</source>
        <translation>die usage-Angabe des Servers, sonst neu tokenisiert mit %1</translation>
    </message>
    <message>
        <source>no request completed, so the file&apos;s latency figures (all 0) are not measurements</source>
        <translation>Keine Anfrage wurde abgeschlossen, daher sind die Latenzwerte der Datei (alle 0) keine Messungen</translation>
    </message>
    <message>
        <source>vLLM keeps no send times: duration, throughput and time series are the tool&apos;s own; latencies are recomputed from the per-request lists</source>
        <translation>vLLM speichert keine Sendezeiten: Dauer, Durchsatz und Zeitreihen sind die des Werkzeugs; Latenzen werden aus den Listen pro Anfrage neu berechnet</translation>
    </message>
    <message>
        <source>vLLM&apos;s ITL is per streamed chunk, which may carry several tokens</source>
        <translation>Die ITL von vLLM gilt pro gestreamtem Chunk, der mehrere Token tragen kann</translation>
    </message>
    <message>
        <source>aggregates only: the file has no per-request lists (run with --save-detailed), so distributions, intervals and time series cannot be recomputed</source>
        <translation>nur Aggregate: Die Datei hat keine Listen pro Anfrage (mit --save-detailed ausführen), daher lassen sich Verteilungen, Intervalle und Zeitreihen nicht neu berechnen</translation>
    </message>
</context>
<context>
    <name>inferdeck::ClusterEditor</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>This machine (local)</source>
        <translation>Dieser Rechner (lokal)</translation>
    </message>
    <message>
        <source>user@host[:port] or a Host alias of ~/.ssh/config</source>
        <translation>user@host[:port] oder ein Host-Alias aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000 (as the node sees it)</source>
        <translation>http://127.0.0.1:8000 (wie der Knoten es sieht)</translation>
    </message>
    <message>
        <source>empty: the server is already running; e.g. vllm serve {model} --port {port}</source>
        <translation>leer: Der Server läuft bereits; z. B. vllm serve {model} --port {port}</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Knoten entfernen</translation>
    </message>
    <message>
        <source>Node name:</source>
        <translation>Knotenname:</translation>
    </message>
    <message>
        <source>Reached by:</source>
        <translation>Erreichbar über:</translation>
    </message>
    <message>
        <source>SSH destination:</source>
        <translation>SSH-Ziel:</translation>
    </message>
    <message>
        <source>Server endpoint:</source>
        <translation>Server-Endpunkt:</translation>
    </message>
    <message>
        <source>Launch command:</source>
        <translation>Startbefehl:</translation>
    </message>
    <message>
        <source>Ready within:</source>
        <translation>Bereit innerhalb von:</translation>
    </message>
    <message>
        <source>cluster file</source>
        <translation>Cluster-Datei</translation>
    </message>
    <message>
        <source>Clusters (*.json)</source>
        <translation>Cluster (*.json)</translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation>Clustername:</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>node-%1</source>
        <translation>knoten-%1</translation>
    </message>
    <message>
        <source>this cluster</source>
        <translation>dieser Cluster</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, Python %3, %4 CPUs, %5&lt;br&gt;GPUs: %6&lt;br&gt;Driver %7, CUDA %8&lt;br&gt;Engines: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, Python %3, %4 CPUs, %5&lt;br&gt;GPUs: %6&lt;br&gt;Treiber %7, CUDA %8&lt;br&gt;Engines: %9</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (flagged in the report)</source>
        <translation>Zertifikat des Servers nicht prüfen (im Bericht markiert)</translation>
    </message>
    <message>
        <source>name of an environment variable on this machine, e.g. VLLM_API_KEY</source>
        <translation>Name einer Umgebungsvariablen auf diesem Rechner, z. B. VLLM_API_KEY</translation>
    </message>
    <message>
        <source>or a file on this machine holding the key (chmod 600)</source>
        <translation>oder eine Datei auf diesem Rechner, die den Schlüssel enthält (chmod 600)</translation>
    </message>
    <message>
        <source>https only: a PEM CA bundle on this machine; empty: the system CAs</source>
        <translation>nur https: ein PEM-CA-Bündel auf diesem Rechner; leer: die System-CAs</translation>
    </message>
    <message>
        <source>simulator default</source>
        <translation>Standard des Simulators</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>API key variable:</source>
        <translation>API-Schlüssel-Variable:</translation>
    </message>
    <message>
        <source>API key file:</source>
        <translation>API-Schlüsseldatei:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Simulator dialect:</source>
        <extracomment>the engine whose stream format the built-in simulator imitates</extracomment>
        <translation>Simulator-Dialekt:</translation>
    </message>
    <message>
        <source>Simulated reasoning:</source>
        <translation>Simuliertes Reasoning:</translation>
    </message>
    <message>
        <source>empty: the engine&apos;s own metrics are not read</source>
        <translation>leer: die eigenen Metriken der Engine werden nicht gelesen</translation>
    </message>
    <message>
        <source>Where the engine publishes its Prometheus metrics on the endpoint&apos;s host and port (vLLM, SGLang, TGI: /metrics; llama.cpp only with --metrics). Its queue, KV cache and per-request histograms explain where the time goes.</source>
        <translation>Wo die Engine ihre Prometheus-Metriken auf Host und Port des Endpunkts veröffentlicht (vLLM, SGLang, TGI: /metrics; llama.cpp nur mit --metrics). Ihre Warteschlange, ihr KV-Cache und ihre Histogramme pro Anfrage erklären, wohin die Zeit geht.</translation>
    </message>
    <message>
        <source>Engine metrics path:</source>
        <translation>Pfad der Engine-Metriken:</translation>
    </message>
    <message>
        <source>Slurm job step (the cluster&apos;s scheduler)</source>
        <extracomment>a node of a cluster whose file has a Slurm scheduler: it runs where the job&apos;s allocation puts it</extracomment>
        <translation>Slurm-Jobschritt (Scheduler des Clusters)</translation>
    </message>
    <message>
        <source>%1 (Slurm)</source>
        <translation>%1 (Slurm)</translation>
    </message>
    <message>
        <source>Kubernetes pod (the cluster&apos;s scheduler)</source>
        <extracomment>a node of a cluster whose file has a Kubernetes scheduler: it runs in one of the cluster&apos;s pods</extracomment>
        <translation>Kubernetes-Pod (Scheduler des Clusters)</translation>
    </message>
    <message>
        <source>%1 (Kubernetes pod)</source>
        <translation>%1 (Kubernetes-Pod)</translation>
    </message>
</context>
<context>
    <name>inferdeck::CompareView</name>
    <message>
        <source>%1 of each result</source>
        <translation>%1 jedes Ergebnisses</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <source>share of requests</source>
        <translation>Anteil der Anfragen</translation>
    </message>
    <message>
        <source>File › Compare results… opens two or more result files.</source>
        <translation>Datei › Ergebnisse vergleichen… öffnet zwei oder mehr Ergebnisdateien.</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Reading %1 files…</source>
        <translation>%1 Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Open at least two results to compare.</source>
        <translation>Öffnen Sie mindestens zwei Ergebnisse zum Vergleichen.</translation>
    </message>
    <message>
        <source>Comparing against %1…</source>
        <translation>Vergleich mit %1…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>This result</source>
        <translation>Dieses Ergebnis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Signifikant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>yes, worse</source>
        <translation>ja, schlechter</translation>
    </message>
    <message>
        <source>yes, better</source>
        <translation>ja, besser</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Not drawn: none of the files has per-request records, only its tool&apos;s aggregates.</source>
        <translation>Nicht gezeichnet: Keine der Dateien hat Einzeldatensätze, nur die Aggregate ihres Werkzeugs.</translation>
    </message>
    <message>
        <source>(files without per-request records are not drawn)</source>
        <translation>(Dateien ohne Einzeldatensätze werden nicht gezeichnet)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Values from</source>
        <translation>Werte aus</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>Every other result is compared with this one</source>
        <translation>Jedes andere Ergebnis wird mit diesem verglichen</translation>
    </message>
    <message>
        <source>%1 compared with the baseline %2 (choose another baseline above).</source>
        <translation>%1 verglichen mit der Basis %2 (oben lässt sich eine andere Basis wählen).</translation>
    </message>
    <message>
        <source>%1 results compared with the baseline %2 (choose another baseline above).</source>
        <translation>%1 Ergebnisse verglichen mit der Basis %2 (oben lässt sich eine andere Basis wählen).</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>nicht beurteilbar</translation>
    </message>
</context>
<context>
    <name>inferdeck::DashboardView</name>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Uploading the agent</source>
        <translation>Agent wird hochgeladen</translation>
    </message>
    <message>
        <source>Launching servers</source>
        <translation>Server werden gestartet</translation>
    </message>
    <message>
        <source>Waiting for servers</source>
        <translation>Warten auf die Server</translation>
    </message>
    <message>
        <source>Probing nodes</source>
        <translation>Knoten werden abgefragt</translation>
    </message>
    <message>
        <source>Estimating clock offsets</source>
        <translation>Uhrversätze werden geschätzt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No run yet: Run › Run demo cluster (Ctrl+R) starts one.</source>
        <translation>Noch kein Lauf: Ausführen › Demo-Cluster ausführen (Strg+R) startet einen.</translation>
    </message>
    <message>
        <source>Output-token throughput</source>
        <translation>Ausgabe-Token-Durchsatz</translation>
    </message>
    <message>
        <source>s since phase start</source>
        <translation>s seit Phasenbeginn</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>TTFT percentiles</source>
        <translation>TTFT-Perzentile</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation>GPU-Auslastung</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation>GPU-Leistung</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation>Belegter GPU-Speicher</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>phase %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>wird abgeschlossen</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 done, %3 failed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 fertig, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Phase &lt;b&gt;%1&lt;/b&gt;, repetition %2 — %3</source>
        <translation>Phase &lt;b&gt;%1&lt;/b&gt;, Wiederholung %2 — %3</translation>
    </message>
    <message>
        <source>%1 of %2 requests in this phase (warm-up included), %3</source>
        <translation>%1 von %2 Anfragen in dieser Phase (Aufwärmen eingeschlossen), %3</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>beginnt</translation>
    </message>
    <message>
        <source>phase starting, %1</source>
        <translation>Phase beginnt, %1</translation>
    </message>
    <message>
        <source>%1 into this phase, which measures for %2 after its warm-up; %3</source>
        <translation>%1 in dieser Phase, die nach dem Aufwärmen %2 lang misst; %3</translation>
    </message>
    <message>
        <source>Engine queue: waiting requests</source>
        <translation>Engine-Warteschlange: wartende Anfragen</translation>
    </message>
    <message>
        <source>Engine: running requests</source>
        <translation>Engine: laufende Anfragen</translation>
    </message>
    <message>
        <source>Engine KV cache use</source>
        <translation>KV-Cache-Nutzung der Engine</translation>
    </message>
    <message>
        <source>Not measured — %1</source>
        <translation>Nicht gemessen – %1</translation>
    </message>
</context>
<context>
    <name>inferdeck::ExportDialog</name>
    <message>
        <source>PDF — to print or send</source>
        <translation>PDF — zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>HTML — one self-contained page</source>
        <translation>HTML — eine in sich geschlossene Seite</translation>
    </message>
    <message>
        <source>Markdown — with the charts as SVG files beside it</source>
        <translation>Markdown — mit den Diagrammen als SVG-Dateien daneben</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export the report into</source>
        <translation>Bericht exportieren nach</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>inferdeck::GradeCardModel</name>
    <message>
        <source>informational</source>
        <translation>zur Information</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>inferdeck::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>The authenticity of &lt;b&gt;%1&lt;/b&gt; cannot be established: its key is not in %2. Compare the fingerprint with the one the node&apos;s administrator gives you before trusting it.</source>
        <translation>Die Echtheit von &lt;b&gt;%1&lt;/b&gt; lässt sich nicht feststellen: Sein Schlüssel steht nicht in %2. Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Knotens nennt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation>Einmal akzeptieren</translation>
    </message>
    <message>
        <source>Accept and save</source>
        <translation>Akzeptieren und speichern</translation>
    </message>
</context>
<context>
    <name>inferdeck::LibraryTableModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
fingerprint %2 · plan %3 · driver %4</source>
        <translation>%1
Fingerabdruck %2 · Plan %3 · Treiber %4</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPU count × GPU model, e.g. &quot;8 × NVIDIA H100 80GB HBM3&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indiziert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>Ausgabe-Token/s</translation>
    </message>
    <message>
        <source>Req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>TTFT p99 (ms)</source>
        <translation>TTFT p99 (ms)</translation>
    </message>
    <message>
        <source>TPOT p99 (ms)</source>
        <translation>TPOT p99 (ms)</translation>
    </message>
    <message>
        <source>E2E p99 (ms)</source>
        <translation>E2E p99 (ms)</translation>
    </message>
    <message>
        <source>Success (%)</source>
        <translation>Erfolg (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>the file does not say which prompts the tool sent</extracomment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>inferdeck::LibraryView</name>
    <message>
        <source>Search: words, or model=… engine=… gpu=… tool=… grade=… plan=… dataset=… phase=…</source>
        <translation>Suche: Wörter oder model=… engine=… gpu=… tool=… grade=… plan=… dataset=… phase=…</translation>
    </message>
    <message>
        <source>Every word must match somewhere; FIELD=VALUE matches part of that field. Fields: %1</source>
        <translation>Jedes Wort muss irgendwo vorkommen; FELD=WERT passt auf einen Teil dieses Felds. Felder: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open the selected run</source>
        <translation>Den ausgewählten Lauf öffnen</translation>
    </message>
    <message>
        <source>Compare the selected runs; you choose the baseline</source>
        <translation>Die ausgewählten Läufe vergleichen; Sie wählen die Basis</translation>
    </message>
    <message>
        <source>One run selected: every run with its fingerprint; several: exactly those</source>
        <translation>Ein Lauf ausgewählt: jeder Lauf mit seinem Fingerabdruck; mehrere: genau diese</translation>
    </message>
    <message>
        <source>Forget the selected entries; the files stay where they are</source>
        <translation>Die ausgewählten Einträge vergessen; die Dateien bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Export library rows</source>
        <translation>Bibliothekszeilen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Add a folder of results to the library</source>
        <translation>Einen Ordner mit Ergebnissen zur Bibliothek hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n new, </source>
        <translation>
            <numerusform>%n neu, </numerusform>
            <numerusform>%n neu, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n aktualisiert, </numerusform>
            <numerusform>%n aktualisiert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved, </source>
        <translation>
            <numerusform>%n verschoben, </numerusform>
            <numerusform>%n verschoben, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing, </source>
        <translation>
            <numerusform>%n fehlend, </numerusform>
            <numerusform>%n fehlend, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unlesbar</numerusform>
            <numerusform>%n unlesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — last update: %2.</source>
        <translation>%1 — letzte Aktualisierung: %2.</translation>
    </message>
    <message>
        <source>The library cannot be used: %1</source>
        <translation>Die Bibliothek ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Indexing %p%</source>
        <translation>Indizierung %p%</translation>
    </message>
    <message>
        <source>Checking files %p%</source>
        <translation>Dateien werden geprüft %p%</translation>
    </message>
    <message>
        <source>No library.</source>
        <translation>Keine Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) shown. Library: %2</source>
        <translation>
            <numerusform>%1 von %n Lauf angezeigt. Bibliothek: %2</numerusform>
            <numerusform>%1 von %n Läufen angezeigt. Bibliothek: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least two runs to compare.</source>
        <translation>Wählen Sie mindestens zwei Läufe zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>a run to choose as the baseline: start, model, file</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Every other run is compared with the baseline:</source>
        <translation>Jeder andere Lauf wird mit der Basis verglichen:</translation>
    </message>
    <message>
        <source>Select a run (its fingerprint&apos;s runs are trended) or several runs.</source>
        <translation>Wählen Sie einen Lauf (der Trend zeigt die Läufe mit seinem Fingerabdruck) oder mehrere Läufe.</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>Die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>inferdeck::LimitEdit</name>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: a limit must be above 0 (leave it empty for no limit)</source>
        <translation>%1: Ein Limit muss über 0 liegen (leer lassen für kein Limit)</translation>
    </message>
</context>
<context>
    <name>inferdeck::LogPanel</name>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the lines shown to the clipboard</source>
        <translation>Die angezeigten Zeilen in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>inferdeck::MainWindow</name>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>InferDeck</source>
        <translation>InferDeck</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Live-Lauf</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Demo cluster (simulated)</source>
        <translation>Demo-Cluster (simuliert)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Compare results…</source>
        <translation>Ergebnisse &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Save result as…</source>
        <translation>Ergebnis &amp;speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Edit cluster…</source>
        <translation>Cluster &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Use the &amp;demo cluster</source>
        <translation>&amp;Demo-Cluster verwenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run &amp;demo cluster</source>
        <translation>&amp;Demo-Cluster ausführen</translation>
    </message>
    <message>
        <source>Run &amp;plan file on the cluster…</source>
        <translation>&amp;Plandatei auf dem Cluster ausführen…</translation>
    </message>
    <message>
        <source>&amp;Edit a plan and run it…</source>
        <translation>Plan &amp;bearbeiten und ausführen…</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Recover interrupted runs…</source>
        <translation>Unterbrochene Läufe &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>InferDeck &amp;help</source>
        <translation>InferDeck-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About InferDeck</source>
        <translation>Ü&amp;ber InferDeck</translation>
    </message>
    <message>
        <source>The rubric in the settings cannot be used; grading with the built-in one</source>
        <translation>Das Bewertungsschema aus den Einstellungen ist nicht verwendbar; es wird mit dem eingebauten bewertet</translation>
    </message>
    <message>
        <source>InferDeck help</source>
        <translation>InferDeck-Hilfe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;open a result file (or drop it on the window)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+S&lt;/td&gt;&lt;td&gt;save the open result under another name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;export the report as Markdown, HTML and PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;run the demo cluster&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;run a plan file on a cluster file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Ctrl+.&lt;/td&gt;&lt;td&gt;cancel the run (after asking)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Every number is computed from the per-request records in the result file; &lt;tt&gt;inferdeck-cli records FILE&lt;/tt&gt; prints them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tastatur&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Strg+O&lt;/td&gt;&lt;td&gt;eine Ergebnisdatei öffnen (oder auf das Fenster ziehen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+S&lt;/td&gt;&lt;td&gt;das geöffnete Ergebnis unter anderem Namen speichern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+E&lt;/td&gt;&lt;td&gt;den Bericht als Markdown, HTML und PDF exportieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+R&lt;/td&gt;&lt;td&gt;den Demo-Cluster ausführen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+R&lt;/td&gt;&lt;td&gt;eine Plandatei auf einer Cluster-Datei ausführen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Strg+.&lt;/td&gt;&lt;td&gt;den Lauf abbrechen (nach Rückfrage)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Jede Zahl wird aus den Einzeldatensätzen der Ergebnisdatei berechnet; &lt;tt&gt;inferdeck-cli records DATEI&lt;/tt&gt; gibt sie aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About InferDeck</source>
        <translation>Über InferDeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;InferDeck %1&lt;/b&gt;&lt;p&gt;LLM inference benchmarking on GPU clusters, graded honestly: every number is computed from the raw records in the result file.&lt;/p&gt;&lt;p&gt;Qt %2 · libssh %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;InferDeck %1&lt;/b&gt;&lt;p&gt;LLM-Inferenz-Benchmarks auf GPU-Clustern, ehrlich bewertet: Jede Zahl wird aus den Rohdatensätzen der Ergebnisdatei berechnet.&lt;/p&gt;&lt;p&gt;Qt %2 · libssh %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a node in the run&apos;s node list: its name, its last log line, and below it its scheduler&apos;s state</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>Open result files</source>
        <translation>Ergebnisdateien öffnen</translation>
    </message>
    <message>
        <source>Result files (*.json *.jsonl *.csv *.txt);;InferDeck results (*.inferdeck.json);;All files (*)</source>
        <translation>Ergebnisdateien (*.json *.jsonl *.csv *.txt);;InferDeck-Ergebnisse (*.inferdeck.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose at least two results to compare</source>
        <translation>Wählen Sie mindestens zwei Ergebnisse zum Vergleichen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — InferDeck</source>
        <translation>%1 — InferDeck</translation>
    </message>
    <message>
        <source>Loaded %1 (phases: %2)</source>
        <translation>%1 geladen (Phasen: %2)</translation>
    </message>
    <message>
        <source>Save result as</source>
        <translation>Ergebnis speichern unter</translation>
    </message>
    <message>
        <source>InferDeck results (*.inferdeck.json)</source>
        <translation>InferDeck-Ergebnisse (*.inferdeck.json)</translation>
    </message>
    <message>
        <source>Cannot save the result</source>
        <translation>Das Ergebnis kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Quitting cancels the run: the nodes stop, what was measured is saved and marked cancelled. Quit?</source>
        <translation>Beenden bricht den Lauf ab: Die Knoten stoppen, das Gemessene wird gespeichert und als abgebrochen markiert. Beenden?</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Plandatei</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>Pläne (*.json)</translation>
    </message>
    <message>
        <source>Cannot use this plan</source>
        <translation>Dieser Plan ist nicht verwendbar</translation>
    </message>
    <message>
        <source>A run is already in progress</source>
        <translation>Ein Lauf ist bereits im Gange</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>Lauf abgeschlossen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation>Den Lauf abbrechen?</translation>
    </message>
    <message>
        <source>The nodes stop issuing requests; what was measured so far is saved and marked cancelled.</source>
        <translation>Die Knoten senden keine Anfragen mehr; das bisher Gemessene wird gespeichert und als abgebrochen markiert.</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Recover interrupted runs?</source>
        <translation>Unterbrochene Läufe wiederherstellen?</translation>
    </message>
    <message>
        <source>%1 run(s) ended without a result, probably because InferDeck was closed or crashed mid-run. Rebuild their results from the journals?</source>
        <translation>%1 Lauf/Läufe endeten ohne Ergebnis, vermutlich weil InferDeck während des Laufs geschlossen wurde oder abstürzte. Ihre Ergebnisse aus den Journalen wiederherstellen?</translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation>%1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>cannot write the result</source>
        <translation>Das Ergebnis kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Results to compare (the earliest is the baseline; the Compare tab changes it)</source>
        <translation>Zu vergleichende Ergebnisse (das früheste ist die Basis; im Tab Vergleich änderbar)</translation>
    </message>
    <message>
        <source>Cluster for runs</source>
        <translation>Cluster für Läufe</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Results &amp;library</source>
        <translation>Ergebnisbib&amp;liothek</translation>
    </message>
    <message>
        <source>&amp;Add a folder to the library…</source>
        <translation>Ordner zur Bibliothek &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a folder of results to the library</source>
        <translation>Einen Ordner mit Ergebnissen zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <source>node %1 runs as a step of the run&apos;s Slurm job; it is reached once a run starts</source>
        <translation>Knoten %1 läuft als Jobschritt im Slurm-Job des Laufs; er ist erreichbar, sobald ein Lauf startet</translation>
    </message>
    <message>
        <source>Cannot read the ssh configuration</source>
        <translation>Die SSH-Konfiguration kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot use this Slurm cluster</source>
        <translation>Dieser Slurm-Cluster ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 (%3), waiting</source>
        <extracomment>%1 a Slurm job id, %2 its queue state (PENDING), %3 Slurm&apos;s reason (Resources, Priority)</extracomment>
        <translation>Slurm-Job %1: %2 (%3), wartet</translation>
    </message>
    <message>
        <source>Kubernetes pod</source>
        <translation>Kubernetes-Pod</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>node %1 runs in one of the cluster&apos;s Kubernetes pods; it is reached once a run starts</source>
        <translation>Knoten %1 läuft in einem der Kubernetes-Pods des Clusters; er ist erreichbar, sobald ein Lauf startet</translation>
    </message>
    <message>
        <source>Cannot use this Kubernetes cluster</source>
        <translation>Dieser Kubernetes-Cluster ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 (%3)</source>
        <translation>Slurm-Job %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Slurm job %1: RUNNING on %2</source>
        <translation>Slurm-Job %1: RUNNING auf %2</translation>
    </message>
    <message>
        <source>pod %1: %2, %3, restarts %4</source>
        <extracomment>%1 a pod, %2 its phase (Running), %3 ready or not ready, %4 its container&apos;s restart count</extracomment>
        <translation>Pod %1: %2, %3, Neustarts %4</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <source>Stopping the run before quitting…</source>
        <translation>Der Lauf wird vor dem Beenden gestoppt …</translation>
    </message>
</context>
<context>
    <name>inferdeck::PlanEditor</name>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normalverteilt</translation>
    </message>
    <message>
        <source>log-normal</source>
        <translation>log-normalverteilt</translation>
    </message>
    <message>
        <source>mean </source>
        <translation>Mittel </translation>
    </message>
    <message>
        <source>sd </source>
        <translation>SA </translation>
    </message>
    <message>
        <source>min </source>
        <translation>min. </translation>
    </message>
    <message>
        <source>max </source>
        <translation>max. </translation>
    </message>
    <message>
        <source>stream tokens (needed for TTFT, TPOT and ITL)</source>
        <translation>Token streamen (nötig für TTFT, TPOT und ITL)</translation>
    </message>
    <message>
        <source>measure a 1-node baseline beside every N-node phase (scaling efficiency)</source>
        <translation>neben jeder N-Knoten-Phase eine 1-Knoten-Basislinie messen (Skalierungseffizienz)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>completions</source>
        <translation>completions</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>synthetic prompts</source>
        <translation>synthetische Prompts</translation>
    </message>
    <message>
        <source>summarization (CNN/DailyMail shape, with references)</source>
        <translation>Zusammenfassung (nach CNN/DailyMail, mit Referenzen)</translation>
    </message>
    <message>
        <source>JSONL file</source>
        <translation>JSONL-Datei</translation>
    </message>
    <message>
        <source>path on the nodes to JSONL of {prompt, max_tokens, reference?}</source>
        <translation>Pfad auf den Knoten zu JSONL mit {prompt, max_tokens, reference?}</translation>
    </message>
    <message>
        <source>closed loop: requests in flight</source>
        <translation>geschlossene Schleife: gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>constant rate (req/s)</source>
        <translation>konstante Rate (Anfr./s)</translation>
    </message>
    <message>
        <source>Poisson arrivals (req/s)</source>
        <translation>Poisson-Ankünfte (Anfr./s)</translation>
    </message>
    <message>
        <source>gamma arrivals (req/s)</source>
        <translation>Gamma-Ankünfte (Anfr./s)</translation>
    </message>
    <message>
        <source>e.g. 1, 2, 4, 8 — one phase per value; empty: one load</source>
        <translation>z. B. 1, 2, 4, 8 — eine Phase pro Wert; leer: eine Last</translation>
    </message>
    <message>
        <source>requests per node</source>
        <translation>Anfragen pro Knoten</translation>
    </message>
    <message>
        <source>seconds per node</source>
        <translation>Sekunden pro Knoten</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>instead of InferDeck&apos;s load: e.g. vllm bench serve ... --result-filename {result_file}</source>
        <translation>statt der Last von InferDeck: z. B. vllm bench serve ... --result-filename {result_file}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Dataset file:</source>
        <translation>Datensatzdatei:</translation>
    </message>
    <message>
        <source>Prompt lengths:</source>
        <translation>Prompt-Längen:</translation>
    </message>
    <message>
        <source>Completion lengths:</source>
        <translation>Antwortlängen:</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <source>Load per node:</source>
        <translation>Last pro Knoten:</translation>
    </message>
    <message>
        <source>Burstiness (gamma):</source>
        <translation>Burstiness (Gamma):</translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation>Sweep:</translation>
    </message>
    <message>
        <source>Each phase:</source>
        <translation>Jede Phase:</translation>
    </message>
    <message>
        <source>Warm-up requests:</source>
        <translation>Aufwärmanfragen:</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>SLO TTFT:</source>
        <translation>SLO TTFT:</translation>
    </message>
    <message>
        <source>SLO TPOT:</source>
        <translation>SLO TPOT:</translation>
    </message>
    <message>
        <source>SLO E2E:</source>
        <translation>SLO E2E:</translation>
    </message>
    <message>
        <source>Throughput target:</source>
        <translation>Durchsatzziel:</translation>
    </message>
    <message>
        <source>Generator lateness limit (p99):</source>
        <translation>Verspätungslimit des Generators (p99):</translation>
    </message>
    <message>
        <source>External tool:</source>
        <translation>Externes Werkzeug:</translation>
    </message>
    <message>
        <source>plan file</source>
        <translation>Plandatei</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>Pläne (*.json)</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>dieser Plan</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>tok/s per node</source>
        <translation>Tok/s pro Knoten</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Output tokens per second per node; empty: throughput is not graded</source>
        <translation>Ausgabe-Token pro Sekunde und Knoten; leer: Durchsatz wird nicht bewertet</translation>
    </message>
    <message>
        <source>SLO TTFT</source>
        <translation>SLO TTFT</translation>
    </message>
    <message>
        <source>SLO TPOT</source>
        <translation>SLO TPOT</translation>
    </message>
    <message>
        <source>SLO E2E</source>
        <translation>SLO E2E</translation>
    </message>
    <message>
        <source>Throughput target</source>
        <translation>Durchsatzziel</translation>
    </message>
    <message>
        <source>Sweep: “%1” is not a number (give values separated by commas)</source>
        <translation>Sweep: „%1“ ist keine Zahl (Werte durch Kommas getrennt angeben)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> groups</source>
        <extracomment>a count of shared prompt prefixes, e.g. &quot;8 groups&quot;</extracomment>
        <translation> Gruppen</translation>
    </message>
    <message>
        <source> tokens each</source>
        <extracomment>the length of each shared prompt prefix</extracomment>
        <translation> Tokens je Präfix</translation>
    </message>
    <message>
        <source>Synthetic prompts only: each prompt starts with one of this many fixed prefixes (a system prompt, few-shot examples), so the engine&apos;s prefix cache can serve them; the prompt lengths above are then the part after the prefix. None: every prompt is its own.</source>
        <translation>Nur synthetische Prompts: Jeder Prompt beginnt mit einem von so vielen festen Präfixen (ein System-Prompt, Few-Shot-Beispiele), sodass der Präfix-Cache der Engine sie liefern kann; die Prompt-Längen oben sind dann der Teil nach dem Präfix. Keine: jeder Prompt ist eigenständig.</translation>
    </message>
    <message>
        <source>Shared prefix:</source>
        <translation>Gemeinsames Präfix:</translation>
    </message>
    <message>
        <source>request trace (Mooncake, CSV or JSONL)</source>
        <translation>Anfrage-Trace (Mooncake, CSV oder JSONL)</translation>
    </message>
    <message>
        <source>trace file on this machine: Mooncake JSONL, or time_s,input_tokens,output_tokens[,prefix_id]</source>
        <translation>Trace-Datei auf diesem Rechner: Mooncake-JSONL oder time_s,input_tokens,output_tokens[,prefix_id]</translation>
    </message>
    <message>
        <source>Its lengths and shared prefix blocks make the prompts; with the load &quot;trace replay&quot; its times are the schedule. It is dealt round-robin over the nodes, each request keeping its time.</source>
        <translation>Seine Längen und gemeinsamen Präfix-Blöcke bilden die Prompts; mit der Last „Trace-Wiedergabe“ sind seine Zeiten der Zeitplan. Er wird reihum auf die Knoten verteilt, jede Anfrage behält ihre Zeit.</translation>
    </message>
    <message>
        <source>trace replay at its own times (× speed)</source>
        <translation>Trace-Wiedergabe zu seinen eigenen Zeiten (× Tempo)</translation>
    </message>
    <message>
        <source>Trace file:</source>
        <translation>Trace-Datei:</translation>
    </message>
    <message>
        <source>search the highest load per node that meets the SLOs</source>
        <translation>die höchste Last pro Knoten suchen, die die SLOs erfüllt</translation>
    </message>
    <message>
        <source>ShareGPT conversations (JSON)</source>
        <translation>ShareGPT-Konversationen (JSON)</translation>
    </message>
    <message>
        <source>ShareGPT JSON on this machine: [{&quot;conversations&quot;: [{&quot;from&quot;: &quot;human&quot;, &quot;value&quot;: ...}, ...]}, ...]</source>
        <translation>ShareGPT-JSON auf diesem Rechner: [{&quot;conversations&quot;: [{&quot;from&quot;: &quot;human&quot;, &quot;value&quot;: ...}, ...]}, ...]</translation>
    </message>
    <message>
        <source>Without sessions each conversation&apos;s first human turn is a request, asking for as many tokens as its recorded answer (as vLLM&apos;s benchmark samples it); with sessions its human turns are replayed with the model&apos;s own answers as history.</source>
        <translation>Ohne Sitzungen ist die erste Nutzerrunde jeder Konversation eine Anfrage, die so viele Tokens anfordert wie ihre aufgezeichnete Antwort (wie vLLMs Benchmark sie auswählt); mit Sitzungen werden ihre Nutzerrunden mit den eigenen Antworten des Modells als Verlauf wiedergegeben.</translation>
    </message>
    <message>
        <source>ShareGPT file:</source>
        <translation>ShareGPT-Datei:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>Each step is a phase at one load with its own warm-up: the load above first, then doubled or halved until the capacity is bracketed, then bisected. Needs at least one SLO.</source>
        <translation>Jeder Schritt ist eine Phase bei einer Last mit eigener Aufwärmphase: zuerst die Last oben, dann verdoppelt oder halbiert, bis die Kapazität eingeschlossen ist, dann per Bisektion eingegrenzt. Braucht mindestens ein SLO.</translation>
    </message>
    <message>
        <source> % meet the SLOs</source>
        <translation> % erfüllen die SLOs</translation>
    </message>
    <message>
        <source> % bracket</source>
        <translation> % Einschlussintervall</translation>
    </message>
    <message>
        <source>The search ends when the highest load that met the target and the lowest that missed it are this close</source>
        <translation>Die Suche endet, wenn die höchste Last, die das Ziel erfüllte, und die niedrigste, die es verfehlte, so nahe beieinander liegen</translation>
    </message>
    <message>
        <source>from </source>
        <translation>von </translation>
    </message>
    <message>
        <source>to </source>
        <translation>bis </translation>
    </message>
    <message>
        <source> steps at most</source>
        <translation> Schritte maximal</translation>
    </message>
    <message>
        <source>Capacity search:</source>
        <translation>Kapazitätssuche:</translation>
    </message>
    <message>
        <source>empty: the load stays; a value: ramp linearly to it over the phase</source>
        <translation>leer: die Last bleibt; ein Wert: über die Phase linear dorthin steigen</translation>
    </message>
    <message>
        <source>e.g. 2×30, 8×30 — each load for its seconds; empty: one load</source>
        <translation>z. B. 2×30, 8×30 — jede Last für ihre Sekunden; leer: eine Last</translation>
    </message>
    <message>
        <source>Ramp to:</source>
        <translation>Rampe bis:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <source>Ramp to: “%1” is not a number</source>
        <translation>Rampe bis: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Stages: “%1” is not a load × seconds (e.g. 8×30)</source>
        <translation>Stufen: „%1“ ist keine Last × Sekunden (z. B. 8×30)</translation>
    </message>
</context>
<context>
    <name>inferdeck::ReportPreview</name>
    <message>
        <source>The report of the open result appears here.</source>
        <translation>Hier erscheint der Bericht des geöffneten Ergebnisses.</translation>
    </message>
</context>
<context>
    <name>inferdeck::RequestTableModel</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent (s)</source>
        <translation>Gesendet (s)</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT (ms)</translation>
    </message>
    <message>
        <source>E2E (ms)</source>
        <translation>E2E (ms)</translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation>TPOT (ms)</translation>
    </message>
    <message>
        <source>In tokens</source>
        <translation>Eingabe-Token</translation>
    </message>
    <message>
        <source>Out tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Answer TTFT (ms)</source>
        <extracomment>time to the first answer token (after a reasoning model&apos;s thinking)</extracomment>
        <translation>Antwort-TTFT (ms)</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Reasoning-Tokens</translation>
    </message>
    <message>
        <source>In requested</source>
        <extracomment>input tokens the workload asked for</extracomment>
        <translation>Eingabe angefordert</translation>
    </message>
    <message>
        <source>Out requested</source>
        <extracomment>max_tokens asked for</extracomment>
        <translation>Ausgabe angefordert</translation>
    </message>
</context>
<context>
    <name>inferdeck::ResultView</name>
    <message>
        <source>Open a result file (Ctrl+O) or run the demo cluster (Ctrl+R).</source>
        <translation>Öffnen Sie eine Ergebnisdatei (Strg+O) oder führen Sie den Demo-Cluster aus (Strg+R).</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <source>Grade card</source>
        <translation>Notenkarte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Phase “%1”: aggregates only, so distributions, intervals and time series cannot be recomputed.</source>
        <translation>Phase „%1“: nur Aggregate, daher lassen sich Verteilungen, Intervalle und Zeitreihen nicht neu berechnen.</translation>
    </message>
    <message>
        <source>Phase “%1”: %2</source>
        <translation>Phase „%1“: %2</translation>
    </message>
    <message>
        <source>… and %1 more differences between the file&apos;s summary and its records.</source>
        <translation>… und %1 weitere Abweichungen zwischen der Zusammenfassung der Datei und ihren Datensätzen.</translation>
    </message>
    <message>
        <source>SIMULATED: these numbers come from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation>SIMULIERT: Diese Zahlen stammen von InferDecks simulierter Engine, nicht von einem GPU-Server.</translation>
    </message>
    <message>
        <source>Scaling efficiency %1 on %2 nodes, 95 % interval %3 – %4 (%5)</source>
        <translation>Skalierungseffizienz %1 auf %2 Knoten, 95-%-Intervall %3 – %4 (%5)</translation>
    </message>
    <message>
        <source>Scaling efficiency: not measured — %1</source>
        <translation>Skalierungseffizienz: nicht gemessen — %1</translation>
    </message>
    <message>
        <source>Imported from %1: numbers are recomputed from the file&apos;s per-request records where it has them (Report tab, “Source file and cross-check”).</source>
        <translation>Importiert aus %1: Die Zahlen werden aus den Einzeldatensätzen der Datei neu berechnet, wo sie sie hat (Reiter Bericht, „Quelldatei und Gegenprüfung“).</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>No requests to list: the file keeps no per-request records, only its tool&apos;s own aggregates (phases %1). The Summary and Report tabs show those.</source>
        <translation>Keine Anfragen aufzulisten: Die Datei enthält keine Einzeldatensätze, nur die Aggregate ihres Werkzeugs (Phasen %1). Die Tabs Übersicht und Bericht zeigen diese.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This result has no charts: none of its phases has data to draw.</source>
        <translation>Dieses Ergebnis hat keine Diagramme: Keine seiner Phasen hat darstellbare Daten.</translation>
    </message>
</context>
<context>
    <name>inferdeck::SchedulerEditor</name>
    <message>
        <source>None: the nodes are listed hosts</source>
        <extracomment>the cluster&apos;s nodes are hosts listed one by one (no batch scheduler)</extracomment>
        <translation>Keiner: Die Knoten sind einzeln aufgeführte Hosts</translation>
    </message>
    <message>
        <source>Slurm: the nodes are a job&apos;s allocation</source>
        <translation>Slurm: Die Knoten sind die Zuteilung eines Jobs</translation>
    </message>
    <message>
        <source>Kubernetes: the nodes are pods</source>
        <translation>Kubernetes: Die Knoten sind Pods</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>Scheduler:</translation>
    </message>
    <message>
        <source>app=vllm (the engine&apos;s pods)</source>
        <translation>app=vllm (die Pods der Engine)</translation>
    </message>
    <message>
        <source>vllm-0, vllm-1 (one per node, in node order)</source>
        <translation>vllm-0, vllm-1 (einer pro Knoten, in Knotenreihenfolge)</translation>
    </message>
    <message>
        <source>local, or an ssh destination (the login node)</source>
        <translation>local oder ein SSH-Ziel (der Login-Knoten)</translation>
    </message>
    <message>
        <source>empty: the default partition</source>
        <translation>leer: die Standardpartition</translation>
    </message>
    <message>
        <source>empty: your default account</source>
        <translation>leer: Ihr Standard-Account</translation>
    </message>
    <message>
        <source>empty: the default QoS</source>
        <translation>leer: die Standard-QoS</translation>
    </message>
    <message>
        <source>e.g. 30 or 1:30:00; empty: the partition&apos;s limit</source>
        <translation>z. B. 30 oder 1:30:00; leer: das Limit der Partition</translation>
    </message>
    <message>
        <source>none asked for</source>
        <translation>keine angefordert</translation>
    </message>
    <message>
        <source>further sbatch options, e.g. --constraint=h100 --exclusive</source>
        <translation>weitere sbatch-Optionen, z. B. --constraint=h100 --exclusive</translation>
    </message>
    <message>
        <source>run inside this existing job instead of submitting one</source>
        <translation>in diesem bestehenden Job laufen, statt einen einzureichen</translation>
    </message>
    <message>
        <source>Submit host:</source>
        <translation>Submit-Host:</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partition:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>QoS:</source>
        <extracomment>Slurm&apos;s quality of service</extracomment>
        <translation>QoS:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>GPUs per node:</source>
        <translation>GPUs pro Knoten:</translation>
    </message>
    <message>
        <source>Extra sbatch options:</source>
        <translation>Zusätzliche sbatch-Optionen:</translation>
    </message>
    <message>
        <source>Existing job id:</source>
        <translation>Bestehende Job-ID:</translation>
    </message>
    <message>
        <source>local, or an ssh destination where kubectl runs</source>
        <translation>local oder ein SSH-Ziel, auf dem kubectl läuft</translation>
    </message>
    <message>
        <source>empty: kubectl&apos;s current context</source>
        <translation>leer: der aktuelle Kontext von kubectl</translation>
    </message>
    <message>
        <source>empty: the context&apos;s namespace</source>
        <translation>leer: der Namespace des Kontexts</translation>
    </message>
    <message>
        <source>Label selector</source>
        <translation>Label-Selektor</translation>
    </message>
    <message>
        <source>Pod names</source>
        <translation>Pod-Namen</translation>
    </message>
    <message>
        <source>empty: the pod&apos;s default container</source>
        <translation>leer: der Standard-Container des Pods</translation>
    </message>
    <message>
        <source>the engine inside each pod</source>
        <translation>die Engine in jedem Pod</translation>
    </message>
    <message>
        <source>kubectl runs on:</source>
        <translation>kubectl läuft auf:</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namespace:</translation>
    </message>
    <message>
        <source>Pods by:</source>
        <translation>Pods nach:</translation>
    </message>
    <message>
        <source>Pods:</source>
        <translation>Pods:</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <source>Engine endpoint in the pod:</source>
        <translation>Engine-Endpunkt im Pod:</translation>
    </message>
</context>
<context>
    <name>inferdeck::SecretDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for the key %1:</source>
        <translation>Passphrase für den Schlüssel %1:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Server question</source>
        <translation>Frage des Servers</translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation>%1 fragt: %2</translation>
    </message>
    <message>
        <source>InferDeck uses it for this connection only and does not store it.</source>
        <translation>InferDeck verwendet es nur für diese Verbindung und speichert es nicht.</translation>
    </message>
</context>
<context>
    <name>inferdeck::SessionsEditor</name>
    <message>
        <source>multi-turn sessions (chat API): each turn sends the conversation so far</source>
        <translation>Multi-Turn-Sitzungen (Chat-API): Jede Runde sendet die bisherige Konversation</translation>
    </message>
    <message>
        <source>The concurrency then counts sessions (a slot starts its next session when one ends); a rate starts a new session at each arrival. Warm-up and the phase&apos;s request count count turns; when the phase ends, a session&apos;s unsent turns are not sent.</source>
        <translation>Die Nebenläufigkeit zählt dann Sitzungen (ein Platz startet seine nächste Sitzung, wenn eine endet); eine Rate startet bei jeder Ankunft eine neue Sitzung. Aufwärmphase und Anfrageanzahl der Phase zählen Runden; wenn die Phase endet, werden die noch nicht gesendeten Runden einer Sitzung nicht mehr gesendet.</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit suffix of a think-time field, seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>User turns per session; a ShareGPT conversation brings its own</source>
        <translation>Nutzerrunden pro Sitzung; eine ShareGPT-Konversation bringt ihre eigenen mit</translation>
    </message>
    <message>
        <source>The user&apos;s think time between an answer&apos;s end and the next turn&apos;s send</source>
        <translation>Die Denkzeit des Nutzers zwischen dem Ende einer Antwort und dem Senden der nächsten Runde</translation>
    </message>
    <message>
        <source>Turns per session:</source>
        <translation>Runden pro Sitzung:</translation>
    </message>
    <message>
        <source>Think time:</source>
        <translation>Denkzeit:</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normalverteilt</translation>
    </message>
    <message>
        <source>log-normal</source>
        <translation>log-normalverteilt</translation>
    </message>
    <message>
        <source>mean </source>
        <translation>Mittel </translation>
    </message>
    <message>
        <source>sd </source>
        <translation>SA </translation>
    </message>
    <message>
        <source>min </source>
        <translation>min. </translation>
    </message>
    <message>
        <source>max </source>
        <translation>max. </translation>
    </message>
</context>
<context>
    <name>inferdeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Wirkt beim nächsten Start</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
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
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>the built-in rubric</source>
        <translation>das eingebaute Bewertungsschema</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Grading rubric</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>Rubrics (*.json)</source>
        <translation>Bewertungsschemata (*.json)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Latencies in:</source>
        <translation>Latenzen in:</translation>
    </message>
    <message>
        <source>New plans: TTFT limit</source>
        <translation>Neue Pläne: TTFT-Limit</translation>
    </message>
    <message>
        <source>New plans: TPOT limit</source>
        <translation>Neue Pläne: TPOT-Limit</translation>
    </message>
    <message>
        <source>New plans: E2E limit</source>
        <translation>Neue Pläne: E2E-Limit</translation>
    </message>
    <message>
        <source>Grading rubric:</source>
        <translation>Bewertungsschema:</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>TTFT limit</source>
        <translation>TTFT-Limit</translation>
    </message>
    <message>
        <source>TPOT limit</source>
        <translation>TPOT-Limit</translation>
    </message>
    <message>
        <source>E2E limit</source>
        <translation>E2E-Limit</translation>
    </message>
</context>
<context>
    <name>inferdeck::SummaryTableModel</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>completed of issued requests</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The load generator fell behind its schedule: latencies may describe the client, not the server.</source>
        <translation>Der Lastgenerator fiel hinter seinen Zeitplan zurück: Die Latenzen könnten den Client beschreiben, nicht den Server.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rep.</source>
        <extracomment>column header: repetition number</extracomment>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Completed
of issued</source>
        <translation>Abgeschl.
von gesendet</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Requests
req/s</source>
        <extracomment>two-line column header: metric, then unit</extracomment>
        <translation>Anfragen
Anfr./s</translation>
    </message>
    <message>
        <source>Output
tok/s</source>
        <translation>Ausgabe
Tok/s</translation>
    </message>
    <message>
        <source>TTFT p50
s</source>
        <translation>TTFT p50
s</translation>
    </message>
    <message>
        <source>TTFT p50
ms</source>
        <translation>TTFT p50
ms</translation>
    </message>
    <message>
        <source>TTFT p99
s</source>
        <translation>TTFT p99
s</translation>
    </message>
    <message>
        <source>TTFT p99
ms</source>
        <translation>TTFT p99
ms</translation>
    </message>
    <message>
        <source>TPOT p50
s</source>
        <translation>TPOT p50
s</translation>
    </message>
    <message>
        <source>TPOT p50
ms</source>
        <translation>TPOT p50
ms</translation>
    </message>
    <message>
        <source>ITL p50
s</source>
        <translation>ITL p50
s</translation>
    </message>
    <message>
        <source>ITL p50
ms</source>
        <translation>ITL p50
ms</translation>
    </message>
    <message>
        <source>E2E p50
s</source>
        <translation>E2E p50
s</translation>
    </message>
    <message>
        <source>E2E p50
ms</source>
        <translation>E2E p50
ms</translation>
    </message>
    <message>
        <source>E2E p99
s</source>
        <translation>E2E p99
s</translation>
    </message>
    <message>
        <source>E2E p99
ms</source>
        <translation>E2E p99
ms</translation>
    </message>
    <message>
        <source>Goodput
req/s</source>
        <translation>Goodput
Anfr./s</translation>
    </message>
    <message>
        <source>Energy
J/token</source>
        <translation>Energie
J/Token</translation>
    </message>
    <message>
        <source>%1 reasoning tokens, %2</source>
        <translation>%1 Reasoning-Tokens, %2</translation>
    </message>
    <message>
        <source>Answer TTFT p50
s</source>
        <extracomment>time to the first answer token of a reasoning model</extracomment>
        <translation>Antwort-TTFT p50
s</translation>
    </message>
    <message>
        <source>Answer TTFT p50
ms</source>
        <translation>Antwort-TTFT p50
ms</translation>
    </message>
    <message>
        <source>Answer TTFT p99
s</source>
        <translation>Antwort-TTFT p99
s</translation>
    </message>
    <message>
        <source>Answer TTFT p99
ms</source>
        <translation>Antwort-TTFT p99
ms</translation>
    </message>
    <message>
        <source>Reasoning
% of output</source>
        <extracomment>share of the output tokens that were reasoning</extracomment>
        <translation>Reasoning
% der Ausgabe</translation>
    </message>
    <message>
        <source>Measured from the send time the schedule intended, not the actual send: time a request waited in a client that fell behind counts, as a server would have had to absorb it (coordinated omission).</source>
        <translation>Gemessen ab dem Sendezeitpunkt, den der Zeitplan vorsah, nicht ab dem tatsächlichen Senden: Zeit, die eine Anfrage in einem zurückgefallenen Client wartete, zählt mit, da ein Server sie hätte auffangen müssen (Coordinated Omission).</translation>
    </message>
    <message>
        <source>TTFT p99 from
schedule, s</source>
        <extracomment>latency measured from the scheduled (intended) send time</extracomment>
        <translation>TTFT p99 ab
Zeitplan, s</translation>
    </message>
    <message>
        <source>TTFT p99 from
schedule, ms</source>
        <translation>TTFT p99 ab
Zeitplan, ms</translation>
    </message>
    <message>
        <source>E2E p99 from
schedule, s</source>
        <translation>E2E p99 ab
Zeitplan, s</translation>
    </message>
    <message>
        <source>E2E p99 from
schedule, ms</source>
        <translation>E2E p99 ab
Zeitplan, ms</translation>
    </message>
</context>
<context>
    <name>inferdeck::TimeChart</name>
    <message>
        <source>Waiting for the first measurements</source>
        <translation>Warten auf die ersten Messwerte</translation>
    </message>
</context>
<context>
    <name>inferdeck::TrendView</name>
    <message>
        <source>Output throughput (tok/s)</source>
        <translation>Ausgabedurchsatz (Tok/s)</translation>
    </message>
    <message>
        <source>Request throughput (req/s)</source>
        <translation>Anfragedurchsatz (Anfr./s)</translation>
    </message>
    <message>
        <source>Total throughput (tok/s)</source>
        <translation>Gesamtdurchsatz (Tok/s)</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Goodput (req/s)</source>
        <translation>Goodput (Anfr./s)</translation>
    </message>
    <message>
        <source>%1 %2 (ms)</source>
        <translation>%1 %2 (ms)</translation>
    </message>
    <message>
        <source>Select runs in the library and choose Trend: with one run selected, every run with its fingerprint.</source>
        <translation>Wählen Sie Läufe in der Bibliothek und dann Trend: Bei einem ausgewählten Lauf erscheint jeder Lauf mit seinem Fingerabdruck.</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n run(s)…</source>
        <translation>
            <numerusform>%n Lauf wird gelesen…</numerusform>
            <numerusform>%n Läufe werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in phase “%2” over %n run(s), oldest first; whiskers and brackets are 95 % intervals; an orange bar changed significantly for the worse against the run before, a green one for the better.</source>
        <translation>
            <numerusform>%1 in Phase „%2“ über %n Lauf, älteste zuerst; Whisker und Klammern sind 95-%-Intervalle; ein orangefarbener Balken hat sich gegenüber dem vorigen Lauf signifikant verschlechtert, ein grüner verbessert.</numerusform>
            <numerusform>%1 in Phase „%2“ über %n Läufe, älteste zuerst; Whisker und Klammern sind 95-%-Intervalle; ein orangefarbener Balken hat sich gegenüber dem vorigen Lauf signifikant verschlechtert, ein grüner verbessert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n significant change(s) against the run before.</source>
        <translation>
            <numerusform>%n signifikante Änderung gegenüber dem vorigen Lauf.</numerusform>
            <numerusform>%n signifikante Änderungen gegenüber dem vorigen Lauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No significant change between consecutive runs.</source>
        <translation>Keine signifikante Änderung zwischen aufeinanderfolgenden Läufen.</translation>
    </message>
    <message>
        <source>%1, phase “%2”</source>
        <translation>%1, Phase „%2“</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Signifikant</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes, worse</source>
        <translation>ja, schlechter</translation>
    </message>
    <message>
        <source>yes, better</source>
        <translation>ja, besser</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be tested; the Significant column&apos;s tooltip says why.</source>
        <extracomment>the table&apos;s &quot;Significant&quot; column says &quot;not tested&quot;; its tooltip says why</extracomment>
        <translation>
            <numerusform>%n Änderung konnte nicht getestet werden; der Tooltip der Spalte „Signifikant“ nennt den Grund.</numerusform>
            <numerusform>%n Änderungen konnten nicht getestet werden; der Tooltip der Spalte „Signifikant“ nennt den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>not tested</source>
        <extracomment>whether the change against the run before was significant; &quot;not tested&quot; when it could not be tested</extracomment>
        <translation>nicht getestet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LLM inference benchmarking on GPU clusters</source>
        <translation>LLM-Inferenz-Benchmarks auf GPU-Clustern</translation>
    </message>
    <message>
        <source>Result files to open; several files of one run (e.g. llmperf&apos;s summary and responses) open as one result.</source>
        <translation>Zu öffnende Ergebnisdateien; mehrere Dateien eines Laufs (z. B. Zusammenfassung und Antworten von llmperf) öffnen sich als ein Ergebnis.</translation>
    </message>
    <message>
        <source>Start on the results library.</source>
        <translation>Mit der Ergebnisbibliothek starten.</translation>
    </message>
</context>
</TS>
