#pragma once

#include <QByteArray>

// The certificate the window tour shows in the connect dialog's "untrusted certificate" state: only
// shown, never served, so a fixed one does (its key was thrown away). Fixed rather than made with the
// openssl command at test time, which a Windows machine need not have.
inline QByteArray tourCertificatePem() {
    return QByteArrayLiteral(R"(-----BEGIN CERTIFICATE-----
MIIB7DCCAZKgAwIBAgIUDOWFeFRZnR/yvH3JWY8ce8LNFJcwCgYIKoZIzj0EAwIw
OjEdMBsGA1UEAwwUaW50cmFuZXQuZXhhbXBsZS5jb20xGTAXBgNVBAoMEEV4YW1w
bGUgSW50cmFuZXQwIBcNMjYxMjA1MDQzNTU4WhgPMjEyNjExMTEwNDM1NThaMDox
HTAbBgNVBAMMFGludHJhbmV0LmV4YW1wbGUuY29tMRkwFwYDVQQKDBBFeGFtcGxl
IEludHJhbmV0MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE0gWdl1uoebe47CAg
JeXXIdcjCGAl2zjK/ZECThfLA22EGW+EyQzlIoW5QnEDk9va1ymHvM+Lp+rwwutI
60/pGKN0MHIwHQYDVR0OBBYEFOv+n/sIu6hmqOmlfPWlAcs89/jOMB8GA1UdIwQY
MBaAFOv+n/sIu6hmqOmlfPWlAcs89/jOMA8GA1UdEwEB/wQFMAMBAf8wHwYDVR0R
BBgwFoIUaW50cmFuZXQuZXhhbXBsZS5jb20wCgYIKoZIzj0EAwIDSAAwRQIhAO9c
Ua75hh6rBbdU6yMkUMDs2ix/MFjIMZ27t1D9XEAyAiAGhdkHoQ5UKB3L6kZIfyqC
CrOMLRloMgrNGjejSbcjbQ==
-----END CERTIFICATE-----
)");
}
