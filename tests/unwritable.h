#pragma once

#include <QString>

namespace kasibi::test {

// Makes a file or folder unwritable for the test and gives it back when it goes, whether the
// test passed or not. Root ignores permission bits, so as root the path is made immutable
// (chattr +i, which the test set-up has: e2fsprogs); otherwise its write permissions are taken.
// Fails the test when neither works.
class Unwritable {
public:
    explicit Unwritable(const QString& path);
    ~Unwritable();
    Unwritable(const Unwritable&) = delete;
    Unwritable& operator=(const Unwritable&) = delete;

private:
    QString m_path;
    bool m_immutable = false;
    int m_permissions = 0;
};

} // namespace kasibi::test
