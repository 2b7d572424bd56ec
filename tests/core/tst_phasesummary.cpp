// Phase metrics on a small hand-made run whose answers are worked out below, per ARCHITECTURE.md.
#include <QTest>

#include <algorithm>
#include <cmath>

#include "metrics/phasesummary.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

constexpr double U = RequestColumns::kUnknown;

/// node n1 (concurrency 2), t0 = 0:
///  r0 warm-up                 send 0.0 first 0.1 end 0.5   in 10  out 5
///  r1 ok                      send 1.0 first 1.2 end 2.0   in 100 out 9   chunks 1.2, 1.3 … 2.0
///  r2 ok, one token           send 1.5 first 1.6 end 1.6   in 50  out 1   chunks 1.6
///  r3 failed (HTTP 500)       send 2.0           end 2.5   in 20  out ?
///  r4 ok                      send 3.0 first 3.5 end 4.0   in 200 out 3   chunks 3.5, 3.75, 4.0
/// power: 200 W flat from t = 0 to 5 on one GPU
Phase handMadePhase()
{
    Phase p;
    p.name = u"hand"_s;
    p.nodes = { u"n1"_s };
    p.clockOffsetsS = { 0.0 };
    p.load = { LoadSpec::Mode::Concurrency, 2 };
    const std::int32_t http500 = p.statusFor(u"HTTP 500"_s);
    RequestColumns& r = p.requests;
    r.recordChunks();
    r.append({ 0, 0, true, U, 0.0, 0.1, 0.5, 10, 5, true, 0 }, std::vector<double> { 0.1, 0.2, 0.3, 0.4, 0.5 });
    std::vector<double> c1;
    for (int k = 0; k <= 8; ++k)
        c1.push_back(1.2 + 0.1 * k);
    r.append({ 0, 1, false, U, 1.0, 1.2, 2.0, 100, 9, true, 0 }, c1);
    r.append({ 0, 2, false, U, 1.5, 1.6, 1.6, 50, 1, true, 0 }, std::vector<double> { 1.6 });
    r.append({ 0, 3, false, U, 2.0, U, 2.5, 20, -1, false, http500 });
    r.append({ 0, 4, false, U, 3.0, 3.5, 4.0, 200, 3, true, 0 }, std::vector<double> { 3.5, 3.75, 4.0 });
    for (int t = 0; t <= 5; ++t)
        p.telemetry.append({ double(t), 0, 0, 90.0, 1000.0, 200.0, 60.0, 1900.0 });
    return p;
}

/// A reasoning model, node n1, t0 = 0 (answer TTFT = answer - send: 0.35, 0.8, 0.42, 1.25):
///  r0 warm-up   reasoning 99 (excluded)
///  r1 ok   send 0 first 0.1  answer 0.35  out 10 reasoning  3 usage    in 100/100 out req 10
///  r2 ok   send 1 first 1.1  answer —     out 40 reasoning 40 usage    in 120/100 out req 40  (all reasoning)
///  r3 ok   send 2 first 2.1  answer 2.8   out 30 reasoning 12 counted  in  90/100 out req 64  (short)
///  r4 ok   send 3 first 3.05 answer 3.42  out 20 reasoning —           in  80/—   out req 20
///  r5 ok   send 4 first 4.1  answer 5.25  out 20 reasoning  5 usage    in 100/100 out req 20
///  r6 failed, reasoning 7 (failures are not counted)
Phase reasoningPhase()
{
    Phase p;
    p.name = u"think"_s;
    p.nodes = { u"n1"_s };
    p.clockOffsetsS = { 0.0 };
    p.load = { LoadSpec::Mode::Concurrency, 1 };
    p.prompts = { u"estimated"_s, QString(), u"no tokenizer answered"_s };
    const std::int32_t http500 = p.statusFor(u"HTTP 500"_s);
    RequestColumns& r = p.requests;
    r.append({ 0, 0, true, U, -1.0, -0.9, -0.5, 100, 99, true, 0, U, 99, true, 100, 99 });
    r.append({ 0, 1, false, U, 0.0, 0.1, 0.9, 100, 10, true, 0, 0.35, 3, true, 100, 10 });
    r.append({ 0, 2, false, U, 1.0, 1.1, 1.9, 120, 40, true, 0, U, 40, true, 100, 40 });
    r.append({ 0, 3, false, U, 2.0, 2.1, 2.9, 90, 30, true, 0, 2.8, 12, false, 100, 64 });
    r.append({ 0, 4, false, U, 3.0, 3.05, 3.9, 80, 20, true, 0, 3.42, -1, false, -1, 20 });
    r.append({ 0, 5, false, U, 4.0, 4.1, 5.5, 100, 20, true, 0, 5.25, 5, true, 100, 20 });
    r.append({ 0, 6, false, U, 5.0, 5.1, 5.6, 100, 7, true, http500, U, 7, true, 100, 64 });
    return p;
}

} // namespace

class TestPhaseSummary : public QObject {
    Q_OBJECT

private slots:
    void reasoningPhaseGivesAnswerTtftShareAndLengths()
    {
        const PhaseSummary s = summarizePhase(reasoningPhase(), {}, 0.05);
        QCOMPARE(s.completed, 5u);
        QVERIFY(s.reasoning);
        QCOMPARE(s.reasoning->tokens, 60);      // 3 + 40 + 12 + 5
        QCOMPARE(*s.reasoning->share, 0.5);     // of 10 + 40 + 30 + 20 + 20 output tokens
        QCOMPARE(s.reasoning->source, u"mixed"_s); // r3 counted, the others from usage
        QCOMPARE(s.reasoning->requests, 4u);
        QCOMPARE(s.reasoning->answerless, 1u);
        // numpy: a = [0.35, 0.8, 0.42, 1.25]; np.mean(a), np.percentile(a, [50, 90, 95, 99])
        QCOMPARE(s.answerTtft.count, 4u);
        QCOMPARE(*s.answerTtft.mean, 0.705);
        QCOMPARE(*s.answerTtft.p50, 0.61);
        QCOMPARE(*s.answerTtft.p90, 1.1150000000000002);
        QCOMPARE(*s.answerTtft.p95, 1.1824999999999999);
        QCOMPARE(*s.answerTtft.p99, 1.2365);
        QCOMPARE(s.ttft.count, 5u); // TTFT still counts every completed request, thinking included
        QVERIFY(s.lengths);
        QCOMPARE(*s.lengths->inputRequestedMean, 100.0); // r4 drew no length: out of both input means
        QCOMPARE(*s.lengths->inputReceivedMean, 102.5);
        QCOMPARE(*s.lengths->outputRequestedMean, 30.8);
        QCOMPARE(*s.lengths->outputReceivedMean, 24.0);
        QCOMPARE(s.lengths->outputCompared, 5u);
        QCOMPARE(s.lengths->shortAnswers, 1u);
        QCOMPARE(s.lengths->promptMethod, u"estimated"_s);
    }

    void reasoningSourceIsUsageOrCountedWhenAllAgree()
    {
        Phase p = reasoningPhase();
        std::fill(p.requests.reasoningFromUsage.begin(), p.requests.reasoningFromUsage.end(), 0);
        QCOMPARE(summarizePhase(p, {}, 0.05).reasoning->source, u"counted"_s);
        std::fill(p.requests.reasoningFromUsage.begin(), p.requests.reasoningFromUsage.end(), 1);
        QCOMPARE(summarizePhase(p, {}, 0.05).reasoning->source, u"usage"_s);
    }

    void phaseWithoutReasoningHasNoAnswerTtftNorLengths()
    {
        const PhaseSummary s = summarizePhase(handMadePhase(), {}, 0.05);
        QVERIFY(!s.reasoning);
        QCOMPARE(s.answerTtft.count, 0u);
        QVERIFY(!s.lengths);
    }

    void countsAndThroughputs()
    {
        const PhaseSummary s = summarizePhase(handMadePhase(), {}, 0.05);
        QCOMPARE(s.warmupExcluded, 1u);
        QCOMPARE(s.issued, 4u);
        QCOMPARE(s.completed, 3u);
        QCOMPARE(s.failed, 1u);
        QCOMPARE(*s.successRate, 0.75);
        QCOMPARE(*s.durationS, 3.0); // first counted send 1.0 to last end 4.0; the warm-up is outside
        QCOMPARE(*s.requestThroughput, 1.0);
        QCOMPARE(s.outputTokens, 13); // failed request's tokens are not counted
        QCOMPARE(*s.outputTokenThroughput, 13.0 / 3.0);
        QCOMPARE(*s.totalTokenThroughput, (350.0 + 13.0) / 3.0);
        QCOMPARE(s.tokenSource, u"usage"_s);
        QCOMPARE(s.failuresByReason.size(), 1);
        QCOMPARE(s.failuresByReason[0].first, u"HTTP 500"_s);
    }

    void latenciesExcludeFailuresAndSingleTokenTpot()
    {
        const PhaseSummary s = summarizePhase(handMadePhase(), {}, 0.05);
        QCOMPARE(s.ttft.count, 3u);
        QCOMPARE(*s.ttft.p50, 0.2);
        QCOMPARE(*s.ttft.mean, (0.2 + 0.1 + 0.5) / 3);
        QCOMPARE(s.e2e.count, 3u);
        QCOMPARE(*s.e2e.max, 1.0);
        QCOMPARE(s.tpot.count, 2u); // nout = 1 has no time per output token
        QCOMPARE(*s.tpot.min, 0.1);
        QCOMPARE(*s.tpot.max, 0.25);
        QCOMPARE(s.itl.count, 10u); // 8 gaps of r1 + 2 of r4
        QCOMPARE(*s.itl.max, 0.25);
        QVERIFY(std::fabs(*s.itl.min - 0.1) < 1e-12);
    }

    void goodputCountsRequestsMeetingEverySlo()
    {
        Slo slo;
        slo.ttft = 0.3;
        slo.tpot = 0.2;
        const PhaseSummary s = summarizePhase(handMadePhase(), slo, 0.05);
        // r1 meets both; r2 has no TPOT so only TTFT applies; r4 misses TTFT
        QCOMPARE(*s.sloMet, 2u);
        QCOMPARE(*s.goodput, 2.0 / 3.0);
        QVERIFY(!summarizePhase(handMadePhase(), {}, 0.05).goodput); // no SLO, no goodput
    }

    void energyPerOutputTokenIntegratesOverThePhase()
    {
        const PhaseSummary s = summarizePhase(handMadePhase(), {}, 0.05);
        QCOMPARE(*s.energyJ, 600.0); // 200 W over [1, 4]
        QCOMPARE(*s.energyJPerOutputToken, 600.0 / 13.0);
        Phase noPower = handMadePhase();
        noPower.telemetry = {};
        QVERIFY(!summarizePhase(noPower, {}, 0.05).energyJPerOutputToken);
    }

    void perNodeSelectsOnlyThatNode()
    {
        Phase p = handMadePhase();
        p.nodes.append(u"n2"_s);
        p.clockOffsetsS.append(0.0);
        p.requests.append({ 1, 0, false, U, 1.0, 1.1, 1.5, 10, 2, false, 0 }, std::vector<double> { 1.1, 1.5 });
        const PhaseSummary n2 = summarizePhase(p, {}, 0.05, 1);
        QCOMPARE(n2.nodes, QStringList { u"n2"_s });
        QCOMPARE(n2.issued, 1u);
        QCOMPARE(n2.tokenSource, u"counted"_s);
        QVERIFY(!n2.energyJ); // n2 reported no power
        const PhaseSummary all = summarizePhase(p, {}, 0.05);
        QCOMPARE(all.issued, 5u);
        QCOMPARE(all.tokenSource, u"mixed"_s);
    }

    void noRequestsMeansNotMeasured()
    {
        Phase p;
        p.nodes = { u"n1"_s };
        const PhaseSummary s = summarizePhase(p, {}, 0.05);
        QCOMPARE(s.issued, 0u);
        QVERIFY(!s.successRate);
        QVERIFY(!s.durationS);
        QVERIFY(!s.requestThroughput);
        QVERIFY(!s.ttft.p50);
    }

    void lateOpenLoopGeneratorIsFlagged()
    {
        Phase p;
        p.nodes = { u"n1"_s };
        p.load = { LoadSpec::Mode::ConstantRate, 10.0 };
        // scheduled every 0.1 s; sends drift later by 20 ms per request
        for (int i = 0; i < 50; ++i) {
            const double intended = 0.1 * i;
            const double send = intended + 0.02 * i;
            p.requests.append({ 0, i, false, intended, send, send + 0.05, send + 0.2, 10, 10, true, 0 });
        }
        const PhaseSummary s = summarizePhase(p, {}, 0.05);
        QVERIFY(s.generator.fellBehind);
        QCOMPARE(*s.generator.targetRate, 10.0);
        QVERIFY(*s.generator.achievedSendRate < 9.0);
        QVERIFY(*s.generator.latenessP99S > 0.9);

        Phase onTime = p;
        onTime.requests = {};
        for (int i = 0; i < 50; ++i)
            onTime.requests.append({ 0, i, false, 0.1 * i, 0.1 * i + 0.001, 0.1 * i + 0.05, 0.1 * i + 0.2, 10, 10, true, 0 });
        QVERIFY(!summarizePhase(onTime, {}, 0.05).generator.fellBehind);
    }

    void aRampsOrStagesTargetRateIsItsMeanOverThePhaseNotItsStart()
    {
        Phase p;
        p.nodes = { u"n1"_s, u"n2"_s };
        p.load = { LoadSpec::Mode::Poisson, 4.0 };
        p.load.rampTo = 60.0;
        for (int i = 0; i < 20; ++i)
            p.requests.append({ static_cast<std::uint16_t>(i % 2), i, false, 0.1 * i, 0.1 * i, 0.1 * i + 0.05, 0.1 * i + 0.2, 10, 10, true, 0 });
        QCOMPARE(*summarizePhase(p, {}, 0.05).generator.targetRate, 64.0); // (4 + 60) / 2 per node, 2 nodes
        p.load.rampTo.reset();
        p.load.stages = { { 1.0, 10.0 }, { 4.0, 10.0 }, { 16.0, 20.0 } };
        QCOMPARE(*summarizePhase(p, {}, 0.05).generator.targetRate, 18.5); // (10 + 40 + 320) / 40 per node, 2 nodes
    }

    void openLoopLatenciesFromTheIntendedSendShowTheQueueingALateClientHid()
    {
        Phase p;
        p.nodes = { u"n1"_s };
        p.load = { LoadSpec::Mode::ConstantRate, 10.0 };
        // request i is due at 0.1 i but sent 0.01 i late; the server answers its first token 0.05 s and its
        // last 0.2 s after the actual send. One request went out 1 ms early (timer jitter).
        for (int i = 0; i < 11; ++i) {
            const double intended = 0.1 * i;
            const double send = i == 10 ? intended - 0.001 : intended + 0.01 * i;
            p.requests.append({ 0, i, false, intended, send, send + 0.05, send + 0.2, 10, 10, true, 0 });
        }
        const PhaseSummary s = summarizePhase(p, {}, 0.05);
        QCOMPARE(s.ttft.count, std::size_t(11));
        QVERIFY(std::fabs(*s.ttft.p50 - 0.05) < 1e-9); // from the actual send: the queueing is invisible
        QCOMPARE(s.ttftFromIntended.count, std::size_t(11));
        // from the intended send: 0.05 + 0.01 i for i < 10, and 0.05 for the early one (never below the usual figure)
        QVERIFY(std::fabs(*s.ttftFromIntended.max - 0.14) < 1e-9);
        QVERIFY(std::fabs(*s.ttftFromIntended.min - 0.05) < 1e-9);
        QVERIFY(std::fabs(*s.e2eFromIntended.max - 0.29) < 1e-9);

        Phase closed = handMadePhase(); // closed loop: no schedule, so nothing from it
        const PhaseSummary c = summarizePhase(closed, {}, 0.05);
        QCOMPARE(c.ttftFromIntended.count, std::size_t(0));
        QVERIFY(!c.e2eFromIntended.p99);
    }
};

QTEST_APPLESS_MAIN(TestPhaseSummary)
#include "tst_phasesummary.moc"
