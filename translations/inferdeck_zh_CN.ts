<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentEventParser</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>一个整数</translation>
    </message>
    <message>
        <source>a token count</source>
        <translation>一个 token 数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>a valid string</source>
        <translation>一个有效的字符串</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: expected %2</source>
        <translation>字段“%1”：应为%2</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at column %2</source>
        <translation>不是 JSON 对象：第 %2 列处 %1</translation>
    </message>
    <message>
        <source>field &apos;v&apos;: expected a protocol version</source>
        <translation>字段“v”：应为协议版本</translation>
    </message>
    <message>
        <source>written in agent protocol version %1; this InferDeck reads version %2</source>
        <translation>以代理协议版本 %1 写入；此 InferDeck 读取版本 %2</translation>
    </message>
    <message>
        <source>field &apos;seq&apos;: expected a positive integer</source>
        <translation>字段“seq”：应为正整数</translation>
    </message>
    <message>
        <source>missing field &apos;type&apos;</source>
        <translation>缺少字段“type”</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>missing field &apos;id&apos;</source>
        <translation>缺少字段“id”</translation>
    </message>
    <message>
        <source>missing field &apos;status&apos;</source>
        <translation>缺少字段“status”</translation>
    </message>
    <message>
        <source>field &apos;chunks_us&apos;: expected a list of integers</source>
        <translation>字段“chunks_us”：应为整数列表</translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: expected a list</source>
        <translation>字段“gpus”：应为列表</translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: %1</source>
        <translation>字段“gpus”：%1</translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: expected objects</source>
        <translation>字段“gpus”：应为对象</translation>
    </message>
    <message>
        <source>field &apos;gpus&apos;: GPU index %1 out of range</source>
        <translation>字段“gpus”：GPU 索引 %1 超出范围</translation>
    </message>
    <message>
        <source>a request of a session needs its turn</source>
        <translation>会话中的请求需要其轮次（turn）</translation>
    </message>
</context>
<context>
    <name>AgentInstaller</name>
    <message>
        <source>cannot check the agent on the node (python3 missing?): %1</source>
        <translation>无法检查节点上的代理（缺少 python3？）：%1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>the uploaded agent&apos;s SHA-256 is %1, expected %2</source>
        <translation>上传的代理的 SHA-256 为 %1，应为 %2</translation>
    </message>
    <message>
        <source>cannot upload the agent: %1</source>
        <translation>无法上传代理：%1</translation>
    </message>
</context>
<context>
    <name>AiperfImport</name>
    <message>
        <source>expected a time unit (ms, s, ns), found &quot;%1&quot;</source>
        <translation>应为时间单位（ms、s、ns），实为“%1”</translation>
    </message>
    <message>
        <source>client-side tokenizer over the generated text</source>
        <translation>对生成文本使用客户端分词器</translation>
    </message>
    <message>
        <source>per-request records are not in this file, so distributions, intervals and time series cannot be recomputed</source>
        <translation>文件中没有逐请求记录，因此无法重新计算分布、区间和时间序列</translation>
    </message>
    <message>
        <source>the CSV rounds every value to 2 decimals; the JSON export keeps full precision</source>
        <translation>CSV 将每个值四舍五入到 2 位小数；JSON 导出保留完整精度</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2 (truncated?)</source>
        <translation>应有与表头相同的 %1 个字段，实有 %2 个（被截断？）</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;</source>
        <translation>应为数字，实为“%1”</translation>
    </message>
    <message>
        <source>no metric rows InferDeck knows (looked for Time to First Token, Request Latency, ...)</source>
        <translation>没有 InferDeck 认识的指标行（查找了 Time to First Token、Request Latency 等）</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>no metric objects InferDeck knows (request_latency, time_to_first_token, request_throughput)</source>
        <translation>没有 InferDeck 认识的指标对象（request_latency、time_to_first_token、request_throughput）</translation>
    </message>
    <message>
        <source>start and end times have no time zone in the file; read as this machine&apos;s local time</source>
        <translation>文件中的开始和结束时间没有时区；按本机本地时间读取</translation>
    </message>
    <message>
        <source>the run ends before it starts (start_time %1)</source>
        <translation>运行在开始之前就已结束（start_time %1）</translation>
    </message>
</context>
<context>
    <name>AiperfRecordsImport</name>
    <message>
        <source>expected a time unit (ms, s, us, ns), found &quot;%1&quot;</source>
        <translation>应为时间单位（ms、s、us、ns），实为“%1”</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>expected a record object</source>
        <translation>应为记录对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected the request&apos;s start in whole nanoseconds</source>
        <translation>应为以整纳秒表示的请求开始时间</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>错误代码 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>missing on a request without error</source>
        <translation>在无错误的请求中缺失</translation>
    </message>
    <message>
        <source>request_latency %1 s is shorter than time_to_first_token %2 s</source>
        <translation>request_latency %1 s 短于 time_to_first_token %2 s</translation>
    </message>
    <message>
        <source>expected a gap of zero or more</source>
        <translation>应为零或更大的间隔</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>client-side tokenizer over the generated text</source>
        <translation>对生成文本使用客户端分词器</translation>
    </message>
    <message>
        <source>AIPerf&apos;s &quot;inter token latency&quot; is InferDeck&apos;s TPOT; its inter-chunk latency is ITL</source>
        <translation>AIPerf 的“inter token latency”即 InferDeck 的 TPOT；其块间延迟即 ITL</translation>
    </message>
    <message>
        <source>a time stamp before 1970 (%1 ns)</source>
        <translation>时间戳早于 1970 年（%1 ns）</translation>
    </message>
    <message>
        <source>the request ends %1 ns before it starts</source>
        <translation>请求在开始前 %1 ns 就已结束</translation>
    </message>
</context>
<context>
    <name>AiperfServerMetricsImport</name>
    <message>
        <source>a label&apos;s value must be text</source>
        <translation>标签的值必须是文本</translation>
    </message>
    <message>
        <source>a bucket&apos;s bound must be a number or +Inf, found &quot;%1&quot;</source>
        <translation>桶的上界必须是数字或 +Inf，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a list of samples</source>
        <translation>应为样本列表</translation>
    </message>
    <message>
        <source>expected a sample object</source>
        <translation>应为样本对象</translation>
    </message>
    <message>
        <source>more than %1 samples in one scrape</source>
        <translation>一次抓取中超过 %1 个样本</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected the scrape&apos;s time in whole nanoseconds</source>
        <translation>应为以整纳秒表示的抓取时间</translation>
    </message>
    <message>
        <source>a time stamp before 1970 (%1 ns)</source>
        <translation>1970 年之前的时间戳（%1 ns）</translation>
    </message>
    <message>
        <source>more than %1 metric families in one scrape</source>
        <translation>一次抓取中超过 %1 个指标族</translation>
    </message>
    <message>
        <source>more than %1 scrapes</source>
        <translation>超过 %1 次抓取</translation>
    </message>
    <message>
        <source>no scrapes</source>
        <translation>没有抓取记录</translation>
    </message>
    <message>
        <source>the scrapes can only be placed beside per-request records (profile_export.jsonl) of one endpoint; import them together</source>
        <translation>抓取记录只能与单个端点的逐请求记录（profile_export.jsonl）放在一起；请一起导入</translation>
    </message>
    <message>
        <source>AIPerf scraped %1 endpoints (%2) and its records do not say which endpoint served each request, so no engine&apos;s state is set beside them</source>
        <translation>AIPerf 抓取了 %1 个端点（%2），而其记录未说明每个请求由哪个端点处理，因此不在旁边显示任何引擎状态</translation>
    </message>
</context>
<context>
    <name>CapacityAnalysis</name>
    <message>
        <source>not bracketed (the run ended during the search)</source>
        <translation>未界定区间（运行在搜索过程中结束）</translation>
    </message>
    <message>
        <source>found within the tolerance</source>
        <translation>已在容差内找到</translation>
    </message>
    <message>
        <source>below the search range: even its minimum missed the target</source>
        <translation>低于搜索范围：即使其最小值也未达到目标</translation>
    </message>
    <message>
        <source>above the search range: even its maximum met the target</source>
        <translation>高于搜索范围：即使其最大值也达到了目标</translation>
    </message>
    <message>
        <source>the step limit ended the search before the bracket was narrow enough</source>
        <translation>步数上限在区间足够窄之前结束了搜索</translation>
    </message>
    <message>
        <source>needs a 1-node search beside the cluster&apos;s (scaling in the plan)</source>
        <translation>需要在集群的搜索之外再进行一次单节点搜索（计划中的 scaling）</translation>
    </message>
    <message>
        <source>a search found no load that met the target</source>
        <translation>有一次搜索未找到达到目标的负载</translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <source>holds the control character %1 at character %2; control characters are refused, as they could forge log lines or terminal escapes or cut the command sent to the node</source>
        <extracomment>%1 is a code point such as U+001B, %2 counts characters from 1</extracomment>
        <translation>在第 %2 个字符处含有控制字符 %1；控制字符会被拒绝，因为它们可能伪造日志行或终端转义序列，或截断发送到节点的命令</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>time windows</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Nothing to compare: a result has no phase.</source>
        <translation>无可比较：某个结果没有阶段。</translation>
    </message>
    <message>
        <source>No phase names match; compared the main phases “%1” and “%2”.</source>
        <translation>阶段名称均不匹配；比较的是主阶段“%1”和“%2”。</translation>
    </message>
    <message>
        <source>Phases matched by name.</source>
        <translation>阶段已按名称匹配。</translation>
    </message>
    <message>
        <source>Request throughput</source>
        <translation>请求吞吐量</translation>
    </message>
    <message>
        <source>Output throughput</source>
        <translation>输出吞吐量</translation>
    </message>
    <message>
        <source>Answer TTFT</source>
        <translation>答案 TTFT</translation>
    </message>
    <message>
        <source>Different models: %1 against %2.</source>
        <translation>模型不同：%1 对比 %2。</translation>
    </message>
    <message>
        <source>Different engines or engine versions: %1 against %2; a change may come from the engine, not the system.</source>
        <extracomment>engine names with versions, e.g. &quot;vllm 0.10.2&quot; against &quot;vllm 0.11.1&quot;</extracomment>
        <translation>推理引擎或其版本不同：%1 对比 %2；差异可能来自引擎，而非系统。</translation>
    </message>
    <message>
        <source>bootstrap</source>
        <translation>自助法</translation>
    </message>
    <message>
        <source>no interval: a file states only its own percentile, without per-request records</source>
        <translation>无区间：某个文件只给出其自身的百分位数，没有逐请求记录</translation>
    </message>
    <message>
        <source>no interval: too few requests</source>
        <translation>无区间：请求过少</translation>
    </message>
    <message>
        <source>Welch t</source>
        <translation>Welch t</translation>
    </message>
    <message>
        <source>no interval: the repetitions do not vary at all</source>
        <translation>无区间：各次重复之间完全没有差异</translation>
    </message>
    <message>
        <source>no interval: one repetition a side and no per-request send times to split it into time windows</source>
        <translation>无区间：每侧只有一次重复，且没有逐请求的发送时间，无法将其划分为时间窗口</translation>
    </message>
    <message>
        <source>no interval: one repetition a side</source>
        <translation>无区间：每侧只有一次重复</translation>
    </message>
    <message>
        <source>no interval: one repetition on one side</source>
        <translation>无区间：有一侧只有一次重复</translation>
    </message>
    <message>
        <source>%1 does not state its model, so nothing shows that both measured %2.</source>
        <extracomment>%1 is a file name; %2 the model the other file names</extracomment>
        <translation>%1 未说明其模型，因此无从证明两者测量的都是 %2。</translation>
    </message>
    <message>
        <source>Neither file states its model, so nothing shows that both measured the same one.</source>
        <translation>两个文件都未说明其模型，因此无从证明两者测量的是同一个模型。</translation>
    </message>
    <message>
        <source>Different GPUs: %1 against %2.</source>
        <translation>GPU 不同：%1 对比 %2。</translation>
    </message>
    <message>
        <source>Different datasets: %1 against %2.</source>
        <translation>数据集不同：%1 对比 %2。</translation>
    </message>
    <message>
        <source>Different prompt or completion lengths in the two workloads.</source>
        <translation>两个工作负载的提示长度或补全长度不同。</translation>
    </message>
    <message>
        <source>the success rate fell from %1 % to %2 %</source>
        <translation>成功率从 %1 % 降至 %2 %</translation>
    </message>
    <message>
        <source>significant (95 % CI %1 … %2, %3 over %4)</source>
        <translation>显著（95 % 置信区间 %1 … %2，%3，基于%4）</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>无区间</translation>
    </message>
    <message>
        <source>%1, phase %2: %3 %4 — %5</source>
        <extracomment>%1 candidate file, %2 phase, %3 metric, %4 signed change, %5 why it counts</extracomment>
        <translation>%1，阶段 %2：%3 %4 — %5</translation>
    </message>
    <message>
        <source>records</source>
        <translation>逐请求记录</translation>
    </message>
    <message>
        <source>the file&apos;s own figure</source>
        <translation>文件自身的数值</translation>
    </message>
    <message>
        <source>concurrency %1</source>
        <translation>并发 %1</translation>
    </message>
    <message>
        <source>constant %1 req/s</source>
        <translation>恒定 %1 请求/秒</translation>
    </message>
    <message>
        <source>Poisson %1 req/s</source>
        <translation>泊松 %1 请求/秒</translation>
    </message>
    <message>
        <source>gamma %1 req/s</source>
        <translation>伽马 %1 请求/秒</translation>
    </message>
    <message>
        <source>all %1 at once</source>
        <translation>全部 %1 个同时发送</translation>
    </message>
    <message>
        <source>Measured by different tools (%1 against %2): their definitions, load generators and percentile methods differ.</source>
        <extracomment>%1 and %2 are tools, e.g. &quot;MLPerf LoadGen 5.0&quot; against &quot;vLLM 0.6.0&quot;</extracomment>
        <translation>由不同工具测量（%1 对比 %2）：它们的定义、负载生成器和百分位方法各不相同。</translation>
    </message>
    <message>
        <source>%1: no metric has a value on both sides, so nothing could be checked</source>
        <translation>%1：没有任何指标在两侧都有数值，因此无法检查任何内容</translation>
    </message>
    <message>
        <source>Phase %1 ran another load than %2: %3 against %4.</source>
        <translation>阶段 %1 的负载与 %2 不同：%3 对比 %4。</translation>
    </message>
    <message>
        <source>the engine&apos;s metrics</source>
        <translation>引擎的指标</translation>
    </message>
    <message>
        <source>the engine&apos;s histograms and gauges give means and peaks, not per-request values: shown, not tested</source>
        <translation>引擎的直方图和仪表给出的是平均值和峰值，而非每个请求的值：仅显示，不做检验</translation>
    </message>
    <message>
        <source>Engine queue, mean</source>
        <translation>引擎排队，平均</translation>
    </message>
    <message>
        <source>Engine prefill, mean</source>
        <translation>引擎预填充，平均</translation>
    </message>
    <message>
        <source>Engine decode, mean</source>
        <translation>引擎解码，平均</translation>
    </message>
    <message>
        <source>Engine waiting, peak</source>
        <translation>引擎等待，峰值</translation>
    </message>
    <message>
        <source>KV cache use, peak</source>
        <translation>KV 缓存使用，峰值</translation>
    </message>
    <message>
        <source>Preemptions per rep.</source>
        <translation>每次重复的抢占</translation>
    </message>
    <message>
        <source>Prefix cache hit rate</source>
        <translation>前缀缓存命中率</translation>
    </message>
    <message>
        <source>, %1 shared prefixes of %2 tokens</source>
        <translation>，%1 个共享前缀，每个 %2 个词元</translation>
    </message>
    <message>
        <source>trace ×%1</source>
        <translation>轨迹 ×%1</translation>
    </message>
</context>
<context>
    <name>CrossCheck</name>
    <message>
        <source>the tool computes percentiles by %1, InferDeck by linear interpolation (numpy)</source>
        <translation>该工具用%1计算百分位数，InferDeck 用线性插值（numpy）</translation>
    </message>
    <message>
        <source>an undocumented method</source>
        <translation>未公开的方法</translation>
    </message>
    <message>
        <source>the tool counts tokens differently (%1)</source>
        <translation>该工具以不同方式计数 token（%1）</translation>
    </message>
    <message>
        <source>the tool counts a different set of requests or measures the duration differently (warm-up or cool-down windows, failed requests)</source>
        <translation>该工具统计的请求集合不同，或以不同方式测量时长（预热或冷却窗口、失败的请求）</translation>
    </message>
    <message>
        <source>the tool pools inter-chunk gaps differently</source>
        <translation>该工具以不同方式汇总块间间隔</translation>
    </message>
    <message>
        <source>the tool includes or excludes different requests (for example those without output)</source>
        <translation>该工具包含或排除了不同的请求（例如没有输出的请求）</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>不可比较</translation>
    </message>
    <message>
        <source>%1: recomputed from the records %2, the file says %3 (%4); likely because %5.</source>
        <translation>%1：由记录重新计算为 %2，文件中为 %3（%4）；可能的原因：%5。</translation>
    </message>
</context>
<context>
    <name>DataSupport</name>
    <message>
        <source>Not drawn: the file has no per-request records for phase “%1”, only the tool&apos;s own aggregates.</source>
        <translation>未绘制：文件中没有阶段“%1”的逐请求记录，只有该工具自身的汇总数据。</translation>
    </message>
    <message>
        <source>Not drawn: the file records no send time per request, so requests cannot be placed in time. Latency distributions are exact; duration and throughputs are the tool&apos;s own figures.</source>
        <translation>未绘制：文件未记录每个请求的发送时间，因此无法在时间轴上定位请求。延迟分布是精确的；时长和吞吐量是该工具自己的数值。</translation>
    </message>
</context>
<context>
    <name>FileDialogButtons</name>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>FormatDetect</name>
    <message>
        <source>InferDeck result</source>
        <translation>InferDeck 结果</translation>
    </message>
    <message>
        <source>vLLM bench serve result</source>
        <translation>vLLM bench serve 结果</translation>
    </message>
    <message>
        <source>AIPerf profile export (JSON)</source>
        <translation>AIPerf 分析导出（JSON）</translation>
    </message>
    <message>
        <source>AIPerf profile export (CSV)</source>
        <translation>AIPerf 分析导出（CSV）</translation>
    </message>
    <message>
        <source>GenAI-Perf profile export (JSON)</source>
        <translation>GenAI-Perf 分析导出（JSON）</translation>
    </message>
    <message>
        <source>GenAI-Perf profile export (CSV)</source>
        <translation>GenAI-Perf 分析导出（CSV）</translation>
    </message>
    <message>
        <source>GenAI-Perf per-request profile export</source>
        <translation>GenAI-Perf 逐请求分析导出</translation>
    </message>
    <message>
        <source>AIPerf per-request records (JSONL)</source>
        <translation>AIPerf 逐请求记录（JSONL）</translation>
    </message>
    <message>
        <source>guidellm benchmarks report</source>
        <translation>guidellm 基准测试报告</translation>
    </message>
    <message>
        <source>llmperf summary</source>
        <translation>llmperf 摘要</translation>
    </message>
    <message>
        <source>llmperf individual responses</source>
        <translation>llmperf 单个响应</translation>
    </message>
    <message>
        <source>MLPerf LoadGen summary log</source>
        <translation>MLPerf LoadGen 摘要日志</translation>
    </message>
    <message>
        <source>MLPerf LoadGen detail log</source>
        <translation>MLPerf LoadGen 详细日志</translation>
    </message>
    <message>
        <source>unrecognized file</source>
        <translation>无法识别的文件</translation>
    </message>
    <message>
        <source>an InferDeck result (&quot;format&quot;: &quot;inferdeck-result&quot;), a vLLM bench serve result (backend, model_id, mean_ttft_ms), an AIPerf or GenAI-Perf export (aiperf_version or input_config; CSV starting &quot;Metric,avg,min,max&quot;; experiments with service_kind; JSON lines with metadata.request_start_ns), a guidellm report (guidellm_version, benchmarks), llmperf output (results_ttft_s_mean, or a list with ttft_s and end_to_end_latency_s) or an MLPerf LoadGen log (&quot;:::MLLOG&quot; lines, &quot;MLPerf Results Summary&quot;)</source>
        <translation>InferDeck 结果（&quot;format&quot;: &quot;inferdeck-result&quot;）、vLLM bench serve 结果（backend、model_id、mean_ttft_ms）、AIPerf 或 GenAI-Perf 导出（aiperf_version 或 input_config；以 &quot;Metric,avg,min,max&quot; 开头的 CSV；带 service_kind 的 experiments；带 metadata.request_start_ns 的 JSON 行）、guidellm 报告（guidellm_version、benchmarks）、llmperf 输出（results_ttft_s_mean，或含 ttft_s 和 end_to_end_latency_s 的列表）或 MLPerf LoadGen 日志（&quot;:::MLLOG&quot; 行、&quot;MLPerf Results Summary&quot;）</translation>
    </message>
    <message>
        <source>AIPerf server metrics scrapes (JSONL)</source>
        <translation>AIPerf 服务器指标抓取记录（JSONL）</translation>
    </message>
    <message>
        <source>AIPerf server metrics summary</source>
        <translation>AIPerf 服务器指标汇总</translation>
    </message>
</context>
<context>
    <name>GenaiPerfImport</name>
    <message>
        <source>a malformed escape in the response text</source>
        <translation>响应文本中有格式错误的转义序列</translation>
    </message>
    <message>
        <source>the response is not the JSON an OpenAI server sends (%1)</source>
        <translation>该响应不是 OpenAI 服务器发送的 JSON（%1）</translation>
    </message>
    <message>
        <source>missing timestamp</source>
        <translation>缺少时间戳</translation>
    </message>
    <message>
        <source>has %1 entries but response_timestamps has %2</source>
        <translation>有 %1 个条目，但 response_timestamps 有 %2 个</translation>
    </message>
    <message>
        <source>a response time stamp before the request&apos;s or the previous response&apos;s</source>
        <translation>响应时间戳早于请求或上一响应的时间戳</translation>
    </message>
    <message>
        <source>a token count beyond 2^31</source>
        <translation>token 数超过 2^31</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>missing: not a GenAI-Perf profile export</source>
        <translation>缺失：不是 GenAI-Perf 分析导出</translation>
    </message>
    <message>
        <source>holds no experiment</source>
        <translation>不包含任何实验</translation>
    </message>
    <message>
        <source>GenAI-Perf re-tokenizes the answers with its tokenizer; InferDeck counts the server&apos;s usage where a response has it, else one token per content chunk</source>
        <translation>GenAI-Perf 用自己的分词器重新对回答分词；InferDeck 在响应带有服务器 usage 时使用它，否则每个内容块计为一个 token</translation>
    </message>
    <message>
        <source>GenAI-Perf ends a request at its last response with text; InferDeck at its last response, so E2E may be a little longer than GenAI-Perf&apos;s request latency</source>
        <translation>GenAI-Perf 以最后一个含文本的响应结束请求，InferDeck 以最后一个响应结束，因此 E2E 可能略长于 GenAI-Perf 的请求延迟</translation>
    </message>
    <message>
        <source>GenAI-Perf&apos;s &quot;inter token latency&quot; is InferDeck&apos;s TPOT</source>
        <translation>GenAI-Perf 的“inter token latency”即 InferDeck 的 TPOT</translation>
    </message>
    <message>
        <source>no experiment holds a request</source>
        <translation>没有任何实验包含请求</translation>
    </message>
    <message>
        <source>a time stamp before 1970 (%1 ns)</source>
        <translation>时间戳早于 1970 年（%1 ns）</translation>
    </message>
    <message>
        <source>expected zero or more, found %1</source>
        <translation>应为零或更大的值，实为 %1</translation>
    </message>
    <message>
        <source>a negative token count (%1)</source>
        <translation>负的 token 数（%1）</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <source>Scaling efficiency</source>
        <translation>扩展效率</translation>
    </message>
    <message>
        <source>Throughput vs target</source>
        <translation>吞吐量对比目标</translation>
    </message>
    <message>
        <source>TTFT vs SLO</source>
        <translation>TTFT 对比 SLO</translation>
    </message>
    <message>
        <source>TPOT vs SLO</source>
        <translation>TPOT 对比 SLO</translation>
    </message>
    <message>
        <source>E2E latency vs SLO</source>
        <translation>端到端延迟对比 SLO</translation>
    </message>
    <message>
        <source>Goodput share</source>
        <translation>有效吞吐占比</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <source>Energy per output token</source>
        <translation>每个输出 token 的能耗</translation>
    </message>
    <message>
        <source>Not measured: the result has no phase with measured requests.</source>
        <translation>未测量：结果中没有包含已测量请求的阶段。</translation>
    </message>
    <message>
        <source>1 repetition</source>
        <translation>1 次重复</translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation>%1 次重复</translation>
    </message>
    <message>
        <source>Not measured: the plan sets no throughput target.</source>
        <translation>未测量：计划未设定吞吐量目标。</translation>
    </message>
    <message>
        <source>Not measured: no output tokens were counted.</source>
        <translation>未测量：没有统计到输出 token。</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1（目标 %2）</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>range %1–%2 over %3</source>
        <translation>%3的范围 %1–%2</translation>
    </message>
    <message>
        <source>Output-token throughput of “%1” is %2 of the target %3.</source>
        <translation>“%1”的输出 token 吞吐量为目标 %3 的 %2。</translation>
    </message>
    <message>
        <source>Not measured: the plan sets no %1 limit.</source>
        <translation>未测量：计划未设定 %1 限值。</translation>
    </message>
    <message>
        <source>Not measured: no request has a %1.</source>
        <translation>未测量：没有请求具有 %1。</translation>
    </message>
    <message>
        <source>%1 %2 (limit %3)</source>
        <translation>%1 %2（限值 %3）</translation>
    </message>
    <message>
        <source>%1 %2 is %3× the %4 limit (mean over %5).</source>
        <translation>%1 %2 为 %4 限值的 %3 倍（%5的平均值）。</translation>
    </message>
    <message>
        <source>Not measured: the plan sets no SLO.</source>
        <translation>未测量：计划未设定 SLO。</translation>
    </message>
    <message>
        <source>Not measured: no request completed.</source>
        <translation>未测量：没有完成的请求。</translation>
    </message>
    <message>
        <source>Not measured: no request was issued.</source>
        <translation>未测量：没有发出请求。</translation>
    </message>
    <message>
        <source>%1 of %2 completed requests met every SLO.</source>
        <translation>%2 个已完成请求中有 %1 个满足全部 SLO。</translation>
    </message>
    <message>
        <source>%1 of %2 issued requests completed.</source>
        <translation>%2 个已发出请求中有 %1 个完成。</translation>
    </message>
    <message>
        <source>Not measured: no GPU power telemetry.</source>
        <translation>未测量：没有 GPU 功率遥测。</translation>
    </message>
    <message>
        <source>GPU energy over the phase divided by its output tokens (mean over %1).</source>
        <translation>阶段内 GPU 能耗除以其输出 token 数（%1的平均值）。</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>未测量：%1</translation>
    </message>
    <message>
        <source>95 % CI %1–%2 (%3)</source>
        <translation>95 % 置信区间 %1–%2（%3）</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>无区间</translation>
    </message>
    <message>
        <source>“%1” reached %3 tok/s on %2 nodes against %4 × %5 tok/s measured on 1 node (%6).</source>
        <translation>“%1”在 %2 个节点上达到 %3 tok/s，对比在 1 个节点上测得的 %4 × %5 tok/s（%6）。</translation>
    </message>
    <message>
        <source>Not measured: one repetition of %1 is too short for 10 time windows of at least 1 s; run 2 or more repetitions.</source>
        <translation>未测量：%1 的一次重复太短，不足以划分 10 个至少 1 秒的时间窗口；请运行 2 次或更多次重复。</translation>
    </message>
    <message>
        <source>%1 time windows of one repetition</source>
        <translation>一次重复中的 %1 个时间窗口</translation>
    </message>
    <message>
        <source>Not measured: fewer than two throughput samples.</source>
        <translation>未测量：吞吐量样本少于两个。</translation>
    </message>
    <message>
        <source>CV %1</source>
        <translation>变异系数 %1</translation>
    </message>
    <message>
        <source>range %1–%2 tok/s</source>
        <translation>范围 %1–%2 tok/s</translation>
    </message>
    <message>
        <source>Output-token throughput varies by %1 (sample standard deviation / mean) over %2.</source>
        <translation>输出 token 吞吐量在%2中的波动为 %1（样本标准差 / 平均值）。</translation>
    </message>
    <message>
        <source>Graded on the interval&apos;s pessimistic end (%1).</source>
        <translation>按区间的保守端（%1）评级。</translation>
    </message>
    <message>
        <source>Without an interval the point value is graded.</source>
        <translation>没有区间时按点值评级。</translation>
    </message>
    <message>
        <source>“%1” (repetition %2)</source>
        <translation>“%1”（第 %2 次重复）</translation>
    </message>
    <message>
        <source>Too few requests: %1 of %2 phase repetitions measured fewer than %3 (fewest: %4 in %5).</source>
        <translation>请求过少：%2 次阶段重复中有 %1 次测得的请求少于 %3（最少：%5 中 %4 个）。</translation>
    </message>
    <message>
        <source>Phases too short: %1 of %2 phase repetitions lasted less than %3 (shortest: %4, %5).</source>
        <translation>阶段过短：%2 次阶段重复中有 %1 次持续时间少于 %3（最短：%4，%5）。</translation>
    </message>
    <message>
        <source>Errors above %1: %2 of %3 requests failed in %4.</source>
        <translation>错误超过 %1：%4 中 %3 个请求有 %2 个失败。</translation>
    </message>
    <message>
        <source>The load generator fell behind its schedule in %1: sent %2 where its schedule asked %3, p99 send lateness %4 (limit %5); the client, not the server, may have set these numbers.</source>
        <translation>负载生成器在 %1 中落后于其计划：计划要求 %3，实际发送 %2，p99 发送延迟 %4（限值 %5）；这些数字可能由客户端而非服务器造成。</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>SIMULATED: these numbers come from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation>模拟：这些数字来自 InferDeck 的模拟引擎，而非 GPU 服务器。</translation>
    </message>
    <message>
        <source>Weighted mean of the graded criteria (%1).</source>
        <translation>已评级标准的加权平均（%1）。</translation>
    </message>
    <message>
        <source>Excludes, as not measured: %1.</source>
        <translation>作为未测量项排除：%1。</translation>
    </message>
    <message>
        <source>The run is INVALID under the rubric&apos;s data-quality rules; the grade does not certify it.</source>
        <translation>根据评分标准的数据质量规则，此次运行无效（INVALID）；该评级不能为其背书。</translation>
    </message>
    <message>
        <source>Not measured: the file has only aggregates, so which requests met every SLO cannot be recomputed.</source>
        <translation>未测量：文件只有汇总数据，无法重新计算哪些请求满足了全部 SLO。</translation>
    </message>
    <message>
        <source>Not measured: the file does not state how many requests were sent.</source>
        <translation>未测量：文件未说明发送了多少个请求。</translation>
    </message>
    <message>
        <source>Not measured: one repetition, and the file has no per-request times to follow its throughput over time.</source>
        <translation>未测量：只有一次重复，且文件没有逐请求的时间，无法跟踪吞吐量随时间的变化。</translation>
    </message>
    <message>
        <source>Too few requests (min_requests): the file does not state how many requests a phase sent.</source>
        <translation>请求过少（min_requests）：文件未说明一个阶段发送了多少个请求。</translation>
    </message>
    <message>
        <source>Phases too short (min_phase_duration_s): the file does not state how long a phase lasted.</source>
        <translation>阶段过短（min_phase_duration_s）：文件未说明一个阶段持续了多久。</translation>
    </message>
    <message>
        <source>one repetition: no spread</source>
        <translation>仅一次重复：无离散范围</translation>
    </message>
    <message>
        <source>fewer than %1 requests (%2)</source>
        <extracomment>why the overall grade was capped, e.g. &quot;fewer than 200 requests (49)&quot;: the rubric&apos;s minimum and the fewest a phase measured</extracomment>
        <translation>请求少于 %1 个（%2）</translation>
    </message>
    <message>
        <source>phases shorter than %1 (%2)</source>
        <extracomment>why the overall grade was capped, e.g. &quot;phases shorter than 60.0 s (6.00 s)&quot;: the rubric&apos;s minimum and the shortest phase</extracomment>
        <translation>阶段短于 %1（%2）</translation>
    </message>
    <message>
        <source>errors above %1 (%2 of %3 requests failed)</source>
        <extracomment>why the overall grade was capped: the rubric&apos;s limit, then failed of issued requests in one phase</extracomment>
        <translation>错误超过 %1（%3 个请求中有 %2 个失败）</translation>
    </message>
    <message>
        <source>the load generator fell behind its schedule in %1</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>负载生成器在 %1 中落后于其计划</translation>
    </message>
    <message>
        <source>measured on a simulated engine</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>在模拟引擎上测得</translation>
    </message>
    <message>
        <source>the rubric needs 1</source>
        <translation>评分标准需要 1 个</translation>
    </message>
    <message>
        <source>the rubric needs %1</source>
        <translation>评分标准需要 %1 个</translation>
    </message>
    <message>
        <source>no criterion with a weight could be measured; %1</source>
        <translation>没有任何带权重的标准可以测量；%1</translation>
    </message>
    <message>
        <source>only 1 criterion could be measured (%1); %2</source>
        <translation>只有 1 个标准可以测量（%1）；%2</translation>
    </message>
    <message>
        <source>only %1 criteria could be measured (%2); %3</source>
        <translation>只有 %1 个标准可以测量（%2）；%3</translation>
    </message>
    <message>
        <source>Not graded: %1.</source>
        <extracomment>%1: why, e.g. &quot;only 1 criterion could be measured (Success rate); the rubric needs 3&quot;</extracomment>
        <translation>未评级：%1。</translation>
    </message>
    <message>
        <source>Each criterion keeps its own grade.</source>
        <translation>每个标准保留各自的等级。</translation>
    </message>
    <message>
        <source>Not measured: %1.</source>
        <translation>未测量：%1。</translation>
    </message>
    <message>
        <source>capped at %1 from %2: %3</source>
        <extracomment>%1 the grade given, %2 the grade the criteria earned, %3 why, e.g. &quot;phases shorter than 60.0 s (6.00 s) and fewer than 200 requests (49)&quot;</extracomment>
        <translation>由 %2 限制为 %1：%3</translation>
    </message>
    <message>
        <source>Capped from %1 to %2: %3 (data-quality rules %4).</source>
        <extracomment>%1 the grade the criteria earned, %2 the grade given, %3 why, %4 the ids of the rubric&apos;s rules</extracomment>
        <translation>由 %1 限制为 %2：%3（数据质量规则 %4）。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>joins the last item of a list: &quot;phases shorter than 60.0 s (6.00 s) and fewer than 200 requests (49)&quot;</extracomment>
        <translation>%1，以及%2</translation>
    </message>
    <message>
        <source>Load generator behind its schedule (generator_behind): the file keeps no send times or send lateness.</source>
        <translation>负载生成器落后于其计划（generator_behind）：文件未保存发送时间或发送延迟。</translation>
    </message>
    <message>
        <source>The client&apos;s own timing error in “%1” (repetition %2) on %3 reached %4 at p99 (limit %5; %6 of chunks arrived while the agent was busy, agent CPU %7): latency percentiles there may be off by that much because of the client, not the server.</source>
        <translation>客户端自身的计时误差在“%1”（第 %2 次重复）的 %3 上于 p99 达到 %4（限制 %5；%6 的数据块在代理繁忙时到达，代理 CPU %7）：该处的延迟百分位数可能因客户端而非服务器偏差这么多。</translation>
    </message>
    <message>
        <source>the client&apos;s timing error exceeded %1 in “%2”</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>客户端计时误差在“%2”中超过 %1</translation>
    </message>
    <message>
        <source>The run was cancelled: %1</source>
        <translation>运行已被取消：%1</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>运行已被取消</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>the run failed</source>
        <extracomment>why the overall grade was capped</extracomment>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>The client&apos;s own timing error of first tokens in “%1” (repetition %2) on %3 reached %4 at p99 (limit %5; agent CPU %6): TTFT percentiles there may be off by that much because of the client, not the server.</source>
        <translation>客户端自身对首个令牌的计时误差在“%1”（第 %2 次重复）的 %3 上于 p99 达到 %4（限制 %5；代理 CPU %6）：该处的 TTFT 百分位数可能因客户端而非服务器偏差这么多。</translation>
    </message>
    <message>
        <source>%1–%2 from the capacity brackets</source>
        <translation>%1–%2，由容量区间得出</translation>
    </message>
    <message>
        <source>no interval: a search ended at its range</source>
        <translation>无区间：有一次搜索止于其范围边界</translation>
    </message>
    <message>
        <source>At capacity under the SLOs: %1 per node on %2 nodes against %3 on 1 node.</source>
        <translation>SLO 约束下的容量：%2 个节点上每节点 %1，对比 1 个节点上的 %3。</translation>
    </message>
    <message>
        <source>Not measured: the load ramps or steps by design, so the throughput is meant to change over the phase.</source>
        <translation>未测量：负载按设计爬升或分级变化，因此吞吐量在阶段内本就会变化。</translation>
    </message>
</context>
<context>
    <name>GuidellmImport</name>
    <message>
        <source>expected a list of requests</source>
        <translation>应为请求列表</translation>
    </message>
    <message>
        <source>expected a request object</source>
        <translation>应为请求对象</translation>
    </message>
    <message>
        <source>missing: a request without a start time cannot be placed</source>
        <translation>缺失：没有开始时间的请求无法定位</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>errored</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>the server&apos;s usage, else the number of streamed iterations</source>
        <translation>服务器的 usage，否则为流式迭代次数</translation>
    </message>
    <message>
        <source>guidellm&apos;s duration is its measurement window; InferDeck&apos;s runs from the first send to the last answer of the requests in that window</source>
        <translation>guidellm 的时长是其测量窗口；InferDeck 的时长从该窗口内请求的首次发送到最后一个回答</translation>
    </message>
    <message>
        <source>requests outside guidellm&apos;s measurement window are kept as warm-up and not summarized</source>
        <translation>guidellm 测量窗口之外的请求作为预热保留，不计入汇总</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>the report holds no benchmark</source>
        <translation>报告中没有基准测试</translation>
    </message>
    <message>
        <source>version %1 is not supported (InferDeck reads the 0.4–0.6 report layout)</source>
        <translation>不支持版本 %1（InferDeck 读取 0.4–0.6 的报告格式）</translation>
    </message>
    <message>
        <source>expected a benchmark object</source>
        <translation>应为基准测试对象</translation>
    </message>
    <message>
        <source>expected a mapping at the top level</source>
        <translation>顶层应为映射</translation>
    </message>
    <message>
        <source>the request ends %1 s before it starts</source>
        <translation>请求在开始前 %1 秒就已结束</translation>
    </message>
    <message>
        <source>the first token is outside the request&apos;s start and end</source>
        <translation>首个 token 不在请求的开始与结束之间</translation>
    </message>
    <message>
        <source>the measurement window ends before it starts</source>
        <translation>测量窗口在开始之前就已结束</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>not recognized as any supported result file (looked for %1)</source>
        <translation>未识别为任何受支持的结果文件（查找了 %1）</translation>
    </message>
    <message>
        <source>%1 holds %2 phases and %3 holds %4; only one phase each can be combined</source>
        <translation>%1 含 %2 个阶段，%3 含 %4 个；只能合并各含一个阶段的文件</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>没有要导入的文件</translation>
    </message>
    <message>
        <source>%1 and %2 were written by different tools; import them separately and compare them</source>
        <translation>%1 和 %2 由不同工具写入；请分别导入后再比较</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>一个布尔值</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1：%2%3</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>第 %1 字节</translation>
    </message>
    <message>
        <source>the file ends in the middle of the JSON document (truncated?)</source>
        <translation>文件在 JSON 文档中间结束（被截断？）</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>应为数字，实为%1</translation>
    </message>
    <message>
        <source>expected a number, found the text &quot;%1&quot;</source>
        <translation>应为数字，实为文本“%1”</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实为%1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实为%1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实为%1</translation>
    </message>
    <message>
        <source>not recorded by %1</source>
        <translation>%1 未记录</translation>
    </message>
    <message>
        <source>aggregates only: %1</source>
        <extracomment>a note on an imported phase; %1 says what cannot be recomputed and why</extracomment>
        <translation>仅有汇总数据：%1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>a result file</source>
        <translation>结果文件</translation>
    </message>
    <message>
        <source>files of this kind (%1)</source>
        <translation>此类文件（%1）</translation>
    </message>
    <message>
        <source>unexpected JSON content (%1)</source>
        <translation>意外的 JSON 内容（%1）</translation>
    </message>
    <message>
        <source>expected zero or more, found %1</source>
        <translation>应为零或更大的值，实为 %1</translation>
    </message>
    <message>
        <source>the model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>the server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>the tool&apos;s version</source>
        <translation>工具的版本</translation>
    </message>
    <message>
        <source>expected a whole non-negative token count, found %1</source>
        <translation>应为非负整数 token 数，实际为 %1</translation>
    </message>
    <message>
        <source>expected a whole non-negative count, found %1</source>
        <translation>应为非负整数计数，实际为 %1</translation>
    </message>
    <message>
        <source>AIPerf&apos;s server-metrics summary holds statistics over the run, not the scrapes InferDeck needs to place the engine&apos;s state beside the requests; import server_metrics_export.jsonl (aiperf profile --server-metrics-formats json jsonl) with the records</source>
        <translation>AIPerf 的服务器指标汇总只包含整个运行的统计，而不是 InferDeck 将引擎状态与请求对应所需的抓取记录；请将 server_metrics_export.jsonl（aiperf profile --server-metrics-formats json jsonl）与逐请求记录一起导入</translation>
    </message>
    <message>
        <source>AIPerf&apos;s server metrics describe the engine, not the requests; import them together with the same run&apos;s per-request records (profile_export.jsonl)</source>
        <translation>AIPerf 的服务器指标描述的是引擎而非请求；请与同一次运行的逐请求记录（profile_export.jsonl）一起导入</translation>
    </message>
    <message>
        <source>%1 and %2 are both AIPerf server-metrics files; import one run&apos;s records with its one file</source>
        <translation>%1 和 %2 都是 AIPerf 服务器指标文件；请将一次运行的记录与其唯一的指标文件一起导入</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the last line is cut off: %1</source>
        <translation>最后一行被截断：%1</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the limit for %2</source>
        <translation>文件大于 %1 MiB，即%2的大小上限</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1, not a regular file: only regular files are read</source>
        <translation>%1，不是普通文件：只读取普通文件</translation>
    </message>
</context>
<context>
    <name>JsonCursor</name>
    <message>
        <source>byte %1</source>
        <translation>第 %1 字节</translation>
    </message>
    <message>
        <source>the file ends in the middle of the JSON document (truncated?)</source>
        <translation>文件在 JSON 文档中间结束（被截断？）</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>对象中应为“,”或“}”</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>键之后应为“:”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>数组中应为“,”或“]”</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>the file ends inside a string (truncated?)</source>
        <translation>文件在字符串内部结束（被截断？）</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>不是有效的数字</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a whole number that fits 64 bits</source>
        <translation>应为可放入 64 位的整数</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>unexpected content after the JSON document</source>
        <translation>JSON 文档之后有意外内容</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>键“%1”在同一个对象中出现了两次</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation>数字 %1 超出范围</translation>
    </message>
    <message>
        <source>not valid JSON: the text ends in the middle of the document (truncated?)</source>
        <translation>不是有效的 JSON：文本在文档中间结束（被截断？）</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the top-level object</source>
        <translation>键“%1”在顶层对象中出现了两次</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in %2</source>
        <translation>键“%1”在 %2 中出现了两次</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
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
        <translation>对 Pod %1 的 kubectl exec 连续失败 %2 次</translation>
    </message>
    <message>
        <source>the run&apos;s pods are released</source>
        <translation>本次运行的 Pod 已释放</translation>
    </message>
    <message>
        <source>cannot start %1 on %2: its pod is not reachable</source>
        <translation>无法在 %2 上启动 %1：其 Pod 无法访问</translation>
    </message>
    <message>
        <source>the kubectl exec stream to pod %1 was lost: %2</source>
        <translation>到 Pod %1 的 kubectl exec 数据流已丢失：%2</translation>
    </message>
    <message>
        <source>writing the file in pod %1 failed (status %2): %3</source>
        <translation>在 Pod %1 中写入文件失败（状态 %2）：%3</translation>
    </message>
    <message>
        <source>cannot write to %1: its pod is not reachable</source>
        <translation>无法写入 %1：其 Pod 无法访问</translation>
    </message>
</context>
<context>
    <name>KubernetesPods</name>
    <message>
        <source>cannot reach the kubectl host %1: %2</source>
        <translation>无法连接 kubectl 主机 %1：%2</translation>
    </message>
    <message>
        <source>kubectl on %1 has no current context (set &quot;context&quot; in the cluster file): %2</source>
        <translation>%1 上的 kubectl 没有当前上下文（请在集群文件中设置“context”）：%2</translation>
    </message>
    <message>
        <source>kubectl could not list the pods (context %1): %2</source>
        <translation>kubectl 无法列出 Pod（上下文 %1）：%2</translation>
    </message>
    <message>
        <source>pod %1 was not found</source>
        <translation>未找到 Pod %1</translation>
    </message>
    <message>
        <source>no pod matches the selector %1</source>
        <translation>没有 Pod 匹配选择器 %1</translation>
    </message>
    <message>
        <source>using pods %1 (context %2, namespace %3)</source>
        <translation>使用 Pod %1（上下文 %2，命名空间 %3）</translation>
    </message>
    <message>
        <source>pod %1 was deleted during the run</source>
        <translation>Pod %1 在运行期间被删除</translation>
    </message>
    <message>
        <source>kubectl execs: %1, start latency median %2 ms, max %3 ms</source>
        <translation>kubectl exec：%1 次，启动延迟中位数 %2 ms，最大 %3 ms</translation>
    </message>
    <message>
        <source>context %1, its default namespace</source>
        <extracomment>where pods were looked for: %1 a kubeconfig context, %2 a namespace</extracomment>
        <translation>上下文 %1，其默认命名空间</translation>
    </message>
    <message>
        <source>context %1, namespace %2</source>
        <translation>上下文 %1，命名空间 %2</translation>
    </message>
    <message>
        <source>%1 of the %2 pods the cluster needs are ready (%3): %4</source>
        <extracomment>%1 pods found ready, %2 pods needed, %3 where they were looked for, %4 why others cannot be used</extracomment>
        <translation>集群所需的 %2 个 Pod 中有 %1 个就绪（%3）：%4</translation>
    </message>
</context>
<context>
    <name>KubernetesRun</name>
    <message>
        <source>scheduler.kubectl_host: %1</source>
        <translation>scheduler.kubectl_host：%1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the desktop</source>
        <translation>跟随桌面设置</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>the library database refused a change (%1)</source>
        <translation>结果库数据库拒绝了一项更改（%1）</translation>
    </message>
    <message>
        <source>cannot read the library (%1)</source>
        <translation>无法读取结果库（%1）</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (fields: %2)</source>
        <translation>未知字段“%1”（字段：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or an ISO 8601 time)</source>
        <translation>“%1”不是日期（YYYY-MM-DD 或 ISO 8601 时间）</translation>
    </message>
    <message>
        <source>not a library database (%1)</source>
        <translation>不是结果库数据库（%1）</translation>
    </message>
    <message>
        <source>written by a newer InferDeck (library schema %1; this one reads up to %2)</source>
        <translation>由较新的 InferDeck 写入（结果库架构版本 %1；此版本最多读取到 %2）</translation>
    </message>
    <message>
        <source>not measured in this run</source>
        <translation>本次运行未测量</translation>
    </message>
    <message>
        <source>no interval: one repetition</source>
        <translation>无区间：只有一次重复</translation>
    </message>
    <message numerus="yes">
        <source>t over %n repetition(s)</source>
        <translation>
            <numerusform>t，基于 %n 次重复</numerusform>
        </translation>
    </message>
    <message>
        <source>no interval: the file states only its own percentile</source>
        <translation>无区间：文件只给出其自身的百分位数</translation>
    </message>
    <message numerus="yes">
        <source>bootstrap over %n request(s)</source>
        <translation>
            <numerusform>自助法，基于 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>no interval: too few requests</source>
        <translation>无区间：请求过少</translation>
    </message>
    <message numerus="yes">
        <source>Wilson over %n request(s)</source>
        <translation>
            <numerusform>Wilson，基于 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1，基于%2</translation>
    </message>
    <message>
        <source>no interval: a count, not a sample</source>
        <translation>无区间：这是计数，而非样本</translation>
    </message>
    <message>
        <source>the comparison does not test this metric</source>
        <translation>比较不检验此指标</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>未知指标“%1”</translation>
    </message>
    <message>
        <source>the file is gone</source>
        <translation>文件已不存在</translation>
    </message>
    <message>
        <source>file not read: %1</source>
        <translation>文件未读取：%1</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>已略去 %1：%2</translation>
    </message>
    <message>
        <source>%1 left out: it has no phase “%2”</source>
        <translation>已略去 %1：其中没有阶段“%2”</translation>
    </message>
    <message>
        <source>first point: nothing to compare with</source>
        <translation>第一个点：无可比较</translation>
    </message>
    <message>
        <source>(the latest %1 of %2 runs)</source>
        <translation>（%2 次运行中最新的 %1 次）</translation>
    </message>
    <message>
        <source>No run has this metric in this phase.</source>
        <translation>没有任何运行在此阶段有此指标。</translation>
    </message>
    <message>
        <source>No run has a value to draw.</source>
        <translation>没有任何运行有可绘制的数值。</translation>
    </message>
    <message>
        <source>no interval: the repetitions do not vary at all</source>
        <translation>无区间：各次重复之间完全没有差异</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <extracomment>a fingerprint field that differs between two runs, e.g. &quot;engine version 0.10.2 → 0.11.1&quot;</extracomment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>engine version</source>
        <translation>引擎版本</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>real engine → simulated</source>
        <translation>真实引擎 → 模拟</translation>
    </message>
    <message>
        <source>simulated → real engine</source>
        <translation>模拟 → 真实引擎</translation>
    </message>
    <message>
        <source>not tested: this run&apos;s file could not be read</source>
        <translation>未检验：无法读取本次运行的文件</translation>
    </message>
    <message>
        <source>not tested: the previous run&apos;s file could not be read</source>
        <translation>未检验：无法读取前一次运行的文件</translation>
    </message>
    <message>
        <source>not tested: another fingerprint than the previous run (%1)</source>
        <translation>未检验：指纹与前一次运行不同（%1）</translation>
    </message>
</context>
<context>
    <name>LibraryIndex</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>未安装 Qt 的 SQLite 驱动（Debian：libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>不可读</translation>
    </message>
    <message>
        <source>the library database is damaged (%1) and cannot be moved aside</source>
        <translation>结果库数据库已损坏（%1），且无法移到一旁</translation>
    </message>
    <message>
        <source>not indexed since the library was rebuilt</source>
        <translation>自结果库重建以来尚未索引</translation>
    </message>
    <message>
        <source>The library database was damaged (%1); it was moved to %2 and a new one is rebuilt from the files (%3 files and %4 folders were still listed in it).</source>
        <translation>结果库数据库已损坏（%1）；已将其移至 %2，并根据文件重建新的数据库（其中仍列有 %3 个文件和 %4 个文件夹）。</translation>
    </message>
    <message>
        <source>cannot open the library database (%1)</source>
        <translation>无法打开结果库数据库（%1）</translation>
    </message>
    <message>
        <source>The library was updated from schema %1 to %2.</source>
        <translation>结果库已从架构版本 %1 更新到 %2。</translation>
    </message>
    <message>
        <source>the library database refused a change (%1)</source>
        <translation>结果库数据库拒绝了一项更改（%1）</translation>
    </message>
    <message>
        <source>cannot search the library (%1)</source>
        <translation>无法搜索结果库（%1）</translation>
    </message>
    <message>
        <source>cannot read the library (%1)</source>
        <translation>无法读取结果库（%1）</translation>
    </message>
    <message>
        <source>no entry %1 in the library</source>
        <translation>结果库中没有条目 %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有此文件或文件夹</translation>
    </message>
    <message>
        <source>the file is gone</source>
        <translation>文件已不存在</translation>
    </message>
</context>
<context>
    <name>LlmperfImport</name>
    <message>
        <source>a fixed Llama tokenizer (hf-internal-testing/llama-tokenizer), not the model&apos;s own</source>
        <translation>固定的 Llama 分词器（hf-internal-testing/llama-tokenizer），而非模型自己的</translation>
    </message>
    <message>
        <source>llmperf&apos;s inter_token_latency_s divides the whole answer time, first token included, by the token count; it is neither TPOT nor ITL and is kept only as the tool&apos;s figure</source>
        <translation>llmperf 的 inter_token_latency_s 用包含首个 token 在内的整个回答时间除以 token 数；它既不是 TPOT 也不是 ITL，仅作为该工具的数值保留</translation>
    </message>
    <message>
        <source>expected a JSON array of responses</source>
        <translation>应为响应的 JSON 数组</translation>
    </message>
    <message>
        <source>expected a response object</source>
        <translation>应为响应对象</translation>
    </message>
    <message>
        <source>missing ttft_s or end_to_end_latency_s</source>
        <translation>缺少 ttft_s 或 end_to_end_latency_s</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>错误代码 %1</translation>
    </message>
    <message>
        <source>end_to_end_latency_s %1 is shorter than ttft_s %2</source>
        <translation>end_to_end_latency_s %1 短于 ttft_s %2</translation>
    </message>
    <message>
        <source>expected llmperf&apos;s summary object with results_ttft_s_mean</source>
        <translation>应为含 results_ttft_s_mean 的 llmperf 摘要对象</translation>
    </message>
    <message>
        <source>llmperf keeps no send times: duration, throughput and time series are the tool&apos;s own; latencies are recomputed from the individual responses</source>
        <translation>llmperf 不保存发送时间：时长、吞吐量和时间序列取自该工具；延迟由单个响应重新计算</translation>
    </message>
    <message>
        <source>aggregates only: without the *_individual_responses.json file, distributions and intervals cannot be recomputed</source>
        <translation>仅有汇总数据：没有 *_individual_responses.json 文件，无法重新计算分布和区间</translation>
    </message>
    <message>
        <source>llmperf keeps no send times and no summary file was given: duration and throughput are not known, there is no time series; latencies are recomputed from the individual responses</source>
        <translation>llmperf 不保存发送时间，且未提供汇总文件：时长和吞吐量未知，没有时间序列；延迟由各个响应重新计算</translation>
    </message>
</context>
<context>
    <name>LocalTransport</name>
    <message>
        <source>the command was killed by a signal</source>
        <translation>命令被信号终止</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MlperfImport</name>
    <message>
        <source>no &quot;Scenario :&quot; line (truncated?)</source>
        <translation>没有“Scenario :”行（被截断？）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>expected a line starting with &quot;:::MLLOG &quot;</source>
        <translation>应为以“:::MLLOG ”开头的行</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>第 %1 行，第 %2 字节</translation>
    </message>
    <message>
        <source>not a complete JSON object (truncated?)</source>
        <translation>不是完整的 JSON 对象（被截断？）</translation>
    </message>
    <message>
        <source>expected an object with a &quot;key&quot;</source>
        <translation>应为带有 &quot;key&quot; 的对象</translation>
    </message>
    <message>
        <source>no effective_scenario entry (truncated?)</source>
        <translation>没有 effective_scenario 条目（被截断？）</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;</source>
        <translation>应为数字，实为“%1”</translation>
    </message>
    <message>
        <source>the summary says %1 but the detail log says %2: they are not from the same run</source>
        <translation>摘要为 %1，而详细日志为 %2：它们不是来自同一次运行</translation>
    </message>
    <message>
        <source>reported by the system under test</source>
        <translation>由被测系统报告</translation>
    </message>
    <message>
        <source>aggregates only: LoadGen&apos;s per-sample records are in mlperf_log_trace.json and the accuracy log, not in these files, so distributions, intervals and time series cannot be recomputed</source>
        <translation>仅有汇总数据：LoadGen 的逐样本记录在 mlperf_log_trace.json 和准确性日志中，不在这些文件里，因此无法重新计算分布、区间和时间序列</translation>
    </message>
    <message>
        <source>without mlperf_log_detail.txt the sample count and errors are unknown</source>
        <translation>没有 mlperf_log_detail.txt，样本数和错误数未知</translation>
    </message>
    <message>
        <source>the TTFT and TPOT limits are LoadGen&apos;s latency constraints of this scenario (p99 TTFT %1, p99 TPOT %2)</source>
        <translation>TTFT 和 TPOT 限值是 LoadGen 在此场景下的延迟约束（p99 TTFT %1，p99 TPOT %2）</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the file does not end with LoadGen&apos;s error count (&quot;No errors encountered during test.&quot;): it is cut off or not a complete summary</source>
        <translation>文件末尾没有 LoadGen 的错误计数（“No errors encountered during test.”）：文件被截断，或不是完整的摘要</translation>
    </message>
    <message>
        <source>no &quot;Test Parameters Used&quot; section (truncated?)</source>
        <translation>没有“Test Parameters Used”部分（被截断？）</translation>
    </message>
    <message>
        <source>no num_errors entry, which LoadGen writes last: the log is cut off</source>
        <translation>没有 num_errors 条目（LoadGen 最后写入该条目）：日志被截断</translation>
    </message>
    <message>
        <source>logged twice (lines %1 and %2): which one holds is unknown</source>
        <translation>记录了两次（第 %1 行和第 %2 行）：无法确定哪一个有效</translation>
    </message>
    <message>
        <source>missing: the %1 scenario&apos;s target rate is in neither file</source>
        <translation>缺失：两个文件中都没有 %1 场景的目标速率</translation>
    </message>
    <message>
        <source>missing: the %1 scenario&apos;s samples per query are in neither file</source>
        <translation>缺失：两个文件中都没有 %1 场景的每次查询样本数</translation>
    </message>
</context>
<context>
    <name>NodeAccess</name>
    <message>
        <source>a key is never written in a plan or cluster file: name where it is kept with api_key_env (an environment variable) or api_key_file (a file) on the node&apos;s entry in the cluster file</source>
        <translation>密钥绝不写入计划或集群文件：请在集群文件的节点条目中用 api_key_env（环境变量）或 api_key_file（文件）指明密钥存放位置</translation>
    </message>
    <message>
        <source>--api-key would put the key in this file and on the server&apos;s command line; start the server with its key from its environment (vLLM: VLLM_API_KEY) and name it for InferDeck with api_key_env or api_key_file</source>
        <translation>--api-key 会把密钥写进此文件并出现在服务器命令行中；请让服务器从其环境读取密钥（vLLM：VLLM_API_KEY），并用 api_key_env 或 api_key_file 告知 InferDeck</translation>
    </message>
    <message>
        <source>expected the name of an environment variable (letters, digits, &apos;_&apos;), found &quot;%1&quot;; the key itself never goes in the file</source>
        <translation>应为环境变量名（字母、数字、“_”），实际为“%1”；密钥本身绝不写入文件</translation>
    </message>
    <message>
        <source>give api_key_env or api_key_file, not both</source>
        <translation>请只给出 api_key_env 或 api_key_file 之一，不要同时给出</translation>
    </message>
    <message>
        <source>only an https:// endpoint is verified against a CA</source>
        <translation>只有 https:// 端点才会用 CA 校验</translation>
    </message>
    <message>
        <source>only an https:// endpoint has a certificate to skip</source>
        <translation>只有 https:// 端点才有可跳过校验的证书</translation>
    </message>
    <message>
        <source>give ca_file or insecure_skip_verify, not both</source>
        <translation>请只给出 ca_file 或 insecure_skip_verify 之一，不要同时给出</translation>
    </message>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>应为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>only the agent&apos;s simulator takes this setting; the node&apos;s launch must run {agent} serve-sim</source>
        <translation>只有代理的模拟器接受此设置；节点的启动命令必须运行 {agent} serve-sim</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>the API key&apos;s environment variable %1 is not set on this machine</source>
        <translation>本机未设置 API 密钥的环境变量 %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>cannot read the API key file %1: %2</source>
        <translation>无法读取 API 密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>the API key file %1 is readable by every user of this machine; make it private (chmod 600 %1)</source>
        <translation>API 密钥文件 %1 可被本机所有用户读取；请设为私有（chmod 600 %1）</translation>
    </message>
    <message>
        <source>%1: the API key file %2 is readable by its group (chmod 600 %2 keeps it private)</source>
        <translation>%1：API 密钥文件 %2 可被其所属组读取（chmod 600 %2 可使其保持私有）</translation>
    </message>
    <message>
        <source>the API key file %1 is too large to hold a key</source>
        <translation>API 密钥文件 %1 过大，不可能只含一个密钥</translation>
    </message>
    <message>
        <source>the API key in the %1 is empty</source>
        <translation>%1 中的 API 密钥为空</translation>
    </message>
    <message>
        <source>the API key in the %1 is not one word of printable ASCII</source>
        <translation>%1 中的 API 密钥不是单个可打印 ASCII 词</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>CA 文件 %1 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）</translation>
    </message>
</context>
<context>
    <name>NodeProbe</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1：%2 秒内无应答</translation>
    </message>
    <message>
        <source>%1: the connection failed</source>
        <translation>%1：连接失败</translation>
    </message>
    <message>
        <source>%1: the probe failed: %2</source>
        <translation>%1：探测失败：%2</translation>
    </message>
</context>
<context>
    <name>PhasePlan</name>
    <message>
        <source>concurrency %1</source>
        <translation>并发 %1</translation>
    </message>
    <message>
        <source>%1 req/s per node</source>
        <translation>每节点 %1 请求/秒</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 个节点</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 个节点</translation>
    </message>
    <message>
        <source>all %1 at once</source>
        <translation>一次性发出全部 %1 个</translation>
    </message>
    <message>
        <source>trace ×%1</source>
        <translation>轨迹 ×%1</translation>
    </message>
    <message>
        <source>concurrency %1 → %2</source>
        <translation>并发 %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 req/s per node</source>
        <translation>每节点 %1 → %2 请求/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) from %1</source>
        <translation>
            <numerusform>%n 个级别，起始 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodStatus</name>
    <message>
        <source>expected a Pod, found %1</source>
        <translation>应为 Pod，实为%1</translation>
    </message>
    <message>
        <source>a pod without metadata.name</source>
        <translation>缺少 metadata.name 的 Pod</translation>
    </message>
    <message>
        <source>kubectl&apos;s pod list is not readable: %1</source>
        <translation>kubectl 的 Pod 列表不可读：%1</translation>
    </message>
    <message>
        <source>pod %1 is %2, not Running</source>
        <extracomment>%1 a pod, %2 its phase (Pending, Failed)</extracomment>
        <translation>Pod %1 处于 %2，而不是 Running</translation>
    </message>
    <message>
        <source>without a phase</source>
        <translation>无阶段状态</translation>
    </message>
    <message>
        <source>pod %1 has no container %2</source>
        <translation>Pod %1 没有容器 %2</translation>
    </message>
    <message>
        <source>the container %1 of pod %2 is not running (%3)</source>
        <translation>Pod %2 的容器 %1 未在运行（%3）</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>the container %1 of pod %2 is not ready (restarts: %3)</source>
        <translation>Pod %2 的容器 %1 未就绪（重启次数：%3）</translation>
    </message>
    <message>
        <source>pod %1 was replaced by a new pod of the same name during the run</source>
        <translation>Pod %1 在运行期间被同名的新 Pod 替换</translation>
    </message>
    <message>
        <source>pod %1 restarted during the run: container %2 restart count %3 → %4, running again since %5</source>
        <extracomment>%3 and %4 restart counts, %5 an RFC 3339 time</extracomment>
        <translation>Pod %1 在运行期间重启：容器 %2 的重启次数 %3 → %4，自 %5 起重新运行</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>（尚未）</translation>
    </message>
    <message>
        <source>pod %1 left the Running phase during the run: %2</source>
        <translation>Pod %1 在运行期间离开了 Running 阶段：%2</translation>
    </message>
    <message>
        <source>the container %1 of pod %2 stopped during the run (%3)</source>
        <translation>Pod %2 的容器 %1 在运行期间停止（%3）</translation>
    </message>
</context>
<context>
    <name>PyYaml</name>
    <message>
        <source>a tab in the indentation</source>
        <translation>缩进中有制表符</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>unexpected text after the document (wrong indentation?)</source>
        <translation>文档之后有意外的文本（缩进错误？）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a tuple written inline is not supported</source>
        <translation>不支持写在同一行的元组</translation>
    </message>
    <message>
        <source>the tag %1 is not supported (only plain data is read)</source>
        <translation>不支持标签 %1（只读取普通数据）</translation>
    </message>
    <message>
        <source>anchors and aliases are not supported</source>
        <translation>不支持锚点和别名</translation>
    </message>
    <message>
        <source>block scalars (| and &gt;) are not supported</source>
        <translation>不支持块标量（| 和 &gt;）</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>意外的缩进</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>应为“键: 值”</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>键“%1”出现了两次</translation>
    </message>
    <message>
        <source>flow collections other than [] and {} are not supported</source>
        <translation>不支持 [] 和 {} 以外的流式集合</translation>
    </message>
    <message>
        <source>unexpected text after a quoted string</source>
        <translation>引号字符串之后有意外的文本</translation>
    </message>
    <message>
        <source>the quoted string is not closed (truncated?)</source>
        <translation>引号字符串未闭合（文件被截断？）</translation>
    </message>
    <message>
        <source>the quoted string is not closed before the next entry</source>
        <translation>引号字符串在下一项之前未闭合</translation>
    </message>
    <message>
        <source>a cut-off \%1 escape</source>
        <translation>被截断的 \%1 转义序列</translation>
    </message>
    <message>
        <source>a \%1 escape with a character that is not a hex digit</source>
        <translation>\%1 转义序列中有非十六进制数字的字符</translation>
    </message>
    <message>
        <source>the escape \%1 names no Unicode character</source>
        <translation>转义序列 \%1 不对应任何 Unicode 字符</translation>
    </message>
    <message>
        <source>the escape \%1 is not YAML</source>
        <translation>转义序列 \%1 不是 YAML</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>SIMULATED — every number in this report comes from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation>模拟 — 本报告中的每个数字都来自 InferDeck 的模拟引擎，而非 GPU 服务器。</translation>
    </message>
    <message>
        <source>overall grade</source>
        <translation>总评级</translation>
    </message>
    <message>
        <source>every number in this report comes from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation>本报告中的每个数字都来自 InferDeck 的模拟引擎，而非 GPU 服务器。</translation>
    </message>
    <message>
        <source>Overall grade: %1</source>
        <translation>总评级：%1</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Headline metrics</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Not measured: the result holds no phase.</source>
        <translation>未测量：结果中没有阶段。</translation>
    </message>
    <message>
        <source>Each phase repetition with all its nodes combined. Duration runs from the first request sent to the last one finished; throughputs are per second of it. Warm-up requests are excluded.</source>
        <translation>每次阶段重复合并其所有节点。时长从第一个发出的请求到最后一个完成的请求；吞吐量按其每秒计。预热请求不计入。</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>Total tok/s</source>
        <translation>总 tok/s</translation>
    </message>
    <message>
        <source>Success (%)</source>
        <translation>成功率（%）</translation>
    </message>
    <message>
        <source>Combined over nodes.</source>
        <translation>跨节点合并。</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation>平均（ms）</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50（ms）</translation>
    </message>
    <message>
        <source>p90 (ms)</source>
        <translation>p90（ms）</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95（ms）</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99（ms）</translation>
    </message>
    <message>
        <source>Latency percentiles: linear interpolation between closest ranks (numpy&apos;s default). TPOT excludes the first token; ITL pools every gap between chunks.</source>
        <translation>延迟百分位数：在最近秩之间线性插值（numpy 的默认方法）。TPOT 不含首个 token；ITL 汇总块之间的每个间隔。</translation>
    </message>
    <message>
        <source>No latency was measured: no request completed.</source>
        <translation>未测得延迟：没有完成的请求。</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50（ms）</translation>
    </message>
    <message>
        <source>TTFT p99 (ms)</source>
        <translation>TTFT p99（ms）</translation>
    </message>
    <message>
        <source>TPOT p50 (ms)</source>
        <translation>TPOT p50（ms）</translation>
    </message>
    <message>
        <source>E2E p99 (ms)</source>
        <translation>端到端 p99（ms）</translation>
    </message>
    <message>
        <source>Per node, for phases on more than one node; each node&apos;s duration is its own first send to its own last end.</source>
        <translation>按节点，仅适用于多节点阶段；每个节点的时长从其自身首次发送到其自身最后结束。</translation>
    </message>
    <message>
        <source>Latency distributions</source>
        <translation>延迟分布</translation>
    </message>
    <message>
        <source>%1: not measured (no completed request has one).</source>
        <translation>%1：未测量（没有已完成的请求具有该值）。</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>Not measured: the result holds no phase with requests.</source>
        <translation>未测量：结果中没有包含请求的阶段。</translation>
    </message>
    <message>
        <source>Phase “%1”, repetition %2, from its first request sent.</source>
        <translation>阶段“%1”，第 %2 次重复，从其发出的第一个请求起。</translation>
    </message>
    <message>
        <source>Not measured: the requests of this phase carry no end times.</source>
        <translation>未测量：此阶段的请求没有结束时间。</translation>
    </message>
    <message>
        <source>Not measured: no request of this phase has a TTFT.</source>
        <translation>未测量：此阶段没有请求具有 TTFT。</translation>
    </message>
    <message>
        <source>GPU utilization: not measured (no GPU telemetry in this phase).</source>
        <translation>GPU 利用率：未测量（此阶段没有 GPU 遥测）。</translation>
    </message>
    <message>
        <source>GPU power: not measured (no power telemetry in this phase).</source>
        <translation>GPU 功率：未测量（此阶段没有功率遥测）。</translation>
    </message>
    <message>
        <source>Scaling analysis</source>
        <translation>扩展性分析</translation>
    </message>
    <message>
        <source>Scaling efficiency: not measured. %1 No grade comes from it, and nothing here estimates a baseline.</source>
        <translation>扩展效率：未测量。%1 不据此评级，这里也不估算基线。</translation>
    </message>
    <message>
        <source>Scaling efficiency = X_N / (N · X_1) of output-token throughput, X_1 measured on one node with the same per-node load, each the mean over its repetitions.</source>
        <translation>扩展效率 = 输出 token 吞吐量的 X_N / (N · X_1)，X_1 在单个节点上以相同的每节点负载测得，各取其重复的平均值。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Baseline phase (1 node)</source>
        <translation>基线阶段（1 个节点）</translation>
    </message>
    <message>
        <source>X_1, output tok/s</source>
        <translation>X_1，输出 tok/s</translation>
    </message>
    <message>
        <source>Scaled phase</source>
        <translation>扩展阶段</translation>
    </message>
    <message>
        <source>N, nodes</source>
        <translation>N，节点数</translation>
    </message>
    <message>
        <source>X_N, output tok/s</source>
        <translation>X_N，输出 tok/s</translation>
    </message>
    <message>
        <source>Efficiency (%)</source>
        <translation>效率（%）</translation>
    </message>
    <message>
        <source>95 % interval (%)</source>
        <translation>95 % 区间（%）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Interval from</source>
        <translation>区间来源</translation>
    </message>
    <message>
        <source>too few samples</source>
        <translation>样本过少</translation>
    </message>
    <message>
        <source>bootstrap over %1 (%2 baseline, %3 scaled samples)</source>
        <translation>对 %1 进行自助法（%2 个基线样本，%3 个扩展样本）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>The load is open loop (a fixed request rate per node). While the nodes keep up, throughput follows the offered load, so this efficiency says whether N nodes serve N times the load, not how their capacity scales; chance differences between the arrival draws move it too. A closed-loop (concurrency) load measures capacity.</source>
        <translation>负载为开环（每节点固定请求速率）。在节点跟得上时，吞吐量跟随所施加的负载，因此该效率表示 N 个节点能否承担 N 倍负载，而不是其容量如何扩展；到达抽样之间的随机差异也会影响它。闭环（并发）负载才测量容量。</translation>
    </message>
    <message>
        <source>The point estimate is above 100 %, but the interval reaches below it: the data cannot tell this from linear scaling, so no super-linear claim is made.</source>
        <translation>点估计高于 100 %，但区间延伸到其下方：数据无法将其与线性扩展区分开，因此不声称超线性。</translation>
    </message>
    <message>
        <source>Per node tok/s</source>
        <translation>每节点 tok/s</translation>
    </message>
    <message>
        <source>Per repetition.</source>
        <translation>按重复。</translation>
    </message>
    <message>
        <source>SLO attainment and goodput</source>
        <translation>SLO 达成率与有效吞吐</translation>
    </message>
    <message>
        <source>Not measured: the plan sets no SLO, so goodput is not defined.</source>
        <translation>未测量：计划未设定 SLO，因此有效吞吐无定义。</translation>
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
        <translation>每个请求的限值：%1。有效吞吐统计满足全部限值的已完成请求，按阶段的每秒计。</translation>
    </message>
    <message>
        <source>TTFT met (%)</source>
        <translation>TTFT 达标（%）</translation>
    </message>
    <message>
        <source>TPOT met (%)</source>
        <translation>TPOT 达标（%）</translation>
    </message>
    <message>
        <source>E2E met (%)</source>
        <translation>E2E 达标（%）</translation>
    </message>
    <message>
        <source>All met (%)</source>
        <translation>全部达标（%）</translation>
    </message>
    <message>
        <source>Goodput (req/s)</source>
        <translation>有效吞吐（请求/秒）</translation>
    </message>
    <message>
        <source>Shares of completed requests; a one-token answer has no TPOT and cannot miss a TPOT limit.</source>
        <translation>占已完成请求的比例；只有一个 token 的回答没有 TPOT，不会违反 TPOT 限值。</translation>
    </message>
    <message>
        <source>GPU energy</source>
        <translation>GPU 能耗</translation>
    </message>
    <message>
        <source>Energy (J)</source>
        <translation>能耗（J）</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>J per output token</source>
        <translation>每输出 token 焦耳数</translation>
    </message>
    <message>
        <source>Mean power (W)</source>
        <translation>平均功率（W）</translation>
    </message>
    <message>
        <source>Not measured: the result holds no GPU power telemetry.</source>
        <translation>未测量：结果中没有 GPU 功率遥测。</translation>
    </message>
    <message>
        <source>Energy is the trapezoid integral of every GPU&apos;s power over the phase, divided by the output tokens; informational, not graded by default.</source>
        <translation>能耗为每块 GPU 功率在阶段内的梯形积分，除以输出 token 数；仅供参考，默认不评级。</translation>
    </message>
    <message>
        <source>SIMULATED: the power figures come from the simulator&apos;s model of a GPU, not from a meter.</source>
        <translation>模拟：功率数值来自模拟器的 GPU 模型，而非测量仪表。</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Output quality</source>
        <translation>输出质量</translation>
    </message>
    <message>
        <source>Not measured: the result holds no generated answers with reference answers (the dataset has no references), so ROUGE cannot be computed.</source>
        <translation>未测量：结果中没有带参考答案的生成回答（数据集没有参考答案），因此无法计算 ROUGE。</translation>
    </message>
    <message>
        <source>ROUGE F1 × 100 of each measured, successful answer against the dataset&apos;s reference, averaged over requests (as MLPerf reports it), with a 95 % bootstrap interval of the mean. Tokens: lowercased text split at every character that is not a letter or digit; no stemming (rouge-score&apos;s default).</source>
        <translation>每个已测量的成功回答相对数据集参考答案的 ROUGE F1 × 100，按请求平均（与 MLPerf 的报告方式相同），并给出平均值的 95 % 自助法区间。token：小写文本，在每个非字母非数字的字符处切分；不做词干提取（rouge-score 的默认设置）。</translation>
    </message>
    <message>
        <source>SIMULATED: the simulator answers by repeating the prompt&apos;s words and the references are synthetic, so these scores check the measurement, not a model.</source>
        <translation>模拟：模拟器通过重复提示词中的词语来回答，参考答案也是合成的，因此这些分数检验的是测量过程，而不是模型。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
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
        <translation>建议</translation>
    </message>
    <message>
        <source>Requests queue before prefill: in “%1” (repetition %2) p99 TTFT is %3, %4× its p50 of %5. Lower the load per node, or give the engine more batch capacity (max concurrent sequences, chunked prefill).</source>
        <translation>请求在预填充前排队：在“%1”（第 %2 次重复）中 p99 TTFT 为 %3，是其 p50（%5）的 %4 倍。请降低每节点负载，或给引擎更多批处理容量（最大并发序列数、分块预填充）。</translation>
    </message>
    <message>
        <source>The GPUs are under-used: mean utilization in “%1” is %2 %. The benchmark is client-bound or under-loaded; raise the concurrency or request rate until latency starts to rise.</source>
        <translation>GPU 利用不足：“%1”中的平均利用率为 %2 %。基准测试受客户端限制或负载不足；请提高并发或请求速率，直到延迟开始上升。</translation>
    </message>
    <message>
        <source>Scaling is poor (%1) and the nodes are unequal: per-node throughput varies by %2 in “%3”, slowest %4. Look for a difference between the nodes (GPU clocks, engine version, network path) before adding more of them.</source>
        <translation>扩展性差（%1）且节点不均衡：“%3”中每节点吞吐量相差 %2，最慢的是 %4。在增加节点之前，请先查找节点之间的差异（GPU 频率、引擎版本、网络路径）。</translation>
    </message>
    <message>
        <source>Scaling is poor (%1) while the nodes are balanced%2: a shared resource limits the cluster (the client&apos;s network, a load balancer, storage).</source>
        <translation>扩展性差（%1），而节点是均衡的%2：某个共享资源限制了集群（客户端网络、负载均衡器、存储）。</translation>
    </message>
    <message>
        <source> (per-node throughput varies by %1)</source>
        <translation>（每节点吞吐量相差 %1）</translation>
    </message>
    <message>
        <source>Scaling efficiency was not measured (%1). Set &quot;scaling&quot;: true in the plan to measure a 1-node baseline beside the N-node phases.</source>
        <translation>未测量扩展效率（%1）。在计划中设置 &quot;scaling&quot;: true，即可在 N 节点阶段旁测量单节点基线。</translation>
    </message>
    <message>
        <source>The load generator fell behind in “%1” (repetition %2): p99 send lateness %3, %4 sent where the schedule asked %5. Run fewer requests per agent, more agent workers, or a faster client machine before trusting the latencies.</source>
        <translation>负载生成器在“%1”（第 %2 次重复）中落后：p99 发送延迟 %3，计划要求 %5，实际发送 %4。在信任这些延迟之前，请减少每个代理的请求数、增加代理工作进程，或使用更快的客户端机器。</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed in %3 (repetition %4), most often &quot;%5&quot; (%6). Fix these before reading the latencies: failed requests leave the distribution.</source>
        <translation>%3（第 %4 次重复）中 %2 个请求有 %1 个失败，最常见的是 &quot;%5&quot;（%6）。请先解决这些问题再看延迟：失败的请求不在分布之中。</translation>
    </message>
    <message>
        <source>Throughput is unstable: %1. Run longer phases or more repetitions so one slow stretch does not decide the result.</source>
        <translation>吞吐量不稳定：%1。请运行更长的阶段或更多次重复，以免一段慢速区间决定结果。</translation>
    </message>
    <message>
        <source>%1 misses its limit: %2. Lower the load, or choose the operating point from a sweep.</source>
        <translation>%1 未达到其限值：%2。请降低负载，或从扫描结果中选择工作点。</translation>
    </message>
    <message>
        <source>%1 For results meant to be compared, run phases of at least 600 s as MLPerf LoadGen demands.</source>
        <translation>%1 对于需要比较的结果，请按 MLPerf LoadGen 的要求运行至少 600 秒的阶段。</translation>
    </message>
    <message>
        <source>These numbers come from the simulator: run the same plan on the real nodes before drawing conclusions about the hardware.</source>
        <translation>这些数字来自模拟器：在对硬件下结论之前，请在真实节点上运行同一计划。</translation>
    </message>
    <message>
        <source>No recommendation: none of the rules (queueing, GPU utilization, scaling, load generator, failures, stability, SLOs) found evidence of a problem.</source>
        <translation>无建议：所有规则（排队、GPU 利用率、扩展、负载生成器、失败、稳定性、SLO）均未发现问题迹象。</translation>
    </message>
    <message>
        <source>VALID under the rubric&apos;s data-quality rules</source>
        <translation>根据评分标准的数据质量规则为有效（VALID）</translation>
    </message>
    <message>
        <source>INVALID under the rubric&apos;s data-quality rules</source>
        <translation>根据评分标准的数据质量规则为无效（INVALID）</translation>
    </message>
    <message>
        <source>measured on a SIMULATED engine</source>
        <translation>在模拟引擎上测得</translation>
    </message>
    <message>
        <source>scaling efficiency %1 against a measured 1-node baseline</source>
        <translation>相对实测单节点基线的扩展效率为 %1</translation>
    </message>
    <message>
        <source>scaling efficiency not measured</source>
        <translation>未测量扩展效率</translation>
    </message>
    <message>
        <source>model not recorded</source>
        <translation>未记录模型</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 个节点</translation>
    </message>
    <message>
        <source>%1 workload</source>
        <translation>%1 工作负载</translation>
    </message>
    <message>
        <source>Inference benchmark report</source>
        <translation>推理基准测试报告</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>unknown report format &quot;%1&quot; (md, html, pdf or all)</source>
        <translation>未知的报告格式“%1”（md、html、pdf 或 all）</translation>
    </message>
    <message>
        <source>no report format given (md, html, pdf or all)</source>
        <translation>未指定报告格式（md、html、pdf 或 all）</translation>
    </message>
    <message>
        <source>InferDeck %1</source>
        <translation>InferDeck %1</translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation>无法创建目录</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>uniform, %1–%2 tokens</source>
        <translation>均匀分布，%1–%2 个 token</translation>
    </message>
    <message>
        <source>normal, mean %1, sd %2, %3–%4 tokens</source>
        <translation>正态分布，均值 %1，标准差 %2，%3–%4 个 token</translation>
    </message>
    <message>
        <source>log-normal, mean %1, sd %2, %3–%4 tokens</source>
        <translation>对数正态分布，均值 %1，标准差 %2，%3–%4 个 token</translation>
    </message>
    <message>
        <source>closed loop, %1 requests in flight per node</source>
        <translation>闭环，每节点同时进行 %1 个请求</translation>
    </message>
    <message>
        <source>constant rate, %1 req/s per node</source>
        <translation>恒定速率，每节点 %1 请求/秒</translation>
    </message>
    <message>
        <source>Poisson arrivals, %1 req/s per node</source>
        <translation>泊松到达，每节点 %1 请求/秒</translation>
    </message>
    <message>
        <source>gamma arrivals (burstiness %1), %2 req/s per node</source>
        <translation>伽马到达（突发度 %1），每节点 %2 请求/秒</translation>
    </message>
    <message>
        <source>informational</source>
        <translation>仅供参考</translation>
    </message>
    <message>
        <source>%1 otherwise</source>
        <translation>否则为 %1</translation>
    </message>
    <message>
        <source>Grade card</source>
        <translation>评级卡</translation>
    </message>
    <message>
        <source>Overall grade: %1. %2</source>
        <translation>总评级：%1。%2</translation>
    </message>
    <message>
        <source>The criteria describe phase “%1” (nodes: %2, repetitions: %3), graded with the rubric &quot;%4&quot; (%5).</source>
        <translation>这些标准描述阶段“%1”（节点：%2，重复：%3），按评分标准 &quot;%4&quot;（%5）评级。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Verdict: VALID. No rule that invalidates a run fired.</source>
        <translation>结论：有效（VALID）。没有触发任何使运行无效的规则。</translation>
    </message>
    <message>
        <source>Verdict: INVALID. At least one rule that invalidates a run fired; the numbers below do not certify the system.</source>
        <translation>结论：无效（INVALID）。至少触发了一条使运行无效的规则；以下数字不能为系统背书。</translation>
    </message>
    <message>
        <source>No data-quality rule of the rubric fired.</source>
        <translation>评分标准中没有触发任何数据质量规则。</translation>
    </message>
    <message>
        <source>(makes the run INVALID)</source>
        <translation>（使运行无效）</translation>
    </message>
    <message>
        <source>(caps the overall grade at %1)</source>
        <translation>（将总评级限制为 %1）</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>非流式</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Prompt lengths</source>
        <translation>提示长度</translation>
    </message>
    <message>
        <source>Completion lengths</source>
        <translation>补全长度</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Length of a phase</source>
        <translation>阶段长度</translation>
    </message>
    <message>
        <source>%1 requests per node</source>
        <translation>每节点 %1 个请求</translation>
    </message>
    <message>
        <source>%1 per node</source>
        <translation>每节点 %1</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>%1 requests per node and phase, recorded and excluded</source>
        <translation>每节点每阶段 %1 个请求，已记录但不计入</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>on: a 1-node baseline is measured beside every N-node phase</source>
        <translation>开启：在每个 N 节点阶段旁测量单节点基线</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>SLO: TTFT</source>
        <translation>SLO：TTFT</translation>
    </message>
    <message>
        <source>SLO: TPOT</source>
        <translation>SLO：TPOT</translation>
    </message>
    <message>
        <source>SLO: E2E</source>
        <translation>SLO：E2E</translation>
    </message>
    <message>
        <source>Throughput target</source>
        <translation>吞吐量目标</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>Generator lateness limit</source>
        <translation>生成器延迟限值</translation>
    </message>
    <message>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
    <message>
        <source>External tool</source>
        <translation>外部工具</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Load per node</source>
        <translation>每节点负载</translation>
    </message>
    <message>
        <source>Phases as run, in order.</source>
        <translation>按运行顺序列出的阶段。</translation>
    </message>
    <message>
        <source>Nodes: hardware and software</source>
        <translation>节点：硬件与软件</translation>
    </message>
    <message>
        <source>Not recorded: the result holds no node inventory.</source>
        <translation>未记录：结果中没有节点清单。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Driver / CUDA</source>
        <translation>驱动 / CUDA</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>CPU / memory</source>
        <translation>CPU / 内存</translation>
    </message>
    <message>
        <source>OS / Python</source>
        <translation>操作系统 / Python</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 CPUs, %2</source>
        <translation>%1 个 CPU，%2</translation>
    </message>
    <message>
        <source>Reproducibility appendix</source>
        <translation>可复现性附录</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>结果文件</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>测量工具</translation>
    </message>
    <message>
        <source>InferDeck version that ran it</source>
        <translation>运行它的 InferDeck 版本</translation>
    </message>
    <message>
        <source>Node agent (SHA-256 prefix)</source>
        <translation>节点代理（SHA-256 前缀）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>SIMULATED (InferDeck&apos;s serve-sim)</source>
        <translation>模拟（InferDeck 的 serve-sim）</translation>
    </message>
    <message>
        <source>as listed under Nodes</source>
        <translation>见“节点”部分</translation>
    </message>
    <message>
        <source>Report generated by</source>
        <translation>报告生成者</translation>
    </message>
    <message>
        <source>Every number in this report is recomputed from the per-request records in the result file. To check them:</source>
        <translation>本报告中的每个数字都由结果文件中的逐请求记录重新计算。核对方法：</translation>
    </message>
    <message>
        <source>inferdeck-cli summarize %1 --json    # every metric, as JSON
inferdeck-cli records %1           # the records they are computed from, as CSV
inferdeck-cli report %1 --format all</source>
        <translation>inferdeck-cli summarize %1 --json    # 以 JSON 输出每个指标
inferdeck-cli records %1           # 以 CSV 输出用于计算的记录
inferdeck-cli report %1 --format all</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Clock offset (ms)</source>
        <translation>时钟偏移（ms）</translation>
    </message>
    <message>
        <source>Node clock minus workstation clock, estimated from round trips before the synchronized start; the records are corrected by it.</source>
        <translation>节点时钟减去工作站时钟，由同步开始前的往返时间估算；记录已据此校正。</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Graded on</source>
        <translation>评级依据</translation>
    </message>
    <message>
        <source>interval&apos;s pessimistic end</source>
        <translation>区间的保守端</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Data-quality rule</source>
        <translation>数据质量规则</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>The plan as run:</source>
        <translation>实际运行的计划：</translation>
    </message>
    <message>
        <source>none: aggregates only</source>
        <translation>无：仅有汇总数据</translation>
    </message>
    <message>
        <source>latencies, without send times</source>
        <translation>有延迟，无发送时间</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>linear (as numpy)</source>
        <translation>线性（与 numpy 相同）</translation>
    </message>
    <message>
        <source>nearest rank</source>
        <translation>最近秩</translation>
    </message>
    <message>
        <source>Source file and cross-check</source>
        <translation>源文件与交叉核对</translation>
    </message>
    <message>
        <source>Per-request records</source>
        <translation>逐请求记录</translation>
    </message>
    <message>
        <source>Tool&apos;s percentiles</source>
        <translation>工具的百分位数</translation>
    </message>
    <message>
        <source>Tool&apos;s token counting</source>
        <translation>工具的 token 计数</translation>
    </message>
    <message>
        <source>Tool&apos;s verdict</source>
        <translation>工具的结论</translation>
    </message>
    <message>
        <source>Phase “%1” has aggregates only: its distributions, confidence intervals, time series and SLO attainment cannot be recomputed, and percentiles the tool did not print are shown as %2.</source>
        <translation>阶段“%1”只有汇总数据：无法重新计算其分布、置信区间、时间序列和 SLO 达成率，工具未输出的百分位数显示为 %2。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>File says</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Likely reason</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Where the file&apos;s own summary differs from its records by more than %1</source>
        <translation>文件自身摘要与其记录相差超过 %1 之处</translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s own summary disagrees with its per-request records in %n place(s); the report uses the recomputed numbers.</source>
        <translation>
            <numerusform>文件自身的摘要与其逐请求记录有 %n 处不一致；报告使用重新计算的数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tool&apos;s own summary agrees with the recomputed numbers within %1 wherever both exist.</source>
        <translation>在两者都存在之处，工具自身的摘要与重新计算的数字相差都在 %1 以内。</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 个节点</translation>
    </message>
    <message>
        <source>closed loop, 1 request in flight per node</source>
        <translation>闭环，每节点同时进行 1 个请求</translation>
    </message>
    <message>
        <source>Only the settings recorded in the %1 file are shown: the tool&apos;s workload, warm-up and load-generator settings are not in it. The load of each phase below is read from it.</source>
        <translation>仅显示 %1 文件中记录的设置：该工具的工作负载、预热和负载生成器设置不在文件中。下方各阶段的负载读自该文件。</translation>
    </message>
    <message>
        <source>Could not be checked:</source>
        <translation>无法检查：</translation>
    </message>
    <message>
        <source>No data-quality rule that could be checked fired.</source>
        <translation>没有可检查的数据质量规则被触发。</translation>
    </message>
    <message>
        <source>Imported from a result file written by %1. Where the file has per-request records, every number in this report is recomputed from them with InferDeck&apos;s definitions, and the tool&apos;s own figures are compared with them; where it has only aggregates, the report shows the tool&apos;s figures and says what cannot be recomputed.</source>
        <translation>导入自 %1 写入的结果文件。文件含逐请求记录时，本报告中的每个数字都按 InferDeck 的定义由这些记录重新计算，并与该工具自己的数字比较；文件只有汇总数据时，报告显示该工具的数字并说明哪些无法重新计算。</translation>
    </message>
    <message>
        <source>Answer TTFT</source>
        <translation>答案 TTFT</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推理 token</translation>
    </message>
    <message>
        <source>Share of output (%)</source>
        <translation>占输出比例（%）</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>计数来源</translation>
    </message>
    <message>
        <source>Answers all reasoning</source>
        <translation>全为推理的回答</translation>
    </message>
    <message>
        <source>Answer TTFT p50 (ms)</source>
        <translation>答案 TTFT p50（ms）</translation>
    </message>
    <message>
        <source>Answer TTFT p99 (ms)</source>
        <translation>答案 TTFT p99（ms）</translation>
    </message>
    <message>
        <source>A reasoning model thinks before it answers. TTFT runs to the first generated token of any kind, reasoning or answer, as vLLM&apos;s benchmark counts it; answer TTFT runs to the first answer token. Output tokens, TPOT and ITL include the reasoning tokens; an answer made only of reasoning is a success.</source>
        <translation>推理模型会先思考再回答。TTFT 截至生成的第一个任意 token（推理或答案），与 vLLM 基准的计法相同；答案 TTFT 截至第一个答案 token。输出 token、TPOT 和 ITL 均包含推理 token；仅由推理组成的回答也算成功。</translation>
    </message>
    <message>
        <source>Reasoning per phase: its share of the output tokens, and whether the server&apos;s usage stated it or InferDeck counted reasoning chunks.</source>
        <translation>各阶段的推理：其占输出 token 的比例，以及该数目来自服务器的 usage 还是 InferDeck 对推理块的计数。</translation>
    </message>
    <message>
        <source>(asked the endpoint)</source>
        <extracomment>an engine the benchmarked server itself named</extracomment>
        <translation>（询问端点所得）</translation>
    </message>
    <message>
        <source>(installed binary)</source>
        <extracomment>an engine found installed on the node, not necessarily the one serving</extracomment>
        <translation>（已安装的程序）</translation>
    </message>
    <message>
        <source>plain http</source>
        <translation>普通 http</translation>
    </message>
    <message>
        <source>https, verified against the system CAs</source>
        <translation>https，已用系统 CA 校验</translation>
    </message>
    <message>
        <source>https, verified against a given CA file</source>
        <translation>https，已用指定的 CA 文件校验</translation>
    </message>
    <message>
        <source>https, certificate NOT verified</source>
        <translation>https，证书未校验</translation>
    </message>
    <message>
        <source>%1; API key sent</source>
        <translation>%1；已发送 API 密钥</translation>
    </message>
    <message>
        <source>Prompt sizing</source>
        <translation>提示长度确定方式</translation>
    </message>
    <message>
        <source>Input requested</source>
        <translation>请求的输入</translation>
    </message>
    <message>
        <source>Input received</source>
        <translation>实际输入</translation>
    </message>
    <message>
        <source>Output requested</source>
        <translation>请求的输出</translation>
    </message>
    <message>
        <source>Output received</source>
        <translation>实际输出</translation>
    </message>
    <message>
        <source>Shorter than max_tokens</source>
        <translation>短于 max_tokens</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>Requested lengths are what the workload drew (input) and asked for (max_tokens); received lengths are the server&apos;s own counts from usage, means over the completed requests that know both.</source>
        <translation>请求的长度是工作负载抽取的输入长度和请求的 max_tokens；实际长度是服务器在 usage 中给出的计数，均为两者都已知的已完成请求上的平均值。</translation>
    </message>
    <message>
        <source>Mean tokens per request.</source>
        <translation>每个请求的平均 token 数。</translation>
    </message>
    <message>
        <source>The prompts of %1 were sized from word counts, not by the server&apos;s tokenizer: the input the server received differs from the plan&apos;s lengths.</source>
        <translation>%1 的提示按词数估算长度，而非由服务器的分词器计数：服务器收到的输入与计划中的长度不同。</translation>
    </message>
    <message>
        <source>The engine is TGI, which has no ignore_eos: answers can stop at the end-of-sequence token before max_tokens, so output lengths and output-token throughput can fall short of the workload asked for.</source>
        <translation>推理引擎是 TGI，它没有 ignore_eos：回答可能在达到 max_tokens 之前于序列结束 token 处停止，因此输出长度和输出 token 吞吐量可能低于所请求的工作负载。</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>TLS verification was OFF for the endpoint of %1 (insecure_skip_verify): the server&apos;s certificate was not checked, so nothing proves these numbers came from the intended server.</source>
        <translation>%1 的端点关闭了 TLS 校验（insecure_skip_verify）：未检查服务器证书，因此无法证明这些数字来自预期的服务器。</translation>
    </message>
    <message>
        <source>Measurement began %1 after the phase started, once every warm-up request had ended: no measured request overlaps the warm-up.</source>
        <translation>测量在阶段开始 %1 后开始，即所有预热请求都结束之后：没有任何已测量的请求与预热重叠。</translation>
    </message>
    <message>
        <source>The closed loop then reached its full concurrency over %1, spaced as a settled loop sends.</source>
        <translation>随后闭环在 %1 内逐步达到完全并发，发送间隔与稳定状态下的闭环一致。</translation>
    </message>
    <message>
        <source>This is InferDeck&apos;s one-minute demo on simulated nodes, not a benchmark.</source>
        <translation>这是 InferDeck 在模拟节点上运行的一分钟演示，而不是基准测试。</translation>
    </message>
    <message>
        <source>This is InferDeck&apos;s one-minute demo on simulated nodes, not a benchmark: its phases are shorter, with fewer requests, than the rubric asks of a real run, so its grade is capped by design; run a plan of your own on your nodes for a grade that counts.</source>
        <translation>这是 InferDeck 在模拟节点上运行的一分钟演示，而不是基准测试：其阶段比评分标准对真实运行的要求更短、请求更少，因此其评级按设计会被限制；请在您自己的节点上运行您自己的计划，以获得有意义的评级。</translation>
    </message>
    <message>
        <source>Not graded: %1.</source>
        <extracomment>report headline; %1 why, e.g. &quot;only 1 criterion could be measured (Success rate); the rubric needs 3&quot;</extracomment>
        <translation>未评级：%1。</translation>
    </message>
    <message>
        <source>no graded criterion was measured</source>
        <translation>没有测量到任何计入评级的标准</translation>
    </message>
    <message>
        <source>Overall grade %1 for phase “%2” on 1 node (%3).</source>
        <translation>阶段“%2”在 1 个节点上的总评级为 %1（%3）。</translation>
    </message>
    <message>
        <source>Overall grade %1 for phase “%2” on %3 nodes (%4).</source>
        <translation>阶段“%2”在 %3 个节点上的总评级为 %1（%4）。</translation>
    </message>
    <message>
        <source>The grade is %1.</source>
        <extracomment>report headline; %1 e.g. &quot;capped at C from A: phases shorter than 60.0 s (6.00 s) and fewer than 200 requests (49)&quot;</extracomment>
        <translation>评级%1。</translation>
    </message>
    <message>
        <source>The run is %1.</source>
        <translation>此次运行%1。</translation>
    </message>
    <message>
        <source>all %1 requests at once</source>
        <translation>一次性发出全部 %1 个请求</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>文件中未说明</translation>
    </message>
    <message>
        <source>simulated by serve-sim (the host itself: %1)</source>
        <extracomment>%1 why the host lists no GPU, e.g. &quot;no GPU tool found (nvidia-smi, rocm-smi)&quot;</extracomment>
        <translation>由 serve-sim 模拟（主机本身：%1）</translation>
    </message>
    <message>
        <source>Latencies are recomputed from the file&apos;s per-request records where it has them; where it has no send times (duration, throughputs) or no records at all, the numbers are the tool&apos;s own, as “Source file and cross-check” lists per phase. To check them:</source>
        <translation>文件含逐请求记录时，延迟由这些记录重新计算；文件没有发送时间（时长、吞吐量）或完全没有记录时，数字取自该工具本身，各阶段的情况见“源文件与交叉核对”。核对方法：</translation>
    </message>
    <message>
        <source>The file records none of the tool&apos;s settings.</source>
        <translation>文件中没有记录该工具的任何设置。</translation>
    </message>
    <message>
        <source>(would cap an overall grade at %1; this result has none)</source>
        <translation>（会将总评级限制为 %1；此结果没有总评级）</translation>
    </message>
    <message>
        <source>Rubric &quot;%1&quot; (%2); latency criteria use %3; an overall grade needs at least %4 measured criteria with weight.</source>
        <translation>评分标准 &quot;%1&quot;（%2）；延迟标准使用 %3；总评级至少需要 %4 个已测量的带权重标准。</translation>
    </message>
    <message>
        <source>Phases without per-request records show the tool&apos;s own percentiles (method: %1).</source>
        <extracomment>%1 the tool&apos;s percentile method, e.g. &quot;nearest-rank&quot;</extracomment>
        <translation>没有逐请求记录的阶段显示工具自身的百分位（方法：%1）。</translation>
    </message>
    <message>
        <source>Every request failed (%1 of %2).</source>
        <extracomment>report headline; %1 failed, %2 issued requests</extracomment>
        <translation>所有请求均失败（%2 个中的 %1 个）。</translation>
    </message>
    <message>
        <source>Most requests failed (%1 of %2).</source>
        <translation>大多数请求失败（%2 个中的 %1 个）。</translation>
    </message>
    <message>
        <source>What the file records beside its metrics (the tool&apos;s settings and extra figures), as the tool wrote it.</source>
        <translation>文件在指标之外记录的内容（工具的设置和其他数值），保持工具写入时的原样。</translation>
    </message>
    <message>
        <source>Client accuracy: the kernel stamped every response read, which removed the client&apos;s own lag (p99 %1); a time may still be the client&apos;s by up to %2 at p99, since %3 of chunks arrived together with an earlier one while the agent was busy (agent CPU %4).</source>
        <translation>客户端精度：内核为每次响应读取打了时间戳，消除了客户端自身的延迟（p99 %1）；由于 %3 的数据块在代理繁忙时与更早的数据块一起到达（代理 CPU %4），时间在 p99 上仍可能有至多 %2 来自客户端。</translation>
    </message>
    <message>
        <source>Client accuracy: some response reads were stamped by the agent&apos;s event loop, not the kernel, so a time may include the client&apos;s own lag: up to %1 at p99 (event-loop lag p99 %2, agent CPU %3).</source>
        <translation>客户端精度：部分响应读取由代理的事件循环而非内核打时间戳，因此时间可能包含客户端自身的延迟：p99 至多 %1（事件循环延迟 p99 %2，代理 CPU %3）。</translation>
    </message>
    <message>
        <source>Measured from the send time the schedule intended instead of the actual send, p99 TTFT is %1 and p99 E2E latency %2 (from the actual send: %3 and %4); a difference is time the requests waited in the client, which a server under this load would have had to absorb.</source>
        <translation>从计划的预定发送时间（而非实际发送时间）起测量，p99 TTFT 为 %1，p99 端到端延迟为 %2（从实际发送起：%3 和 %4）；差值是请求在客户端等待的时间，在此负载下服务器本应承担这部分时间。</translation>
    </message>
    <message>
        <source>Client accuracy: the kernel stamped every response read, which removed the client&apos;s own lag (p99 %1); a time may still be the client&apos;s by up to %2 at p99 (first tokens, which TTFT uses: %3), since %4 of chunks arrived together with an earlier one while the agent was busy (agent CPU %5).</source>
        <translation>客户端精度：内核为每次响应读取打了时间戳，消除了客户端自身的延迟（p99 %1）；由于 %4 的数据块在代理繁忙时与更早的数据块一起到达（代理 CPU %5），时间在 p99 上仍可能有至多 %2 来自客户端（TTFT 所用的首个令牌：%3）。</translation>
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
        <translation>所有节点</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>引擎状态</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Client TTFT mean (ms)</source>
        <translation>客户端 TTFT 平均（ms）</translation>
    </message>
    <message>
        <source>Queue mean (ms)</source>
        <translation>排队平均（ms）</translation>
    </message>
    <message>
        <source>Queue p99 (ms)</source>
        <translation>排队 p99（ms）</translation>
    </message>
    <message>
        <source>Prefill mean (ms)</source>
        <translation>预填充平均（ms）</translation>
    </message>
    <message>
        <source>Rest (ms)</source>
        <translation>其余（ms）</translation>
    </message>
    <message>
        <source>Decode mean (ms)</source>
        <translation>解码平均（ms）</translation>
    </message>
    <message>
        <source>Client E2E mean (ms)</source>
        <translation>客户端 E2E 平均（ms）</translation>
    </message>
    <message>
        <source>Running peak</source>
        <translation>运行峰值</translation>
    </message>
    <message>
        <source>Waiting peak</source>
        <translation>等待峰值</translation>
    </message>
    <message>
        <source>Waiting mean</source>
        <translation>等待平均</translation>
    </message>
    <message>
        <source>KV cache peak</source>
        <translation>KV 缓存峰值</translation>
    </message>
    <message>
        <source>Preemptions</source>
        <translation>抢占次数</translation>
    </message>
    <message>
        <source>Prefix cache hit rate</source>
        <translation>前缀缓存命中率</translation>
    </message>
    <message>
        <source>%1 in “%2” (repetition %3): %4</source>
        <translation>“%2”（第 %3 次重复）中的 %1：%4</translation>
    </message>
    <message>
        <source>Where the time went, by the engine&apos;s own histograms; “—” where the engine publishes no such histogram (TGI has no prefill split, llama.cpp no histograms at all).</source>
        <translation>时间的去向，依据引擎自身的直方图；引擎未发布此类直方图处为“—”（TGI 没有预填充拆分，llama.cpp 完全没有直方图）。</translation>
    </message>
    <message>
        <source>An engine&apos;s counters fell during a phase: it restarted, so its counts start again from zero there.</source>
        <translation>某引擎的计数器在阶段中下降：它已重启，因此其计数从那里重新从零开始。</translation>
    </message>
    <message>
        <source>Not measured:</source>
        <translation>未测量：</translation>
    </message>
    <message>
        <source>; its p99 lies between %1 and %2</source>
        <translation>；其 p99 介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>; its p99 is above %1</source>
        <translation>；其 p99 高于 %1</translation>
    </message>
    <message>
        <source>The KV cache is too small for these contexts: in “%1” (repetition %2) it reached %3 (%4) and the engine preempted %5 requests (vllm:num_preemptions_total), recomputing their prefill. Run fewer concurrent sequences, shorter contexts, or give the cache more memory (more GPUs per replica, an FP8 KV cache).</source>
        <translation>KV 缓存对这些上下文来说太小：在“%1”（第 %2 次重复）中达到 %3（%4），引擎抢占了 %5 个请求（vllm:num_preemptions_total）并重新计算其预填充。请减少并发序列、缩短上下文，或为缓存提供更多内存（每个副本更多 GPU、FP8 KV 缓存）。</translation>
    </message>
    <message>
        <source>Not drawn: the engines published no such gauge in this phase.</source>
        <translation>未绘制：引擎在此阶段未发布此类仪表。</translation>
    </message>
    <message>
        <source>Engine queue over time (“%1”, repetition 1)</source>
        <translation>引擎队列随时间变化（“%1”，第 1 次重复）</translation>
    </message>
    <message>
        <source>waiting requests</source>
        <translation>等待中的请求</translation>
    </message>
    <message>
        <source>KV cache use over time (“%1”, repetition 1)</source>
        <translation>KV 缓存使用随时间变化（“%1”，第 1 次重复）</translation>
    </message>
    <message>
        <source>KV cache use</source>
        <translation>KV 缓存使用</translation>
    </message>
    <message>
        <source>What each engine published about itself on its Prometheus metrics during the phases, read over each node&apos;s measured requests. Means are exact (a histogram&apos;s sum over its count); a percentile from an engine&apos;s histogram is known only to the bucket holding it, given as a range. “Rest” is the client&apos;s mean TTFT minus the engine&apos;s queue and prefill means, “E2E rest” its mean E2E latency minus queue, prefill and decode: the API server, the network and the client.</source>
        <translation>各引擎在各阶段通过其 Prometheus 指标发布的自身状态，按每个节点的测量请求读取。平均值是精确的（直方图的总和除以计数）；来自引擎直方图的百分位数只能确定到包含它的桶，以范围给出。“其余”是客户端的平均 TTFT 减去引擎的排队和预填充平均值，“E2E 其余”是其平均 E2E 延迟减去排队、预填充和解码：API 服务器、网络和客户端。</translation>
    </message>
    <message>
        <source>E2E rest (ms)</source>
        <translation>E2E 其余（ms）</translation>
    </message>
    <message>
        <source>The engine&apos;s prefix cache served %1 of prompt tokens on a shared-prefix workload that lets it serve at least %2 (%3 groups of %4-token prefixes): in “%5” (repetition %6) %7 counted %8 of the %9 tokens in %10. Check that prefix caching is on (vLLM: --enable-prefix-caching, on by default since V1; SGLang: the radix cache, off with --disable-radix-cache) and that the KV cache can hold the prefixes (its use peaked at %11).</source>
        <translation>在共享前缀负载上（%3 组、每组 %4 个词元的前缀，至少可命中 %2），引擎的前缀缓存只提供了 %1 的提示词元：在“%5”（第 %6 次重复）中，%7 计数为 %9 个词元（%10）中的 %8 个。请检查前缀缓存是否开启（vLLM：--enable-prefix-caching，自 V1 起默认开启；SGLang：基数缓存，使用 --disable-radix-cache 时关闭），以及 KV 缓存能否容纳这些前缀（其占用峰值为 %11）。</translation>
    </message>
    <message>
        <source>Shared prefix</source>
        <translation>共享前缀</translation>
    </message>
    <message>
        <source>%1 after the prefix</source>
        <translation>前缀之后 %1</translation>
    </message>
    <message>
        <source>the trace&apos;s own send times, ×%1 speed</source>
        <translation>轨迹自身的发送时间，速度 ×%1</translation>
    </message>
    <message>
        <source>Engine TTFT mean (ms)</source>
        <translation>引擎 TTFT 均值（ms）</translation>
    </message>
    <message>
        <source>Peaks and means over the scrapes inside the window; preemptions and prefix-cache queries counted in it. In an “all nodes” row a peak or mean is the largest single node&apos;s and the counts add up.</source>
        <translation>窗口内各次抓取的峰值与均值；抢占与前缀缓存查询按窗口内计数。在“所有节点”一行中，峰值或均值取单个节点的最大值，计数相加。</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>（%1 上）</translation>
    </message>
    <message>
        <source> The KV cache peaked at %1 (%2): memory, not the number of sequences, limits the batch, so more memory per replica (more GPUs, an FP8 KV cache) or shorter contexts raise capacity.</source>
        <translation> KV 缓存峰值为 %1（%2）：限制批大小的是显存，而不是序列数，因此每个副本更多显存（更多 GPU、FP8 KV 缓存）或更短的上下文可提高容量。</translation>
    </message>
    <message>
        <source>The engine is at capacity at this load: in “%1” (repetition %2) TTFT p99 is %3 and its mean %4, of which %5 on average is queue wait before prefill (%6 histogram%7); %8 peaked at %9 waiting requests%10 and averaged %11. Lower the request rate or concurrency per node, or add capacity (replicas, a larger batch).%12</source>
        <translation>在此负载下引擎已达容量上限：在“%1”（第 %2 次重复）中 TTFT p99 为 %3，均值为 %4，其中平均 %5 是预填充前的排队等待（%6 直方图%7）；%8 峰值为 %9 个等待请求%10，平均 %11。请降低每节点的请求速率或并发，或增加容量（副本、更大的批）。%12</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>Trace contents</source>
        <translation>轨迹内容</translation>
    </message>
    <message>
        <source>%1 groups of %2 tokens; each prompt is one group&apos;s prefix followed by its own text, so once its group&apos;s prefix is cached a prefix cache can serve %3 of a prompt&apos;s tokens (the recommendations count each group&apos;s first request as a miss)</source>
        <translation>%1 组，每组 %2 个词元；每个提示词由某组的前缀加上自身文本组成，因此一旦该组前缀已缓存，前缀缓存可提供提示词 %3 的词元（建议中将每组的第一个请求计为未命中）</translation>
    </message>
    <message>
        <source>the whole trace, each node its share</source>
        <translation>整个轨迹，每个节点各自的份额</translation>
    </message>
    <message>
        <source>Slurm allocation</source>
        <translation>Slurm 资源分配</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 个并发</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <source>concurrency per node (requests in flight)</source>
        <translation>每节点并发（进行中的请求）</translation>
    </message>
    <message>
        <source>offered load per node (req/s)</source>
        <translation>每节点施加的负载（请求/秒）</translation>
    </message>
    <message>
        <source>Requests meeting every SLO against the load</source>
        <translation>满足全部 SLO 的请求随负载的变化</translation>
    </message>
    <message>
        <source>share of requests</source>
        <translation>请求占比</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Goodput and throughput per node against the load</source>
        <translation>每节点有效吞吐与吞吐量随负载的变化</translation>
    </message>
    <message>
        <source>requests/s per node</source>
        <translation>每节点请求/秒</translation>
    </message>
    <message>
        <source>goodput, %1</source>
        <translation>有效吞吐，%1</translation>
    </message>
    <message>
        <source>completed, %1</source>
        <translation>已完成，%1</translation>
    </message>
    <message>
        <source>TTFT p99 against the load</source>
        <translation>TTFT p99 随负载的变化</translation>
    </message>
    <message>
        <source>TTFT SLO</source>
        <translation>TTFT SLO</translation>
    </message>
    <message>
        <source>Capacity under SLO</source>
        <translation>SLO 约束下的容量</translation>
    </message>
    <message>
        <source>The highest load per node at which at least %1 of the measured requests met every SLO (a failed request misses). Each step is a phase of its own with its own warm-up; the search starts at the plan&apos;s load, doubles or halves it until a step that meets the target and one that misses it bracket the capacity, then bisects until the bracket is %2 wide (%3 steps at most per search, range %4 to %5). A step stops early once more requests missed than the target allows of all it could measure. The capacity is the highest load that met the target below the lowest that missed it; the true capacity lies in between.</source>
        <translation>至少 %1 的已测量请求满足全部 SLO 时的每节点最高负载（失败的请求计为未满足）。每一步都是一个独立的阶段，有自己的预热；搜索从计划的负载开始，将其加倍或减半，直到一个达到目标的步和一个未达到目标的步将容量夹在中间，然后二分，直到区间宽度为 %2（每次搜索最多 %3 步，范围 %4 到 %5）。一旦未满足的请求数超过目标在该步所有可测请求中允许的数量，该步即提前停止。容量是低于最低未达标负载的最高达标负载；真实容量位于两者之间。</translation>
    </message>
    <message>
        <source>one request in flight</source>
        <translation>1 个并发请求</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Capacity per node</source>
        <translation>每节点容量</translation>
    </message>
    <message>
        <source>Missed at</source>
        <translation>未达标于</translation>
    </message>
    <message>
        <source>Cluster capacity</source>
        <translation>集群容量</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&quot;Missed at&quot; is the lowest load that missed the target: the upper end of the bracket.</source>
        <translation>“未达标于”是未达到目标的最低负载，即区间的上端。</translation>
    </message>
    <message>
        <source>Scaling efficiency at capacity (cluster capacity per node over one node&apos;s): %1, between %2 and %3 from the two brackets.</source>
        <translation>容量下的扩展效率（集群每节点容量除以单节点容量）：%1，由两个区间得出介于 %2 与 %3 之间。</translation>
    </message>
    <message>
        <source>Scaling efficiency at capacity: not measured: %1.</source>
        <translation>容量下的扩展效率：未测量：%1。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Met SLOs</source>
        <translation>满足 SLO</translation>
    </message>
    <message>
        <source>Attainment (%)</source>
        <translation>达成率（%）</translation>
    </message>
    <message>
        <source>Goodput req/s</source>
        <translation>有效吞吐 请求/秒</translation>
    </message>
    <message>
        <source>Completed req/s</source>
        <translation>已完成 请求/秒</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Every step, by load; goodput and completed requests are all the step&apos;s nodes together.</source>
        <translation>所有步，按负载排序；有效吞吐和已完成请求为该步所有节点的合计。</translation>
    </message>
    <message>
        <source>scaling efficiency %1 at capacity against a measured 1-node capacity</source>
        <translation>相对实测单节点容量，容量下的扩展效率为 %1</translation>
    </message>
    <message>
        <source>Multi-turn sessions</source>
        <translation>多轮会话</translation>
    </message>
    <message>
        <source>Each turn of a session sends the whole conversation so far (earlier turns and the model&apos;s own answers), so its prompt, and the prefill a server without a prefix cache has to do, grows turn by turn. Measured, successful requests by their turn in the session, the repetitions of a phase pooled.</source>
        <translation>会话的每一轮都会发送截至目前的完整对话（之前的轮次以及模型自己的回答），因此其提示词以及没有前缀缓存的服务器需要完成的预填充会逐轮增长。下表按请求在会话中的轮次列出已测量的成功请求，同一阶段的各次重复合并计算。</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Mean input tokens</source>
        <translation>平均输入 token 数</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <extracomment>a turn of a multi-turn session, counted from 1; &quot;%1 and later&quot; pools the long sessions&apos; last turns</extracomment>
        <translation>%1 及以后</translation>
    </message>
    <message>
        <source>Not measured: no measured request of a session succeeded.</source>
        <translation>未测量：会话中没有任何已测量的请求成功。</translation>
    </message>
    <message>
        <source>Think times kept: a later turn is due at its previous answer&apos;s end plus the drawn think time; the %1 later turns were sent %2 after that at the median and %3 at most.</source>
        <translation>思考时间的遵守情况：后续轮次应在上一回答结束时刻加上抽取的思考时间后发送；这 %1 个后续轮次的实际发送比该时刻晚了中位数 %2，最多 %3。</translation>
    </message>
    <message>
        <source>uniform, %1–%2</source>
        <translation>均匀分布，%1–%2</translation>
    </message>
    <message>
        <source>normal, mean %1, sd %2, %3–%4</source>
        <translation>正态分布，均值 %1，标准差 %2，%3–%4</translation>
    </message>
    <message>
        <source>log-normal, mean %1, sd %2, %3–%4</source>
        <translation>对数正态分布，均值 %1，标准差 %2，%3–%4</translation>
    </message>
    <message>
        <source>%1 turns</source>
        <translation>%1 轮</translation>
    </message>
    <message>
        <source>uniform, %1–%2 turns</source>
        <translation>均匀分布，%1–%2 轮</translation>
    </message>
    <message>
        <source>normal, mean %1, sd %2, %3–%4 turns</source>
        <translation>正态分布，均值 %1，标准差 %2，%3–%4 轮</translation>
    </message>
    <message>
        <source>log-normal, mean %1, sd %2, %3–%4 turns</source>
        <translation>对数正态分布，均值 %1，标准差 %2，%3–%4 轮</translation>
    </message>
    <message>
        <source>ShareGPT file</source>
        <translation>ShareGPT 文件</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>%1 with an answered human turn (%2 entries without one skipped), %3 human turns each on average, at most %4; dealt round-robin over the nodes in the file&apos;s order</source>
        <translation>%1 个含有已回答用户轮次的对话（跳过了 %2 个没有此类轮次的条目），平均每个 %3 个用户轮次，最多 %4 个；按文件顺序轮询分配到各节点</translation>
    </message>
    <message>
        <source>the conversations&apos; human turns, with the history before each</source>
        <translation>各对话的用户轮次，每轮附带其之前的历史</translation>
    </message>
    <message>
        <source>each conversation&apos;s first human turn (outside 4–1024 tokens, or over 2048 with its answer, skipped as vLLM&apos;s benchmark does)</source>
        <translation>每个对话的第一个用户轮次（与 vLLM 基准一样，跳过 4–1024 个 token 范围之外的，或连同回答超过 2048 个 token 的）</translation>
    </message>
    <message>
        <source>the recorded answer&apos;s, counted by the server&apos;s tokenizer as vLLM&apos;s benchmark counts it</source>
        <translation>取记录中回答的长度，按服务器的分词器计数，与 vLLM 基准的计法相同</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>%1 per session, each turn sending the conversation so far (earlier turns and the model&apos;s own answers); %2</source>
        <translation>每个会话 %1，每轮发送截至目前的对话（之前的轮次和模型自己的回答）；%2</translation>
    </message>
    <message>
        <source>the conversation&apos;s human turns</source>
        <translation>对话自带的用户轮次</translation>
    </message>
    <message>
        <source>the concurrency counts sessions, each slot starting its next session when one ends</source>
        <translation>并发数按会话计，每个槽位在一个会话结束时开始下一个会话</translation>
    </message>
    <message>
        <source>a new session starts at each arrival of the rate</source>
        <translation>按速率每次到达时开始一个新会话</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>思考时间</translation>
    </message>
    <message>
        <source>%1 between an answer&apos;s end and the next turn</source>
        <translation>回答结束到下一轮之间 %1</translation>
    </message>
    <message>
        <source>Capacity search</source>
        <translation>容量搜索</translation>
    </message>
    <message>
        <source>the highest load meeting the SLOs for %1 of the requests, from %2 to %3 per node, to a bracket of %4, at most %5 steps per search; starts at the load above</source>
        <translation>使 %1 的请求满足 SLO 的最高负载，每节点 %2 到 %3，区间缩至 %4，每次搜索最多 %5 步；从上面的负载开始</translation>
    </message>
    <message>
        <source>context %1, namespace %2</source>
        <extracomment>%1 a kubeconfig context, %2 a namespace</extracomment>
        <translation>上下文 %1，命名空间 %2</translation>
    </message>
    <message>
        <source>%1 (%2, restarts %3)</source>
        <extracomment>%1 a pod, %2 its container image, %3 the container&apos;s restart count when the run started</extracomment>
        <translation>%1（%2，重启 %3 次）</translation>
    </message>
    <message>
        <source>Kubernetes pods</source>
        <translation>Kubernetes Pod</translation>
    </message>
    <message>
        <source>, ramping linearly to %1 over the phase</source>
        <translation>，在阶段内线性爬升到 %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>持续 %1</translation>
    </message>
    <message>
        <source>then %1 for %2</source>
        <translation>然后 %1 持续 %2</translation>
    </message>
    <message>
        <source>%1 (Slurm job %2)</source>
        <extracomment>%1 a Slurm node, %2 the job id, %3 the partition</extracomment>
        <translation>%1（Slurm 作业 %2）</translation>
    </message>
    <message>
        <source>%1 (Slurm job %2, partition %3)</source>
        <translation>%1（Slurm 作业 %2，分区 %3）</translation>
    </message>
    <message>
        <source>job %1</source>
        <extracomment>Slurm job ids</extracomment>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <extracomment>the Slurm account the job was charged to</extracomment>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <extracomment>the Slurm quality of service</extracomment>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>nodes %1</source>
        <extracomment>Slurm node names</extracomment>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>%1 sessions at once</source>
        <translation>%1 个并发会话</translation>
    </message>
    <message>
        <source>concurrency per node (sessions at once)</source>
        <translation>每节点并发数（同时进行的会话）</translation>
    </message>
    <message>
        <source>%1 requests over %2 at the trace&apos;s pace (%3 format); mean input %4 and output %5 tokens; %6 distinct %7-token prefix blocks, %8 of input tokens in blocks an earlier request named; dealt round-robin over the nodes (request i to node i mod N), %9</source>
        <translation>按轨迹的节奏在 %2 内发出 %1 个请求（%3 格式）；平均输入 %4、输出 %5 个 token；%6 个不同的 %7 token 前缀块，%8 的输入 token 位于先前请求已提及的块中；轮询分配到各节点（请求 i 分给节点 i mod N），%9</translation>
    </message>
    <message>
        <source>each request keeping its time, so the cluster receives the trace&apos;s whole rate</source>
        <translation>每个请求保持其时间，因此集群收到轨迹的全部速率</translation>
    </message>
    <message>
        <source>only their lengths and prefixes used: the times are the load&apos;s below, not the trace&apos;s</source>
        <translation>只使用其长度和前缀：时间来自下面的负载，而非轨迹</translation>
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
        <translation>端到端延迟</translation>
    </message>
    <message>
        <source>%1: cumulative distribution</source>
        <translation>%1：累积分布</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1（ms）</translation>
    </message>
    <message>
        <source>share of requests</source>
        <translation>请求占比</translation>
    </message>
    <message>
        <source>SLO limit</source>
        <translation>SLO 限值</translation>
    </message>
    <message>
        <source>%1 histogram, %2</source>
        <translation>%1 直方图，%2</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Output-token throughput over time, %1 (repetition %2)</source>
        <translation>输出 token 吞吐量随时间变化，%1（第 %2 次重复）</translation>
    </message>
    <message>
        <source>time since phase start (s)</source>
        <translation>自阶段开始的时间（秒）</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Requests in flight, %1 (repetition %2)</source>
        <translation>进行中的请求，%1（第 %2 次重复）</translation>
    </message>
    <message>
        <source>TTFT percentiles over time, %1 (repetition %2)</source>
        <translation>TTFT 百分位数随时间变化，%1（第 %2 次重复）</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT（ms）</translation>
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
        <translation>GPU 功率，%1（第 %2 次重复）</translation>
    </message>
    <message>
        <source>GPU utilization, %1 (repetition %2)</source>
        <translation>GPU 利用率，%1（第 %2 次重复）</translation>
    </message>
    <message>
        <source>W per node (sum of its GPUs)</source>
        <translation>每节点瓦数（其 GPU 之和）</translation>
    </message>
    <message>
        <source>% (mean of the node&apos;s GPUs)</source>
        <translation>%（节点 GPU 的平均值）</translation>
    </message>
    <message>
        <source>Output-token throughput per repetition: N × baseline and N nodes</source>
        <translation>每次重复的输出 token 吞吐量：N × 基线与 N 个节点</translation>
    </message>
    <message>
        <source>%1 × %2, rep %3</source>
        <translation>%1 × %2，第 %3 次</translation>
    </message>
    <message>
        <source>%1, rep %2</source>
        <translation>%1，第 %2 次</translation>
    </message>
    <message>
        <source>Scaling efficiency with its 95 % interval</source>
        <translation>扩展效率及其 95 % 区间</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>%1 nodes vs 1</source>
        <translation>%1 个节点对比 1 个</translation>
    </message>
    <message>
        <source>linear (100 %)</source>
        <translation>线性（100 %）</translation>
    </message>
    <message>
        <source>Scheduled and measured load, %1 (repetition %2)</source>
        <translation>计划负载与实测负载，%1（第 %2 次重复）</translation>
    </message>
    <message>
        <source>requests in flight, all nodes</source>
        <translation>进行中的请求，所有节点</translation>
    </message>
    <message>
        <source>requests/s, all nodes</source>
        <translation>请求/秒，所有节点</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>ResultFile</name>
    <message>
        <source>expected a non-empty phase name</source>
        <translation>应为非空的阶段名称</translation>
    </message>
    <message>
        <source>expected single, baseline, scaled or sweep, found &quot;%1&quot;</source>
        <translation>应为 single、baseline、scaled 或 sweep，实为“%1”</translation>
    </message>
    <message>
        <source>expected 1 to 65535 node names, found %1</source>
        <translation>应为 1 到 65535 个节点名称，实为 %1 个</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not listed in the file&apos;s nodes</source>
        <translation>节点“%1”未列在文件的节点中</translation>
    </message>
    <message>
        <source>expected one offset per node (%1), found %2</source>
        <translation>应为每节点一个偏移（%1 个），实为 %2 个</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not one of the phase&apos;s nodes</source>
        <translation>节点“%1”不属于该阶段的节点</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>不是有效的 base64</translation>
    </message>
    <message>
        <source>missing (expected an array)</source>
        <translation>缺失（应为数组）</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实为%1</translation>
    </message>
    <message>
        <source>expected %1 values (one per request), found %2</source>
        <translation>应为 %1 个值（每个请求一个），实为 %2 个</translation>
    </message>
    <message>
        <source>expected an integer, found null</source>
        <translation>应为整数，实为 null</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, found %3</source>
        <translation>应为 %1 到 %2 的整数，实为 %3</translation>
    </message>
    <message>
        <source>expected a number, found null</source>
        <translation>应为数字，实为 null</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found %3</source>
        <translation>应为 %1 到 %2 的数字，实为 %3</translation>
    </message>
    <message>
        <source>the request ends %1 s before it was sent</source>
        <translation>请求在发送前 %1 秒就已结束</translation>
    </message>
    <message>
        <source>the first token arrives %1 s before the request was sent</source>
        <translation>首个 token 在请求发送前 %1 秒到达</translation>
    </message>
    <message>
        <source>the first token arrives after the request ended</source>
        <translation>首个 token 在请求结束后才到达</translation>
    </message>
    <message>
        <source>a successful request needs an end time</source>
        <translation>成功的请求需要结束时间</translation>
    </message>
    <message>
        <source>missing (chunk_offsets and chunk_times_s come together)</source>
        <translation>缺失（chunk_offsets 和 chunk_times_s 必须同时存在）</translation>
    </message>
    <message>
        <source>expected 0, found %1</source>
        <translation>应为 0，实为 %1</translation>
    </message>
    <message>
        <source>expected %1 (the number of chunk times), found %2</source>
        <translation>应为 %1（块时间的数量），实为 %2</translation>
    </message>
    <message>
        <source>offsets must not decrease</source>
        <translation>偏移不得递减</translation>
    </message>
    <message>
        <source>chunk times of request %1 must not decrease</source>
        <translation>请求 %1 的块时间不得递减</translation>
    </message>
    <message>
        <source>expected a JSON object at the top, found %1</source>
        <translation>顶层应为 JSON 对象，实为%1</translation>
    </message>
    <message>
        <source>missing: this is not an InferDeck result file</source>
        <translation>缺失：这不是 InferDeck 结果文件</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;: this is not an InferDeck result file</source>
        <translation>应为“%1”，实为“%2”：这不是 InferDeck 结果文件</translation>
    </message>
    <message>
        <source>the file has schema version %1, written by a newer InferDeck; this build reads versions 1 to %2</source>
        <translation>文件的架构版本为 %1，由较新的 InferDeck 写入；此版本读取版本 1 到 %2</translation>
    </message>
    <message>
        <source>expected complete, cancelled or failed, found &quot;%1&quot;</source>
        <translation>应为 complete、cancelled 或 failed，实为“%1”</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is listed twice</source>
        <translation>节点“%1”被列出两次</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实为%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>unexpected JSON content: %1</source>
        <translation>意外的 JSON 内容：%1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>expected exact or estimated, found &quot;%1&quot;</source>
        <translation>应为 exact 或 estimated，实际为“%1”</translation>
    </message>
    <message>
        <source>the first answer token arrives %1 s before the request was sent</source>
        <translation>第一个答案 token 在请求发送前 %1 秒到达</translation>
    </message>
    <message>
        <source>the first answer token arrives before the first token (%1 s earlier)</source>
        <translation>第一个答案 token 早于第一个 token 到达（早 %1 秒）</translation>
    </message>
    <message>
        <source>the first answer token arrives after the request ended</source>
        <translation>第一个答案 token 在请求结束后才到达</translation>
    </message>
    <message>
        <source>%1 reasoning tokens, more than the request&apos;s %2 output tokens (which include them)</source>
        <translation>%1 个推理 token，多于该请求的 %2 个输出 token（输出已包含推理）</translation>
    </message>
    <message>
        <source>says the server&apos;s usage gave the reasoning tokens, but reasoning_tokens is null</source>
        <translation>表示推理 token 来自服务器的 usage，但 reasoning_tokens 为 null</translation>
    </message>
    <message>
        <source>expected one value per node (%1), found %2</source>
        <translation>应为每节点一个值（%1 个），实为 %2 个</translation>
    </message>
    <message>
        <source>the sample of node %1, GPU %2 is %3 s earlier than the one before it (index %4)</source>
        <translation>节点 %1、GPU %2 的样本比前一个样本（索引 %4）早 %3 秒</translation>
    </message>
    <message>
        <source>an InferDeck result file</source>
        <translation>InferDeck 结果文件</translation>
    </message>
    <message>
        <source>session and turn come together</source>
        <translation>session 和 turn 必须同时存在</translation>
    </message>
    <message>
        <source>a request has a session and a turn, or neither</source>
        <translation>请求要么同时有 session 和 turn，要么都没有</translation>
    </message>
</context>
<context>
    <name>ResultFileReader</name>
    <message>
        <source>unexpected content after the JSON document</source>
        <translation>JSON 文档之后有意外内容</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>unexpected end of input (the file is truncated)</source>
        <translation>输入意外结束（文件被截断）</translation>
    </message>
    <message>
        <source>invalid literal; expected a value</source>
        <translation>无效的字面量；应为值</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>应为双引号括起的键</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>键之后应为“:”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>对象中应为“,”或“}”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>数组中应为“,”或“]”</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>应为数字，实为%1</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <source>invalid number: leading zero</source>
        <translation>无效的数字：前导零</translation>
    </message>
    <message>
        <source>invalid number: no digit after the decimal point</source>
        <translation>无效的数字：小数点后没有数字</translation>
    </message>
    <message>
        <source>invalid number: no digit in the exponent</source>
        <translation>无效的数字：指数中没有数字</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;; expected a value</source>
        <translation>意外的字符“%1”；应为值</translation>
    </message>
    <message>
        <source>number overflow parsing &apos;%1&apos;</source>
        <translation>解析“%1”时数字溢出</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>无效的 \u 转义</translation>
    </message>
    <message>
        <source>expected a non-empty node name</source>
        <translation>应为非空的节点名称</translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation>缺失（应为%1）</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 的数字</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>一个布尔值</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>一个整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <source>an unexpected value</source>
        <translation>意外的值</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实为%1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实为%1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实为%1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实为%2</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>%1 到 %2 的整数</translation>
    </message>
    <message>
        <source>expected a boolean, found %1</source>
        <translation>应为布尔值，实为%1</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>应为值</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>应为整数，实为%1</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>数字 %1 超出范围</translation>
    </message>
    <message>
        <source>expected completions or chat, found &quot;%1&quot;</source>
        <translation>应为 completions 或 chat，实为“%1”</translation>
    </message>
    <message>
        <source>expected a [name, value] pair, found %1</source>
        <translation>应为 [名称, 值] 对，实为%1</translation>
    </message>
    <message>
        <source>a UTF-16 high surrogate without its low half</source>
        <translation>缺少低位部分的 UTF-16 高代理项</translation>
    </message>
    <message>
        <source>a lone UTF-16 low surrogate</source>
        <translation>孤立的 UTF-16 低代理项</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>字符串中有控制字符</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>字符串中有无效的 UTF-8</translation>
    </message>
    <message>
        <source>missing (expected an integer from %1 to %2)</source>
        <translation>缺失（应为 %1 到 %2 的整数）</translation>
    </message>
    <message>
        <source>expected endpoint or binary, found &quot;%1&quot;</source>
        <translation>应为 endpoint 或 binary，实际为“%1”</translation>
    </message>
    <message>
        <source>expected none, system, ca_file or insecure, found &quot;%1&quot;</source>
        <translation>应为 none、system、ca_file 或 insecure，实际为“%1”</translation>
    </message>
    <message>
        <source>the run finishes %1 s before it started</source>
        <translation>运行在开始前 %1 秒就已结束</translation>
    </message>
    <message>
        <source>a control character (U+%1) at character %2: names, paths and commands must be printable single lines</source>
        <translation>第 %2 个字符处有控制字符（U+%1）：名称、路径和命令必须是可打印的单行文本</translation>
    </message>
    <message>
        <source>a plan, cluster or rubric file</source>
        <translation>计划、集群或评分标准文件</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>第 %1 字节：%2</translation>
    </message>
    <message>
        <source>expected kernel, user or mixed, found &quot;%1&quot;</source>
        <translation>应为 kernel、user 或 mixed，实际为“%1”</translation>
    </message>
    <message>
        <source>written by a newer InferDeck (accuracy budget version %1)</source>
        <translation>由更新版本的 InferDeck 写入（精度预算版本 %1）</translation>
    </message>
    <message>
        <source>expected one entry per node (%1), found %2</source>
        <translation>应为每个节点一个条目（%1），实际为 %2</translation>
    </message>
    <message>
        <source>expected %1 values, found %2</source>
        <translation>应为 %1 个值，实际为 %2 个</translation>
    </message>
    <message>
        <source>expected values in ascending order</source>
        <translation>应为升序排列的值</translation>
    </message>
    <message>
        <source>expected counts that never fall</source>
        <translation>应为从不下降的计数</translation>
    </message>
    <message>
        <source>the last bucket (%1) must equal the count (%2)</source>
        <translation>最后一个桶（%1）必须等于计数（%2）</translation>
    </message>
    <message>
        <source>written by a newer InferDeck (engine state version %1)</source>
        <translation>由较新的 InferDeck 写入（引擎状态版本 %1）</translation>
    </message>
    <message>
        <source>give both groups and tokens</source>
        <translation>请同时给出 groups 和 tokens</translation>
    </message>
    <message>
        <source>the mean must lie from min to max (%1 to %2 s)</source>
        <translation>均值必须介于 min 和 max 之间（%1 到 %2 秒）</translation>
    </message>
    <message>
        <source>a lognormal think time needs a mean above 0</source>
        <translation>对数正态分布的思考时间需要大于 0 的均值</translation>
    </message>
    <message>
        <source>expected sharegpt, found &quot;%1&quot;</source>
        <translation>应为 sharegpt，实为“%1”</translation>
    </message>
    <message>
        <source>a ShareGPT conversation brings its own turns</source>
        <translation>ShareGPT 对话自带轮次</translation>
    </message>
    <message>
        <source>a session has at least one turn</source>
        <translation>会话至少有一轮</translation>
    </message>
    <message>
        <source>the search range needs max above min</source>
        <translation>搜索范围要求 max 大于 min</translation>
    </message>
    <message>
        <source>expected the pod&apos;s name</source>
        <translation>应为 Pod 的名称</translation>
    </message>
    <message>
        <source>expected fixed, uniform, normal or lognormal, found &quot;%1&quot;</source>
        <translation>应为 fixed、uniform、normal 或 lognormal，实为“%1”</translation>
    </message>
    <message>
        <source>give at least one stage, or leave stages out</source>
        <translation>请至少给出一个级别，或省略 stages</translation>
    </message>
    <message>
        <source>a ramp or stages, not both</source>
        <translation>爬升或分级，不能同时使用</translation>
    </message>
    <message>
        <source>expected a Slurm job id such as 4242, found &quot;%1&quot;</source>
        <translation>应为 Slurm 作业 ID（例如 4242），实际为“%1”</translation>
    </message>
    <message>
        <source>expected the Slurm node&apos;s name</source>
        <translation>应为 Slurm 节点名称</translation>
    </message>
    <message>
        <source>expected concurrency, constant-rate, poisson, gamma or trace (all-at-once in imported results only), found &quot;%1&quot;</source>
        <translation>应为 concurrency、constant-rate、poisson、gamma 或 trace（all-at-once 仅用于导入的结果），实际为“%1”</translation>
    </message>
</context>
<context>
    <name>ResultReader</name>
    <message>
        <source>(not recognized as any supported result file: looked for %1)</source>
        <translation>（未识别为任何受支持的结果文件：查找了 %1）</translation>
    </message>
    <message>
        <source>a result file</source>
        <translation>结果文件</translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>expected %1 values, one for each grade but the last (%2), found %3</source>
        <translation>应为 %1 个值，除最后一个等级外每个等级一个（%2），实为 %3 个</translation>
    </message>
    <message>
        <source>higher is better here, so each threshold must not exceed the one before it</source>
        <translation>此处越高越好，因此每个阈值不得超过前一个</translation>
    </message>
    <message>
        <source>lower is better here, so each threshold must not be below the one before it</source>
        <translation>此处越低越好，因此每个阈值不得低于前一个</translation>
    </message>
    <message>
        <source>expected value or interval_low, found &quot;%1&quot;</source>
        <translation>应为 value 或 interval_low，实为“%1”</translation>
    </message>
    <message>
        <source>expected warning or invalid, found &quot;%1&quot;</source>
        <translation>应为 warning 或 invalid，实为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the grades (%2)</source>
        <translation>“%1”不是任何一个等级（%2）</translation>
    </message>
    <message>
        <source>expected &quot;inferdeck-rubric&quot;</source>
        <translation>应为 &quot;inferdeck-rubric&quot;</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2)</source>
        <translation>版本 %1 比本程序可读取的版本（%2）更新</translation>
    </message>
    <message>
        <source>each grade must be a distinct, non-empty name</source>
        <translation>每个等级必须是互不相同的非空名称</translation>
    </message>
    <message>
        <source>a rubric needs at least two grades</source>
        <translation>评分标准至少需要两个等级</translation>
    </message>
    <message>
        <source>expected p50, p90, p95 or p99, found &quot;%1&quot;</source>
        <translation>应为 p50、p90、p95 或 p99，实为“%1”</translation>
    </message>
    <message>
        <source>unknown criterion; known: %1</source>
        <translation>未知的标准；已知：%1</translation>
    </message>
    <message>
        <source>unknown rule; known: %1</source>
        <translation>未知的规则；已知：%1</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>the plan has no phases</source>
        <translation>计划中没有阶段</translation>
    </message>
    <message>
        <source>connecting to the nodes: %1</source>
        <translation>连接节点：%1</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>节点 %1：%2</translation>
    </message>
    <message>
        <source>node %1: unknown placeholder {%2} in the launch command</source>
        <translation>节点 %1：启动命令中有未知占位符 {%2}</translation>
    </message>
    <message>
        <source>launching: %1</source>
        <translation>启动：%1</translation>
    </message>
    <message>
        <source>node %1: the server exited (status %2) %3 %4</source>
        <translation>节点 %1：服务器已退出（状态 %2）%3 %4</translation>
    </message>
    <message>
        <source>node %1: the server is not ready: %2</source>
        <translation>节点 %1：服务器未就绪：%2</translation>
    </message>
    <message>
        <source>node %1: probe failed %2</source>
        <translation>节点 %1：探测失败 %2</translation>
    </message>
    <message>
        <source>node %1: cannot read its clock %2</source>
        <translation>节点 %1：无法读取其时钟 %2</translation>
    </message>
    <message>
        <source>clock offset %1 ms (round trip %2 ms)</source>
        <translation>时钟偏移 %1 ms（往返 %2 ms）</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>被用户取消</translation>
    </message>
    <message>
        <source>phase %1 of %2: %3, repetition %4</source>
        <translation>阶段 %1/%2：%3，第 %4 次重复</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>运行中：%1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the external command</source>
        <translation>外部命令中有未知占位符 {%1}</translation>
    </message>
    <message>
        <source>node %1: the external tool failed (status %2) %3</source>
        <translation>节点 %1：外部工具失败（状态 %2）%3</translation>
    </message>
    <message>
        <source>node %1: the load generator failed (status %2) %3</source>
        <translation>节点 %1：负载生成器失败（状态 %2）%3</translation>
    </message>
    <message>
        <source>node %1: events are missing from its stream</source>
        <translation>节点 %1：事件流中缺少事件</translation>
    </message>
    <message>
        <source>the link dropped; reconnecting (the agent keeps running and journaling on the node)</source>
        <translation>连接中断；正在重新连接（代理在节点上继续运行并记录日志）</translation>
    </message>
    <message>
        <source>node %1: the link dropped and could not be re-established: %2</source>
        <translation>节点 %1：连接中断且无法恢复：%2</translation>
    </message>
    <message>
        <source>reconnected; replaying the agent&apos;s journal after event %1</source>
        <translation>已重新连接；从事件 %1 之后重放代理日志</translation>
    </message>
    <message>
        <source>phases measured: %1</source>
        <translation>已测量的阶段：%1</translation>
    </message>
    <message>
        <source>the API key is not handed to an external tool; give it the key the way the tool reads one</source>
        <translation>API 密钥不会交给外部工具；请按该工具读取密钥的方式提供</translation>
    </message>
    <message>
        <source>the agent&apos;s wait-ready ended with status %1 and gave no reason</source>
        <translation>代理的 wait-ready 以状态 %1 结束，且未给出原因</translation>
    </message>
    <message>
        <source>node %1: a command cannot be sent to the node: its word %2 holds a NUL character, which no program can receive: %3</source>
        <extracomment>%2 counts the command&apos;s words from 1; %3 is the command</extracomment>
        <translation>节点 %1：无法向节点发送命令：其第 %2 个词含有 NUL 字符，任何程序都无法接收该字符：%3</translation>
    </message>
    <message>
        <source>the trace %1 has %2 requests, fewer than the cluster&apos;s %3 nodes</source>
        <translation>轨迹 %1 只有 %2 个请求，少于集群的 %3 个节点</translation>
    </message>
    <message>
        <source>capacity step %1: %2 of %3 requests met every SLO (%4; the target is %5)</source>
        <translation>容量搜索步 %1：%3 个请求中有 %2 个满足全部 SLO（%4；目标为 %5）</translation>
    </message>
    <message>
        <source>capacity on %1 node(s): %2, %3</source>
        <translation>%1 个节点上的容量：%2，%3</translation>
    </message>
    <message>
        <source>capacity step %1 stopped early: %2 requests missed an SLO, more than the target allows of at most %3</source>
        <translation>容量搜索步 %1 提前停止：%2 个请求未满足某项 SLO，超过了目标在至多 %3 个请求中允许的数量</translation>
    </message>
    <message>
        <source>the ShareGPT file %1 has %2 usable conversations, fewer than the cluster&apos;s %3 nodes</source>
        <translation>ShareGPT 文件 %1 只有 %2 个可用对话，少于集群的 %3 个节点</translation>
    </message>
</context>
<context>
    <name>RunFiles</name>
    <message>
        <source>name the model the server serves</source>
        <translation>请填写服务器提供的模型名称</translation>
    </message>
    <message>
        <source>give a request count or duration_s</source>
        <translation>请给出请求数或 duration_s</translation>
    </message>
    <message>
        <source>give a request count or duration_s, not both</source>
        <translation>请给出请求数或 duration_s，不要同时给出</translation>
    </message>
    <message>
        <source>expected 1 to 100</source>
        <translation>应为 1 到 100</translation>
    </message>
    <message>
        <source>a concurrency must be a whole number</source>
        <translation>并发数必须是整数</translation>
    </message>
    <message>
        <source>a concurrency must be a whole number, found %1</source>
        <translation>并发数必须是整数，实为 %1</translation>
    </message>
    <message>
        <source>the file dataset needs a path</source>
        <translation>文件数据集需要路径</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; known: {%2}</source>
        <translation>未知占位符 {%1}；已知：{%2}</translation>
    </message>
    <message>
        <source>the result file cannot name itself</source>
        <translation>结果文件不能指向其自身</translation>
    </message>
    <message>
        <source>a cluster needs at least one node</source>
        <translation>集群至少需要一个节点</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (found &quot;%1&quot;)</source>
        <translation>请使用字母、数字、“.”、“_”和“-”（实为“%1”）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two nodes</source>
        <translation>“%1”命名了两个节点</translation>
    </message>
    <message>
        <source>the agent&apos;s inventory is not readable: %1 %2</source>
        <translation>代理的清单不可读：%1 %2</translation>
    </message>
    <message>
        <source>expected http://host:port or https://host:port, found &quot;%1&quot;</source>
        <translation>应为 http://host:port 或 https://host:port，实际为“%1”</translation>
    </message>
    <message>
        <source>all-at-once describes imported results only; use concurrency or a rate</source>
        <translation>all-at-once 仅用于描述导入的结果；请使用 concurrency 或速率</translation>
    </message>
    <message>
        <source>expected a path such as /metrics, found &quot;%1&quot;</source>
        <translation>应为类似 /metrics 的路径，实际为“%1”</translation>
    </message>
    <message>
        <source>a shared prefix is built into synthetic prompts; the %1 dataset brings its own</source>
        <translation>共享前缀只用于合成提示词；%1 数据集自带提示词</translation>
    </message>
    <message>
        <source>the trace dataset needs the trace file (trace_path)</source>
        <translation>轨迹数据集需要轨迹文件（trace_path）</translation>
    </message>
    <message>
        <source>trace timing replays a trace: set the dataset to trace</source>
        <translation>轨迹定时会回放轨迹：请将数据集设为 trace</translation>
    </message>
    <message>
        <source>an external tool brings its own requests; a trace is replayed by InferDeck&apos;s load generator</source>
        <translation>外部工具自带请求；轨迹由 InferDeck 的负载生成器回放</translation>
    </message>
    <message>
        <source>a node of a Slurm cluster runs where the job&apos;s allocation puts it; remove &quot;%1&quot;</source>
        <translation>Slurm 集群的节点运行在作业的资源分配所指定的位置；请删除“%1”</translation>
    </message>
    <message>
        <source>the sharegpt dataset needs the ShareGPT file (sharegpt_path)</source>
        <translation>sharegpt 数据集需要 ShareGPT 文件（sharegpt_path）</translation>
    </message>
    <message>
        <source>an external tool brings its own requests; ShareGPT conversations are sent by InferDeck&apos;s load generator</source>
        <translation>外部工具自带请求；ShareGPT 对话由 InferDeck 的负载生成器发送</translation>
    </message>
    <message>
        <source>multi-turn sessions send the history as chat messages: set api to chat</source>
        <translation>多轮会话以聊天消息发送历史：请将 api 设为 chat</translation>
    </message>
    <message>
        <source>sessions are built from synthetic turns or ShareGPT conversations, not the %1 dataset</source>
        <translation>会话由合成轮次或 ShareGPT 对话构建，不能使用 %1 数据集</translation>
    </message>
    <message>
        <source>a shared prefix and sessions cannot be combined yet</source>
        <translation>共享前缀和会话暂时不能同时使用</translation>
    </message>
    <message>
        <source>an external tool brings its own requests; sessions are run by InferDeck&apos;s load generator</source>
        <translation>外部工具自带请求；会话由 InferDeck 的负载生成器运行</translation>
    </message>
    <message>
        <source>a capacity search measures against the SLOs: give at least one in slo</source>
        <translation>容量搜索以 SLO 为衡量标准：请在 slo 中至少给出一项</translation>
    </message>
    <message>
        <source>a capacity search chooses its own loads: remove the sweep</source>
        <translation>容量搜索自行选择负载：请删除扫描（sweep）</translation>
    </message>
    <message>
        <source>a capacity search varies the rate or concurrency; a trace keeps its own times</source>
        <translation>容量搜索改变的是速率或并发；轨迹保留其自身的时间</translation>
    </message>
    <message>
        <source>a capacity search needs InferDeck&apos;s load generator to judge each step</source>
        <translation>容量搜索需要 InferDeck 的负载生成器来评判每一步</translation>
    </message>
    <message>
        <source>a concurrency search needs whole numbers for min and max</source>
        <translation>并发搜索的 min 和 max 必须是整数</translation>
    </message>
    <message>
        <source>the search starts at the load&apos;s value, which must lie between capacity.min and capacity.max</source>
        <translation>搜索从负载的值开始，该值必须介于 capacity.min 和 capacity.max 之间</translation>
    </message>
    <message>
        <source>names %1 pods for %2 nodes; name one pod per node</source>
        <translation>为 %2 个节点指定了 %1 个 Pod；请为每个节点指定一个 Pod</translation>
    </message>
    <message>
        <source>a node of a Kubernetes cluster runs in its pod; remove &quot;%1&quot;</source>
        <translation>Kubernetes 集群的节点运行在其 Pod 中；请删除“%1”</translation>
    </message>
    <message>
        <source>a ramp or stages vary a rate or a concurrency</source>
        <translation>爬升或分级只能改变速率或并发</translation>
    </message>
    <message>
        <source>a ramp or stages are one phase&apos;s load: not with a sweep or a capacity search</source>
        <translation>爬升或分级是单个阶段的负载：不能与扫描或容量搜索同用</translation>
    </message>
    <message>
        <source>an external tool paces its own requests: no ramp or stages</source>
        <translation>外部工具自行控制请求节奏：不能使用爬升或分级</translation>
    </message>
    <message>
        <source>a ramp or stages run for a duration: give duration_s (for stages, their total)</source>
        <translation>爬升或分级按时长运行：请给出 duration_s（分级时为其总和）</translation>
    </message>
    <message>
        <source>the stages last %1 s together; duration_s must say the same</source>
        <translation>各级别合计 %1 秒；duration_s 必须与之相同</translation>
    </message>
    <message>
        <source>a trace replayed at its own times takes no warm-up requests (each node would restart its share after its own warm-up, out of step with the others): leave them out, the trace&apos;s first requests warm the server</source>
        <translation>按自身时间回放的轨迹不接受预热请求（每个节点会在各自预热后重新开始其份额，与其他节点不同步）：请去掉它们，轨迹的前几个请求会预热服务器</translation>
    </message>
    <message>
        <source>sessions at a concurrency cannot ramp or step yet: use a rate (a new session at each arrival) or one concurrency</source>
        <translation>按并发数运行的会话暂不能爬升或分阶段：请使用速率（每次到达开始一个新会话）或固定并发数</translation>
    </message>
    <message>
        <source>names no host: give an ssh destination (a Host alias, user@host, host:port), or &quot;local&quot;: true</source>
        <translation>未指定主机：请给出 ssh 目标（Host 别名、user@host、host:port），或 &quot;local&quot;: true</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>cannot write the run journal: %1</source>
        <translation>无法写入运行日志：%1</translation>
    </message>
    <message>
        <source>recovered from the journal of a run that did not finish</source>
        <translation>已从未完成运行的日志中恢复</translation>
    </message>
    <message>
        <source>%1:%2: the last line was cut off and is skipped</source>
        <translation>%1:%2：最后一行不完整，已跳过</translation>
    </message>
    <message>
        <source>%1:%2: not a journal event line</source>
        <translation>%1:%2：不是日志事件行</translation>
    </message>
    <message>
        <source>%1:%2: a journal record is damaged and skipped</source>
        <translation>%1:%2：一条日志记录已损坏，已跳过</translation>
    </message>
    <message>
        <source>not an InferDeck run journal (no header line)</source>
        <translation>不是 InferDeck 运行日志（没有标题行）</translation>
    </message>
    <message>
        <source>a run journal</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>%1:%2: a damaged event is skipped: %3</source>
        <translation>%1:%2：已跳过一个损坏的事件：%3</translation>
    </message>
    <message>
        <source>line %1, the journal&apos;s header: %2</source>
        <translation>第 %1 行，日志标题行：%2</translation>
    </message>
    <message>
        <source>%1:%2: not JSON: %3</source>
        <translation>%1:%2：不是 JSON：%3</translation>
    </message>
    <message>
        <source>line %1, the journal&apos;s header: the plan is not readable: %2</source>
        <translation>第 %1 行，日志标题行：计划不可读：%2</translation>
    </message>
    <message>
        <source>%1:%2: an event of a stream the phase does not list is skipped</source>
        <translation>%1:%2：已跳过一个不在该阶段所列流中的事件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>字节 %1：%2</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>%1, line %2: the stream ended in the middle of a line (%3 bytes dropped)</source>
        <translation>%1，第 %2 行：数据流在行中间结束（丢弃了 %3 字节）</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: events %2 to %3 are missing (line %4 jumps to %5)</source>
        <translation>%1：缺少事件 %2 到 %3（第 %4 行跳到 %5）</translation>
    </message>
    <message>
        <source>%1, line %2: event %3 was already received; the repeat is ignored</source>
        <translation>%1，第 %2 行：事件 %3 已收到；重复项被忽略</translation>
    </message>
    <message>
        <source>%1, line %2: the result file %3 is not valid base64</source>
        <translation>%1，第 %2 行：结果文件 %3 不是有效的 base64</translation>
    </message>
</context>
<context>
    <name>Scaling</name>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>无区间</translation>
    </message>
    <message>
        <source>sub-linear</source>
        <translation>亚线性</translation>
    </message>
    <message>
        <source>consistent with linear</source>
        <translation>与线性一致</translation>
    </message>
    <message>
        <source>super-linear</source>
        <translation>超线性</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>各次重复</translation>
    </message>
    <message>
        <source>time windows</source>
        <translation>时间窗口</translation>
    </message>
</context>
<context>
    <name>ScalingAnalysis</name>
    <message>
        <source>no 1-node baseline phase was measured in this run; an estimated baseline is never used</source>
        <translation>本次运行没有测量单节点基线阶段；绝不使用估算的基线</translation>
    </message>
    <message>
        <source>no phase on more than one node was measured in this run</source>
        <translation>本次运行没有测量多节点阶段</translation>
    </message>
    <message>
        <source>the baseline &quot;%1&quot; and the scaled phase &quot;%2&quot; ran different per-node loads</source>
        <translation>基线“%1”与扩展阶段“%2”的每节点负载不同</translation>
    </message>
    <message>
        <source>the baseline or the scaled phase completed no request with known output tokens</source>
        <translation>基线阶段或扩展阶段没有完成任何已知输出 token 数的请求</translation>
    </message>
    <message>
        <source>a capacity search compares one node and the cluster at their capacities (see Capacity under SLO)</source>
        <translation>容量搜索在各自的容量下比较单节点与集群（见“SLO 约束下的容量”）</translation>
    </message>
    <message>
        <source> (“%1” was cut short when the run ended and is left out)</source>
        <extracomment>%1 a phase&apos;s name: the run ended during it, so it is left out</extracomment>
        <translation>（“%1”在运行结束时被中断，已排除）</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation>应为%1，实为“%2”</translation>
    </message>
    <message>
        <source>expected &quot;local&quot; or an ssh destination, found &quot;%1&quot;</source>
        <translation>应为“local”或 SSH 目标，实为“%1”</translation>
    </message>
    <message>
        <source>a partition name (or a comma-separated list)</source>
        <translation>分区名称（或以逗号分隔的列表）</translation>
    </message>
    <message>
        <source>an account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <source>a QoS name</source>
        <translation>QoS 名称</translation>
    </message>
    <message>
        <source>a Slurm time limit: minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes or days-hours:minutes:seconds</source>
        <translation>Slurm 时间限制：分钟、分钟:秒、小时:分钟:秒、天-小时、天-小时:分钟或天-小时:分钟:秒</translation>
    </message>
    <message>
        <source>expected one sbatch option per string, starting with &apos;-&apos; (&quot;--constraint=h100&quot;), found &quot;%1&quot;</source>
        <translation>应为每个字符串一个 sbatch 选项，以“-”开头（“--constraint=h100”），实为“%1”</translation>
    </message>
    <message>
        <source>%1 is set by InferDeck or by a key of its own (partition, account, qos, time_limit, gpus_per_node; the node count is the cluster file&apos;s nodes)</source>
        <translation>%1 由 InferDeck 或其专用的键设置（partition、account、qos、time_limit、gpus_per_node；节点数即集群文件中的节点数）</translation>
    </message>
    <message>
        <source>a job id such as 4242</source>
        <translation>作业 ID（如 4242）</translation>
    </message>
    <message>
        <source>applies to a job InferDeck submits, not to the existing job %1</source>
        <translation>仅适用于 InferDeck 提交的作业，不适用于已有作业 %1</translation>
    </message>
    <message>
        <source>unknown key; a %1 scheduler takes %2</source>
        <extracomment>%1 the scheduler (Slurm, Kubernetes), %2 its keys</extracomment>
        <translation>未知的键；%1 调度器接受的键：%2</translation>
    </message>
    <message>
        <source>expected a kubeconfig context name, found &quot;%1&quot;</source>
        <translation>应为 kubeconfig 上下文名称，实为“%1”</translation>
    </message>
    <message>
        <source>a namespace name (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>命名空间名称（小写字母、数字和“-”）</translation>
    </message>
    <message>
        <source>a container name (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>容器名称（小写字母、数字和“-”）</translation>
    </message>
    <message>
        <source>a label selector such as app=vllm,tier!=canary</source>
        <translation>标签选择器（如 app=vllm,tier!=canary）</translation>
    </message>
    <message>
        <source>expected a pod name (lower-case letters, digits, &apos;-&apos; and &apos;.&apos;), found &quot;%1&quot;</source>
        <translation>应为 Pod 名称（小写字母、数字、“-”和“.”），实为“%1”</translation>
    </message>
    <message>
        <source>the pod %1 is named twice</source>
        <translation>Pod %1 被指定了两次</translation>
    </message>
    <message>
        <source>expected at least one pod name</source>
        <translation>应至少有一个 Pod 名称</translation>
    </message>
    <message>
        <source>name the pods: a label &quot;selector&quot; or a list of &quot;pods&quot;</source>
        <translation>请指定 Pod：标签选择器“selector”或 Pod 列表“pods”</translation>
    </message>
    <message>
        <source>give either a label &quot;selector&quot; or a list of &quot;pods&quot;, not both</source>
        <translation>请只给出标签选择器“selector”或 Pod 列表“pods”之一，不要同时给出</translation>
    </message>
    <message>
        <source>expected http://host:port or https://host:port, found &quot;%1&quot;</source>
        <translation>应为 http://host:port 或 https://host:port，实际为“%1”</translation>
    </message>
    <message>
        <source>expected &quot;slurm&quot; or &quot;kubernetes&quot;, found &quot;%1&quot;</source>
        <translation>应为“slurm”或“kubernetes”，实为“%1”</translation>
    </message>
</context>
<context>
    <name>ShareGptFile</name>
    <message>
        <source>entry %1, message %2</source>
        <translation>条目 %1，消息 %2</translation>
    </message>
    <message>
        <source>expected an object with from and value, found %1</source>
        <translation>应为含 from 和 value 的对象，实为%1</translation>
    </message>
    <message>
        <source>expected &quot;from&quot; as a string</source>
        <translation>“from”应为字符串</translation>
    </message>
    <message>
        <source>expected &quot;value&quot; as a string</source>
        <translation>“value”应为字符串</translation>
    </message>
    <message>
        <source>unknown speaker &quot;%1&quot; (expected human, user, gpt, assistant or system)</source>
        <translation>未知的发言者“%1”（应为 human、user、gpt、assistant 或 system）</translation>
    </message>
    <message>
        <source>expected a list of conversations, found %1</source>
        <translation>应为对话列表，实为%1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实为%1</translation>
    </message>
    <message>
        <source>expected &quot;conversations&quot; as a list, found %1</source>
        <translation>“conversations”应为列表，实为%1</translation>
    </message>
    <message numerus="yes">
        <source>no conversation has a human turn followed by an answer (%n entries read)</source>
        <translation>
            <numerusform>没有任何对话包含后跟回答的用户轮次（已读取 %n 个条目）</numerusform>
        </translation>
    </message>
    <message>
        <source>a ShareGPT file</source>
        <translation>ShareGPT 文件</translation>
    </message>
</context>
<context>
    <name>SlurmJob</name>
    <message>
        <source>cannot reach the Slurm submit host %1: %2</source>
        <translation>无法连接 Slurm 提交主机 %1：%2</translation>
    </message>
    <message>
        <source>using the existing Slurm job %1</source>
        <translation>使用已有的 Slurm 作业 %1</translation>
    </message>
    <message>
        <source>sbatch refused the job on %1: %2</source>
        <translation>sbatch 在 %1 上拒绝了该作业：%2</translation>
    </message>
    <message>
        <source>submitted Slurm job %1 for %2 nodes</source>
        <translation>已为 %2 个节点提交 Slurm 作业 %1</translation>
    </message>
    <message>
        <source>the Slurm job %1 is no longer known to Slurm (%2)</source>
        <translation>Slurm 中已不存在 Slurm 作业 %1（%2）</translation>
    </message>
    <message>
        <source>the Slurm job %1 hit its time limit (%2)</source>
        <translation>Slurm 作业 %1 已达到时间限制（%2）</translation>
    </message>
    <message>
        <source>the Slurm job %1 was cancelled</source>
        <translation>Slurm 作业 %1 已被取消</translation>
    </message>
    <message>
        <source>a node of the Slurm job %1 failed</source>
        <translation>Slurm 作业 %1 的一个节点发生故障</translation>
    </message>
    <message>
        <source>the Slurm job %1 was preempted</source>
        <translation>Slurm 作业 %1 已被抢占</translation>
    </message>
    <message>
        <source>the Slurm job %1 ended: %2 (%3)</source>
        <translation>Slurm 作业 %1 已结束：%2（%3）</translation>
    </message>
    <message>
        <source>cannot expand the node list %1 of Slurm job %2: %3</source>
        <translation>无法展开 Slurm 作业 %2 的节点列表 %1：%3</translation>
    </message>
    <message>
        <source>the Slurm job %1 has %2 nodes (%3) and the cluster file lists %4</source>
        <translation>Slurm 作业 %1 有 %2 个节点（%3），而集群文件列出了 %4 个</translation>
    </message>
    <message>
        <source>Slurm job %1 runs on %2 (allocated after %3 s)</source>
        <translation>Slurm 作业 %1 运行于 %2（%3 秒后分配到资源）</translation>
    </message>
    <message>
        <source>job steps: %1, start latency median %2 ms, max %3 ms</source>
        <translation>作业步：%1 个，启动延迟中位数 %2 ms，最大 %3 ms</translation>
    </message>
    <message>
        <source>cannot reach %1 to cancel Slurm job %2 (%3): cancel it there with scancel %2</source>
        <translation>无法连接 %1 以取消 Slurm 作业 %2（%3）：请在该主机上用 scancel %2 取消</translation>
    </message>
    <message>
        <source>cancelling Slurm job %1</source>
        <translation>正在取消 Slurm 作业 %1</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>cannot run sbatch on %1 (is Slurm&apos;s client installed there and on the PATH?): %2</source>
        <translation>无法在 %1 上运行 sbatch（那里是否安装了 Slurm 客户端并在 PATH 中？）：%2</translation>
    </message>
    <message>
        <source>the Slurm job %1 cannot start: Slurm says %2 (the request asks for more than the partition has or allows, or for an account or QOS it may not use); change the cluster file&apos;s scheduler settings</source>
        <translation>Slurm 作业 %1 无法启动：Slurm 给出 %2（请求超出分区所拥有或允许的资源，或使用了不允许的账户或 QOS）；请修改集群文件的调度器设置</translation>
    </message>
</context>
<context>
    <name>SlurmRun</name>
    <message>
        <source>scheduler.submit_host: %1</source>
        <translation>scheduler.submit_host：%1</translation>
    </message>
</context>
<context>
    <name>SlurmStepTransport</name>
    <message>
        <source>Slurm job %1, node %2</source>
        <translation>Slurm 作业 %1，节点 %2</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 (%3)</source>
        <translation>Slurm 作业 %1：%2（%3）</translation>
    </message>
    <message>
        <source>cannot start %1 on %2: the Slurm job does not run</source>
        <translation>无法在 %2 上启动 %1：Slurm 作业未在运行</translation>
    </message>
    <message>
        <source>writing the file through a Slurm step on %1 failed (status %2): %3</source>
        <translation>通过 %1 上的 Slurm 作业步写入文件失败（状态 %2）：%3</translation>
    </message>
    <message>
        <source>the stream of Slurm step %1 on %2 was lost: %3</source>
        <translation>%2 上 Slurm 作业步 %1 的数据流已丢失：%3</translation>
    </message>
    <message>
        <source>Slurm step %1 on %2 was lost: %3</source>
        <translation>%2 上的 Slurm 作业步 %1 已丢失：%3</translation>
    </message>
    <message>
        <source>cannot write to %1: the Slurm job does not run</source>
        <translation>无法写入 %1：Slurm 作业未在运行</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>cannot read the SSH configuration: %1</source>
        <translation>无法读取 SSH 配置：%1</translation>
    </message>
    <message>
        <source>expected &quot;Keyword value&quot;, found &quot;%1&quot;</source>
        <translation>应为“关键字 值”，实为“%1”</translation>
    </message>
    <message>
        <source>%1: Match blocks are not supported; this block is ignored</source>
        <translation>%1：不支持 Match 块；此块被忽略</translation>
    </message>
    <message>
        <source>Include nested too deeply</source>
        <translation>Include 嵌套过深</translation>
    </message>
    <message>
        <source>not a valid ssh:// address</source>
        <translation>不是有效的 ssh:// 地址</translation>
    </message>
    <message>
        <source>port must be 1 to 65535, found %1</source>
        <translation>端口必须为 1 到 65535，实为 %1</translation>
    </message>
    <message>
        <source>not a valid host name or alias: &quot;%1&quot;</source>
        <translation>不是有效的主机名或别名：“%1”</translation>
    </message>
    <message>
        <source>not a valid user name: &quot;%1&quot;</source>
        <translation>不是有效的用户名：“%1”</translation>
    </message>
    <message>
        <source>Port must be 1 to 65535, found &quot;%1&quot;</source>
        <translation>Port 必须为 1 到 65535，实为“%1”</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not create a session</source>
        <translation>libssh 无法创建会话</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>the server sent no host key: %1</source>
        <translation>服务器未发送主机密钥：%1</translation>
    </message>
    <message>
        <source>cannot hash the host key</source>
        <translation>无法计算主机密钥的哈希</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED: the server now presents %1 key %2, which does not match the key recorded in %3. It may have been reinstalled, or someone may be intercepting the connection. Refused. If the change is expected, remove that line (ssh-keygen -R %4) and connect again.</source>
        <translation>主机密钥已更改：服务器现在提供的 %1 密钥 %2 与 %3 中记录的密钥不符。服务器可能已重装，也可能有人在拦截连接。已拒绝。如果此更改在预期之中，请删除该行（ssh-keygen -R %4）后重新连接。</translation>
    </message>
    <message>
        <source>cannot check the host key: %1</source>
        <translation>无法检查主机密钥：%1</translation>
    </message>
    <message>
        <source>unknown host key %1 %2 was not accepted</source>
        <translation>未接受未知的主机密钥 %1 %2</translation>
    </message>
    <message>
        <source>cannot save the host key to %1: %2</source>
        <translation>无法将主机密钥保存到 %1：%2</translation>
    </message>
    <message>
        <source>ssh-agent: no key accepted</source>
        <translation>ssh-agent：没有被接受的密钥</translation>
    </message>
    <message>
        <source>authentication failed (%1)</source>
        <translation>身份验证失败（%1）</translation>
    </message>
    <message>
        <source>no method the server offers</source>
        <translation>服务器未提供可用的方法</translation>
    </message>
    <message>
        <source>%1: no passphrase given</source>
        <translation>%1：未提供口令</translation>
    </message>
    <message>
        <source>%1: cannot read the key (wrong passphrase?)</source>
        <translation>%1：无法读取密钥（口令错误？）</translation>
    </message>
    <message>
        <source>%1: key not accepted</source>
        <translation>%1：密钥未被接受</translation>
    </message>
    <message>
        <source>keyboard-interactive: cancelled</source>
        <translation>键盘交互认证：已取消</translation>
    </message>
    <message>
        <source>keyboard-interactive: refused</source>
        <translation>键盘交互认证：被拒绝</translation>
    </message>
    <message>
        <source>password: cancelled</source>
        <translation>密码：已取消</translation>
    </message>
    <message>
        <source>password: refused</source>
        <translation>密码：被拒绝</translation>
    </message>
</context>
<context>
    <name>SshTransport</name>
    <message>
        <source>attempt %1 of %2</source>
        <translation>第 %1 次尝试，共 %2 次</translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation>命令结束时没有退出状态（被信号终止？）</translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>未连接到 %1</translation>
    </message>
    <message>
        <source>cannot start %1 on %2: %3</source>
        <translation>无法在 %2 上启动 %1：%3</translation>
    </message>
    <message>
        <source>no SFTP</source>
        <translation>无 SFTP</translation>
    </message>
    <message>
        <source>the server offers no SFTP</source>
        <translation>服务器不提供 SFTP</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>写入 %1 失败</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>cannot run cat: %1</source>
        <translation>无法运行 cat：%1</translation>
    </message>
    <message>
        <source>writing %1 with cat failed: %2</source>
        <translation>用 cat 写入 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>mean %1  p50 %2  p90 %3  p99 %4</source>
        <translation>平均 %1  p50 %2  p90 %3  p99 %4</translation>
    </message>
    <message>
        <source>%1 — %2, model %3</source>
        <translation>%1 — %2，模型 %3</translation>
    </message>
    <message>
        <source>(unnamed plan)</source>
        <translation>（未命名计划）</translation>
    </message>
    <message>
        <source>SIMULATED ENGINE: these numbers describe a simulator, not real hardware.</source>
        <translation>模拟引擎：这些数字描述的是模拟器，而非真实硬件。</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <source>Phase %1, repetition %2 (%3, nodes: %4)</source>
        <extracomment>%3 is the phase&apos;s role (baseline, scaled, ...), %4 its node count</extracomment>
        <translation>阶段 %1，第 %2 次重复（%3，节点数：%4）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>%1 issued, %2 completed, %3 failed, %4 warm-up excluded</source>
        <translation>已发出 %1，已完成 %2，失败 %3，排除预热 %4</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Request throughput</source>
        <translation>请求吞吐量</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>Output token throughput</source>
        <translation>输出 token 吞吐量</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>Total token throughput</source>
        <translation>总 token 吞吐量</translation>
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
        <translation>端到端延迟</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>有效吞吐</translation>
    </message>
    <message>
        <source>— (no SLO set)</source>
        <translation>—（未设定 SLO）</translation>
    </message>
    <message>
        <source>Energy per output token</source>
        <translation>每个输出 token 的能耗</translation>
    </message>
    <message>
        <source>Load generator</source>
        <translation>负载生成器</translation>
    </message>
    <message>
        <source>FELL BEHIND its schedule (p99 lateness %1): latencies may describe the client</source>
        <translation>落后于计划（p99 延迟 %1）：延迟可能反映的是客户端</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1&apos;s own aggregates (aggregate-only: nothing recomputed)</source>
        <translation>%1 自身的汇总数据（仅有汇总：未重新计算）</translation>
    </message>
    <message>
        <source>recomputed from %1&apos;s per-request records</source>
        <translation>由 %1 的逐请求记录重新计算</translation>
    </message>
    <message>
        <source>Tool&apos;s method</source>
        <translation>工具的方法</translation>
    </message>
    <message>
        <source>percentiles: %1; output tokens: %2</source>
        <translation>百分位数：%1；输出 token：%2</translation>
    </message>
    <message>
        <source>Tool&apos;s verdict</source>
        <translation>工具的结论</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注</translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation>交叉核对</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>未测量：%1</translation>
    </message>
    <message>
        <source>%1 (phase “%2” on %3 nodes vs. the 1-node baseline “%4”)</source>
        <translation>%1（阶段“%2”在 %3 个节点上，对比单节点基线“%4”）</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % 区间</translation>
    </message>
    <message>
        <source>%1 – %2 (bootstrap over %3)</source>
        <translation>%1 – %2（对 %3 进行自助法）</translation>
    </message>
    <message>
        <source>not available (too few samples)</source>
        <translation>不可用（样本过少）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>not stated by the file</source>
        <translation>文件中未说明</translation>
    </message>
    <message>
        <source>from the server&apos;s usage</source>
        <translation>来自服务器的 usage</translation>
    </message>
    <message>
        <source>counted from reasoning chunks</source>
        <translation>由推理块计数</translation>
    </message>
    <message>
        <source>partly from usage, partly counted</source>
        <translation>部分来自 usage，部分为计数</translation>
    </message>
    <message>
        <source>%1 tokens, %2 of output tokens (%3)</source>
        <extracomment>%1 token count, %2 share of output tokens, %3 where the count comes from</extracomment>
        <translation>%1 个 token，占输出 token 的 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) all reasoning</source>
        <translation>
            <numerusform>%n 个回答全为推理</numerusform>
        </translation>
    </message>
    <message>
        <source>exact (counted by the server&apos;s tokenizer)</source>
        <translation>精确（由服务器的分词器计数）</translation>
    </message>
    <message>
        <source>estimated from word counts</source>
        <translation>按词数估算</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Input tokens (mean)</source>
        <extracomment>mean token counts: requested, then what the server counted</extracomment>
        <translation>输入 token（平均）</translation>
    </message>
    <message>
        <source>requested %1, received %2</source>
        <translation>请求 %1，实际 %2</translation>
    </message>
    <message>
        <source>Output tokens (mean)</source>
        <translation>输出 token（平均）</translation>
    </message>
    <message>
        <source>requested %1, received %2; %3 of %4 answers shorter than max_tokens</source>
        <translation>请求 %1，实际 %2；%4 个回答中有 %3 个短于 max_tokens</translation>
    </message>
    <message>
        <source>Prompt lengths</source>
        <translation>提示长度</translation>
    </message>
    <message>
        <source>Answer TTFT</source>
        <translation>答案 TTFT</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>TraceFile</name>
    <message>
        <source>%1 must be a whole number from 1 to 1000000, found %2</source>
        <translation>%1 必须是 1 到 1000000 之间的整数，实为 %2</translation>
    </message>
    <message>
        <source>the time must be from 0 to %1 s, found %2</source>
        <translation>时间必须在 0 到 %1 秒之间，实为 %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 2^53, found %2</source>
        <translation>%1 必须是 0 到 2^53 之间的整数，实为 %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>a %1 line in a %2 trace</source>
        <translation>%2 轨迹中出现了 %1 行</translation>
    </message>
    <message>
        <source>hash_ids must be a list</source>
        <translation>hash_ids 必须是列表</translation>
    </message>
    <message>
        <source>hash_ids must hold numbers</source>
        <translation>hash_ids 中必须是数字</translation>
    </message>
    <message>
        <source>expected time_s,input_tokens,output_tokens[,prefix_id]</source>
        <translation>应为 time_s,input_tokens,output_tokens[,prefix_id]</translation>
    </message>
    <message>
        <source>column %1 is not a number: &quot;%2&quot;</source>
        <translation>第 %1 列不是数字：“%2”</translation>
    </message>
    <message>
        <source>more than %1 requests</source>
        <translation>超过 %1 个请求</translation>
    </message>
    <message>
        <source>a CSV line in a %1 trace</source>
        <translation>%1 轨迹中出现了 CSV 行</translation>
    </message>
    <message>
        <source>%1 block ids for %2 input tokens: a block is %3 tokens</source>
        <translation>%2 个输入 token 对应 %1 个块 ID：每块为 %3 个 token</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the trace holds no request</source>
        <translation>轨迹中没有请求</translation>
    </message>
    <message>
        <source>a request trace</source>
        <translation>请求轨迹</translation>
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
        <translation>%1 J/token</translation>
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
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>time left: hours and minutes</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>VllmImport</name>
    <message>
        <source>has %1 entries but ttfts has %2</source>
        <translation>有 %1 个条目，但 ttfts 有 %2 个</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a list of gaps in seconds</source>
        <translation>应为以秒为单位的间隔列表</translation>
    </message>
    <message>
        <source>expected a gap of zero or more seconds</source>
        <translation>应为零秒或更长的间隔</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>missing backend or model_id: not a vLLM bench serve result</source>
        <translation>缺少 backend 或 model_id：不是 vLLM bench serve 结果</translation>
    </message>
    <message>
        <source>the server&apos;s usage, else re-tokenized with %1</source>
        <translation>服务器的 usage，否则用 %1 重新分词</translation>
    </message>
    <message>
        <source>no request completed, so the file&apos;s latency figures (all 0) are not measurements</source>
        <translation>没有完成的请求，因此文件中的延迟数值（全为 0）不是测量值</translation>
    </message>
    <message>
        <source>vLLM keeps no send times: duration, throughput and time series are the tool&apos;s own; latencies are recomputed from the per-request lists</source>
        <translation>vLLM 不保存发送时间：时长、吞吐量和时间序列取自该工具；延迟由逐请求列表重新计算</translation>
    </message>
    <message>
        <source>vLLM&apos;s ITL is per streamed chunk, which may carry several tokens</source>
        <translation>vLLM 的 ITL 按流式块计算，一个块可能包含多个 token</translation>
    </message>
    <message>
        <source>aggregates only: the file has no per-request lists (run with --save-detailed), so distributions, intervals and time series cannot be recomputed</source>
        <translation>仅有汇总数据：文件没有逐请求列表（请使用 --save-detailed 运行），因此无法重新计算分布、区间和时间序列</translation>
    </message>
</context>
<context>
    <name>inferdeck::ClusterEditor</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>This machine (local)</source>
        <translation>本机（本地）</translation>
    </message>
    <message>
        <source>user@host[:port] or a Host alias of ~/.ssh/config</source>
        <translation>user@host[:port] 或 ~/.ssh/config 中的 Host 别名</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000 (as the node sees it)</source>
        <translation>http://127.0.0.1:8000（从节点看到的地址）</translation>
    </message>
    <message>
        <source>empty: the server is already running; e.g. vllm serve {model} --port {port}</source>
        <translation>留空：服务器已在运行；例如 vllm serve {model} --port {port}</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>移除节点</translation>
    </message>
    <message>
        <source>Node name:</source>
        <translation>节点名称：</translation>
    </message>
    <message>
        <source>Reached by:</source>
        <translation>连接方式：</translation>
    </message>
    <message>
        <source>SSH destination:</source>
        <translation>SSH 目标：</translation>
    </message>
    <message>
        <source>Server endpoint:</source>
        <translation>服务器端点：</translation>
    </message>
    <message>
        <source>Launch command:</source>
        <translation>启动命令：</translation>
    </message>
    <message>
        <source>Ready within:</source>
        <translation>就绪时限：</translation>
    </message>
    <message>
        <source>cluster file</source>
        <translation>集群文件</translation>
    </message>
    <message>
        <source>Clusters (*.json)</source>
        <translation>集群（*.json）</translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation>集群名称：</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1（本地）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>node-%1</source>
        <translation>node-%1</translation>
    </message>
    <message>
        <source>this cluster</source>
        <translation>此集群</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, Python %3, %4 CPUs, %5&lt;br&gt;GPUs: %6&lt;br&gt;Driver %7, CUDA %8&lt;br&gt;Engines: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2，Python %3，%4 个 CPU，%5&lt;br&gt;GPU：%6&lt;br&gt;驱动 %7，CUDA %8&lt;br&gt;引擎：%9</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (flagged in the report)</source>
        <translation>不校验服务器证书（报告中会标出）</translation>
    </message>
    <message>
        <source>name of an environment variable on this machine, e.g. VLLM_API_KEY</source>
        <translation>本机上的环境变量名，例如 VLLM_API_KEY</translation>
    </message>
    <message>
        <source>or a file on this machine holding the key (chmod 600)</source>
        <translation>或本机上存放密钥的文件（chmod 600）</translation>
    </message>
    <message>
        <source>https only: a PEM CA bundle on this machine; empty: the system CAs</source>
        <translation>仅限 https：本机上的 PEM CA 证书包；留空：使用系统 CA</translation>
    </message>
    <message>
        <source>simulator default</source>
        <translation>模拟器默认值</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>API key variable:</source>
        <translation>API 密钥变量：</translation>
    </message>
    <message>
        <source>API key file:</source>
        <translation>API 密钥文件：</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Simulator dialect:</source>
        <extracomment>the engine whose stream format the built-in simulator imitates</extracomment>
        <translation>模拟器方言：</translation>
    </message>
    <message>
        <source>Simulated reasoning:</source>
        <translation>模拟推理：</translation>
    </message>
    <message>
        <source>empty: the engine&apos;s own metrics are not read</source>
        <translation>留空：不读取引擎自身的指标</translation>
    </message>
    <message>
        <source>Where the engine publishes its Prometheus metrics on the endpoint&apos;s host and port (vLLM, SGLang, TGI: /metrics; llama.cpp only with --metrics). Its queue, KV cache and per-request histograms explain where the time goes.</source>
        <translation>引擎在端点的主机和端口上发布 Prometheus 指标的路径（vLLM、SGLang、TGI：/metrics；llama.cpp 仅在使用 --metrics 时）。其队列、KV 缓存和逐请求直方图说明时间花在了哪里。</translation>
    </message>
    <message>
        <source>Engine metrics path:</source>
        <translation>引擎指标路径：</translation>
    </message>
    <message>
        <source>Slurm job step (the cluster&apos;s scheduler)</source>
        <extracomment>a node of a cluster whose file has a Slurm scheduler: it runs where the job&apos;s allocation puts it</extracomment>
        <translation>Slurm 作业步（集群的调度器）</translation>
    </message>
    <message>
        <source>%1 (Slurm)</source>
        <translation>%1（Slurm）</translation>
    </message>
    <message>
        <source>Kubernetes pod (the cluster&apos;s scheduler)</source>
        <extracomment>a node of a cluster whose file has a Kubernetes scheduler: it runs in one of the cluster&apos;s pods</extracomment>
        <translation>Kubernetes Pod（集群的调度器）</translation>
    </message>
    <message>
        <source>%1 (Kubernetes pod)</source>
        <translation>%1（Kubernetes Pod）</translation>
    </message>
</context>
<context>
    <name>inferdeck::CompareView</name>
    <message>
        <source>%1 of each result</source>
        <translation>每个结果的%1</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1（ms）</translation>
    </message>
    <message>
        <source>share of requests</source>
        <translation>请求占比</translation>
    </message>
    <message>
        <source>File › Compare results… opens two or more result files.</source>
        <translation>文件 › 比较结果… 可打开两个或更多结果文件。</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <source>Reading %1 files…</source>
        <translation>正在读取 %1 个文件…</translation>
    </message>
    <message>
        <source>Open at least two results to compare.</source>
        <translation>请至少打开两个结果进行比较。</translation>
    </message>
    <message>
        <source>Comparing against %1…</source>
        <translation>正在与 %1 比较…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>This result</source>
        <translation>此结果</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % 区间</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>yes, worse</source>
        <translation>是，更差</translation>
    </message>
    <message>
        <source>yes, better</source>
        <translation>是，更好</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Not drawn: none of the files has per-request records, only its tool&apos;s aggregates.</source>
        <translation>未绘制：所有文件都没有逐请求记录，只有各自工具的汇总数据。</translation>
    </message>
    <message>
        <source>(files without per-request records are not drawn)</source>
        <translation>（未绘制没有逐请求记录的文件）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Values from</source>
        <translation>数值来源</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1，基于%2</translation>
    </message>
    <message>
        <source>Every other result is compared with this one</source>
        <translation>其他每个结果都与此结果比较</translation>
    </message>
    <message>
        <source>%1 compared with the baseline %2 (choose another baseline above).</source>
        <translation>%1 与基线 %2 比较（可在上方选择其他基线）。</translation>
    </message>
    <message>
        <source>%1 results compared with the baseline %2 (choose another baseline above).</source>
        <translation>%1 个结果与基线 %2 比较（可在上方选择其他基线）。</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>无法评估</translation>
    </message>
</context>
<context>
    <name>inferdeck::DashboardView</name>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Uploading the agent</source>
        <translation>正在上传代理</translation>
    </message>
    <message>
        <source>Launching servers</source>
        <translation>正在启动服务器</translation>
    </message>
    <message>
        <source>Waiting for servers</source>
        <translation>等待服务器</translation>
    </message>
    <message>
        <source>Probing nodes</source>
        <translation>正在探测节点</translation>
    </message>
    <message>
        <source>Estimating clock offsets</source>
        <translation>正在估算时钟偏移</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No run yet: Run › Run demo cluster (Ctrl+R) starts one.</source>
        <translation>尚无运行：运行 › 运行演示集群（Ctrl+R）可开始一次。</translation>
    </message>
    <message>
        <source>Output-token throughput</source>
        <translation>输出 token 吞吐量</translation>
    </message>
    <message>
        <source>s since phase start</source>
        <translation>自阶段开始的秒数</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>TTFT percentiles</source>
        <translation>TTFT 百分位数</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>进行中的请求</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation>GPU 利用率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation>GPU 功率</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation>已用 GPU 显存</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>phase %1 of %2</source>
        <translation>阶段 %1/%2</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>即将完成</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>合计</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;：完成 %2，失败 %3</translation>
    </message>
    <message>
        <source>Phase &lt;b&gt;%1&lt;/b&gt;, repetition %2 — %3</source>
        <translation>阶段 &lt;b&gt;%1&lt;/b&gt;，第 %2 次重复 — %3</translation>
    </message>
    <message>
        <source>%1 of %2 requests in this phase (warm-up included), %3</source>
        <translation>本阶段 %2 个请求中已完成 %1 个（含预热），%3</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <source>phase starting, %1</source>
        <translation>阶段正在开始，%1</translation>
    </message>
    <message>
        <source>%1 into this phase, which measures for %2 after its warm-up; %3</source>
        <translation>本阶段已进行 %1，预热后测量 %2；%3</translation>
    </message>
    <message>
        <source>Engine queue: waiting requests</source>
        <translation>引擎队列：等待中的请求</translation>
    </message>
    <message>
        <source>Engine: running requests</source>
        <translation>引擎：运行中的请求</translation>
    </message>
    <message>
        <source>Engine KV cache use</source>
        <translation>引擎 KV 缓存使用率</translation>
    </message>
    <message>
        <source>Not measured — %1</source>
        <translation>未测量 — %1</translation>
    </message>
</context>
<context>
    <name>inferdeck::ExportDialog</name>
    <message>
        <source>PDF — to print or send</source>
        <translation>PDF — 用于打印或发送</translation>
    </message>
    <message>
        <source>HTML — one self-contained page</source>
        <translation>HTML — 单个自包含页面</translation>
    </message>
    <message>
        <source>Markdown — with the charts as SVG files beside it</source>
        <translation>Markdown — 图表作为旁边的 SVG 文件</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export the report into</source>
        <translation>将报告导出到</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>inferdeck::GradeCardModel</name>
    <message>
        <source>informational</source>
        <translation>仅供参考</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>inferdeck::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>未知的主机密钥</translation>
    </message>
    <message>
        <source>The authenticity of &lt;b&gt;%1&lt;/b&gt; cannot be established: its key is not in %2. Compare the fingerprint with the one the node&apos;s administrator gives you before trusting it.</source>
        <translation>无法确认 &lt;b&gt;%1&lt;/b&gt; 的真实性：其密钥不在 %2 中。在信任之前，请将指纹与节点管理员提供的指纹进行比较。</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation>接受一次</translation>
    </message>
    <message>
        <source>Accept and save</source>
        <translation>接受并保存</translation>
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
指纹 %2 · 计划 %3 · 驱动 %4</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPU count × GPU model, e.g. &quot;8 × NVIDIA H100 80GB HBM3&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>已索引</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>不可读</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>Req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50（ms）</translation>
    </message>
    <message>
        <source>TTFT p99 (ms)</source>
        <translation>TTFT p99（ms）</translation>
    </message>
    <message>
        <source>TPOT p99 (ms)</source>
        <translation>TPOT p99（ms）</translation>
    </message>
    <message>
        <source>E2E p99 (ms)</source>
        <translation>端到端 p99（ms）</translation>
    </message>
    <message>
        <source>Success (%)</source>
        <translation>成功率（%）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>the file does not say which prompts the tool sent</extracomment>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>inferdeck::LibraryView</name>
    <message>
        <source>Search: words, or model=… engine=… gpu=… tool=… grade=… plan=… dataset=… phase=…</source>
        <translation>搜索：关键词，或 model=… engine=… gpu=… tool=… grade=… plan=… dataset=… phase=…</translation>
    </message>
    <message>
        <source>Every word must match somewhere; FIELD=VALUE matches part of that field. Fields: %1</source>
        <translation>每个词都必须在某处匹配；字段=值 匹配该字段的一部分。字段：%1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>从结果库中移除</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open the selected run</source>
        <translation>打开所选运行</translation>
    </message>
    <message>
        <source>Compare the selected runs; you choose the baseline</source>
        <translation>比较所选运行；由您选择基准</translation>
    </message>
    <message>
        <source>One run selected: every run with its fingerprint; several: exactly those</source>
        <translation>选中一次运行：具有相同指纹的所有运行；选中多次：仅这些运行</translation>
    </message>
    <message>
        <source>Forget the selected entries; the files stay where they are</source>
        <translation>忘记所选条目；文件仍保留在原处</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Export library rows</source>
        <translation>导出结果库中的行</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Add a folder of results to the library</source>
        <translation>将结果文件夹添加到结果库</translation>
    </message>
    <message numerus="yes">
        <source>%n new, </source>
        <translation>
            <numerusform>新增 %n 个，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>更新 %n 个，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved, </source>
        <translation>
            <numerusform>移动 %n 个，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing, </source>
        <translation>
            <numerusform>缺失 %n 个，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>不可读 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — last update: %2.</source>
        <translation>%1 — 上次更新：%2。</translation>
    </message>
    <message>
        <source>The library cannot be used: %1</source>
        <translation>结果库无法使用：%1</translation>
    </message>
    <message>
        <source>Indexing %p%</source>
        <translation>正在索引 %p%</translation>
    </message>
    <message>
        <source>Checking files %p%</source>
        <translation>正在检查文件 %p%</translation>
    </message>
    <message>
        <source>No library.</source>
        <translation>没有结果库。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) shown. Library: %2</source>
        <translation>
            <numerusform>显示 %n 次运行中的 %1 次。结果库：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least two runs to compare.</source>
        <translation>请至少选择两次运行进行比较。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>a run to choose as the baseline: start, model, file</extracomment>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Every other run is compared with the baseline:</source>
        <translation>其他每次运行都与此基准比较：</translation>
    </message>
    <message>
        <source>Select a run (its fingerprint&apos;s runs are trended) or several runs.</source>
        <translation>请选择一次运行（显示具有其指纹的各次运行的趋势）或多次运行。</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>无法写入文件（%1）</translation>
    </message>
</context>
<context>
    <name>inferdeck::LimitEdit</name>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: a limit must be above 0 (leave it empty for no limit)</source>
        <translation>%1：限制必须大于 0（留空表示无限制）</translation>
    </message>
</context>
<context>
    <name>inferdeck::LogPanel</name>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the lines shown to the clipboard</source>
        <translation>将显示的行复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>inferdeck::MainWindow</name>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>InferDeck</source>
        <translation>InferDeck</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>实时运行</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Demo cluster (simulated)</source>
        <translation>演示集群（模拟）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报告已写入：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare results…</source>
        <translation>比较结果(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save result as…</source>
        <translation>结果另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit cluster…</source>
        <translation>编辑集群(&amp;E)…</translation>
    </message>
    <message>
        <source>Use the &amp;demo cluster</source>
        <translation>使用演示集群(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run &amp;demo cluster</source>
        <translation>运行演示集群(&amp;D)</translation>
    </message>
    <message>
        <source>Run &amp;plan file on the cluster…</source>
        <translation>在集群上运行计划文件(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit a plan and run it…</source>
        <translation>编辑并运行计划(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recover interrupted runs…</source>
        <translation>恢复中断的运行(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>InferDeck &amp;help</source>
        <translation>InferDeck 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About InferDeck</source>
        <translation>关于 InferDeck(&amp;A)</translation>
    </message>
    <message>
        <source>The rubric in the settings cannot be used; grading with the built-in one</source>
        <translation>设置中的评分标准无法使用；改用内置评分标准</translation>
    </message>
    <message>
        <source>InferDeck help</source>
        <translation>InferDeck 帮助</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;open a result file (or drop it on the window)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+S&lt;/td&gt;&lt;td&gt;save the open result under another name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;export the report as Markdown, HTML and PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;run the demo cluster&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;run a plan file on a cluster file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Ctrl+.&lt;/td&gt;&lt;td&gt;cancel the run (after asking)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Every number is computed from the per-request records in the result file; &lt;tt&gt;inferdeck-cli records FILE&lt;/tt&gt; prints them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;键盘&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;打开结果文件（或将其拖到窗口上）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+S&lt;/td&gt;&lt;td&gt;以其他名称保存当前结果&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;将报告导出为 Markdown、HTML 和 PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;运行演示集群&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;在集群文件上运行计划文件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc、Ctrl+.&lt;/td&gt;&lt;td&gt;取消运行（会先确认）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;每个数字都由结果文件中的逐请求记录计算；&lt;tt&gt;inferdeck-cli records 文件&lt;/tt&gt; 可输出这些记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About InferDeck</source>
        <translation>关于 InferDeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;InferDeck %1&lt;/b&gt;&lt;p&gt;LLM inference benchmarking on GPU clusters, graded honestly: every number is computed from the raw records in the result file.&lt;/p&gt;&lt;p&gt;Qt %2 · libssh %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;InferDeck %1&lt;/b&gt;&lt;p&gt;在 GPU 集群上进行大语言模型推理基准测试并如实评定：每个数字都由结果文件中的原始记录计算。&lt;/p&gt;&lt;p&gt;Qt %2 · libssh %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a node in the run&apos;s node list: its name, its last log line, and below it its scheduler&apos;s state</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Open result files</source>
        <translation>打开结果文件</translation>
    </message>
    <message>
        <source>Result files (*.json *.jsonl *.csv *.txt);;InferDeck results (*.inferdeck.json);;All files (*)</source>
        <translation>结果文件（*.json *.jsonl *.csv *.txt）;;InferDeck 结果（*.inferdeck.json）;;所有文件（*）</translation>
    </message>
    <message>
        <source>Choose at least two results to compare</source>
        <translation>请至少选择两个结果进行比较</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>未能打开文件</translation>
    </message>
    <message>
        <source>%1 — InferDeck</source>
        <translation>%1 — InferDeck</translation>
    </message>
    <message>
        <source>Loaded %1 (phases: %2)</source>
        <translation>已加载 %1（阶段数：%2）</translation>
    </message>
    <message>
        <source>Save result as</source>
        <translation>结果另存为</translation>
    </message>
    <message>
        <source>InferDeck results (*.inferdeck.json)</source>
        <translation>InferDeck 结果（*.inferdeck.json）</translation>
    </message>
    <message>
        <source>Cannot save the result</source>
        <translation>无法保存结果</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>有运行正在进行</translation>
    </message>
    <message>
        <source>Quitting cancels the run: the nodes stop, what was measured is saved and marked cancelled. Quit?</source>
        <translation>退出将取消运行：节点会停止，已测量的数据会保存并标记为已取消。确定退出？</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>计划文件</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>计划（*.json）</translation>
    </message>
    <message>
        <source>Cannot use this plan</source>
        <translation>无法使用此计划</translation>
    </message>
    <message>
        <source>A run is already in progress</source>
        <translation>已有运行正在进行</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>运行完成</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation>取消运行？</translation>
    </message>
    <message>
        <source>The nodes stop issuing requests; what was measured so far is saved and marked cancelled.</source>
        <translation>节点停止发出请求；已测量的数据会保存并标记为已取消。</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Recover interrupted runs?</source>
        <translation>恢复中断的运行？</translation>
    </message>
    <message>
        <source>%1 run(s) ended without a result, probably because InferDeck was closed or crashed mid-run. Rebuild their results from the journals?</source>
        <translation>%1 次运行在没有结果的情况下结束，可能是因为 InferDeck 在运行中被关闭或崩溃。要从日志中重建它们的结果吗？</translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation>无法恢复 %1</translation>
    </message>
    <message>
        <source>cannot write the result</source>
        <translation>无法写入结果</translation>
    </message>
    <message>
        <source>Results to compare (the earliest is the baseline; the Compare tab changes it)</source>
        <translation>要比较的结果（最早的为基线；可在“比较”标签页中更改）</translation>
    </message>
    <message>
        <source>Cluster for runs</source>
        <translation>运行所用集群</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>结果库</translation>
    </message>
    <message>
        <source>Results &amp;library</source>
        <translation>结果库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add a folder to the library…</source>
        <translation>将文件夹添加到结果库(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a folder of results to the library</source>
        <translation>将结果文件夹添加到结果库</translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <source>node %1 runs as a step of the run&apos;s Slurm job; it is reached once a run starts</source>
        <translation>节点 %1 作为本次运行的 Slurm 作业中的作业步运行；运行开始后才能连接到它</translation>
    </message>
    <message>
        <source>Cannot read the ssh configuration</source>
        <translation>无法读取 SSH 配置</translation>
    </message>
    <message>
        <source>Cannot use this Slurm cluster</source>
        <translation>无法使用此 Slurm 集群</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 (%3), waiting</source>
        <extracomment>%1 a Slurm job id, %2 its queue state (PENDING), %3 Slurm&apos;s reason (Resources, Priority)</extracomment>
        <translation>Slurm 作业 %1：%2（%3），等待中</translation>
    </message>
    <message>
        <source>Kubernetes pod</source>
        <translation>Kubernetes Pod</translation>
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
        <translation>节点 %1 运行在集群的某个 Kubernetes Pod 中；运行开始后才能连接到它</translation>
    </message>
    <message>
        <source>Cannot use this Kubernetes cluster</source>
        <translation>无法使用此 Kubernetes 集群</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 (%3)</source>
        <translation>Slurm 作业 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Slurm job %1: RUNNING on %2</source>
        <translation>Slurm 作业 %1：RUNNING，位于 %2</translation>
    </message>
    <message>
        <source>pod %1: %2, %3, restarts %4</source>
        <extracomment>%1 a pod, %2 its phase (Running), %3 ready or not ready, %4 its container&apos;s restart count</extracomment>
        <translation>Pod %1：%2，%3，重启 %4 次</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Stopping the run before quitting…</source>
        <translation>退出前正在停止运行…</translation>
    </message>
</context>
<context>
    <name>inferdeck::PlanEditor</name>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <source>log-normal</source>
        <translation>对数正态分布</translation>
    </message>
    <message>
        <source>mean </source>
        <translation>均值 </translation>
    </message>
    <message>
        <source>sd </source>
        <translation>标准差 </translation>
    </message>
    <message>
        <source>min </source>
        <translation>最小 </translation>
    </message>
    <message>
        <source>max </source>
        <translation>最大 </translation>
    </message>
    <message>
        <source>stream tokens (needed for TTFT, TPOT and ITL)</source>
        <translation>流式传输 token（TTFT、TPOT 和 ITL 需要）</translation>
    </message>
    <message>
        <source>measure a 1-node baseline beside every N-node phase (scaling efficiency)</source>
        <translation>在每个 N 节点阶段旁测量单节点基线（扩展效率）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
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
        <translation>合成提示</translation>
    </message>
    <message>
        <source>summarization (CNN/DailyMail shape, with references)</source>
        <translation>摘要（CNN/DailyMail 形式，带参考答案）</translation>
    </message>
    <message>
        <source>JSONL file</source>
        <translation>JSONL 文件</translation>
    </message>
    <message>
        <source>path on the nodes to JSONL of {prompt, max_tokens, reference?}</source>
        <translation>节点上 JSONL 文件的路径，内容为 {prompt, max_tokens, reference?}</translation>
    </message>
    <message>
        <source>closed loop: requests in flight</source>
        <translation>闭环：同时进行的请求数</translation>
    </message>
    <message>
        <source>constant rate (req/s)</source>
        <translation>恒定速率（请求/秒）</translation>
    </message>
    <message>
        <source>Poisson arrivals (req/s)</source>
        <translation>泊松到达（请求/秒）</translation>
    </message>
    <message>
        <source>gamma arrivals (req/s)</source>
        <translation>伽马到达（请求/秒）</translation>
    </message>
    <message>
        <source>e.g. 1, 2, 4, 8 — one phase per value; empty: one load</source>
        <translation>例如 1, 2, 4, 8 — 每个值一个阶段；留空：单一负载</translation>
    </message>
    <message>
        <source>requests per node</source>
        <translation>每节点请求数</translation>
    </message>
    <message>
        <source>seconds per node</source>
        <translation>每节点秒数</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>instead of InferDeck&apos;s load: e.g. vllm bench serve ... --result-filename {result_file}</source>
        <translation>代替 InferDeck 的负载：例如 vllm bench serve ... --result-filename {result_file}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API：</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>Dataset file:</source>
        <translation>数据集文件：</translation>
    </message>
    <message>
        <source>Prompt lengths:</source>
        <translation>提示长度：</translation>
    </message>
    <message>
        <source>Completion lengths:</source>
        <translation>补全长度：</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <source>Load per node:</source>
        <translation>每节点负载：</translation>
    </message>
    <message>
        <source>Burstiness (gamma):</source>
        <translation>突发度（伽马）：</translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation>扫描：</translation>
    </message>
    <message>
        <source>Each phase:</source>
        <translation>每个阶段：</translation>
    </message>
    <message>
        <source>Warm-up requests:</source>
        <translation>预热请求数：</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>重复次数：</translation>
    </message>
    <message>
        <source>SLO TTFT:</source>
        <translation>SLO TTFT：</translation>
    </message>
    <message>
        <source>SLO TPOT:</source>
        <translation>SLO TPOT：</translation>
    </message>
    <message>
        <source>SLO E2E:</source>
        <translation>SLO E2E：</translation>
    </message>
    <message>
        <source>Throughput target:</source>
        <translation>吞吐量目标：</translation>
    </message>
    <message>
        <source>Generator lateness limit (p99):</source>
        <translation>生成器延迟限值（p99）：</translation>
    </message>
    <message>
        <source>External tool:</source>
        <translation>外部工具：</translation>
    </message>
    <message>
        <source>plan file</source>
        <translation>计划文件</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>计划（*.json）</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>此计划</translation>
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
        <translation>每节点 token/秒</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>不评分</translation>
    </message>
    <message>
        <source>Output tokens per second per node; empty: throughput is not graded</source>
        <translation>每节点每秒输出 token 数；留空：不对吞吐量评分</translation>
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
        <translation>吞吐量目标</translation>
    </message>
    <message>
        <source>Sweep: “%1” is not a number (give values separated by commas)</source>
        <translation>扫描：“%1”不是数字（请用逗号分隔各值）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> groups</source>
        <extracomment>a count of shared prompt prefixes, e.g. &quot;8 groups&quot;</extracomment>
        <translation> 组</translation>
    </message>
    <message>
        <source> tokens each</source>
        <extracomment>the length of each shared prompt prefix</extracomment>
        <translation> 个词元/前缀</translation>
    </message>
    <message>
        <source>Synthetic prompts only: each prompt starts with one of this many fixed prefixes (a system prompt, few-shot examples), so the engine&apos;s prefix cache can serve them; the prompt lengths above are then the part after the prefix. None: every prompt is its own.</source>
        <translation>仅限合成提示词：每个提示词以这么多个固定前缀之一开头（系统提示词、少样本示例），引擎的前缀缓存便可提供它们；上面的提示词长度此时指前缀之后的部分。无：每个提示词各不相同。</translation>
    </message>
    <message>
        <source>Shared prefix:</source>
        <translation>共享前缀：</translation>
    </message>
    <message>
        <source>request trace (Mooncake, CSV or JSONL)</source>
        <translation>请求轨迹（Mooncake、CSV 或 JSONL）</translation>
    </message>
    <message>
        <source>trace file on this machine: Mooncake JSONL, or time_s,input_tokens,output_tokens[,prefix_id]</source>
        <translation>本机上的轨迹文件：Mooncake JSONL，或 time_s,input_tokens,output_tokens[,prefix_id]</translation>
    </message>
    <message>
        <source>Its lengths and shared prefix blocks make the prompts; with the load &quot;trace replay&quot; its times are the schedule. It is dealt round-robin over the nodes, each request keeping its time.</source>
        <translation>其长度与共享前缀块构成提示词；使用“轨迹回放”负载时，其时间即为发送计划。它按轮询分配到各节点，每个请求保留其时间。</translation>
    </message>
    <message>
        <source>trace replay at its own times (× speed)</source>
        <translation>按轨迹自身时间回放（× 速度）</translation>
    </message>
    <message>
        <source>Trace file:</source>
        <translation>轨迹文件：</translation>
    </message>
    <message>
        <source>search the highest load per node that meets the SLOs</source>
        <translation>搜索满足 SLO 的每节点最高负载</translation>
    </message>
    <message>
        <source>ShareGPT conversations (JSON)</source>
        <translation>ShareGPT 对话（JSON）</translation>
    </message>
    <message>
        <source>ShareGPT JSON on this machine: [{&quot;conversations&quot;: [{&quot;from&quot;: &quot;human&quot;, &quot;value&quot;: ...}, ...]}, ...]</source>
        <translation>本机上的 ShareGPT JSON：[{&quot;conversations&quot;: [{&quot;from&quot;: &quot;human&quot;, &quot;value&quot;: ...}, ...]}, ...]</translation>
    </message>
    <message>
        <source>Without sessions each conversation&apos;s first human turn is a request, asking for as many tokens as its recorded answer (as vLLM&apos;s benchmark samples it); with sessions its human turns are replayed with the model&apos;s own answers as history.</source>
        <translation>不启用会话时，每个对话的第一个用户轮次作为一个请求，请求与其记录的回答同样多的 token（与 vLLM 基准的采样方式相同）；启用会话时，其各个用户轮次会以模型自己的回答作为历史依次回放。</translation>
    </message>
    <message>
        <source>ShareGPT file:</source>
        <translation>ShareGPT 文件：</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>Each step is a phase at one load with its own warm-up: the load above first, then doubled or halved until the capacity is bracketed, then bisected. Needs at least one SLO.</source>
        <translation>每一步都是在单一负载下、带有自己预热的一个阶段：先用上面的负载，然后加倍或减半，直到容量被夹在区间内，再进行二分。至少需要一项 SLO。</translation>
    </message>
    <message>
        <source> % meet the SLOs</source>
        <translation> % 满足 SLO</translation>
    </message>
    <message>
        <source> % bracket</source>
        <translation> % 区间</translation>
    </message>
    <message>
        <source>The search ends when the highest load that met the target and the lowest that missed it are this close</source>
        <translation>当达到目标的最高负载与未达到目标的最低负载相差不超过此值时，搜索结束</translation>
    </message>
    <message>
        <source>from </source>
        <translation>从 </translation>
    </message>
    <message>
        <source>to </source>
        <translation>到 </translation>
    </message>
    <message>
        <source> steps at most</source>
        <translation> 步以内</translation>
    </message>
    <message>
        <source>Capacity search:</source>
        <translation>容量搜索：</translation>
    </message>
    <message>
        <source>empty: the load stays; a value: ramp linearly to it over the phase</source>
        <translation>留空：负载不变；填值：在阶段内线性爬升到该值</translation>
    </message>
    <message>
        <source>e.g. 2×30, 8×30 — each load for its seconds; empty: one load</source>
        <translation>例如 2×30, 8×30 — 每个负载持续其秒数；留空：单一负载</translation>
    </message>
    <message>
        <source>Ramp to:</source>
        <translation>爬升到：</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>分级：</translation>
    </message>
    <message>
        <source>Ramp to: “%1” is not a number</source>
        <translation>爬升到：“%1”不是数字</translation>
    </message>
    <message>
        <source>Stages: “%1” is not a load × seconds (e.g. 8×30)</source>
        <translation>分级：“%1”不是“负载×秒数”（例如 8×30）</translation>
    </message>
</context>
<context>
    <name>inferdeck::ReportPreview</name>
    <message>
        <source>The report of the open result appears here.</source>
        <translation>当前结果的报告显示在这里。</translation>
    </message>
</context>
<context>
    <name>inferdeck::RequestTableModel</name>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent (s)</source>
        <translation>发送（秒）</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT（ms）</translation>
    </message>
    <message>
        <source>E2E (ms)</source>
        <translation>端到端（ms）</translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation>TPOT（ms）</translation>
    </message>
    <message>
        <source>In tokens</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <source>Out tokens</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>Answer TTFT (ms)</source>
        <extracomment>time to the first answer token (after a reasoning model&apos;s thinking)</extracomment>
        <translation>答案 TTFT（ms）</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推理 token</translation>
    </message>
    <message>
        <source>In requested</source>
        <extracomment>input tokens the workload asked for</extracomment>
        <translation>请求的输入 token</translation>
    </message>
    <message>
        <source>Out requested</source>
        <extracomment>max_tokens asked for</extracomment>
        <translation>请求的输出 token</translation>
    </message>
</context>
<context>
    <name>inferdeck::ResultView</name>
    <message>
        <source>Open a result file (Ctrl+O) or run the demo cluster (Ctrl+R).</source>
        <translation>打开结果文件（Ctrl+O）或运行演示集群（Ctrl+R）。</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>仅失败项</translation>
    </message>
    <message>
        <source>Grade card</source>
        <translation>评级卡</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Phase “%1”: aggregates only, so distributions, intervals and time series cannot be recomputed.</source>
        <translation>阶段“%1”：仅有汇总数据，因此无法重新计算分布、区间和时间序列。</translation>
    </message>
    <message>
        <source>Phase “%1”: %2</source>
        <translation>阶段“%1”：%2</translation>
    </message>
    <message>
        <source>… and %1 more differences between the file&apos;s summary and its records.</source>
        <translation>… 以及文件摘要与其记录之间另外 %1 处差异。</translation>
    </message>
    <message>
        <source>SIMULATED: these numbers come from InferDeck&apos;s simulated engine, not from a GPU server.</source>
        <translation>模拟：这些数字来自 InferDeck 的模拟引擎，而非 GPU 服务器。</translation>
    </message>
    <message>
        <source>Scaling efficiency %1 on %2 nodes, 95 % interval %3 – %4 (%5)</source>
        <translation>%2 个节点上的扩展效率为 %1，95 % 区间 %3 – %4（%5）</translation>
    </message>
    <message>
        <source>Scaling efficiency: not measured — %1</source>
        <translation>扩展效率：未测量 — %1</translation>
    </message>
    <message>
        <source>Imported from %1: numbers are recomputed from the file&apos;s per-request records where it has them (Report tab, “Source file and cross-check”).</source>
        <translation>从 %1 导入：文件含逐请求记录时，数字由这些记录重新计算（见“报告”标签页中的“源文件与交叉核对”）。</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>No requests to list: the file keeps no per-request records, only its tool&apos;s own aggregates (phases %1). The Summary and Report tabs show those.</source>
        <translation>没有可列出的请求：该文件不包含逐请求记录，只有其工具自身的汇总数据（阶段 %1）。“摘要”和“报告”标签页显示这些数据。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This result has no charts: none of its phases has data to draw.</source>
        <translation>此结果没有图表：其所有阶段都没有可绘制的数据。</translation>
    </message>
</context>
<context>
    <name>inferdeck::SchedulerEditor</name>
    <message>
        <source>None: the nodes are listed hosts</source>
        <extracomment>the cluster&apos;s nodes are hosts listed one by one (no batch scheduler)</extracomment>
        <translation>无：节点为逐一列出的主机</translation>
    </message>
    <message>
        <source>Slurm: the nodes are a job&apos;s allocation</source>
        <translation>Slurm：节点为作业分配到的资源</translation>
    </message>
    <message>
        <source>Kubernetes: the nodes are pods</source>
        <translation>Kubernetes：节点为 Pod</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>调度器：</translation>
    </message>
    <message>
        <source>app=vllm (the engine&apos;s pods)</source>
        <translation>app=vllm（引擎的 Pod）</translation>
    </message>
    <message>
        <source>vllm-0, vllm-1 (one per node, in node order)</source>
        <translation>vllm-0, vllm-1（每节点一个，按节点顺序）</translation>
    </message>
    <message>
        <source>local, or an ssh destination (the login node)</source>
        <translation>local，或 SSH 目标（登录节点）</translation>
    </message>
    <message>
        <source>empty: the default partition</source>
        <translation>留空：默认分区</translation>
    </message>
    <message>
        <source>empty: your default account</source>
        <translation>留空：您的默认账户</translation>
    </message>
    <message>
        <source>empty: the default QoS</source>
        <translation>留空：默认 QoS</translation>
    </message>
    <message>
        <source>e.g. 30 or 1:30:00; empty: the partition&apos;s limit</source>
        <translation>例如 30 或 1:30:00；留空：分区的限制</translation>
    </message>
    <message>
        <source>none asked for</source>
        <translation>不申请</translation>
    </message>
    <message>
        <source>further sbatch options, e.g. --constraint=h100 --exclusive</source>
        <translation>其他 sbatch 选项，例如 --constraint=h100 --exclusive</translation>
    </message>
    <message>
        <source>run inside this existing job instead of submitting one</source>
        <translation>在此已有作业内运行，而不是提交新作业</translation>
    </message>
    <message>
        <source>Submit host:</source>
        <translation>提交主机：</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>分区：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>QoS:</source>
        <extracomment>Slurm&apos;s quality of service</extracomment>
        <translation>QoS：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时间限制：</translation>
    </message>
    <message>
        <source>GPUs per node:</source>
        <translation>每节点 GPU 数：</translation>
    </message>
    <message>
        <source>Extra sbatch options:</source>
        <translation>额外的 sbatch 选项：</translation>
    </message>
    <message>
        <source>Existing job id:</source>
        <translation>已有作业 ID：</translation>
    </message>
    <message>
        <source>local, or an ssh destination where kubectl runs</source>
        <translation>local，或运行 kubectl 的 SSH 目标</translation>
    </message>
    <message>
        <source>empty: kubectl&apos;s current context</source>
        <translation>留空：kubectl 的当前上下文</translation>
    </message>
    <message>
        <source>empty: the context&apos;s namespace</source>
        <translation>留空：该上下文的命名空间</translation>
    </message>
    <message>
        <source>Label selector</source>
        <translation>标签选择器</translation>
    </message>
    <message>
        <source>Pod names</source>
        <translation>Pod 名称</translation>
    </message>
    <message>
        <source>empty: the pod&apos;s default container</source>
        <translation>留空：Pod 的默认容器</translation>
    </message>
    <message>
        <source>the engine inside each pod</source>
        <translation>每个 Pod 内的引擎</translation>
    </message>
    <message>
        <source>kubectl runs on:</source>
        <translation>kubectl 运行于：</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <source>Pods by:</source>
        <translation>Pod 指定方式：</translation>
    </message>
    <message>
        <source>Pods:</source>
        <translation>Pod：</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>容器：</translation>
    </message>
    <message>
        <source>Engine endpoint in the pod:</source>
        <translation>Pod 内的引擎端点：</translation>
    </message>
</context>
<context>
    <name>inferdeck::SecretDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <source>Passphrase for the key %1:</source>
        <translation>密钥 %1 的口令：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Server question</source>
        <translation>服务器提问</translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation>%1 询问：%2</translation>
    </message>
    <message>
        <source>InferDeck uses it for this connection only and does not store it.</source>
        <translation>InferDeck 仅在此次连接中使用它，不会保存。</translation>
    </message>
</context>
<context>
    <name>inferdeck::SessionsEditor</name>
    <message>
        <source>multi-turn sessions (chat API): each turn sends the conversation so far</source>
        <translation>多轮会话（聊天 API）：每轮发送截至目前的对话</translation>
    </message>
    <message>
        <source>The concurrency then counts sessions (a slot starts its next session when one ends); a rate starts a new session at each arrival. Warm-up and the phase&apos;s request count count turns; when the phase ends, a session&apos;s unsent turns are not sent.</source>
        <translation>此时并发数按会话计（每个槽位在一个会话结束时开始下一个会话）；使用速率时，每次到达开始一个新会话。预热和阶段的请求数按轮次计；阶段结束时，会话中尚未发送的轮次不再发送。</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit suffix of a think-time field, seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>User turns per session; a ShareGPT conversation brings its own</source>
        <translation>每个会话的用户轮次数；ShareGPT 对话自带轮次</translation>
    </message>
    <message>
        <source>The user&apos;s think time between an answer&apos;s end and the next turn&apos;s send</source>
        <translation>用户从一个回答结束到发送下一轮之间的思考时间</translation>
    </message>
    <message>
        <source>Turns per session:</source>
        <translation>每会话轮次数：</translation>
    </message>
    <message>
        <source>Think time:</source>
        <translation>思考时间：</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <source>log-normal</source>
        <translation>对数正态分布</translation>
    </message>
    <message>
        <source>mean </source>
        <translation>均值 </translation>
    </message>
    <message>
        <source>sd </source>
        <translation>标准差 </translation>
    </message>
    <message>
        <source>min </source>
        <translation>最小 </translation>
    </message>
    <message>
        <source>max </source>
        <translation>最大 </translation>
    </message>
</context>
<context>
    <name>inferdeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>下次启动时生效</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>the built-in rubric</source>
        <translation>内置评分标准</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Grading rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Rubrics (*.json)</source>
        <translation>评分标准（*.json）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Latencies in:</source>
        <translation>延迟单位：</translation>
    </message>
    <message>
        <source>New plans: TTFT limit</source>
        <translation>新计划：TTFT 限值</translation>
    </message>
    <message>
        <source>New plans: TPOT limit</source>
        <translation>新计划：TPOT 限值</translation>
    </message>
    <message>
        <source>New plans: E2E limit</source>
        <translation>新计划：E2E 限值</translation>
    </message>
    <message>
        <source>Grading rubric:</source>
        <translation>评分标准：</translation>
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
        <translation>TTFT 限制</translation>
    </message>
    <message>
        <source>TPOT limit</source>
        <translation>TPOT 限制</translation>
    </message>
    <message>
        <source>E2E limit</source>
        <translation>E2E 限制</translation>
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
        <translation>负载生成器落后于其计划：延迟可能反映的是客户端，而非服务器。</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Rep.</source>
        <extracomment>column header: repetition number</extracomment>
        <translation>重复</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Completed
of issued</source>
        <translation>已完成
/已发出</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Requests
req/s</source>
        <extracomment>two-line column header: metric, then unit</extracomment>
        <translation>请求
请求/秒</translation>
    </message>
    <message>
        <source>Output
tok/s</source>
        <translation>输出
tok/s</translation>
    </message>
    <message>
        <source>TTFT p50
s</source>
        <translation>TTFT p50
秒</translation>
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
秒</translation>
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
秒</translation>
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
秒</translation>
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
秒</translation>
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
秒</translation>
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
        <translation>有效吞吐
请求/秒</translation>
    </message>
    <message>
        <source>Energy
J/token</source>
        <translation>能耗
J/token</translation>
    </message>
    <message>
        <source>%1 reasoning tokens, %2</source>
        <translation>%1 个推理 token，%2</translation>
    </message>
    <message>
        <source>Answer TTFT p50
s</source>
        <extracomment>time to the first answer token of a reasoning model</extracomment>
        <translation>答案 TTFT p50
秒</translation>
    </message>
    <message>
        <source>Answer TTFT p50
ms</source>
        <translation>答案 TTFT p50
ms</translation>
    </message>
    <message>
        <source>Answer TTFT p99
s</source>
        <translation>答案 TTFT p99
秒</translation>
    </message>
    <message>
        <source>Answer TTFT p99
ms</source>
        <translation>答案 TTFT p99
ms</translation>
    </message>
    <message>
        <source>Reasoning
% of output</source>
        <extracomment>share of the output tokens that were reasoning</extracomment>
        <translation>推理
占输出 %</translation>
    </message>
    <message>
        <source>Measured from the send time the schedule intended, not the actual send: time a request waited in a client that fell behind counts, as a server would have had to absorb it (coordinated omission).</source>
        <translation>从计划预定的发送时间而非实际发送时间起测量：请求在落后的客户端中等待的时间也计入，因为服务器本应承受它（协调遗漏）。</translation>
    </message>
    <message>
        <source>TTFT p99 from
schedule, s</source>
        <extracomment>latency measured from the scheduled (intended) send time</extracomment>
        <translation>按计划的
TTFT p99，s</translation>
    </message>
    <message>
        <source>TTFT p99 from
schedule, ms</source>
        <translation>按计划的
TTFT p99，ms</translation>
    </message>
    <message>
        <source>E2E p99 from
schedule, s</source>
        <translation>按计划的
E2E p99，s</translation>
    </message>
    <message>
        <source>E2E p99 from
schedule, ms</source>
        <translation>按计划的
E2E p99，ms</translation>
    </message>
</context>
<context>
    <name>inferdeck::TimeChart</name>
    <message>
        <source>Waiting for the first measurements</source>
        <translation>正在等待首批测量数据</translation>
    </message>
</context>
<context>
    <name>inferdeck::TrendView</name>
    <message>
        <source>Output throughput (tok/s)</source>
        <translation>输出吞吐量（tok/s）</translation>
    </message>
    <message>
        <source>Request throughput (req/s)</source>
        <translation>请求吞吐量（请求/秒）</translation>
    </message>
    <message>
        <source>Total throughput (tok/s)</source>
        <translation>总吞吐量（tok/s）</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>成功率（%）</translation>
    </message>
    <message>
        <source>Goodput (req/s)</source>
        <translation>有效吞吐（请求/秒）</translation>
    </message>
    <message>
        <source>%1 %2 (ms)</source>
        <translation>%1 %2（ms）</translation>
    </message>
    <message>
        <source>Select runs in the library and choose Trend: with one run selected, every run with its fingerprint.</source>
        <translation>在结果库中选择运行，然后选择“趋势”：若只选中一次运行，则显示具有其指纹的所有运行。</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n run(s)…</source>
        <translation>
            <numerusform>正在读取 %n 次运行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in phase “%2” over %n run(s), oldest first; whiskers and brackets are 95 % intervals; an orange bar changed significantly for the worse against the run before, a green one for the better.</source>
        <translation>
            <numerusform>%1，阶段“%2”，共 %n 次运行，最早的在前；须线和括号表示 95 % 区间；橙色条表示相对前一次运行显著变差，绿色条表示显著变好。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n significant change(s) against the run before.</source>
        <translation>
            <numerusform>相对前一次运行有 %n 处显著变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>No significant change between consecutive runs.</source>
        <translation>相邻运行之间没有显著变化。</translation>
    </message>
    <message>
        <source>%1, phase “%2”</source>
        <translation>%1，阶段“%2”</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % 区间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes, worse</source>
        <translation>是，更差</translation>
    </message>
    <message>
        <source>yes, better</source>
        <translation>是，更好</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be tested; the Significant column&apos;s tooltip says why.</source>
        <extracomment>the table&apos;s &quot;Significant&quot; column says &quot;not tested&quot;; its tooltip says why</extracomment>
        <translation>
            <numerusform>有 %n 处变化无法检验；“显著”列的工具提示说明了原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not tested</source>
        <extracomment>whether the change against the run before was significant; &quot;not tested&quot; when it could not be tested</extracomment>
        <translation>未检验</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LLM inference benchmarking on GPU clusters</source>
        <translation>GPU 集群上的大语言模型推理基准测试</translation>
    </message>
    <message>
        <source>Result files to open; several files of one run (e.g. llmperf&apos;s summary and responses) open as one result.</source>
        <translation>要打开的结果文件；同一次运行的多个文件（例如 llmperf 的摘要和响应）会作为一个结果打开。</translation>
    </message>
    <message>
        <source>Start on the results library.</source>
        <translation>启动时显示结果库。</translation>
    </message>
</context>
</TS>
