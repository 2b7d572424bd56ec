#pragma once
#include <QString>
#include <QStringList>

namespace inferdeck::rouge {

// ROUGE (Lin, 2004) as Google's rouge-score package computes it without stemming, the variant MLPerf's
// llama3.1-8b summarization benchmark reports. Tokenization: the text is lowercased and every character
// that is not a letter or a digit separates tokens (for ASCII text exactly rouge-score's
// "replace non-[a-z0-9] by a space"; other scripts keep their letters). No stemming, no stop words.

/// The tokens ROUGE compares.
QStringList tokenize(const QString& text);

/// Precision, recall and their harmonic mean; all 0 when either text has no n-gram to compare.
struct Score {
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};

/// ROUGE-1 and ROUGE-2 (clipped n-gram overlap) and ROUGE-L (longest common subsequence of tokens).
struct Scores {
    Score rouge1;
    Score rouge2;
    Score rougeL;
};

/// Scores one generated text against its reference.
Scores score(const QString& candidate, const QString& reference);

} // namespace inferdeck::rouge
