#pragma once
// A cluster node's API key, TLS and simulator settings: their part of the cluster file, the refusal of a
// key written into a plan or cluster file, and reading the key and CA bundle on the workstation at run
// start.
#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include "remote/secret.h"
#include "run/cluster.h"
#include "util/result.h"

namespace inferdeck {

/// Reads `api_key_env`, `api_key_file`, `ca_file`, `insecure_skip_verify`, `dialect` and
/// `reasoning_tokens` of the node object `n` at `path` into `node` (whose endpoint and launch are already
/// read). Throws jsonio::FieldError naming the field, for core/io's readers to turn into an Error; a
/// control character in any of the node's text fields (controlCharacterIn) is refused here too.
void readNodeAccess(const nlohmann::json& n, const QString& path, ClusterNode& node);
/// Writes those fields when set, so the file reads back equal.
void writeNodeAccess(const ClusterNode& node, nlohmann::json& n);

/// Throws jsonio::FieldError at the first member of `doc` that looks like a credential written in the
/// file (`api_key`, `token`, `authorization`, a launch or tool command with `--api-key VALUE`, ...).
void refuseLiteralSecrets(const nlohmann::json& doc, const QString& path = QString());

/// The node's API key, read now from the workstation (its environment variable or file). An empty,
/// missing or multi-word key is an Error naming where it was looked for; a key file others can read is
/// refused, one its group can read gives `warning`.
Result<SecretBytes> readApiKey(const ClusterNode& node, QString* warning = nullptr);

/// The node's CA bundle (PEM), read now from the workstation; empty when it names none.
Result<QByteArray> readCaBundle(const ClusterNode& node);

} // namespace inferdeck
