<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentEventParser</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1 at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;v&apos;: expected a protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written in agent protocol version %1; this InferDeck reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;seq&apos;: expected a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;type&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;status&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;chunks_us&apos;: expected a list of integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: expected objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: GPU index %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentInstaller</name>
    <message>
        <source>cannot check the agent on the node (python3 missing?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uploaded agent&apos;s SHA-256 is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upload the agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiperfImport</name>
    <message>
        <source>expected a time unit (ms, s, ns), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-side tokenizer over the generated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-request records are not in this file, so distributions, intervals and time series cannot be recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV rounds every value to 2 decimals; the JSON export keeps full precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2 (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metric rows InferDeck knows (looked for Time to First Token, Request Latency, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metric objects InferDeck knows (request_latency, time_to_first_token, request_throughput)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start and end times have no time zone in the file; read as this machine&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiperfRecordsImport</name>
    <message>
        <source>expected a time unit (ms, s, us, ns), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a record object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the request&apos;s start in whole nanoseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing on a request without error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request_latency %1 s is shorter than time_to_first_token %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a gap of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last line is cut off (truncated?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-side tokenizer over the generated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIPerf&apos;s &quot;inter token latency&quot; is InferDeck&apos;s TPOT; its inter-chunk latency is ITL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare: a result has no phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phase names match; compared the main phases “%1” and “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases matched by name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossCheck</name>
    <message>
        <source>the tool computes percentiles by %1, InferDeck by linear interpolation (numpy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an undocumented method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool counts tokens differently (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool counts a different set of requests or measures the duration differently (warm-up or cool-down windows, failed requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool pools inter-chunk gaps differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool includes or excludes different requests (for example those without output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recomputed from the records %2, the file says %3 (%4); likely because %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatDetect</name>
    <message>
        <source>InferDeck result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM bench serve result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIPerf profile export (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIPerf profile export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenAI-Perf profile export (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenAI-Perf profile export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenAI-Perf per-request profile export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIPerf per-request records (JSONL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidellm benchmarks report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llmperf summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llmperf individual responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLPerf LoadGen summary log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLPerf LoadGen detail log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an InferDeck result (&quot;format&quot;: &quot;inferdeck-result&quot;), a vLLM bench serve result (backend, model_id, mean_ttft_ms), an AIPerf or GenAI-Perf export (aiperf_version or input_config; CSV starting &quot;Metric,avg,min,max&quot;; experiments with service_kind; JSON lines with metadata.request_start_ns), a guidellm report (guidellm_version, benchmarks), llmperf output (results_ttft_s_mean, or a list with ttft_s and end_to_end_latency_s) or an MLPerf LoadGen log (&quot;:::MLLOG&quot; lines, &quot;MLPerf Results Summary&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenaiPerfImport</name>
    <message>
        <source>a malformed escape in the response text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not the JSON an OpenAI server sends (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 entries but response_timestamps has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a response time stamp before the request&apos;s or the previous response&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token count beyond 2^31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: not a GenAI-Perf profile export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenAI-Perf re-tokenizes the answers with its tokenizer; InferDeck counts the server&apos;s usage where a response has it, else one token per content chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenAI-Perf ends a request at its last response with text; InferDeck at its last response, so E2E may be a little longer than GenAI-Perf&apos;s request latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenAI-Perf&apos;s &quot;inter token latency&quot; is InferDeck&apos;s TPOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no experiment holds a request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <source>Scaling efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput vs target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT vs SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT vs SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E latency vs SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodput share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per output token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the result has no phase with measured requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the plan sets no throughput target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: no output tokens were counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1–%2 over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output-token throughput of “%1” is %2 of the target %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the plan sets no %1 limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: no request has a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is %3× the %4 limit (mean over %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the plan sets no SLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: no request completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: no request was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 completed requests met every SLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 issued requests completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: no GPU power telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU energy over the phase divided by its output tokens (mean over %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % CI %1–%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” reached %3 tok/s on %2 nodes against %4 × %5 tok/s measured on 1 node (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: one repetition of %1 is too short for 10 time windows of at least 1 s; run 2 or more repetitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 time windows of one repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: fewer than two throughput samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1–%2 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output-token throughput varies by %1 (sample standard deviation / mean) over %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded on the interval&apos;s pessimistic end (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an interval the point value is graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (repetition %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few requests: %1 of %2 phase repetitions measured fewer than %3 (fewest: %4 in %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases too short: %1 of %2 phase repetitions lasted less than %3 (shortest: %4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors above %1: %2 of %3 requests failed in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load generator fell behind its schedule in %1: sent %2 where its schedule asked %3, p99 send lateness %4 (limit %5); the client, not the server, may have set these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED: these numbers come from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overall grade: no criterion with a weight was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mean of %1 graded criteria (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excludes, as not measured: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capped from %1 to %2 by the data-quality rules %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is INVALID under the rubric&apos;s data-quality rules; the grade does not certify it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidellmImport</name>
    <message>
        <source>expected a list of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a request object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a request without a start time cannot be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s usage, else the number of streamed iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidellm&apos;s duration is its measurement window; InferDeck&apos;s runs from the first send to the last answer of the requests in that window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests outside guidellm&apos;s measurement window are kept as warm-up and not summarized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report holds no benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (InferDeck reads the 0.4–0.6 report layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a benchmark object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>not recognized as any supported result file (looked for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 phases and %3 holds %4; only one phase each can be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 were written by different tools; import them separately and compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of the JSON document (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole non-negative count, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregates only: %1</source>
        <extracomment>a note on an imported phase; %1 says what cannot be recomputed and why</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonCursor</name>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of the JSON document (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a string (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number that fits 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected content after the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmperfImport</name>
    <message>
        <source>a fixed Llama tokenizer (hf-internal-testing/llama-tokenizer), not the model&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llmperf&apos;s inter_token_latency_s divides the whole answer time, first token included, by the token count; it is neither TPOT nor ITL and is kept only as the tool&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a response object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing ttft_s or end_to_end_latency_s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_to_end_latency_s %1 is shorter than ttft_s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected llmperf&apos;s summary object with results_ttft_s_mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llmperf keeps no send times: duration, throughput and time series are the tool&apos;s own; latencies are recomputed from the individual responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregates only: without the *_individual_responses.json file, distributions and intervals cannot be recomputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalTransport</name>
    <message>
        <source>the command was killed by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlperfImport</name>
    <message>
        <source>no &quot;Scenario :&quot; line (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a line starting with &quot;:::MLLOG &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a complete JSON object (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a &quot;key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effective_scenario entry (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary says %1 but the detail log says %2: they are not from the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by the system under test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregates only: LoadGen&apos;s per-sample records are in mlperf_log_trace.json and the accuracy log, not in these files, so distributions, intervals and time series cannot be recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without mlperf_log_detail.txt the sample count and errors are unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeProbe</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the probe failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasePlan</name>
    <message>
        <source>concurrency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QTableView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>SIMULATED — every number in this report comes from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every number in this report comes from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the result holds no phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each phase repetition with all its nodes combined. Duration runs from the first request sent to the last one finished; throughputs are per second of it. Warm-up requests are excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined over nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency percentiles: linear interpolation between closest ranks (numpy&apos;s default). TPOT excludes the first token; ITL pools every gap between chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No latency was measured: no request completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per node, for phases on more than one node; each node&apos;s duration is its own first send to its own last end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not measured (no completed request has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the result holds no phase with requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase “%1”, repetition %2, from its first request sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the requests of this phase carry no end times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: no request of this phase has a TTFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilization: not measured (no GPU telemetry in this phase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU power: not measured (no power telemetry in this phase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling efficiency: not measured. %1 No grade comes from it, and nothing here estimates a baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling efficiency = X_N / (N · X_1) of output-token throughput, X_1 measured on one node with the same per-node load, each the mean over its repetitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline phase (1 node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X_1, output tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X_N, output tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap over %1 (%2 baseline, %3 scaled samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load is open loop (a fixed request rate per node). While the nodes keep up, throughput follows the offered load, so this efficiency says whether N nodes serve N times the load, not how their capacity scales; chance differences between the arrival draws move it too. A closed-loop (concurrency) load measures capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point estimate is above 100 %, but the interval reaches below it: the data cannot tell this from linear scaling, so no super-linear claim is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per node tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO attainment and goodput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the plan sets no SLO, so goodput is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits per request: %1. Goodput counts the completed requests meeting all of them, per second of the phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT met (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT met (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E met (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All met (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodput (req/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of completed requests; a one-token answer has no TPOT and cannot miss a TPOT limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J per output token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the result holds no GPU power telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy is the trapezoid integral of every GPU&apos;s power over the phase, divided by the output tokens; informational, not graded by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED: the power figures come from the simulator&apos;s model of a GPU, not from a meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the result holds no generated answers with reference answers (the dataset has no references), so ROUGE cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUGE F1 × 100 of each measured, successful answer against the dataset&apos;s reference, averaged over requests (as MLPerf reports it), with a 95 % bootstrap interval of the mean. Tokens: lowercased text split at every character that is not a letter or digit; no stemming (rouge-score&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED: the simulator answers by repeating the prompt&apos;s words and the references are synthetic, so these scores check the measurement, not a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUGE-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUGE-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUGE-L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests queue before prefill: in “%1” (repetition %2) p99 TTFT is %3, %4× its p50 of %5. Lower the load per node, or give the engine more batch capacity (max concurrent sequences, chunked prefill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPUs are under-used: mean utilization in “%1” is %2 %. The benchmark is client-bound or under-loaded; raise the concurrency or request rate until latency starts to rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling is poor (%1) and the nodes are unequal: per-node throughput varies by %2 in “%3”, slowest %4. Look for a difference between the nodes (GPU clocks, engine version, network path) before adding more of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling is poor (%1) while the nodes are balanced%2: a shared resource limits the cluster (the client&apos;s network, a load balancer, storage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (per-node throughput varies by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling efficiency was not measured (%1). Set &quot;scaling&quot;: true in the plan to measure a 1-node baseline beside the N-node phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load generator fell behind in “%1” (repetition %2): p99 send lateness %3, %4 sent where the schedule asked %5. Run fewer requests per agent, more agent workers, or a faster client machine before trusting the latencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests failed in %3 (repetition %4), most often &quot;%5&quot; (%6). Fix these before reading the latencies: failed requests leave the distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput is unstable: %1. Run longer phases or more repetitions so one slow stretch does not decide the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 misses its limit: %2. Lower the load, or choose the operating point from a sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 For results meant to be compared, run phases of at least 600 s as MLPerf LoadGen demands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These numbers come from the simulator: run the same plan on the real nodes before drawing conclusions about the hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation: none of the rules (queueing, GPU utilization, scaling, load generator, failures, stability, SLOs) found evidence of a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID under the rubric&apos;s data-quality rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID under the rubric&apos;s data-quality rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured on a SIMULATED engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overall grade: no graded criterion was measured. The run is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling efficiency %1 against a measured 1-node baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling efficiency not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall grade %1 for phase “%2” on %3 nodes (%4). The run is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference benchmark report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report format &quot;%1&quot; (md, html, pdf or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report format given (md, html, pdf or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InferDeck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform, %1–%2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal, mean %1, sd %2, %3–%4 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-normal, mean %1, sd %2, %3–%4 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed loop, %1 requests in flight per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant rate, %1 req/s per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poisson arrivals, %1 req/s per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gamma arrivals (burstiness %1), %2 req/s per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall grade: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria describe phase “%1” (%2 nodes, %3 repetitions), graded with the rubric &quot;%4&quot; (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: VALID. No rule that invalidates a run fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: INVALID. At least one rule that invalidates a run fired; the numbers below do not certify the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data-quality rule of the rubric fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(makes the run INVALID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(caps the overall grade at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests per node and phase, recorded and excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: a 1-node baseline is measured beside every N-node phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO: TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO: TPOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO: E2E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator lateness limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases as run, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: hardware and software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the result holds no node inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver / CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU / memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS / Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPUs, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproducibility appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InferDeck version that ran it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node agent (SHA-256 prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED (InferDeck&apos;s serve-sim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as listed under Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number in this report is recomputed from the per-request records in the result file. To check them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferdeck-cli summarize %1 --json    # every metric, as JSON
inferdeck-cli records %1           # the records they are computed from, as CSV
inferdeck-cli report %1 --format all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node clock minus workstation clock, estimated from round trips before the synchronized start; the records are corrected by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval&apos;s pessimistic end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric &quot;%1&quot; (%2); latency criteria use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: aggregates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latencies, without send times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear (as numpy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file and cross-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a %1 result. Where the file has per-request records, every number in this report is recomputed from them with InferDeck&apos;s definitions, and the tool&apos;s own figures are compared with them; where it has only aggregates, the report shows the tool&apos;s figures and says what cannot be recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-request records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool&apos;s percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool&apos;s token counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase “%1” has aggregates only: its distributions, confidence intervals, time series and SLO attainment cannot be recomputed, and percentiles the tool did not print are shown as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the file&apos;s own summary differs from its records by more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s own summary disagrees with its per-request records in %n place(s); the report uses the recomputed numbers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tool&apos;s own summary agrees with the recomputed numbers within %1 wherever both exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cumulative distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 histogram, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output-token throughput over time, %1 (repetition %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time since phase start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight, %1 (repetition %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT percentiles over time, %1 (repetition %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU power, %1 (repetition %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilization, %1 (repetition %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W per node (sum of its GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% (mean of the node&apos;s GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output-token throughput per repetition: N × baseline and N nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2, rep %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rep %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling efficiency with its 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes vs 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultFile</name>
    <message>
        <source>expected a non-empty phase name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected single, baseline, scaled or sweep, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to 65535 node names, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not listed in the file&apos;s nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one offset per node (%1), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not one of the phase&apos;s nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 values (one per request), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request ends %1 s before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first token arrives %1 s before the request was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first token arrives after the request ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a successful request needs an end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (chunk_offsets and chunk_times_s come together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 (the number of chunk times), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets must not decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk times of request %1 must not decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: this is not an InferDeck result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;: this is not an InferDeck result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has schema version %1, written by a newer InferDeck; this build reads versions 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected complete, cancelled or failed, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected JSON content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultFileReader</name>
    <message>
        <source>unexpected content after the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input (the file is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal; expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: no digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: no digit in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;; expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number overflow parsing &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty node name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a boolean, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected fixed, uniform, normal or lognormal, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected concurrency, constant-rate, poisson or gamma, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected completions or chat, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a [name, value] pair, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultReader</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recognized as any supported result file: looked for %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>expected %1 values, one for each grade but the last (%2), found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better here, so each threshold must not exceed the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better here, so each threshold must not be below the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected value or interval_low, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected warning or invalid, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the grades (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;inferdeck-rubric&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each grade must be a distinct, non-empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rubric needs at least two grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected p50, p90, p95 or p99, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown criterion; known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule; known: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>the plan has no phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to the nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: unknown placeholder {%2} in the launch command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launching: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: the server exited (status %2) %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: the server is not ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: probe failed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: cannot read its clock %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock offset %1 ms (round trip %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 of %2: %3, repetition %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the external command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: the external tool failed (status %2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: the load generator failed (status %2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: events are missing from its stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link dropped; reconnecting (the agent keeps running and journaling on the node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: the link dropped and could not be re-established: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnected; replaying the agent&apos;s journal after event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phases measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunFiles</name>
    <message>
        <source>name the model the server serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a request count or duration_s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a request count or duration_s, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a concurrency must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a concurrency must be a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file dataset needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; known: {%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result file cannot name itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cluster needs at least one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (found &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected http://host:port, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s inventory is not readable: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>cannot write the run journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered from the journal of a run that did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the last line was cut off and is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not a journal event line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a journal record is damaged and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an InferDeck run journal (no header line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>%1, line %2: the stream ended in the middle of a line (%3 bytes dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: events %2 to %3 are missing (line %4 jumps to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: event %3 was already received; the repeat is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the result file %3 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingAnalysis</name>
    <message>
        <source>no 1-node baseline phase was measured in this run; an estimated baseline is never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phase on more than one node was measured in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline &quot;%1&quot; and the scaled phase &quot;%2&quot; ran different per-node loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline or the scaled phase completed no request with known output tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>cannot read the SSH configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;Keyword value&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Match blocks are not supported; this block is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid ssh:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be 1 to 65535, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid host name or alias: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid user name: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port must be 1 to 65535, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not create a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hash the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST KEY CHANGED: the server now presents %1 key %2, which does not match the key recorded in %3. It may have been reinstalled, or someone may be intercepting the connection. Refused. If the change is expected, remove that line (ssh-keygen -R %4) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host key %1 %2 was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the host key to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent: no key accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method the server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no passphrase given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the key (wrong passphrase?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshTransport</name>
    <message>
        <source>attempt %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run cat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 with cat failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>mean %1  p50 %2  p90 %3  p99 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, model %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED ENGINE: these numbers describe a simulator, not real hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1, repetition %2 (%3, nodes: %4)</source>
        <extracomment>%3 is the phase&apos;s role (baseline, scaled, ...), %4 its node count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued, %2 completed, %3 failed, %4 warm-up excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output token throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total token throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no SLO set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per output token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FELL BEHIND its schedule (p99 lateness %1): latencies may describe the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s own aggregates (aggregate-only: nothing recomputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recomputed from %1&apos;s per-request records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool&apos;s method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentiles: %1; output tokens: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (phase “%2” on %3 nodes vs. the 1-node baseline “%4”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (bootstrap over %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available (too few samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>a UTF-16 high surrogate without its low half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone UTF-16 low surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected an integer from %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 µs</source>
        <extracomment>unit: microseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>unit: milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>unit: seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a rate and its unit, e.g. &quot;12.3 req/s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 J/token</source>
        <extracomment>energy per output token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VllmImport</name>
    <message>
        <source>has %1 entries but ttfts has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of gaps in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a gap of zero or more seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing backend or model_id: not a vLLM bench serve result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s usage, else re-tokenized with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request completed, so the file&apos;s latency figures (all 0) are not measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM keeps no send times: duration, throughput and time series are the tool&apos;s own; latencies are recomputed from the per-request lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM&apos;s ITL is per streamed chunk, which may carry several tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregates only: the file has no per-request lists (run with --save-detailed), so distributions, intervals and time series cannot be recomputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::ClusterEditor</name>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@host[:port] or a Host alias of ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000 (as the node sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the server is already running; e.g. vllm serve {model} --port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;%1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, Python %3, %4 CPUs, %5&lt;br&gt;GPUs: %6&lt;br&gt;Driver %7, CUDA %8&lt;br&gt;Engines: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::CompareView</name>
    <message>
        <source>%1 of each result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File › Compare results… opens two or more result files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at least two results to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing against %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::DashboardView</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating clock offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: Run › Run demo cluster (Ctrl+R) starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output-token throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s since phase start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests in this phase, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests in this phase, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 done, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase &lt;b&gt;%1&lt;/b&gt;, repetition %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::GradeCardModel</name>
    <message>
        <source>informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticity of &lt;b&gt;%1&lt;/b&gt; cannot be established: its key is not in %2. Compare the fingerprint with the one the node&apos;s administrator gives you before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::LogPanel</name>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the lines shown to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::MainWindow</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InferDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cluster (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save result as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;plan file on the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit a plan and run it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover interrupted runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InferDeck &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About InferDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric in the settings cannot be used; grading with the built-in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InferDeck help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;open a result file (or drop it on the window)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+S&lt;/td&gt;&lt;td&gt;save the open result under another name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;export the report as Markdown, HTML and PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;run the demo cluster&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;run a plan file on a cluster file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Ctrl+.&lt;/td&gt;&lt;td&gt;cancel the run (after asking)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Every number is computed from the per-request records in the result file; &lt;tt&gt;inferdeck-cli records FILE&lt;/tt&gt; prints them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About InferDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;InferDeck %1&lt;/b&gt;&lt;p&gt;LLM inference benchmarking on GPU clusters, graded honestly: every number is computed from the raw records in the result file.&lt;/p&gt;&lt;p&gt;Qt %2 · libssh %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open result files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result files (*.json *.jsonl *.csv *.txt);;InferDeck results (*.inferdeck.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results to compare (the first is the baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two results to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — InferDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 (phases: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InferDeck results (*.inferdeck.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting cancels the run: the nodes stop, what was measured is saved and marked cancelled. Quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes stop issuing requests; what was measured so far is saved and marked cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover interrupted runs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 run(s) ended without a result, probably because InferDeck was closed or crashed mid-run. Rebuild their results from the journals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::PlanEditor</name>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sd </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream tokens (needed for TTFT, TPOT and ITL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure a 1-node baseline beside every N-node phase (scaling efficiency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summarization (CNN/DailyMail shape, with references)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path on the nodes to JSONL of {prompt, max_tokens, reference?}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed loop: requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant rate (req/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poisson arrivals (req/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gamma arrivals (req/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1, 2, 4, 8 — one phase per value; empty: one load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms; empty: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s; empty: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output tokens/s per node; empty: not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instead of InferDeck&apos;s load: e.g. vllm bench serve ... --result-filename {result_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt lengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion lengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load per node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burstiness (gamma):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO TTFT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO TPOT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO E2E:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator lateness limit (p99):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::ReportPreview</name>
    <message>
        <source>The report of the open result appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::RequestTableModel</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::ResultView</name>
    <message>
        <source>Open a result file (Ctrl+O) or run the demo cluster (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 %2: numbers are recomputed from the file&apos;s per-request records where it has them (Report tab, “Source file and cross-check”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase “%1”: aggregates only, so distributions, intervals and time series cannot be recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more differences between the file&apos;s summary and its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED: these numbers come from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling efficiency %1 on %2 nodes, 95 % interval %3 – %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling efficiency: not measured — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::SecretDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InferDeck uses it for this connection only and does not store it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms; empty: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s; empty: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrics (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latencies in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plans: TTFT limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plans: TPOT limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plans: E2E limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading rubric:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inferdeck::SummaryTableModel</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>completed of issued requests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load generator fell behind its schedule: latencies may describe the client, not the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep.</source>
        <extracomment>column header: repetition number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed
of issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests
req/s</source>
        <extracomment>two-line column header: metric, then unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output
tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p50
s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p50
ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p99
s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p99
ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT p50
s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT p50
ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITL p50
s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITL p50
ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E p50
s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E p50
ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E p99
s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E p99
ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodput
req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy
J/token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LLM inference benchmarking on GPU clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result files to open; several files of one run (e.g. llmperf&apos;s summary and responses) open as one result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
