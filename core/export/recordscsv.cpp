#include "export/recordscsv.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

#include "export/csvfield.h"

namespace inferdeck {

namespace {

// NaN is an empty cell: not measured
void appendNumber(std::string& out, double v)
{
    if (!std::isnan(v))
        csv::appendNumber(out, v);
}

using csv::appendField;

} // namespace

void writeRecordsCsv(const BenchmarkResult& result, QIODevice& out, bool includeWarmup)
{
    std::string buf = "phase,repetition,node,request_id,status,send_time_s,ttft_s,e2e_s,tpot_s,input_tokens,"
                      "output_tokens,answer_ttft_s,reasoning_tokens,requested_input_tokens,requested_output_tokens,session,turn\n";
    for (const Phase& p : result.phases) {
        const RequestColumns& r = p.requests;
        double start = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < r.size(); ++i)
            if (!r.warmup[i])
                start = std::min(start, r.send[i]);
        if (!std::isfinite(start))
            start = 0.0;
        for (std::size_t i = 0; i < r.size(); ++i) {
            if (r.warmup[i] && !includeWarmup)
                continue;
            const bool ok = r.status[i] == RequestColumns::kOk;
            appendField(buf, p.name);
            buf += ',' + std::to_string(p.repetition) + ',';
            appendField(buf, p.nodes.value(r.node[i]));
            buf += ',' + std::to_string(r.requestId[i]) + ',';
            appendField(buf, p.statusText(i));
            buf += ',';
            if (p.sendTimesKnown) // a file that saved no send times leaves the cell empty, as every unknown value
                appendNumber(buf, r.send[i] - start);
            buf += ',';
            const double ttft = r.firstToken[i] - r.send[i];
            const double e2e = r.end[i] - r.send[i];
            if (ok)
                appendNumber(buf, ttft);
            buf += ',';
            if (ok)
                appendNumber(buf, e2e);
            buf += ',';
            if (ok && r.outputTokens[i] > 1)
                appendNumber(buf, (e2e - ttft) / (r.outputTokens[i] - 1));
            buf += ',';
            if (r.inputTokens[i] >= 0)
                buf += std::to_string(r.inputTokens[i]);
            buf += ',';
            if (r.outputTokens[i] >= 0)
                buf += std::to_string(r.outputTokens[i]);
            // columns added later go after the first eleven, which scripts read by position
            buf += ',';
            if (ok)
                appendNumber(buf, r.firstAnswer[i] - r.send[i]);
            buf += ',';
            if (r.reasoningTokens[i] >= 0)
                buf += std::to_string(r.reasoningTokens[i]);
            buf += ',';
            if (r.requestedInput[i] >= 0)
                buf += std::to_string(r.requestedInput[i]);
            buf += ',';
            if (r.requestedOutput[i] >= 0)
                buf += std::to_string(r.requestedOutput[i]);
            buf += ',';
            if (r.session[i] >= 0)
                buf += std::to_string(r.session[i]);
            buf += ',';
            if (r.turn[i] >= 0)
                buf += std::to_string(r.turn[i]);
            buf += '\n';
            if (buf.size() > (1 << 20)) {
                out.write(buf.data(), static_cast<qint64>(buf.size()));
                buf.clear();
            }
        }
    }
    out.write(buf.data(), static_cast<qint64>(buf.size()));
}

} // namespace inferdeck
