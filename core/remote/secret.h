#pragma once
#include <QByteArray>
#include <QByteArrayView>

namespace inferdeck {

/// A passphrase or password: kept only in memory and overwritten with zeros when it goes away.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes)) { }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes)) { other.m_bytes.clear(); }
    SecretBytes& operator=(SecretBytes&& other) noexcept
    {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
        return *this;
    }
    ~SecretBytes() { wipe(); }

    /// NUL-terminated, for libssh.
    const char* c_str() const { return m_bytes.constData(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    QByteArrayView view() const { return m_bytes; }

    void wipe()
    {
        volatile char* p = m_bytes.data(); // data() detaches: a buffer shared elsewhere is not ours to zero
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            p[i] = 0;
        m_bytes.clear();
    }

private:
    QByteArray m_bytes;
};

} // namespace inferdeck
