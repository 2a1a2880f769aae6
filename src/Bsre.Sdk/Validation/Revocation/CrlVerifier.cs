using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Decides a certificate's status from a CRL (RFC 5280 §6.3): the CRL must name and be signed by the certificate's
/// issuer (which needs cRLSign when it has a KeyUsage), have no unprocessed critical extension, cover the certificate
/// (issuingDistributionPoint) and be fresh; a delta CRL on top (deltaCRLIndicator BaseCRLNumber ≤ the base's cRLNumber,
/// a higher cRLNumber, the same scope) is applied when given, and then its freshness is the one that counts.
/// Entries with certificateHold count as revoked, removeFromCRL in a delta lifts them.
/// </summary>
internal static class CrlVerifier
{
    /// <summary>Checks the status of <paramref name="certificate"/> in <paramref name="crl"/> (plus the best matching delta).</summary>
    /// <exception cref="RevocationException">The CRL cannot decide the status; <see cref="RevocationException.Failure"/> says why.</exception>
    public static CrlVerification Check(
        ParsedCrl crl, IEnumerable<ParsedCrl> deltas, X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset time, RevocationOptions options)
    {
        if (crl.IsDelta)
        {
            throw new RevocationException(RevocationFailure.Unsupported, "A delta CRL cannot be used without its base CRL.");
        }

        if (!DistinguishedNames.Equivalent(crl.Issuer, certificate.IssuerName.RawData))
        {
            throw new RevocationException(RevocationFailure.NotForCertificate, $"The CRL of '{crl.IssuerName}' is not about certificates of '{certificate.Issuer}'.");
        }

        VerifyIssuer(crl, issuer);
        bool partial = CrlScopeCheck.Check(crl.Scope, certificate);
        ParsedCrl? delta = BestDelta(crl, deltas, issuer, time, options);
        ParsedCrl governing = delta ?? crl;
        Freshness.Check(delta is null ? "CRL" : "delta CRL", governing.ThisUpdate, governing.NextUpdate, time, options);

        ReadOnlySpan<byte> serial = certificate.SerialNumberBytes.Span;
        if (delta is not null && delta.TryFind(serial, out RevokedCertificate deltaEntry))
        {
            return deltaEntry.ReasonCode == RevocationReasons.RemoveFromCrl
                ? Good(governing, usedDelta: true)
                : Revoked(governing, deltaEntry, usedDelta: true);
        }

        if (crl.TryFind(serial, out RevokedCertificate entry) && entry.ReasonCode != RevocationReasons.RemoveFromCrl)
        {
            return Revoked(governing, entry, delta is not null);
        }

        if (partial)
        {
            throw new RevocationException(RevocationFailure.OutOfScope, "The CRL covers only some revocation reasons (onlySomeReasons), so it cannot show the certificate is good.");
        }

        return Good(governing, delta is not null);
    }

    /// <summary>Checks that <paramref name="issuer"/> issued and signed the CRL and may sign CRLs; memoised per CRL object.</summary>
    /// <exception cref="RevocationException">Wrong issuer, no cRLSign, bad signature, or unsupported critical extensions.</exception>
    public static void VerifyIssuer(ParsedCrl crl, X509Certificate2 issuer)
    {
        if (!DistinguishedNames.Equivalent(crl.Issuer, issuer.SubjectName.RawData))
        {
            throw new RevocationException(RevocationFailure.NotForCertificate, $"The CRL is issued by '{crl.IssuerName}', not by '{issuer.Subject}'.");
        }

        if (crl.UnsupportedCriticalExtensions.Count > 0 || crl.HasUnsupportedCriticalEntryExtension)
        {
            string which = crl.UnsupportedCriticalExtensions.Count > 0 ? string.Join(", ", crl.UnsupportedCriticalExtensions) : "an entry extension";
            throw new RevocationException(RevocationFailure.Unsupported, $"The CRL has unsupported critical extensions: {which}.");
        }

        if (issuer.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } keyUsage
            && (keyUsage.KeyUsages & X509KeyUsageFlags.CrlSign) == 0)
        {
            throw new RevocationException(RevocationFailure.UnauthorizedSigner, $"The CRL issuer '{issuer.Subject}' lacks the cRLSign key usage.");
        }

        byte[] key = issuer.PublicKey.EncodedKeyValue.RawData;
        if (crl.IsVerifiedBy(key))
        {
            return;
        }

        if (!crl.Signed.VerifyWith(issuer, "CRL"))
        {
            throw new RevocationException(RevocationFailure.BadSignature, $"The CRL signature does not verify with the key of '{issuer.Subject}'.");
        }

        crl.MarkVerifiedBy(key);
    }

    private static ParsedCrl? BestDelta(ParsedCrl crl, IEnumerable<ParsedCrl> deltas, X509Certificate2 issuer, DateTimeOffset time, RevocationOptions options)
    {
        ParsedCrl? best = null;
        foreach (ParsedCrl delta in deltas)
        {
            if (!delta.IsDelta || crl.CrlNumber is not { } number || delta.BaseCrlNumber > number || !(delta.CrlNumber > number)
                || !CrlScope.Same(crl.Scope, delta.Scope) || !DistinguishedNames.Equivalent(delta.Issuer, crl.Issuer))
            {
                continue;
            }

            try
            {
                VerifyIssuer(delta, issuer);
                Freshness.Check("delta CRL", delta.ThisUpdate, delta.NextUpdate, time, options);
            }
            catch (RevocationException)
            {
                continue;
            }

            if (best is null || delta.CrlNumber > best.CrlNumber)
            {
                best = delta;
            }
        }

        return best;
    }

    private static CrlVerification Good(ParsedCrl governing, bool usedDelta)
        => new(RevocationStatus.Good, governing.ThisUpdate, governing.NextUpdate, null, null, usedDelta);

    private static CrlVerification Revoked(ParsedCrl governing, RevokedCertificate entry, bool usedDelta)
        => new(RevocationStatus.Revoked, governing.ThisUpdate, governing.NextUpdate, entry.RevokedAt, RevocationReasons.Name(entry.ReasonCode), usedDelta);
}
