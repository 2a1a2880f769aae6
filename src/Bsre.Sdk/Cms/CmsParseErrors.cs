using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Cms;

/// <summary>The exceptions BouncyCastle's CMS parser throws for malformed SignedData, on top of the general parse errors.</summary>
internal static class CmsParseErrors
{
    /// <summary>Returns whether <paramref name="e"/> means "the CMS is malformed" rather than a bug or a cancellation.</summary>
    public static bool Is(Exception e)
        => ParseErrors.Is(e) || e is Org.BouncyCastle.Cms.CmsException or Org.BouncyCastle.Asn1.Asn1Exception
            or KeyNotFoundException or Org.BouncyCastle.Security.GeneralSecurityException;
}
